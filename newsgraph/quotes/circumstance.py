"""A circumstance set off after a speech tag: what the speaker did as they spoke, not what
they said.

"La France livrera des blindés, a-t-il ajouté, sans donner de calendrier", "Moscou ne visait
que des cibles militaires, a-t-il assuré, ajoutant que …", "The talks made progress, he
said, adding that …": a non-finite clause (an infinitive after a preposition, a present
participle) that the parser hung on the tag's verb after a comma closes the tag; the
statement is still the words before the tag. So does a clause of condition or time opened by
a conjunction ("La visite sera annulée, a-t-il reconnu, si rien ne change").

The parser may also hang on the tag's verb what describes its speaker after it: an acronym
in parentheses or an apposition ("…, a affirmé le conseil de transition (CNT)") and
a past participle set off by a comma ("…, a annoncé le comité, formé par des opposants"):
they close the tag too (:func:`describes_speaker`).
"""

from __future__ import annotations

from .layout import Layout, Token

#: Relations of a non-finite clause to the verb it modifies.
CIRCUMSTANCES = frozenset({"advcl", "xcomp", "acl"})


def circumstance(layout: Layout, verb: Token, child: Token) -> bool:
    """Whether ``child`` is a non-finite clause set off by a comma after the tag of ``verb``
    (", a-t-il ajouté, sans donner de calendrier", ", he said, adding that …"), or a clause of
    condition or time the parser hung there (", a-t-il reconnu, si rien ne bouge d'ici là")."""
    return bool(
        child.head.i == verb.i
        and child.i > verb.i
        and _after_comma(layout, child)
        and ((child.dep_ in CIRCUMSTANCES and _nonfinite(child)) or _subordinate(layout, child))
    )


def _subordinate(layout: Layout, clause: Token) -> bool:
    """Whether ``clause`` is an adverbial clause opened by a conjunction of condition, time or
    contrast ("si", "lorsque", "tandis que", "if", "when"): it says when, on what condition or
    what else stands beside the statement, not what was said; a reason ("parce que",
    "because") is part of what was said."""
    marks = [c for c in clause.children if c.dep_ == "mark" and c.i < clause.i]
    return bool(
        clause.dep_ == "advcl"
        and marks
        and marks[0].i == clause.left_edge.i
        and marks[0].lower_ in layout.lexicon.circumstance_marks
    )


def describes_speaker(layout: Layout, verb: Token, child: Token) -> bool:
    """Whether ``child``, hung on the tag's verb after it, tells who its speaker is: an
    apposition ("(NUG)", ", l'organe exécutif de l'opposition") or a past participle set off
    by a comma (", formé par des exilés en 2024"), not an object or a clause."""
    if child.head.i != verb.i or child.i <= verb.i:
        return False
    if child.dep_ == "appos":
        return True
    forms = child.morph.get("VerbForm")
    past = "Part" in forms and "Pres" not in child.morph.get("Tense")
    return bool(
        child.dep_ in CIRCUMSTANCES
        and child.pos_ == "VERB"
        and past
        and _after_comma(layout, child)
    )


def _nonfinite(token: Token) -> bool:
    """An infinitive, a gerund or a present participle ("donner", "ajoutant", "adding")."""
    forms = token.morph.get("VerbForm")
    present = "Part" in forms and "Pres" in token.morph.get("Tense")
    return token.pos_ == "VERB" and ("Inf" in forms or "Ger" in forms or present)


def _after_comma(layout: Layout, clause: Token) -> bool:
    """Whether a comma stands right before the first word of ``clause``."""
    i = clause.left_edge.i - 1
    while i >= 0 and layout.doc[i].is_space:
        i -= 1
    return bool(i >= 0 and layout.doc[i].text == ",")
