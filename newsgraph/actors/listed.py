"""Bodies named by a common noun and their country that the knowledge base lists under another
form of their name: "Japan's coast guard" is the Japan Coast Guard the base knows as "Japanese
coast guard", "Norway's parliament" the Storting it knows as "Norwegian parliament".

A body found by its noun and country (:mod:`.bodies`) would otherwise become an organisation of
its own, named by the bare noun ("coast guard"), which matches neither the base's organisation
nor the name a reader gives it.
"""

from __future__ import annotations

from ..knowledge import KnowledgeBase, Organization
from .gazetteer import key

#: The sector of armed groups, which a state's body never is.
REBELS = "REB"


def listed_body(kb: KnowledgeBase, country: str, name: str) -> Organization | None:
    """The one organisation of ``country`` in ``kb`` one of whose names is the words of
    ``name`` after one first word of its own (the country's adjective or name: "Japanese coast
    guard" for "coast guard" of Japan, not the "Taiwan Affairs Office of the State Council" for
    "State Council"); None when no organisation or several fit ("army" of a state whose base
    lists both its army and its army's air corps by that ending). An armed group of the country
    is no body of its state."""
    words = key(name)
    if not words:
        return None
    size = len(words) + 1
    fits = {
        org.id: org
        for org in kb.organizations.values()
        if org.country == country
        and org.sector != REBELS
        and any(len(k) == size and k[1:] == words for k in map(key, org.names))
    }
    return next(iter(fits.values())) if len(fits) == 1 else None
