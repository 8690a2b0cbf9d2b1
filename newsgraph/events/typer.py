"""The type of the event between two given actors of a sentence, for public datasets.

:class:`Typer` is an ``EventTyper`` (:mod:`newsgraph.evaluate.adapters`): given a sentence and
the texts of its source and target, it parses the sentence once, makes the two texts the
only actors, runs the coder, and answers with the type of the trigger that best links them:
one whose source is the given source and whose target is the given target, else one that
has either of them as an argument, else the trigger nearest to the two. Among triggers that
link the two alike, the one whose complement holds another is the sentence's event ("Iran
threatened [to shell Iraqi towns]" is THREATEN, "agreed [to provide a loan]" AGREE), but for
a sense kept only without such a complement ("denied [providing weapons]" is the AID denied).
It abstains when the sentence has no trigger at all.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from ..article import Actor, Article, Span
from ..nlp import entities, load_model
from ..options import DEFAULT_MODELS
from ..textutil import nlp_view
from .coder import Coder
from .decide import Decision, SentenceCoder
from .phrases import Candidate

SOURCE, TARGET = "source", "target"


class Typer:
    """PLOVER type of the event ``source`` does to ``target`` in ``sentence``."""

    def __init__(self, models: Mapping[str, str] = DEFAULT_MODELS, derived: bool = True) -> None:
        self.models = dict(models)
        self.derived = derived
        self._coders: dict[str, Coder] = {}

    def coder(self, lang: str) -> Coder:
        if lang not in self._coders:
            self._coders[lang] = Coder(lang, derived=self.derived)
        return self._coders[lang]

    def type_of(self, sentence: str, source: str, target: str, lang: str) -> str | None:
        if lang not in self.models or not sentence.strip():
            return None
        article = self.article(sentence, source, target, lang)
        best: tuple[float, str] | None = None
        for coded in self.coder(lang).sentences(article):
            for score, kind in _scored(coded, _spans(article)):
                if best is None or score > best[0]:
                    best = (score, kind)
        return best[1] if best else None

    def article(self, sentence: str, source: str, target: str, lang: str) -> Article:
        """The sentence as an article whose only actors are the source and the target."""
        article = Article(raw=sentence, text=sentence, language=lang)
        nlp: Callable[[str], Any] = load_model(self.models[lang])
        article.doc = nlp(nlp_view(sentence))
        article.entities = entities(article.doc, sentence, lang)
        article.actors = [
            Actor(name, name, "organization", mentions=_find(sentence, text))
            for name, text in ((SOURCE, source), (TARGET, target))
        ]
        return article


def _find(sentence: str, text: str) -> list[Span]:
    """Where ``text`` (or, failing that, each of its " and "-joined parts) is in the sentence."""
    parts = [text] if text and text in sentence else [p for p in text.split(" and ") if p]
    spans = []
    for part in parts:
        start = sentence.find(part.strip())
        if part.strip() and start >= 0:
            spans.append(Span(start, start + len(part.strip()), part.strip()))
    return spans


def _spans(article: Article) -> dict[str, tuple[int, int]]:
    found = {}
    for actor in article.actors:
        if actor.mentions:
            found[actor.id] = (actor.mentions[0].start, actor.mentions[-1].end)
    return found


def _scored(coded: SentenceCoder, spans: dict[str, tuple[int, int]]) -> list[tuple[float, str]]:
    """Each trigger of the sentence with how well it links the source to the target; a
    trigger whose complement is another's act links what that act links too ("demonstrated
    … calling for independence from Iraq" is the protest's, aimed at Iraq)."""
    middle = sum(s + e for s, e in spans.values()) / (2 * len(spans)) if spans else 0.0
    decided = {
        candidate.token.i: (candidate, decision)
        for candidate in coded.candidates.values()
        if (decision := coded.decide(candidate, complete=False)) is not None
    }
    links = {i: _links(candidate, decision) for i, (candidate, decision) in decided.items()}
    governed = _governed(coded, [c for c, _ in decided.values()])
    scored = []
    for i, (candidate, decision) in decided.items():
        score = links[i]
        if i in governed and candidate.sense.fallback:
            score -= 0.5  # "denied [providing weapons]" is the AID denied
        elif i in governed:
            score = max(score, *(links[j] for j in governed[i])) + 0.5
        score -= abs(candidate.token.idx - middle) / 1000
        scored.append((score, decision.type))
    return scored


def _links(candidate: Candidate, decision: Decision) -> float:
    """How well a trigger's own arguments link the given source to the given target."""
    sources = {a.id for a in decision.source}
    targets = {a.id for a in decision.target}
    score = 4.0 * (SOURCE in sources) + 4.0 * (TARGET in targets)
    score += 1.0 * (TARGET in sources or SOURCE in targets)
    return score - 2.0 * ("absorbed" in decision.reading.flags) - 1.0 * candidate.noun


def _governed(coded: SentenceCoder, candidates: list[Candidate]) -> dict[int, list[int]]:
    """The triggers (token indices) whose complement is the clause of other verbs of
    ``candidates``, with those verbs, each under the nearest trigger above it:
    "threatened" in "threatened to shell", "agreed" in "agreed to provide", "denied" in
    "denied providing"; a noun names no clause ("shell … in retaliation" is no complement
    of "shell")."""
    tree = coded.coder.tree
    triggers = {c.token.i for c in candidates}
    found: dict[int, list[int]] = {}
    for other in candidates:
        if other.noun:
            continue
        chain = tree.chain(other.token)
        above = [w.i for w in (*chain[1:], tree.governor(chain[-1])) if w is not None]
        nearest = next((i for i in above if i in triggers), None)
        if nearest is not None:
            found.setdefault(nearest, []).append(other.token.i)
    return found
