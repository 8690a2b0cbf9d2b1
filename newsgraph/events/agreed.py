"""Acts a side binds itself to: to come.

An infinitive a verb of commitment governs is an act to come ("a accepté de retirer ses
troupes", :meth:`~.modality.ModalityReader._committed`). So is a noun of an act that such a
verb takes after a preposition: "Kenya and Ethiopia agreed to a fresh round of talks", "the
declaration commits the two states to regular consultations", « les deux pays sont
convenus de la tenue de pourparlers », « se sont engagés à des consultations régulières ».
The talks are agreed, not held. Not a noun the verb takes as object ("accepted the
proposal", « a accepté l'offre »), nor a noun beside a verb whose bound act is a clause
or an infinitive (« sont convenus, au terme d'une rencontre, de reprendre les échanges »: the
meeting was held) or that the parser reads as a modifier of the clause, nor one beside it
("agreed on a truce after talks in Geneva": the verb binds by the prepositions
``commitment_preps`` of the ``modality`` section of ``newsgraph/lang/<code>/events.json``),
nor a noun under another verb, nor troops « engagés au combat » (« engager » binds only as
« s'engager », ``commitment_pronominal``).

So is the object of an infinitive of staging that such a verb governs (:func:`staged`): « ont
convenu d'organiser une réunion », "agreed to hold talks": the meeting is agreed, not held.
Only a verb that stages the event (``staging``: « tenir », « relancer », "hold"), not one
that tells of a past one (« a accepté de condamner l'invasion »: the invasion took place).
"""

from __future__ import annotations

from itertools import pairwise

from .grammar import Cues
from .syntax import Token, Tree, morph

#: The words a noun of the act may hang under on its way up to the verb: nouns it
#: complements (« la tenue de pourparlers », "a round of talks") and English prepositions.
_NOMINAL = frozenset({"NOUN", "PROPN", "ADP"})

#: The English gerund, a verb the act may be named by ("commits Washington to halting strikes").
_GERUND = "VBG"


def agreed_to(tree: Tree, cues: Cues, chain: list[Token]) -> bool:
    """Whether the trigger (``chain[0]``) is a noun, or a gerund, that the first verb of its
    chain, a verb of commitment, governs through a preposition (see the module)."""
    trigger = chain[0]
    if tree.verbal(trigger) and trigger.tag_ != _GERUND:
        return False
    syntax = tree.syntax
    direct = syntax.subject | syntax.passive_subject | syntax.object
    for below, word in pairwise(chain):
        if not tree.verbal(word):
            if word.pos_ not in _NOMINAL:
                return False  # « un cessez-le-feu lors du sommet »: the summit is beside it
            continue
        if word.lemma_.lower() not in cues.commitment or below.dep_ in direct:
            return False
        if word.lemma_.lower() in cues.commitment_pronominal and not tree.reflexive(word):
            return False  # « des soldats engagés au combat »
        if below.dep_ in syntax.modifier_oblique:
            return False  # « engagés mardi, au terme d'une rencontre, à … »: when, not what
        if tree.children(word, syntax.complement | syntax.clausal):
            return False
        return _preposition(tree, below) in cues.commitment_preps
    return False


def staged(tree: Tree, cues: Cues, chain: list[Token]) -> bool:
    """Whether the trigger (``chain[0]``) is a noun, the object of an infinitive of staging
    that a verb of commitment governs (see the module): « ont convenu de relancer un
    dialogue », "agreed to hold a summit"."""
    if len(chain) < 3 or tree.verbal(chain[0]):
        return False
    trigger, verb, head = chain[0], chain[1], chain[2]
    syntax = tree.syntax
    if trigger.dep_ not in syntax.object or verb.dep_ not in syntax.complement:
        return False
    if not tree.verbal(verb) or verb.lemma_.lower() not in cues.staging:
        return False
    if morph(verb, "VerbForm") != "Inf" or head.lemma_.lower() not in cues.commitment:
        return False
    return head.lemma_.lower() not in cues.commitment_pronominal or tree.reflexive(head)


def _preposition(tree: Tree, word: Token) -> str:
    """The preposition that links a word to the verb above it: the word itself in a language
    that hangs the noun on its preposition ("agreed [to] talks"), else its own ("convenus
    [de] la tenue"); empty without one."""
    if word.pos_ == "ADP":
        return str(word.lower_)
    case = tree.children(word, tree.syntax.case)
    return str(case[0].lower_) if case else ""
