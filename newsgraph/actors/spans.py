"""Spans of text and the names in them: where a person's name starts and ends, what overlaps
what, and the parser's parts of speech under our tokens."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from functools import cache
from typing import TYPE_CHECKING

from ..knowledge import CountryMatch, Person
from .gazetteer import Gazetteer, Hit, Token, key, tokens

if TYPE_CHECKING:
    from ..article import Article
    from .index import Known, LanguageCues, Title
    from .people import PersonInfo

_UPPER = "A-ZÀ-ÖØ-ÞĀ-Ž"
#: A capitalised word of a name, or an initial ("J."); a word that ends with a full stop ends
#: its sentence ("… Military District. In a video …").
_WORD = rf"[{_UPPER}](?:\.|[\w’'-]*(?:\.[{_UPPER}][\w’'-]*)*)"
#: The rest of a name after an entity the model cut short: "-te", " Lamine Zeine".
_NAME_TAIL = re.compile(rf"(?:-\w+)?(?:\s+{_WORD}){{0,2}}")


@cache
def name_after(particles: frozenset[str]) -> re.Pattern[str]:
    """A person's name right after a title: two to four capitalised words, ``particles``
    ("de", "van") allowed before each word but the first; all on the title's line (a heading's
    last word is no title of the next paragraph's first words: "… l'armée libanaise\n\nLa
    Force intérimaire")."""
    particle = rf"(?:{words_pattern(particles)}[^\S\n]+)?"
    return re.compile(rf",?[^\S\n]+({_WORD}(?:[^\S\n]+{particle}{_WORD}){{1,3}})")


@cache
def any_word(words: frozenset[str]) -> re.Pattern[str]:
    """Any of ``words`` as a whole word, in any case ("Ministry", "ministère")."""
    return re.compile(rf"\b{words_pattern(words)}\b", re.IGNORECASE)


def words_pattern(words: Collection[str]) -> str:
    return "(?:" + "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w))) + ")"


def extend(text: str, start: int, end: int, stop: int | None = None) -> tuple[int, int]:
    """An entity span grown over the rest of a name the model cut ("Lai Ching|-te"), never
    into a date the model found, which starts at ``stop`` ("Zelensky Wednesday")."""
    match = _NAME_TAIL.match(text, end, len(text) if stop is None else stop)
    return (start, match.end()) if match and match.end() > end else (start, end)


def trim(text: str, start: int, end: int, cues: LanguageCues) -> tuple[int, int, str]:
    """An entity cut to the name in it: no honorific ("M. Blinken"), no possessive ending
    ("Biden's"), no words before the last lower-case one but the name particles ("ministre
    letton Baiba Braže"), nothing past a line break (a byline's name and the next paragraph's
    first word)."""
    part = text[start:end]
    if "\n" in part:
        part = part[: part.index("\n")].rstrip()
        end = start + len(part)
    for suffix in sorted(cues.possessives, key=lambda p: (-len(p), p)):
        if part.endswith(suffix):
            part, end = part[: -len(suffix)], end - len(suffix)
    words = [(m.start() + start, m.group(0)) for m in re.finditer(r"\S+", part)]
    plain = [i for i, (_, w) in enumerate(words) if w.islower() and w not in cues.name_particles]
    if plain:
        words = words[plain[-1] + 1 :]
    while words and key(words[0][1]) and key(words[0][1])[0] in cues.honorifics:
        words = words[1:]
    if not words:
        return start, start, ""
    return words[0][0], end, " ".join(w for _, w in words)


def fuller_name(name: str, people: Iterable[PersonInfo]) -> PersonInfo | None:
    """The person already found whose name holds this one's words in a row ("Hassan Sheikh"
    for Hassan Sheikh Mohamud)."""
    words = key(name)
    for info in people:
        full = key(info.name)
        if len(words) < len(full) and any(
            full[i : i + len(words)] == words for i in range(len(full) - len(words) + 1)
        ):
            return info
    return None


def parts_of_speech(article: Article, toks: list[Token]) -> dict[int, str]:
    """The part of speech of the parser's token under each of our tokens (by start offset)."""
    if article.doc is None:
        return {}
    by_char: dict[int, str] = {}
    for token in article.doc:
        for offset in range(token.idx, token.idx + len(token.text)):
            by_char[offset] = token.pos_
    return {tok.start: by_char.get(tok.start, "") for tok in toks}


def after_noun(text: str, toks: list[Token], index: int, nouns: Collection[str]) -> bool:
    """Whether token ``index`` comes right after one of ``nouns`` (keys, words joined by a space):
    a capitalised name written after a craft's or a place's noun names that craft or place, not
    a person ("the aircraft carrier Theodore Roosevelt", "le village Nerkin Hand", "BRP Teresa
    Magbanua")."""
    for noun in nouns:
        size = len(noun.split())
        before = toks[max(0, index - size) : index]
        spelled = len(before) == size and " ".join(t.key for t in before) == noun
        if spelled and not text[before[-1].end : toks[index].start].strip():
            return True
    return False


def place_object(
    text: str, toks: list[Token], index: int, prepositions: Collection[str], pos: dict[int, str]
) -> bool:
    """Whether token ``index`` is the object of a preposition of place that no verb governs
    ("un discours à Arba Minch", "positions near Nerkin Hand", a text that opens with « À
    New York, »; not "a écrit à Jean Dupont")."""
    first = _preposition(text, toks, index, prepositions)
    if first is None:
        return False
    return first == 0 or not _governed(text, toks[first - 1], toks[first], pos)


def fronted_place(text: str, toks: list[Token], index: int, prepositions: Collection[str]) -> bool:
    """Whether token ``index`` is the object of a preposition of place that opens its
    sentence (the text, a line, or after a mark that ends a sentence): a place put before its
    clause (« À New York, le porte-parole … », "In San Francisco, the minister …"); not one
    after a comma (« a rendu hommage, à Paris, à Jean-Pierre Moulin, ancien ambassadeur »)."""
    first = _preposition(text, toks, index, prepositions)
    if first is None or first == 0:
        return first == 0
    between = text[toks[first - 1].end : toks[first].start]
    return any(char in _SENTENCE_ENDS for char in between)


def _preposition(
    text: str, toks: list[Token], index: int, prepositions: Collection[str]
) -> int | None:
    """The index of the first word of a preposition of place right before token ``index``."""
    for preposition in prepositions:
        first = index - len(preposition.split())
        words = toks[max(0, first) : index]
        if first < 0 or " ".join(t.key for t in words) != preposition:
            continue
        if not text[words[-1].end : toks[index].start].strip():
            return first
    return None


#: What ends a sentence before a preposition that opens the next: a mark or a line break.
_SENTENCE_ENDS = frozenset(".!?…:\n")


def _set_off(text: str, before: Token, after: Token) -> bool:
    """Whether a punctuation mark or a line break stands between two words."""
    return any(not char.isspace() or char == "\n" for char in text[before.end : after.start])


def _governed(text: str, before: Token, preposition: Token, pos: dict[int, str]) -> bool:
    """Whether the word before a preposition is a verb of its clause: no punctuation or line
    break between them (« a écrit à X », not « … n'a pas réagi. À New York, … »)."""
    return not _set_off(text, before, preposition) and pos.get(before.start) in ("VERB", "AUX")


def overlaps(start: int, end: int, spans: Iterable[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)


def is_person(hit: Hit[Known]) -> bool:
    return any(isinstance(v, Person) for v in hit.values)


def capitalised(text: str) -> bool:
    return text[:1].isupper()


_BLANK = " \u00a0\u202f"


def quoted(text: str, start: int, end: int) -> bool:
    """Whether a name stands alone between quotation marks: a person is named, not quoted, so
    the name is a thing's, a state's or a slogan's ("la création d'un État de « Guayana
    Esequiba »"), or a nickname of a person named before it ("Jimmy Chérizier, dit
    « Barbecue »"), no person of its own."""
    before = text[:start].rstrip(_BLANK)[-1:]
    after = text[end:].lstrip(_BLANK)[:1]
    return bool(before) and bool(after) and before in '«“"' and after in '»”"'


_CREDIT = re.compile(rf"[^\S\n]?/[^\S\n]?[{_UPPER}]")


def credited(text: str, end: int) -> bool:
    """Whether a name is a credit's, followed by a slash and an agency ("Photo by Lee
    Dong-hyun/Korea Crossroads", "Ludovic Marin / AFP"): a photographer, no actor."""
    return _CREDIT.match(text, end) is not None


def no_name_words(name: str, cues: LanguageCues) -> bool:
    """Whether a capitalised run holds words no person's name holds: a word led by a prefix of
    a hyphenated adjective ("pro-North Korean") or a subject pronoun after an initial opening a
    sentence ("wrote on X. He said")."""
    words = name.split()
    if any("-" in w and w.split("-")[0] in cues.name_prefixes for w in words):
        return True
    return len(words) > 1 and " ".join(key(words[-1])) in cues.person_pronouns


def taglines(
    text: str,
    spans: Iterable[tuple[int, int]],
    titles: Iterable[Hit[Title]],
    roles: Collection[str],
    copulas: Collection[str],
) -> set[tuple[str, ...]]:
    """The names (as keys) of writers a sentence says are journalists: the name, a copula, and
    a phrase that ends the sentence with a journalist's title ("Eleanor Whitcombe is The
    Albion Review's Asia editor."). A writer is no actor wherever the article names them."""
    ends = {h.end for h in titles if any(t.role_key in roles for t in h.values)}
    found = set()
    for start, end in spans:
        verb = re.match(r"\s+(\w+)\s", text[end : end + 20])
        if verb is None or verb.group(1).lower() not in copulas:
            continue
        stop = text.find(".", end)
        if stop > 0 and "\n" not in text[end:stop] and len(text[:stop].rstrip()) in ends:
            found.add(key(text[start:end]))
    return found


def people_of(name: str, names: Gazetteer[Known]) -> bool:
    """Whether a name ends with a people's name in the plural ("Kosovo Serbs", "Bosnian
    Serbs"): its last word is a state's adjective or demonym with a plural "s", a group of
    that state's people, no person."""
    if not name.endswith("s"):
        return False
    single = name[:-1]
    return any(
        h.end == len(single) and isinstance(h.values[0], CountryMatch)
        and h.values[0].via == "adjective"
        for h in names.find(single, tokens(single))
    )  # fmt: skip
