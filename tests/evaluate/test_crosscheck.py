"""The scorer against a second, minimal one written independently from GOLD.md.

The minimal scorer is deliberately different: names reduced to ASCII, surnames as the last word,
events paired by exhaustive search instead of augmenting paths, dates compared by prefix.
Any disagreement on these hand-built and generated cases shows a rule implemented two ways.
"""

from __future__ import annotations

import unicodedata
from typing import Any

from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsgraph.evaluate.gold import GoldRecord
from newsgraph.evaluate.score import score

from .helpers import BODY_LINES, actor, event, output, record


def _ascii(name: str) -> str:
    name = name.replace("-", " ").replace("\u00a0", " ")
    return " ".join(
        unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower().split()
    )


def _same_actor(name: str, gold: Any) -> bool:
    keys = {_ascii(n) for n in gold.names}
    if gold.kind == "person":
        keys |= {k.split()[-1] for k in keys}
    return _ascii(name) in keys or (gold.kind == "person" and _ascii(name).split()[-1] in keys)


def _best_pairs(
    golds: list[Any],
    outs: list[dict[str, Any]],
    countries: dict[str, str],
    i: int = 0,
    used: frozenset[int] = frozenset(),
) -> int:
    """The largest number of one-to-one pairs, by trying every choice."""
    if i == len(golds):
        return 0
    best = _best_pairs(golds, outs, countries, i + 1, used)
    for j, out in enumerate(outs):
        src = {countries.get(s) or s for s in out["source"]}
        tgt = {countries.get(t) or t for t in out["target"]}
        g = golds[i]
        if j not in used and out["type"] in g.types and src & set(g.source) and tgt & set(g.target):
            best = max(best, 1 + _best_pairs(golds, outs, countries, i + 1, used | {j}))
    return best


def minimal(outputs: list[dict[str, Any]], records: list[GoldRecord]) -> dict[str, tuple[int, ...]]:
    """(found, gold, correct, output) per stage, counted the simple way."""
    totals: dict[str, list[int]] = {
        k: [0, 0, 0, 0] for k in ("cleaning", "actors", "quotes", "events")
    }
    for rec in records:
        empty: dict[str, Any] = {"text": "", "actors": [], "quotes": [], "events": []}
        out = next(
            (o for o in outputs if o["id"] == rec.id),
            empty,
        )
        text: str = out["text"]
        removed = sum(1 for line in rec.boilerplate if text and line not in text)
        lost = sum(1 for line in BODY_LINES if line not in text)
        rows: dict[str, tuple[int, ...]] = {
            "cleaning": (removed, len(rec.boilerplate), removed, removed + lost),
            "actors": (
                sum(any(_same_actor(a["name"], g) for a in out["actors"]) for g in rec.actors),
                len(rec.actors),
                sum(any(_same_actor(a["name"], g) for g in rec.actors) for a in out["actors"]),
                len(out["actors"]),
            ),
            "quotes": (
                sum(any(q.contains in o["text"] for o in out["quotes"]) for q in rec.quotes),
                len(rec.quotes),
                sum(any(q.contains in o["text"] for q in rec.quotes) for o in out["quotes"]),
                len(out["quotes"]),
            ),
        }
        countries = {a["id"]: a["country"] for a in out["actors"]}
        pairs = _best_pairs(list(rec.events), out["events"], countries)
        rows["events"] = (pairs, len(rec.events), pairs, len(out["events"]))
        for stage, row in rows.items():
            totals[stage] = [a + b for a, b in zip(totals[stage], row, strict=True)]
    return {stage: tuple(values) for stage, values in totals.items()}


def ours(outputs: list[dict[str, Any]], records: list[GoldRecord]) -> dict[str, tuple[int, ...]]:
    report = score(outputs, records)
    result: dict[str, tuple[int, ...]] = {}
    for stage in ("cleaning", "actors", "quotes", "events"):
        c = report.stages[stage].counts
        assert c is not None
        result[stage] = (c.found, c.gold, c.correct, c.output)
    return result


def _fixtures() -> tuple[list[dict[str, Any]], list[GoldRecord]]:
    accuse = {
        "types": ["ACCUSE"],
        "source": ["RUS"],
        "target": ["UKR"],
        "modality": "asserted",
        "date": None,
        "evidence": "a accusé jeudi l'Ukraine",
    }
    meet = {
        **accuse,
        "types": ["CONSULT", "AGREE"],
        "source": ["RUS", "UKR"],
        "target": ["RUS", "UKR"],
    }
    wide = {**accuse, "types": ["ACCUSE", "REJECT"]}
    reject = {**accuse, "types": ["REJECT"]}
    records = [
        record(id="a1"),
        record(id="a2", events=[wide, reject, accuse, meet]),
        record(id="a3"),
    ]
    people = [
        actor("ru", "Russie", "RUS", kind="country"),
        actor("ua", "UKRAINE", "UKR", kind="country"),
        actor("us", "Etats-Unis", "USA", kind="country"),
        actor("p1", "Sergueï\u00a0LAVROV", "RUS"),
        actor("p2", "lavrov", "RUS"),
    ]
    outputs = [
        output(
            "a1",
            text="\n\n".join(BODY_LINES),
            actors=people[:2],
            quotes=[
                {"text": "« Nous ne céderons pas »", "speaker": "p1", "direct": True},
                {"text": "Nous ne", "speaker": "p1", "direct": True},
            ],
            events=[event("ACCUSE", ["ru"], ["ua"]), event("ACCUSE", ["ru"], ["us"])],
        ),
        output(
            "a2",
            text=BODY_LINES[0] + "\n\nLire aussi : la guerre en cartes\n\n" + BODY_LINES[2],
            actors=people,
            quotes=[
                {
                    "text": "Selon Washington, la Russie prépare une nouvelle offensive.",
                    "speaker": "us",
                    "direct": False,
                }
            ],
            events=[
                event("REJECT", ["ru"], ["ua"]),  # the wide gold event's first choice
                event("ACCUSE", ["ru"], ["ua"]),
                event("AGREE", ["ua"], ["ru"]),
                event("CONSULT", ["ru"], ["ua"]),
                event("ACCUSE", ["p1"], ["ua"]),
            ],
        ),
    ]
    return outputs, records


def test_the_two_scorers_agree_on_hand_built_cases() -> None:
    outputs, records = _fixtures()
    assert ours(outputs, records) == minimal(outputs, records)


CODES = ["RUS", "UKR", "USA"]
_events = st.lists(
    st.tuples(
        st.sampled_from(["ACCUSE", "REJECT", "CONSULT"]),
        st.sampled_from(CODES),
        st.sampled_from(CODES),
    ),
    max_size=5,
)


@settings(max_examples=300)
@example(
    gold=[("ACCUSE", "RUS", "UKR"), ("REJECT", "RUS", "UKR")],
    out=[("REJECT", "RUS", "UKR"), ("ACCUSE", "RUS", "UKR")],
    wide=True,
)
@given(gold=_events, out=_events, wide=st.booleans())
def test_the_two_scorers_agree_on_generated_events(
    gold: list[tuple[str, str, str]], out: list[tuple[str, str, str]], wide: bool
) -> None:
    def gold_event(kind: str, source: str, target: str) -> dict[str, Any]:
        types = [kind, "REJECT"] if wide and kind != "REJECT" else [kind]
        sources = [source, "USA"] if wide else [source]
        return {
            "types": types,
            "source": sources,
            "target": [target],
            "modality": "asserted",
            "date": None,
            "evidence": "a accusé",
        }

    records = [record(events=[gold_event(*e) for e in gold])]
    actors = [actor(code.lower(), code, code, kind="country") for code in CODES]
    outputs = [
        output(actors=actors, events=[event(k, [s.lower()], [t.lower()]) for k, s, t in out])
    ]
    assert ours(outputs, records)["events"] == minimal(outputs, records)["events"]


_dates = st.one_of(
    st.none(),
    st.sampled_from(["2023", "2024"]),
    st.sampled_from(["2023-09", "2023-10", "2024-09"]),
    st.sampled_from(["2023-09-01", "2023-09-14", "2023-10-14", "2024-09-14"]),
)


@given(output_date=_dates, gold_date=_dates)
def test_the_two_scorers_agree_on_dates(output_date: str | None, gold_date: str | None) -> None:
    if gold_date is None or output_date is None:
        expected = gold_date == output_date
    else:
        parts, gold_parts = output_date.split("-"), gold_date.split("-")
        expected = parts[: len(gold_parts)] == gold_parts
    gold = {
        "types": ["ACCUSE"],
        "source": ["RUS"],
        "target": ["UKR"],
        "modality": "asserted",
        "date": gold_date,
        "evidence": "a accusé",
    }
    actors = [actor("ru", "Russia", "RUS"), actor("ua", "Ukraine", "UKR")]
    outputs = [output(actors=actors, events=[event("ACCUSE", ["ru"], ["ua"], date=output_date)])]
    report = score(outputs, [record(events=[gold])])
    assert report.stages["events"].rates["date"].right == int(expected)
