"""Statements a reflexive reporting verb makes about its own subject: "s'est dit prêt à briguer
la tête du gouvernement", "s'est déclaré favorable à un cessez-le-feu".

A verb of ``self_predicative_cues`` with a reflexive pronoun and a predicate (an adjective or a
participle) says what its subject declares itself: the statement runs from the verb, its
auxiliaries included, to the end of that predicate. An infinitive after it is a claim of its own
("se dit pouvoir …"), left to the infinitive claims.
"""

from __future__ import annotations

from .inverted import cue_span
from .layout import Found, Layout, Token
from .speakers import subject

#: Labels of a reflexive pronoun.
REFLEXIVE = frozenset({"expl:comp", "expl:pv", "expl", "obj", "dobj"})
#: The lemma of a reflexive pronoun.
SELF = "se"
#: Fewest words of a statement, the cue's included.
WORDS = 3


def reflexive(layout: Layout, verb: Token) -> Found | None:
    """The statement ``verb`` makes about its subject through its predicate, else None."""
    if layout.in_quote(verb.i) or layout.lemma(verb) not in layout.lexicon.self_predicative_cues:
        return None
    last = _self_predicate(layout, verb)
    if last is None:
        return None
    start, _ = cue_span(layout, verb)
    _, sentence_end = layout.sentence(verb.idx)
    end = min(layout.token_end(last), sentence_end)
    if _words(layout, start, end) < WORDS:
        return None
    return Found(start, end, False, cue_span(layout, verb), subject(layout, verb))


def _self_predicate(layout: Layout, verb: Token) -> int | None:
    """The last token of the predicate of a reflexive ``verb`` ("s'est dit prêt à …")."""
    children = layout.children(verb)
    if not any(c.i < verb.i and c.dep_ in REFLEXIVE and c.lemma_.lower() == SELF for c in children):
        return None
    for child in children:
        if child.i > verb.i and child.dep_ == "xcomp" and child.pos_ in ("ADJ", "VERB"):
            if "Inf" in child.morph.get("VerbForm"):
                return None
            return int(child.right_edge.i)
    return None


def _words(layout: Layout, start: int, end: int) -> int:
    return sum(1 for i in layout.tokens(start, end) if layout.doc[i].text[0].isalnum())
