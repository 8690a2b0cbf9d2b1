"""Quoted names of an offence: the charge someone is accused, charged or sentenced for.

"L'opposant Tomas Reyl, condamné à six ans de réclusion pour « intelligence avec une puissance
étrangère »", "Paul Verdier, charged with "collusion with the enemy"": the quoted words name the
offence as the charge or the verdict words it; they are nobody's statement, least of all the
accused's. A past participle of the language's ``charge_verbs`` (accuse, charge, convict,
sentence; accuser, condamner, inculper, poursuivre) without a subject doing the act (passive
or in apposition) and without an agent ("par le parquet", "by the prosecutor", who would then
speak) governs such a name; a present one quotes its accuser ("accusing the envoy of
“stirring up confrontation”").
"""

from __future__ import annotations

from .layout import Layout, Token

#: The dependency of a verb's own, active subject.
ACTIVE_SUBJECT = "nsubj"
#: Relations to the participle of the phrase that holds the charge: a prepositional one
#: ("pour « … »", 'of "…"'), not its subject (« près de 500 « éléments violents » ont été
#: interpellés » quotes whoever counts them).
PHRASES = ("obl", "prep", "nmod")
#: Auxiliaries of the passive: "a été condamné pour « … »" is a passive perfect; any other
#: auxiliary ("aux", "aux:tense") may be the perfect's.
PASSIVE = ("aux:pass", "auxpass")
#: How far before its participle a perfect auxiliary the parser made its ancestor may stand.
REACH = 5


def names_charge(layout: Layout, governor: Token | None, relation: str) -> bool:
    """Whether quoted words under ``governor``, in a phrase of ``relation`` to it, name a
    charge: ``governor`` is a past participle of ``charge_verbs`` with no active subject and
    no agent ("accusés de « trahison »", 'was convicted of "espionage"'), not "le parquet
    l'accuse de « trahison »" nor "accusé par Moscou de « sabotage »"."""
    if governor is None or layout.lemma(governor) not in layout.lexicon.charge_verbs:
        return False
    if not relation.startswith(PHRASES):
        return False
    if "Part" not in governor.morph.get("VerbForm") or "Past" not in governor.morph.get("Tense"):
        return False  # "accusing the envoy of “stirring up confrontation”" quotes the accuser
    if any(_active(layout, verb) for verb in _conjuncts(governor)):
        return False
    agents = layout.lexicon.agent_words
    return not any(_introduced_by(child, agents) for child in governor.children)


def _conjuncts(participle: Token) -> list[Token]:
    """``participle`` and, when it is a later conjunct, the verbs it is coordinated with: « a
    dénoncé la frappe et accusé Moscou de « … » » shares the subject and auxiliary of the first."""
    verbs = [participle]
    while verbs[-1].dep_ == "conj" and verbs[-1].head is not verbs[-1]:
        verbs.append(verbs[-1].head)
    return verbs


def _active(layout: Layout, verb: Token) -> bool:
    """Whether ``verb`` has a doer of its own: an active subject, or an active perfect."""
    return any(c.dep_ == ACTIVE_SUBJECT for c in verb.children) or _active_perfect(layout, verb)


def _active_perfect(layout: Layout, participle: Token) -> bool:
    """Whether ``participle`` is an active perfect ("a condamné"): a perfect auxiliary on it
    and no passive one, or one just before it that the parser made its ancestor instead
    (« l'Union a pour sa part condamné des « … » », where « condamné » hangs on « part »)."""
    perfect = layout.lexicon.perfect_aux
    children = list(participle.children)
    if any(c.dep_ in PASSIVE for c in children):
        return False
    if any(c.dep_.startswith("aux") and layout.lemma(c) in perfect for c in children):
        return True
    return any(
        layout.lemma(a) in perfect and 0 < participle.i - a.i <= REACH for a in participle.ancestors
    )


def _introduced_by(phrase: Token, words: frozenset[str]) -> bool:
    """Whether ``phrase`` is opened by one of ``words``: "by" itself, or a noun with "par"."""
    return phrase.lower_ in words or any(
        c.dep_ == "case" and c.lower_ in words for c in phrase.children
    )
