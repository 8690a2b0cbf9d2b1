"""The text the parser reads: the NLP view of :func:`~newsgraph.textutil.nlp_view`, with the
phrases a language inserts between an auxiliary and its participle blanked out.

French news prose often splits a compound tense with an adverbial phrase: "L'Otan a de son
côté condamné …", "Le Brésil et le Mexique ont pour leur part appelé …". The French models
then read "a" as the main verb and the participle as a clause on the inserted noun ("côté",
"part"), and the verb loses its subject. Blanking the phrase (spaces of the same length, so
every offset still indexes the article's text) gives the parser "a condamné". The phrases
and auxiliaries are language data (``newsgraph/lang/<code>/parse.json``); a language
without that file is read as it is.
"""

from __future__ import annotations

import re
from functools import cache

from . import lang
from .textutil import nlp_view


@cache
def _insertion(code: str) -> re.Pattern[str] | None:
    """An inserted phrase right after an auxiliary and before a word, with its commas."""
    if code not in lang.available("parse"):
        return None
    data = lang.load(code, "parse")
    if not data["insertions"] or not data["auxiliaries"]:
        return None
    auxiliaries = "|".join(re.escape(a) for a in data["auxiliaries"])
    phrases = "|".join(
        re.escape(p).replace(r"\ ", r"\s+").replace("'", "['’]")
        for p in sorted(data["insertions"], key=len, reverse=True)
    )
    # "c'est" is a copula ("C'est à son tour de parler"), and a phrase followed by "de" or
    # "que" is part of what comes after it ("C'est dès lors que …")
    return re.compile(
        rf"(?<![\w'’-])(?:{auxiliaries})(\s*,\s*(?:{phrases})\s*,|\s+(?:{phrases}))"
        rf"(?=\s+(?!(?:de|d['’]|que|qu['’])\b)\w)",
        re.IGNORECASE,
    )


def parse_view(text: str, code: str) -> str:
    """``text`` as the parser of language ``code`` reads it, **same length**."""
    view = nlp_view(text)
    pattern = _insertion(code)
    if pattern is None:
        return view
    return pattern.sub(_blank, view)


def version(code: str) -> str | None:
    """The version of the language's parse data, if it has any."""
    return str(lang.load(code, "parse")["version"]) if code in lang.available("parse") else None


def _blank(match: re.Match[str]) -> str:
    """The match with its inserted phrase (group 1) made spaces."""
    start, end = match.span(1)
    whole, offset = match.group(0), match.start(0)
    return whole[: start - offset] + " " * (end - start) + whole[end - offset :]
