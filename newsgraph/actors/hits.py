"""Which names found in the text are actors, and what each stands for when it is ambiguous."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import replace

from ..knowledge import CountryMatch, Organization, Person
from .gazetteer import Hit, key, word_key
from .index import Known

_ACRONYM_WORD = re.compile(r"^(?:[A-Z]\.?){2,4}$")


def usable(
    text: str,
    hits: list[Hit[Known]],
    people: Sequence[tuple[int, int]],
    paragraph_starts: Sequence[int],
    common_names: Collection[tuple[str, ...]] = (),
    heads: Collection[str] = (),
) -> list[Hit[Known]]:
    """The hits that may be actors, each with the one value it stands for here.

    A name is written with a capital (adjectives aside: "nord-coréen", and organisations known by
    a lower-case name: "l'armée congolaise"); a place inside a person's name ("Santiago Peña") is
    no place; a known person's one-word name that opens a longer person's name is that person's
    given name ("Philippe Durandal" is no King Philippe), and so is one half of a hyphenated
    name ("Jean-François Larouche" is no Pope Francis); a dateline ("RIYADH —") is no actor.
    """
    mentioned = {
        v.iso3 for h in hits for v in h.values if isinstance(v, CountryMatch) and v.via == "name"
    }
    kept: list[Hit[Known]] = []
    for hit in hits:
        value = choose(hit.values, mentioned)
        adjective = isinstance(value, CountryMatch) and value.via == "adjective"
        capitalised = any(word[:1].isupper() for word in hit.text.split())
        words = key(hit.text)
        common = isinstance(value, Organization) and any(
            words[:n] in common_names for n in range(1, len(words) + 1)
        )
        if not (adjective or capitalised or common):
            continue  # "réunion" is no Réunion
        if not isinstance(value, Person) and _inside(hit, people):
            continue
        if isinstance(value, Person) and _given_name(hit, people):
            continue
        if isinstance(value, Person) and _compound_part(text, hit, hits, people, heads):
            continue
        if _dateline(text, hit, paragraph_starts):
            continue
        kept.append(Hit(hit.start, hit.end, hit.text, (value,)))
    return kept


def foreign_generic_bodies(
    hits: list[Hit[Known]], heads: Collection[str], home: str | None
) -> list[Hit[Known]]:
    """The hits without the bodies named by a bare head word ("Congress", "le Congrès") of a
    state the article never names, in its dateline (``home``) or its text: in a story about New
    Caledonia, "le Congrès" is no United States Congress."""
    named = {v.iso3 for h in hits for v in h.values if isinstance(v, CountryMatch)} | {home}

    def foreign(value: Known) -> bool:
        return (
            isinstance(value, Organization) and bool(value.country) and value.country not in named
        )

    def bare(hit: Hit[Known]) -> bool:
        words = key(hit.text)
        return len(words) == 1 and words[0] in heads

    return [h for h in hits if not (foreign(h.values[0]) and bare(h))]


#: How often a state must be named for a body named by a generic name to stay its own: a state
#: named once or twice in a story about another country's politics is no party to it.
GENERIC_MENTIONS = 3


def generic_bodies_at_home(
    hits: list[Hit[Known]], generic: Collection[str], home: str | None
) -> list[Hit[Known]]:
    """The hits, with a body named only by words many states' bodies share (``generic``:
    "l'Assemblée nationale", "le Conseil constitutionnel", "Congress") made the body of the
    state the article is about (its dateline's, else the one it names most) when the
    knowledge base's state is named less often, once or twice at most, and never with the
    body's name: in a story about Senegal, "le Conseil constitutionnel" is Senegal's."""
    named = Counter(h.values[0].iso3 for h in hits if isinstance(h.values[0], CountryMatch))
    lead = home or (named.most_common(1)[0][0] if named else None)
    if lead is None:
        return hits

    def shared(hit: Hit[Known]) -> bool:
        return all(word in generic for word in key(hit.text))

    qualified = {
        h.values[0].id for h in hits if isinstance(h.values[0], Organization) and not shared(h)
    }
    kept: list[Hit[Known]] = []
    for hit in hits:
        value = hit.values[0]
        if (
            isinstance(value, Organization)
            and value.country
            and value.country != lead
            and value.id not in qualified
            and named[value.country] < min(GENERIC_MENTIONS, named[lead])
            and shared(hit)
        ):
            name = " ".join(hit.text.split())
            value = replace(value, id=f"{value.id}:{lead}", name=name, names=(name,), country=lead)
            value = replace(value, wikidata=None, parent=None, periods=())
        kept.append(Hit(hit.start, hit.end, hit.text, (value,)))
    return kept


def refer_back(hits: list[Hit[Known]], articles: Collection[str]) -> list[Hit[Known]]:
    """The hits, with a definite short form of an organisation ("the alliance", "l'Alliance")
    pointing back to the latest organisation named before it in full with that word ("the
    Alliance of Sahel States … The alliance rejected the offer": the AES, not NATO; "Ukraine's
    navy … the Russian Navy … The navy added": the Russian Navy, the latest, even when the noun
    already reads it); the knowledge base's own reading stands when the article names no such
    organisation."""
    kept: list[Hit[Known]] = []
    for hit in hits:
        words, value = key(hit.text), hit.values[0]
        short = len(words) == 2 and words[0] in articles and not hit.text.split()[-1].isupper()
        if short and isinstance(value, Organization):
            words = words[1:]
            earlier = (h.values[0] for h in reversed(kept) if _names_in_full(h, words[0]))
            value = next(earlier, value)  # the last named, even the knowledge base's reading
        kept.append(Hit(hit.start, hit.end, hit.text, (value,)))
    return kept


def _names_in_full(hit: Hit[Known], word: str) -> bool:
    """Whether ``hit`` names an organisation by a name of several words, ``word`` among them."""
    words = key(hit.text)
    return isinstance(hit.values[0], Organization) and len(words) > 1 and word in words


def home_country(
    text: str, hits: Sequence[Hit[Known]], paragraph_starts: Sequence[int]
) -> str | None:
    """The country of the article's dateline ("BERLIN, May 3 -", "OTTAWA/MEXICO CITY —"): the
    state whose officials an article means when it names them by title alone."""
    for hit in hits:
        if _dateline(text, hit, paragraph_starts):
            places = [v for v in hit.values if isinstance(v, CountryMatch)]
            if places:
                return places[0].iso3
    return None


def choose(values: Sequence[Known], mentioned: set[str]) -> Known:
    """People first, then organisations (of a country the text names, if several), then
    countries by name, adjective or seat, then by capital."""

    def rank(value: Known) -> tuple[int, int]:
        if isinstance(value, Person):
            return (0, 0)
        if isinstance(value, Organization):
            return (1, 0 if value.country in mentioned else 1)
        return (3 if value.via == "capital" else 2, 0)

    return min(values, key=rank)


def canonical_name(org: Organization) -> str:
    """The organisation's English name, with an abbreviated part spelled out when a variant
    does ("UN Security Council" → "United Nations Security Council"); a bare acronym stays."""
    words = org.name.split()
    if len(words) < 2 or not any(_ACRONYM_WORD.match(w) for w in words):
        return org.name
    rest = [w for w in words if not _ACRONYM_WORD.match(w)]
    for variant in org.names:
        if all(w in variant.split() for w in rest) and not any(
            _ACRONYM_WORD.match(w) for w in variant.split()
        ):
            return variant
    return org.name


def _inside(hit: Hit[Known], spans: Sequence[tuple[int, int]]) -> bool:
    """Whether the hit is part of a longer person's name (a name that is all of an entity the
    model took for a person, "Mali", stays the place it names)."""
    return any(s <= hit.start and hit.end <= e and e - s > hit.end - hit.start for s, e in spans)


def _given_name(hit: Hit[Known], spans: Sequence[tuple[int, int]]) -> bool:
    """Whether the hit is one word that opens a longer person's name: "François" in "François
    Dumontel" is his given name, not the pope known as François."""
    one_word = len(hit.text.split()) == 1
    return one_word and any(s == hit.start and hit.end < e for s, e in spans)


#: A hyphen that joins two halves of one name ("Jean-François", "Dupont-Moretti").
_HYPHENS = "-‐‑"


def _compound_part(
    text: str,
    hit: Hit[Known],
    hits: Sequence[Hit[Known]],
    people: Sequence[tuple[int, int]] = (),
    heads: Collection[str] = (),
) -> bool:
    """Whether a known person's name is only part of a hyphenated name: joined by a hyphen to
    a capitalised word no other known name covers (two people joined by a hyphen, "the
    Macron-Zelensky meeting", and a hyphenated adjective, "pro-Macron", stay). Before the
    name, the word lengthens its given name (:func:`_given_side`); after it, its surname
    (:func:`_surname_side`)."""
    start, end = hit.start, hit.end
    if start >= 2 and text[start - 1] in _HYPHENS and text[start - 2].isalpha():
        start = _word_start(text, start - 1)
        half = (start, hit.start - 1)
    elif end + 1 < len(text) and text[end] in _HYPHENS and text[end + 1].isupper():
        end = _word_end(text, end + 1)
        half = (hit.end + 1, end)
    else:
        return False
    if not text[half[0]].isupper():
        return False  # "pro-Macron", "ex-Trump"
    if any(h is not hit and h.start < half[1] and half[0] < h.end for h in hits):
        return False  # "Trump-Putin"
    if start < hit.start:
        return _given_side(text, hit, start, heads)
    return _surname_side(text, hit, end, people, heads)


def _given_side(text: str, hit: Hit[Known], start: int, heads: Collection[str]) -> bool:
    """Whether a capitalised word and a hyphen before a known name (from ``start``) make
    another person's name: a full name so lengthened is another person's ("Anne-" before
    "Sophie Dupuis", "Paul-" before a known "Emmanuel X"); a one-word name so lengthened is the
    half of a hyphenated given name before a surname ("François" in "Jean-François Larouche"),
    unless the word after is a noun the pair qualifies ("the Okonkwo-Putin summit"), or of a
    hyphenated surname after a given name ("Francis" in "Claire Moreau-Francis")."""
    if len(hit.text.split()) > 1:
        return True
    before = text[max(0, start - 2) : start]
    given = before[1:] == " " and before[:1].isalpha() and _capitalised_before(text, start - 1)
    return given or _surname_next(text, hit.end, heads)


def _surname_side(
    text: str,
    hit: Hit[Known],
    end: int,
    people: Sequence[tuple[int, int]],
    heads: Collection[str],
) -> bool:
    """Whether a hyphen and a capitalised word after a known name (up to ``end``) make another
    person's name: a person the model found ends at that word and no noun the pair qualifies
    follows ("Jean Dupuis-Morel a dit" is no Jean Dupuis; "the Joe X-Harris administration",
    "X-Grossi talks" keep Joe X and X); or a one-word name opens a hyphenated given name inside
    a longer person ("Francis-Xavier Dubois" is no Pope Francis). A capital alone is no
    surname: in a title-case headline every word has one ("Putin-Okonkwo Summit Opens")."""
    if _head_next(text, end, heads):
        return False
    ends = any(s <= hit.start and e == end for s, e in people)
    one_word = len(hit.text.split()) == 1
    longer = any(s <= hit.start and end < e for s, e in people)
    return ends or (one_word and longer and _surname_next(text, end, heads))


def _surname_next(text: str, end: int, heads: Collection[str]) -> bool:
    """Whether a capitalised word, no noun in ``heads``, follows ``end`` after a space."""
    after = text[end : end + 2]
    return after[:1] == " " and after[1:].isupper() and not _head_next(text, end, heads)


def _head_next(text: str, end: int, heads: Collection[str]) -> bool:
    """Whether the word after ``end`` is a noun in ``heads`` ("administration", « sommet »)."""
    at = end
    while at < len(text) and text[at] == " ":
        at += 1
    word = text[at : _word_end(text, at)]
    return bool(word) and word_key(word) in heads


def _capitalised_before(text: str, at: int) -> bool:
    """Whether the word that ends at ``at`` is capitalised."""
    first = _word_start(text, at)
    return first < at and text[first].isupper()


def _word_start(text: str, at: int) -> int:
    """Where the word that ends at ``at`` starts."""
    while at > 0 and text[at - 1].isalpha():
        at -= 1
    return at


def _word_end(text: str, at: int) -> int:
    """Where the word that starts at ``at`` ends."""
    while at < len(text) and text[at].isalpha():
        at += 1
    return at


def _dateline(text: str, hit: Hit[Known], paragraph_starts: Sequence[int]) -> bool:
    """Whether ``hit`` is the city of a dateline, or the country or region after it, up to
    its dash or parenthesis ("ABUJA, Nigeria —", "BANJSKA (Kosovo), 25 septembre")."""
    at_start = any(start <= hit.start <= start + 2 for start in paragraph_starts)
    follows = text[hit.end : hit.end + 3].lstrip()[:1]
    if at_start and len(hit.text) > 2 and hit.text.isupper():
        return follows in {",", "(", "—", "-", "–", "/"}
    for start in paragraph_starts:
        if start < hit.start <= start + 60:
            match = _DATELINE.match(text, start)
            return match is not None and hit.end <= match.end()
    return False


#: A dateline's city in capitals, then a country or region before its dash or parenthesis.
_DATELINE = re.compile(r"[A-ZÀ-Þ][A-ZÀ-Þ'’./ -]+,\s+[^,\n—–(]{2,30}?(?=\s*[—–(]|\s+-\s)")
