"""The state each loose country name of an article stands for (« Congo », "Guinean").

The name gazetteer gives such a name the state the knowledge base lists first; this pass reads
it by the article instead (:class:`newsgraph.knowledge.loose.LooseNames`): its unambiguous
country names, capitals, seats and national organisations, and the cities of the place table
the entity model finds, count for their state."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence

from ..article import Article
from ..knowledge import CountryMatch, KnowledgeBase, Organization, shipped_places
from ..knowledge.loose import LooseNames
from .gazetteer import Hit
from .index import Known


def article_evidence(
    article: Article, hits: Sequence[Hit[Known]], loose: LooseNames
) -> Counter[str]:
    """How often the article names each state unambiguously: "RDC", « Brazzaville »,
    « Pointe-Noire » (a city the place table knows) count; « congolais » does not."""
    return loose.evidence([*_named(hits), *_cities(article)])


def read_loose(
    article: Article, hits: Sequence[Hit[Known]], loose: LooseNames, kb: KnowledgeBase
) -> list[Hit[Known]]:
    """``hits`` with each loose country name standing for the state the article means first:
    « le président congolais » on a page about Brazzaville -> the Republic of the Congo. The
    article's evidence (:func:`article_evidence`) is counted only when it has a loose name."""
    if not any(loose.candidates(hit.text) for hit in hits):
        return list(hits)
    evidence = article_evidence(article, hits, loose)
    read: list[Hit[Known]] = []
    for hit in hits:
        iso3 = loose.read(hit.text, evidence)
        value = hit.values[0] if hit.values else None
        if iso3 is None or not isinstance(value, CountryMatch) or iso3 not in kb.countries:
            read.append(hit)
            continue
        first = CountryMatch(kb.countries[iso3], value.via)
        rest = tuple(v for v in hit.values if not _is_state(v, iso3))
        read.append(Hit(hit.start, hit.end, hit.text, (first, *rest)))
    return read


def _is_state(value: Known, iso3: str) -> bool:
    return isinstance(value, CountryMatch) and value.iso3 == iso3


def _named(hits: Sequence[Hit[Known]]) -> Iterator[tuple[str, str]]:
    """(text, state) of each hit that stands for one state: a country or a national body."""
    for hit in hits:
        states = {v.iso3 for v in hit.values if isinstance(v, CountryMatch)}
        states |= {v.country for v in hit.values if isinstance(v, Organization) and v.country}
        if len(states) == 1:
            yield hit.text, next(iter(states))


def _cities(article: Article) -> Iterator[tuple[str, str]]:
    """(text, state) of each place the entity model finds and the place table knows."""
    places = shipped_places()
    for entity in article.entities:
        if entity.label == "PLACE":
            place = places.place(entity.text)
            if place is not None:
                yield entity.text, place.country
