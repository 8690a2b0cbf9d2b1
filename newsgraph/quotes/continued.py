"""A statement opened by its cue that goes on into a quotation the parser left out of it.

"Le ministère a dit regretter une décision « complètement injustifiée mais attendue »": the
parser hangs the quoted adjectives apart, so the statement "a dit regretter une décision"
would stop before the words the speaker is quoted saying. A quotation that follows such a
statement in its sentence, after at most a comma and a preposition ("dit compter sur la
Hongrie pour « achever … »"), belongs to it: the statement runs to the quotation's end.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace

from .layout import Found, Layout

#: Parts of speech of the words allowed between a statement and the quotation it goes on into.
LINKS = frozenset({"ADP", "PUNCT", "SPACE"})
#: Most words between them.
GAP = 2
#: Punctuation allowed between them: a comma (", « où il le souhaitera »").
COMMA = ","
#: Words after the quotation within which a verb of saying tags it as someone's own.
TAG = 3


def continued(layout: Layout, statement: Found) -> Found:
    """``statement`` run to the end of the quotation that goes on with it, else unchanged.

    Only a statement opened by its cue ("a dit regretter …", "s'est dit prêt à …") is
    extended: a clause opened by "que" ends where its parse ends."""
    if statement.direct or statement.cue is None or statement.cue[0] != statement.start:
        return statement
    after = layout.marked[bisect_left(layout.opens, statement.end) :]
    quote = next((m for m in after if not m.dash), None)
    if quote is None or quote.outer[1] > layout.sentence(statement.start)[1]:
        return statement
    if not _links(layout, statement.end, quote.open) or _tagged(layout, quote.outer[1]):
        return statement
    return replace(statement, end=quote.outer[1])


def _tagged(layout: Layout, close: int) -> bool:
    """Whether a speech tag of its own follows the quotation closing at ``close``, after a
    comma (« …, pour « une paix juste », a ajouté Olaf Scholz »): the words are another
    speaker's, not the statement's. A verb the statement's subject goes on with is no tag
    (« a dit regretter une décision « … » et rejeté … »)."""
    rest = layout.text[close : layout.sentence(close)[1]]
    if not rest.lstrip().startswith(COMMA):
        return False
    words = [layout.doc[i] for i in layout.tokens(close, close + len(rest))]
    words = [t for t in words if not (t.is_punct or t.is_space)][:TAG]
    return any(layout.is_tag(t) for t in words)


def _links(layout: Layout, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds only a comma and a preposition or two."""
    tokens = [layout.doc[i] for i in layout.tokens(start, end)]
    if len(tokens) > GAP:
        return False
    return all(t.pos_ in LINKS and (t.pos_ != "PUNCT" or t.text == COMMA) for t in tokens)
