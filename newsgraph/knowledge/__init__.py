"""The bundled knowledge base: countries, organisations and office holders (see base.py)."""

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

__all__ = [
    "Country",
    "CountryMatch",
    "KnowledgeBase",
    "Organization",
    "Person",
    "Phrase",
    "Role",
    "acronym",
    "normalize",
    "shipped",
]
