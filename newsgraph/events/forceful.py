"""A threat of force: the armed act it holds out, hypothetical, beside the threat.

``GOLD.md`` codes a warning of possible sanctions as THREATEN (asserted) and SANCTION
(hypothetical); its coders do the same when a warning names force: "a averti qu'il
emploierait la force", "refused to rule out the use of force",
"mesures qui peuvent inclure l'usage de la force" are a THREATEN and an ASSAULT to come, from
the same sides. Force is the singular noun of the language's ``force`` cue ("force", "use of
force", "la force") in the threat's own phrase, never a unit ("a task force", "une force de
5 550 hommes": an article or a noun before it), troops ("ses forces") nor the complement of
another noun than one of using it (``force_use``: "l'usage de la force", not "un coup de
force", a coup).
"""

from __future__ import annotations

from .grammar import Cues
from .syntax import Token, Tree


def threatens_force(tree: Tree, trigger: Token) -> bool:
    """Whether the phrase of a threat's trigger names force: "warned that Israel would act
    with all necessary force", "a menacé de recourir à la force"; not "threatened to send
    a force" nor "warned its forces"."""
    cues = tree.lexicon.cues
    return any(_force_used(cues, token) for token in trigger.subtree if token.i != trigger.i)


def _force_used(cues: Cues, token: Token) -> bool:
    """Whether a word is force used: the singular noun, not a unit, and the complement of
    no noun but one of using it ("l'usage de la force", not "un coup de force")."""
    if token.lower_ not in cues.force or token.pos_ != "NOUN" or _unit(cues, token):
        return False
    governor = _governor(token)
    return governor.pos_ != "NOUN" or governor.lemma_.lower() in cues.force_use


def _unit(cues: Cues, token: Token) -> bool:
    """Whether "force" names a body of troops: after an indefinite article
    (``force_unit_marks``: "une force de paix") or a noun ("a task force")."""
    return any(
        child.dep_ == "compound" or child.lemma_.lower() in cues.force_unit_marks
        for child in token.children
    )


def _governor(token: Token) -> Token:
    """The word a noun hangs on, through a preposition the parser makes its head ("use →
    of → force" in English, where French hangs "force" on "usage" itself)."""
    head: Token = token.head
    return head.head if head.pos_ == "ADP" and head.i != token.i else head
