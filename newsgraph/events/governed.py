"""Noun events that the verb or adjective governing them takes up: no event of their own.

A truce noun is the truce that holds, CONCEDE by GOLD.md's conventions, only when nothing
else is done with it: as the object or complement of a verb of accepting, rejecting,
proposing or providing for, it is what that verb is about ("a rejeté tout cessez-le-feu" is
the REJECT alone, "ont accepté un cessez-le-feu" the AGREE, "le texte prévoit une trêve"
nothing yet). A noun sense lists those governors in ``without_governors`` (lexicon data);
the noun stays a trigger, so the verb still finds its sides through it ("a rejeté tout
cessez-le-feu avec les FSR" is aimed at the FSR), but states no event itself. A truce said
to take effect keeps its own sense ("un cessez-le-feu, entré en vigueur à 18 heures").

A tie, a measure or a help that a verb or noun of stopping suspends, freezes, ends, lifts or
eases (``stopping`` and ``stopping_nouns`` in the ``modality`` section of the lexicon data:
« suspendre », « geler », « levée », "suspend", "lift") is what that word acts on: "suspended
its security cooperation with X" is the SANCTION alone (GOLD.md codes suspending talks or
freezing cooperation as one), "lifted most of the sanctions" the CONCEDE alone, not a tie or
a measure told as holding. A word of stopping that names no doer takes the sides of what it
stops (:meth:`.arguments.Arguments._stopped_sides`, through :func:`stopper`): « la levée des
sanctions américaines contre X » is lifted by the United States, on X.
"""

from __future__ import annotations

from collections.abc import Callable

from .phrases import Candidate
from .syntax import Token, Tree

#: The types of the acts a word of stopping ends rather than states: ties, talks, accords,
#: help and measures. Acts of force stay theirs ("ended the offensive" is read by the verb's
#: own sense).
STOPPABLE = frozenset({"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "SANCTION"})


def taken_up(tree: Tree, candidate: Candidate) -> bool:
    """Whether a noun trigger is the object or complement of one of its sense's
    ``without_governors`` ("a rejeté tout cessez-le-feu": rejeter)."""
    barred = candidate.sense.without_governors
    if not (candidate.noun and barred and barred & governors(tree, candidate.token)):
        return False
    return not _in_effect(tree, candidate)


def stopped(tree: Tree, candidate: Candidate, lemma: Callable[[Token], str]) -> bool:
    """Whether a noun trigger of a tie, a measure or a help is what a word of stopping acts
    on: the object (or a passive's subject) of such a verb, or the genitive of such a noun
    (:func:`stopper`). ``lemma`` gives a verb's lemma, the infinitive of a form the
    lemmatiser left as is (« a gelé »)."""
    word = stopper(tree, candidate)
    if word is None or word.pos_ not in ("VERB", "AUX"):
        return word is not None
    return lemma(word) in tree.lexicon.cues.stopping


def stopper(tree: Tree, candidate: Candidate) -> Token | None:
    """The word that may stop a noun trigger of a tie, a measure or a help: the verb it is
    the object (or a passive's subject) of, whatever that verb, or the noun of stopping it
    is the genitive of, itself or through the nouns it is the genitive or modifier of ("a
    suspendu la coopération avec X", "la dénonciation de l'accord de coopération", "lifted
    most of the sanctions", "ended its defence cooperation agreement"). None for a noun
    beside the word ("suspended flights after the talks"), a noun whose own clause tells it
    was made ("lifted the tariffs it imposed in May"), or one under a measure of time or a
    phase (``settled_measures``: "ended two days of talks", « ont suspendu deux jours de
    négociations »: the talks did take place); a quantity is climbed through ("lifted most
    of the sanctions", « la levée de l'essentiel des sanctions »)."""
    if not candidate.noun or candidate.sense.type not in STOPPABLE:
        return None
    cues, syntax = tree.lexicon.cues, tree.syntax
    word = candidate.token
    if any(_clause(tree, child) for child in word.children):
        return None  # "la levée des sanctions imposées après la répression": imposed first
    for _ in range(len(word.doc)):
        if word.dep_ in syntax.object | syntax.passive_subject:
            head = word.head
            return head if head.pos_ in ("VERB", "AUX") else None
        prep, above = tree.attachment(word)
        if above is None or above.pos_ not in ("NOUN", "PROPN", "ADJ"):
            return None
        if prep is not None and prep not in tree.lexicon.genitive_preps:
            return None
        if above.lemma_.lower() in cues.stopping_nouns:
            return above
        if {above.lemma_.lower(), above.lower_} & cues.settled_measures:
            return None  # "ended two days of talks": the talks were held, then ended
        word = above
    return None


def _in_effect(tree: Tree, candidate: Candidate) -> bool:
    """Whether a clause under the noun says it takes effect, with a word another sense of
    the noun of the same type needs, however deep: "a proposé un cessez-le-feu qui pourrait
    entrer en vigueur dès demain" (vigueur) keeps the truce, hypothetical. A clause the parser
    hangs elsewhere is not seen: in « a accepté un cessez-le-feu avec l'Ukraine, qui est entré
    en vigueur » the relative may hang on « Ukraine », and the truce is then the AGREE alone."""
    token = candidate.token
    senses = tree.lexicon.nouns.get(token.lemma_.lower()) or ()
    words = {w for s in senses if s.type == candidate.sense.type for w in s.with_words}
    return any(w.lemma_.lower() in words for w in token.subtree if w.i != token.i)


def _clause(tree: Tree, word: Token) -> bool:
    """Whether a word is a verb of a clause on the noun it hangs on, relative or participial
    (« les sanctions imposées en 2020 », "the tariffs it imposed"): the noun's own act is
    told, done before the word of stopping acts on it."""
    syntax = tree.syntax
    return word.pos_ in ("VERB", "AUX") and word.dep_ in syntax.relative | syntax.acl


def governors(tree: Tree, token: Token) -> set[str]:
    """The verb or adjective a noun is the direct object of, as its lemma and form ("a
    rejeté tout cessez-le-feu": rejeter; "fears a war": fear), or that it is the
    prepositional complement of, as lemma or form and preposition ("est prête à un
    cessez-le-feu": « prêt à »; "looking for war": "look for"; "draw Russia into a war":
    "draw into"), the same for a conjunct ("à la retenue et au dialogue": « appeler à »).
    A complement that only gives a place, a time or an aim is told by its preposition
    ("look at the war", « a redouté pendant la guerre »); a complement with no preposition
    is an object ("a écarté jeudi toute trêve", parsed as an oblique). Nothing for
    a subject ("le cessez-le-feu est entré en vigueur") or a noun under a noun ("proposal
    for a truce")."""
    syntax = tree.syntax
    while token.dep_ in syntax.conj and token.head.i != token.i:
        token = token.head  # "a appelé à la retenue et au dialogue": dialogue → retenue
    head, prep = token.head, _case(tree, token)
    if token.dep_ in syntax.prep_object and head.dep_ in syntax.prep_head:
        token, head = head, head.head  # "ready for a truce": truce → for → ready
        prep = tree.lexicon.prep(token.text)
    if head.i == token.i or token.dep_ not in syntax.object | syntax.oblique | syntax.prep_head:
        return set()
    if head.pos_ not in ("VERB", "AUX", "ADJ"):
        return set()
    words = {head.lemma_.lower(), head.lower_}
    if token.dep_ in syntax.object or not prep:
        return words  # an object, or one parsed as a bare oblique: "a écarté jeudi toute …"
    return {f"{word} {prep}" for word in words}


def _case(tree: Tree, token: Token) -> str:
    """The preposition a noun's own case words make, canonical (« au dialogue »: « à »),
    or "" when it has none."""
    cases = [c.text for c in token.children if c.dep_ in tree.syntax.case and c.i < token.i]
    return tree.lexicon.prep(" ".join(cases)) if cases else ""
