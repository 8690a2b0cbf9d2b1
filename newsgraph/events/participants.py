"""From syntactic arguments to actors: the article's actor mentions, indexed by position.

:meth:`ActorIndex.actors_in` answers as :func:`newsgraph.actors.actors_in` does (every actor
with a mention overlapping a span, longest mention first), from a sorted index, so that
looking up every argument of every event stays linear in the length of the article.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass

from ..article import MILITARY, Actor, Article
from ..knowledge import shipped


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    actor: Actor


class ActorIndex:
    """The mentions of an article's actors, sorted by position."""

    def __init__(self, article: Article) -> None:
        self.mentions = sorted(
            (Mention(m.start, m.end, actor) for actor in article.actors for m in actor.mentions),
            key=lambda m: (m.start, m.end),
        )
        self.starts = [m.start for m in self.mentions]
        self.longest = max((m.end - m.start for m in self.mentions), default=0)
        self.by_id = {actor.id: actor for actor in article.actors}
        #: Ties go to the actor listed first, as in :func:`newsgraph.actors.actors_in`.
        self.order = {actor.id: i for i, actor in reversed(list(enumerate(article.actors)))}
        self._locations: set[int] = set()
        self._named: dict[str, tuple[int, Actor]] | None = None
        #: The story of the page being read (:meth:`.Article.story`): what the article's most
        #: named parties are and how far back the last ones named are looked for.
        self._window: tuple[int, int] = (0, len(article.text))
        #: International officials, by id, to the organisation they speak for.
        self.serving = _officials(article, self.by_id)
        #: Country actors standing in for a place's country (:mod:`.standin`), pending until
        #: an event that uses one is kept; None where no place may stand in (the headline).
        self.adopted: list[Actor] | None = None

    @property
    def locations(self) -> set[int]:
        """Starts of mentions that name where something happened ("à Washington"): they are
        not parties when "les deux pays" looks back."""
        return self._locations

    @locations.setter
    def locations(self, starts: set[int]) -> None:
        self._locations = starts
        self._named = None

    @property
    def window(self) -> tuple[int, int]:
        """The stretch of text of the story being read: the whole text on a page of one."""
        return self._window

    @window.setter
    def window(self, bounds: tuple[int, int]) -> None:
        if bounds != self._window:
            self._window = bounds
            self._named = None

    def _in_window(self, mention: Mention) -> bool:
        return self._window[0] <= mention.start < self._window[1]

    def named(self) -> dict[str, tuple[int, Actor]]:
        """Each party named as a side (:meth:`side`) other than as a place (:attr:`locations`),
        in order of first mention, to how many times it is named and the actor first named
        for it: "India", "New Delhi" and "Indian officials" add up to India's count. Counted
        once per article."""
        if self._named is None:
            named: dict[str, tuple[int, Actor]] = {}
            for mention in self.mentions:
                actor = self.side(mention.actor)
                if actor is None or mention.start in self._locations:
                    continue
                if not self._in_window(mention):
                    continue
                count, first = named.get(party(actor), (0, actor))
                named[party(actor)] = (count + 1, first)
            self._named = named
        return self._named

    def overlapping(self, start: int, end: int) -> list[Mention]:
        """The mentions that overlap ``text[start:end]``, in text order."""
        low = bisect_left(self.starts, start - self.longest)
        high = bisect_left(self.starts, end)
        return [m for m in self.mentions[low:high] if m.end > start]

    def actors_in(self, start: int, end: int) -> list[Actor]:
        """Every actor with a mention overlapping ``text[start:end]``, longest mention first
        (ties to the earliest), as :func:`newsgraph.actors.actors_in`."""
        best: dict[str, tuple[int, int, Actor]] = {}
        for mention in self.overlapping(start, end):
            key = (-(mention.end - mention.start), mention.start)
            if mention.actor.id not in best or key < best[mention.actor.id][:2]:
                best[mention.actor.id] = (*key, mention.actor)
        order = self.order
        return [e[2] for e in sorted(best.values(), key=lambda e: (e[0], e[1], order[e[2].id]))]

    def recent(
        self,
        before: int,
        count: int,
        exclude: frozenset[str] = frozenset(),
        since: int = 0,
        wanted: Callable[[Actor], bool] | None = None,
    ) -> list[Actor]:
        """The last ``count`` actors of different parties mentioned before ``before`` (and
        from ``since`` on) that can be sides of an event (and are ``wanted``): who "les
        deux pays" or "both sides" are."""
        found: list[Actor] = []
        seen = set(exclude)
        index = bisect_left(self.starts, before) - 1
        since = max(since, self._window[0])
        while index >= 0 and len(found) < count and self.mentions[index].start >= since:
            actor = self.side(self.mentions[index].actor)
            key = party(actor) if actor is not None else ""
            if (
                actor is not None
                and key not in seen
                and self.mentions[index].start not in self.locations
                and (wanted is None or wanted(actor))
            ):
                seen.add(key)
                found.append(actor)
            index -= 1
        return found[::-1]

    def last_organisation(self, before: int) -> list[Actor]:
        """The international organisation named last before ``before``: who "le bloc", "the
        alliance" is."""
        return self._last(before, lambda a: a.sector == "IGO" and a.kind == "organization")

    def last_armed_group(self, before: int) -> list[Actor]:
        """The armed group named last before ``before``: who "le mouvement", "the group"
        is."""
        return self._last(before, lambda a: a.kind == "group" and a.sector == "REB")

    def _last(self, before: int, wanted: Callable[[Actor], bool]) -> list[Actor]:
        """The actor named last before ``before`` that is ``wanted``, if any."""
        index = bisect_left(self.starts, before) - 1
        while index >= 0 and self.mentions[index].start >= self._window[0]:
            actor = self.mentions[index].actor
            if wanted(actor):
                return [actor]
            index -= 1
        return []

    def salient(
        self, exclude: frozenset[str] = frozenset(), least: int = 1, share: float = 0.0
    ) -> list[Actor]:
        """The most mentioned state of the story (:attr:`window`) outside ``exclude``, if it
        has at least ``least`` mentions and at least ``share`` of the mentions of the most
        mentioned state of ``exclude``."""
        counts: dict[str, int] = {}
        for mention in self.mentions:
            if not self._in_window(mention):
                continue
            country = mention.actor.country
            if country:
                counts[country] = counts.get(country, 0) + 1
        own = max((n for c, n in counts.items() if c in exclude), default=0)
        counts = {c: n for c, n in counts.items() if c not in exclude}
        if not counts or max(counts.values()) < max(least, share * own):
            return []
        state = self.of_country(max(counts, key=lambda k: counts[k]))
        return [state] if state is not None else []

    def side(self, actor: Actor) -> Actor | None:
        """The actor as a side of an event: itself, the organisation an international
        official serves, or None for a person of no known country."""
        if is_side(actor):
            return actor
        return self.serving.get(actor.id)

    def sides(self, actors: list[Actor]) -> list[Actor]:
        """:meth:`side` of each actor, each side once."""
        found: list[Actor] = []
        for actor in actors:
            side = self.side(actor)
            if side is not None and side not in found:
                found.append(side)
        return found

    def adopt(self, actor: Actor) -> None:
        """Index a pending actor (:mod:`.standin`): :meth:`pending` finds it for the next
        stand-in; :meth:`of_country` does not, so an act of a type that takes no stand-in
        never reaches it. Its mention is a place, not a party."""
        self.by_id[actor.id] = actor
        self.order[actor.id] = len(self.order)
        if self.adopted is not None:
            self.adopted.append(actor)

    def pending(self, country: str) -> Actor | None:
        """The pending actor standing in for ``country``, if one was adopted."""
        return next((a for a in self.adopted or () if a.country == country), None)

    def of_country(self, country: str) -> Actor | None:
        """The article's actor for a country: the country itself, else one of its actors
        (not a pending stand-in)."""
        pending = {a.id for a in self.adopted or ()}
        members = [a for a in self.by_id.values() if a.country == country and a.id not in pending]
        states = [a for a in members if a.kind == "country"]
        found = states or members
        return found[0] if found else None


#: How far before a name its title's organisation may be named, in characters: the title of
#: "la représentante spéciale du secrétaire général de l'ONU au Soudan, la Sénégalaise Mariama
#: Ndour" runs over 80 of them before her name.
_TITLED_WITHIN = 120


def _officials(article: Article, by_id: dict[str, Actor]) -> dict[str, Actor]:
    """Persons of no country with an international role mapped to the article's actor for their
    organisation: the one of their role in the knowledge base (António Guterres, Kaja Kallas),
    else, for one the article itself described, the international organisation named last in
    the title before their first mention ("l'envoyé de l'Union africaine, Alice Mwangi")."""
    found: dict[str, Actor] = {}
    for actor in by_id.values():
        if actor.kind != "person" or actor.country or actor.sector != "IGO":
            continue
        person = shipped().person(actor.name)
        if person is None:
            serving = _titled_by(article, actor)
        else:
            roles = person.roles_on(article.published) if article.published else person.roles
            orgs = [f"org:{role.org}" for role in roles if role.org]
            serving = next((by_id[org] for org in reversed(orgs) if org in by_id), None)
        if serving is not None:
            found[actor.id] = serving
    return found


def _titled_by(article: Article, person: Actor) -> Actor | None:
    """The international organisation named last in the same sentence before, or right after,
    the first mention of ``person``: the one whose office the title that described them holds."""
    if not person.mentions:
        return None
    first = min(person.mentions, key=lambda m: m.start)
    text = article.text
    start = max(0, first.start - _TITLED_WITHIN)
    cut = max(text.rfind(mark, start, first.start) for mark in (". ", "\n"))
    start = max(start, cut + 1)
    end = min(len(text), first.end + _TITLED_WITHIN)
    stop = [i for i in (text.find(mark, first.end, end) for mark in (". ", "\n")) if i >= 0]
    end = min(stop, default=end)
    near = [
        (abs(m.start - first.start), m.start > first.start, actor)
        for actor in article.actors
        if actor.kind == "organization" and actor.sector == "IGO"
        for m in actor.mentions
        if start <= m.start < end
    ]
    return min(near, key=lambda n: (n[1], n[0]))[2] if near else None


def is_side(actor: Actor) -> bool:
    """Whether an actor can be a side of an event: a person of no known country cannot."""
    return bool(actor.country) or actor.kind != "person"


def party(actor: Actor) -> str:
    """What makes two actors the same side: their country, or the organisation itself."""
    return actor.country or actor.id


def army_and_rest(army: list[Actor], rest: list[Actor]) -> bool:
    """Whether one side is a state's armed forces and the other a civil part of it, an
    organisation of its own (GOLD.md): "Prigozhin demanded that the defence minister … come
    to meet him" is an event; the army speaking of itself, or of the state it serves ("the
    Russian army denied any involvement of Russia"), is not."""
    return any(a.sector == MILITARY for a in army) and any(
        a.sector not in (None, MILITARY) and a.kind != "country" for a in rest
    )
