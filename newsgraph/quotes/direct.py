"""Direct quotes: which quoted words are quotations.

Quoted words are a quotation when they hold a clause of their own (a finite verb or an
infinitive), or when they are the words of a reporting verb or an attribution phrase: their
noun phrase depends on one (« dénoncé une décision « illégale » »), or on a clause that
depends on one, for quoted words of three words or more or that are an argument of that
clause. Single words, names and titles in quotation marks ("« flotte fantôme »", "Operation
Prosperity Guardian") are not quotations; two words must be an argument ("« sans délai »",
"« avec fermeté »" are not), but a reply a cue introduces is, however short ('Moore said,
“Any.”'), and so is one its own tag follows ('“Denver,” he answered'). A quotation left open
at the end of a paragraph takes the speaker named where it goes on in the next one; a
paragraph that opens with an untagged quotation after one that ends with a tagged quotation
goes on with that speaker's words.

Dialogue lines (opened by a dash, or by an interview's label such as "A:") are quotations when
a line ending with a colon introduces them, and take the speaker of that line, or when they
open an interview with a question, and take the subject of the sentence before it (else the
last person named); the interviewer's lines are left out (see
:func:`~.dialogue.interviews`). In an interview whose questions are plain paragraphs, the
dashed answers and the paragraphs that go on with them are the guest's, the last person named
before the first question (see :func:`~.dialogue.asked`). The cue and speaker of the others are
found by :mod:`.tags`.
"""

from __future__ import annotations

from ..textutil import last_char
from .charges import names_charge
from .colon import colon_speaker
from .cues import Attribution, is_cue
from .introduced import FINAL_MARKS, voiced
from .layout import OBJECTS, Found, Layout, Speaker, Token, name_like
from .marks import Marked
from .owners import noun_owner, reporting_verb
from .runs import carry_over, goes_on, next_paragraph, run_back
from .shapes import characterises, long_partial, titled
from .speakers import SUBJECTS, subject
from .tags import (
    CLOSERS,
    OPENERS,
    attribute,
    incise,
    parenthetical,
    quote_head,
)
from .works import names_work

#: Relations that make quoted words an argument of the clause they stand in.
CORE = frozenset(
    {"nsubj", "nsubj:pass", "nsubjpass", "obj", "dobj", "iobj", "attr", "acomp", "oprd"}
    | {"xcomp", "ccomp", "obl:arg", "csubj"}
)
#: Relations from a clause up to the clause it depends on ("accused Moscow of waging “a
#: campaign of terror”": "waging" hangs on "of", "of" on "accused"), through a clause on the
#: object of a cue ("pledged another battery, to be delivered “within the coming months”",
#: "accusé l'armée d'utiliser les civils comme « boucliers humains »"), an adverbial clause
#: ("said … that he expected the troops to be used “in combat …”") or a prepositional
#: phrase ("said at the time he was following the scheme “with a great deal of interest”").
EMBEDDED = frozenset(
    {"xcomp", "ccomp", "conj", "pcomp", "prep", "pobj", "advcl"}
    | {"acl", "relcl", "acl:relcl", "obj", "dobj"}
)
#: How far up the parse a reporting verb is looked for.
CLIMB = 6
#: What ends an exclamation or a question, and how many tokens after one its tag's cue may be.
TERMINAL = frozenset("!?")
TAG_REACH = 3


def find_direct(layout: Layout) -> list[Found]:
    """The direct quotes of the article, each with its cue and speaker when found."""
    found: list[Found] = []
    dialogue: Speaker | None = None  # the speaker of the dialogue under way
    last_dash: Marked | None = None
    for quote in layout.marked:
        if quote.dash:
            dialogue = _dialogue_speaker(layout, quote, last_dash, dialogue)
            last_dash = quote
            if quote.asker or (dialogue is None and not quote.answer):
                continue
            cue, speaker = incise(layout, quote) or (None, dialogue)
            found.append(Found(quote.start, quote.end, True, cue, speaker))
        elif is_quotation(layout, quote) or goes_on(layout, quote, found):
            cue, speaker = _own_clause(layout, quote, attribute(layout, quote))
            found.append(Found(quote.start, quote.end, True, cue, speaker))
    found = carry_over(layout, run_back(layout, _without_crossheads(layout, found)))
    return carry_over(layout, next_paragraph(layout, found))


def _without_crossheads(layout: Layout, found: list[Found]) -> list[Found]:
    """``found`` but for crossheads: a paragraph that is a quotation alone, without a tag,
    whose words another paragraph quotes too, repeats the body's words as a heading ("« Nous
    avons besoin que la France aille plus loin »" above the paragraph that quotes them)."""
    text = layout.text
    kept = []
    for item in found:
        start, end = layout.paragraphs[layout.paragraph(item.start)]
        words = text[item.start : item.end].strip()
        alone = (
            not text[start:end]
            .strip()
            .strip(OPENERS + CLOSERS + " \u00a0")
            .replace(words, "")
            .strip()
        )
        repeated = any(
            other is not item
            and layout.paragraph(other.start) != layout.paragraph(item.start)
            and words.casefold() in text[other.start : other.end].casefold()
            for other in found
        )
        if not (alone and words and item.cue is None and repeated):
            kept.append(item)
    return kept


def is_quotation(layout: Layout, quote: Marked) -> bool:
    """Whether the quoted words are a quotation (rather than a name, a title, a scare quote)."""
    doc = layout.doc
    inside = layout.tokens(quote.start, quote.end)
    words = [i for i in inside if doc[i].text[0].isalnum()]
    if not words:
        return False
    if _replied(layout, quote) or _tagged_after(layout, quote):
        return True
    if len(words) < 2 or names_work(layout, quote):
        return False
    if any(_is_clause(doc[i]) for i in inside):  # "'s" of "There's" too
        return True
    if all(doc[i].text[0].isupper() for i in words if doc[i].is_alpha) or titled(layout, quote):
        return _exclaimed(layout, quote)  # a name or a title, unless shouted and tagged
    head = quote_head(layout, quote)
    if head is not None and head.i in layout.according:
        return True  # "Selon Blinken, cette alliance a été « forgée dans le sang »"
    governor, relation = _governor(head) if head is not None else (None, "")
    if names_charge(layout, governor, relation):
        return False  # "condamné pour « atteinte à la sûreté de l'État »"
    argument = (
        len(words) >= 3
        or relation in CORE
        or characterises(layout, quote, words[0], head, governor)
    )
    if governor is not None and argument and _cued(layout, governor):
        return True
    return long_partial(layout, quote, words[0], governor)


def _partial_speaker(layout: Layout, quote: Marked, bare: bool = True) -> Speaker | None:
    """The speaker of a long partial quotation (:func:`long_partial`) that no tag
    attributes and no cue governs: the owner of a noun that holds it, the subject of a verb
    whose complement clause holds it (:mod:`.owners`), else the subject of the verb it depends
    on ('The governor took credit for “bringing jobs back home”': the governor), when
    ``bare`` or the noun holding the words is possessed (« son « soutien … » »)."""
    doc = layout.doc
    words = [i for i in layout.tokens(quote.start, quote.end) if doc[i].text[0].isalnum()]
    head = quote_head(layout, quote)
    governor = _governor(head)[0] if head is not None else None
    if not words or head is None or governor is None or _cued(layout, governor):
        return None  # a cue's quotation takes its speaker from the cue, later if need be
    if not long_partial(layout, quote, words[0], governor):
        return None
    owner = noun_owner(layout, head)  # "his call for “a total and complete ban”"
    # "found that the air force is “the best in the world”": who found it
    reporter = reporting_verb(layout, governor)
    speaker = owner or (subject(layout, reporter) if reporter is not None else None)
    if speaker is not None or not (bare or _possessed(layout, head)):
        return speaker
    if governor.pos_ != "VERB" or any(_is_clause(doc[i]) for i in words):
        return None  # the subject of a copula is what is described; a clause is no partial
    return subject(layout, governor)


def _possessed(layout: Layout, head: Token) -> bool:
    """Whether the noun ``head`` of quoted words has a possessive determiner, which makes the
    subject of its clause their owner (« lui signifier son « soutien total … » »)."""
    return any(child.lower_ in layout.lexicon.possessives for child in head.children)


def _own_clause(layout: Layout, quote: Marked, found: Attribution) -> Attribution:
    """The cue and speaker ``found`` for a quotation, but for a long partial quotation said
    in a clause of its own sentence (:func:`_partial_speaker`) that ``found`` attributes from
    a cue before that sentence, or not at all: the clause's subject or the noun's owner says
    it (« L'UE a dénoncé « une escalade ». Accra a convoqué l'envoyé pour lui signifier son
    « appui entier et sans condition » à Lomé » quotes Accra, not the EU). A speaker
    ``found`` gives way to the noun's owner (its possessive's too) or a reporter only, not to
    the bare subject of the clause (« …, a déclaré X. La Russie mène « une guerre hybride … » »
    stays X's)."""
    cue, speaker = found
    if speaker is not None and cue is not None and cue[0] >= layout.sentence(quote.open)[0]:
        return found
    partial = _partial_speaker(layout, quote, bare=speaker is None)
    return (None, partial) if partial is not None else found


def _cued(layout: Layout, governor: Token) -> bool:
    """Whether the verb ``governor`` of quoted words is a cue, or a clause that depends on
    one (:data:`EMBEDDED`, at most :data:`CLIMB` steps up)."""
    if is_cue(layout, governor) or parenthetical(layout, governor) is not None:
        return True
    for _ in range(CLIMB):
        if governor.dep_ not in EMBEDDED or governor.head.i == governor.i:
            return False
        governor = governor.head
        if is_cue(layout, governor) or parenthetical(layout, governor) is not None:
            return True
    return False


def _replied(layout: Layout, quote: Marked) -> bool:
    """Whether quoted words, however short, are a sentence of their own that a reporting verb
    introduces, a comma or a colon between them ('Moore said, “Any.”', 'She replied: “Not
    now!”'), or that a verb of voice takes right after it (:func:`voiced`): words ended by
    their own final mark are an utterance, not a name."""
    text, doc = layout.text, layout.doc
    if text[quote.start : quote.end].rstrip()[-1:] not in FINAL_MARKS:
        return False
    before = last_char(text, quote.open)
    if before is None:
        return False
    if text[before] not in ",:":
        return voiced(layout, quote)
    tokens = layout.tokens(0, before)
    return bool(tokens) and layout.is_tag(doc[tokens[-1]])


#: Relations of a verb that describes a noun rather than tags a quote ("who goes by “Vito”").
DESCRIBING = frozenset({"relcl", "acl", "acl:relcl", "amod"})
#: Words that open the speaker's noun phrase after a verb that tags a quote ('said Clinton').
NOMINAL_STARTS = frozenset({"PROPN", "DET", "NOUN", "PRON", "ADJ"})
#: What a speaker's noun phrase between quoted words and their tag may hold.
TAG_SUBJECT = frozenset({"PRON", "PROPN", "DET", "NOUN", "ADJ", "PUNCT", "NUM"})


def _tagged_after(layout: Layout, quote: Marked) -> bool:
    """Whether quoted words, however short, are an utterance that a speech tag right after
    them attributes, the sentence going on with a comma ('"Denver," he answered', '"Quiet,"
    Trump demanded', « Non », a-t-il répondu): a name or a title takes no tag of its own."""
    text, doc = layout.text, layout.doc
    inside = text[quote.start : quote.outer[1]].rstrip().rstrip(CLOSERS).rstrip()[-1:]
    after = layout.tokens(quote.outer[1], len(text))
    if not after or (inside not in ",!?" and doc[after[0]].text != ","):
        return False
    sentence_end = _tag_sentence_end(layout, quote)
    for i in after[: TAG_REACH + 1]:
        token = doc[i]
        if token.idx >= sentence_end:
            return False
        if layout.is_tag(token):
            return _own_tag(token, after[0])
        if token.pos_ not in TAG_SUBJECT:
            return False
    return False


def _tag_sentence_end(layout: Layout, quote: Marked) -> int:
    """Where the sentence of the tag after a quote ends: a sentence is often cut at the
    exclamation or question mark that ends a quote ('"All the way!" | Dawson shouted'), so
    the tag's sentence is the one that holds the first word after the quote, in its paragraph."""
    own = layout.sentence(quote.open)[1]
    after = layout.tokens(quote.outer[1], len(layout.text))
    if not after or layout.paragraph(layout.doc[after[0]].idx) != layout.paragraph(quote.open):
        return own
    return max(own, layout.sentence(layout.doc[after[0]].idx)[1])


def _own_tag(verb: Token, first: int) -> bool:
    """Whether ``verb``, after quoted words from the token ``first``, is their tag: a finite
    verb with its subject after the quote ('"Denver," he answered') or right after it ('said
    Clinton'), whose object is the quote (not "“Hamas,” Levine found comic relief in it")."""
    if verb.dep_ in DESCRIBING or "Fin" not in verb.morph.get("VerbForm"):
        return False
    if any(c.dep_ in OBJECTS and c.pos_ == "NOUN" for c in verb.children):
        return False
    subjects = [c.i for c in verb.children if c.dep_ in SUBJECTS]
    if subjects:
        return any(c >= first for c in subjects)
    following = verb.nbor() if verb.i + 1 < len(verb.doc) else None
    return verb.i == first and following is not None and following.pos_ in NOMINAL_STARTS


def _exclaimed(layout: Layout, quote: Marked) -> bool:
    """Whether capitalised words are an exclamation or a question a cue tags right after
    them ('"Thanks, John!" responded the director', '"Why Now?" he asked'), not a title."""
    text, doc = layout.text, layout.doc
    if text[quote.start : quote.end].rstrip()[-1:] not in TERMINAL:
        return False
    after = layout.tokens(quote.outer[1], len(text))[:TAG_REACH]
    sentence_end = _tag_sentence_end(layout, quote)
    return any(doc[i].idx < sentence_end and layout.is_cue(doc[i]) for i in after)


def _is_clause(token: Token) -> bool:
    forms = token.morph.get("VerbForm")
    return token.pos_ in ("VERB", "AUX") and ("Fin" in forms or "Inf" in forms)


def _governor(head: Token) -> tuple[Token | None, str]:
    """The first verb above ``head``, and the relation of the phrase of ``head`` to it."""
    node = head
    for _ in range(CLIMB):
        parent = node.head
        if parent.i == node.i:
            return None, ""
        if is_predicate(parent):
            return parent, str(node.dep_)
        node = parent
    return None, ""


def is_predicate(token: Token) -> bool:
    """Whether ``token`` heads a clause: a verb, or a noun or adjective with a copula or a
    subject ("qui est une alliance « forgée dans le sang »")."""
    if token.pos_ in ("VERB", "AUX"):
        return True
    return any(child.dep_ in ("cop", "nsubj") for child in token.children)


def _dialogue_speaker(
    layout: Layout, quote: Marked, last: Marked | None, current: Speaker | None
) -> Speaker | None:
    """The speaker of a dialogue line: that of the line before it in the same dialogue, or
    the subject of the clause a colon closes just before the first line, or, for an interview
    that opens with a question, the subject of the sentence before it ("…, Idriss Kamara
    Bello, se dit confiant mais vigilant. — L'accord est-il mort ? — Il n'a …"), else
    the last person named: when that subject is no name ("We met Okafor on Sunday."), or
    names no person but someone named after it in its sentence (:func:`_introduced`)."""
    text = layout.text
    if quote.answer:
        return _guest(layout)
    if last is not None and not text[last.close : quote.open].strip():
        return current
    before = last_char(text, quote.open)
    if before is not None and text[before] == ":":
        return colon_speaker(layout, before)
    if before is not None and quote.asker:
        # an interview: the person the sentence before presents ("Idriss Kamara Bello se
        # dit confiant"), else the last person named ("We met Okafor on Sunday.")
        found = colon_speaker(layout, before)
        person = layout.last_person(quote.open)
        if found is None or not name_like(layout.doc[found.head]):
            return person or found
        if person is not None and _introduced(layout, found, person):
            return person
        return found
    return None


def _introduced(layout: Layout, subject: Speaker, person: Speaker) -> bool:
    """Whether the subject of an interview's opening sentence names no person while a person
    is named after it in that sentence: the subject is who interviews ("The Daily Courier
    spoke to the new mayor, Ann Fell."), the person the guest, who must be the object of the
    subject's verb or in apposition to it (:func:`_object_of`)."""
    at = layout.doc[subject.head].idx
    if any(
        actor.kind == "person" and any(m.start <= at < m.end for m in actor.mentions)
        for actor in layout.article.actors
    ):
        return False
    if person.start <= subject.end or layout.sentence(person.start) != layout.sentence(at):
        return False
    return _object_of(layout.doc[person.head], layout.doc[subject.head].head)


#: Dependencies, their subtype aside, by which a guest hangs on the verb that introduces
#: them: its object, a preposition's, or a name in apposition to one ("spoke to the new
#: mayor, Ann Fell"); a relative clause is none ("a nurse who treated Senator Tom Farrow").
_GUEST_LINKS = frozenset(
    {"appos", "obj", "dobj", "iobj", "dative", "pobj", "prep", "obl", "flat", "compound"}
)


def _object_of(token: Token, verb: Token) -> bool:
    """Whether ``token`` hangs on ``verb`` only through :data:`_GUEST_LINKS`."""
    while token.i != verb.i:
        if token.dep_.split(":")[0] not in _GUEST_LINKS or token.head.i == token.i:
            return False
        token = token.head
    return True


def _guest(layout: Layout) -> Speaker | None:
    """The guest of an interview whose questions are plain paragraphs: the last person named
    before its first question ("…, Paul Garnier, a poursuivi mardi sa tournée …" then
    "Que change cet accord ?" and "— Il donne …")."""
    first = next(quote for quote in layout.marked if quote.answer)
    question = layout.paragraph(first.open) - 1
    return layout.last_person(layout.paragraphs[max(question, 0)][0])
