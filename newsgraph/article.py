"""The data model: one :class:`Article` flows through every stage.

Readers create an Article with its ``raw`` text and whatever metadata the input gave; each stage
fills in the fields it declares in ``assigns``. Offsets (``start``/``end``) always index
``Article.text``, the clean body, in Python string positions.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from typing import Any, Literal

#: The sixteen PLOVER event types, in the ontology's order.
PLOVER_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)  # fmt: skip
MODALITIES: tuple[str, ...] = ("asserted", "negated", "hypothetical", "denied", "future")

Status = Literal["ok", "unsupported-language", "failed"]
Modality = Literal["asserted", "negated", "hypothetical", "denied", "future"]
Part = Literal["body", "title"]
ActorKind = Literal["person", "country", "organization", "group"]
#: The sector of a state's armed forces, a side apart from its civil government.
MILITARY = "MIL"


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the clean text."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Entity:
    """A named entity from the NLP model, with its label mapped to newsgraph's scheme."""

    start: int
    end: int
    text: str
    label: str
    model_label: str


@dataclass(frozen=True, slots=True)
class Removed:
    """A line of the raw input that is not part of the body, and why."""

    line: int
    text: str
    reason: str


@dataclass(frozen=True, slots=True)
class Caption:
    """A photo caption taken out of the body."""

    text: str
    credit: str | None = None
    alt: str | None = None


@dataclass(slots=True)
class Actor:
    id: str
    name: str
    kind: ActorKind
    country: str | None = None
    sector: str | None = None
    role: str | None = None
    wikidata: str | None = None
    mentions: list[Span] = field(default_factory=list)


@dataclass(slots=True)
class Quote:
    text: str
    start: int
    end: int
    speaker: str | None
    direct: bool
    cue: str | None = None


@dataclass(slots=True)
class Event:
    type: str
    source: list[str]
    target: list[str]
    modality: Modality
    evidence: Span
    date: str | None = None
    place: str | None = None
    mode: str | None = None
    coder: str | None = None
    #: The word or phrase that states the event, and the sentence it is in.
    trigger: Span | None = None
    sentence: Span | None = None
    #: The country (ISO3) of ``place``.
    place_country: str | None = None
    #: The actor who reported the event (the speaker of a quote or of reported speech).
    reported_by: str | None = None
    #: Where ``evidence``, ``trigger`` and ``sentence`` are: ``"body"``, offsets into
    #: ``Article.text``; ``"title"``, offsets into ``Article.title`` (an event only the
    #: headline states).
    part: Part = "body"
    #: For users of CAMEO-coded datasets: code, quad class (0-4), Goldstein score; and the
    #: PLOVER intensity of the type and mode.
    cameo: str | None = None
    quad_class: int | None = None
    goldstein: float | None = None
    intensity: float | None = None


@dataclass(slots=True)
class Article:
    """One news article and everything newsgraph found in it."""

    raw: str
    id: str = ""
    origin: str | None = None
    url: str | None = None
    title: str | None = None
    published: dt.date | None = None
    published_estimated: bool = False
    authors: list[str] = field(default_factory=list)
    source: str | None = None
    translated_from: str | None = None
    language: str | None = None
    status: Status = "ok"
    text: str = ""
    paragraphs: list[Span] = field(default_factory=list)
    #: The stories of a page of several (a page of briefs, a flash and its follow-up), each
    #: from its title to the next one's; empty for a page of one story.
    sections: list[Span] = field(default_factory=list)
    captions: list[Caption] = field(default_factory=list)
    removed: list[Removed] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    error: str | None = None
    versions: dict[str, str] = field(default_factory=dict)
    #: Whether ``raw`` is the main text an HTML extractor already chose (so the cleaner keeps
    #: every line that is not plainly site chrome); never serialised.
    extracted: bool = False
    #: The spaCy ``Doc`` of ``text`` once parsed; never serialised.
    doc: Any = None
    #: The spaCy ``Doc`` of ``title`` once parsed (None without a title); never serialised.
    title_doc: Any = None

    def __post_init__(self) -> None:
        if not self.id:
            self.id = content_id(self.raw)

    @property
    def failed(self) -> bool:
        return self.status == "failed"

    def story(self, offset: int) -> tuple[int, int]:
        """The stretch of ``text`` of the story that ``offset`` is in: the whole text on a
        page of one story. Readers that look back or count over the article (antecedents,
        the most named state, dates carried over) stay inside it."""
        for section in self.sections:
            if section.start <= offset < section.end:
                return section.start, section.end
        if self.sections and offset >= self.sections[-1].end:
            return self.sections[-1].start, len(self.text)
        return 0, len(self.text)


def content_id(text: str) -> str:
    """A stable id from the content: the same article gets the same id on every run."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
