"""The cleaner's knowledge, compiled once from the language data files."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .. import lang
from ..dates import DateGrammar, grammar
from ..textutil import fold


@dataclass(frozen=True)
class PhraseList:
    """Folded phrases of one category of site chrome (``newsletter``, ``related``…)."""

    category: str
    phrases: tuple[str, ...]
    pattern: re.Pattern[str]

    @classmethod
    def build(cls, category: str, phrases: list[str]) -> PhraseList:
        folded = tuple(sorted({fold(p) for p in phrases}, key=len, reverse=True))
        alternatives = "|".join(re.escape(p) for p in folded)
        return cls(category, folded, re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)"))

    def search(self, folded_line: str) -> str | None:
        match = self.pattern.search(folded_line)
        return match.group(0) if match else None


@dataclass(frozen=True)
class Lexicon:
    """Cues for one language (or the union of several)."""

    versions: tuple[str, ...]
    function_words: frozenset[str]
    anywhere: tuple[PhraseList, ...]
    line_start: tuple[PhraseList, ...]
    short_line: tuple[PhraseList, ...]
    imperatives: frozenset[str]
    caption_cues: tuple[str, ...]
    agencies: tuple[str, ...]
    caption_markers: tuple[str, ...]
    byline: tuple[re.Pattern[str], ...]
    author_suffixes: tuple[str, ...]
    author_joiners: re.Pattern[str]
    publication_info: tuple[re.Pattern[str], ...]
    price: re.Pattern[str]
    #: Taglines of outlets ("Le magazine des …", "Independent since 1889"), never a headline.
    masthead: tuple[re.Pattern[str], ...]
    #: A line presenting the article's author ("Jane Doe is our Asia editor."), after the body.
    author_bio: tuple[re.Pattern[str], ...]
    #: Headlines of a page of several short stories ("Le monde en bref", "World briefing").
    roundup: tuple[re.Pattern[str], ...]
    #: Full dates in each language, to tell the date of an issue from a headline.
    dates: tuple[DateGrammar, ...]

    @classmethod
    def for_languages(cls, languages: list[str]) -> Lexicon:
        """Merge the cleaning data of ``languages`` (site chrome often mixes languages)."""
        data = [lang.load(code, "cleaning") for code in languages]
        shared = lang.load(lang.SHARED, "cleaning")
        return cls(
            versions=tuple(d["version"] for d in [*data, shared]),
            function_words=frozenset(w for d in data for w in d["function_words"]),
            anywhere=_phrase_lists(data, "anywhere"),
            line_start=_phrase_lists(data, "line_start"),
            short_line=_phrase_lists(data, "short_line"),
            imperatives=frozenset(fold(w) for d in data for w in d["imperatives"]),
            caption_cues=tuple(fold(c) for d in data for c in d["caption_cues"]),
            agencies=tuple(sorted(shared["agencies"], key=len, reverse=True)),
            caption_markers=tuple(shared["caption_markers"]),
            byline=tuple(re.compile(p) for d in data for p in d["byline"]),
            author_suffixes=tuple(s for d in data for s in d["author_suffixes"]),
            author_joiners=re.compile(
                "|".join(re.escape(j) for d in data for j in d["author_joiners"])
            ),
            publication_info=tuple(re.compile(p) for d in data for p in d["publication_info"]),
            price=re.compile("|".join(f"(?:{d['price']})" for d in data), re.IGNORECASE),
            masthead=tuple(re.compile(p, re.IGNORECASE) for d in data for p in d["masthead"]),
            author_bio=tuple(re.compile(p) for d in data for p in d.get("author_bio", [])),
            roundup=tuple(re.compile(p, re.IGNORECASE) for d in data for p in d.get("roundup", [])),
            dates=tuple(grammar(code) for code in languages if code in lang.available("dates")),
        )


def _phrase_lists(data: list[dict[str, object]], where: str) -> tuple[PhraseList, ...]:
    merged: dict[str, list[str]] = {}
    for entry in data:
        groups = entry["calls_to_action"]
        assert isinstance(groups, dict)
        for category, phrases in groups.get(where, {}).items():
            merged.setdefault(category, []).extend(phrases)
    return tuple(PhraseList.build(cat, phrases) for cat, phrases in sorted(merged.items()))
