"""A meeting told as the purpose of a visit is the visit.

« Fico s'est rendu à Moscou pour rencontrer Vladimir Poutine », "Merz will travel to Warsaw
to meet Donald Tusk" tell one CONSULT, not a trip and a meeting besides: the meeting in the
clause of purpose is what the visit is for (`GOLD.md`: visiting is CONSULT). The visit is kept,
its sides saying who went to whom; the meeting goes when its parties are the visit's.

So too a protest told as the purpose of a summons: "summoned the Chilean ambassador to protest
the vote" is one ACCUSE, the summons, not a summons and a street protest of the one who
summoned (:func:`is_protest_purpose`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

from .arguments import Candidate
from .participants import party
from .syntax import Token, Tree, morph

if TYPE_CHECKING:
    from .decide import Decision

#: The types a clause of purpose states as the act it hangs on ("summoned … to protest").
PROTESTS = frozenset({"PROTEST", "ACCUSE"})
#: The mode of the senses that are visits (« se rendre », "travel to", "visiter").
VISIT = "visit"

Chosen = TypeVar("Chosen", bound="tuple[Candidate, Decision]")


def without_purposes(tree: Tree, chosen: list[Chosen]) -> list[Chosen]:
    """The chosen acts of a sentence less the meetings told as a visit's purpose
    (:func:`is_purpose`): « s'est rendu à Moscou pour rencontrer Poutine » keeps CONSULT
    Slovakia→Russia of « rendu » and drops the reciprocal one of « rencontrer »."""
    return [
        pair
        for pair in chosen
        if not any(
            is_purpose(tree, pair, act) or is_protest_purpose(tree, pair, act) for act in chosen
        )
    ]


def is_purpose(
    tree: Tree, meeting: tuple[Candidate, Decision], visit: tuple[Candidate, Decision]
) -> bool:
    """Whether ``meeting`` is a CONSULT verb in a clause hung on the verb of ``visit``, a
    CONSULT visit (« rendu … pour rencontrer », "travel … to meet"), among the parties of that
    visit: « s'est rendu à Nuuk pour rencontrer le gouvernement groenlandais » is one act;
    « s'est rendu à Kiev pour rencontrer Zelensky » with a Polish minister beside him is not
    dropped when the visit left the minister out."""
    (candidate, decision), (trip, done) = meeting, visit
    syntax = tree.syntax
    if candidate.noun or trip.noun or candidate is trip:
        return False
    if decision.type != "CONSULT" or done.type != "CONSULT" or trip.sense.mode != VISIT:
        return False
    token = candidate.token
    if token.head.i != trip.token.i or token.dep_ not in syntax.adverbial | syntax.complement:
        return False
    met = {party(a) for a in decision.source + decision.target}
    return bool(met) and met <= {party(a) for a in done.source + done.target}


def is_protest_purpose(
    tree: Tree, protest: tuple[Candidate, Decision], act: tuple[Candidate, Decision]
) -> bool:
    """Whether ``protest`` is a PROTEST or ACCUSE verb in a clause hung on the verb of ``act``,
    an ACCUSE (a summons, a complaint), among the parties of that act, told as an infinitive
    without a subject of its own: "Peru summoned the Chilean ambassador to protest the vote"
    is the summons, an ACCUSE Peru→Chile, and no PROTEST of Peru's besides."""
    (candidate, decision), (summons, done) = protest, act
    syntax = tree.syntax
    if candidate.noun or summons.noun or candidate is summons:
        return False
    if decision.type not in PROTESTS or done.type != "ACCUSE":
        return False
    token = candidate.token
    if token.head.i != summons.token.i or token.dep_ not in syntax.adverbial | syntax.complement:
        return False
    if not _infinitive(token):
        return False  # « tandis que Pékin accusait … »: a second act, of its own subject
    said = {party(a) for a in decision.source + decision.target}
    return bool(said) and said <= {party(a) for a in done.source + done.target}


def _infinitive(token: Token) -> bool:
    """Whether a verb is an infinitive with no subject of its own ("to protest", « pour
    protester »), the form a purpose takes."""
    if morph(token, "VerbForm") != "Inf" and token.tag_ != "VB":
        return False
    return not any(child.dep_.startswith("nsubj") for child in token.children)
