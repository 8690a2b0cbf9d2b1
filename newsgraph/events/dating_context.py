"""The date the text around an event gives, when the event's own sentence names no time
(:mod:`.dating`). An event its sentence gives no time takes, in this order:

- in the lead, asserted, the publication day (the news of the day);
- told as done again and again ("has repeatedly denied", "à plusieurs reprises"), no date;
- in an entry of a live report ("20.05 BST – Lukashenko says …"), the report's day;
- told by the narrator in the present past the lead's paragraph ("Kinshasa accuse Kigali de
  soutenir la rébellion", "China refuses to recognize the ruling"), a standing position, no
  date (:func:`standing`);
- with a word that puts it at the time just told ("Pékin avait alors dénoncé", "Katz said at
  the time"), the last time the text gave;
- an act its alleged author denies ("Rwanda denies backing the group", "ce qu'Abou Dhabi a
  toujours nié"), no date from the text around it: the denial leaves when it would have taken
  place untold; not an incident of the news, a strike or an arrest, dated like an act told
  flat even in the present ("Tarvia denies shelling the village": :func:`denied_incident`),
  and with no occasion near it, the day the last incident of its type told as done took
  ("Missiles hit Odesa on Monday. ¶ … ¶ The Kremlin denied targeting civilians": Monday);
- a pluperfect under a verb of saying ("said she had met the envoy") is the past shifted
  back in reported speech, told flat like the rest, not background;
- told flat (not in the pluperfect), a day or month the sentence before names when no event
  took it ("The dispute opened at the talks of 9 March. With Lisbon holding out …"), unless
  told in the present or the imperfect (a state or a habit);
- told flat (not in the pluperfect), the occasion of its sentence or paragraph; a statement
  with no time, the news of the day; an act, in one of the two paragraphs after the lead's,
  the lead's day (:func:`near_lead`), further on the day the lead named when it lies before
  the publication (:func:`news_before`).

A day or month an act (not a statement) takes from the time just told is the occasion from
then on, as if its own clause named it.

The words are data: ``then``, ``habitual`` and ``stamp`` in ``lang/<code>/timex.json``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from typing import TYPE_CHECKING

from ..actors.pronouns import in_quotation, quotation_start
from ..article import Article
from ..timex.calendar import GRACE
from .dating_live import in_live_entry
from .discourse import Discourse, TimeWords, paragraph_start, prospective, reported
from .syntax import Token, morph
from .timing import (
    Moment,
    background,
    counted_from,
    day_before,
    day_since,
    day_told,
    moments,
)
from .yeared import in_year_told

if TYPE_CHECKING:
    from .decide import Decision, SentenceCoder

#: Acts done by saying: reported with no time, they are the news of the day (the day the lead
#: gives, else the publication day).
SAID = frozenset({"ACCUSE", "REJECT", "REQUEST", "THREATEN", "SUPPORT"})
#: Modalities of events that took place, which a date can be inherited for.
DATED = frozenset({"asserted", "negated", "denied"})
#: Acts done at one moment, incidents of the news: one its alleged author denies is still the
#: incident the article reports, dated by the occasion the text gives.
INCIDENTS = frozenset({"ASSAULT", "COERCE"})


def later(value: str, published: dt.date | None, estimated: bool = False) -> bool:
    """Whether a date lies after the publication, at its own grain: no time of an event that
    took place, but of the plan or demand it names ("a demandé au Conseil de présenter dès le
    mois prochain une liste de mesures", "asked Lima to hold a vote next year").
    An ``estimated`` publication date, read off the page, may fall a day or two before the
    last day it reports: a day within ``GRACE`` days after it is no later ("recalled its
    envoy on May 8", the page dated May 7)."""
    if published is None:
        return False
    if estimated and len(value) == 10:
        published = published + dt.timedelta(days=GRACE)
    return value > published.isoformat()[: len(value)]


def from_context(sentence: SentenceCoder, decision: Decision, own: bool = False) -> str | None:
    """The date of an event its sentence gives no time (see the module's docstring). An event
    that keeps its ``own`` time (:func:`.attachment.keeps_own_time`: told in a relative clause
    in the pluperfect) takes only the day of the same act told before, never the news of the
    day, even in the lead ("Japan on Monday condemned the sanctions that China had imposed")."""
    article, times, discourse = sentence.article, sentence.coder.times, sentence.discourse
    # an estimated publication date is no news of the day: it comes from the last date
    # the page shows, which may be any day after the events
    published = None if article.published_estimated else article.published
    if sentence.lead and decision.modality == "asserted" and published and not own:
        # the lead sentence reports the news of the day (its dateline's, if it has one)
        return published.isoformat()
    if decision.modality not in DATED:
        return None
    tree, start = sentence.coder.tree, sentence.span[0]
    habit = times.habitual
    low, high = tree.phrase(decision.chain[-1])
    if habit is not None and habit.search(article.text[low:high]):
        return None  # an act done again and again has no one date
    told = background(tree, decision.chain[-1], sentence.coder.lexicon.cues.background_aux)
    told = own or (told and not reported(decision.chain[-1], sentence.coder.lexicon.cues.reporting))
    paragraph = paragraph_start(article.text, start)
    if published and not told and in_live_entry(article, start, times.stamp):
        return _entry_day(discourse, decision, paragraph) or published.isoformat()
    incident = denied_incident(decision, sentence.coder.lexicon.cues.standing_acts)
    position = standing(decision.chain, article.text) and not incident
    if paragraph > discourse.lead_at >= 0 and position:
        return None  # a standing position (the present of the lead's paragraph is the news)
    given = _told_before(sentence, decision)
    if given is not None:
        return _carried(sentence, given, decision)
    if told or (decision.modality == "denied" and not incident):
        return None  # background, or a standing act its author denies: no occasion dates it
    named = named_before(sentence, paragraph)
    if named is not None and not ongoing(decision.chain[-1]):
        return _carried(sentence, named, decision)
    # a fact told flat reaches back to its paragraph's occasion, not a denial; quoted words
    # that open the paragraph, to the one before
    opening = _opens_paragraph(article.text, decision.chain[0].idx, paragraph)
    flat = decision.modality == "asserted" or incident
    occasion = discourse.occasion(paragraph if flat else None, opening)
    if occasion is not None:
        return occasion
    if incident and decision.type in discourse.incident_days:
        return discourse.incident_days[decision.type]  # the incident told before
    if published and decision.type in SAID:  # a statement with no time: the news
        return discourse.news_day or published.isoformat()
    if flat and not ongoing(decision.chain[-1]):
        return _lead_day(article, discourse, paragraph)
    return None


def _entry_day(discourse: Discourse, decision: Decision, paragraph: int) -> str | None:
    """The occasion an entry of a live report has just dated, for an act told flat after it in
    the same entry ("12h20 ¶ Des grévistes ont défilé hier soir autour de la mairie de
    Varlène. Les gendarmes ont arrêté 41 marcheurs": last night, not the report's
    day). Not a state or a habit told in the present or the imperfect ("Tarvia still holds
    three posts"), which is the report's day."""
    if decision.modality != "asserted" or ongoing(decision.chain[-1]):
        return None
    return discourse.occasion(paragraph)


def denied_incident(decision: Decision, standing_acts: Collection[str]) -> bool:
    """Whether an event is an incident of the news (``INCIDENTS``) its alleged author denies:
    the strike or the arrest the article reports, dated like it ("Le ministère a nié que ses
    drones aient visé le convoi": the day of the incident). A denied standing act, arms
    or backing supplied over time ("Tarvia denies arming the rebels"), has no one date; so has
    a denied incident type told as a standing act: a war waged, a crackdown, a land occupied
    (``standing_acts``, the language's list), or a trigger in the present or imperfect
    (:func:`ongoing`: « nie que ses troupes bombardent la ville »)."""
    if decision.modality != "denied" or decision.type not in INCIDENTS:
        return False
    acts = decision.chain[:-1] or decision.chain
    return not any(t.lemma_.lower() in standing_acts or ongoing(t) for t in acts)


def _opens_paragraph(text: str, offset: int, paragraph: int) -> bool:
    """Whether ``offset`` lies in quoted words that open the paragraph starting at
    ``paragraph`` ("¶ « The pumps ran dry in the night », the engineer said")."""
    start = quotation_start(text, offset)
    return start is not None and not text[paragraph:start].strip(" \u00a0-–—")


def _lead_day(article: Article, discourse: Discourse, paragraph: int) -> str | None:
    """The lead's day for an act told flat, with no occasion, in the paragraph starting at
    ``paragraph``: one of the two after the lead's tells its news (:func:`near_lead`), further
    on only a day before the publication does (:func:`news_before`); none in the lead's own
    paragraph, where its day dated no event. An estimated publication date serves here only as
    the bound the lead's day must precede, not as a day."""
    if paragraph <= discourse.lead_at:
        return None
    news = discourse.news_day
    if news and near_lead(article.text, discourse.lead_at, paragraph):
        return None if later(news, article.published) else news  # the lead's news told on
    return news_before(news, article.published)


#: How many paragraphs after the lead's go on telling its news.
_LEAD_REACH = 2


def near_lead(text: str, lead: int, paragraph: int) -> bool:
    """Whether the paragraph starting at ``paragraph`` is one of the ``_LEAD_REACH`` after the
    lead's (the lead sentence starts at ``lead``), which go on telling the lead's news: an act
    told flat there with no time of its own is of the lead's day, even the day of publication
    ("Norway recalled its envoy on Monday. ¶ The minister ordered the recall after the vote":
    Monday). Further on, the report turns to background (:func:`news_before`)."""
    if not 0 <= lead < paragraph:
        return False
    parts = text[lead:paragraph].split("\n\n")
    return sum(1 for part in parts if part.strip()) <= _LEAD_REACH


def news_before(news_day: str | None, published: dt.date | None) -> str | None:
    """The day of the lead's news for an act told flat with no occasion near it, in a
    paragraph after the lead's, when the lead named a day before the publication ("announced
    yesterday that they had signed a fisheries pact. ¶ … The two capitals also signed a
    customs accord": yesterday): the report tells that past occasion. A lead dated
    the day of publication is the news of the moment, not an occasion the whole report
    tells."""
    if news_day is None or published is None or news_day >= published.isoformat():
        return None
    return news_day


def _carried(sentence: SentenceCoder, found: str, decision: Decision) -> str:
    """A day or month an act takes from the time the text has just told is the narrative's
    occasion from then on, as if its own clause named it: the facts told flat after it take
    it, and "the same day" or "four days later" count from it ("On August 24 Tepco opened
    the valves. ¶ Within hours, China suspended imports. The foreign ministry accused Tokyo
    …": both August 24). Not a statement's (``SAID``): words are no occasion."""
    if len(found) > 4 and decision.type not in SAID:
        sentence.discourse.dated(found, sentence.span[0], decision.chain[0].idx)
    return found


def _told_before(sentence: SentenceCoder, decision: Decision) -> str | None:
    """The time the text gave before, for a sentence whose words put its event then ("La
    Chine avait alors dénoncé": the time of the sentence before)."""
    article, times, start = sentence.article, sentence.coder.times, sentence.span[0]
    text = article.text[start : sentence.span[1]]
    then = times.then
    if then is not None and then.search(text):
        given = time_before(sentence.discourse, article, start, times)
        if given is not None:
            return given
    return None


def times_between(
    discourse: Discourse, article: Article, start: int, end: int, times: TimeWords
) -> list[Moment]:
    """The time expressions of the text from ``start`` to ``end`` (read back from the
    publication), each in the year its paragraph told (:func:`.yeared.in_year_told`); read once
    for every event that looks back at them."""
    key = (start, end)
    if key not in discourse.times_between:
        found = moments(article.text[start:end], start, article.published, times, False)
        found = in_year_told(found, article.text, start, article.published, times)
        discourse.times_between[key] = found
    return discourse.times_between[key]


def time_before(discourse: Discourse, article: Article, start: int, times: TimeWords) -> str | None:
    """The last time the text gave before the sentence at ``start``: a date the sentence before
    names ("En mars 2024, Washington avait sanctionné … Pékin avait alors dénoncé"), a day or
    month before a year, which dates a background fact ("met in Riyadh yesterday, the
    highest-level talks since the invasion three years ago. … Rubio told reporters afterward":
    yesterday), else the date of the last dated event."""
    previous = discourse.previous
    if previous < start:
        found = times_between(discourse, article, previous, start, times)
        given = [m.value for m in found if not m.anaphoric and not m.ahead]
        finer = [value for value in given if len(value) > 4]
        if given:
            return (finer or given)[-1]
    newer = day_since(discourse, article, start, times)
    if newer is not None:
        return newer
    if discourse.last_date is not None:
        return discourse.last_date[0]
    return day_told(article, min(previous, start), start, times)


#: Tenses of a state or a habit rather than of one act: the present ("its Africa Corps fights
#: alongside Malian soldiers") and the imperfect ("Ankara exigeait que Stockholm durcisse").
_ONGOING = frozenset({"Pres", "Imp"})


def ongoing(verb: Token) -> bool:
    """Whether the verb a clause is told in is in the present or the imperfect: a state or a
    habit, which no date the text has just named pins down."""
    return morph(verb, "Tense") in _ONGOING and morph(verb, "VerbForm") != "Part"


def standing(chain: list[Token], text: str) -> bool:
    """Whether a verbal trigger is told by the narrator in the present indicative, in the third
    person and outside quotation marks: a position held or a state ("Kinshasa accuse Kigali de
    soutenir la rébellion", "China refuses to recognize the 2016 ruling"), which no day of the
    news pins down. Not quoted words ("« Nous exigeons »", "“NATO stands with Finland,” Rutte
    wrote"), said that day."""
    verb = chain[-1]
    if len(chain) > 1 or morph(verb, "Tense") != "Pres" or morph(verb, "VerbForm") != "Fin":
        return False
    if morph(verb, "Mood") not in ("", "Ind") or morph(verb, "Person") in ("1", "2"):
        return False
    return not in_quotation(text, verb.idx)


def named_before(sentence: SentenceCoder, paragraph: int) -> str | None:
    """The last day or month the sentence before names (one counting from an earlier date
    counted from it: :func:`_resolved`), in the same paragraph, where no event
    of that sentence took a day or month of its own clause (``Discourse.timed``) and no verb of
    it speaks of what is to come: the occasion the text has just set ("The dispute opened at the
    talks of 9 March. With Lisbon holding out against the clause, …": 9 March). A year
    dates a background fact, a date after the publication a plan, neither an occasion; nor
    does a time in quoted words, told from the day they were said, not the publication's
    (« Ce soir, la porte est enfin ouverte », a salué la présidente après
    le scrutin de jeudi soir: not the publication day)."""
    article, times, discourse = sentence.article, sentence.coder.times, sentence.discourse
    previous, start = discourse.previous, sentence.span[0]
    if not paragraph <= previous < start:
        return None
    if previous <= discourse.timed < start:
        return None  # the sentence before dated its own event: its time is taken
    if prospective(article, previous, start, sentence.coder.to_come):
        return None  # "signeront un accord le 28 juin": a plan's date is no past occasion
    found = times_between(discourse, article, previous, start, times)
    told = [m for m in found if not m.ahead and not in_quotation(article.text, m.start)]
    resolved = [_resolved(sentence, m) for m in told if len(m.value) > 4]
    given = [value for value in resolved if value is not None]
    if not given or later(given[-1], article.published, article.published_estimated):
        return None
    return given[-1]


def _resolved(sentence: SentenceCoder, moment: Moment) -> str | None:
    """The date a time expression of the sentence before names, one counting from an earlier
    date ("The same day", "four days later") counted from the last date told before it ("…
    on August 24. ¶ The same day, Sun summoned Japan's ambassador. Tarumi rejected the
    protest": August 24); none where no date as fine as it was told before it."""
    if not moment.anaphoric:
        return moment.value
    article, times, discourse = sentence.article, sentence.coder.times, sentence.discourse
    earlier = day_before(discourse, article, discourse.previous, times, moment.start)
    return counted_from(moment, earlier, times.code, False)
