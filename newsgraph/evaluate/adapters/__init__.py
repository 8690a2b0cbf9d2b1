"""Scoring against public English datasets, through small interfaces the system plugs into.

newsgraph has no event-typing or date-resolution stage yet; the adapters call an
:class:`EventTyper` and a :class:`DateResolver`, and report how many items were answered, so
that an abstaining component (:class:`Abstain`, the default) scores 0.0 with "0 answered"
rather than nothing at all. A later stage plugs in by offering the same method.

================  =====================================================  =====================
adapter           dataset                                                scores
================  =====================================================  =====================
``plover``        ``plover/PLOVER_GSR_CAMEO.json`` (322 sentences)       type given the actors
``plv``           ``plv/PLV_train.tsv`` (1,050 sentence, actor pairs)    type given the actors
``tempeval``      ``tempeval3_tbaq_cleaned`` (TimeML TIMEX3 dates)       date resolution
================  =====================================================  =====================
"""

from __future__ import annotations

from pathlib import Path

from .base import Abstain, AdapterResult, DateResolver, EventTyper, tally
from .plover import score_plover
from .plv import score_plv
from .tempeval import score_tempeval

__all__ = [
    "Abstain",
    "AdapterResult",
    "DateResolver",
    "EventTyper",
    "score_datasets",
    "score_plover",
    "score_plv",
    "score_tempeval",
    "tally",
]


def score_datasets(
    plover: Path | None = None,
    plv: Path | None = None,
    tempeval: Path | None = None,
    typer: EventTyper | None = None,
    resolver: DateResolver | None = None,
) -> list[AdapterResult]:
    """Score the components on each dataset given (abstaining ones by default)."""
    typer = typer or Abstain()
    resolver = resolver or Abstain()
    results = []
    if plover:
        results.append(score_plover(plover, typer))
    if plv:
        results.append(score_plv(plv, typer))
    if tempeval:
        results.append(score_tempeval(tempeval, resolver))
    return results
