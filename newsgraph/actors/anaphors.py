"""Definite nouns that take up an international organisation, an armed group, a
non-governmental organisation or a state's armed forces named before: "la Cédéao … Quand
l'organisation a levé les sanctions" (ECOWAS), "the EU … the bloc said" (the EU), « le CICR …
a précisé l'organisation humanitaire » (the ICRC, not an intergovernmental body), "l'AIEA …
les inspecteurs de l'agence" (the IAEA), "le M23 … l'offensive des rebelles" (the M23), "the
Israel Defense Forces … The military said" (the IDF).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING, Any

from ..knowledge import Organization
from .gazetteer import Hit, key

if TYPE_CHECKING:
    from .index import Known

#: The lexicon lists of such nouns, with the sector of the bodies each list takes up.
_LISTS = {
    "organisation_anaphors": "IGO",
    "group_anaphors": "REB",
    "ngo_anaphors": "NGO",
    "military_anaphors": "MIL",
}
#: Sectors whose nouns take up the body named last before them, not the one named most often:
#: "the army" after the Lebanese army named often and the Israeli army named since is the
#: Israeli army, the forces a passage tells of being the last it named.
_LATEST = frozenset({"MIL"})
#: The English possessive after a noun.
_POSSESSIVE = ("'s", "’s")


@dataclass(frozen=True)
class AnaphorWords:
    """One language's definite forms of such nouns ("l'organisation", "the bloc", "les
    rebelles", "l'armée"), each with the sector of the bodies it takes up (international
    organisations, armed groups, armed forces) and the word their name must hold ("agence" for
    "l'agence"), or, written after "@", the body they must belong to ("@un" for « l'agence
    onusienne »: a UN agency), or none."""

    forms: Mapping[str, tuple[str, str | None]] = field(default_factory=dict)
    #: Prepositions that make the noun one of action ("l'organisation des élections").
    complements: frozenset[str] = frozenset()

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> AnaphorWords:
        complements = frozenset(" ".join(key(w)) for w in data.get("anaphor_complements", ()))
        forms = {
            form: (sector, word)
            for name, sector in _LISTS.items()
            for form, word in data.get(name, {}).items()
        }
        return cls(forms, complements)

    def pattern(self) -> re.Pattern[str] | None:
        return definite_forms(tuple(self.forms))


@cache
def definite_forms(
    forms: tuple[str, ...], spaces: str = " ", after: str = ""
) -> re.Pattern[str] | None:
    """One pattern, built once, for definite noun phrases as written, the longest first
    (« l'agence onusienne » before « l'agence »), either apostrophe, their words apart by
    ``spaces`` (a pattern) and followed by what ``after`` allows; None for no forms."""
    if not forms:
        return None
    longest = sorted(forms, key=len, reverse=True)
    escaped = (re.escape(f).replace("'", "['’]").replace(r"\ ", spaces) for f in longest)
    return re.compile(rf"\b(?:{'|'.join(escaped)})\b{after}", re.IGNORECASE)


def organisation_anaphors(
    text: str,
    words: AnaphorWords,
    names: list[Hit[Known]],
    story: Callable[[int], tuple[int, int]] | None = None,
) -> list[Hit[Known]]:
    """``names`` with a hit for each definite noun that takes up an international organisation,
    among those whose names hold the noun's word: the latest named earlier in its sentence ("The
    EU's trade commissioner said the bloc would …"), else the one named most often before it,
    the latest on a tie. A noun a name follows ("l'agence officielle Irna", "the agency
    Frontex"), a noun of action with its complement ("l'organisation des élections", "the
    organisation of the vote") and one that opens a name already found stay as they are. On a
    page of several stories, only names of the noun's ``story`` count (:meth:`.Article.story`)."""
    pattern = words.pattern()
    if pattern is None:
        return names
    added: list[Hit[Known]] = []
    for match in pattern.finditer(text):
        if named(text, match.end()) or complemented(text, match.end(), words.complements):
            continue
        if text[match.end() : match.end() + 2] in _POSSESSIVE:
            continue  # "the group's naval forces", "the bloc's chairman": its parts or people
        if any(h.start < match.end() and match.start() < h.end for h in names):
            continue
        form = " ".join(key(match.group(0)))
        need = next(n for f, n in words.forms.items() if " ".join(key(f)) == form)
        floor = story(match.start())[0] if story is not None else 0
        told = [h for h in names if h.start >= floor]
        org = _antecedent(told, sentence_start(text, match.start()), match.start(), need)
        if org is not None:
            added.append(Hit(match.start(), match.end(), match.group(0), (org,)))
    return sorted([*names, *added], key=lambda h: (h.start, h.end))


def named(text: str, end: int) -> bool:
    """Whether a capitalised word is among the two words after ``end`` in its clause (a name
    follows)."""
    clause = re.split(r"[.;:!?,()«»\"“”\n]", text[end : end + 40])[0]
    following = re.findall(r"[^\W\d_]+", clause)[:2]
    return any(w[:1].isupper() for w in following)


def sentence_start(text: str, at: int) -> int:
    ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, at)]
    return ends[-1] if ends else 0


#: The end of a sentence: a full stop, question or exclamation mark, then a space, or a new line.
_SENTENCE_END = re.compile(r"[.!?][»”\"]?\s|\n")


def complemented(text: str, end: int, complements: frozenset[str]) -> bool:
    """Whether the next word is a preposition opening the noun's complement ("des", "of")."""
    following = re.match(r"\s*([^\W\d_]+)", text[end : end + 20])
    return following is not None and " ".join(key(following.group(1))) in complements


def _antecedent(
    names: list[Hit[Known]], sentence: int, before: int, need: tuple[str, str | None]
) -> Organization | None:
    """The body a noun at ``before`` takes up among the organisations named before it with the
    sector ``need[0]`` and, when ``need[1]`` is given, that word in a name: the latest named
    since ``sentence`` (the start of the noun's sentence), else the one named most often, the
    latest on a tie (for a sector of ``_LATEST``, the latest named); None when no name fits."""
    counts: Counter[str] = Counter()
    latest: dict[str, tuple[int, Organization]] = {}
    for hit in names:
        org = hit.values[0]
        if hit.start >= before or not isinstance(org, Organization) or org.sector != need[0]:
            continue
        if need[0] in _LATEST and org.kind != "organization":
            continue  # "the army" is a state's forces, no paramilitary group of the sector
        if need[1] is not None and not _fits(org, need[1]):
            continue
        counts[org.id] += 1
        latest[org.id] = (hit.start, org)
    if not counts:
        return None
    if need[0] in _LATEST:
        return max(latest.values(), key=lambda at_org: at_org[0])[1]
    near = [at_org for at_org in latest.values() if at_org[0] >= sentence]
    if near:
        return max(near, key=lambda at_org: at_org[0])[1]
    best = max(counts, key=lambda i: (counts[i], latest[i][0]))
    return latest[best][1]


def _fits(org: Organization, need: str) -> bool:
    """Whether ``org`` belongs to the body "@id" names, or a word of its names is ``need``."""
    if need.startswith("@"):
        return org.parent == need[1:]
    return any(need in key(n) for n in org.names)
