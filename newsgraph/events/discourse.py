"""What a sentence's events draw on beyond the sentence: the discourse so far (who acted on
whom, what was dated), who reports what the sentence says, and whether it belongs to an entry
of a live report."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .. import lang
from ..article import Actor, Article
from .participants import ActorIndex, party
from .reading import Reading
from .syntax import Token, morph

if TYPE_CHECKING:
    from .coder import Coder
    from .dating_back import ActDay
    from .timing import Moment

_QUOTES = '«»“”"„'
#: Events a later statement may answer ("a rejeté ces accusations", "a dénoncé la décision").
PROVOKING = frozenset(
    {"ACCUSE", "REQUEST", "THREATEN", "SANCTION", "COERCE", "ASSAULT", "REJECT", "MOBILIZE"}
)
#: What an act told is: its type, its source, its target.
Act = tuple[str, list[Actor], list[Actor]]


class Discourse:
    """What earlier sentences said: who last acted on each party, for replies ("Pékin a
    rejeté ces accusations" answers whoever accused China); the countries of the places
    already placed."""

    def __init__(self) -> None:
        self.last_on: dict[str, list[Actor]] = {}
        self.place_countries: dict[str, str] = {}
        #: Where the previous sentence starts: context reaches back that far.
        self.previous = 0
        #: The date of the last dated event, and where its sentence starts.
        self.last_date: tuple[str, int] | None = None
        #: The last date an event of an earlier sentence than the last dated one took.
        self.earlier_date: tuple[str, int] | None = None
        #: Where the trigger of the last dated event stands.
        self.last_at = -1
        #: Whether the last dated event was told in a tense of the background (the
        #: pluperfect): a step back from the news, no occasion for what is told next.
        self.last_background = False
        #: The time expressions of a stretch of text between two sentence starts, each in the
        #: year its paragraph told (:func:`.dating.times_between`), read once for all its events.
        self.times_between: dict[tuple[int, int], list[Moment]] = {}
        #: Where the last sentence starts one of whose facts (events that took place) took a
        #: day or month its own clause names: not a background year, nor the date of a plan.
        self.timed = -1
        #: The day of the news the lead reports, when it gives one ("on Wednesday night").
        self.news_day: str | None = None
        #: Where the lead sentence starts (-1 before it is read).
        self.lead_at = -1
        #: The source of the last event coded.
        self.last_source: list[Actor] = []
        #: The type and sides of the last event coded: what "ces agissements" takes up.
        self.last_event: Act | None = None
        #: The doers of the acts told so far (asserted, their sentence naming the doer) and
        #: whom each was aimed at, latest last, by type: who did "the attack" a later sentence
        #: condemns.
        self.acts: dict[str, list[tuple[list[Actor], list[Actor]]]] = {}
        #: The day each type of incident told as done took last, by type: the day of the
        #: incident a later denial speaks of (:func:`.dating_context.from_context`).
        self.incident_days: dict[str, str] = {}
        #: The acts told as having taken place on a day, in order, with their type and the
        #: parties on each side: what a noun pointing back names (:mod:`.dating_back`).
        self.act_days: list[ActDay] = []

    def next_story(self, start: int) -> Discourse:
        """The discourse of the next story of a page of several, starting at ``start``:
        nothing the stories before told carries over (who acted on whom, the dates told, the
        lead and its day: each brief has a lead of its own)."""
        fresh = Discourse()
        fresh.previous = start
        return fresh

    def dated(self, date: str, sentence: int, at: int = -1, background: bool = False) -> None:
        """Remember that the event whose trigger is at ``at``, in the sentence starting at
        ``sentence``, took ``date``; ``background`` when it was told in the pluperfect."""
        if self.last_date is not None and self.last_date[1] < sentence:
            self.earlier_date = self.last_date
        self.last_date = (date, sentence)
        self.last_at = at
        self.last_background = background

    def date_before(self, sentence: int, at: int) -> str | None:
        """The date of the last event told before the time expression at ``at`` of the sentence
        at ``sentence``: what that expression counts from. An event of the same sentence told
        after the expression does not count ("The following day New Delhi suspended the treaty
        and expelled advisers": both the day after the one told before, the second not counted
        from the first), one told before it does ("a gelé sa coopération, imité le même jour
        par l'UE")."""
        last = self.last_date
        if last is not None and (last[1] < sentence or self.last_at < at):
            return last[0]
        if self.earlier_date is not None and self.earlier_date[1] < sentence:
            return self.earlier_date[0]
        return None

    def occasion(self, paragraph: int | None = None, across: bool = False) -> str | None:
        """The date of the last dated event of this sentence or the one before, or of its
        ``paragraph`` (where it starts): an event with no time of its own is part of the
        occasion just dated. A year is no occasion ("le traité de 1951 … Japan voiced
        concern"): it dates a background fact, not the news told next to it; nor is an event
        told in the pluperfect, a step back from the news ("La semaine dernière, Berlin avait
        promis un système Patriot. Berlin a en revanche refusé les Taurus": not last week).
        Given its ``paragraph``, a fact told flat takes no occasion of the paragraph before,
        which may have stepped back to an earlier day ("Dès le lendemain, Ouagadougou fermait
        sa frontière. ¶ Les délégués avaient auparavant rencontré l'arbitre": the
        news again, not the day after the incident), unless ``across``: quoted words that open
        a paragraph answer what was just told ("¶ « The pumps ran dry in the night », the
        engineer said")."""
        if self.last_date is None or self.last_background:
            return None
        date, sentence = self.last_date
        if len(date) == 4:
            return None
        if paragraph is None:
            reach = self.previous
        else:
            reach = min(self.previous, paragraph) if across else paragraph
        return date if sentence >= reach else None

    def topic(self, exclude: frozenset[str]) -> list[Actor]:
        """The source of the last event, unless it is one of the ``exclude`` parties."""
        return [a for a in self.last_source if party(a) not in exclude][:1]

    def record(self, kind: str, source: list[Actor], target: list[Actor]) -> None:
        self.last_source = source
        self.last_event = (kind, source, target)
        if kind not in PROVOKING:
            return
        for actor in target:
            if actor not in source:
                self.last_on[party(actor)] = source

    def did(self, kind: str, source: list[Actor], target: list[Actor] | None = None) -> None:
        """Remember that ``source`` did an act of type ``kind`` (at ``target``)."""
        self.acts.setdefault(kind, []).append((source, target or []))

    def first_against(self, kind: str, against: frozenset[str]) -> list[Actor]:
        """The doer of the first act of type ``kind`` told so far that was aimed at one of the
        ``against`` parties and done by none of them: the charge a party answers is one made
        against it ("Darmanin a accusé l'Azerbaïdjan d'ingérence. … Bakou a rejeté des
        accusations" answers France, not an earlier charge of Armenia's against Russia)."""
        acts = self.acts.get(kind, [])
        aimed = [source for source, target in acts if {party(a) for a in target} & against]
        return self._doer(aimed, against)

    def last_doer(self, kind: str, exclude: frozenset[str]) -> list[Actor]:
        """The doer of the latest act of type ``kind`` told so far that is none of the
        ``exclude`` parties: the author of an act the text names again without its author
        ("L'Iran a lancé des drones contre Israël. … Paris a condamné une attaque")."""
        return self._doer(reversed(self._doers(kind)), exclude)

    def first_doer(self, kind: str, exclude: frozenset[str]) -> list[Actor]:
        """The doer of the first act of type ``kind`` told so far that is none of the
        ``exclude`` parties: an act named again with no author ("the accusations") is the
        story's, told first in its lead ("Berlin blames Moscow for …" … "Moscow dismissed
        the accusations" answers Germany)."""
        return self._doer(self._doers(kind), exclude)

    def _doers(self, kind: str) -> list[list[Actor]]:
        """The doers of the acts of type ``kind`` told so far, latest last."""
        return [source for source, _ in self.acts.get(kind, [])]

    @staticmethod
    def _doer(sources: Iterable[list[Actor]], exclude: frozenset[str]) -> list[Actor]:
        """The first of ``sources`` none of whose actors is of the ``exclude`` parties."""
        for source in sources:
            found = [a for a in source if party(a) not in exclude]
            if found and len(found) == len(source):
                return found
        return []

    def reply_to(self, source: list[Actor]) -> list[Actor]:
        mine = {party(s) for s in source}
        for actor in source:
            found = self.last_on.get(party(actor))
            if found:
                return [a for a in found if party(a) not in mine]
        return []


class Reporter:
    """Who reports what a sentence says: the speaker of a quote that holds the trigger, else
    the subject of the verb of saying the clause depends on, else (inside quotation marks)
    the subject of the sentence's verb of saying."""

    def __init__(
        self, coder: Coder, article: Article, tokens: list[Token], index: ActorIndex
    ) -> None:
        self.coder = coder
        self.article = article
        self.tokens = tokens
        self.index = index

    def actors(self, token: Token, reading: Reading | None = None) -> list[Actor]:
        for quote in self.article.quotes:
            if quote.start <= token.idx < quote.end and quote.speaker in self.index.by_id:
                return [self.index.by_id[quote.speaker]]
        tree = self.coder.tree
        if reading is None:
            reading = self.coder.reader.read(token, tree.chain(token))
        if reading.reporter is not None:
            found = self._subject_actors(reading.reporter)
            if found:
                return found
        before = self.article.text[self.tokens[0].idx : token.idx]
        if not any(mark in before for mark in _QUOTES):
            return []
        reporting = self.coder.lexicon.cues.reporting
        verbs = [t for t in self.tokens if t.pos_ == "VERB" and t.lemma_.lower() in reporting]
        # the verb of saying after the quotation ("«…», a déclaré X"), else the one before
        verbs.sort(key=lambda v: (v.i < token.i, abs(v.i - token.i)))
        return next((found for v in verbs if (found := self._subject_actors(v))), [])

    def _subject_actors(self, verb: Token) -> list[Actor]:
        """The speaker of a verb of saying: its subject, else the name after it that parsers
        take for an object in an incise ("», a déclaré Jake Sullivan")."""
        tree = self.coder.tree
        subject = tree.subject(verb)
        speakers = [subject] if subject is not None else []
        speakers += [o for o in tree.children(verb, tree.syntax.object) if o.i > verb.i]
        for speaker in speakers:
            start, end = tree.phrase(speaker)
            found: list[Actor] = self.index.actors_in(start, end)[:1]
            if found:
                return found
        return []


def paragraph_start(text: str, at: int) -> int:
    """Where the paragraph holding offset ``at`` starts: after the last blank line before it."""
    found = text.rfind("\n\n", 0, at)
    return 0 if found < 0 else found + 2


def live_entry(text: str, start: int, stamp: re.Pattern[str] | None) -> bool:
    """Whether the sentence at ``start`` belongs to an entry of a live report: one of several
    entries each opened by the clock time of its posting ("20.05 BST – Lukashenko says …"),
    which tells the news of the report's day."""
    if stamp is None:
        return False
    found = [m.start() for m in stamp.finditer(text)]
    return len(found) >= 2 and found[0] <= start


@dataclass(frozen=True, slots=True)
class TimeWords:
    """The words of ``lang/<code>/timex.json`` the dating rules read, loaded once by
    :func:`load_time_words` for a coder: ``then``, words that put a clause at the time the text
    gave just before ("at the time", "avait alors dénoncé"); ``habitual``, words of an act done
    again and again ("has repeatedly denied", "à plusieurs reprises"); ``stamp``, a line that
    opens with the clock time of a live report's entry ("21.20 BST – The Kremlin says");
    ``genitives``, words that open a date naming the noun before it ("du" in "l'attaque du 7
    octobre"), each with the space after it; ``time_nouns``, nouns of a stretch of time a date
    makes a time expression ("la nuit du 5 au 6 mai"); ``bounds``, words that make a time
    expression the end of a span ("jusqu'en 2028", "until 2028"); ``when``, words that open a
    clause a time expression just before them dates ("in 1980, when soldiers killed");
    ``since``, prepositions that open the start of a stretch of time ("depuis", "since");
    ``state_nouns``, nouns that tell a thing's state after a preposition ("en vigueur", "in
    force")."""

    code: str
    then: re.Pattern[str] | None = None
    habitual: re.Pattern[str] | None = None
    stamp: re.Pattern[str] | None = None
    genitives: tuple[str, ...] = ()
    time_nouns: frozenset[str] = frozenset()
    bounds: tuple[str, ...] = ()
    when: frozenset[str] = frozenset()
    since: frozenset[str] = frozenset()
    state_nouns: frozenset[str] = frozenset()


def load_time_words(code: str) -> TimeWords:
    """The time words of language ``code``; none for a language without ``timex.json``."""
    if code not in lang.available("timex"):
        return TimeWords(code)
    data = lang.load(code, "timex")

    def words(key: str) -> tuple[str, ...]:
        return tuple(str(word) for word in data.get(key, ()))

    stamp = data.get("stamp")
    return TimeWords(
        code,
        then=_whole_words(words("then")),
        habitual=_whole_words(words("habitual")),
        stamp=_stamp(stamp) if stamp else None,
        genitives=tuple(f"{word} " for word in words("genitive")),
        time_nouns=frozenset(words("time_nouns")),
        bounds=tuple(word.lower() for word in words("bounds")),
        when=frozenset(word.lower() for word in words("when")),
        since=frozenset(word.lower() for word in words("since")),
        state_nouns=frozenset(word.lower() for word in words("state_nouns")),
    )


def _stamp(clock: str) -> re.Pattern[str]:
    """A line opened by the clock time of a live report's entry (``clock``), then a dash, a
    full stop or the line's end: "20.05 BST – Lukashenko says", "19h52. Résolution adoptée à
    New York.", "20h55" on a line of its own."""
    tail = r"[ \t]*(?:[-–—][ \t]|$)|\.[ \t]"
    return re.compile(rf"^(?:{clock})(?:{tail})", re.IGNORECASE | re.MULTILINE)


def _whole_words(forms: tuple[str, ...]) -> re.Pattern[str] | None:
    """The ``forms`` as one pattern over whole words; none without forms."""
    if not forms:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(forms) + r")(?!\w)", re.IGNORECASE)


def prospective(article: Article, start: int, end: int, to_come: Callable[[Token], bool]) -> bool:
    """Whether the text between ``start`` and ``end`` has a verb in the future or the
    conditional (``to_come``: by the parser or by its ending), or a modal ("signeront",
    "pourrait", "will sign"): it speaks of what is to come."""
    if article.doc is None:
        return False
    span = article.doc.char_span(start, end, alignment_mode="expand")
    return span is not None and any(
        t.pos_ in {"VERB", "AUX"} and (to_come(t) or morph(t, "VerbType") == "Mod") for t in span
    )


def reported(top: Token, reporting: frozenset[str]) -> bool:
    """Whether a clause is the complement of a verb of saying ("said he had spoken by phone
    with Hun Manet", "a indiqué qu'il s'était entretenu avec"): its pluperfect is the past
    shifted back under the saying, no background tense."""
    head = top.head
    return head.i != top.i and head.pos_ == "VERB" and head.lemma_.lower() in reporting
