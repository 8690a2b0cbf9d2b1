"""Subject pronouns that take up a state, an organisation or a person named before them.

"Le PAM a suspendu ses livraisons. Il espère envoyer d'autres camions" (the WFP), "Russia
has denied the report; it warned Kyiv…": a third-person subject pronoun of an event
trigger stands for the last actor that was the subject of a clause before it, within its
paragraph and the one before, when the two agree in number (and, in French, in gender: "elle"
for "la Russie", "il" for "le Niger"). The pronouns and what they agree in are language data
(``anaphoric_pronouns`` of ``newsgraph/lang/<code>/actors.json``), with the verbs whose "il"
is impersonal ("il faut", "il s'agit"). A pronoun in quoted words speaks of someone else. A
subject that names no actor but agrees stops the search (the pronoun is about it), unless it
names one by what it is ("the government said it…"): then it takes up a name before it too.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from .. import lang
from ..actors.pronouns import in_quotation
from ..article import Actor, Article
from .phrases import Phrases
from .syntax import Token, Tree, morph

#: How many paragraphs the antecedent may lie back, the pronoun's own included.
PARAGRAPHS = 2
#: The determiners that show a name's gender when the name itself carries none ("la Russie").
_GENDERED = {"la": "Fem", "le": "Masc"}


@dataclass(frozen=True)
class Agreement:
    """What a pronoun agrees in: number, French gender, and whether it stands for a person
    (True), never does ("it": False), or may (None)."""

    number: str
    gender: str = ""
    person: bool | None = None


@cache
def pronouns(code: str) -> tuple[dict[str, Agreement], frozenset[str]]:
    """The anaphoric subject pronouns of a language, and its impersonal verbs."""
    data: dict[str, Any] = lang.load(code, "actors")
    table = {
        word: Agreement(cue["number"], cue.get("gender", ""), cue.get("person"))
        for word, cue in data.get("anaphoric_pronouns", {}).items()
    }
    return table, frozenset(data.get("impersonal_verbs", []))


def antecedent(
    tree: Tree, phrases: Phrases, article: Article, code: str, pronoun: Token
) -> list[Actor]:
    """The sides a subject pronoun stands for: the actors named by the last subject before
    it that agrees with it ("La Russie a démenti. Elle a averti…" is Russia), or none."""
    table, impersonal = pronouns(code)
    agreement = table.get(pronoun.lower_)
    if (
        agreement is None
        or _impersonal(pronoun, impersonal)
        or in_quotation(article.text, pronoun.idx)
    ):
        return []
    bounds = [p.start for p in article.paragraphs if p.start <= pronoun.idx] or [0]
    floor = max(bounds[-PARAGRAPHS:][0], article.story(pronoun.idx)[0])  # not an earlier story
    subjects = tree.syntax.subject | tree.syntax.passive_subject
    for token in reversed(pronoun.doc[: pronoun.i]):
        if token.idx < floor:
            break
        if (
            token.dep_ not in subjects
            or token.pos_ == "PRON"
            or in_quotation(article.text, token.idx)
        ):
            continue
        conjuncts = tree.conjuncts(token)
        if not _agrees(token, conjuncts, agreement):
            continue
        found = [phrases.best(c, *tree.phrase(c)) for c in conjuncts]
        actors = [a for a in found if a is not None]
        if not actors:
            if _takes_up(phrases, token):
                continue  # "the three governments said that they…" take up names before
            return []  # "les paramilitaires … les zones qu'ils occupent" are no one named
        if agreement.person is not None and any(
            (a.kind == "person") != agreement.person for a in actors
        ):
            continue
        return phrases.index.sides(actors)
    return []


def _takes_up(phrases: Phrases, token: Token) -> bool:
    """Whether a subject names an actor by what it is ("the government", "le bloc", "the
    group"), and so takes up one named before it, as the pronoun does."""
    lexicon = phrases.lexicon
    nouns = lexicon.group_nouns | lexicon.state_bodies | lexicon.alliance_bodies
    return token.lemma_.lower() in nouns | lexicon.armed_group_bodies


def _impersonal(pronoun: Token, verbs: frozenset[str]) -> bool:
    """Whether a pronoun is the empty subject of an impersonal verb ("il faut", "il y a",
    "il s'agit") or labelled expletive by the parser."""
    return "expl" in pronoun.dep_ or pronoun.head.lemma_.lower() in verbs


def _agrees(head: Token, conjuncts: list[Token], agreement: Agreement) -> bool:
    """Whether a subject agrees with a pronoun: plural for a list or a plural head, else
    singular; in gender, by its head or its determiner, when either shows one."""
    plural = len(conjuncts) > 1 or morph(head, "Number") == "Plur"
    if plural != (agreement.number == "Plur"):
        return False
    if not agreement.gender or len(conjuncts) > 1:
        return True
    gender = morph(head, "Gender") or next(
        (_GENDERED[c.lower_] for c in head.children if c.lower_ in _GENDERED), ""
    )
    return not gender or gender == agreement.gender
