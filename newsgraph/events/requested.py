"""What a request is about, where the parse hides it from the modality
reading: the act asked for is no event of its own, as in "a appelé la Russie à retirer ses
troupes" (REQUEST only), which :mod:`.modality` reads as absorbed.

Two parses break that reading, and both are common in news text:

- the infinitive hung on the object of the request ("a appelé les autorités à libérer les
  détenus": "libérer" an ``acl`` of "autorités"), which reads as a clause of circumstance;
- a second infinitive coordinated with the first ("appelé Téhéran à cesser son escalade et à
  conclure l'accord", "urged Moscow to withdraw its troops and to release the prisoners"),
  where the chain of the trigger stops at the coordination.
"""

from __future__ import annotations

from collections.abc import Sequence

from .parse import MAX_DEPTH
from .syntax import Token, Tree
from .verbforms import infinitive

#: Types a call states as well as asks for: a call to take to the streets is the protest to
#: come ("appellerons les Sénégalais à descendre dans la rue").
CALLED_OUT = frozenset({"PROTEST"})


def requested(tree: Tree, chain: Sequence[Token], kind: str) -> bool:
    """Whether a word of the trigger's chain (the trigger up to the verb of its clause) is an
    infinitive a request governs through one of those two parses: "libérer"
    in "a appelé les autorités à libérer les détenus", "conclure" in "a appelé l'Iran à cesser
    son escalade et à conclure l'accord", and a noun in its phrase ("a appelé les deux voisins
    à privilégier le dialogue"). Not a protest called for (:data:`CALLED_OUT`), nor an act an
    accusation blames ("accusé les autorités de soumettre les prisonniers à des tortures"):
    the accused act is coded, as its denial ("Moscou a démenti") shows."""
    if kind in CALLED_OUT:
        return False
    for token in chain:
        if not infinitive(token):
            continue
        if _on_object(tree, token):
            return True
        first = _first_conjunct(tree, token)
        if first is not token and (_on_object(tree, first) or _complement(tree, first)):
            return True
    return False


def _first_conjunct(tree: Tree, token: Token) -> Token:
    """The first of coordinated infinitives ("cesser" for "et à conclure")."""
    for _ in range(MAX_DEPTH):
        if token.dep_ not in tree.syntax.conj or not infinitive(token.head):
            break
        token = token.head
    return token


def _on_object(tree: Tree, token: Token) -> bool:
    """An infinitive with its marker ("à libérer") hung on the object of a verb of request:
    what it asks of that object."""
    syntax = tree.syntax
    head = token.head
    return (
        token.dep_ in syntax.acl
        and any(child.dep_ in syntax.mark for child in token.children)
        and head.dep_ in syntax.object
        and head.head != head
        and _request(tree, head.head)
    )


def _complement(tree: Tree, token: Token) -> bool:
    """An infinitive complement of a verb of request ("appelé Téhéran à cesser")."""
    return token.dep_ in tree.syntax.complement and _request(tree, token.head)


def _request(tree: Tree, word: Token) -> bool:
    """A verb that absorbs its content (:mod:`.modality`) and asks for something: one of its
    senses is a REQUEST ("appeler", "exhorter", "urge"), unlike "accuser"."""
    lemma = word.lemma_.lower()
    senses = tree.lexicon.verbs.get(lemma, ())
    return lemma in tree.lexicon.cues.absorbing and any(s.type == "REQUEST" for s in senses)
