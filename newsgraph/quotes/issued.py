"""A document someone issues says what its issuer says.

"Trump issued a statement saying he would …", "the campaign released a memo arguing that …":
the participle restricts the document, which is the object of a verb of issuing
(``issuing_verbs``); whoever issued it speaks, so the speaker is that verb's subject, not "a
statement". A subject none of whose words can name a speaker, or a relative pronoun ("who
issued a statement"), leaves the document as the speaker.
"""

from __future__ import annotations

from .layout import OBJECTS, Layout, Speaker, Token
from .nominal import naming

#: Labels of an active subject.
ACTIVE_SUBJECTS = frozenset({"nsubj"})


def issuer(layout: Layout, document: Token) -> Speaker | None:
    """The subject of the verb of issuing whose object is ``document``, or None ("Trump" of
    "Trump released a statement saying …")."""
    verb = document.head
    if document.dep_ not in OBJECTS or not _issuing(layout, verb):
        return None
    subject = _own_subject(verb)
    if subject is None and verb.dep_ == "conj":
        verb = verb.head  # "met the envoy and issued a statement saying": "met"'s subject
        subject = _own_subject(verb)
    if subject is None or subject.lower_ in layout.lexicon.relative_pronouns:
        return None
    start, _ = layout.sentence(verb.idx)
    return naming(layout, layout.noun_phrase(subject, start, verb.idx))


def _issuing(layout: Layout, verb: Token) -> bool:
    return verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in layout.lexicon.issuing_verbs


def _own_subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in ACTIVE_SUBJECTS and c.i < verb.i), None)
