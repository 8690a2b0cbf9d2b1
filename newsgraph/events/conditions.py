"""Acts to come under a condition: hypothetical, not future.

GOLD.md codes an act stated under a conditional clause as hypothetical: "Putin said Russia
would attack Ukraine if Kyiv joined NATO", "nous attaquerons si le Hezbollah viole l'accord".
The act is yet to come (a future or conditional form) and one verb of its clause heads an
adverbial clause marked by a word of hypothesis (the ``hypothesis`` list of the ``modality``
section of ``newsgraph/lang/<code>/events.json``: "if", "unless", "once", "as soon as",
"whenever"; "si", "s'", "dès que"), not of plain time ("when", "after"): an act to come once
something else has happened is as uncertain as that ("the army would withdraw once the talks
had succeeded", "Minsk will reopen the border as soon as the sanctions are lifted"). A
done act stays as it is told, so only acts to come are concerned; an act scheduled (a
``future`` word of plan or schedule in its clause: "if they meet in November, Biden is
expected to press Putin") is to come at a time, not under a condition, and stays future.
"""

from __future__ import annotations

from collections.abc import Set

from .syntax import Token, Tree


def marked_clause(tree: Tree, verb: Token, marks: Set[str]) -> bool:
    """Whether ``verb`` heads an adverbial clause whose mark is one of ``marks``: "would
    attack [if Kyiv joined NATO]" with ``marks`` {"if"}; not "attacked [after Kyiv joined]".
    A clause the parser hangs on an adverb of the verb counts ("will return [as soon [as …]]")."""
    adverbial = tree.syntax.adverbial
    heads = [verb, *(c for c in verb.children if c.pos_ == "ADV")]
    return any(
        child.dep_ in adverbial
        and bool((clause_marks(tree, child) | _leading_conjunctions(child)) & marks)
        for head in heads
        for child in head.children
    )


def _leading_conjunctions(clause: Token) -> set[str]:
    """Conjunctions before a clause's verb that the parser hangs on it as a modifier rather
    than as its mark ("whenever" in "will consult one another [whenever a crisis threatens]",
    read as an adverb of "threatens")."""
    return {c.lower_ for c in clause.children if c.pos_ == "SCONJ" and c.i < clause.i}


def clause_marks(tree: Tree, clause: Token) -> set[str]:
    """The words that open a clause, each alone and together ("dès", "que" and "dès que" in
    "dès que les ponts seront réparés"), and, for a clause hung on an adverb, the adverb
    with the words before it ("as soon as" in "will reopen as soon as the sanctions are
    lifted", where the parser hangs the clause on "soon")."""
    words = [c.lower_ for c in clause.children if c.dep_ in tree.syntax.mark]
    if not words:
        return set()
    found = {*words, " ".join(words)}
    head = clause.head
    if head.pos_ == "ADV" and head.i != clause.i:
        lead = [c.lower_ for c in head.lefts] + [head.lower_]
        found.add(" ".join(lead + words))
    return found


def hypothesised(tree: Tree, chain: list[Token], marks: Set[str], scheduled: Set[str]) -> bool:
    """Whether a verb from the trigger up to its clause's verb heads an adverbial clause
    marked by one of ``marks``, and no word of the chain is one of ``scheduled``: "would
    impose sanctions [if Moscow did not withdraw]" (the clause hangs on "impose", the trigger
    "sanctions" below it), not "is expected to press Xi [if they meet]"."""
    if any(token.lemma_.lower() in scheduled for token in chain):
        return False
    return any(tree.verbal(token) and marked_clause(tree, token, marks) for token in chain)
