"""Which context guess gave an event its sides: a trace for :mod:`event_errors`.

:meth:`Trace.install` wraps the coder's guesses (the other party named nearest, the reply to
an earlier act, the article's other party…) so that each call that returns actors is noted
under the trigger being decided; an output event's side is then put down to the first guess
whose actors are that side (``syntax`` when none is: the sentence named it). Production code
is left as it is; the wrapping only lasts for the process of the script.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import wraps
from typing import Any

from newsgraph.article import Actor
from newsgraph.events import coder, decide, discourse, participants, targets

Output = Mapping[str, Any]
#: A trigger: the text of its document and its offset.
Key = tuple[str, int]

#: Guesses of a target (methods of the sentence coder, or functions its modules import).
TARGETS = {
    "_embedded_target": "embedded",
    "_act_author": "act_author",
    "_own_government": "own_gov",
    "_own_people": "own_people",
    "_authority": "authority",
    "_context_pair": "pair",
    "_with_partner": "partner",
    "_sibling_sides": "sibling",
}
#: Labels of a reply by how far back its party was named, and of the nearest party by where.
REPLY = {f"reply_{back}" for back in ("0", "1", "2+", "none")}
NEAREST = {f"nearest_{where}_{kind}" for where in ("here", "prev") for kind in ("state", "igo")}
#: The guesses that may give a target, and those that may give a source.
OF_TARGET = frozenset(
    {*TARGETS.values(), *NEAREST, "nearest_ahead", *REPLY, "salient", "body_author"}
) | {"judges_last_doer", "crowd"}
OF_SOURCE = frozenset({"unnamed", "anaphor", "crowd", "forces", "passive", "ctx_source", "topic"})
OF_SOURCE |= {"authority", "pair", "partner", "sibling"}
#: Guesses of a source.
SOURCES = {
    "_unnamed": "unnamed",
    "_anaphor": "anaphor",
    "_crowd": "crowd",
    "_forces": "forces",
    "_passive_source": "passive",
    "_context_source": "ctx_source",
}


@dataclass
class Trace:
    """The guesses noted per trigger, in the order they were made."""

    notes: dict[Key, list[tuple[str, frozenset[str]]]] = field(
        default_factory=lambda: defaultdict(list)
    )
    _deciding: list[Key] = field(default_factory=list)
    _tokens: list[Any] = field(default_factory=list)

    @classmethod
    def install(cls) -> Trace:
        trace = cls()
        klass = decide.SentenceCoder
        original = klass.decide

        def deciding(self: Any, candidate: Any, complete: bool = True) -> Any:
            trace._deciding.append((candidate.token.doc.text, candidate.token.idx))
            trace._tokens.append(candidate.token)
            try:
                return original(self, candidate, complete)
            finally:
                trace._deciding.pop()
                trace._tokens.pop()

        wrapped: dict[str, Callable[..., Any]] = {
            "decide": deciding,
            "_nearest_other": trace._nearest(klass._nearest_other),
        }
        for name, label in {**TARGETS, **SOURCES}.items():
            wrapped[name] = trace._wrap(getattr(klass, name), label)
        for name, function in wrapped.items():
            setattr(klass, name, function)
        for owner, name, label in (
            (discourse.Discourse, "reply_to", "reply"),
            (discourse.Discourse, "topic", "topic"),
            (participants.ActorIndex, "salient", "salient"),
            (targets, "body_author", "body_author"),
            (coder, "act_author", "judges_last_doer"),
        ):
            setattr(owner, name, trace._wrap(getattr(owner, name), label))
        return trace

    def _wrap(self, function: Callable[..., Any], label: str) -> Callable[..., Any]:
        @wraps(function)
        def noted(*args: Any, **kwargs: Any) -> Any:
            found = function(*args, **kwargs)
            actors = found[0] if isinstance(found, tuple) else found
            key = self._deciding[-1] if self._deciding else _candidate_key(args)
            if key is not None and actors and isinstance(actors, list):
                ids = frozenset(a.id for a in actors if isinstance(a, Actor))
                named = label
                if label == "reply" and self._tokens:
                    named = f"reply_{_back(self._tokens[-1], actors[0])}"
                self.notes[key].append((named, ids))
            return found

        return noted

    def _nearest(self, function: Callable[..., Any]) -> Callable[..., Any]:
        """The other party named nearest, labelled by where it was named: after the trigger
        (``nearest_ahead``), before it in its sentence (``nearest_here``), or in the one
        before (``nearest_prev``)."""

        @wraps(function)
        def noted(coder: Any, candidate: Any, exclude: frozenset[str]) -> Any:
            found = function(coder, candidate, exclude)
            if found and self._deciding:
                where = _where(coder, candidate.token.idx, found[0])
                self.notes[self._deciding[-1]].append((f"nearest_{where}", _ids(found)))
            return found

        return noted

    def side(self, text: str, event: Output, role: str) -> str:
        """The guess that gave an event's ``role`` side, or ``syntax``."""
        trigger = event.get("trigger") or {}
        ids = frozenset(str(a) for a in event.get(role) or [])
        wanted = OF_SOURCE if role == "source" else OF_TARGET
        for (doc, at), notes in self.notes.items():
            if at != trigger.get("start") or not text.endswith(doc[-200:]):
                continue
            for label, found in notes:
                if found == ids and label in wanted:
                    return label
        return "syntax"


def _ids(actors: list[Actor]) -> frozenset[str]:
    return frozenset(a.id for a in actors)


def _where(coder: Any, before: int, actor: Actor) -> str:
    """Where the last mention of ``actor``'s party before ``before`` is: ``here`` (in the
    sentence), ``prev`` (before it), ``ahead`` (none before)."""
    index = coder.arguments.index
    starts = [
        m.start
        for m in index.mentions
        if m.start < before
        and index.side(m.actor) is not None
        and participants.party(index.side(m.actor)) == participants.party(actor)
    ]
    if not starts:
        return "ahead"
    kind = "igo" if actor.kind != "country" else "state"
    return ("here" if starts[-1] >= coder.span[0] else "prev") + "_" + kind


def _back(token: Any, actor: Actor) -> str:
    """How many sentences back ``actor`` was last named before ``token``: 0, 1, 2+."""
    starts = [s.start_char for s in token.doc.sents if s.start_char <= token.idx]
    named = [m.start for m in actor.mentions if m.start < token.idx]
    if not named:
        return "none"
    back = sum(1 for start in starts if start > max(named))
    return str(back) if back < 2 else "2+"


def _candidate_key(args: Sequence[Any]) -> Key | None:
    for arg in args:
        token = getattr(arg, "token", None)
        if token is not None and hasattr(token, "idx"):
            return (token.doc.text, token.idx)
    return None


def guesses(trace: Trace | None, text: str, event: Output) -> str:
    """``s:syntax t:nearest``: the guesses of an event's source and target."""
    if trace is None:
        return ""
    return f"s:{trace.side(text, event, 'source')} t:{trace.side(text, event, 'target')}"


@dataclass
class Tally:
    """Right (paired with gold) and wrong events per guess of a side, per set."""

    counts: Counter[tuple[str, str, bool]] = field(default_factory=Counter)
    #: One line per event with a guessed side: ``GUESS t:nearest wrong ACCUSE fr …``.
    lines: list[str] = field(default_factory=list)

    def add(self, trace: Trace, output: Output, pairs: Mapping[int, int], name: str) -> None:
        text = str(output.get("text") or "")
        paired = set(pairs.values())
        language = name.rsplit(".", 1)[-1]
        for j, event in enumerate(output.get("events") or []):
            labels = [f"{role[0]}:{trace.side(text, event, role)}" for role in ("source", "target")]
            for label in labels:
                self.counts[(label, language, j in paired)] += 1
            if labels != ["s:syntax", "t:syntax"]:
                verdict = "right" if j in paired else "wrong"
                evidence = (event.get("evidence") or {}).get("text", "")
                self.lines.append(
                    f"GUESS {' '.join(labels)} {verdict} {event.get('type')} {name} "
                    f"{event.get('modality')} «{evidence}»"
                )

    def table(self) -> str:
        labels = sorted({label for label, _, _ in self.counts})
        lines = ["guess            fr right/wrong   en right/wrong"]
        for label in labels:
            cells = [
                f"{self.counts[(label, lang, True)]:5d}/{self.counts[(label, lang, False)]:<5d}"
                for lang in ("fr", "en")
            ]
            lines.append(f"{label:16s} " + "      ".join(cells))
        return "\n".join(lines)
