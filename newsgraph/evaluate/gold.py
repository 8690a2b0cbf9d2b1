"""Gold annotations: JSON Lines in the format of ``GOLD.md``, loaded and checked.

Every record is checked before anything is scored: a missing or mistyped field, an unknown
PLOVER type or modality, a speaker who is not one of the actors, or a piece of text (``contains``,
``evidence``, ``body_first``, ``body_last``, a boilerplate line) that is not an exact substring of
``text`` raises :class:`~newsgraph.errors.MalformedRecord` naming ``file:line`` and the field.

One extension: instead of ``text``, a record may give ``"text_file": "samples/x.txt"``, a path
relative to the shared data folder (``--shared``). A record whose file is missing there is
skipped with a notice, so that gold sets can refer to texts that are not redistributed.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import newsgraph

from ..article import MODALITIES as ALL_MODALITIES
from ..article import PLOVER_TYPES as ALL_PLOVER_TYPES
from ..errors import InputError, MalformedRecord
from .fields import Fields

PLOVER_TYPES = frozenset(ALL_PLOVER_TYPES)
MODALITIES = frozenset(ALL_MODALITIES)
KINDS = frozenset({"person", "country", "organization", "group"})
SECTORS = frozenset(["GOV", "MIL", "LEG", "JUD", "OPP", "REB", "IGO", "NGO", "MED", "BUS", "CVL"])

_CODE = re.compile(r"^(?:[A-Z]{3}|IGO:\S.*)$")
_DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")

Notice = Callable[[str], None]


@dataclass(frozen=True, slots=True)
class GoldActor:
    name: str
    kind: str
    country: str | None
    sector: str | None
    aliases: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        """The canonical name and every accepted alias."""
        return (self.name, *self.aliases)


@dataclass(frozen=True, slots=True)
class GoldQuote:
    contains: str
    speaker: str
    direct: bool


@dataclass(frozen=True, slots=True)
class GoldEvent:
    types: tuple[str, ...]
    source: tuple[str, ...]
    target: tuple[str, ...]
    modality: str
    date: str | None
    evidence: str
    place: str | None = None


@dataclass(frozen=True, slots=True)
class GoldRecord:
    """One annotated article."""

    id: str
    lang: str
    published: dt.date | None
    text: str
    body_first: str
    body_last: str
    boilerplate: tuple[str, ...] = ()
    actors: tuple[GoldActor, ...] = ()
    quotes: tuple[GoldQuote, ...] = ()
    events: tuple[GoldEvent, ...] = ()
    source: str | None = None
    #: ``file:line`` the record was read from.
    origin: str = ""

    def actor(self, name: str) -> GoldActor | None:
        """The actor with this name or alias, if any."""
        return next((actor for actor in self.actors if name in actor.names), None)


def default_shared() -> Path:
    """The shared data folder beside the repository (``../shared``)."""
    return Path(newsgraph.__file__).resolve().parents[2] / "shared"


def load_gold(
    paths: Iterable[str | Path], shared: Path | None = None, notice: Notice | None = None
) -> list[GoldRecord]:
    """Every record of the gold files, checked; ids must be unique across the files."""
    records: list[GoldRecord] = []
    seen: dict[str, str] = {}
    for path in paths:
        for record in read_gold(Path(path), shared or default_shared(), notice):
            if record.id in seen:
                raise MalformedRecord(
                    record.origin,
                    f"field 'id': {record.id!r} is already used at {seen[record.id]}",
                    "give every gold article its own id",
                )
            seen[record.id] = record.origin
            records.append(record)
    return records


def read_gold(path: Path, shared: Path, notice: Notice | None = None) -> Iterator[GoldRecord]:
    """The records of one gold file, in order; blank lines are ignored."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(str(path), f"cannot read the gold file ({error})") from error
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        origin = f"{path}:{number}"
        data = _json(line, origin)
        text = _text(data, origin, shared)
        if text is None:
            if notice:
                notice(f"{origin}: skipped, {data['text_file']} is not in {shared}")
            continue
        yield parse_record(data, text, origin)


def parse_record(data: dict[str, Any], text: str, origin: str) -> GoldRecord:
    """A checked :class:`GoldRecord` from one decoded JSON object and its text."""
    top = Fields(data, origin)
    gold = top.object("gold")
    record = GoldRecord(
        id=top.text("id"),
        lang=top.text("lang"),
        published=_published(top),
        text=text,
        body_first=gold.text("body_first"),
        body_last=gold.text("body_last"),
        boilerplate=gold.texts("boilerplate", required=False),
        actors=tuple(_actor(fields) for fields in gold.objects("actors")),
        quotes=tuple(_quote(fields) for fields in gold.objects("quotes")),
        events=tuple(_event(fields) for fields in gold.objects("events")),
        source=top.optional_text("source"),
        origin=origin,
    )
    _check_pieces(record, gold)
    _check_speakers(record, gold)
    return record


def _json(line: str, origin: str) -> dict[str, Any]:
    try:
        value = json.loads(line)
    except json.JSONDecodeError as error:
        raise MalformedRecord(
            origin, f"malformed JSON: {error.msg} (column {error.colno})", "fix the line"
        ) from error
    if not isinstance(value, dict):
        raise MalformedRecord(origin, f"expected a JSON object, got {type(value).__name__}")
    return value


def _text(data: dict[str, Any], origin: str, shared: Path) -> str | None:
    """The record's text, or ``None`` when its ``text_file`` is not in ``shared``."""
    fields = Fields(data, origin)
    if "text" in data or "text_file" not in data:
        return fields.text("text")
    path = shared / fields.text("text_file")
    if not path.is_file():
        return None
    return path.read_text(encoding="utf-8")


def _published(fields: Fields) -> dt.date | None:
    value = fields.optional_text("published")
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise fields.error("published", f"is not a date: {value!r}", "write YYYY-MM-DD") from None


def _actor(fields: Fields) -> GoldActor:
    country = fields.optional_text("country")
    if country is not None and not re.fullmatch(r"[A-Z]{3}", country):
        raise fields.error("country", f"is {country!r}", "use an ISO 3166 alpha-3 code or null")
    return GoldActor(
        name=fields.text("name"),
        kind=fields.choice("kind", KINDS) or "",
        country=country,
        sector=fields.choice("sector", SECTORS, required=False),
        aliases=fields.texts("aliases", required=False),
    )


def _quote(fields: Fields) -> GoldQuote:
    return GoldQuote(
        contains=fields.text("contains"),
        speaker=fields.text("speaker"),
        direct=fields.boolean("direct"),
    )


def _event(fields: Fields) -> GoldEvent:
    types = fields.texts("types")
    unknown = [t for t in types if t not in PLOVER_TYPES]
    if not types or unknown:
        why = f"has unknown types {unknown}" if unknown else "is empty"
        raise fields.error("types", why, f"use PLOVER types: {', '.join(sorted(PLOVER_TYPES))}")
    date = fields.optional_text("date")
    if date is not None and not _valid_date(date):
        raise fields.error("date", f"is {date!r}", "write YYYY-MM-DD, YYYY-MM, YYYY or null")
    return GoldEvent(
        types=types,
        source=_codes(fields, "source"),
        target=_codes(fields, "target"),
        modality=fields.choice("modality", MODALITIES) or "",
        date=date,
        evidence=fields.text("evidence"),
        place=fields.optional_text("place"),
    )


def _codes(fields: Fields, key: str) -> tuple[str, ...]:
    codes = fields.texts(key)
    bad = [code for code in codes if not _CODE.match(code)]
    if not codes or bad:
        why = f"has bad codes {bad}" if bad else "is empty"
        raise fields.error(key, why, "list ISO 3166 alpha-3 codes or IGO:<name>")
    return codes


def _valid_date(value: str) -> bool:
    if not _DATE.match(value):
        return False
    padded = value + "-01" * ((10 - len(value)) // 3)
    try:
        dt.date.fromisoformat(padded)
    except ValueError:
        return False
    return True


def _check_pieces(record: GoldRecord, gold: Fields) -> None:
    pieces = [("body_first", record.body_first), ("body_last", record.body_last)]
    pieces += [(f"boilerplate[{i}]", line) for i, line in enumerate(record.boilerplate)]
    pieces += [(f"quotes[{i}].contains", q.contains) for i, q in enumerate(record.quotes)]
    pieces += [(f"events[{i}].evidence", e.evidence) for i, e in enumerate(record.events)]
    for key, piece in pieces:
        if piece not in record.text:
            raise gold.error(
                key,
                f"is not an exact substring of text: {_short(piece)!r}",
                "copy it from text character for character (spaces and quotes included)",
            )


def _check_speakers(record: GoldRecord, gold: Fields) -> None:
    for index, quote in enumerate(record.quotes):
        if record.actor(quote.speaker) is None:
            raise gold.error(
                f"quotes[{index}].speaker",
                f"is {quote.speaker!r}, which is not the name of any of the actors",
                "use the name (or an alias) of one of the record's actors",
            )


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
