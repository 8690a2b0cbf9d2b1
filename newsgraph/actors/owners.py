"""People named with another actor's words: a name the entity model took for an organisation
but that a title follows ("Celso Amorim, chief foreign policy adviser to …"), and a person
described as someone's ("Abiy's national security adviser, Redwan Hussien"), who serves that
someone's state."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence
from functools import cache

from ..article import Entity
from .bodies import Body
from .descriptors import CLAUSE_END, DescriptorFinder
from .gazetteer import Token, key
from .people import PersonInfo, short_names
from .spans import overlaps, words_pattern

#: Longest apposition between a name and a body it describes the person with, in characters.
_APPOSITION = 60
#: A name: two to four capitalised words.
_NAME = re.compile(r"^[A-ZÀ-ÖØ-Þ][\w'’.-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w'’.-]*){1,3}$")


def titled_organisations(
    entities: Iterable[Entity],
    toks: Sequence[Token],
    finder: DescriptorFinder,
    taken: Sequence[tuple[int, int]],
    words: Collection[str],
) -> list[tuple[int, int]]:
    """Spans of organisation entities that are people's names: shaped as a name, followed by a
    comma and a person's title ("Vadim Krasikov, an officer"), neither holding one of the
    institution ``words``."""
    last = {tok.end: i for i, tok in enumerate(toks)}
    found = []
    for entity in entities:
        if entity.label != "ORG" or not _NAME.match(entity.text):
            continue
        if overlaps(entity.start, entity.end, taken):
            continue
        if any(word in words for word in key(entity.text)):
            continue
        index = last.get(entity.end)
        descriptor = finder.after(index) if index is not None else None
        if descriptor is not None and not (set(key(descriptor.title.text)) & set(words)):
            found.append((entity.start, entity.end))  # "army-held" describes no person
    return found


@cache
def _possessive(possessives: frozenset[str]) -> re.Pattern[str]:
    """A possessive right before a title: "Abiy's ", "Putin’s "."""
    return re.compile(rf"([\w-]+){words_pattern(possessives)}\s+$")


def owner_country(
    text: str,
    start: int,
    people: Iterable[PersonInfo],
    first_word: frozenset[str],
    possessives: frozenset[str],
) -> str | None:
    """The country of the person whose name, in the possessive, comes right before ``start``."""
    match = _possessive(possessives).search(text[max(0, start - 40) : start])
    if match is None:
        return None
    word = key(match.group(1))
    for info in people:
        names = [key(info.name), *(key(n) for n in short_names(info, first_word))]
        if info.country and word in names:
            return info.country
    return None


def apposed(text: str, end: int, start: int) -> bool:
    """Whether the text from a name's ``end`` to a body's ``start`` is an apposition that ties
    the two (", leader of the centre-left ")."""
    between = text[end:start]
    return (
        0 < len(between) <= _APPOSITION
        and between.startswith(", ")
        and between.count(",") == 1
        and not any(c in CLAUSE_END for c in between)
    )


def people_of_bodies(text: str, people: Iterable[PersonInfo], bodies: Sequence[Body]) -> None:
    """A person of no known country described with a body takes the body's country ("Elly
    Schlein, leader of the centre-left Democratic Party")."""
    for info in people:
        for body in bodies if info.country is None else ():
            if any(apposed(text, end, body.start) for _, end in info.spans):
                info.country, info.implied = body.country, True
