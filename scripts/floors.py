"""Show the accuracy gate's floors beside what is measured now, and raise them.

    python scripts/floors.py            # measured vs floor, for every gold file in floors.json
    python scripts/floors.py --raise    # raise each floor to the measured value (rounded down)

Floors are never lowered here: lowering one is an explicit, reviewed edit of
``tests/accuracy/floors.json`` that says why.
"""

from __future__ import annotations

import argparse
import json
import math
from pathlib import Path

from newsgraph import Options, Pipeline
from newsgraph.evaluate import evaluate, load_gold

ROOT = Path(__file__).resolve().parent.parent
FLOORS = ROOT / "tests" / "accuracy" / "floors.json"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--raise", dest="raise_", action="store_true", help="raise the floors")
    args = parser.parse_args()
    data = json.loads(FLOORS.read_text(encoding="utf-8"))
    for gold, floors in data["floors"].items():
        pipeline = Pipeline.from_options(Options(on_error="raise"))  # a fresh registry per set
        measured = evaluate(load_gold([ROOT / gold]), pipeline=pipeline).report.flat()
        for metric, floor in floors.items():
            value = measured.get(metric, 0.0)
            rounded = _floor(value)
            mark = "raise" if rounded > floor else ("BELOW" if value < floor else "")
            print(f"{gold:22} {metric:28} {value:7.4f}  floor {floor:.2f}  {mark}")
            if args.raise_ and rounded > floor:
                floors[metric] = rounded
    if args.raise_:
        FLOORS.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def _floor(value: float) -> float:
    """``value`` rounded down to two decimals, never above it: 0.7999999999999999 (a ratio
    computed as 0.8) gives 0.79, since the gate compares the unrounded value."""
    cents = math.floor(value * 100 + 1e-9)
    return cents / 100 if cents / 100 <= value else (cents - 1) / 100


if __name__ == "__main__":
    main()
