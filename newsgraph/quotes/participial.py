"""A present participle that restricts a noun says what that noun says.

"la lettre d'Emmanuel Macron au roi reconnaissant que …", "a statement accusing ECOWAS of …":
the participle hangs on the noun (``acl``) right after its phrase, with no comma between, so it
is the noun's own predicate, and its speaker the noun's phrase (a document then speaks for the
author its words name), not the subject of the sentence's main clause ("Alger avait rappelé son
ambassadeur après la lettre …"). A participle set off by a comma is an adverbial one, which
speaks for the subject of its clause, and is left to :mod:`.speakers`.
"""

from __future__ import annotations

from .inverted import finite
from .issued import issuer
from .layout import Layout, Speaker, Token


def restricted_noun(layout: Layout, verb: Token) -> Speaker | None:
    """The phrase of the noun a present participle ``verb`` restricts, or None."""
    head = verb.head
    if verb.dep_ != "acl" or head.i >= verb.i or head.pos_ != "NOUN" or finite(verb):
        return None
    if "Part" not in verb.morph.get("VerbForm") or "Pres" not in verb.morph.get("Tense"):
        return None
    start, _ = layout.sentence(verb.idx)
    first = head.left_edge
    while first.i < head.i and first.dep_ == "case":
        first = layout.doc[first.i + 1]  # "après la lettre": the preposition is not its phrase
    if first.idx < start or layout.in_quote(head.i):
        return None
    if "," in layout.text[layout.token_end(head.i) : verb.idx]:
        return None  # "…, déclarant que": adverbial
    phrase = layout.noun_phrase(head, first.idx, verb.idx)
    if phrase is None or layout.text[phrase.end : verb.idx].strip():
        return None
    if layout.document(head):
        return issuer(layout, head) or phrase  # "Trump issued a statement saying …": Trump
    return phrase if layout.speaker_like(head) else None
