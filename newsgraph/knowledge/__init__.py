"""The bundled knowledge base: countries, organisations and office holders (see base.py),
places inside a country (see places.py)."""

from .base import (
    Country,
    CountryMatch,
    KnowledgeBase,
    Organization,
    Person,
    Phrase,
    Role,
    acronym,
    normalize,
    shipped,
)
from .places import KnownPlace, PlaceTable, shipped_places

__all__ = [
    "Country",
    "CountryMatch",
    "KnowledgeBase",
    "KnownPlace",
    "Organization",
    "Person",
    "Phrase",
    "PlaceTable",
    "Role",
    "acronym",
    "normalize",
    "shipped",
    "shipped_places",
]
