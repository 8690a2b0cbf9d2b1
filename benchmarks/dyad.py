"""Latency of ``newsgraph dyad`` on a store of a million events.

    python benchmarks/dyad.py [--events 1000000] [--db /tmp/dyad.db] [--pair USA PRK]

The store is generated through the store's own write path (``Store.write``, batches of
articles with their actors and events), once: an existing store with enough events is reused.
Events go between 30 countries over ten years; one pair in ten is the one queried, in either
direction, so that it holds about 100,000 events, a heavy dyad. Reported: the first (cold) query,
the median of warm queries per period (day, week, month, year), and the wall time of the command
line, Python start-up and imports included.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import subprocess
import sys
import time

from newsgraph import Actor, Article, Event, Span
from newsgraph.store import Store, dyad

COUNTRIES = [
    "USA", "PRK", "CHN", "RUS", "FRA", "GBR", "DEU", "JPN", "KOR", "IND", "PAK", "IRN", "ISR",
    "UKR", "TUR", "SAU", "EGY", "BRA", "MEX", "CAN", "AUS", "IDN", "PHL", "VNM", "NGA", "ZAF",
    "ETH", "SDN", "SRB", "XKX",
]  # fmt: skip
TYPES = [
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
    "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
]  # fmt: skip
EVENTS_PER_ARTICLE = 10
TEXT = "Washington a sanctionné Pyongyang mardi, a indiqué le ministère dans un communiqué."


def main() -> int:
    args = parse_args()
    with Store.open(args.db) as store:
        if store.count("events") < args.events:
            build(store, args.events, args.pair)
        print(f"store {args.db}: {store.count('events'):,} events")
        start = time.perf_counter()
        rows = dyad(store, *args.pair, by="month")
        cold = time.perf_counter() - start
        print(f"first query (by month): {cold * 1000:.1f} ms, {len(rows)} rows")
        for by in ("day", "week", "month", "year"):
            times = []
            for _ in range(args.repeat):
                start = time.perf_counter()
                rows = dyad(store, *args.pair, by=by)
                times.append(time.perf_counter() - start)
            total = sum(row["events"] for row in rows)
            print(
                f"by {by:5}: median {statistics.median(times) * 1000:6.1f} ms, "
                f"max {max(times) * 1000:6.1f} ms ({len(rows)} rows, {total:,} events)"
            )
    command = [sys.executable, "-m", "newsgraph", "dyad", *args.pair, "--db", args.db]
    start = time.perf_counter()
    subprocess.run([*command, "--format", "csv"], check=True, stdout=subprocess.DEVNULL)
    print(f"command line, start-up included: {(time.perf_counter() - start) * 1000:.0f} ms")
    return 0


def build(store: Store, events: int, pair: list[str]) -> None:
    """Write ``events`` events, in articles of ten, through ``Store.write``."""
    generator = random.Random(7)
    start = time.perf_counter()
    articles = events // EVENTS_PER_ARTICLE
    first = store.count()
    batch = []
    for n in range(first, first + articles):
        batch.append(article(n, generator, pair))
        if len(batch) == 500:
            store.write(batch)
            batch = []
            done = n - first + 1
            if done % 20_000 == 0:
                print(f"  {done * EVENTS_PER_ARTICLE:,} events", file=sys.stderr)
    if batch:
        store.write(batch)
    print(f"built {articles * EVENTS_PER_ARTICLE:,} events in {time.perf_counter() - start:.0f} s")


def article(number: int, generator: random.Random, pair: list[str]) -> Article:
    published = dt.date(2015, 1, 1) + dt.timedelta(days=generator.randrange(3650))
    codes = generator.sample(COUNTRIES, 4)
    if generator.random() < 0.1:
        codes[:2] = pair if generator.random() < 0.5 else pair[::-1]
    actors = [Actor(f"a{i}", code, "country", code, "GOV") for i, code in enumerate(codes)]
    evidence = Span(0, len(TEXT), TEXT)
    events = []
    for _ in range(EVENTS_PER_ARTICLE):
        source, target = (0, 1) if generator.random() < 0.7 else generator.sample(range(4), 2)
        day = published - dt.timedelta(days=generator.randrange(3))
        events.append(
            Event(
                generator.choice(TYPES),
                [f"a{source}"],
                [f"a{target}"],
                "asserted" if generator.random() < 0.9 else "negated",
                evidence,
                date=day.isoformat(),
            )
        )
    return Article(
        raw=f"{number}: {TEXT}",
        id=f"dyad-{number}",
        text=TEXT,
        published=published,
        language="fr",
        actors=actors,
        events=events,
    )


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--db", default="/tmp/newsgraph-dyad.db", help="the store to (re)use")
    parser.add_argument("--pair", nargs=2, default=["USA", "PRK"], metavar="ISO3")
    parser.add_argument("--repeat", type=int, default=20, help="warm queries per period")
    return parser.parse_args()


if __name__ == "__main__":
    sys.exit(main())
