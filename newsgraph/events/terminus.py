"""The end a stance waits for: the act of an "until" clause still to come.

A measure held "until" another side acts names that act as its condition, not as news:
"Turkey will enforce the measures until Israel allows aid into Gaza", "our tariffs will
remain until the American action is withdrawn", "…until the siege is lifted". Told in the
present tense, the act of such a clause has not happened, and the clause's verb states no
event. Told in the past ("shelled the town until the rebels withdrew"), it did happen and
stays one. Only the clause's own verb is the condition: the act it ends, named as its
subject or object ("until the aggression stops"), is under way and is coded as usual.
"""

from __future__ import annotations

from .syntax import Token, Tree, morph


def awaited(tree: Tree, terminal: frozenset[str], trigger: Token, top: Token) -> bool:
    """Whether ``trigger`` is the present-tense verb of a clause that a word of ``terminal``
    ("until", "till") introduces, itself or through the clause it is coordinated with
    ("until the aggression stops and the siege is lifted")."""
    if trigger.i != top.i or not terminal:
        return False
    clause = top
    while clause.dep_ in tree.syntax.conj and clause.head.i != clause.i:
        clause = clause.head
    if not tree.mark(clause) & terminal:
        return False
    return _present(tree, top)


def _present(tree: Tree, verb: Token) -> bool:
    """The verb's tense, read on its auxiliaries first ("is withdrawn", "can flow"), is the
    present."""
    words = [*tree.children(verb, tree.syntax.aux), verb]
    tenses = [morph(word, "Tense") for word in words if morph(word, "Tense")]
    return bool(tenses) and tenses[0] == "Pres"
