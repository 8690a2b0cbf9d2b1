"""Scoring output articles (``newsgraph.to_dict``) against gold, as ``GOLD.md`` says.

Pure functions: outputs and gold in, :class:`~newsgraph.evaluate.metrics.Report` out. Outputs
are paired with gold records by ``id``; a gold record without an output counts as an output
that found nothing.

- cleaning: the body is kept when both ``body_first`` and ``body_last`` are in the output text;
  a boilerplate line is removed when it is not in the output text (an article without output
  text removes nothing). P/R/F1 treat removal as retrieving site chrome: recall is the share of
  boilerplate lines removed, precision the share of removed lines that are boilerplate, where
  the lines removed wrongly are the body lines (the lines between the two ends of the body,
  boilerplate aside) missing from the output text.
- metadata: the detected language is the gold ``lang``.
- actors: a gold actor is found when an output actor's ``name`` matches one of its names, or
  one of the full names the article writes it with is one of them (a transliteration the
  knowledge base spells otherwise: "Sergei" for "Sergey"); an output actor is correct when it
  matches a gold actor; the country is checked on the best match (same name before surname,
  then output order).
- quotes: a gold quote is found when an output quote's text contains its ``contains`` piece
  (whitespace runs compared as one space); an output quote is correct when it contains a gold
  piece; the speaker (an actor id, resolved to its name, or a name) is checked on the shortest
  output quote containing the piece (the first of equal ones): a quotation inside a longer one
  (a line of an interview) is the one that says those words. ``quotes.direct`` and
  ``quotes.reported`` score the gold and output quotes of each kind against each other.
- events: see :func:`event_pairs` (one-to-one pairs) and :func:`by_type`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from .gold import GoldActor, GoldEvent, GoldQuote, GoldRecord
from .match import actor_codes, codes_match, date_right, max_matching, name_match
from .metrics import STAGES, Counts, Metrics, Miss, Rate, Report

Output = Mapping[str, Any]
Scored = tuple[Metrics, list[Miss]]


def score(outputs: Iterable[Output], records: Sequence[GoldRecord]) -> Report:
    """Score outputs against gold records, every stage, micro-averaged over the articles."""
    by_id = {str(output.get("id")): output for output in outputs}
    totals = {stage: Metrics() for stage in STAGES}
    misses: list[Miss] = []
    for record in records:
        scored = score_article(by_id.get(record.id, {}), record)
        for stage, (metrics, stage_misses) in scored.items():
            totals[stage] = totals[stage] + metrics
            misses.extend(stage_misses)
    return Report(len(records), totals, tuple(misses))


def score_article(output: Output, record: GoldRecord) -> dict[str, Scored]:
    """Every stage's scores for one article."""
    return {
        "cleaning": score_cleaning(output, record),
        "metadata": score_metadata(output, record),
        "actors": score_actors(output, record),
        "quotes": score_quotes(output, record, None),
        "quotes.direct": score_quotes(output, record, True),
        "quotes.reported": score_quotes(output, record, False),
        "events": score_events(output, record),
    }


def score_cleaning(output: Output, record: GoldRecord) -> Scored:
    text = str(output.get("text") or "")
    misses = [
        Miss("cleaning", record.id, piece, f"body {end} missing from the output text")
        for end, piece in (("start", record.body_first), ("end", record.body_last))
        if piece not in text
    ]
    kept = [line for line in record.boilerplate if not text or line in text]
    body = body_lines(record)
    lost = [line for line in body if line not in text]
    misses += [Miss("cleaning", record.id, line, "boilerplate kept") for line in kept]
    misses += [Miss("cleaning", record.id, line, "body line removed") for line in lost]
    removed = len(record.boilerplate) - len(kept)
    metrics = Metrics(
        Counts(removed, len(record.boilerplate), removed, removed + len(lost)),
        {
            "body_kept": Rate(int(record.body_first in text and record.body_last in text), 1),
            "body_lines_kept": Rate(len(body) - len(lost), len(body)),
        },
    )
    return metrics, misses


def body_lines(record: GoldRecord) -> list[str]:
    """The non-blank lines from the body's first line to its last, boilerplate lines aside.

    An end found more than once is taken where it starts (or ends) a line, if it ever does.
    """
    text = record.text
    starts = _occurrences(text, record.body_first)
    start = next((i for i in starts if i == 0 or text[i - 1] == "\n"), starts[0])
    ends = [i + len(record.body_last) for i in _occurrences(text, record.body_last) if i >= start]
    end = next(
        (i for i in ends if i == len(text) or text[i] in "\r\n"), ends[-1] if ends else start
    )
    chrome = {line.strip() for line in record.boilerplate}
    lines = (line.strip() for line in text[start:end].splitlines())
    return [line for line in lines if line and line not in chrome]


def _occurrences(text: str, piece: str) -> list[int]:
    return [match.start() for match in re.finditer(re.escape(piece), text)]


def score_metadata(output: Output, record: GoldRecord) -> Scored:
    language = output.get("language")
    misses = (
        []
        if language == record.lang
        else [Miss("metadata", record.id, record.lang, f"language {language}")]
    )
    return Metrics(rates={"language": Rate(int(language == record.lang), 1)}), misses


def _actor_match(name: str, actor: GoldActor) -> int:
    return name_match(name, actor.names, actor.kind == "person", actor.country)


def written_names(actor: Mapping[str, Any]) -> list[str]:
    """An output actor's name, then the full names the article writes it with: "Sergei Lavrov"
    for the knowledge base's "Sergey Lavrov" (capitalised mentions of two words or more)."""
    written = [str(m.get("text") or "") for m in actor.get("mentions") or []]
    full = [w for w in written if w[:1].isupper() and len(w.split()) > 1]
    return [str(actor.get("name") or ""), *dict.fromkeys(full)]


def _strength(actor: Mapping[str, Any], gold: GoldActor) -> int:
    """How well an output actor matches a gold one: 3 the same name, 2 a full name the article
    writes it with is the gold's, 1 a surname, 0 not at all (a surname alone never comes from
    a mention)."""
    names = written_names(actor)
    by_name = _actor_match(names[0], gold)
    if by_name == 2:
        return 3
    if any(_actor_match(name, gold) == 2 for name in names[1:]):
        return 2
    return by_name


def score_actors(output: Output, record: GoldRecord) -> Scored:
    actors = list(output.get("actors") or [])
    found = right = 0
    misses: list[Miss] = []
    for gold in record.actors:
        strengths = [_strength(actor, gold) for actor in actors]
        if not any(strengths):
            misses.append(Miss("actors", record.id, gold.name, "not found"))
            continue
        found += 1
        best = actors[max(range(len(actors)), key=lambda j: (strengths[j], -j))]
        if best.get("country") == gold.country:
            right += 1
        else:
            note = f"country {best.get('country')} instead of {gold.country}"
            misses.append(Miss("actors", record.id, gold.name, note))
    correct = sum(1 for actor in actors if any(_strength(actor, gold) for gold in record.actors))
    counts = Counts(found, len(record.actors), correct, len(actors))
    return Metrics(counts, {"country": Rate(right, found)}), misses


def _spaced(text: str) -> str:
    return " ".join(text.split())


def speaker_name(speaker: str | None, actors: Iterable[Mapping[str, Any]]) -> str | None:
    """The name of an output quote's speaker: an actor id is resolved to the actor's name."""
    for actor in actors:
        if speaker is not None and actor.get("id") == speaker:
            return str(actor.get("name") or "")
    return speaker


def score_quotes(output: Output, record: GoldRecord, direct: bool | None) -> Scored:
    stage = {None: "quotes", True: "quotes.direct", False: "quotes.reported"}[direct]
    golds = [q for q in record.quotes if direct is None or q.direct is direct]
    quotes = [
        q for q in output.get("quotes") or [] if direct is None or bool(q.get("direct")) is direct
    ]
    texts = [_spaced(str(q.get("text") or "")) for q in quotes]
    found = right = 0
    misses: list[Miss] = []
    for gold in golds:
        piece = _spaced(gold.contains)
        containing = [(len(text), i) for i, text in enumerate(texts) if piece in text]
        if not containing:
            misses.append(Miss(stage, record.id, gold.contains, "not found"))
            continue
        found += 1
        closest = quotes[min(containing)[1]]  # a quote inside another says the words itself
        actors = output.get("actors") or []
        said = speaker_name(closest.get("speaker"), actors)
        if said and _speaker_right(said, _actor(closest.get("speaker"), actors), gold, record):
            right += 1
        else:
            note = f"speaker {said} instead of {gold.speaker}"
            misses.append(Miss(stage, record.id, gold.contains, note))
    pieces = [_spaced(gold.contains) for gold in golds]
    correct = sum(1 for text in texts if any(piece in text for piece in pieces))
    counts = Counts(found, len(golds), correct, len(quotes))
    return Metrics(counts, {"speaker": Rate(right, found)}), misses


def _actor(speaker: str | None, actors: Iterable[Mapping[str, Any]]) -> Mapping[str, Any]:
    return next((a for a in actors if speaker is not None and a.get("id") == speaker), {})


def _speaker_right(
    name: str, speaker: Mapping[str, Any], gold: GoldQuote, record: GoldRecord
) -> bool:
    actor = record.actor(gold.speaker)
    if actor is None:
        return name_match(name, [gold.speaker], person=False) > 0
    return (_strength(speaker, actor) if speaker else _actor_match(name, actor)) > 0


def event_pairs(output: Output, record: GoldRecord) -> dict[int, int]:
    """The one-to-one pairs ``{gold index: output index}`` of matching events.

    An output event matches a gold event when its ``type`` is one of the gold ``types``, one of
    the codes of its ``source`` actors is in the gold ``source`` and one of its ``target``'s in
    the gold ``target`` (codes: :func:`~newsgraph.evaluate.match.actor_codes`). The pairs are a
    maximum matching, so no other pairing matches more events, and among maximum matchings one
    that pairs each gold event with an output event stated in the sentence of its evidence
    where it can (an event told twice pairs with the telling the gold cites), and with the right
    modality and date where it can: a pair in another sentence costs 3, a wrong modality or
    date 1 each, and the total is least.
    """
    actors = {str(a.get("id")): a for a in output.get("actors") or []}
    events = list(output.get("events") or [])
    text = str(output.get("text") or "")
    codes = [
        (_codes(event.get("source"), actors), _codes(event.get("target"), actors))
        for event in events
    ]

    def costs(index: int) -> dict[int, int]:
        gold = record.events[index]
        spans = [(at, at + len(gold.evidence)) for at in _occurrences(text, gold.evidence)]
        return {
            j: 3 * (not _states(event, spans)) + 2 - _details_right(event, gold)
            for j, event in enumerate(events)
            if event.get("type") in gold.types
            and codes_match(codes[j][0], gold.source)
            and codes_match(codes[j][1], gold.target)
        }

    return max_matching(len(record.events), len(events), costs)


def _states(event: Output, spans: Sequence[tuple[int, int]]) -> bool:
    """The event's sentence (or, without one, its evidence) overlaps one of ``spans``."""
    where = event.get("sentence") or event.get("evidence") or {}
    start, end = int(where.get("start") or 0), int(where.get("end") or 0)
    return any(start < stop and begin < end for begin, stop in spans)


def _codes(references: Any, actors: Mapping[str, Mapping[str, Any]]) -> set[str]:
    return {code for ref in references or [] for code in actor_codes(str(ref), actors)}


def _modality_right(event: Output, gold: GoldEvent) -> bool:
    return event.get("modality") == gold.modality


def _date_right(event: Output, gold: GoldEvent) -> bool:
    return date_right(event.get("date"), gold.date)


def _details_right(event: Output, gold: GoldEvent) -> int:
    return int(_modality_right(event, gold)) + int(_date_right(event, gold))


def score_events(output: Output, record: GoldRecord) -> Scored:
    """Events: P/R/F1 over one-to-one pairs (:func:`event_pairs`), by type, modality, date."""
    events = list(output.get("events") or [])
    pairs = event_pairs(output, record)
    misses = [
        Miss("events", record.id, gold.evidence, f"{describe(gold)} not found")
        for i, gold in enumerate(record.events)
        if i not in pairs
    ]
    paired = [(record.events[i], events[j]) for i, j in sorted(pairs.items())]
    rates: dict[str, Rate] = {}
    for key, right in (("modality", _modality_right), ("date", _date_right)):
        wrong = [(gold, event) for gold, event in paired if not right(event, gold)]
        rates[key] = Rate(len(pairs) - len(wrong), len(pairs))
        for gold, event in wrong:
            note = f"{key} {event.get(key)} instead of {getattr(gold, key)}"
            misses.append(Miss("events", record.id, gold.evidence, note))
    dated = [(gold, event) for gold, event in paired if gold.date is not None]
    rates["date_given"] = Rate(sum(_date_right(e, g) for g, e in dated), len(dated))
    counts = Counts(len(pairs), len(record.events), len(pairs), len(events))
    return Metrics(counts, rates, by_type(record, events, pairs)), misses


def by_type(record: GoldRecord, events: list[Output], pairs: dict[int, int]) -> dict[str, Counts]:
    """Counts by PLOVER type; they add up to the totals.

    A pair counts under the output event's type, an unmatched gold event under its first type,
    an unmatched output event under its own type.
    """
    counts: dict[str, Counts] = {}
    for i, gold in enumerate(record.events):
        if i in pairs:
            counts = _count(counts, str(events[pairs[i]].get("type")), Counts(1, 1, 1, 0))
        else:
            counts = _count(counts, gold.types[0], Counts(0, 1, 0, 0))
    for event in events:
        counts = _count(counts, str(event.get("type")), Counts(0, 0, 0, 1))
    return counts


def _count(table: dict[str, Counts], kind: str, counts: Counts) -> dict[str, Counts]:
    return table | {kind: table.get(kind, Counts()) + counts}


def describe(event: GoldEvent) -> str:
    """``ACCUSE UKR→RUS`` (alternatives separated by ``/``)."""
    return f"{'/'.join(event.types)} {'/'.join(event.source)}→{'/'.join(event.target)}"
