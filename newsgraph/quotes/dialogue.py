"""Every quote of a text, paragraph by paragraph: the quoted words of :mod:`.marks` and the
dialogue lines of interviews, with the interviewer's lines marked ``asker`` and the guest's
answers ``answer`` where the layout tells them apart ("Q:" labels, a dashed question, or
plain questions answered by dashed lines).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import replace

from .marks import Marked, Pairs, find_dashed, find_marked

#: What ends a dashed answer of an interview (a sentence, not an item of a list).
_SENTENCE_ENDS = frozenset(".!?…»”")


def find_quotes(
    text: str,
    spans: Iterable[tuple[int, int]],
    pairs: Pairs,
    dashes: Sequence[str],
    askers: Sequence[str] = (),
    elided: Collection[str] = (),
) -> list[Marked]:
    """Every quote of ``text``, paragraph by paragraph, in text order, a quotation inside a
    line of dialogue too ("— Alger accuse Paris de « saboter la relance »"); the
    interviewer's dialogue lines are marked ``asker`` (see :func:`interviews`). A single mark
    before a word of ``elided`` is an apostrophe (see :func:`find_marked`)."""
    spans = list(spans)
    openers = {opening for opening, _ in pairs}
    found: list[Marked] = []
    for index, (start, end) in enumerate(spans):
        following = spans[index + 1][0] if index + 1 < len(spans) else None
        run_on = following is not None and any(text.startswith(o, following) for o in openers)
        dashed = find_dashed(text, start, end, dashes)
        marked = find_marked(text, start, end, pairs, run_on, elided)
        found.extend(sorted([*dashed, *marked], key=lambda m: m.open))
    found = asked(text, spans, interviews(text, found, tuple(askers)))
    return sorted([*found, *answers(text, spans, found)], key=lambda m: (m.open, -m.close))


def asked(text: str, spans: Sequence[tuple[int, int]], found: list[Marked]) -> list[Marked]:
    """``found`` with the answers of an interview whose questions are plain paragraphs
    ("Que change cet accord ?" then "— Il donne un cadre …") marked ``answer``: the dashed
    line after a question, and each paragraph without a mark after it up to the next question
    (the answer going on). It takes two questions, each answered so, to make an interview."""
    dashed = {m.open: i for i, m in enumerate(found) if m.dash}
    opened = {m.open for m in found}
    asks = [
        k
        for k, (start, end) in enumerate(spans[:-1])
        if text[end - 1] == "?" and start not in opened and _answered(text, spans, k, dashed)
    ]
    if len(asks) < 2:
        return found
    result = list(found)
    for k in asks:
        index = dashed[spans[k + 1][0]]
        result[index] = replace(found[index], asker=False, answer=True)
    for k, (start, end) in enumerate(spans):
        if _goes_on(text, spans, k, asks, opened):
            result.append(Marked(start, end, start, end, dash=True, answer=True))
    return result


def _answered(text: str, spans: Sequence[tuple[int, int]], k: int, dashed: dict[int, int]) -> bool:
    """Whether paragraph ``k`` is followed by one dashed sentence, no other dashed paragraph:
    an answer ("— Il donne un cadre."), not a list ("– des hausses ;" then "– des gels")."""
    start, end = spans[k + 1]
    alone = k + 2 >= len(spans) or spans[k + 2][0] not in dashed
    return start in dashed and alone and text[end - 1] in _SENTENCE_ENDS


def _goes_on(
    text: str, spans: Sequence[tuple[int, int]], k: int, asks: list[int], opened: set[int]
) -> bool:
    """Whether paragraph ``k`` goes on with an answer: no mark opens it, it follows an
    answer (or a paragraph that goes on with one) and comes before the next question."""
    answered = max((q for q in asks if q + 1 < k), default=None)
    if answered is None or not any(q > k for q in asks):
        return False
    between = spans[answered + 2 : k + 1]
    return all(s not in opened and text[e - 1] != "?" for s, e in between)


def answers(text: str, spans: Sequence[tuple[int, int]], found: Sequence[Marked]) -> list[Marked]:
    """The answers of an interview whose questions alone are dialogue lines ("– Le sommet
    marque-t-il un point de non-retour ?" then a paragraph without a mark): each paragraph
    after a question, up to the next one, is a line of the guest's. It takes two questions,
    each a paragraph of its own, to make an interview."""
    questions = {
        m.open
        for m in found
        if m.dash and m.asker and text[m.end - 1] == "?" and any(s == m.open for s, _ in spans)
    }
    if len(questions) < 2:
        return []
    result: list[Marked] = []
    asked = False
    for start, end in spans:
        if start in questions:
            asked = True
        elif asked and not any(m.dash and start <= m.open < end for m in found):
            result.append(Marked(start, end, start, end, dash=True))
        else:
            asked = False  # a dialogue of its own: not this interview's answers
    return result


def interviews(text: str, found: list[Marked], askers: tuple[str, ...]) -> list[Marked]:
    """``found`` with the interviewer's lines marked ``asker``: in each dialogue, the lines
    under the interviewer's label ("Q:") if there are any; else, in one that opens with a
    question (an interview), every other line from the first; else its questions."""
    result = list(found)
    for run in _dialogues(text, found):
        labelled = [i for i in run if text.startswith(askers, found[i].open)]
        first = found[run[0]]
        if labelled:
            chosen = labelled
        elif text[first.end - 1] == "?":
            chosen = run[::2]
        else:  # a dialogue a colon introduces: its questions
            chosen = [i for i in run if text[found[i].end - 1] == "?"]
        for i in chosen:
            result[i] = replace(found[i], asker=True)
    return result


def _dialogues(text: str, found: list[Marked]) -> list[list[int]]:
    """The runs of dialogue lines with nothing else between them, as indexes of ``found``."""
    runs: list[list[int]] = []
    for index, line in enumerate(found):
        if not line.dash:
            continue
        if runs and not text[found[runs[-1][-1]].close : line.open].strip():
            runs[-1].append(index)
        else:
            runs.append([index])
    return runs
