"""Verb forms the lemmatiser leaves as they are, taken back to their infinitive.

A model's lemmatiser misses forms it has not seen ("estime", "dément", "demande" stay as
written). The endings of each language's conjugation (``newsgraph/lang/<code>/inflections.json``)
give the infinitive a form may be of; a form counts as a verb of a lexicon (the reporting verbs
of :mod:`newsgraph.quotes`, the event triggers of :mod:`newsgraph.events`) only when that
infinitive is in it. A language without the file has no such fallback.
"""

from __future__ import annotations

from functools import cache

from . import lang

Endings = tuple[tuple[str, str], ...]


@cache
def endings(code: str) -> Endings:
    """The (form ending, infinitive ending) pairs of a language, longest form ending first."""
    if code not in lang.available("inflections"):
        return ()
    pairs = lang.load(code, "inflections")["endings"]
    return tuple((a, b) for a, b in sorted(pairs, key=lambda pair: -len(pair[0])))


def version(code: str) -> str | None:
    """The version of a language's endings, if it has any."""
    if code not in lang.available("inflections"):
        return None
    return str(lang.load(code, "inflections")["version"])


@cache
def infinitive(form: str, pairs: Endings, known: frozenset[str]) -> str | None:
    """The infinitive in ``known`` that ``form`` (lower case) inflects, by its ending
    ("reconnaît" -> "reconnaître", "répète" -> "répéter": a grave accent of the stem may be
    acute); None if there is none."""
    for ending, infinitive_ending in pairs:
        if form.endswith(ending) and len(form) > len(ending):
            stem = form[: len(form) - len(ending)]
            for candidate in (stem, _acute(stem)):
                if candidate + infinitive_ending in known:
                    return candidate + infinitive_ending
    return None


def _acute(stem: str) -> str:
    """``stem`` with its last grave accent made acute ("répèt" -> "répét")."""
    index = stem.rfind("è")
    return stem if index < 0 else stem[:index] + "é" + stem[index + 1 :]
