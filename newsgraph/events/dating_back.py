"""The day of an act a noun points back to: "the meeting", « cette signature », « les
tractations », an event noun made definite, demonstrative or possessive with no time of its
own, names an act the text has already told and dated, and takes that act's day.

Each act told as a past fact on a day (done, or told as not done or denied; not a month or a
year, which date a background fact) is remembered with its type and the parties on each side
(:func:`remember`); a noun trigger that points back takes the day of the last such act of its
type sharing a party on each side (:func:`pointed_back`), where the text around it gives it no
date of its own. One
more of the kind ("un nouvel accord", "another meeting", "the second round": renewal words and
ordinals) is a new act, not the one told, and one before it ("the previous meeting", « leur
précédente rencontre »: words of an earlier act) is an older one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..article import Actor
from .participants import party
from .syntax import Token

if TYPE_CHECKING:
    from .decide import Decision, SentenceCoder

#: Modalities of acts told as past facts (done, not done, denied), which a day is remembered
#: and inherited for; a plan or a possibility has no day to pass on.
_TOLD = frozenset({"asserted", "negated", "denied"})

#: A remembered act: its type, the parties of its source and target, its day.
ActDay = tuple[str, frozenset[str], frozenset[str], str]


def _parties(actors: list[Actor]) -> frozenset[str]:
    """The parties (:func:`.participants.party`) of one side of an act."""
    return frozenset(party(a) for a in actors)


def remember(sentence: SentenceCoder, decision: Decision, day: str | None) -> None:
    """Remember the day of an act told as a past fact, for a noun that points back to it
    later."""
    if day is None or len(day) != 10 or decision.modality not in _TOLD:
        return
    act = (decision.type, _parties(decision.source), _parties(decision.target), day)
    sentence.discourse.act_days.append(act)


def pointing_back(
    token: Token, renewal: frozenset[str], earlier: frozenset[str], possessive: frozenset[str]
) -> bool:
    """Whether the words before a trigger make it point back to an act told before: a
    definite, demonstrative or possessive word ("the talks", « cette signature », "their
    meeting"; a genitive name: "Kyiv's accusations"), and no renewal word or ordinal ("un
    nouvel accord", "the second round") nor any word of an earlier act on either side ("the
    previous meeting", « la rencontre précédente »), which name another act than the one told."""
    if any(c.lower_ in earlier for c in token.children):
        return False
    before = [c for c in token.children if c.i < token.i]
    if any("Ord" in c.morph.get("NumType") or c.lower_ in renewal for c in before):
        return False
    return any(
        c.dep_ in possessive
        or "Def" in c.morph.get("Definite")
        or "Dem" in c.morph.get("PronType")
        or "Yes" in c.morph.get("Poss")
        for c in before
    )


def pointed_back(sentence: SentenceCoder, decision: Decision) -> str | None:
    """The day of the act told before that the event's noun trigger points back to (see the
    module's docstring), or None."""
    if decision.modality not in _TOLD:
        return None
    coder, trigger = sentence.coder, decision.chain[0]
    if trigger.pos_ != "NOUN":
        return None
    lexicon = coder.lexicon
    if not pointing_back(trigger, lexicon.renewal, lexicon.earlier, coder.tree.syntax.possessive):
        return None
    sources, targets = _parties(decision.source), _parties(decision.target)
    for kind, done_by, done_to, day in reversed(sentence.discourse.act_days):
        if kind == decision.type and done_by & sources and done_to & targets:
            return day
    return None
