"""List the event errors of dev sets, for finding the rules to write next.

    python scripts/event_errors.py gold/dev.en.jsonl gold/dev3.fr.jsonl

For each set, two kinds of lines:

- ``FP``: an output event that pairs with no gold event (:func:`event_pairs`), its type and
  sides as country codes, its modality, its evidence, the gold events stated in its sentence
  and the sentence;
- ``SIDE``: a gold event left unpaired for which the output has an event of one of its types
  in the sentence of its evidence, with other sides (``*`` marks one paired elsewhere).

Held-out sets (``test*``, ``seed*``) are refused.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

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


def errors(output: Output, record: GoldRecord) -> Iterator[str]:
    """The FP and SIDE lines of one article."""
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
        yield (
            f"FP {record.id} {sides(event, actors)} {event.get('modality')} «{evidence}» "
            f"gold here: {here} | {sentence[:300]}"
        )
    for i, gold in enumerate(record.events):
        if i in pairs:
            continue
        where = spans(text, gold.evidence)
        same = [
            sides(e, actors) + ("*" if j in paired else "")
            for j, e in enumerate(events)
            if e.get("type") in gold.types and _states(e, where)
        ]
        if same:
            yield f"SIDE {record.id} gold {describe(gold)} ours {same} «{gold.evidence}»"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="+", type=Path, help="dev gold files")
    args = parser.parse_args()
    for path in args.gold:
        if path.name.startswith(("test", "seed")):
            raise SystemExit(f"{path}: held-out sets are not for development")
        evaluation = evaluate(load_gold([path]))
        for record in evaluation.records:
            for line in errors(evaluation.output(record.id) or {}, record):
                print(line)


if __name__ == "__main__":
    main()
