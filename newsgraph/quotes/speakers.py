"""Who speaks, from the dependency parse: the subject of a reporting verb, as words of the text.

The parser's labels are taken where they are reliable and checked against the surface where
they are not. In order:

1. a subject clitic ("a-t-il ajouté", "dit-elle"); the subject after a speech tag set off by
   commas, which ends at a punctuation mark ("La Russie, a estimé X, cherche …", "…, estime
   X."), whatever the parser took for the verb's subject before the comma;
2. a subject before the verb that names a speaker, with no other verb in between (the French
   model also labels as the cue's subject the subject of a reported clause before it:
   "Kigali a rejeté ces accusations, a précisé la présidente");
3. the subject after a finite verb that follows a comma or a closing quotation mark ("…, a
   déclaré le porte-parole", '"…," said Gabrielius Landsbergis'), often labelled an object;
4. any other subject, a relative pronoun giving way to the noun it stands for; the noun
   phrase right before a verb the parser left without a subject;
   the first name of the sentence set off by commas, a comma right before the verb ("Senator
   Jane Moreau, the minority leader, said", whatever the parser hung the name on);
   for a gerund after a preposition, the subject of the verb it hangs on ("After suggesting
   that …, Mr. Hale disagreed");
5. the attribution phrase on the verb ("qui, selon Blinken, est …");
6. for a verb without a subject of its own (a second conjunct, a participle), its head's, or
   the subject of its sentence's first clause.

The verb's surface (auxiliaries, clitics, the phrase after it) is read by :mod:`.inverted`, the
noun phrase right before a verb without a subject by :mod:`.subjectless`.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable

from .gerund import gerund_subject
from .inverted import (
    clitic,
    finite,
    inverted_subject,
    object_clitic,
    preceding,
    reduced_subject,
)
from .layout import NOMINAL, RELATIVE_CLAUSES, Layout, Speaker, Token
from .layout import SUBJECTS as SUBJECTS
from .nominal import naming as naming
from .nominal import predicate_of as predicate_of
from .nominal import voice as voice
from .participial import restricted_noun
from .set_off import set_off_subject
from .subjectless import bare_subject, can_be_subject, phrase_root

#: Verbs without a subject of their own take the subject of their head through these.
INHERITED = frozenset({"conj", "xcomp", "advcl"})
#: How many heads up a subject is looked for.
DEPTH = 3
#: Punctuation after the noun phrase of a verb that opens what is said: the phrase is its object.
TAG_OPENERS = frozenset({":", "(", "«", "“"})


def subject(layout: Layout, verb: Token, depth: int = 0) -> Speaker | None:
    """The words naming who does ``verb`` (a reporting verb), or None; for a verb outside
    quotation marks, never words all inside them ('Clinton …, telling the crowd, “Some people get
    carried away”': a parse that hangs "telling" on the quoted "get" gives no "Some people")."""
    start, end = layout.sentence(verb.idx)
    quoted = layout.in_quote(verb.i)
    own = [
        c
        for c in verb.children
        if (c.dep_ in SUBJECTS or personal_expletive(layout, c))
        and start <= c.idx < end
        and (quoted or not layout.in_quote(c.i))
        and can_be_subject(c)
        and not object_clitic(layout, c, verb)  # "« … », lui a répondu X"
        and not _before_conjunction(c, verb)
    ]
    # the subject nearest the verb: "20.05 BST – The Belarusian president … says" has two
    before = max((c for c in own if c.i < verb.i), key=lambda c: c.i, default=None)
    finders: tuple[Callable[[], Speaker | None], ...] = (
        lambda: voice(layout, verb),
        lambda: clitic(layout, verb),
        lambda: predicate_of(layout, verb),
        lambda: _tag_subject(layout, verb),
        # a conjunct of a clause a cue reports says what that cue's subject says ("Maduro a
        # réaffirmé que le Venezuela … et a estimé que …")
        lambda: _inherited(layout, verb, depth) if _conjunct_of_report(layout, verb, own) else None,
        lambda: _subject_phrase(layout, verb, before) if _close(layout, before, verb) else None,
        lambda: inverted_subject(layout, verb) if _said_before(layout, verb) else None,
        lambda: _subject_phrase(layout, verb, own[0]) if own else None,
        lambda: bare_subject(layout, verb),
        lambda: set_off_subject(layout, verb),
        lambda: gerund_subject(layout, verb),
        lambda: naming(layout, reduced_subject(layout, verb)),
        lambda: _according_speaker(layout, verb),
        lambda: _inherited(layout, verb, depth),
        lambda: restricted_noun(layout, verb),
        lambda: _according_before(layout, verb),
        lambda: _first_clause_subject(layout, verb) if depth == 0 else None,
    )
    for found in finders:
        speaker = found()
        if speaker is not None and (quoted or not _quoted_phrase(layout, speaker)):
            return speaker
    return None


def _before_conjunction(word: Token, verb: Token) -> bool:
    """Whether ``word`` stands before the conjunction that coordinates ``verb`` to the verb
    before it: the first verb's object the parser made the subject of the second, which
    shares the first one's subject (« X a rejeté les accusations et a fait valoir que … »:
    not « les accusations »)."""
    return any(c.dep_ == "cc" and word.i < c.i < verb.i for c in verb.children)


def personal_expletive(layout: Layout, token: Token) -> bool:
    """Whether ``token`` is a person pronoun the parser took for an impersonal subject before
    a verb in the active voice: "Il a nié que la police ait frappé" has "il" for someone, while
    "il a été annoncé que" (a passive) and "il faut que" (no verb of saying) stay impersonal."""
    verb = token.head
    return bool(
        token.dep_ == "expl:subj"
        and token.i < verb.i
        and not token.text.startswith("-")
        and layout.lexicon.pronoun_kind(token.lower_) == "person"
        and layout.is_cue(verb)
        and "Pass" not in verb.morph.get("Voice")
        and not any(c.dep_ in ("aux:pass", "expl:pass", "expl:pv") for c in verb.children)
    )


def _quoted_phrase(layout: Layout, speaker: Speaker) -> bool:
    """Whether all the words of ``speaker`` stand in quotation marks (not 'le « ministre » de
    l'économie, Sergueï Obolonik', a title in scare quotes)."""
    return all(layout.in_quote(i) for i in layout.tokens(speaker.start, speaker.end))


def _inherited(layout: Layout, verb: Token, depth: int) -> Speaker | None:
    """The subject of the head of a verb without one: a second conjunct ("a convoqué … et a
    averti que"), a participle or an infinitive ("déclarant que"). The parser may hang the
    conjunct on the reported clause ("ECOWAS said that its doors remained open and warned
    that …"): a subject that names no speaker sends the search further up."""
    if depth >= DEPTH or verb.head.i == verb.i or not _inherits(verb):
        return None
    if verb.dep_ != "conj" and finite(verb):
        return None
    node = verb.head
    if layout.is_cue(verb) and (_reported_clause(layout, node) or _past_after_modal(layout, verb)):
        node = node.head  # "Trump a jugé que les États-Unis … et assuré que": Trump's
    for _ in range(DEPTH):
        speaker = naming(layout, subject(layout, node, depth + 1))
        if speaker is not None or node.dep_ not in (*INHERITED, "ccomp"):
            return speaker
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def _inherits(verb: Token) -> bool:
    """Whether ``verb`` has no subject of its own but its head's: a conjunct, an infinitive or
    an adverbial clause, and a participle the parser hung on a verb as if on a noun ("…, a-t-il
    assuré, ajoutant qu'elles pourraient être communiquées": "ajoutant" an ``acl`` of
    "assuré"); a participle modifies a verb's subject, never the verb."""
    if verb.dep_ in INHERITED:
        return True
    return bool(
        verb.dep_ == "acl"
        and verb.head.pos_ in ("VERB", "AUX")
        and "Part" in verb.morph.get("VerbForm")
        and not finite(verb)
    )


def _conjunct_of_report(layout: Layout, verb: Token, own: list[Token]) -> bool:
    """Whether ``verb``, a cue with no subject of its own, is coordinated to a clause another
    cue reports."""
    return (
        not own
        and verb.dep_ == "conj"
        and layout.is_cue(verb)
        and (_reported_clause(layout, verb.head) or _past_after_modal(layout, verb))
    )


def _past_after_modal(layout: Layout, verb: Token) -> bool:
    """Whether ``verb``, a simple past, is coordinated to the verb of a clause a cue reports
    without a complementizer, a verb with a modal ("The minister said Latvia would ask for
    radars and warned that …"): a verb sharing the modal would be bare ("would ask and warn"),
    so the simple past is the cue's conjunct and says what the cue's subject says."""
    node = verb.head
    return bool(
        verb.dep_ == "conj"
        and verb.tag_ == "VBD"
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
        and any(c.tag_ == "MD" for c in node.children)
        and node.dep_ == "ccomp"
        and layout.is_cue(node.head)
    )


def _reported_clause(layout: Layout, node: Token) -> bool:
    """Whether ``node`` heads a clause a cue reports, opened by a complementizer ("que les
    États-Unis avaient besoin …"), so that a cue coordinated to it is the cue's conjunct."""
    if node.head.i == node.i or not layout.is_cue(node.head):
        return False
    complementizers = layout.lexicon.complementizers
    return any(c.dep_ == "mark" and c.lower_ in complementizers for c in node.children)


def _according_speaker(layout: Layout, verb: Token) -> Speaker | None:
    according = layout.according.get(verb.i)
    return according.speaker if according is not None else None


def _said_before(layout: Layout, verb: Token) -> bool:
    """Whether what ``verb`` reports stands before it in its sentence: a clause or a quote
    before the comma or quotation mark in front of it ("…, a déclaré le porte-parole"), not
    a fronted phrase ("À Bruxelles, la haute représentante, Kaja Kallas, a assuré Vilnius
    de …")."""
    before = preceding(layout, verb)
    if before is None or before.text in layout.closing:
        return True
    start, _ = layout.sentence(verb.idx)
    return any(
        layout.in_quote(i) or (layout.doc[i].pos_ in ("VERB", "AUX") and finite(layout.doc[i]))
        for i in layout.tokens(start, before.idx)
    )


def _tag_subject(layout: Layout, verb: Token) -> Speaker | None:
    """The subject of a speech tag set off by punctuation: after a comma or a closing
    quotation mark, the noun phrase after the verb, then a punctuation mark or the end of the
    sentence ("La Russie, a estimé Volodymyr Zelensky, cherche …")."""
    phrase = inverted_subject(layout, verb) if layout.is_cue(verb) else None
    if phrase is None or _addressee(layout, verb):
        return None
    _, end = layout.sentence(verb.idx)
    following = layout.tokens(phrase.end, end)
    after = [layout.doc[i] for i in following if not layout.doc[i].is_space]
    if after and (
        not after[0].is_punct or after[0].text in TAG_OPENERS or _opens_quote(layout, after[0])
    ):
        return None  # "a harangué la foule : « … »": an object, and what is said follows
    return phrase


def _addressee(layout: Layout, verb: Token) -> bool:
    """Whether the noun phrase after a verb set off by a comma is what it takes, not who
    speaks: a subject that names a speaker stands before the verb, and the comma before the
    verb closes a phrase inserted after that subject ('"…," Bill McInturff, part of the team
    conducting the survey, told NBC'; the parser may take "NBC" for a second subject), or
    the subject is that phrase ("le premier ministre, Naftali Bennett, a salué le vote"). A
    lone comma never parts a subject from its verb: after one, the verb is an incise and the
    phrase after it its subject, however parsed ("Le royaume, ajoute le texte, restera …")."""
    start, _ = layout.sentence(verb.idx)
    own = [
        c
        for c in verb.children
        if c.dep_ in SUBJECTS
        and start <= c.idx < verb.idx
        and not layout.in_quote(c.i)
        and not object_clitic(layout, c, verb)
    ]
    if not own or not _close(layout, own[-1], verb):
        return False
    commas = [t for t in layout.doc[own[-1].i + 1 : verb.i] if t.text == ","]
    first = own[-1].left_edge.i
    apposed = first > 0 and layout.doc[first - 1].text == ","  # "le chancelier, Olaf Scholz,"
    return len(commas) != 1 or apposed


def _opens_quote(layout: Layout, token: Token) -> bool:
    """Whether ``token`` is the opening mark of a quote ("called it ‘the biggest humiliation’":
    what is said follows the verb's object)."""
    index = bisect_left(layout.opens, token.idx)
    return index < len(layout.opens) and layout.opens[index] == token.idx


def _close(layout: Layout, own: Token | None, verb: Token) -> bool:
    """Whether the subject ``own`` before ``verb`` names a speaker, with no finite verb between
    them (which would make it the subject of a reported clause before the cue)."""
    if own is None:
        return False
    phrase = layout.noun_phrase(own, *layout.sentence(verb.idx))
    if phrase is None:
        return False
    named = layout.tokens(phrase.start, phrase.end)
    if not any(layout.speaker_like(layout.doc[i]) for i in named):
        return False
    between = layout.doc[own.right_edge.i + 1 : verb.i]
    return not any(t.pos_ in ("VERB", "AUX") and t.head.i != verb.i and finite(t) for t in between)


def _subject_phrase(layout: Layout, verb: Token, own: Token) -> Speaker | None:
    start, end = layout.sentence(verb.idx)
    if own.lower_ in layout.lexicon.relative_pronouns:
        if verb.dep_ in RELATIVE_CLAUSES and verb.head.i != verb.i:
            return layout.noun_phrase(verb.head, start, own.idx)
        before = layout.doc[own.i - 1] if own.i > 0 else None
        if before is not None and before.text == "," and own.i > 1:
            before = layout.doc[own.i - 2]
        if before is not None and before.pos_ in NOMINAL:
            return layout.noun_phrase(phrase_root(before), start, own.idx)
        return None
    # a subject before its verb ends there, whatever the parser hangs on it after the verb
    # ("Yoon's government said it saw no problem with the plan, a stance that …")
    return layout.noun_phrase(own, start, verb.idx if own.i < verb.i else end)


def _according_before(layout: Layout, verb: Token) -> Speaker | None:
    """For a participle without a subject ("…, selon Blinken, est une alliance …, précisant
    que …"), the attribution phrase before it in its sentence."""
    if finite(verb):
        return None
    start, _ = layout.sentence(verb.idx)
    before = [a for a in layout.according.values() if start <= a.start < verb.idx]
    return max(before, key=lambda a: a.start).speaker if before else None


def _first_clause_subject(layout: Layout, verb: Token) -> Speaker | None:
    """For a participle whose head gives no subject ("…, tout en affirmant que …"), the
    subject of the first clause of its sentence that has one naming a speaker."""
    if finite(verb):
        return None
    start, _ = layout.sentence(verb.idx)
    for i in layout.tokens(start, verb.idx):
        token = layout.doc[i]
        subject_like = token.dep_ in SUBJECTS or personal_expletive(layout, token)
        if subject_like and token.head.i < verb.i and not layout.in_quote(i):
            phrase = _subject_phrase(layout, token.head, token)
            if phrase is not None and any(
                layout.speaker_like(layout.doc[j]) for j in layout.tokens(phrase.start, phrase.end)
            ):
                return phrase
    return None
