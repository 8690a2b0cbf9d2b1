"""Stances: statements of resolve, refusals to accept a state of affairs, a rule's scope.

A negated verb of acceptance is a refusal (REJECT) when it refuses something put forward or
at stake: a proposal, an offer, a deal, a result ("Ukraine could not accept a ceasefire that
froze the front line", "would not recognise any result", "n'acceptera jamais de négocier").
When what is not accepted is a state of affairs, told by a finite clause ("Finland will not
accept that its border is used as a weapon", "la France ne peut pas accepter qu'on expulse
ses agents"), the text states a principle: nothing was put to the speaker, so nothing is
refused, and the negated act is no event either (GOLD.md: "nothing the text does not
state"). The clause keeps its own events ("expulse" is coded on its own). Only verbs of
acceptance (the ``acceptance`` list of the ``modality`` section) state such a principle:
"has not demanded that Russia withdraw" stays a negated demand.

Likewise a rule, a treaty or a guarantee that "applies to" or "extends to" acts of a kind
names the acts it would cover, not acts done ("the 1951 Mutual Defense Treaty extends to
armed attacks on Philippine vessels", "le traité s'appliquait aux attaques armées contre les
navires"): the noun is no event. The verbs of scope are the ``scope`` list of the
``modality`` section of ``newsgraph/lang/<code>/events.json``, their prepositions its
``scope_preps`` ("extended the ceasefire after talks" covers no talks).

A noun event that a preposition of absence introduces (the ``negation_marks`` of the
``modality`` section: « sans », "without") names an act that is missing, not one done or
refused: "the two delegations parted without a deal", « un mois entier sans trêve », « sans
médiation, le conflit durera ». The noun is no event (GOLD.md: "nothing the text does not
state"); a verb under the same preposition stays a negated act ("left without meeting the
envoy", « sont repartis sans signer le texte »), read in :mod:`.reading`.

So is a noun event that names the remit of an office held by one person, hung on its title
by a preposition of the office (the ``offices`` and ``office_preps`` lists of the
``modality`` section): "the minister for bilateral cooperation", « la représentante spéciale
pour les négociations », "the director general of naval operations" name a post, not an act.
"""

from __future__ import annotations

from collections.abc import Set

from .phrases import Candidate
from .reading import UNDONE, Flag
from .syntax import UNLABELLED, Token, Tree


def refused(tree: Tree, candidate: Candidate) -> bool:
    """Whether a negated verb of acceptance refuses a state of affairs: its complement is a
    finite clause a conjunction introduces ("will not accept that its border is used", "ne
    peut pas accepter qu'on expulse ses agents"), not an infinitive ("de négocier") nor a
    noun. Another verb keeps its act ("has not demanded that Russia withdraw")."""
    token = candidate.token
    if candidate.noun or token.lemma_.lower() not in tree.lexicon.cues.acceptance:
        return False
    syntax = tree.syntax
    labels = syntax.complement | syntax.clausal | {UNLABELLED}
    return any(child.dep_ in labels and _finite_clause(tree, child) for child in token.children)


def _finite_clause(tree: Tree, head: Token) -> bool:
    """Whether a complement is a finite clause a conjunction introduces ("that its border
    is used", "qu'on expulse ses agents"), not an infinitive ("de négocier", "to talk")."""
    return tree.verbal(head) and any(
        m.dep_ in tree.syntax.mark and m.pos_ == "SCONJ" for m in head.children
    )


def resolve_only(modality: str, flags: Set[Flag]) -> bool:
    """Whether an act negated in the future or the conditional is a statement of resolve
    ("aucune troupe ne sera déployée sur notre sol", "the Philippines would not be
    intimidated", "ne tolérera aucune attaque"), which states no act done, planned or
    possible, so nothing to code (the discourse still hears of it). Refusing a cooperative act
    ("will not sign") is already a REJECT by then; an act left undone "without" a step ("left
    without setting a date to sign the treaty") is negated in the past, and stays."""
    negated = modality == "negated"
    return negated and bool(flags & {"future", "conditional"}) and not flags & UNDONE


def named_only(tree: Tree, candidate: Candidate) -> bool:
    """Whether a noun event is only named, not told as an act: what a rule covers
    (:func:`covered`), an act said to be missing (:func:`absent`), an office's remit
    (:func:`remit`)."""
    return covered(tree, candidate) or absent(tree, candidate) or remit(tree, candidate)


def covered(tree: Tree, candidate: Candidate) -> bool:
    """Whether a noun event is what a rule applies or extends to, through the preposition of
    scope ("extends to armed attacks", "s'appliquait aux attaques armées"): acts it would
    cover. Another preposition leaves the event ("extended the ceasefire after talks")."""
    if not candidate.noun:
        return False
    preposition, governor = tree.attachment(candidate.token)
    cues = tree.lexicon.cues
    if preposition not in cues.scope_preps or governor is None:
        return False
    return governor.lemma_.lower() in cues.scope


def absent(tree: Tree, candidate: Candidate) -> bool:
    """Whether a noun event is the complement of a preposition of absence ("without
    agreement", « sans véritable consultation »), alone or coordinated ("with or without a
    deal", « avec ou sans accord »): an act the text says is missing or does not matter."""
    if not candidate.noun:
        return False
    marks = tree.lexicon.cues.negation_marks
    return any(word.lower_ in marks for word in _prepositions(tree, candidate.token))


def remit(tree: Tree, candidate: Candidate) -> bool:
    """Whether a noun event names the remit of an office it hangs on through a preposition
    of the office (``offices`` and ``office_preps``): "the minister for bilateral
    cooperation", « la représentante spéciale pour les négociations », "the director general of
    naval operations" (the title's adjective may carry the phrase)."""
    if not candidate.noun:
        return False
    cues = tree.lexicon.cues
    preposition, governor = tree.attachment(candidate.token)
    if preposition not in cues.office_preps or governor is None:
        return False
    if governor.dep_ in tree.syntax.modifier and governor.pos_ == "ADJ":
        governor = governor.head  # "directors general of …"
    return governor.lemma_.lower() in cues.offices or governor.lower_ in cues.offices


def _prepositions(tree: Tree, token: Token) -> list[Token]:
    """The prepositions heading a nominal, as its head ("without" over "agreement") or its
    case marks (« sans » before « accord »), with those coordinated to them that share its
    object ("with or without a deal"); a coordinated preposition with an object of its own
    heads that object, not this one ("with the support of X and without the approval of Y")."""
    syntax = tree.syntax
    words = [c for c in token.children if c.dep_ in syntax.case and c.i < token.i]
    if token.dep_ in syntax.prep_object:
        words.append(token.head)
    shared = [c for word in words for c in word.children if c.dep_ in syntax.conj]
    return words + [c for c in shared if not _has_object(tree, c)]


def _has_object(tree: Tree, preposition: Token) -> bool:
    """Whether a preposition heads a nominal of its own ("without" over "the approval")."""
    return any(child.dep_ in tree.syntax.prep_object for child in preposition.children)


def undone(tree: Tree, kind: str, trigger: Token) -> bool:
    """Whether a meeting is named by the verb that undoes it (a ``negation_verbs`` word of
    the ``modality`` section), so did not take place: "Cohen cancelled a planned meeting
    with Guterres" (CONSULT, negated). Cancelling a visit typed as a sanction ("annuler une
    visite d'État", SANCTION) is the act itself, asserted."""
    return kind == "CONSULT" and trigger.lemma_.lower() in tree.lexicon.cues.negation_verbs
