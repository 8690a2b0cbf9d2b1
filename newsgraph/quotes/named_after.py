"""The name after a speech tag's verb right after a quote, however the parser tagged it.

'"It is valuable," said Skelly, explaining he worked …' (the tagger took "Skelly" for an
adverb), '"…," said retired neurosurgeon Ben Carson, asked about his claims' (the parser made
"Carson" the subject of "asked"). After a quote's closing mark, a verb that opens a tag can
only be followed by its subject: a short run of words that ends with a capitalised one, closed
by a punctuation mark or the end of the sentence, names who speaks (not where the parser
gives the verb a clause after it, read as a statement of its own).
"""

from __future__ import annotations

from .inverted import finite, preceding, timely
from .layout import Layout, Speaker, Token

#: Relations of a clause a verb reports.
CLAUSES = frozenset({"ccomp", "xcomp", "parataxis"})
#: The most words of such a name, with its title ("retired neurosurgeon Ben Carson").
NAME_WORDS = 5


def named_after_quote(layout: Layout, verb: Token) -> Speaker | None:
    """For a finite verb right after a quote's closing mark (and a comma), the words after it
    up to a punctuation mark or the end of the sentence, when they are at most
    :data:`NAME_WORDS` words and end with a capitalised one that is no date ("said Skelly,")."""
    if not finite(verb) or not _after_quote(layout, verb) or _reports_clause(verb):
        return None
    doc = layout.doc
    _, end = layout.sentence(verb.idx)
    run: list[int] = []
    for i in layout.tokens(layout.token_end(verb.i), end):
        token = doc[i]
        if token.is_space:
            continue
        if token.is_punct or layout.in_quote(i):
            break
        if not token.text.replace(".", "").replace("-", "").replace("'", "").isalpha():
            return None
        run.append(i)
    if not 0 < len(run) <= NAME_WORDS:
        return None
    last = doc[run[-1]]
    if not last.text[:1].isupper() or timely(layout, last):
        return None
    return Speaker(doc[run[0]].idx, layout.token_end(run[-1]), run[-1])


def _reports_clause(verb: Token) -> bool:
    """Whether the parser gives ``verb`` a clause after it, which it would report: the words
    are then read as a statement of their own, which a speaker must not make up."""
    return any(c.dep_ in CLAUSES and c.i > verb.i for c in verb.children)


def _after_quote(layout: Layout, verb: Token) -> bool:
    """Whether ``verb`` comes right after a quote's closing mark, or the comma after one."""
    before = preceding(layout, verb)
    if before is None:
        return False
    if before.text == "," and before.i > 0:
        before = layout.doc[before.i - 1]
    return before.text in layout.closing
