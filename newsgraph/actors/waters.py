"""Waters named after a state: "the South China Sea", "the Philippine Sea", "the Gulf of
Mexico", « la mer de Chine méridionale », « le golfe de Guinée ». The state's name or adjective
there is part of a place's name: it names no actor and makes no party to an event.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from ..knowledge import CountryMatch
from .gazetteer import Hit
from .index import Known

#: The word right after a name, after one space ("China Sea").
_NEXT_WORD = re.compile(r"[ \u00a0]([^\W\d_]+)")
#: A water noun, a link word and an optional article right before a name ("Sea of ",
#: « mer de », « golfe d' », « mer des »), read backwards from the name.
_BEFORE = re.compile(
    r"([^\W\d_]+)[ \u00a0]+([^\W\d_]+)(?:[ \u00a0]+|['’])(?:(?:the|la|le|l['’])[ \u00a0]*)?$"
)


def water_names(
    text: str, hits: list[Hit[Known]], nouns: Collection[str], links: Collection[str]
) -> list[Hit[Known]]:
    """The hits without the states' names and adjectives that are part of the name of a sea
    or a gulf: a capitalised water noun right after ("the East China Sea", "the Philippine
    Sea"), or a water noun and a link word right before ("the Sea of Japan", « la mer du
    Japon », « le golfe d'Oman »; a lower-case noun there only before a state's name: "a sea of
    Chinese flags" keeps its adjective). ``nouns`` and ``links`` are lower case."""
    return [h for h in hits if not _in_water_name(text, h, nouns, links)]


def _in_water_name(
    text: str, hit: Hit[Known], nouns: Collection[str], links: Collection[str]
) -> bool:
    value = hit.values[0]
    if not isinstance(value, CountryMatch) or value.via not in ("name", "adjective"):
        return False
    after = _NEXT_WORD.match(text, hit.end)
    if after is not None and after.group(1)[:1].isupper() and after.group(1).lower() in nouns:
        return True
    before = _BEFORE.search(text, max(0, hit.start - 30), hit.start)
    if before is None or before.group(2).lower() not in links:
        return False
    noun = before.group(1)
    return noun.lower() in nouns and (noun[:1].isupper() or value.via == "name")
