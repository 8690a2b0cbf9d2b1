"""People named with another actor's words: a name the entity model took for an organisation
but that a title follows ("Celso Amorim, chief foreign policy adviser to …"), and a person
described as someone's ("Abiy's national security adviser, Redwan Hussien"), who serves that
someone's state."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence
from functools import cache

from ..article import Entity
from ..knowledge import CountryMatch
from .bodies import Body
from .descriptors import CLAUSE_END, DescriptorFinder
from .gazetteer import Hit, Token, key
from .index import Known, PartyTag
from .people import PersonInfo, short_names
from .spans import overlaps, words_pattern

#: Longest apposition between a name and a body it describes the person with, in characters.
_APPOSITION = 60
#: Entity labels the model gives a person's name by mistake ("Lars Klingbeil" taken for a place).
_MISREAD = frozenset({"ORG", "PLACE", "MISC"})
#: A name: two to four capitalised words.
_NAME = re.compile(r"^[A-ZÀ-ÖØ-Þ][\w'’.-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w'’.-]*){1,3}$")


def titled_organisations(
    entities: Iterable[Entity],
    toks: Sequence[Token],
    finder: DescriptorFinder,
    taken: Sequence[tuple[int, int]],
    words: Collection[str],
) -> list[tuple[int, int]]:
    """Spans of entities the model took for an organisation, a place or a thing that are people's
    names: shaped as a name, followed by a comma and a person's title ("Vadim Krasikov, an
    officer"; "Lars Klingbeil, co-leader of the SPD" read as a place), neither holding one of the
    institution ``words``. Names the gazetteer knows are in ``taken``."""
    last = {tok.end: i for i, tok in enumerate(toks)}
    found = []
    for entity in entities:
        if entity.label not in _MISREAD or not _NAME.match(entity.text):
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


def nationals(
    text: str, entities: Iterable[Entity], names: Iterable[Hit[Known]], words: Collection[str]
) -> list[tuple[int, int]]:
    """Spans of people's names the entity model read together with the nationality before them
    as a place or a thing ("la Sénégalaise Mariama Ndour" as one place): the entity opens with a
    capitalised state adjective and goes on with a name, none of whose words is one of the
    institution ``words`` ("le Norvégien Per Olsen", not "le Parlement européen")."""
    adjectives = {
        hit.start: hit.end
        for hit in names
        if isinstance(hit.values[0], CountryMatch) and hit.values[0].via == "adjective"
    }
    found = []
    for entity in entities:
        end = adjectives.get(entity.start)
        if entity.label not in ("PLACE", "MISC") or end is None or not text[entity.start].isupper():
            continue
        rest = text[end : entity.end]
        start = end + len(rest) - len(rest.lstrip())
        name = text[start : entity.end]
        if _NAME.match(name) and not any(word in words for word in key(name)):
            found.append((start, entity.end))
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


#: Longest title between a possessive determiner and the name it describes, in characters.
_OWNED_TITLE = 60
#: Where a sentence starts: after a full stop, a question or exclamation mark, or a line end.
_SENTENCE_END = re.compile(r"[.!?]\s|\n")
#: A quotation: what it names is the speaker's words, not the sentence's subject.
_QUOTATION = re.compile(r"«[^»]*»|“[^”]*”|\"[^\"\n]*\"")


def subject_owned(
    text: str,
    people: Iterable[PersonInfo],
    states: Sequence[tuple[int, str]],
    determiners: Collection[str],
) -> None:
    """An official of no known country whose title a possessive determiner opens serves the
    state named first in the sentence, its subject: "Paris a riposté … en rappelant son
    ambassadeur, Stéphane Romatet" (France's), "La Russie a salué la décision par la voix de
    son ambassadeur adjoint, Dmitri Polianski" (Russia's). ``states`` are the positions of the
    article's country mentions with their codes, in text order."""
    for info in people:
        if info.country is not None or info.role_key is None or not info.spans:
            continue
        start = min(s for s, _ in info.spans)
        opening = _possessed_title(text, start, determiners)
        if opening is None:
            continue
        first = _first_in_sentence(text, states, opening)
        if first is not None:
            info.country, info.implied = first, True


def sentence_state(
    text: str,
    people: Iterable[PersonInfo],
    states: Sequence[tuple[int, str]],
    sectors: frozenset[str],
) -> None:
    """An official whose title names no country serves the state its sentence names first,
    outside quotations, before the name: "Les États-Unis, dont l'émissaire pour la Corne de
    l'Afrique, Mike Hammer, assistait aux négociations" (the United States'); "Kenya was among
    the first to react: the foreign ministry's principal secretary, Korir Sing'oei" (Kenya's).
    ``states`` are the positions of the article's country mentions with their codes."""
    quotes = [(m.start(), m.end()) for m in _QUOTATION.finditer(text)]
    spoken = [(at, code) for at, code in states if not overlaps(at, at + 1, quotes)]
    for info in people:
        titled = info.role_key is not None and info.kb_id is None and info.learned is None
        if not titled or info.country is not None or info.sector not in sectors or not info.spans:
            continue
        first = _first_in_sentence(text, spoken, min(s for s, _ in info.spans))
        if first is not None:
            info.country, info.implied = first, True


def _first_in_sentence(text: str, states: Sequence[tuple[int, str]], end: int) -> str | None:
    """The code of the first of ``states`` (positions in text order, codes) named in the
    sentence that ``end`` falls in, before ``end``: "Kenya" for "Kenya reacted: the minister,"."""
    sentence = max((m.end() for m in _SENTENCE_END.finditer(text, 0, end)), default=0)
    return next((code for at, code in states if sentence <= at < end), None)


def _possessed_title(text: str, start: int, determiners: Collection[str]) -> int | None:
    """Where the possessive determiner opening the title of a name at ``start`` stands: right
    before a mention that holds its title ("son [ambassadeur, Stéphane Romatet]"), or before
    the title apposed to the name ("son représentant permanent, Nicolas de Rivière"); None
    when no such title precedes it."""
    offset = max(0, start - _OWNED_TITLE)
    before = text[offset:start]
    words = list(re.finditer(r"[\w’']+|[^\w\s]", before))
    if words and words[-1].group().lower() in determiners:
        return offset + words[-1].start()
    if not before.endswith(", "):
        return None
    for word in reversed(words[:-1]):
        if word.group() in CLAUSE_END or word.group() == ",":
            return None
        if word.group().lower() in determiners:
            return offset + word.start()
    return None


def party_tagged(text: str, people: Iterable[PersonInfo], party_tag: PartyTag) -> None:
    """A person of no known country whose name a party tag follows is a legislator of the
    tag's state: "Sen. Ann Holt (R-Idaho) said" → USA, LEG."""
    tag, country, sector = party_tag
    for info in people:
        if info.country is None and any(tag.match(text, end) for _, end in info.spans):
            info.country, info.sector = country, info.sector or sector
