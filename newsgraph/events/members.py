"""The named members of a group a phrase names by number or kind.

A phrase may name its parties as a group and then list some of them: "les ambassadeurs de cinq
pays européens, dont l'Italie, la Grèce et le Portugal", "ses alliés, dont les
États-Unis et le Brésil", "six countries including Norway, Iceland and Denmark", "coastal
states such as Togo and Gabon". The group names no actor of its own; the listed members are
its parties. The words that open such a list are the language's ``groups.members``
(:attr:`.lexicon.Lexicon.members`): French "dont" heads a verbless relative whose head is the
first member; English "including" and "such as" are prepositions whose object is.
"""

from __future__ import annotations

from .syntax import Token, Tree

#: Parts of speech a listed member may have: a name, or a noun ("l'ensemble des pays").
MEMBER_POS = frozenset({"PROPN", "NOUN"})


def listed_members(tree: Tree, token: Token) -> list[Token]:
    """The first members listed on the group ``token`` or on a noun of its phrase ("[les
    consuls] de trois pays, dont la Norvège…" gives "Norvège"); the conjuncts follow
    through :meth:`.Tree.conjuncts`. Empty when the phrase lists none."""
    found: list[Token] = []
    for word in [token, *(c for c in token.children if c.dep_ in tree.syntax.oblique)]:
        for child in word.children:
            found += _members(tree, child)
    return found


def _members(tree: Tree, child: Token) -> list[Token]:
    """The member a dependent opens: a verbless relative on "dont" ("dont l'Argentine") or a
    preposition "including" / "such as" with its object."""
    marks = tree.lexicon.members
    if child.dep_ in tree.syntax.relative and child.pos_ in MEMBER_POS:
        if any(w.lower_ in marks for w in child.children if w.i < child.i):
            return [child]
        return []
    before = child.doc[child.i - 1].lower_ if child.i > 0 else ""
    if child.lower_ in marks or f"{before} {child.lower_}" in marks:
        return [w for w in child.children if w.pos_ in MEMBER_POS]
    return []
