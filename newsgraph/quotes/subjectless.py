"""Who speaks for a reporting verb the parser left without a subject: the noun phrase right
before it, read from the words' order.

The noun phrase that ends right before the verb speaks ("Interrogée par notre envoyé spécial,
Ilse Varga s'est montrée prudente"); after a comma, the noun a relative clause before the
comma hangs on ("Le Conseil, que la Serbie a décidé de quitter …, a exhorté"), the phrase that
opens the sentence before a relative clause set off by commas ("Olaf Lindqvist, qui a déjeuné
avec le président chilien, a déploré"), or the words before the comma when they hold
no verb ("La négociatrice suisse …, Maren Keller, a précisé"). A noun phrase is taken up
from its last word to its head, never past a preposition other than "de".
"""

from __future__ import annotations

from .inverted import auxiliary, finite, preceding
from .layout import NOMINAL, RELATIVE_CLAUSES, Layout, Speaker, Token, name_like
from .nominal import naming

#: How many heads up a relative clause is looked for from its last word.
CLIMB = 12


def can_be_subject(token: Token) -> bool:
    """Whether a word the parser labels a subject can be one: a nominal without a preposition
    of its own. "A Rome, le Palazzo Chigi a fait savoir" has no subject "A", nor "Olaf Lindqvist,
    qui a déjeuné avec le président chilien, a déploré" one "président" ("de"
    aside: "des milliers de manifestants")."""
    if token.pos_ not in NOMINAL:
        return False
    return not any(
        c.dep_ == "case" and c.pos_ == "ADP" and c.i < token.i and c.lemma_.lower() != "de"
        for c in token.children
    )


def phrase_root(token: Token) -> Token:
    """The head of the noun phrase that ``token`` ends ("Maren Keller" of "Keller"),
    never a word that is no nominal ("A Rome, le Palazzo Chigi a fait savoir": "Palazzo") nor one
    a preposition other than "de" governs ("À Lagos, le président Ade Koya a appelé", a parse
    hanging "Koya" on "Lagos": the phrase is "Koya"'s, not "À Lagos")."""
    while token.dep_ in ("flat", "flat:name", "compound", "amod", "nmod", "appos"):
        if token.head.i >= token.i or token.head.pos_ not in NOMINAL:
            break
        if not can_be_subject(token.head):
            break
        token = token.head
    return token


def bare_subject(layout: Layout, verb: Token) -> Speaker | None:
    """The noun phrase right before a verb the parser left without a subject: "Interrogée par
    notre envoyé spécial, Ilse Varga s'est montrée prudente", "La négociatrice suisse …,
    Maren Keller, a précisé", "Le Conseil, que la Serbie a décidé de quitter …, a exhorté"."""
    if not finite(verb):
        return None
    before = preceding(layout, verb)
    while before is not None and before.i > 0 and before.pos_ == "ADV":
        before = layout.doc[before.i - 1]
        while before.i > 0 and auxiliary(before, verb):
            before = layout.doc[before.i - 1]
    if before is None or layout.in_quote(before.i):
        return None
    start, _ = layout.sentence(verb.idx)
    if before.pos_ in ("PROPN", "NOUN"):
        return naming(layout, layout.noun_phrase(phrase_root(before), start, verb.idx))
    if before.text != "," or before.i == 0:
        return None
    node = layout.doc[before.i - 1]
    for _ in range(CLIMB):
        if node.dep_ in RELATIVE_CLAUSES and node.head.i < node.i and node.head.idx >= start:
            antecedent = naming(layout, layout.noun_phrase(node.head, start, node.idx))
            if antecedent is not None:
                return antecedent
        if node.head.i == node.i:
            break
        node = node.head
    region = layout.tokens(start, before.idx)
    opening = _opening_antecedent(layout, region)
    if opening is not None:
        return opening
    if any(layout.doc[i].pos_ in ("VERB", "AUX") for i in region):
        return None
    nominal = [i for i in region if layout.doc[i].pos_ in ("NOUN", "PROPN")]
    if not nominal:
        return None
    first, last = layout.doc[region[0]], layout.doc[region[-1]]
    head = phrase_root(last).i if name_like(last) else nominal[0]  # "…, Kaja Kallas, a …"
    return naming(layout, Speaker(first.idx, layout.token_end(region[-1]), head))


def _opening_antecedent(layout: Layout, region: range) -> Speaker | None:
    """The noun phrase that opens the sentence, when a relative clause set off by a comma
    follows it and the verb comes after another comma: "Olaf Lindqvist, qui a déjeuné lundi
    midi avec le président chilien, a déploré" (the parser may hang the words of
    the clause anywhere)."""
    doc = layout.doc
    words = [i for i in region if not doc[i].is_space]
    if not words:
        return None
    for i in words:
        token = doc[i]
        if token.dep_ not in RELATIVE_CLAUSES or not words[0] <= token.head.i < token.i:
            continue
        pronoun = [c for c in token.children if c.lower_ in layout.lexicon.relative_pronouns]
        if not pronoun or pronoun[0].i == 0 or doc[pronoun[0].i - 1].text != ",":
            return None
        phrase = layout.noun_phrase(token.head, doc[words[0]].idx, pronoun[0].idx)
        if phrase is None or phrase.start != doc[words[0]].idx:
            return None
        return naming(layout, phrase)
    return None
