"""The subject of a verb in an incise after a quotation, which stands after the verb.

French puts the subject of the verb of an incise after it ("« C'est un jour historique »,
s'est félicité le président turc"), as English may ('"We are ready", said the minister'), and
parsers take that subject for the verb's object. :func:`incise_subject` gives it back to
:meth:`~.syntax.Tree.subject`. Only a comma after the closing mark is read: one before it
('"We are ready," said') may as well follow an opening mark (', "Thank you'), which a
straight quotation mark does not tell apart.
"""

from __future__ import annotations

from typing import Any

from .parse import NOMINAL, ParseTree, Token


def incise_subject(tree: ParseTree, token: Token) -> Token | None:
    """The subject after a finite verb that follows a quotation, then a comma, which the
    parser took for its object: "ministre" in "« Nous sommes prêts », s'est félicité le
    ministre" (the minister is pleased). None for a verb that does not follow a quoted
    statement and a comma (:func:`_quoted_clause`)."""
    if not tree.finite(token):
        return None
    doc, syntax = token.doc, tree.syntax
    before = token.i - 1
    while before >= 0 and (
        doc[before].dep_ in syntax.aux
        or (doc[before].pos_ == "PRON" and doc[before].dep_ in syntax.reflexive)
    ):
        before -= 1
    if before < 1 or doc[before].text != "," or not _quoted_clause(tree, doc, before - 1):
        return None
    objects = tree.children(token, syntax.object)
    return next((o for o in objects if o.i > token.i and o.pos_ in NOMINAL), None)


def _quoted_clause(tree: ParseTree, doc: Any, close: int) -> bool:
    """Whether ``doc[close]`` closes a quotation that holds a finite verb: a statement, not
    a quoted word ('the leader's "uncle", brought thousands'), and that no finite verb
    before it in its sentence introduces: the verb after "Macron a répété « Nous ne
    céderons pas », a critiqué la Russie" goes on with Macron, its object no subject."""
    if not doc[close].is_quote:
        return False
    start = close - 1
    while start >= 0 and not doc[start].is_quote:
        start -= 1
    if not any(tree.finite(word) for word in doc[start + 1 : close]):
        return False
    return start < 0 or not any(tree.finite(word) for word in doc[doc[start].sent.start : start])
