"""Parses written by hand: spaCy ``Doc``s with words, lemmas, tags and dependencies given, so
that the coder's syntax and modality can be tested without a model."""

from __future__ import annotations

from typing import Any

import spacy
from spacy.tokens import Doc

_VOCAB = spacy.blank("xx").vocab


def parse(rows: list[tuple[str, str, str, str, int, str]]) -> Any:
    """A Doc from ``(word, lemma, pos, morph, head index, dep)`` rows."""
    words, lemmas, pos, morphs, heads, deps = (list(column) for column in zip(*rows, strict=True))
    return Doc(_VOCAB, words=words, lemmas=lemmas, pos=pos, morphs=morphs, heads=heads, deps=deps)
