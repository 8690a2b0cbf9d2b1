"""Who does what a participle on the name of a text says: the text's issuer.

A resolution, a letter or a statement does not act; the actor that adopts, votes, signs or
sends it does. A present participle on such a noun ("a resolution demanding…", "une
résolution exigeant…") is therefore done by the subject of the issuing verb the noun
depends on, as its object or through a preposition ("the council adopted a resolution
demanding", "Parliament voted for a resolution asking", "le Conseil a adopté une
résolution exigeant"). A verb that does not issue the text ("Russia vetoed a resolution
demanding") says nothing of its author, so none is given.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .parse import NOMINAL, Token, morph

if TYPE_CHECKING:
    from .syntax import Tree

__all__ = ["issuing_verb"]


def issuing_verb(tree: Tree, token: Token) -> Token | None:
    """The verb that issues the text a present participle hangs on, whose subject does
    what the participle says: "adopted" in "the council adopted a resolution demanding a
    ceasefire"; None for another participle."""
    text = token.head
    cues = tree.lexicon.cues
    if not (
        token.dep_ in tree.syntax.acl
        and (morph(token, "VerbForm"), morph(token, "Tense")) == ("Part", "Pres")
        and text.pos_ in NOMINAL
        and text.lemma_.lower() in cues.issued_texts
    ):
        return None
    verb = _governor(tree, text)
    if verb is None or verb.lemma_.lower() not in cues.issuing:
        return None
    return verb


def _governor(tree: Tree, noun: Token) -> Token | None:
    """The verb a noun is the object of, or the complement through a preposition of
    issuing: "adopted" for "adopted a resolution", "voted" for "voted for a resolution",
    none for "voted against a resolution"."""
    head: Token | None = noun.head
    if head == noun:
        return None
    if noun.dep_ not in tree.syntax.object:
        prep, head = tree.attachment(noun)
        if prep not in tree.lexicon.cues.issuing_preps:
            return None  # "voted against a resolution demanding"
    return head if head is not None and tree.verbal(head) else None
