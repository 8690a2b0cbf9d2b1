"""Noun events given as done before the clause that names them.

A noun after a preposition of time before ("après l'attaque", "following the talks"), or a
noun of asking after a preposition ("à la demande du Guyana", "at the request of Kyiv"),
names an act already done: what its clause plans, supposes or negates is not about it. So
does a noun event that is the genitive of a word that is no trigger after such a preposition
("after weeks of street protests", « malgré des mois de négociations »): a measure of time or
a phase of an act does not take it out of the phrase that gives it as done, where a word of
another act, a plan or an announcement would ("after calls for talks", « après l'annonce
d'un sommet »: the talks and the summit are only asked for or announced). The words are the
``settled_preps``, ``settled_nouns`` and ``settled_measures`` lists of the ``modality`` section of
``newsgraph/lang/<code>/events.json``.
"""

from __future__ import annotations

from .grammar import Cues
from .syntax import Token, Tree


def settled(tree: Tree, cues: Cues, trigger: Token) -> bool:
    """Whether a noun event is given as done before its clause ("à la demande du Guyana",
    "after the attack", "after weeks of protests"): what the clause plans or supposes is not
    about it."""
    if tree.verbal(trigger):
        return False
    preps = _prepositions(tree, trigger)
    if any(p in cues.settled_preps for p in preps):
        return True
    if bool(preps) and trigger.lemma_.lower() in cues.settled_nouns:
        return True
    measure = _measured(tree, cues, trigger)
    return measure is not None and any(
        p in cues.settled_preps for p in _prepositions(tree, measure)
    )


def _prepositions(tree: Tree, noun: Token) -> list[str]:
    """The prepositions that open a noun's phrase: its own case words, the preposition it is
    the object of, and a locution its case words make with it (« en dépit des efforts »:
    « en dépit »)."""
    syntax = tree.syntax
    cases = [c.lower_ for c in noun.children if c.dep_ in syntax.case and c.i < noun.i]
    preps = [*cases]
    if noun.dep_ in syntax.prep_object:
        preps.append(noun.head.lower_)
    if cases:
        preps.append(" ".join([*cases, noun.lower_]))
    return preps


def _measured(tree: Tree, cues: Cues, trigger: Token) -> Token | None:
    """The farthest noun that the trigger is the genitive complement of through words of a
    measure of time or a phase (``settled_measures``: "weeks" in "after weeks of street
    protests", « début » in « depuis le début de cette invasion »), or None when it is the
    genitive of no such word. A noun of a plan or an announcement stops the climb (« après
    l'annonce d'un sommet »: the summit is only announced), as a trigger does."""
    lexicon, found, word = tree.lexicon, None, trigger
    for _ in range(len(trigger.doc)):
        preposition, governor = tree.attachment(word)
        if preposition not in lexicon.genitive_preps or governor is None:
            break
        lemma = governor.lemma_.lower()
        if governor.pos_ != "NOUN" or lemma in lexicon.nouns or governor.lower_ in lexicon.nouns:
            break
        if lemma not in cues.settled_measures and governor.lower_ not in cues.settled_measures:
            break
        found = word = governor
    return found
