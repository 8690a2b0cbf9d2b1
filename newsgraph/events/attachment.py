"""How closely a time expression of a sentence hangs on an event of it: on its trigger or a
verb of its chain, on a participle of a reduced relative after a nominal trigger ("l'accord
conclu lundi"), or on another noun it names ("the 1960 Indus Waters Treaty"). :mod:`.dating`
weighs the expressions of a clause by it.

The words are data: ``when``, ``genitive`` and ``time_nouns`` in ``lang/<code>/timex.json``.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span

from .discourse import TimeWords
from .parse import MAX_DEPTH
from .syntax import Token, Tree, morph
from .timing import Moment, background


def modifier_of(tree: Tree, chain: list[Token], times: TimeWords) -> Callable[[Moment], int]:
    """How closely a time expression hangs on the event: 2 on a participle that modifies a
    nominal trigger ("l'accord conclu lundi", "un cessez-le-feu entré en vigueur le 4 août",
    "the resolution adopted on Tuesday"), which dates the noun's own event rather than the verb
    that governs it ("avaient conclu le 30 juillet un cessez-le-feu entré en vigueur le 4
    août"); 1 on the trigger or on a verb of its ``chain`` below the first noun ("la décision
    annoncée jeudi de suspendre", not the "hier" of the clause that governs that noun); -1 for
    a year or a calendar day before another noun, which names that thing
    (:func:`attributive`, with the ``genitives`` and ``time_nouns`` of ``times``), an
    expression that dates the noun of a phrase opened by "since" (:func:`since_noun`) or the
    start of another thing's state (:func:`state_since`: "suspendues depuis mars"), or an
    expression in a relative or participial clause of another noun or in a present-participle
    clause that trails the event (:func:`aside`), or an expression outside the relative clause
    the event is told in (:func:`relative_clause`); else 0."""
    heads = _heads(tree, chain)
    after = reduced_relative(tree, chain[0])
    doc = chain[0].doc
    within = relative_clause(tree, chain, heads)

    def modifies(moment: Moment) -> int:
        span = doc.char_span(moment.start, moment.end, alignment_mode="expand")
        if span is None or span.root.i in heads:
            return 0
        if within is not None and not within[0] <= span.root.i <= within[1]:
            return 0 if _frames(span) and _coarser_than_a_day(moment.value) else -1
        if _opens_when(list(doc[span.end : span.end + 2]), heads, times.when):
            return 1
        if since_noun(doc[span.start], chain[0], times.since):
            return -1
        if state_since(span, heads, times):
            return -1
        named = attributive(span.root, moment, times.genitives, times.time_nouns)
        if named and span.root.head.i not in heads:
            return 1 if occasion(span.root.head, chain) else -1
        if after is not None and after[0] <= span.start < after[1]:
            return 2
        if aside(tree, span.root, chain):
            return -1
        return int(span.root.head.i in heads)

    return modifies


def _heads(tree: Tree, chain: list[Token]) -> set[int]:
    """The trigger and the verbs of its ``chain`` up to the first noun: the words a time
    expression must hang on to date the event itself."""
    heads = {chain[0].i}
    for token in chain[1:]:
        if not tree.verbal(token):
            break
        heads.add(token.i)
    return heads


def keeps_own_time(tree: Tree, chain: list[Token]) -> bool:
    """Whether the event is told in a relative clause in the pluperfect
    (:func:`relative_clause`): it keeps its own time, and where that clause gives none the
    event has no date, not the news of the day ("Japan on Monday condemned the sanctions that
    China had imposed", in the story's first sentence: the sanctions are undated)."""
    return relative_clause(tree, chain, _heads(tree, chain)) is not None


def relative_clause(tree: Tree, chain: list[Token], heads: set[int]) -> tuple[int, int] | None:
    """The first and last word of the relative clause in the pluperfect a verb of the event's
    chain heads: what that clause tells of its noun came before the act of the clause around
    it, so it keeps its own time, or none, not that act's ("Kinshasa a dénoncé lundi une offre
    que Bamako avait rejetée", "the town the rebels had seized in May"; not Monday). A relative
    clause told in another tense goes on with the story at its time ("a dépêché mardi son
    envoyé, qui s'est entretenu avec le président": Tuesday). None where no verb of the chain
    heads a relative clause in the pluperfect."""
    pluperfect = tree.lexicon.cues.background_aux
    for token in chain:
        if token.i in heads and token.dep_ in tree.syntax.relative and token.head.i != token.i:
            if not background(tree, token, pluperfect):
                return None
            return token.left_edge.i, token.right_edge.i
    return None


def _coarser_than_a_day(value: str) -> bool:
    """Whether an ISO date value names a month or a year ("2016", "2024-03"), not a day."""
    return len(value) < len("YYYY-MM-DD")


def _frames(span: Span) -> bool:
    """Whether a time expression opens its sentence, only a preposition before it, set off by a
    comma: it frames the whole sentence, a relative clause in the pluperfect included ("En
    2016, l'armée avait pris la région, où elle avait bombardé des villages": 2016), when its
    time is coarser than a day (:func:`modifier_of` checks that): what the pluperfect tells came
    before the day that opens the sentence ("Lundi, le Japon a dénoncé les sanctions que la
    Chine avait imposées": not Monday)."""
    doc = span.doc
    before = doc[span.sent.start : span.start]
    following = doc[span.end] if span.end < len(doc) else None
    opens = all(token.pos_ == "ADP" for token in before)
    return opens and following is not None and following.text == ","


def state_since(span: Span, heads: set[int], times: TimeWords) -> bool:
    """Whether a time expression opened by a preposition of ``since`` ("depuis septembre",
    "since March", "depuis lundi", the preposition before the span of a weekday) follows a
    word that tells the state of another thing than the event: a participle with no
    auxiliary or a bare noun of a state (``state_nouns``) after a preposition ("ses
    livraisons, suspendues depuis septembre", "l'accord en vigueur depuis mars", "the
    border, closed since May", "the truce in force since June"). It gives when that state
    began, not the time of the event told around it ("a annoncé vendredi la reprise des
    livraisons, suspendues depuis septembre": Friday). Read off the words, not the tree,
    which often hangs the phrase on the verb above. Not the trigger's own state ("détenu
    depuis novembre", "jailed since 2021", "détient en prison depuis mars"), nor its manner or
    complement ("attaque l'Ukraine en représailles depuis mars", "shelled Kyiv at night since
    March"), nor a place or an adjective, which the phrase follows without hanging on it
    ("détenu en Algérie depuis", "défendait le projet tunisien depuis mai")."""
    word = _before_since(span, times.since)
    if word is None or word.i in heads:
        return False
    if word.pos_ == "NOUN":
        return _state_noun(word, heads, times.state_nouns)
    participle = word.pos_ == "VERB" and morph(word, "VerbForm") == "Part"
    return participle and not any(child.dep_.startswith("aux") for child in word.children)


def _before_since(span: Span, since: frozenset[str]) -> Token | None:
    """The word before the preposition of ``since`` that opens a time expression, as its first
    word ("suspendues depuis mars") or the word before its span ("suspendues depuis lundi",
    where the span is the weekday alone); none without such a preposition."""
    at = span.start if span[0].lower_ in since else span.start - 1
    if at < 1 or span.doc[at].lower_ not in since:
        return None
    return span.doc[at - 1]


def _state_noun(word: Token, heads: set[int], states: frozenset[str]) -> bool:
    """Whether a noun tells a state after a preposition, with no determiner ("en vigueur", "in
    force", a word of ``states``), and hangs on no word of the event, nor its preposition
    does ("the truce in force", not "attacked Ukraine in retaliation")."""
    if word.lower_ not in states or word.i == 0 or word.doc[word.i - 1].pos_ != "ADP":
        return False
    if any(child.dep_ == "det" for child in word.children):
        return False
    owner = word.head.head if word.head.pos_ == "ADP" else word.head
    return word.head.i not in heads and owner.i not in heads


def aside(tree: Tree, word: Token, chain: list[Token]) -> bool:
    """Whether a time expression (its head ``word``) lies in a relative or participial clause
    of a noun that is neither the event's nor its setting: it dates what that clause tells
    of the noun, not the event ("met on Wednesday but left without setting a date to sign the
    treaty their leaders initialled in August": not August; "pour la mort de militaires tués
    hier": not yesterday). It does date an event of the noun ("la décision annoncée jeudi de
    suspendre") or one told in it, a prepositional phrase of a verb above the trigger ("said
    in a video posted on Saturday", "dans un rapport publié en juillet, ils estimaient").
    So does a participle clause that trails the event (:func:`trailing`)."""
    labels = tree.syntax.relative | tree.syntax.acl
    heads = {token.i for token in chain}
    expression = word
    for _ in range(MAX_DEPTH):
        if word.i in heads or word.head.i == word.i:
            return False
        if word.dep_ in labels:
            return not _setting(word.head, chain, tree.lexicon.place_preps)
        if word.dep_ in tree.syntax.adverbial and trailing(word, chain[0], expression):
            return True
        word = word.head
    return False


def trailing(verb: Token, trigger: Token, expression: Token | None = None) -> bool:
    """Whether an adverbial clause is a participle after the trigger that does not hold it:
    a present participle tells what followed from the act ("imposed sanctions on Niger and
    threatened to use force, activating a standby force in August that year", "a attaqué
    l'Ukraine, provoquant en 2022 une crise"), a past participle set off by a comma what was
    done before to the noun it follows, however the parser hangs it on the main verb ("a
    accusé Tarvie de soutenir le Front, classé terroriste par Ostrava en mars", "accused
    Tarvia of backing the Front, designated a terrorist group in May"): its time is that of
    the participle's own act (:func:`apposed_participle`)."""
    if morph(verb, "VerbForm") != "Part":
        return False
    if morph(verb, "Tense") != "Pres" and not apposed_participle(verb, expression):
        return False
    return verb.i > trigger.i and not verb.left_edge.i <= trigger.i <= verb.right_edge.i


def apposed_participle(verb: Token, expression: Token | None = None) -> bool:
    """Whether a verb is a past participle set off by a comma right before it, in apposition to
    what comes before, with the time ``expression`` (its head word) inside its phrase, no comma
    between ("la réforme, adoptée par le Sénat lundi"): one after a comma closes the apposition
    and dates the main clause ("a rencontré Poutine, accompagné de son ministre, mardi")."""
    if morph(verb, "Tense") != "Past" or verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return False
    between = verb.doc[verb.i + 1 : expression.i] if expression is not None else []
    return all(token.text != "," for token in between)


def _setting(noun: Token, chain: list[Token], places: frozenset[str]) -> bool:
    """Whether a noun holds the trigger in its phrase, as it may an infinitive or a noun
    after it, however the parser hangs it ("la décision annoncée jeudi dernier par le
    Premier ministre de suspendre"), or is the place (a preposition of ``places``) of a verb
    of the event's ``chain`` or whose clause holds the trigger ("dans un rapport publié en
    juillet, ils estimaient que … combattaient", "said in a video posted on Saturday"), not
    its cause ("a présenté ses excuses pour la mort de militaires tués hier")."""
    trigger = chain[0]
    if noun.left_edge.i <= trigger.i <= noun.right_edge.i:
        return True
    if noun.i < trigger.i and (morph(trigger, "VerbForm") == "Inf" or trigger.pos_ == "NOUN"):
        return True
    head = noun.head
    preps = [c for c in noun.children if c.pos_ == "ADP" and c.i < noun.i]
    if head.pos_ == "ADP":  # "in a video", the preposition heading its object
        preps, head = [head], head.head
    placed = any(p.lower_ in places for p in preps)
    above = head in chain or (head.pos_ in {"VERB", "AUX"} and head.is_ancestor(trigger))
    return placed and above


def _opens_when(following: list[Token], heads: set[int], when: frozenset[str]) -> bool:
    """Whether the two words ``following`` a time expression, after its comma, open a clause
    of the event's verb with a word of ``when``: the expression dates that clause ("People
    remember 1980, when soldiers killed hundreds": 1980; "en 2014, lorsque la Russie a annexé
    la Crimée": 2014)."""
    words = following[1:] if following and following[0].text == "," else following[:1]
    return any(w.lower_.replace("’", "'") in when and w.head.i in heads for w in words[:1])


def attributive(
    word: Token, moment: Moment, genitive: tuple[str, ...] = (), nouns: frozenset[str] = frozenset()
) -> bool:
    """Whether a bare year or a calendar day names the noun it modifies: before it ("the 1960
    Indus Waters Treaty", "the Oct. 26 parliamentary election"), or after it behind a genitive
    word (``genitive`` in ``lang/<code>/timex.json``: "l'élection présidentielle du 28
    juillet", "la frappe du 1er avril"). It dates that thing, not the event of the clause it is
    named in ("suspended its participation in the 1960 Indus Waters Treaty", "adopted on
    Thursday a resolution that rejected the results of the Oct. 26 election"). A weekday
    stands there as an occasion ("at Tuesday's meeting"), and a noun of time is no thing ("dans
    la nuit du 5 au 6 mai")."""
    head = word.head
    if head.pos_ not in {"NOUN", "PROPN"} or head.lemma_.lower() in nouns:
        return False
    if len(moment.value) == 4:
        return bool(word.i < head.i)
    if len(moment.value) != 10 or not any(c.isdigit() for c in moment.text):
        return False
    return word.i < head.i or moment.text.lower().startswith(genitive)


def occasion(noun: Token, chain: list[Token]) -> bool:
    """Whether a noun a date names is the occasion of the event: the complement of a preposition
    on the trigger or a verb of its ``chain`` ("signed the accord at the Dec. 14 summit", "a
    signé lors du sommet du 14 décembre"), whose date is the event's; the preposition may be
    the noun's head ("at"), or a word of it, with an adverb ("lors du") above."""
    heads = {token.i for token in chain}
    marked = any(c.pos_ == "ADP" and c.i < noun.i for c in noun.children)
    if noun.head.i in heads:
        return marked
    above = noun.head
    return (above.pos_ == "ADP" or (marked and above.pos_ == "ADV")) and above.head.i in heads


#: Parts of speech a noun phrase is made of: what may stand between a nominal trigger and the
#: participle of its reduced relative ("l'accord sur les patrouilles conclu lundi").
_NOUN_PHRASE = frozenset({"NOUN", "PROPN", "DET", "ADP", "ADJ", "NUM", "PRON"})
#: How many words after the participle a time expression may start, words of its own phrase
#: between ("entré en vigueur le 4 août", "adopted by the council on Tuesday").
_REDUCED_REACH = 4
#: How many words the trigger's complements may span before the participle.
_PHRASE_REACH = 8


def reduced_relative(tree: Tree, trigger: Token) -> tuple[int, int] | None:
    """Token bounds of the words after the participle of a reduced relative that follows a
    nominal trigger and its complements ("un cessez-le-feu entré en vigueur le 4 août", "the
    resolution adopted on Tuesday"): a time expression there dates the noun's own event. Read
    off the words, not the tree, which often hangs the participle's dates on the main verb.
    The participle may stand in apposition, after a comma ("le traité de Tarvos, signé en
    1960", "the Tarvos treaty, signed in 1960"), and the complements may join words with a
    conjunction ("a meeting of Greek and Turkish envoys, held in early March")."""
    if tree.verbal(trigger):
        return None
    doc = trigger.doc
    for token in doc[trigger.i + 1 : min(trigger.i + 1 + _PHRASE_REACH, trigger.sent.end)]:
        if token.pos_ in _NOUN_PHRASE or _apposed(token) or _joins_words(token):
            continue
        if token.pos_ != "VERB" or morph(token, "VerbForm") != "Part":
            return None
        end = token.i + 1
        while end < min(token.i + 1 + _REDUCED_REACH, token.sent.end):
            if doc[end].is_punct or doc[end].pos_ in {"VERB", "AUX", "SCONJ", "CCONJ"}:
                break
            end += 1
        return token.i + 1, end
    return None


#: How many words a phrase opened by "since" may hold before the date of its noun.
_SINCE_REACH = 10


def since_noun(first: Token, trigger: Token, since: frozenset[str]) -> bool:
    """Whether a time expression (its first word ``first``) dates the noun of a phrase opened
    by a preposition of ``since`` before it, the start of a stretch of time the event is
    counted in, not the event's time: "le premier sommet depuis la crise d'avril 2024",
    "sa dixième médiation depuis le début du conflit, en mars 2021", "the first exchange
    since their incursion in August". Only through a noun phrase (no verb between: "depuis
    que le conseil a renoncé, en mai 2023, au traité" is left to the clause's own
    reading), not a date the preposition governs itself ("détenu depuis novembre"), and not
    for a trigger inside the phrase, the noun the date names ("depuis la signature de
    l'accord en novembre 2025" dates the signature), or just before it, a state that
    stretch is of ("emprisonnée depuis la révolte de mars 2018" dates the
    imprisonment)."""
    doc, commas = first.doc, 0
    for index in range(first.i - 1, max(first.sent.start, first.i - _SINCE_REACH) - 1, -1):
        word = doc[index]
        if word.lower_ in since:
            return index < first.i - 1 and not _since_of(trigger, index, first.i)
        commas += word.text == ","
        if commas > 1 or (word.pos_ not in _NOUN_PHRASE and word.text != ","):
            return False
    return False


#: How many words before "since" a trigger the phrase counts the state of may stand.
_STATE_REACH = 5


def _since_of(trigger: Token, since: int, date: int) -> bool:
    """Whether the trigger lies inside the phrase opened by "since" at index ``since``,
    before the date at index ``date``, or a few words before it with no comma between and
    the phrase hung on it ("jailed in Moscow since", "détenu depuis"): the stretch of time
    is the trigger's own, not that of a trigger the phrase only follows ("agreed to a truce
    since the talks of May", where the phrase hangs on the truce)."""
    at: int = trigger.i
    if at > since:
        return at < date
    between = trigger.doc[at:since]
    if since - at > _STATE_REACH or any(word.text == "," for word in between):
        return False
    word = trigger.doc[since]  # the phrase hangs on the trigger, by its preposition or noun
    return at in (word.head.i, word.head.head.i)


def _joins_words(token: Token) -> bool:
    """Whether a token is a conjunction between two words of a noun phrase ("a meeting of
    Greek and Turkish envoys, held in early March", "entre Grecs et Turcs"):
    the phrase goes on past it."""
    doc = token.doc
    if token.pos_ != "CCONJ" or not 0 < token.i < len(doc) - 1:
        return False
    return doc[token.i - 1].pos_ in _NOUN_PHRASE and doc[token.i + 1].pos_ in _NOUN_PHRASE


def _apposed(token: Token) -> bool:
    """Whether a token is a comma right before a past participle, which it sets in apposition
    to the noun before it ("l'accord, conclu lundi")."""
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return (
        token.text == ","
        and following is not None
        and following.pos_ == "VERB"
        and morph(following, "VerbForm") == "Part"
        and morph(following, "Tense") == "Past"
    )


def said_when(chain: list[Token], reporting: frozenset[str]) -> Callable[[Moment], bool]:
    """Whether a time expression hangs on a verb of saying (``reporting``) outside the event's
    ``chain``: it dates the saying, not the act reported ("l'Iran a lancé samedi soir des
    drones, mais la quasi-totalité ont été interceptés avec l'aide des États-Unis, a annoncé
    dimanche l'armée": the help is Saturday's, the announcement Sunday's)."""
    heads = {token.i for token in chain}
    doc = chain[0].doc

    def said(moment: Moment) -> bool:
        span = doc.char_span(moment.start, moment.end, alignment_mode="expand")
        if span is None:
            return False
        head = span.root.head
        if head.pos_ == "ADP":  # "said on Sunday", the preposition heading its object
            head = head.head
        return head.i not in heads and head.pos_ == "VERB" and head.lemma_.lower() in reporting

    return said
