"""Whether a title fits the person it is given to. A title names a kind of office (a head of
state or government, a minister, a spokesperson: ``lang/xx/roles.json``), and a person whose
known role is of another kind does not hold it: "Vladimir Poutine a reçu Viktor Orban. « … », a
déclaré le ministre russe des Affaires étrangères" is not Putin's, a head of state. A person
with no known role, and a title of no known kind, fit anyone."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cache
from itertools import combinations

from .. import lang
from ..article import Actor
from ..knowledge import shipped
from .layout import Layout, Speaker


@dataclass(frozen=True, slots=True)
class RoleKinds:
    """The kind of office of each role key, and which keys of a kind name distinct offices."""

    #: role key -> kind ("foreign_minister" -> "minister").
    kinds: dict[str, str]
    #: Kinds whose keys each name their own office ("minister": foreign, defence …).
    portfolios: frozenset[str]
    #: Keys that fit every office of their kind ("minister").
    any_office: frozenset[str]
    #: role key -> the office it names, for keys naming one office ("secretary_of_state").
    offices: dict[str, str]


@cache
def role_kinds() -> RoleKinds:
    """The kinds of ``lang/xx/roles.json``, read once."""
    data = lang.load(lang.SHARED, "roles")
    kinds = {key: kind for kind, keys in data["kinds"].items() for key in keys}
    offices = {key: group[0] for group in data["same_office"] for key in group}
    return RoleKinds(kinds, frozenset(data["portfolios"]), frozenset(data["any_office"]), offices)


def clash(title: str, held: str) -> bool:
    """Whether a title of role key ``title`` contradicts a person's role key ``held``: both of
    a known kind and of different kinds ("foreign_minister" / "head_of_state"), or different
    offices of a portfolio kind ("defense_minister" / "foreign_minister"); "minister" fits
    every minister."""
    known = role_kinds()
    kind, other = known.kinds.get(title), known.kinds.get(held)
    if kind is None or other is None:
        return False
    if kind != other:
        return True
    if kind not in known.portfolios or {title, held} & known.any_office:
        return False
    return known.offices.get(title, title) != known.offices.get(held, held)


@cache
def _titles(code: str) -> dict[str, str]:
    """The role key of each title of ``lang/<code>/titles.json``, by its lower-case text."""
    if code not in lang.available("titles"):
        return {}
    entries = lang.load(code, "titles")["titles"]
    return {_plain(entry["text"]): entry["role_key"] for entry in entries}


def _plain(text: str) -> str:
    """Lower case, one space between words and after an apostrophe ("chef de l' état")."""
    return " ".join(text.lower().replace("’", "'").replace("'", "' ").split())


def title_role(layout: Layout, speaker: Speaker) -> str | None:
    """The role key of the longest title of ``titles.json`` among the speaker's words around
    their head, a nationality left out ("le ministre russe des Affaires étrangères" and "the
    Russian foreign minister": ``foreign_minister``; "le Premier ministre":
    ``head_of_government``), or None when they hold none."""
    titles = _titles(layout.lexicon.code)
    words = [i for i in layout.tokens(speaker.start, speaker.end) if not nationality(layout, i)]
    if speaker.head not in words:
        return None
    at = words.index(speaker.head)
    spans = combinations(range(len(words) + 1), 2)
    found = [(j - i, titles.get(_words(layout, words[i:j]))) for i, j in spans if i <= at < j]
    known = [(size, key) for size, key in found if key is not None]
    return max(known)[1] if known else None


def _words(layout: Layout, indices: list[int]) -> str:
    """The tokens ``indices`` as one plain text (:func:`_plain`)."""
    return _plain(" ".join(layout.doc[i].text for i in indices))


def nationality(layout: Layout, index: int) -> bool:
    """Whether the token is an adjective of nationality ("russe", "Russian")."""
    token = layout.doc[index]
    if token.pos_ != "ADJ":
        return False
    return shipped().country(token.text, layout.lexicon.code) is not None


def fits(layout: Layout, speaker: Speaker, person: Actor) -> bool:
    """Whether the title of the speaker's words may be given to ``person``: one of the roles
    the person is known to hold (:func:`held`) does not contradict it (:func:`clash`), or none
    is known."""
    roles = held(person, layout.article.published)
    if not roles:
        return True
    title = title_role(layout, speaker)
    return title is None or not all(clash(title, role) for role in roles)


def held(person: Actor, on: date | None) -> set[str]:
    """The role keys ``person`` holds: those the knowledge base knows on the day ``on`` (or
    still holds, without a date) for a person it knows, and none when it knows of no role then
    ("Élisabeth Borne" in 2025 is no longer Prime Minister: the base's last role is stale);
    otherwise the role the article gave the person ("Jean Dupont, ministre de l'Intérieur")."""
    known = shipped().person(person.name) if person.kind == "person" else None
    if known is not None:
        roles = known.roles_on(on) if on else tuple(r for r in known.roles if r.end is None)
        return {role.role_key for role in roles}
    return {person.role.replace(" ", "_").replace("-", "_")} if person.role else set()
