"""Conditions left unmet: an act a condition says may not be done is no refusal.

A negated act to come reads as a refusal ("will not withdraw" is REJECT, :mod:`.decide`), or
as a statement of resolve. When its clause is the condition of another statement ("Israël
agirait avec toute la force nécessaire si le Hezbollah ne retirait pas ses combattants",
"Mogadishu could order those troops out if the memorandum is not withdrawn"), nobody refuses
anything: the clause names what would set off the act of the main clause (the threat, coded
there), and states no act of its own, done or refused. The marks of such a clause are the
``hypothesis`` words of the ``modality`` section of ``newsgraph/lang/<code>/events.json``
("si", "dès que", "if", "unless", "once"), a clause the parser hangs on an adverb included
("as soon as": :func:`.conditions.clause_marks`); the clause must be adverbial, so an
indirect question ("se demande si Moscou ne retirera pas ses troupes") is not one.
"""

from __future__ import annotations

from collections.abc import Sequence

from .conditions import clause_marks
from .syntax import Token, Tree


def unmet(tree: Tree, chain: Sequence[Token]) -> bool:
    """Whether the clause of a trigger (the last word of its ``chain``, the trigger up to
    the verb of its clause) is an adverbial clause of condition: "retirait" in "agirait si le
    Hezbollah ne retirait pas ses combattants", "withdrawn" in "could order the troops out if
    the memorandum is not withdrawn"; not "withdraw" in "Moscow will not withdraw"."""
    top = chain[-1]
    if not tree.verbal(top) or top.dep_ not in tree.syntax.adverbial:
        return False
    return bool(clause_marks(tree, top) & tree.lexicon.cues.hypothesis)
