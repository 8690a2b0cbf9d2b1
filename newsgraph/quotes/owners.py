"""Who speaks the words of a partial quotation that no tag or cue attributes, when the
subject of the verb above them is not the speaker: the owner of the noun that holds them
("his call for “a total and complete ban”": his), or the subject of the verb whose
complement clause holds them ("Two analysts found that the air force is “the best in the
world”": two analysts). The relations are those of the English model (ClearNLP labels);
a language without ``owner_prepositions`` reaches only the second rule."""

from __future__ import annotations

from .layout import Layout, Speaker, Token

#: The relation of a possessor to the noun it owns ("his call", "Mr. Obama's rejection").
OWNER = "poss"
#: The relation of a complement clause to the verb that states, finds or thinks it.
COMPLEMENT = "ccomp"


def noun_owner(layout: Layout, head: Token) -> Speaker | None:
    """The possessor of the noun whose complement the quoted words are, through one of the
    language's ``owner_prepositions``: whose call, pledge or rejection they are ("His standing
    improved after his call for “a total and complete ban”": his, not "His standing"; "Mr.
    Obama's lyrical rejection of “a politics of cynicism”": Mr. Obama's). None when no
    owner is named."""
    noun = _owned_noun(layout, head)
    if noun is None:
        return None
    if noun.pos_ not in ("NOUN", "PROPN") or layout.in_quote(noun.i):
        return None
    owner = next((c for c in noun.children if c.dep_ == OWNER), None)
    if owner is None or layout.in_quote(owner.i):
        return None
    start, _ = layout.sentence(noun.idx)
    return layout.noun_phrase(owner, start, noun.idx)


def _owned_noun(layout: Layout, head: Token) -> Token | None:
    """The noun whose complement quoted words headed by ``head`` are, through one of the
    language's ``owner_prepositions`` ("his call for “…”": call)."""
    preposition = head.head
    if head.dep_ == "pobj" and preposition.lower_ in layout.lexicon.owner_prepositions:
        return preposition.head
    return None


def reporting_verb(layout: Layout, governor: Token) -> Token | None:
    """The verb outside quotation marks whose complement clause the clause of ``governor``
    is, or None: any verb taking a clause, whose subject holds what the clause says ("found
    that the Israeli Air Force is “the best in the world”": found; "reveal there was more
    than “one or two instances”": reveal; "required that …" too)."""
    if governor.dep_ != COMPLEMENT or governor.head.i == governor.i:
        return None
    verb = governor.head
    return verb if verb.pos_ == "VERB" and not layout.in_quote(verb.i) else None
