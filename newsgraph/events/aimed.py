"""Whom a noun event is aimed at when a participle of aiming says it.

A noun event often names its target through a participle of an aiming verb hanging on it
rather than a preposition: "de nouvelles mesures visant les banques moldaves" are
sanctions on Moldova, "des frappes ciblant des positions du Hezbollah" strikes on Lebanon's
Hezbollah, "a package targeting Iranian ports" a package against Iran. The verbs are the
language's ``groups.aiming`` words (:attr:`.lexicon.Lexicon.aiming`). A participle with an
infinitive ("un texte visant à geler les avoirs") states an aim, not a target, and has no
object.
"""

from __future__ import annotations

from .syntax import Token, Tree, morph


def aimed_objects(tree: Tree, token: Token) -> list[Token]:
    """The objects of the aiming participles that hang on the noun ``token`` ("mesures
    [visant les banques moldaves]" gives "banques"); empty when none does."""
    syntax = tree.syntax
    found: list[Token] = []
    for child in tree.children(token, syntax.acl | syntax.relative):
        if child.lemma_.lower() in tree.lexicon.aiming and _participle(child):
            found += tree.children(child, syntax.object)
    return found


def _participle(token: Token) -> bool:
    """Whether a verb is a participle: French "visant" (VerbForm=Part), English "targeting"
    (a gerund-participle tagged VBG)."""
    return morph(token, "VerbForm") in ("Part", "Ger") or token.tag_ == "VBG"
