"""A bloc's adjective on a noun of its acts or goods names the bloc: "les sanctions
européennes", "l'embargo européen", "European goods" are the European Union's, as "les sanctions
américaines" are the United States'. On other nouns ("les pays européens", "European
security") the adjective names no actor.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..knowledge import KnowledgeBase
from .gazetteer import Hit, Token, key

if TYPE_CHECKING:
    from .index import Known


@dataclass(frozen=True)
class BlocWords:
    """One language's bloc adjectives (adjective -> the bloc's knowledge-base id) and the
    nouns of acts and goods they make the bloc's."""

    adjectives: Mapping[str, str] = field(default_factory=dict)
    nouns: frozenset[str] = frozenset()

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> BlocWords:
        adjectives = {" ".join(key(k)): v for k, v in data.get("bloc_adjectives", {}).items()}
        return cls(adjectives, frozenset(" ".join(key(n)) for n in data.get("bloc_nouns", ())))


def bloc_hits(
    text: str, toks: list[Token], words: BlocWords, kb: KnowledgeBase, names: list[Hit[Known]]
) -> list[Hit[Known]]:
    """``names`` with a hit for each bloc adjective next to one of its nouns, with nothing
    but spaces between ("sanctions européennes", "European sanctions"); an adjective inside
    a name already found ("Union européenne") stays that name's."""
    taken = [(h.start, h.end) for h in names]
    added: list[Hit[Known]] = []
    for i, tok in enumerate(toks):
        bloc = kb.organizations.get(words.adjectives.get(tok.key, ""))
        if bloc is None or any(s < tok.end and tok.start < e for s, e in taken):
            continue
        if _next_to_noun(text, toks, i, words.nouns):
            added.append(Hit(tok.start, tok.end, tok.text, (bloc,)))
    return sorted([*names, *added], key=lambda h: (h.start, h.end))


def _next_to_noun(text: str, toks: list[Token], i: int, nouns: frozenset[str]) -> bool:
    for j in (i - 1, i + 1):
        if 0 <= j < len(toks) and toks[j].key in nouns:
            first, last = sorted((toks[i], toks[j]), key=lambda t: t.start)
            if text[first.end : last.start].isspace():
                return True
    return False
