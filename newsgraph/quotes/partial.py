"""Partial quotes inside reported speech: the statement is the quotation.

"Nebenzia said the text gave Israel "a green light" for a ground offensive" quotes Nebenzia
directly, in part: the quoted words alone ("a green light") say little, the statement around
them is what he said. Quotations inside a reported statement (the smallest one that holds
them, from a reporting verb) make it a direct quote: its words, the quoted ones and those
around them, with the speaker of the quoted words.

The statement stays reported speech too, whatever part of it the quoted words are ("Kigali
would "lift its defensive measures"" reports that Kigali would lift them, in words partly
Kigali's): readers and the gold sets count both. Statements of an attribution phrase ("selon
X") run to the ends of their sentence and are left as they are.
"""

from __future__ import annotations

from .layout import Found, Layout
from .speakers import RELATIVE_CLAUSES

#: How far up from its cue a quotation's relative clause is looked for.
CLIMB = 6


def within_statements(
    layout: Layout, direct: list[Found], reported: list[Found]
) -> tuple[list[Found], list[Found]]:
    """``direct`` and ``reported`` with the quotations inside a statement made one direct quote
    of the statement's words; a statement of an attribution phrase that holds a quotation is
    that quotation's attribution ("Moscou dénonce une « agression flagrante », selon la
    mission russe"), unless
    the quotation is said in a relative clause of its own ("Selon Bakou, les deux hommes ont
    succombé …, ce que le comité conteste, évoquant une « insuffisance cardiaque »")."""
    according = {a.start for a in layout.according.values()}
    attributed = {id(r) for r in reported if r.cue is not None and r.cue[0] in according}
    clauses = [r for r in reported if id(r) not in attributed]
    quotes = _made_direct(layout, direct, clauses)
    dropped = {id(r) for r in reported if id(r) in attributed and _holds(layout, r, direct)}
    return quotes, [r for r in reported if id(r) not in dropped]


def _cued_within(quote: Found, statement: Found) -> bool:
    """Whether the cue of ``quote`` stands inside ``statement``: then it is part of what the
    statement's speaker says ("The Russian embassy said Germany had offered no evidence and
    called the recall “another unfriendly step”" quotes the embassy)."""
    return quote.cue is not None and statement.start <= quote.cue[0] < statement.end


def _holds(layout: Layout, statement: Found, quotes: list[Found]) -> bool:
    """Whether ``statement`` holds one of ``quotes`` outside a relative clause of its own."""
    return any(
        statement.start <= q.start
        and q.end <= statement.end
        and not _relative(layout, q, statement)
        for q in quotes
    )


def _relative(layout: Layout, quote: Found, statement: Found) -> bool:
    """Whether the cue of ``quote`` stands in a relative clause inside ``statement``."""
    cue = layout.tokens(*quote.cue) if quote.cue else range(0)
    if not cue:
        return False
    node = layout.doc[cue[-1]]
    span = layout.tokens(statement.start, statement.end)
    for _ in range(CLIMB):
        if node.dep_ in RELATIVE_CLAUSES:
            return True
        if node.head.i == node.i or node.head.i not in span:
            return False
        node = node.head
    return False


def _made_direct(layout: Layout, direct: list[Found], clauses: list[Found]) -> list[Found]:
    """The direct quotes, those inside a clause made one of the clause's words."""
    held: dict[int, list[Found]] = {}  # index in clauses -> the quotations it holds
    for quote in direct:
        around = [
            (r.end - r.start, index)
            for index, r in enumerate(clauses)
            if r.start <= quote.start
            and quote.end <= r.end
            and r.end - r.start > quote.end - quote.start
        ]
        if around:
            held.setdefault(min(around)[1], []).append(quote)
    inside = {id(q) for quotes in held.values() for q in quotes}
    quotes = [q for q in direct if id(q) not in inside]
    for index, quoted in held.items():
        statement = clauses[index]
        speaker, cue = quoted[0].speaker or statement.speaker, quoted[0].cue or statement.cue
        if _cued_within(quoted[0], statement) and statement.speaker is not None:
            speaker, cue = statement.speaker, statement.cue
        quotes.append(Found(statement.start, statement.end, True, cue, speaker))
    quotes.sort(key=lambda f: (f.start, -f.end))
    return quotes
