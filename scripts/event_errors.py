"""List the event errors of dev sets, for finding the rules to write next.

    python scripts/event_errors.py gold/dev.en.jsonl gold/dev3.fr.jsonl

For each set, two kinds of lines:

- ``FP``: an output event that pairs with no gold event (:func:`event_pairs`), its type and
  sides as country codes, its modality, its evidence, the gold events stated in its sentence
  and the sentence;
- ``SIDE``: a gold event left unpaired for which the output has an event of one of its types
  in the sentence of its evidence, with other sides (``*`` marks one paired elsewhere).

With ``--guesses``, each output event's sides are traced to the context guess that gave them
(``[t:nearest]``: the target is the other party named nearest, see :mod:`guess_trace`), and a
table counts, per guess and side, the events paired with gold (right) and not (wrong).

Held-out sets (``test*``, ``seed*``) are refused.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from guess_trace import Tally, Trace, guesses

from newsgraph.evaluate import evaluate, load_gold
from newsgraph.evaluate.gold import GoldRecord
from newsgraph.evaluate.score import _codes, _occurrences, _states, describe, event_pairs

Output = Mapping[str, Any]


def sides(event: Output, actors: Mapping[str, Mapping[str, Any]]) -> str:
    """``ACCUSE USA→RUS/PRK``: the event's type and the codes of its sides."""
    source = "/".join(sorted(_codes(event.get("source"), actors)))
    target = "/".join(sorted(_codes(event.get("target"), actors)))
    return f"{event.get('type')} {source}→{target}"


def spans(text: str, evidence: str) -> list[tuple[int, int]]:
    return [(at, at + len(evidence)) for at in _occurrences(text, evidence)]


def errors(output: Output, record: GoldRecord, trace: Trace | None = None) -> Iterator[str]:
    """The FP and SIDE lines of one article (with the guesses of its sides when traced)."""
    text = str(output.get("text") or "")
    actors = {str(a.get("id")): a for a in output.get("actors") or []}
    events = list(output.get("events") or [])
    pairs = event_pairs(output, record)
    paired = set(pairs.values())
    for j, event in enumerate(events):
        if j in paired:
            continue
        here = [describe(g) for g in record.events if _states(event, spans(text, g.evidence))]
        evidence = (event.get("evidence") or {}).get("text", "")
        sentence = str((event.get("sentence") or {}).get("text", "")).replace("\n", " ")
        how = f" [{guesses(trace, text, event)}]" if trace is not None else ""
        yield (
            f"FP {record.id} {sides(event, actors)}{how} {event.get('modality')} «{evidence}» "
            f"gold here: {here} | {sentence[:300]}"
        )
    for i, gold in enumerate(record.events):
        if i in pairs:
            continue
        where = spans(text, gold.evidence)
        same = [
            sides(e, actors)
            + ("*" if j in paired else "")
            + (f"[{guesses(trace, text, e)}]" if trace is not None else "")
            for j, e in enumerate(events)
            if e.get("type") in gold.types and _states(e, where)
        ]
        if same:
            yield f"SIDE {record.id} gold {describe(gold)} ours {same} «{gold.evidence}»"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="+", type=Path, help="dev gold files")
    parser.add_argument("--guesses", action="store_true", help="trace the context guesses")
    args = parser.parse_args()
    trace = Trace.install() if args.guesses else None
    tally = Tally()
    for path in args.gold:
        if path.name.startswith(("test", "seed")):
            raise SystemExit(f"{path}: held-out sets are not for development")
        evaluation = evaluate(load_gold([path]))
        for record in evaluation.records:
            output = evaluation.output(record.id) or {}
            for line in errors(output, record, trace):
                print(line)
            if trace is not None:
                tally.add(trace, output, event_pairs(output, record), path.stem)
    if trace is not None:
        print("\n".join(tally.lines))
        print(tally.table())


if __name__ == "__main__":
    main()
