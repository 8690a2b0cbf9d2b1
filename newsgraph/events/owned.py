"""The doer's own forces or firms, told to act: no party a request is made of.

"Vladimir Putin ordered the army to strike Ukraine" is a command to the doer's own forces,
told by the act it orders: the sense condition ``without_objects`` (verbs "order",
« ordonner » in ``lang/<code>/events.json``) drops the REQUEST when such a noun is the
verb's own object. The noun counts only when it names no other party: "ordered the
Ukrainian army to surrender", "ordered Ukraine's army back", « a ordonné à l'entreprise
russe de cesser ses ventes » are requests of that other party; "its army", « son armée »
stay the doer's own.
"""

from __future__ import annotations

from collections.abc import Callable

from .syntax import Token, Tree

#: Whether a word is a mention of a known actor ("russe", "Ukrainian").
Named = Callable[[Token], bool]


def unnamed(word: Token) -> bool:
    """No word is known to name an actor (a coder reading a sentence with no actor index,
    as in "ordered the army to strike": nothing but the parse tells)."""
    return False


def own_objects(tree: Tree, token: Token, named: Named = unnamed) -> set[str]:
    """The lemmas of the common nouns that are ``token``'s own object, indirect object or
    argument oblique (obj / iobj / obl:arg, English "dobj" / "iobj") and name no other
    party: "army" in "ordered the army to strike", « compagnie » in « a ordonné à la
    compagnie de … »; not "troops" in "ordered Moscow to pull back its troops" (the
    infinitive's object), a proper name, nor "army" in "ordered the Ukrainian army to
    surrender" (:func:`names_a_party`)."""
    syntax = tree.syntax
    deps = syntax.object | syntax.indirect_object | syntax.argument_oblique
    return {
        child.lemma_.lower()
        for child in token.children
        if child.pos_ == "NOUN" and child.dep_ in deps and not names_a_party(tree, child, named)
    }


def names_a_party(tree: Tree, noun: Token, named: Named = unnamed) -> bool:
    """Whether a noun's own words name a party: a possessor other than a possessive
    pronoun ("Ukraine's army", not "its army"), or a modifier or a genitive that is a
    name, an entity or an actor's mention ("the Russian company", « l'entreprise russe »,
    « l'armée de l'Ukraine »; not "the state gas company", « la compagnie gazière »)."""
    syntax = tree.syntax
    for child in noun.children:
        if child.dep_ in syntax.possessive:
            if child.pos_ != "PRON":
                return True
            continue
        if child.dep_ in syntax.prep_head:
            words = tree.children(child, syntax.prep_object)
        elif child.dep_ in syntax.modifier | syntax.oblique:
            words = [child]
        else:
            continue
        if any(_a_name(word, named) for word in words):
            return True
    return False


def _a_name(word: Token, named: Named) -> bool:
    """Whether a word is a proper name, an entity or an actor's mention ("Ukraine",
    "Ukrainian", « russe »)."""
    return word.pos_ == "PROPN" or bool(word.ent_type_) or named(word)
