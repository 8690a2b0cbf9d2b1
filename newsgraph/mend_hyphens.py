"""Mending a hyphenated noun the tokenizer cuts at its hyphen.

"a annoncé l'état-major interarmées" comes out as "état", "-", "major", with "major" hung
anywhere, so a reader of the clause finds no noun for its speaker. The words of a compound
listed in ``compounds`` of ``newsgraph/lang/<code>/parse.json`` ("état-major", matched
case-insensitively, in the singular or the plural) are merged into one noun after parsing,
with the compound as lemma: the merged noun takes the place in the tree of the first of its
words, so the rest of the parse is left as the parser made it (keeping the compound whole
before parsing would make the parser read the whole sentence anew).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from spacy.tokens import Doc, Span, Token

from . import lang


@cache
def _compounds(code: str) -> dict[tuple[str, str], str]:
    """The ``compounds`` of a language's parse data, by their two halves, with their lemma."""
    data: dict[str, Any] = lang.section(code, "parse", "compounds") or {}
    found: dict[tuple[str, str], str] = {}
    for lemma, forms in data.get("forms", {}).items():
        for form in [lemma, *forms]:
            first, _, second = form.partition("-")
            found[(first, second)] = lemma
    return found


def mend_hyphens(doc: Doc) -> None:
    """Merge the listed compounds of ``doc`` cut at their hyphen into one noun (in place):
    "état", "-", "major" -> "état-major"."""
    compounds = _compounds(doc.lang_)
    text = doc.text.lower()
    if not any(f"{first}-{second}" in text for first, second in compounds):
        return  # most texts: no token looked at
    spans = []
    for token in doc[1:-1]:
        if token.text != "-" or token.whitespace_ or doc[token.i - 1].whitespace_:
            continue
        lemma = compounds.get((doc[token.i - 1].lower_, doc[token.i + 1].lower_))
        if lemma is not None:
            spans.append((doc[token.i - 1 : token.i + 2], lemma))
    if not spans:
        return
    arcs = [(span[0].idx, _arc(span)) for span, _ in spans]
    with doc.retokenize() as retokenizer:
        for span, lemma in spans:
            retokenizer.merge(span, attrs={"POS": "NOUN", "LEMMA": lemma})
    for start, (head, relation) in arcs:
        merged = _covering(doc, start)
        merged.head, merged.dep_ = (_covering(doc, head) if head is not None else merged), relation


def _covering(doc: Doc, offset: int) -> Token:
    """The token of ``doc`` that covers the character at ``offset``: a head that was the
    second word of another merged compound ("l'état-major des états-majors") is now inside it."""
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    assert span is not None  # offsets come from the doc's own tokens
    return span[0]


def _arc(span: Span) -> tuple[int | None, str]:
    """Where the first word of ``span`` hangs (the start of its head, none for a root) and by
    which relation; the head of the whole span when the first word hangs inside it or under
    another of its words, which would make the merged noun its own ancestor (« chef
    d'état-major guinéen »: "état" on "guinéen", itself on "major")."""
    head, inside = span[0].head, range(span.start, span.end)
    below = head.i in inside or any(span.doc[i].is_ancestor(head) for i in inside)
    word = span.root if below else span[0]
    if word.head.i == word.i:
        return None, "ROOT"
    return word.head.idx, word.dep_
