"""A reporting verb that tells an act still to come, and the source that states it.

Quoted words have been said already: a verb in the future or the conditional, or under a
modal ("continuera à plaider pour", "would respond with", "could call for"), cannot have
produced them. When such a verb stands in what an attribution phrase or another reporting
verb states, the quoted words are that source's: in "Selon lui, le Chili continuera à plaider
pour « un règlement pacifique »" and "Vostrik said Chile would respond with “measures that
hurt”", the minister speaks, not the state whose plan he tells.
"""

from __future__ import annotations

from .cues import Attribution, found_cue
from .layout import Layout, Token

#: How far up the parse the source of a verb still to come is looked for.
CLIMB = 6
#: The part-of-speech tag of a modal auxiliary ("would", "will", "could").
MODAL = "MD"


def pending(verb: Token) -> bool:
    """Whether ``verb`` tells an act still to come: a future or a conditional, on itself or on
    the verb it completes ("continuera à plaider", "pourrait appeler à"), or a modal auxiliary
    ("would respond", "will call for"); "a plaidé", "called for" are acts done."""
    verbs = [verb, verb.head] if verb.dep_ == "xcomp" and verb.head.i != verb.i else [verb]
    for token in verbs:
        if "Fut" in token.morph.get("Tense") or "Cnd" in token.morph.get("Mood"):
            return True
        if any(
            child.dep_.startswith("aux")
            and (child.tag_ == MODAL or "Mod" in child.morph.get("VerbType"))
            for child in token.children
        ):
            return True
    return False


def stated_by(layout: Layout, cue: Token) -> Attribution | None:
    """For a reporting verb still to come, the attribution phrase or the reporting verb
    before it, in its sentence, that states it ("Selon lui, …", "X said … would …"), with
    its speaker; else None."""
    if not pending(cue):
        return None
    start, _ = layout.sentence(cue.idx)
    if cue.i in layout.according:
        according = layout.according[cue.i]
        return (according.start, according.speaker.start), according.speaker
    node = cue
    for _ in range(CLIMB):
        parent = node.head
        if parent.i == node.i or parent.idx < start:
            return None
        if parent.i in layout.according:
            according = layout.according[parent.i]
            return (according.start, according.speaker.start), according.speaker
        if layout.is_cue(parent) and parent.idx < cue.idx and not pending(parent):
            attribution = found_cue(layout, parent)
            return attribution if attribution[1] is not None else None
        node = parent
    return None
