"""Mending the lemma of a verb form the lemmatiser leaves as it is.

"La Russie tente de reprendre Koupiansk" comes out with "tente" a verb of lemma "tente" (the
noun, a tent), and "Berlin compte livrer des chars" with "compte", so a reader of lemmas finds
no attempt and no intention there. A form listed in ``verb_lemmas`` of
``newsgraph/lang/<code>/parse.json`` that the tagger reads as a verb and the lemmatiser leaves
as its own lemma is given the lemma listed: "tente" -> "tenter". A form read as a noun keeps
its lemma ("tenir compte de", "ce qui compte").
"""

from __future__ import annotations

from functools import cache
from typing import Any

from spacy.tokens import Doc

from . import lang


@cache
def _lemmas(code: str) -> dict[str, str]:
    """The ``verb_lemmas`` forms of a language's parse data, with their lemmas."""
    data: dict[str, Any] = lang.section(code, "parse", "verb_lemmas") or {}
    return dict(data.get("forms", {}))


def mend_lemmas(doc: Doc) -> None:
    """Give each listed verb form of ``doc`` whose lemma is the form itself the lemma listed
    (in place): "tente/VERB" of lemma "tente" -> "tenter"."""
    lemmas = _lemmas(doc.lang_)
    if not lemmas:
        return
    for token in doc:
        if token.pos_ == "VERB" and token.lemma_.lower() == token.lower_:
            lemma = lemmas.get(token.lower_)
            if lemma is not None:
                token.lemma_ = lemma
