"""Bodies the knowledge base does not list, named by a proper name whose head word is an
institution word: "The Finnish Border Guard", "the Court of Cassation", "Democratic Party",
"Parlement azerbaïdjanais", "A Rome court", "Demokraatit party".

The head word (``bodies.heads`` in ``lang/<code>/actors.json``) gives the sector; a head word of
sector ``STATE`` (a ministry) folds into its state. The head is the last word before a
preposition in English ("Court of Cassation"), the first word in French ("Conseil présidentiel
de transition"); a name without one may take it from its apposition ("A Partnership for National
Unity, the main opposition party"). The country is the one named inside the name or right next
to it ("Turkey's National Intelligence Organisation", "ministère … du Mali"), else the
dateline's. Names holding a word of a company, a medium or a school (``bodies.excluded``) are no
political actors; nor is a name led by a possessive determiner ("Its navy", "son parti"),
which takes up a body named before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..knowledge import CountryMatch
from .bodywords import BodyWords
from .gazetteer import Hit, Token, key
from .institutions import qualifies
from .spans import overlaps

if TYPE_CHECKING:
    from .index import LanguageCues

#: Blanks after a name.
_BLANKS = re.compile(r"\s*")
#: Longest apposition, in tokens, searched for a head word.
_APPOSITION = 6
#: Longest complement, in tokens, taken into a name after its head word.
_COMPLEMENT = 10
#: The features in which a French adjective agrees with its noun, as the parse writes them.
_AGREEMENT = ("Gender", "Number")


@dataclass(frozen=True, slots=True)
class Body:
    start: int
    end: int
    name: str
    sector: str
    country: str

    @property
    def id(self) -> str:
        return f"org:{self.country}:" + "_".join(key(self.name))


class BodyFinder:
    """Generic bodies of one article, from its organisation entities and the names found."""

    def __init__(
        self,
        text: str,
        toks: list[Token],
        words: BodyWords,
        cues: LanguageCues,
        names: Sequence[Hit[Any]],
        home: str | None,
        doc: Any = None,
        times: Sequence[tuple[int, int]] = (),
        given: frozenset[str] = frozenset(),
    ) -> None:
        self.text, self.toks, self.words, self.home = text, toks, words, home
        #: The spans of the article's dates and times, and given names in lower case.
        self.times, self.given = times, given
        #: The parse of ``text``, whose morphology tells which noun an adjective qualifies.
        self.doc = doc
        self.articles = cues.articles
        #: Words that end a run of capitalised words before a head word ("A Rome court").
        self.determiners = cues.articles | cues.determiners
        self.possessives = cues.possessives
        self.owners = cues.possessive_determiners
        self.countries: list[Hit[CountryMatch]] = [
            h for h in names if isinstance(h.values[0], CountryMatch)
        ]
        self.first = {tok.start: i for i, tok in enumerate(toks)}
        self.last = {tok.end: i for i, tok in enumerate(toks)}

    def candidates(self, spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
        """Entity spans, plus capitalised words joined to a lower-case head word ("A Rome
        court", "Demokraatit party", "le parti Demokraatit")."""
        found = [self.completed(start, end) for start, end in spans]
        for index, tok in enumerate(self.toks):
            if tok.text.islower() and tok.key in self.words.heads:
                run = self._capitalised_run(index)
                if run is not None:
                    found.append(run)
        return found

    def _capitalised_run(self, head: int) -> tuple[int, int] | None:
        step = 1 if self.words.head_first else -1
        index, size = head + step, 0
        while 0 <= index < len(self.toks) and size < 3:
            tok = self.toks[index]
            gap = self.text[min(tok.end, self.toks[index - step].end) : max(
                tok.start, self.toks[index - step].start)]  # fmt: skip
            if gap not in (" ", "\u00a0") or not tok.text[:1].isupper():
                break
            if tok.key in self.determiners:
                break
            index, size = index + step, size + 1
        if size == 0:
            return None
        ends = sorted((head, index - step))
        start, end = self.toks[ends[0]].start, self.toks[ends[1]].end
        named = [h for h in self.countries if start <= h.start and h.end <= end]
        if any(h.values[0].via in ("adjective", "name") for h in named):
            return None  # "a Russian court", "la police kosovare": institutions of a state
        return start, end

    def body(self, start: int, end: int) -> Body | None:
        """The body a name stands for, or ``None`` when it is none."""
        span = self._named(start, end)
        if span is None:
            return None
        first, last = span
        sector = self._sector(first, last)
        if sector is None or (last == first and not self.toks[first].text[:1].isupper()):
            return None
        if last == first and self._apposition_head(last) is None:
            return None  # "Conseil", "Commission": a short form of a longer name
        country = self._country(first, last, explicit=sector == "STATE")
        if country is None:
            return None
        return self._made(first, last, sector, country)

    def speaking(self, start: int, end: int) -> Body | None:
        """The body a name that speaks stands for (:mod:`.speaking`): as :meth:`body`, but a
        name without an institution head word or a country is one too when it has two words or
        more ("Petrova Energy said …": sector and country empty). The dateline gives no country
        ("WASHINGTON — The Harbour Pilots Association said"); a lone word with neither head
        word nor country ("Boston said", « Le Monde a rapporté ») and a name holding a word of a
        medium or a school are none."""
        span = self._named(start, end)
        if span is None or not self.toks[span[0]].text[:1].isupper():
            return None
        first, last = span
        if last == first and self.toks[first].key in self.words.heads:
            return None  # "le Conseil a estimé": a short form of a longer name
        sector = self._sector(first, last) or ""
        country = self._country(first, last, explicit=True) or ""
        if last == first and not (sector or country):
            return None  # "Boston said", « Selon Libération »: a place or a title, no body
        return self._made(first, last, sector, country)

    def headed(self, start: int, end: int) -> bool:
        """Whether a name of two words or more has a capitalised institution head word where
        the language puts it (its last word before a complement in English, its first in
        French): "Coordination Headquarters" is a body's name whatever label the entity model
        gave it. A name of head words and words many states use alone (« Cour
        constitutionnelle », "Supreme Court") is not: it says nothing of whose body it is."""
        span = self._trimmed(start, end)
        if span is None or span[0] == span[1]:
            return False
        first, last = span
        index = first if self.words.head_first else last
        tok = self.toks[index]
        if tok.key not in self.words.heads or not tok.text[:1].isupper():
            return False
        own = set(self.words.heads) | self.words.generic | self.words.connectors
        return any(t.key not in own for t in self.toks[first : last + 1])

    def person_like(self, start: int, end: int) -> bool:
        """Whether a name the entity model took for a person's may be one though an
        institution head word ends it ("Helen Court", "Peter Staff"): unless a given name
        opens it, it is a body's only when it holds what no person's name holds, a connector
        or a state's name ("Staff of Norland", "Norland Border Staff")."""
        span = self._trimmed(start, end)
        if span is None:
            return True
        first, last = span
        if self.toks[first].key in self.given:
            return True  # "Helen Court said": a given name, then a surname
        inside = self.toks[first : last + 1]
        if any(t.key in self.words.connectors for t in inside):
            return False
        s, e = self.toks[first].start, self.toks[last].end
        return not any(s <= h.start and h.end <= e for h in self.countries)

    def completed(self, start: int, end: int) -> tuple[int, int]:
        """A name the entity model cut before its complement, made whole: where the head word
        comes last (English), connectors the span ends on are dropped and a complement after a
        head word is taken in, opened by a preposition saying what the body is of or for
        (``complements``: "Coordination Headquarters for" → "Coordination Headquarters for the
        Care of Missing Persons"). Another preposition opens none ("the Senate on Tuesday
        said"), and a day, a month or a word of a date or a time ends the complement."""
        first, last = self.first.get(start), self.last.get(end)
        if self.words.head_first or first is None or last is None:
            return start, end
        while last > first and self.toks[last].key in self.words.connectors:
            last -= 1
        if self.toks[last].key not in self.words.heads:
            return self.toks[first].start, self.toks[last].end
        return self.toks[first].start, self.toks[self._complement(last)].end

    def _complement(self, last: int) -> int:
        """The last token of the complement after the head word at ``last`` (``last`` when
        there is none): lower-case ``complements`` and, once one has opened it, ``links``,
        joining capitalised words that name no day, month, date or time."""
        index, whole, joined, opened = last + 1, last, False, False
        while index < len(self.toks) and index - last <= _COMPLEMENT:
            tok = self.toks[index]
            if self.text[self.toks[index - 1].end : tok.start] not in (" ", "\u00a0"):
                break
            if tok.text.islower() and (
                tok.key in self.words.complements or (opened and tok.key in self.words.links)
            ):
                joined, opened, index = True, True, index + 1
            elif self._capitalised(tok) and (joined or (whole == index - 1 and whole > last)):
                whole, joined, index = index, False, index + 1
            else:
                break
        return whole

    def _capitalised(self, tok: Token) -> bool:
        """Whether a token is a capitalised word a name's complement may hold: none of a day,
        a month, a date or a time ("on Tuesday", "of March 3")."""
        if not tok.text[:1].isupper() or tok.key in self.words.calendar:
            return False
        return not any(s <= tok.start < e for s, e in self.times)

    def _qualifier_trimmed(self, first: int, last: int) -> int:
        """The name's last token, less a country adjective that ends it after a complement
        where the head comes first and qualifies the head: in « l'Office national de la
        météorologie malien » the adjective agrees with « Office », not « météorologie », says
        whose office it is and gives the country, not the name. One that agrees with the noun
        just before it and not with the head is a word of the complement (« Association des
        victimes du régime tchadien »), one that agrees with both qualifies the head, the noun
        that says what the body is (« l'Administration de la navigation aérienne guinéenne »),
        one with no complement before it a word of the name (« Front patriotique rwandais »);
        when the parse cannot tell, the name stays whole."""
        if not self.words.head_first or last - first < 2:
            return last
        tail = self.toks[last]
        adjective = any(
            h.start == tail.start and h.end == tail.end and h.values[0].via == "adjective"
            for h in self.countries
        )
        between = self.toks[first + 1 : last]
        if not adjective or not any(t.key in self.words.connectors for t in between):
            return last
        return last - 1 if self._qualifies_head(first, last) else last

    def _qualifies_head(self, first: int, last: int) -> bool:
        """Whether the adjective at token ``last`` agrees (gender, number) with the name's
        head noun at ``first`` and either not with the noun just before it or with both, the
        head marked for every feature (a proper-noun head the parse gives no gender leaves the
        adjective to the noun before it), by the parse."""
        words = self._parsed(first, last)
        if words is None:
            return False
        head, adjective = words[0], words[-1]
        nouns = [w for w in words[1:-1] if w.pos_ in ("NOUN", "PROPN")]
        if head.pos_ not in ("NOUN", "PROPN") or not nouns:
            return False
        if _agreement(adjective, head) is not True:
            return False
        before = _agreement(adjective, nouns[-1])
        return before is False or (before is True and _marked(adjective, head))

    def _parsed(self, first: int, last: int) -> list[Any] | None:
        """The parse's words from token ``first`` to token ``last``, or ``None`` without a
        parse or when the two do not start on the same words."""
        if self.doc is None:
            return None
        span = self.doc.char_span(self.toks[first].start, self.toks[last].end)
        if span is None or span[0].idx != self.toks[first].start:
            return None
        return list(span) if span[-1].idx == self.toks[last].start else None

    def _named(self, start: int, end: int) -> tuple[int, int] | None:
        """The name's first and last tokens, articles trimmed ("the Daily Star" -> "Daily
        Star"), or ``None`` when a word of it is ``excluded`` ("Daily Journal")."""
        span = self._trimmed(start, end)
        if span is None:
            return None
        first, last = span
        if any(t.key in self.words.excluded for t in self.toks[first : last + 1]):
            return None
        return span

    def _made(self, first: int, last: int, sector: str, country: str) -> Body:
        """The body named by tokens ``first`` to ``last`` ("Court of Cassation", JUD, "FRA"),
        less a country adjective that only qualifies the name (:meth:`_qualifier_trimmed`)."""
        s, e = self.toks[first].start, self.toks[self._qualifier_trimmed(first, last)].end
        return Body(s, e, " ".join(self.text[s:e].split()), sector, country)

    def _trimmed(self, start: int, end: int) -> tuple[int, int] | None:
        first, last = self.first.get(start), self.last.get(end)
        if first is None or last is None:
            return None
        while first <= last and self.toks[first].key in self.articles:
            first += 1
        if first <= last and self.toks[first].key in self.owners:
            return None  # "Its navy", "son parti": a body named before, no name
        if first <= last and self.toks[last].key == "s" and self.text[
                self.toks[last].start - 1] in "'’":  # fmt: skip
            last -= 1
        return (first, last) if first <= last else None

    def _sector(self, first: int, last: int) -> str | None:
        """The sector of the name's head word, or of its apposition's."""
        head = self.toks[first].key
        if not self.words.head_first:
            for tok in self.toks[first : last + 1]:
                if tok.key in self.words.connectors:
                    break
                head = tok.key
        if head in self.words.heads:
            return self.words.heads[head]
        return self._apposition_head(last)

    def _apposition_head(self, last: int) -> str | None:
        """The sector of a head word in the apposition after a comma ("…, the main opposition
        party"); words led by a possessive determiner ("…, its forces hit") start a clause."""
        nxt = last + 1
        if nxt >= len(self.toks) or self.text[self.toks[last].end : self.toks[nxt].start] != ", ":
            return None
        if self.toks[nxt].key in self.owners:
            return None  # "Operation Sindoor, its forces hit …": a clause, no apposition
        for index in range(nxt, min(nxt + _APPOSITION, len(self.toks))):
            gap = self.text[self.toks[index - 1].end : self.toks[index].start]
            if index > nxt and gap.strip():
                return None
            if self.toks[index].key in self.words.heads and self.toks[index].text.islower():
                return self.words.heads[self.toks[index].key]
        return None

    def _country(self, first: int, last: int, explicit: bool = False) -> str | None:
        """The country named inside the name, next to it, else (unless ``explicit``) the
        dateline's."""
        start, end = self.toks[first].start, self.toks[last].end
        for hit in self.countries:
            if start <= hit.start and hit.end <= end:
                return hit.values[0].iso3
        for hit in self.countries:
            if qualifies(self.text, hit, start, self.possessives):
                return hit.values[0].iso3
            after = self.text[end : hit.start]
            if hit.values[0].via == "name" and key(after) and all(
                w in self.words.connectors for w in key(after)
            ) and len(after) <= 6:  # fmt: skip
                return hit.values[0].iso3
        return None if explicit else self.home

    def find(
        self, spans: Sequence[tuple[int, int]], taken: Sequence[tuple[int, int]]
    ) -> list[Body]:
        """The bodies of the candidate spans that overlap no name already ``taken`` and are no
        part of a known organisation ("Conseil des gouverneurs de l'AIEA")."""
        found: list[Body] = []
        for start, end in sorted(self.candidates(spans)):
            if overlaps(start, end, taken):
                continue
            body = self.body(start, end)
            if body is None or self._part_of(body.end, taken):
                continue
            if not overlaps(body.start, body.end, [(b.start, b.end) for b in found]):
                found.append(body)
        return found

    def _part_of(self, end: int, taken: Sequence[tuple[int, int]]) -> bool:
        """Whether a known name follows after connectors only ("… of the IAEA")."""
        blanks = _BLANKS.match(self.text, end)
        index = self.first.get(blanks.end() if blanks else end)
        words = 0
        while index is not None and index < len(self.toks) and words < 3:
            tok = self.toks[index]
            if any(s <= tok.start < e for s, e in taken):
                return words > 0
            if tok.key not in self.words.connectors:
                return False
            index, words = index + 1, words + 1
        return False


def _marked(adjective: Any, noun: Any) -> bool:
    """Whether the adjective and the noun are both marked for every agreement feature."""
    return all(adjective.morph.get(f) and noun.morph.get(f) for f in _AGREEMENT)


def _agreement(adjective: Any, noun: Any) -> bool | None:
    """Whether an adjective agrees with a noun: ``False`` when a feature both are marked for
    differs (« tchadien » and « Association »), ``True`` when one at least is shared and none
    differs, ``None`` when no feature is marked on both (the parse cannot tell)."""
    shared = 0
    for feature in _AGREEMENT:
        a, n = adjective.morph.get(feature), noun.morph.get(feature)
        if a and n:
            if a != n:
                return False
            shared += 1
    return True if shared else None
