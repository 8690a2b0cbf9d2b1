"""Where a reported statement's words start and end, once its cue and its clause are known.

The words of the clause a verb reports, within the verb's sentence and the bounds its finder
sets ("Jeanne Arnaud a déclaré mardi que la réforme serait votée en mars, a-t-on appris" gives
« que la réforme serait votée en mars »). The clause stops before another report the parser
hung inside it ("…, and the mayor, Tom Reyes, accused the board of …"), and runs to the end of
the sentence when the words after it are ones the parser hung before the cue or outside the
sentence. Spaces and punctuation are trimmed from both ends, a quotation is never cut in two,
and fewer than ``WORDS`` words make no statement.
"""

from __future__ import annotations

from .inverted import cue_span
from .layout import Found, Layout, Speaker, Token
from .nominal import predicate_of
from .speakers import subject

#: Fewest words in a reported statement.
WORDS = 3
#: Characters trimmed from the ends of a statement.
TRIM = " \t\n\u00a0\u202f,;:.—–-"


def clause_statement(
    layout: Layout, verb: Token, clause: Token, start: int, end: int | None = None
) -> Found | None:
    """The words of ``clause`` (reported by ``verb``) between ``start`` and ``end``."""
    sentence_start, sentence_end = layout.sentence(verb.idx)
    first = max(layout.doc[clause.left_edge.i].idx, start, sentence_start)
    last = min(layout.token_end(clause.right_edge.i), end or sentence_end, sentence_end)
    if end is None and _stray(layout, last, (cue_span(layout, verb)[0], sentence_end)):
        last = sentence_end
    report = _next_report(layout, clause, last)
    if report is not None:
        i = report.left_edge.i
        while i - 1 > clause.i and layout.doc[i - 1].pos_ in ("CCONJ", "PUNCT"):
            i -= 1  # ", and"
        last = min(last, layout.doc[i].idx)
    return trimmed_statement(layout, first, last, verb, subject(layout, verb))


def _next_report(layout: Layout, clause: Token, end: int) -> Token | None:
    """The subject of a reporting verb the parser hung inside ``clause`` as a clause on a noun:
    another report, not words of the first ("Halvorsen said Oslo would request an explanation,
    and the envoy, Ines Varga, blamed Riga for …": "blamed" on "envoy",
    that on "explanation")."""
    for token in clause.subtree:
        own = clause.i < token.i and token.idx < end and layout.is_cue(token)
        if own and predicate_of(layout, token) is not None:
            return token.head
    return None


def _stray(layout: Layout, end: int, region: tuple[int, int]) -> bool:
    """Whether the rest of the sentence after ``end`` (up to ``region[1]``) is words the parser
    hung before the cue (from ``region[0]`` on) or outside the sentence: they belong to the
    clause before them ("… seraient relevés si les chiffres ne suivaient pas la courbe attendue",
    the "si" clause hung on a verb sentences away)."""
    rest = [layout.doc[i] for i in layout.tokens(end, region[1])]
    rest = [t for t in rest if not t.is_punct and not t.is_space]
    if not rest:
        return False
    inside = {t.i for t in rest}
    outside = [t for t in rest if t.head.i not in inside]
    return bool(outside) and all(not region[0] <= t.head.idx < region[1] for t in outside)


def trimmed_statement(
    layout: Layout, start: int, end: int, verb: Token | None, speaker: Speaker | None
) -> Found | None:
    """The statement of ``text[start:end]``, widened to the quotations it cuts and trimmed of
    ``TRIM``; None when fewer than ``WORDS`` words are left."""
    text = layout.text
    around = layout.enclosing(start)  # never cut a quotation in two
    start = around.open if around is not None else start
    around = layout.enclosing(end)
    end = around.outer[1] if around is not None and around.open < end else end
    while start < end and text[start] in TRIM:
        start += 1
    while end > start and text[end - 1] in TRIM:
        end -= 1
    if word_count(layout, start, end) < WORDS:
        return None
    cue = cue_span(layout, verb) if verb is not None else None
    return Found(start, end, False, cue, speaker)


def word_count(layout: Layout, start: int, end: int) -> int:
    """How many words between ``start`` and ``end`` open with a letter or a digit."""
    return sum(1 for i in layout.tokens(start, end) if layout.doc[i].text[0].isalnum())
