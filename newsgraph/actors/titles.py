"""Whom a title standing alone names: a person named before, its state, or its one holder.

:class:`StandaloneTitles` is the part of :class:`~.resolve.ArticleActors` that reads titles
no name follows (:meth:`StandaloneTitles._standalone_titles`): the person named just after
("le président Moravec"), else the person named before with the same role and country, else
the person a bare title with a definite article takes up ("Ilse Moravec, ministre
vellanienne de l'Intérieur, … La ministre a déclaré …" is Moravec), else the one holder the
knowledge base has for a unique role on the article's date, else its state, into which
unnamed officials, ministries and troops fold ("a Vellanian diplomat" is Vellania), else
the organisation the title names. A title of a body (a collective role: "le ministère
vellanien", "la junte") never takes up a person, not even one whose title held that noun
("la porte-parole du ministère vellanien du Commerce, Ilse Moravec … Le ministère vellanien a
dénoncé …" is Vellania speaking).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from ..article import Article, Span
from .descriptors import Descriptor, DescriptorFinder
from .gazetteer import Hit, Token
from .index import ActorIndex, Known, LanguageCues
from .others import Others
from .people import PersonInfo, from_kb, latest_before, taken_up
from .spans import overlaps

#: The role of military ranks ("le général", "the colonel"): the one kind of title that may
#: stand between an office and the name of its holder in apposition.
_RANK = "general"
#: What may follow a name in apposition to a title: a comma, or the end of the sentence.
APPOSITION_ENDS = frozenset({",", ".", ";", ":", ")"})


class StandaloneTitles:
    """Resolves the titles of one article that stand alone (the base of
    :class:`~.resolve.ArticleActors`, which sets these attributes)."""

    article: Article
    index: ActorIndex
    text: str
    on: dt.date | None
    cues: LanguageCues
    toks: list[Token]
    first_token: dict[int, int]
    finder: DescriptorFinder
    book: Others
    placed: set[str]
    mentioned: set[str]
    people: dict[str, PersonInfo]
    described: list[Descriptor]
    bodies: list[tuple[int, int]]

    if TYPE_CHECKING:

        def _add_person(
            self, info: PersonInfo, hit: Hit[Known], descr: Descriptor | None
        ) -> None: ...

        def _span(self, start: int, end: int) -> Span: ...

    def _standalone_titles(self) -> None:
        tied = {(d.start, d.end) for d in self.described}
        for descriptor in self.finder.standalone():
            if (descriptor.start, descriptor.end) in tied or any(
                d.start <= descriptor.start and descriptor.end <= d.end for d in self.described
            ):
                continue
            if overlaps(descriptor.start, descriptor.end, self.bodies):
                continue
            named = self._named_after(descriptor.end)
            if named is not None:  # "le président Tebboune": his title, not someone else's
                named.spans.append((descriptor.start, descriptor.end))
            else:
                self._resolve_title(descriptor)
            self.described.append(descriptor)

    def _named_after(self, end: int) -> PersonInfo | None:
        """The person whose name starts right after ``end`` (spaces aside), or after a comma
        and a rank in apposition ("le ministre vellanien de la Défense, le général Ivo Rask")."""
        start = end + len(self.text[end:]) - len(self.text[end:].lstrip(" \u00a0\u202f"))
        apposed = self._past_apposed_rank(start)
        for info in self.people.values():
            for s, e in info.spans:
                if s == apposed and (apposed == start or self._closes_apposition(e)):
                    return info
        return None

    def _closes_apposition(self, end: int) -> bool:
        """Whether a name in apposition ends its phrase at ``end``: punctuation follows (", le
        général Ivo Rask, a déclaré"), not a list going on (", le général Ivo Rask et le
        président du Sénat" names three people)."""
        return self.text[end : end + 1] in APPOSITION_ENDS

    def _past_apposed_rank(self, start: int) -> int:
        """Where the name starts after a comma at ``start`` and an article, an honorific or a
        military rank (", le général ", ", M. "); ``start`` itself when no such words follow
        (", le président du Sénat Ivo Rask" is someone else)."""
        if self.text[start : start + 1] != ",":
            return start
        index = self.first_token.get(start + 2 if self.text[start + 1 : start + 2] == " " else -1)
        if index is None:
            return start
        if index < len(self.toks) and self.toks[index].key in self.cues.articles:
            index += 1
        rank = self.finder.title_at.get(index)
        if index < len(self.toks) and self.toks[index].key in self.cues.honorifics:
            index += 1
        elif rank is not None and rank.role_key == _RANK:
            index += 1
            while index < len(self.toks) and self.finder.role[index] == "title":
                index += 1  # "lieutenant-colonel", a rank of several words
        else:
            return start
        return self.toks[index].start if index < len(self.toks) else start

    def _resolve_title(self, descriptor: Descriptor) -> None:
        span = (descriptor.start, descriptor.end)
        policy, title = self.index.policy, descriptor.title
        country = descriptor.country
        body = title.role_key in policy.collective_roles  # "le ministère" is never a person
        same_role = [] if body else [
            p for p in self.people.values() if p.role_key == title.role_key
            and (country is None or p.country == country) and p.spans
            and min(s for s, _ in p.spans) < descriptor.start]  # fmt: skip
        if same_role and (country or title.role_key in policy.unique_roles):
            latest_before(same_role, descriptor.start).spans.append(span)
        elif not body and (taken_up := self._bare_title_holder(descriptor)) is not None:
            taken_up.spans.append(span)
        elif country and title.role_key in policy.unique_roles and self.on is not None:
            holder = self.index.kb.holder(title.role_key, country, self.on)
            if holder is not None:
                info = from_kb(holder, self.on, descriptor, self.mentioned)
                self._add_person(info, Hit(*span, "", ()), None)
            else:
                self._fold(country, span)
        elif country:
            self._fold(country, span)
        elif descriptor.org is not None and descriptor.org.sector not in policy.excluded_sectors:
            self.book.organization(descriptor.org).mentions.append(self._span(*span))

    def _bare_title_holder(self, descriptor: Descriptor) -> PersonInfo | None:
        """The person a bare title with a definite article of one person takes up
        (:func:`.people.taken_up`): "Paul Brandt, ministre belge de l'Intérieur, … Le ministre a
        menacé …" is Brandt; "un ministre", "les ministres" and "le ministre russe" (a country:
        handled above) stay as they were."""
        if descriptor.country is not None or descriptor.org is not None:
            return None
        first = self.first_token.get(descriptor.start)
        if first is None or first == 0:
            return None
        article = self.toks[first - 1]
        if article.key not in self.cues.singular_articles:
            return None
        if self.text[article.end : descriptor.start].strip(" '’\u00a0"):
            return None
        floor = self.article.story(descriptor.start)[0]
        roles = self.index.policy.takes_up(descriptor.title.role_key)
        return taken_up(self.people.values(), floor, descriptor.start, roles)

    def _fold(self, country: str, span: tuple[int, int]) -> None:
        """Unnamed officials, ministries and troops fold into their state."""
        self.book.country(country).mentions.append(self._span(*span))
        self.placed.add(country)
