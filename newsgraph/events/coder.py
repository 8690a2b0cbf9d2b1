"""The event coder: PLOVER events from a parsed article and its actors.

For each sentence of the body, in one pass over its tokens:

1. triggers: verbs and nouns of the language's lexicon, each with the sense whose conditions
   hold (:meth:`~.senses.SenseReader.sense`);
2. arguments: source and target actors (:mod:`.arguments`);
3. decisions: which triggers are events of their own, their modality (:mod:`.modality`),
   place (:mod:`.setting`) and date (:mod:`.timing`), who reported them (:mod:`.decide`);
4. an :class:`~newsgraph.article.Event` for each trigger with a source and a target, the
   CAMEO code and scores attached (:mod:`.cameo`).

The headline is coded after the body, as a sentence of its own whose actors are the body's
(:mod:`.headline`); an event it states that the body states too is the body's, with the
body's evidence; one only the headline states is kept with ``part="title"``, its offsets
indexing the title.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from .. import inflection
from ..article import Actor, Article, Event
from ..cameo import CameoMapping
from ..knowledge import shipped
from ..textutil import TERMINAL
from .arguments import Arguments, Candidate
from .dating import uttered
from .daynames import day_names, give_back
from .decide import SentenceCoder
from .demands import demand_words, demands, drop_unheard
from .disclaimed import disclaim
from .discourse import Discourse, Reporter, load_time_words
from .headline import headline_view
from .lexicon import load_lexicon
from .modality import ModalityReader
from .owned import Named
from .participants import ActorIndex, party
from .reactions import act_author, judge
from .retelling import another_act, identity, points_back, restates, retells
from .senses import SenseReader
from .setting import Places
from .standin import case_of, kept_stand_ins, names_place, stand_in, stand_ins, striking
from .syntax import Token, Tree
from .timing import dateline_alone, day_named
from .topics import reaction_topic

VERSION = "events.v2"


class Coder(SenseReader):
    """Codes the articles of one language (the sense of each trigger word in
    :class:`~.senses.SenseReader`)."""

    def __init__(self, code: str, derived: bool = False) -> None:
        self.code = code
        self.lexicon = load_lexicon(code)
        #: The words of ``lang/<code>/timex.json`` the dating rules read.
        self.times = load_time_words(code)
        #: Whether verbs of the derived dictionary are triggers too.
        self.derived = derived
        self.tree = Tree(self.lexicon)
        self.endings = inflection.endings(code)
        self.verb_lemmas = frozenset(self.lexicon.verbs)
        self.reader = ModalityReader(self.tree)
        self.demands = demand_words(code)
        self.stand_ins = stand_ins(code)
        self.mapping = CameoMapping.load()
        kb = shipped().version
        self.version = f"{VERSION}+{self.lexicon.version}+{self.mapping.version}+{kb}"
        if (endings := inflection.version(code)) is not None:
            self.version += "+" + endings

    def _standing(self, candidates: dict[int, Candidate]) -> Callable[[Token, int, str], bool]:
        """Whether a place word hangs on a trigger of a type whose target place stands in
        for its country (:class:`.standin.StandIns`)."""

        def standing(token: Token, start: int, text: str) -> bool:
            found = striking(self.tree, token, candidates) if names_place(token, start) else None
            case = case_of(self.tree, token)
            return found is not None and self.stand_ins.allows(found.sense.type, text, case)

        return standing

    # -- articles --------------------------------------------------------------------------

    def code_article(self, article: Article) -> list[Event]:
        """Every event of the article's body, in text order. A second mention of an event
        (same type, parties and modality, no other date) in the same sentence, or of a
        planned, possible, negated or denied one anywhere, is the same event; an act stated
        as done and told again in another sentence is a new one (another strike, a second
        expulsion) but for a definite noun ("the attack", "l'accord") or the same word told
        again on the same day nearby (:func:`.retells`), unless the first mention gave no time
        and this one does: it then dates the first. A negated act yet to come is no event
        (:meth:`.decide.SentenceCoder.events`). An act of a type already told, named again as
        what a side praises or blames, is the reaction's topic (:mod:`.topics`). Then the
        events only the headline states, marked ``part="title"``. The countries that stood
        in for a place (:mod:`.standin`) join ``article.actors`` when a kept event uses one."""
        found: list[Event] = []
        dates: dict[tuple[Any, ...], set[str | None]] = {}
        undated: dict[tuple[Any, ...], Event] = {}
        seen: dict[tuple[Any, ...], int] = {}  # the sentence an event was last stated in
        acts: dict[tuple[Any, ...], Event] = {}  # the last telling of each event
        told: dict[tuple[Any, ...], Event] = {}  # the last dated telling of each event and day
        index: ActorIndex | None = None
        for number, sentence in enumerate(self.sentences(article, stand_ins=True)):
            index = sentence.arguments.index
            for event in sentence.events():
                _uttered(sentence, event)
                if _topic(sentence, event) and any(e.type == event.type for e in found):
                    continue  # "Paris a salué l'accord", the accord told before
                key = identity(event, sentence.arguments.index)
                known = dates.setdefault(key, set())
                same = seen.get(key) == number or event.modality != "asserted"  # a prospect
                another = seen.get(key) == number and another_act(sentence, event, acts.get(key))
                if another:
                    same = False  # "suspended the treaty and expelled its advisers"
                acts[key] = event
                back = bool(known) and points_back(sentence, event)  # "l'accord", "the attack"
                seen[key] = number
                if key in undated and event.date is not None and not another:
                    undated.pop(key).date = event.date  # a later mention dates it
                    known.discard(None)
                    known.add(event.date)
                    continue
                retold = told.get((key, event.date)) if event.date is not None else None
                if event.date is not None:
                    told[(key, event.date)] = event
                if back or (
                    known and same and (event.date is None or event.date in known or None in known)
                ):
                    continue
                if retold is not None and not another and retells(article, retold, event):
                    continue  # "Thai jets bomb …" then "six F-16s have bombed …"
                known.add(event.date)
                if event.date is None:
                    undated[key] = event
                found.append(event)
        if article.doc is not None:
            disclaim(self.tree, ActorIndex(article), article.doc.sents, found)
        headline = self.code_headline(article, list(dates), found)
        article.actors += kept_stand_ins(index, found) if index is not None else []
        return found + headline

    def code_headline(
        self, article: Article, stated: list[tuple[Any, ...]], body: list[Event]
    ) -> list[Event]:
        """The headline's events that the body does not state: none of the body's events
        has their type and a party on each side. None with a lone party on both sides
        either, a misreading of a headline's terse syntax. The headline tells the lead's
        news: an event it gives no time takes the date of the body's first dated event."""
        view = headline_view(article)
        if view is None:
            return []
        discourse = Discourse()
        lead = next((e.date for e in body if e.date and e.modality == "asserted"), None)
        if lead is not None:
            discourse.dated(lead, 0)
        found = []
        for sentence in self.sentences(view, discourse):
            for event in sentence.events():
                key = identity(event, sentence.arguments.index)
                inward = key[1] == key[2] and len(key[1]) < 2
                if inward or any(restates(key, other) for other in stated):
                    continue
                stated.append(key)
                event.part = "title"
                found.append(event)
        return found

    def sentences(
        self, article: Article, discourse: Discourse | None = None, stand_ins: bool = False
    ) -> Iterator[SentenceCoder]:
        """Each sentence with triggers, resolved; events are decided when asked for, in
        order, since a sentence's replies read what the sentences before it found. Given a
        ``discourse``, the article continues it (and has no lead sentence of its own). With
        ``stand_ins``, a place's country may stand in as a target (:mod:`.standin`): the
        article's body, not its headline nor a public dataset's sentence, whose only actors
        are the two it gives."""
        doc = article.doc
        if doc is None or not article.text:
            return
        give_back(doc, self.lexicon, day_names(self.code))
        index = ActorIndex(article)
        index.adopted = [] if stand_ins else None
        places = Places(article, index, self.code)
        index.locations = places.locations(self.tree, doc)
        lead = discourse is None
        discourse = discourse or Discourse()
        first = 0  # the lead: the first sentence that is more than a dateline
        story = article.story(0)
        for position, sentence in enumerate(doc.sents):
            if (told := article.story(sentence.start_char)) != story:
                story = told
                discourse = discourse.next_story(story[0])
                first = position  # each story of a page of several has a lead of its own
            index.window = story
            if article.sections and position == first and _untold(sentence.text):
                first += 1  # the story's title: its news comes in the next sentence
            if position == first and dateline_alone(sentence.text):
                first += 1  # "BAMAKO, 8 avril (AOP) -": its news comes in the next sentence
            if lead and position == first:
                discourse.lead_at = sentence.start_char
            coded = self.sentence(article, list(sentence), index, places, discourse)
            if coded is not None:
                coded.lead = lead and position == first
                yield coded
            if lead and position == first and discourse.news_day is None:
                # the day the lead names when none of its events carried it ("a approuvé
                # mardi soir le protocole", its trigger no event): the day of the news
                start = sentence.start_char
                published = article.published
                discourse.news_day = day_named(sentence.text, start, published, self.times)
            discourse.previous = sentence.start_char

    def sentence(
        self,
        article: Article,
        tokens: list[Token],
        index: ActorIndex,
        places: Places,
        discourse: Discourse,
    ) -> SentenceCoder | None:
        candidates: dict[int, Candidate] = {}
        named = _mentioned(index)
        for token in tokens:
            if _in_a_name(token, index, article.text):
                continue
            found = self.sense(token, named)
            if found is not None:
                candidates[token.i] = Candidate(token, found[0], found[1])
        for position, demand in demands(self.tree, self.demands, index, tokens).items():
            candidates.setdefault(position, demand)  # "Russia must withdraw" (.demands)
        if not candidates:
            return None
        span = (tokens[0].idx, tokens[-1].idx + len(tokens[-1].text))
        reporter = Reporter(self, article, tokens, index)
        place_party = _PlaceParty(index, places, discourse, span, self._standing(candidates))
        tree, lexicon = self.tree, self.lexicon

        def speaker(token: Token) -> list[Actor]:
            """Who says a word: the subject of the verb of judging it complements, else
            the reporter (:func:`.reactions.judge`)."""
            return judge(tree, lexicon, index, token) or reporter.actors(token)

        arguments = Arguments(self.tree, index, candidates, speaker, place_party)
        for candidate in candidates.values():
            arguments.resolve(candidate)
        drop_unheard(candidates, self.demands, index)
        for candidate in candidates.values():
            if not candidate.target and self._judges(candidate):
                candidate.target = act_author(
                    tree, lexicon, candidates, discourse.last_doer, candidate
                )
        return SentenceCoder(
            self, article, candidates, arguments, places, discourse, span, reporter
        )


class _PlaceParty:
    """The actor a place stands for as a target: its country's, from the knowledge base, an
    actor whose mention it is, an earlier sentence, or the nearest country of the sentence.
    When the article has no actor of that country, the country stands in where ``standing``
    says so ("s'est rendu à Islamabad" → Pakistan; :mod:`.standin`)."""

    def __init__(
        self,
        index: ActorIndex,
        places: Places,
        discourse: Discourse,
        span: tuple[int, int],
        standing: Callable[[Token, int, str], bool],
    ) -> None:
        self.index = index
        self.places = places
        self.discourse = discourse
        self.span = span
        #: Whether a place word (its token, start and text) is the target of an act its
        #: country may stand in for.
        self.standing = standing

    def __call__(self, token: Token, start: int, end: int, exclude: set[str]) -> Actor | None:
        entity = self.places.entity_in(start, end)
        if entity is None:
            return None
        memory = self.discourse.place_countries
        country = self.places.country(entity) or memory.get(entity.text)
        if country is None:
            nearby = self.index.overlapping(*self.span)
            states = [
                m
                for m in nearby
                if m.actor.kind == "country" and m.actor.country and party(m.actor) not in exclude
            ]
            if not states:
                return None
            country = min(states, key=lambda m: abs(m.start - entity.start)).actor.country
        if country is None:
            return None
        memory[entity.text] = country
        known = self.index.of_country(country)
        if known is not None or country in exclude:
            return known
        if not self.standing(token, entity.start, entity.text):
            return None
        return stand_in(self.index, country, (entity.start, entity.end, entity.text))


#: Kinds of actors whose names hold common words that are no triggers ("Forces de soutien
#: rapide", "Organisation du traité de sécurité collective").
NAMED_BODIES = frozenset({"organization", "group"})


def _mentioned(index: ActorIndex) -> Named:
    """Whether a word is part of an actor's mention ("russe" in « l'entreprise russe »)."""
    return lambda word: bool(index.overlapping(word.idx, word.idx + len(word.text)))


def _in_a_name(token: Token, index: ActorIndex, text: str) -> bool:
    """Whether ``token`` is a word inside the name of an organisation or an armed group
    ("traité" in "l'Organisation du traité de sécurité collective", "Security" in "the
    Security Council", "soutien" in "les Forces de soutien rapide"): no trigger, whatever its
    sense."""
    start, end = token.idx, token.idx + len(token.text)
    return any(
        m.actor.kind in NAMED_BODIES
        and text[m.start : m.start + 1].isupper()
        and m.start <= start
        and end <= m.end
        and m.end - m.start > end - start
        for m in index.overlapping(start, end)
    )


def _topic(sentence: SentenceCoder, event: Event) -> bool:
    """Whether the event's trigger is a noun a reaction is about (:mod:`.topics`)."""
    start = event.trigger.start if event.trigger is not None else -1
    candidate = next((c for c in sentence.candidates.values() if c.token.idx == start), None)
    return candidate is not None and reaction_topic(
        sentence.coder.tree, sentence.candidates, candidate
    )


def _uttered(sentence: SentenceCoder, event: Event) -> None:
    """A threat a prospective sense states is asserted (:func:`.dating.uttered`)."""
    trigger = event.trigger
    if trigger is not None and uttered(sentence, event.modality, event.type, trigger.start):
        event.modality = "asserted"


def _untold(text: str) -> bool:
    """Whether a sentence has no final stop: the title of a story on a page of several
    ("Niger : un journaliste libéré"), not its lead."""
    return not text.rstrip().endswith(TERMINAL)
