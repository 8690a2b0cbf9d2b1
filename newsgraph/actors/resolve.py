"""One article's actors: recognise the mentions, resolve them to canonical actors, link the rest.

The steps, in order: names the knowledge base knows (people, organisations, countries by name,
adjective, capital or seat: :mod:`.names`); people the named-entity model finds, described by
the article's titles or known to the registry, unless a name is no person's (:mod:`.nonpeople`);
single names pointing back to a person named before; titles standing alone ("le secrétaire
d’État américain", "a Russian diplomat": :mod:`.titles`); subject pronouns."""

from __future__ import annotations

import datetime as dt
import re

from ..article import Actor, Article, Span
from ..knowledge import CountryMatch, Person
from .bodies import Body, BodyFinder
from .descriptors import Descriptor, DescriptorFinder
from .gazetteer import Gazetteer, Hit, Token, key, tokens
from .index import ActorIndex, Known
from .institutions import InstitutionFinder, english_name
from .listed import listed_body
from .names import article_names, person_spans
from .nonpeople import NonPeople
from .others import Others
from .owners import (
    nationals,
    owner_country,
    party_tagged,
    people_of_bodies,
    sentence_state,
    subject_owned,
    titled_organisations,
)
from .people import (
    PersonInfo,
    from_descriptor,
    from_kb,
    from_registry,
    imply_countries,
    lessons,
    short_names,
)
from .pronouns import resolve_pronouns
from .registry import Entry, Registry
from .spans import (
    capitalised,
    fuller_name,
    is_person,
    name_after,
    overlaps,
    parts_of_speech,
    taglines,
    trim,
)
from .speaking import speaking_actors
from .splittitles import joined_titles
from .statenames import StateNames
from .surnames import by_surname, given_names, reported_names, reported_subjects
from .titles import StandaloneTitles

_SUFFIX = re.compile(r",?\s+(?:Jr\.?|Sr\.?|II|III)$")
#: Entity labels of dates and times, which no complement of a body's name holds.
_TIMES = frozenset({"DATE", "TIME"})


class ArticleActors(StandaloneTitles):
    """Finds the actors of one article (build a new one per article)."""

    def __init__(self, article: Article, index: ActorIndex, registry: Registry) -> None:
        assert article.language is not None
        self.article, self.index, self.registry = article, index, registry
        self.lang: str = article.language
        self.text = article.text
        self.on: dt.date | None = article.published
        self.cues = index.cues[article.language]
        self.toks: list[Token] = tokens(self.text)
        people = person_spans(article, self.cues)
        found = article_names(article, index, self.toks, people)
        self.names = found.names
        taken = [(h.start, h.end) for h in self.names] + people
        orgs = [(e.start, e.end) for e in article.entities if e.label == "ORG"]
        people += reported_names(article, given_names(index.kb, self.lang), taken, orgs)
        words = index.body_words[self.lang]
        people += nationals(
            self.text, article.entities, self.names, {*words.heads, *words.excluded}
        )
        #: The dateline's country: the state of officials named by their title alone.
        self.home = found.home
        #: Countries the article names: they decide between a person's roles.
        self.mentioned = {
            h.values[0].iso3 for h in self.names if isinstance(h.values[0], CountryMatch)
        }
        lexicon = index.titles[article.language]
        titles = joined_titles(
            self.text, self.toks, lexicon.find(self.text, self.toks), lexicon, self.names
        )
        self.pos = parts_of_speech(article, self.toks)
        self.finder = DescriptorFinder(
            self.text, self.toks, titles, self.names, self.cues, index.policy.excluded_roles,
            pos=self.pos, people=people,
        )  # fmt: skip
        self.first_token = {tok.start: i for i, tok in enumerate(self.toks)}
        self.last_token = {tok.end: i for i, tok in enumerate(self.toks)}
        self.person_spans = people
        self.book = Others(index.kb, self.on, self.cues.ministries, index.seats)
        self.placed = self.book.placed  # countries named at least once other than as a place
        self.states = StateNames(self.text, self.toks, self.cues, index, self.book, self.on)
        self.people: dict[str, PersonInfo] = {}
        self.others = self.book.actors
        self.described: list[Descriptor] = []  # descriptors already tied to a name
        self.authors = {key(a) for a in article.authors}
        roles, copulas = index.policy.excluded_roles, self.cues.copulas
        self.authors |= taglines(self.text, people, titles, roles, copulas)
        self.bodies: list[tuple[int, int]] = []  # institutions named by a noun and a country
        self.generic: list[Body] = []  # bodies named by a proper name
        self.nonpeople = NonPeople(
            self.text, self.toks, self.first_token, self.pos, self.cues,
            frozenset(index.body_words[self.lang].heads), index.names[self.lang],
        )  # fmt: skip

    def build(self) -> tuple[list[Actor], list[Entry]]:
        self._known_people()
        self._titled_names()
        self._titled_organisations()
        self._model_people()
        self._reported_surnames()
        self._rescan_people()
        self.nonpeople.drop_things(self.people)
        self._institutions()
        self._generic_bodies()
        self._speaking_bodies()
        people_of_bodies(self.text, self.people.values(), self.generic)
        if self.cues.party_tag is not None:
            party_tagged(self.text, self.people.values(), self.cues.party_tag)
        self._standalone_titles()
        person_starts = {s for s, _ in self.person_spans}
        person_starts |= {h.start for h in self.names if is_person(h)}
        inside = [(d.start, d.end) for d in self.described] + self.bodies
        self.states.add(self.names, inside, person_starts, self.lang)
        resolve_pronouns(self.article, self.cues.person_pronouns, self.people, self.others)
        return self._actors(), lessons(self.people.values(), self.article)

    # -- people -------------------------------------------------------------------------------

    def _known_people(self) -> None:
        for hit in self.names:
            person = next((v for v in hit.values if isinstance(v, Person)), None)
            if person is not None and key(hit.text) not in self.authors:
                descriptor = self._descriptor(hit.start, hit.end)
                info = from_kb(person, self.on, descriptor, self.mentioned)
                self._add_person(info, hit, descriptor)

    def _model_people(self) -> None:
        taken = [(h.start, h.end) for h in self.names if is_person(h)]
        # a name the knowledge base has for a body or a state ("les paramilitaires de Wagner")
        bodies = {(h.start, h.end) for h in self.names if not is_person(h)}
        singles = []
        for span in self.person_spans:
            if overlaps(*span, taken) or self._covered(*span) or tuple(span) in bodies:
                continue
            start, end, name = trim(self.text, *span, self.cues)
            if not name or key(name) in self.authors or self.nonpeople.excludes(name, start, end):
                continue
            if len(name.split()) < 2:
                singles.append((name, start, end))
                continue
            hit: Hit[Known] = Hit(start, end, name, ())
            owner = fuller_name(name, self.people.values())
            if owner is not None:  # "Hassan Sheikh" for Hassan Sheikh Mohamud
                owner.spans.append((start, end))
                continue
            descriptor = self._descriptor(start, end)
            if descriptor is None and self._excluded(start, end):
                continue  # "the journalist Alsu Kurmasheva"
            info = self._identify(name, descriptor, (start, end))
            if info is not None:
                self._add_person(info, hit, descriptor)
        for name, start, end in singles:
            if not self._covered(start, end):
                self._single_name(name, start, end, honoured=self._after_honorific(start))

    def _titled_names(self) -> None:
        """Names right after a title that the entity model missed ("le président taïwanais
        Lai Ching-te", "Congolese Foreign Minister Therese Kayikwamba Wagner")."""
        taken = [(h.start, h.end) for h in self.names if is_person(h)]
        shape = name_after(self.cues.name_particles | self.cues.name_articles)
        for descriptor in self.finder.standalone():
            match = shape.match(self.text, descriptor.end)
            if match is None or overlaps(match.start(1), match.end(1), taken):
                continue
            start, end, name = trim(self.text, *match.span(1), self.cues)  # "Lt Gen Maly …"
            if not name or any(s <= start < e for s, e in self.person_spans):
                continue  # the entity model has it; _model_people reads it with its title
            if key(name) in self.authors or self.nonpeople.excludes(name, start, end):
                continue
            info = self._identify(name, descriptor, (start, end))
            if info is not None:
                self._add_person(info, Hit(start, end, name, ()), descriptor)
                self.person_spans.append((start, end))

    def _titled_organisations(self) -> None:
        """Names the entity model took for organisations that a person's title follows."""
        taken = [(h.start, h.end) for h in self.names] + self.person_spans
        words = self.index.body_words[self.article.language or ""]
        self.person_spans += titled_organisations(
            self.article.entities, self.toks, self.finder, taken, {*words.heads, *words.excluded}
        )

    def _identify(
        self, name: str, descriptor: Descriptor | None, span: tuple[int, int]
    ) -> PersonInfo | None:
        """Who a named person is; ``None`` for a name nothing says anything about."""
        around = (
            (min(span[0], descriptor.start), max(span[1], descriptor.end)) if descriptor else span
        )
        known = self.index.kb.person(name) or self.index.kb.person(_SUFFIX.sub("", name))
        if known is None and " " not in name:  # "le président Kagame"
            known = by_surname(self.index.kb, name, self.on, self.text)
        if known is not None:
            return from_kb(known, self.on, descriptor, self.mentioned)
        if not capitalised(name):  # "Premier ministre de Saint-Vincent": the title's place
            return None
        if descriptor is not None:
            phrase = self.text[around[0] : around[1]]
            info = from_descriptor(name, descriptor, phrase, self.index.policy.attached_roles)
            if info.country is None:  # "Abiy's national security adviser, Redwan Hussien"
                info.country = owner_country(
                    self.text, descriptor.start, self.people.values(),
                    self.index.policy.first_word, self.cues.possessives,
                )  # fmt: skip
            return None if info.sector in self.index.policy.excluded_sectors else info
        entry = self.registry.lookup(name)
        return from_registry(name, entry) if entry else PersonInfo(name=name)

    def _reported_surnames(self) -> None:
        """A known person's bare surname the entity model missed, as a reporting verb's subject."""
        taken = [(h.start, h.end) for h in self.names] + self.person_spans
        for start, end in reported_subjects(self.article):
            name = self.text[start:end]
            if not overlaps(start, end, taken) and not self._covered(start, end):
                self._single_name(name, start, end, known_only=True)

    def _excluded(self, start: int, end: int) -> bool:
        first, last = self.first_token.get(start), self.last_token.get(end)
        return first is not None and last is not None and self.finder.excluded(first, last)

    def _after_honorific(self, start: int) -> bool:
        """Whether an honorific stands right before the word at ``start`` ("Mr Okoye")."""
        first = self.first_token.get(start)
        return first is not None and first > 0 and self.toks[first - 1].key in self.cues.honorifics

    def _single_name(
        self, name: str, start: int, end: int, known_only: bool = False, honoured: bool = False
    ) -> None:
        """A single name: a short name of a person named before, else the one person the
        registry or the knowledge base has under it; after an honorific, a person of its own
        though no one knows them ("Mr Okoye said …" → Okoye)."""
        family = self.index.policy.first_word
        for info in self.people.values():
            if key(name) in [key(n) for n in short_names(info, family)]:
                info.spans.append((start, end))
                return
        entries = [] if known_only else self.registry.by_surname(name)
        if len(entries) == 1:
            info = from_registry(entries[0].name, entries[0])
            self._add_person(info, Hit(start, end, name, ()), None)
        elif (known := by_surname(self.index.kb, name, self.on, self.text)) is not None:
            info = from_kb(known, self.on, None, self.mentioned)
            self._add_person(info, Hit(start, end, name, ()), None)
        elif honoured and not known_only and not entries:
            self._add_person(PersonInfo(name=name), Hit(start, end, name, ()), None)

    def _add_person(self, info: PersonInfo, hit: Hit[Known], descr: Descriptor | None) -> None:
        existing = self.people.setdefault(info.id, info)
        existing.spans.append((hit.start, hit.end))
        if descr is not None:
            existing.spans.append((descr.start, descr.end))
            self.described.append(descr)

    def _rescan_people(self) -> None:
        """Every later mention of a person's full or short name."""
        gazetteer: Gazetteer[str] = Gazetteer()
        for person_id, info in self.people.items():
            gazetteer.add(info.name, person_id, acronym=False)
            for short in short_names(info, self.index.policy.first_word):
                gazetteer.add(short, person_id, acronym=False)
        taken = [(h.start, h.end) for h in self.names if not is_person(h)]
        for hit in gazetteer.find(self.text, self.toks):
            if not overlaps(hit.start, hit.end, taken) and capitalised(hit.text):
                self.people[hit.values[0]].spans.append((hit.start, hit.end))

    def _institutions(self) -> None:
        """Bodies named by an institution noun and a country: "les garde-côtes suédois" →
        Swedish Coast Guard; one the knowledge base lists under another form of its name is
        that organisation ("Japan's coast guard", :mod:`.listed`)."""
        finder = InstitutionFinder(
            self.text, self.toks, self.index.institutions[self.article.language or ""],
            self.names, self.cues.possessives,
        )  # fmt: skip
        inside = [(d.start, d.end) for d in self.described]
        for found in finder.find():
            if found.country is None or overlaps(found.start, found.end, inside):
                continue  # "le porte-parole de l'armée de l'air ukrainienne, X" describes X
            name = english_name(
                found.institution, self.index.kb,
                self.index.adjective.get(found.country), found.country,
            )  # fmt: skip
            actor = self._body(
                found.country, found.institution.text, found.id, name, found.institution.sector
            )
            actor.mentions.append(self._span(found.start, found.end))
            self.bodies.append((found.start, found.end))
            self.states.country_in_name(found.start, found.end, found.country, self.lang)

    def _generic_bodies(self) -> None:
        """Bodies named by a proper name and an institution word ("Finnish Border Guard")."""
        finder = self._body_finder()
        orgs = [(e.start, e.end) for e in self.article.entities if e.label == "ORG"]
        taken = [(h.start, h.end) for h in self.names if not isinstance(h.values[0], CountryMatch)]
        taken += self._claimed()
        for body in finder.find(orgs, taken):
            self.generic.append(body)
            if body.sector == "STATE":
                self._fold(body.country, (body.start, body.end))
            else:
                actor = self._body(body.country, body.name, body.id, body.name, body.sector)
                actor.mentions.append(self._span(body.start, body.end))
            self.bodies.append((body.start, body.end))
            self.states.country_in_name(body.start, body.end, body.country, self.lang)

    def _speaking_bodies(self) -> None:
        """Organisation names no other step took that speak (:mod:`.speaking`)."""
        finder = self._body_finder()
        states = [(h.start, h.end) for h in self.names if isinstance(h.values[0], CountryMatch)]
        taken = [(h.start, h.end) for h in self.names if (h.start, h.end) not in states]
        taken += self._claimed()
        found = speaking_actors(self.article, finder, taken, self.cues, self.others, states)
        for body in found:
            self.bodies.append((body.start, body.end))
            if body.sector == "STATE":
                self._fold(body.country, (body.start, body.end))
            self.states.country_in_name(body.start, body.end, body.country or None, self.lang)

    # -- helpers ------------------------------------------------------------------------------

    def _claimed(self) -> list[tuple[int, int]]:
        """The spans bodies and people already hold, which no body found later may take."""
        return self.bodies + self.person_spans + [s for p in self.people.values() for s in p.spans]

    def _body_finder(self) -> BodyFinder:
        """The finder of bodies named by a proper name over the article's names as they stand."""
        doc, words = self.article.doc, self.index.body_words[self.article.language or ""]
        times = [(e.start, e.end) for e in self.article.entities if e.label in _TIMES]
        given = given_names(self.index.kb, self.lang)
        return BodyFinder(
            self.text, self.toks, words, self.cues, self.names, self.home, doc, times, given
        )

    def _body(self, country: str, noun: str, oid: str, name: str, sector: str) -> Actor:
        """The organisation a body named by ``noun`` and ``country`` is: the knowledge base's
        when it lists one under another form of the name (:mod:`.listed`: "Japan's coast
        guard"), else the article's own body ``oid``."""
        listed = listed_body(self.index.kb, country, noun)
        if listed is not None:
            return self.book.organization(listed)
        return self.others.setdefault(oid, Actor(oid, name, "organization", country, sector))

    def _descriptor(self, start: int, end: int) -> Descriptor | None:
        first, last = self.first_token.get(start), self.last_token.get(end)
        if first is None or last is None:
            return None
        return self.finder.before(first) or self.finder.after(last)

    def _covered(self, start: int, end: int) -> bool:
        spans = [s for p in self.people.values() for s in p.spans]
        return overlaps(start, end, spans)

    def _span(self, start: int, end: int) -> Span:
        return Span(start, end, self.text[start:end])

    def _actors(self) -> list[Actor]:
        sectors = self.index.policy.state_sectors
        states = sorted(
            (m.start, iso3)
            for iso3, actor in self.others.items()
            if actor.kind == "country" and iso3 in self.placed
            for m in actor.mentions
        )
        determiners = self.cues.possessive_determiners
        subject_owned(self.text, self.people.values(), states, determiners)
        sentence_state(self.text, self.people.values(), states, sectors)
        imply_countries(self.people, self.others, self.placed, sectors, self.home)
        actors = [a for a in self.others.values() if a.kind != "country" or a.id in self.placed]
        for person_id, info in self.people.items():
            mentions = [self._span(s, e) for s, e in sorted(set(info.spans))]
            actors.append(Actor(person_id, info.name, "person", info.country, info.sector,
                                info.role, info.wikidata, mentions))  # fmt: skip
        for actor in actors:
            unique = {(m.start, m.end): m for m in actor.mentions}
            actor.mentions = [unique[k] for k in sorted(unique)]
        actors = [a for a in actors if a.mentions]
        return sorted(actors, key=lambda a: (a.mentions[0].start, a.id))
