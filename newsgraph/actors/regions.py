"""Names of regions that hold a state's adjective: "Latin American", "sud-américain" and
"centre-américain" name a region of several states, not the United States.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from ..knowledge import CountryMatch
from .gazetteer import Hit, key
from .index import Known

#: The word right before a name, joined to it by a hyphen or one space.
_LEADING_WORD = re.compile(r"([^\W\d_]+)[-\u2010\u2011 \u00a0]$")


def regional_adjectives(
    text: str, hits: list[Hit[Known]], prefixes: Collection[str]
) -> list[Hit[Known]]:
    """The hits without a state's adjective that a word of a region leads ("pays
    latino-américains", "Seven Latin American countries", "the South American summit"): the
    compound is the region's adjective. A state named with such a word ("sud-coréen", "South
    African") is one name the knowledge base knows, found whole, and stays."""
    return [h for h in hits if not _led_by_region(text, h, prefixes)]


def _led_by_region(text: str, hit: Hit[Known], prefixes: Collection[str]) -> bool:
    value = hit.values[0]
    if not isinstance(value, CountryMatch) or value.via != "adjective":
        return False
    before = _LEADING_WORD.search(text, max(0, hit.start - 30), hit.start)
    return before is not None and " ".join(key(before.group(1))) in prefixes
