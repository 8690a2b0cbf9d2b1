"""The two sides an article's story is about, for "both sides", "les deux pays".

A story between two parties names them far more often than anyone else (India and Pakistan,
Serbia and Kosovo); a third party that mediates, urges or hosts is named much less. "The two
sides accepted a plan", "l'UE a appelé les deux parties" then mean those two, not the two
parties named last, which are often the mediator and a bystander of the sentence before.
"""

from __future__ import annotations

from ..article import Actor
from .discourse import Discourse
from .participants import ActorIndex, party

#: Acts that happen once between two parties: one named again with no sides ("l'accord",
#: "the deal") is the one told before, not a new one.
ONCE = frozenset({"AGREE"})

#: The CAMEO code of mediating (045): an act between two sides that a third party does.
MEDIATE = "045"

#: How many times the second party of a two-sided story is named at least, compared with the
#: third: below it, the story has no clear pair (a summit of three, a crisis with many sides).
LEAD = 1.5


def disputants(index: ActorIndex, exclude: frozenset[str] = frozenset()) -> list[Actor]:
    """The two states named most often in the article outside ``exclude`` (each at least
    twice), when both are named at least :data:`LEAD` times as often as any other party, a
    state or not (an international body is no side of the dispute it mediates, but a story
    it is named in more often than one of the states is not theirs); else none. The counts
    are the article's (:meth:`.ActorIndex.named`), made once.

    With India named 35 times, Pakistan 29 and the United States 8, the sides are India and
    Pakistan; with 11, 11 and 9 mentions, or Niger 8, ECOWAS 5 and the United States 3,
    there is no pair."""
    named = {key: found for key, found in index.named().items() if key not in exclude}
    counts = {key: count for key, (count, _) in named.items()}
    first = {key: actor for key, (_, actor) in named.items()}
    ranked = sorted(counts, key=lambda k: -counts[k])
    pair = [key for key in ranked if first[key].country][:2]
    if len(pair) < 2:
        return []
    third = max((n for key, n in counts.items() if key not in pair), default=0)
    if counts[pair[1]] < max(LEAD * third, 2):
        return []
    return [_state(index, first[key]) for key in pair]


def story_pair(index: ActorIndex, discourse: Discourse, kind: str) -> list[Actor]:
    """Who met, talked or agreed when neither the phrase nor the two sentences up to it name
    a pair: the story's two sides (:func:`disputants`). In a story about Denmark and the
    United States, "Rasmussen a rappelé qu'un accord de défense signé en 1951 permettait
    déjà…" is their agreement, "after four days of talks" their talks. An act that happens
    once (:data:`ONCE`) that the two were told to have done already is that one named
    again ("La Serbie et le Kosovo sont parvenus à un accord. … L'accord prévoit"): none."""
    pair = disputants(index)
    sides = {party(a) for a in pair}
    if kind in ONCE and any(
        {party(a) for a in source + target} == sides
        for source, target in discourse.acts.get(kind, [])
    ):
        return []
    return pair


def mediated(index: ActorIndex, mediator: list[Actor]) -> list[Actor]:
    """Whom a mediation no phrase gives sides to is between: the story's two sides
    (:func:`disputants`), neither of them the mediator. In a story about Niger and Benin,
    "en dépit des efforts de médiation de la Chine", "a Saudi mediation" is between the
    two; with no such pair, or the mediator one of it, none."""
    pair = disputants(index)
    mediators = {party(a) for a in mediator}
    return [] if any(party(a) in mediators for a in pair) else pair


def _state(index: ActorIndex, actor: Actor) -> Actor:
    """The country itself for a party that is a country's ("Indian officials" is India)."""
    if actor.country:
        return index.of_country(actor.country) or actor
    return actor
