"""Titles and the countries next to them: "le secrétaire d’État américain", "the US national
security adviser", "Russia's foreign minister", "le ministre arménien des Affaires étrangères".

A descriptor is a stretch of one clause holding a title and, often, a country (name, adjective
or seat) or an organisation. It describes the name right after it ("… Antony Blinken") or the
name before a comma ("Jake Sullivan, the US national security adviser"), or stands alone for
someone the text does not name.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ..knowledge import CountryMatch, Organization
from .gazetteer import Hit, Token
from .index import Known, LanguageCues, Title

#: Longest descriptor, in tokens.
MAX_TOKENS = 14
#: Characters that end a clause: a descriptor never crosses them.
CLAUSE_END = frozenset('.;:!?«»“”"()[]\n')
#: Parts of speech that end a descriptor (a verb starts another clause; a name is someone else).
_STOP_POS = frozenset({"VERB", "AUX", "PRON", "NUM"})
#: Parts of speech that end a title's own phrase unless they are a title joiner ("de", "of"):
#: a preposition or subordinator opens a complement that names someone else.
_LINK_POS = frozenset({"ADP", "SCONJ"})


@dataclass(frozen=True, slots=True)
class Descriptor:
    start: int
    end: int
    title: Title
    country: str | None
    org: Organization | None


class DescriptorFinder:
    """Descriptors of one article, from its tokens and the title and name hits in it."""

    def __init__(
        self,
        text: str,
        toks: list[Token],
        titles: list[Hit[Title]],
        names: list[Hit[Known]],
        cues: LanguageCues,
        excluded_roles: frozenset[str] = frozenset(),
        pos: dict[int, str] | None = None,
        people: Sequence[tuple[int, int]] = (),
    ) -> None:
        self.text, self.toks, self.cues = text, toks, cues
        self.excluded_roles = excluded_roles
        self.pos = pos or {}
        self.role: list[str | None] = [None] * len(toks)
        self.title_at: dict[int, Title] = {}
        self.country_at: dict[int, str] = {}
        self.org_at: dict[int, Organization] = {}
        #: Countries an envoy is posted to: they are not the affiliation of the title.
        self.hosted: set[int] = set()
        starts = {tok.start: i for i, tok in enumerate(toks)}
        for hit in titles:
            self._mark(starts, hit, "title")
            self.title_at.setdefault(starts[hit.start], hit.values[0])
        for name in names:
            value = name.values[0]
            if isinstance(value, CountryMatch) and value.via == "capital":
                self._mark(starts, name, "place")  # "l'ambassadeur de Chine à Manille"
            elif isinstance(value, CountryMatch):
                self._mark(starts, name, "country")
                self.country_at[starts[name.start]] = value.iso3
                if value.via == "name" and self._after_host(starts[name.start]):
                    self.hosted.add(starts[name.start])
            elif isinstance(value, Organization):
                self._mark(starts, name, "org")
                self.org_at[starts[name.start]] = value
                if self._after_host(starts[name.start]):
                    self.hosted.add(starts[name.start])
            else:
                self._mark(starts, name, "name")
        for index, tok in enumerate(toks):
            if self.role[index] is None and any(s <= tok.start < e for s, e in people):
                self.role[index] = "name"

    def _after_host(self, index: int) -> bool:
        """Whether the token at ``index`` follows a host preposition ("envoy to Kosovo"), an
        article aside ("ambassador to the Philippines")."""
        before = [tok.key for tok in self.toks[max(0, index - 2) : index]]
        if before and before[-1] in self.cues.articles:
            before = before[:-1]
        return bool(before) and before[-1] in self.cues.host_prepositions

    def _mark(self, starts: dict[int, int], hit: Hit[Any], role: str) -> None:
        index = starts[hit.start]
        while index < len(self.toks) and self.toks[index].end <= hit.end:
            if self.role[index] is None:
                self.role[index] = role
            index += 1

    def excluded(self, first: int, last: int) -> bool:
        """Whether a title that makes no actor ("journalist") describes the name at these
        tokens ("the journalist Alsu Kurmasheva", "X, a reporter for …")."""
        found = self.before(first, keep=True) or self.after(last, keep=True)
        return found is not None and found.title.role_key in self.excluded_roles

    def before(self, first: int, apposed: bool = True, keep: bool = False) -> Descriptor | None:
        """The descriptor ending right before token ``first`` (a comma may separate them).

        A title without a country takes the country or organisation of the title in apposition
        before it ("le porte-parole de l'armée congolaise, le général X")."""
        run: list[int] = []
        first = self._past_honorifics(first)
        index = self._past_owner(first) if apposed else first - 1
        owned = index != first - 1
        while index >= 0 and len(run) < MAX_TOKENS:
            gap = self._gap(index, index + 1)
            if self._ends_clause(gap) or ("," in gap and run) or not self._usable(index):
                break
            run.insert(0, index)
            index -= 1
        if owned and sum(1 for i in run if i in self.title_at) < 2:
            return None
        found = self._descriptor(run, near=None if owned else first, keep=keep)
        if found is None and apposed and self._nationality(run):
            return self._titled_national(run, keep)
        if found is None or found.country or found.org or not apposed or not run:
            return found
        outer = self.before(run[0], apposed=False) if self._comma_before(run[0]) else None
        if outer is None or not (outer.country or outer.org):
            return found
        return Descriptor(found.start, found.end, found.title, outer.country, outer.org)

    def _comma_before(self, index: int) -> bool:
        """Whether a comma, and nothing else, stands right before the token at ``index``."""
        if index == 0:
            return False
        return self.text[self.toks[index - 1].end : self.toks[index].start].strip() == ","

    def _nationality(self, run: list[int]) -> bool:
        """Whether ``run`` is a nationality and nothing else: an article and a country's noun
        ("la Kényane", "le Norvégien"), as the press writes it right before a name."""
        kinds = ["country" if i in self.country_at else self.pos.get(self.toks[i].start)
                 for i in run]  # fmt: skip
        return "country" in kinds and all(k in ("country", "DET") for k in kinds)

    def _titled_national(self, run: list[int], keep: bool) -> Descriptor | None:
        """The title set off before a nationality that comes before a name: "la représentante
        spéciale de l'ONU, la Kényane Grace Wanjiru" holds an office of the UN, and "le
        ministre des Affaires étrangères, la Sénégalaise Awa Ndiaye" one of Senegal.

        The office's organisation or country comes first; the nationality fills in a country
        the title lacks, unless the office is an international organisation's (its holder acts
        for it, whatever their passport)."""
        if not self._comma_before(run[0]):
            return None
        outer = self.before(run[0], apposed=False, keep=keep)
        if outer is None:
            return None
        international = outer.org is not None and outer.org.sector == "IGO"
        national = next(self.country_at[i] for i in run if i in self.country_at)
        country = outer.country or (None if international else national)
        end = self.toks[run[-1]].end
        return Descriptor(outer.start, end, outer.title, country, outer.org)

    def _past_honorifics(self, first: int) -> int:
        """The first of the abbreviated ranks written right before a name ("Pakistan's military
        spokesman, Lt. Gen. Ahmed Sharif Chaudhry"): their full stops end no clause."""
        while first > 0 and self.toks[first - 1].key in self.cues.honorifics:
            if self._gap(first - 1, first).strip() not in ("", "."):
                break
            first -= 1
        return first

    def _past_owner(self, first: int) -> int:
        """The token before the name of the person an apposition ends with ("le conseiller du
        président brésilien Lula, Celso Amorim"): the apposition describes the name after."""
        index = first - 1
        if index < 0 or self.role[index] != "name" or self._gap(index, first).strip() != ",":
            return index
        while index >= 0 and self.role[index] == "name":
            index -= 1
        return index

    def after(self, last: int, keep: bool = False) -> Descriptor | None:
        """The descriptor after token ``last`` and a comma (", the US security adviser")."""
        start = last + 1
        if start >= len(self.toks):
            return None
        if self.text[self.toks[last].end : self.toks[start].start].strip() != ",":
            return None
        run: list[int] = []
        index = start
        while index < len(self.toks) and len(run) < MAX_TOKENS and self._usable(index):
            gap = self._gap(index - 1, index)
            if run and (self._ends_clause(gap) or "," in gap):
                break
            run.append(index)
            index += 1
        return self._descriptor(run, near=None, keep=keep)

    def standalone(self) -> list[Descriptor]:
        """Every title in the text with the country or organisation of its own phrase."""
        found: list[Descriptor] = []
        for index in sorted(self.title_at):
            run = self._phrase(index)
            descriptor = self._descriptor(run, near=None)
            if descriptor is not None:
                found.append(descriptor)
        return found

    def _phrase(self, index: int) -> list[int]:
        """The tokens of the noun phrase around the title at ``index``."""
        run = [index]
        for step in (-1, +1):
            nxt = index + step
            while 0 <= nxt < len(self.toks) and len(run) < MAX_TOKENS and self._usable(nxt):
                left, right = min(nxt, nxt - step), max(nxt, nxt - step)
                gap = self._gap(left, right)
                if self._ends_clause(gap) or "," in gap or (self.role[nxt] == "title" and step < 0):
                    break
                if self._opens_complement(nxt):
                    break
                run.append(nxt)
                nxt += step
        return sorted(run)

    def _opens_complement(self, index: int) -> bool:
        """Whether the token at ``index`` is a preposition or subordinator that joins no title
        and says no place: the country after it is what the phrase is about, not whose the
        title is ("toute intervention militaire contre le Niger" names no Nigerien soldier,
        "acts against the Russian Federation" no Russian), where "de", "of" or "for" join the
        parts of a title ("ministre des Affaires étrangères de la Russie") and a locative may
        say where its holder serves ("officials in Asmara and Djibouti")."""
        tok = self.toks[index]
        if self.pos.get(tok.start) not in _LINK_POS:
            return False
        return tok.key not in self.cues.title_joiners | self.cues.locatives

    def _descriptor(
        self, run: list[int], near: int | None, keep: bool = False
    ) -> Descriptor | None:
        """The descriptor of a run of tokens; ``keep`` keeps a title of an excluded role."""
        titles = [i for i in run if i in self.title_at]
        if not titles:
            return None
        chosen = titles[-1] if near is not None else titles[0]
        title = self.title_at[chosen]
        if title.role_key in self.excluded_roles and not keep:
            return None
        countries = [
            self.country_at[i] for i in run if i in self.country_at and i not in self.hosted
        ]
        orgs = [self.org_at[i] for i in run if i in self.org_at and not self._posted(i, title)]
        marked = [i for i in run if self.role[i] is not None]
        first, last = marked[0], marked[-1]
        # a title only one state uses names that state ("le ministre des Armées" is France's)
        country = countries[0] if countries else title.country
        return Descriptor(
            self.toks[first].start, self.toks[last].end, title, country, orgs[0] if orgs else None
        )

    def _posted(self, index: int, title: Title) -> bool:
        """Whether the organisation at ``index`` is the one an envoy is posted to, not theirs:
        an ambassador or permanent representative to the UN serves their state ("Russia's
        deputy ambassador to the UN", "son ambassadeur adjoint à l'ONU")."""
        return index in self.hosted and title.role_key == "ambassador"

    def _usable(self, index: int) -> bool:
        """A token a descriptor may hold: a title, a country, an organisation or a plain word."""
        role = self.role[index]
        if role == "name":
            return False
        if role is not None or self.toks[index].key in self.cues.title_complements:
            return True  # "la ministre belge chargée de la Mer du Nord, X"
        return self.pos.get(self.toks[index].start) not in _STOP_POS

    def _gap(self, left: int, right: int) -> str:
        """The text between two tokens, the full stop of an abbreviation ("U.S. envoy") aside."""
        gap = self.text[self.toks[left].end : self.toks[right].start]
        initial = len(self.toks[left].text) == 1 and self.toks[left].text.isupper()
        return gap.replace(".", "", 1) if initial and gap.startswith(".") else gap

    @staticmethod
    def _ends_clause(gap: str) -> bool:
        return any(c in CLAUSE_END for c in gap)
