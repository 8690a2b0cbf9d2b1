"""Quoted names of an offence: the charge someone is accused, charged or sentenced for.

"L'opposant Tomas Reyl, condamné à trois ans de prison pour « atteinte à la sûreté de
l'État »", "Paul Verdier, charged with "collusion with the enemy"": the quoted words name the
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
    agents = layout.lexicon.agent_words
    return not any(
        child.dep_ == ACTIVE_SUBJECT or _introduced_by(child, agents) for child in governor.children
    )


def _introduced_by(phrase: Token, words: frozenset[str]) -> bool:
    """Whether ``phrase`` is opened by one of ``words``: "by" itself, or a noun with "par"."""
    return phrase.lower_ in words or any(
        c.dep_ == "case" and c.lower_ in words for c in phrase.children
    )
