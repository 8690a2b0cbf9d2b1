"""When an event happened: the time expression of its clause (:mod:`.timing`), else what the
text around it dates it by (:mod:`.dating_context`), else, for a noun that points back to an
act already told ("the talks", « cette signature »), that act's day (:mod:`.dating_back`).

A threat stated as the act to come ("prendra toutes les mesures") is dated as said, the way
it is asserted. A plan's date is no fact's, a possibility raised on a day is not dated by
that day, and a day or month a fact takes from its own clause is the occasion the next
sentences may take.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from ..article import Span
from .attachment import keeps_own_time, modifier_of, reduced_relative, said_when
from .dating_back import pointed_back
from .dating_context import DATED, from_context, later
from .discourse import (
    reported,
)
from .pastverbs import of_past_verb
from .syntax import Token
from .timing import (
    Moment,
    background,
    before,
    counted_from,
    day_before,
    event_date,
    moments,
)
from .yeared import in_year_told

if TYPE_CHECKING:
    from .decide import Decision, SentenceCoder


def event_day(
    sentence: SentenceCoder, decision: Decision, evidence: Span, token: Token
) -> str | None:
    """The date of the time expression of the event's clause, else the one the context gives
    (see the module's docstring)."""
    if uttered(sentence, decision.modality, decision.type, token.idx):
        decision = replace(decision, modality="asserted")
    future = tense(decision.modality)
    article = sentence.article
    start = sentence.span[0]
    chain = decision.chain
    tree = sentence.coder.tree
    top = tree.phrase(chain[-1]) if len(chain) > 1 else (evidence.start, evidence.end)
    clause = (min(top[0], evidence.start), max(top[1], evidence.end))
    hangs = modifier_of(tree, chain, sentence.coder.times)
    moment = _own_time(sentence, future, clause, token.idx, hangs, chain)
    own = keeps_own_time(tree, chain)
    if moment is None:
        return from_context(sentence, decision, own) or pointed_back(sentence, decision)
    found = _counted(sentence, moment, future) or moment.value
    if decision.modality not in DATED and before(found, article.published):
        return None  # the day a plan was made, not the day it is carried out
    possible = decision.modality == "hypothetical" and conditioned(sentence, chain)
    if possible and said_day(found, article.published):
        return None  # the day a possibility was raised, not the day it would come about
    if decision.modality in DATED and (
        later(found, article.published, article.published_estimated)
        or ahead_of_news(moment, found, article.published_estimated)
    ):
        return from_context(sentence, decision, own)  # the time of what it asks for or plans
    if decision.modality in DATED and len(found) > 4:
        # a day or month a fact takes from its own clause: the next sentence's event does not
        # take it as the occasion just named (:func:`named_before`); a year dates a background
        # fact ("since Moscow's invasion of Ukraine in 2022"), a plan's date no fact
        sentence.discourse.timed = start
        if not moment.ahead and hangs(moment) < 2:
            _occasion(sentence, found, token, stepped_back(sentence, decision))
    return found


def sentence_times(sentence: SentenceCoder, future: bool | None) -> list[Moment]:
    """The time expressions of the sentence, read as of what is to come (``future``) or of
    what took place, each in the year its paragraph told; read once each way."""
    if future not in sentence._dates:
        article, times = sentence.article, sentence.coder.times
        start, end = sentence.span
        named = moments(article.text[start:end], start, article.published, times, future)
        sentence._dates[future] = in_year_told(named, article.text, start, article.published, times)
    return sentence._dates[future]


def tense(modality: str) -> bool | None:
    """The tense the time expressions of an event's sentence are read in: forward for one to
    come, back for one that took place, and either way for one that may or may not come about,
    where a month or a day of a month soon after the publication is the coming one ("pourrait
    proposer dès novembre", published in October: this November, not last) and a weekday the
    past one, the day the possibility was raised ("a dit lundi que l'UE pourrait sanctionner")."""
    if modality == "future":
        return True
    return None if modality == "hypothetical" else False


def _counted(sentence: SentenceCoder, moment: Moment, future: bool | None) -> str | None:
    """The date of the time expression of the event's clause, one counted from an earlier date
    counted once for the whole sentence: "Ce jour-là, des blindés avaient passé le col et
    ouvert le feu sur un poste" dates the passage and the firing alike, not the firing from the
    passage just dated."""
    key = (moment.start, future)
    if key not in sentence._counted:
        article, times = sentence.article, sentence.coder.times
        own = [m for m in sentence._dates[future] if not _of_a_noun(sentence, m)]
        earlier = told_just_before(own, moment) or day_before(
            sentence.discourse, article, sentence.span[0], times, moment.start
        )
        sentence._counted[key] = counted_from(moment, earlier, times.code, future)
    return sentence._counted[key]


def _of_a_noun(sentence: SentenceCoder, moment: Moment) -> bool:
    """Whether ``moment`` dates a noun of the sentence through a participle after it
    (:func:`.attachment.reduced_relative`: « une attaque menée le 3 novembre »): a time of
    that noun's event, which an anaphoric expression of another clause does not count from.
    Not a subject's: « le ministre, arrivé mardi à Lviv, a convoqué le même jour … » counts
    from Tuesday."""
    doc, tree = sentence.article.doc, sentence.coder.tree
    if doc is None:
        return False
    words = doc.char_span(*sentence.span, alignment_mode="expand")
    for noun in words or []:
        if noun.pos_ != "NOUN" or noun.idx >= moment.start or noun.dep_.startswith("nsubj"):
            continue  # a subject's participle is its own step ("le ministre, arrivé mardi")
        bounds = reduced_relative(tree, noun)
        if bounds is not None and bounds[0] < bounds[1]:
            low, high = doc[bounds[0]].idx, doc[bounds[1] - 1].idx + len(doc[bounds[1] - 1])
            if low <= moment.start < high:
                return True
    return False


def told_just_before(found: list[Moment], moment: Moment) -> str | None:
    """The date the same sentence names on its own right before an anaphoric expression, as
    fine as it: what "le même jour" or "le lendemain" counts from before any date of an
    earlier sentence ("a déclaré mardi la ministre, qui a reçu le même jour
    le consul": Tuesday, not the day the sentence before told). None where the sentence
    names no such date before it."""
    given = [
        m.value
        for m in found
        if m.end <= moment.start
        and not m.anaphoric
        and not m.ahead
        and len(m.value) >= len(moment.value)
    ]
    return given[-1] if given else None


def _own_time(
    sentence: SentenceCoder,
    future: bool | None,
    clause: tuple[int, int],
    trigger: int,
    hangs: Callable[[Moment], int],
    chain: list[Token],
) -> Moment | None:
    """The time expression of the sentence that dates the event (:func:`.timing.event_date`),
    one that dates a saying the event is not (:func:`.attachment.said_when`) only when no other
    on or before it does ("… interceptés avec l'aide des États-Unis, a annoncé dimanche
    l'armée": not Sunday, the day of the announcement, but the Saturday the sentence names).
    A plan's time lies after the saying that announces it, so for an event yet to come any other
    expression dates it ("A delegation is due in Vilnius in early May, an official said on
    Thursday": May, not the Thursday). The saying itself took place: its time is read as
    past even in a sentence of what is to come ("stated on Monday that the union would support
    the plan": the Monday before the publication, not the one after), and so is the time of
    any verb told in a past tense (:mod:`.pastverbs`: "se sont réunis mercredi")."""
    found = sentence_times(sentence, future)
    said = said_when(chain, sentence.coder.lexicon.cues.reporting)
    if future:
        coder = sentence.coder
        done = of_past_verb(coder.tree, coder.lexicon.cues, chain[0], coder.to_come)
        past = {m.start: m for m in sentence_times(sentence, False)}
        found = [past.get(m.start, m) if said(m) or done(m) else m for m in found]
    sayings = [m.value for m in found if said(m)]
    rest = [
        m for m in found if not said(m) and (future or all(not_after(m.value, v) for v in sayings))
    ]
    moment = event_date(rest, clause, trigger, hangs) if sayings else None
    moment = moment or event_date(found, clause, trigger, hangs)
    return moment or fronted(sentence.article.text, sentence.span[0], found, hangs)


def fronted(
    text: str, start: int, found: list[Moment], hangs: Callable[[Moment], int]
) -> Moment | None:
    """The time expression that opens the sentence at ``start``, set off by a comma: it frames
    the whole sentence, even a year the parser leaves outside the event's clause ("Il y a un
    an, Vilnius et Minsk avaient signé un traité", read with "il y a" as the main verb)."""
    first = found[0] if found else None
    if first is None or first.ahead or hangs(first) < 0 or text[start : first.start].strip():
        return None
    return first if text[first.end : first.end + 1] == "," else None


def said_day(value: str, published: dt.date | None) -> bool:
    """Whether a date is a day on or before the publication: for an act that may or may not
    come about, the day it was raised, not a time of the act ("Vilnius could close the border
    again, the prime minister warned on Tuesday", "Kallas a dit lundi que l'UE pourrait
    sanctionner Minsk": no date). A later day or a month is the time the act would take
    ("pourrait entrer en vigueur dès demain", "could vote as early as next month")."""
    return published is not None and len(value) == 10 and value <= published.isoformat()


def conditioned(sentence: SentenceCoder, chain: list[Token]) -> bool:
    """Whether the trigger or a word it hangs on, or an auxiliary of one, is conditional,
    future or modal ("pourrait fermer", "would arrest", "could consider supplying"): the act
    is told as a possibility, not read as one from other words ("as if it were for sale")."""
    tree, to_come, cues = sentence.coder.tree, sentence.coder.to_come, sentence.coder.lexicon.cues
    modals = cues.hypothetical_aux | cues.conditional_aux
    above = [chain[0], *chain[0].ancestors]
    words = [w for t in above for w in (t, *tree.children(t, tree.syntax.aux))]
    return any(to_come(w) or w.lower_ in modals or w.lemma_.lower() in modals for w in words)


def not_after(value: str, other: str) -> bool:
    """Whether a date lies on or before another, at the coarser grain of the two: what a
    report tells took place no later than the report ("KINSHASA, June 12 - Negotiators have
    agreed …, officials said on Wednesday": not the dateline's day)."""
    grain = min(len(value), len(other))
    return value[:grain] <= other[:grain]


def uttered(sentence: SentenceCoder, modality: str, kind: str, start: int) -> bool:
    """Whether the event of type ``kind`` whose trigger starts at ``start`` is a threat a
    prospective sense states ("la Russie prendra toutes les mesures", "Iran would respond"):
    made when it is said, so asserted and dated as a statement told flat, however yet to come
    or conditional the act it announces."""
    if modality not in ("future", "hypothetical"):
        return False
    found = (c for c in sentence.candidates.values() if c.token.idx == start)
    sense = next((c.sense for c in found), None)
    return sense is not None and sense.prospective and sense.type == kind


def stepped_back(sentence: SentenceCoder, decision: Decision) -> bool:
    """Whether an event is told in the pluperfect of the background ("avait promis", "had
    pledged"), not shifted back under a verb of saying ("said it had agreed")."""
    verb, cues = decision.chain[-1], sentence.coder.lexicon.cues
    told = background(sentence.coder.tree, verb, cues.background_aux)
    return told and not reported(verb, cues.reporting)


def _occasion(sentence: SentenceCoder, found: str, token: Token, told: bool = False) -> None:
    """Remember the day or month a fact took from its own clause as the occasion the text
    gives. Not a year, which leaves the occasion told before it ("met in Riyadh yesterday …
    The two sides agreed"), as does an earlier event counted back from it ("a week after
    Russia freed him") or one named aside in a reduced relative ("en application de l'accord
    conclu lundi"). A day the lead gives is the day of its news."""
    discourse, start = sentence.discourse, sentence.span[0]
    discourse.dated(found, start, token.idx, told)
    if sentence.lead and discourse.news_day is None and len(found) == 10:
        discourse.news_day = found


def ahead_of_news(moment: Moment, found: str, estimated: bool = False) -> bool:
    """Whether the expression that dates an event starts after the publication though its
    value, a month or a year, holds the publication day: the time of what an act looks ahead
    to, not of the act ("said on Thursday that Vilnius should not expect ratification before
    the summit next week", the report dated the 6th: next week is no time of the refusal).
    Not against an ``estimated`` publication date, which may lag the page by days."""
    return moment.later and len(found) < 10 and not moment.anaphoric and not estimated
