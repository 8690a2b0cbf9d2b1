"""Statements a person reports of their own state: the person says them.

"State Department spokesman Matthew Miller said Washington reaffirmed that the treaty extends
to …" holds two reported statements, Miller's and, inside it, Washington's; the words are
Miller's, speaking for his state. A reported statement whose speaker is a state and that lies
inside the reported statement of a person of that same state is that person's ("Le ministre
Piantedosi a dit que le gouvernement ferait appel, estimant que les juges avaient outrepassé
leur rôle" → Piantedosi). A state reported by someone of another state keeps its words
("Peskov said Kyiv claimed that …" stays Ukraine's).
"""

from __future__ import annotations

from collections.abc import Iterable

from ..article import Actor, Quote


def speaking_for_state(quotes: list[Quote], actors: Iterable[Actor]) -> None:
    """Give each reported statement of a state, inside the reported statement of a person of
    that state, to the person (the narrowest such statement's), in place."""
    by_id = {actor.id: actor for actor in actors}
    for quote in quotes:
        state = by_id.get(quote.speaker or "")
        if quote.direct or state is None or state.kind != "country":
            continue
        outer = [q for q in quotes if _holds(q, quote) and _of(by_id.get(q.speaker or ""), state)]
        if outer:
            quote.speaker = min(outer, key=lambda q: q.end - q.start).speaker


def _holds(outer: Quote, inner: Quote) -> bool:
    """Whether ``outer`` is another reported statement that contains ``inner``."""
    return (
        not outer.direct
        and outer.start <= inner.start
        and inner.end <= outer.end
        and (outer.start, outer.end) != (inner.start, inner.end)
    )


def _of(person: Actor | None, state: Actor) -> bool:
    """Whether ``person`` is a person of ``state``."""
    return person is not None and person.kind == "person" and person.country == state.country
