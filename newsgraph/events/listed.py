"""A noun event listed after another shares the clause of the first.

The chain of cues of a trigger (:meth:`~.parse.ParseTree.chain`) stops at a conjunct, as a
verb conjoined to another heads a clause of its own ("a signé l'accord et a quitté la
salle"). A noun conjoined to another noun has no clause of its own: it is one more item of
what the first one's verb plans, supposes or negates ("si Washington accentuait la pression
par des droits de douane ou des mesures de rétorsion": both hypothetical; "could face
sanctions and an embargo": both possible). Its chain goes on from the first noun of the list.
"""

from __future__ import annotations

from .syntax import Token, Tree

#: The parts of speech of the nouns of a list (narrower than :data:`.parse.NOMINAL`, which takes
#: in the words a phrase may start with).
NOUNS = frozenset({"NOUN", "PROPN"})


def listed(tree: Tree, chain: list[Token]) -> list[Token]:
    """The chain of a trigger, carried on from the first noun of the list its top noun is
    a later item of ("des droits de douane ou des mesures de rétorsion": from "mesures" on
    through "droits" to the verb above); as it is for any other top."""
    top = chain[-1]
    seen = {token.i for token in chain}
    while _later_item(tree, top) and top.head.i not in seen:
        more = tree.chain(top.head)
        chain = chain + [t for t in more if t.i not in seen]
        seen.update(t.i for t in more)
        top = chain[-1]
    return chain


def _later_item(tree: Tree, token: Token) -> bool:
    """Whether a noun is a conjunct of another noun ("mesures" in "des droits ou des
    mesures"), not of a verb."""
    return (
        token.dep_ in tree.syntax.conj
        and token.head != token
        and token.pos_ in NOUNS
        and token.head.pos_ in NOUNS
    )
