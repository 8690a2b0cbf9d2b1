"""Agreements a hypothetical is about, which it takes as made.

A definite noun that names an agreement as a text ("l'accord", "du traité", "the treaty") in
a hypothetical clause is mostly the thing the hypothetical would happen to: "un tel transfert
constituerait une violation grave de l'accord", "si l'accord venait à s'effondrer", "could
trigger Article IV of the treaty". The agreement is one the article takes as made (told, if
at all, where it is concluded); the sentence states no agreement, possible or done, so the
noun is no event (GOLD.md: "nothing the text does not state"). Under a verb of making an
agreement it is the hypothetical event ("l'accord pourrait être signé", "could ratify the
treaty"), and an indefinite noun is one still to make ("would need an agreement with Kyiv").
The nouns are the ``agreement_texts`` list of the ``modality`` section of
``newsgraph/lang/<code>/events.json``; the verbs of making, its AGREE verbs.
"""

from __future__ import annotations

from .phrases import Candidate
from .syntax import Token, Tree, morph


def presupposed(tree: Tree, candidate: Candidate, modality: str) -> bool:
    """Whether a hypothetical noun event is an agreement the clause takes as made: a
    definite agreement noun ("une violation de l'accord") not under a verb of making one."""
    token = candidate.token
    if not candidate.noun or modality != "hypothetical":
        return False
    if token.lemma_.lower() not in tree.lexicon.cues.agreement_texts:
        return False
    return _definite(tree, token) and not _made(tree, token)


def _definite(tree: Tree, noun: Token) -> bool:
    """Whether a noun is definite: its article, demonstrative or possessive, or a preposition
    that contains the article ("du traité")."""
    syntax = tree.syntax
    labels = syntax.determiner | syntax.possessive | syntax.case
    return any(
        morph(c, "Definite") == "Def" or morph(c, "PronType") == "Dem" or morph(c, "Poss") == "Yes"
        for c in noun.children
        if c.dep_ in labels
    )


def _made(tree: Tree, noun: Token) -> bool:
    """Whether the noun's head is a verb of making an agreement ("pourraient signer
    l'accord", "the treaty could be ratified"): the agreement is then what is hypothetical."""
    lemma = noun.lemma_.lower()
    return any(
        sense.type == "AGREE" and (not sense.with_words or lemma in sense.with_words)
        for sense in tree.lexicon.verbs.get(noun.head.lemma_.lower(), ())
    )
