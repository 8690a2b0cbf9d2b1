"""Noun events that carry their own schedule.

A noun event described by a participle of plan ("la réunion prévue le 10 juillet", "a summit
scheduled for May") or by a relative clause that tells it to come ("les manœuvres que les deux
armées doivent débuter lundi", "talks that will open in Doha") is an act to come on its own
terms: a modal or a question in the clause around it ("pourrait être examinée lors de la
réunion prévue le 10 juillet", "could be raised at a summit scheduled for May") is about that
clause's act, not about whether the meeting takes place. The participles are the ``planned``
lists of the ``modality`` section of ``newsgraph/lang/<code>/events.json``.
"""

from __future__ import annotations

from .reading import CueReader
from .syntax import Token, morph


def scheduled_participle(reader: CueReader, noun: Token) -> bool:
    """Whether a noun is described by a participle of plan ("la visite prévue avant la fin du
    mois", "a meeting scheduled for Monday"), hung on it or, as the parser often hangs it, on
    a noun of its complement, when the participle agrees with the event noun ("le sommet entre
    le Niger et le Mali prévu le 3 juillet"); not by an adjective of plan ("prochain")."""
    tree, syntax = reader.tree, reader.tree.syntax
    nouns = [noun] + [w for w in noun.subtree if w.i > noun.i and _complement(reader, w, noun)]
    return any(
        child.dep_ in syntax.acl
        and morph(child, "VerbForm") == "Part"
        and (child.lemma_.lower() in reader.cues.planned or child.lower_ in reader.cues.planned)
        and not tree.children(child, syntax.aux)
        and (holder is noun or _agrees(child, noun))
        for holder in nouns
        for child in holder.children
    )


def _complement(reader: CueReader, word: Token, noun: Token) -> bool:
    """Whether a word is a noun of the event noun's complement, reached through nouns and
    prepositions only ("le sommet entre le Niger et le Mali"), no verb between them."""
    if word.pos_ not in ("NOUN", "PROPN"):
        return False
    head = word.head
    while head.i != noun.i:
        if reader.tree.verbal(head) or head.head.i == head.i:
            return False
        head = head.head
    return True


def _agrees(participle: Token, noun: Token) -> bool:
    """Whether a participle agrees with a noun in gender and number, where the language marks
    them ("prévue" with "la visite", not with "le Mali"; English marks neither)."""
    return all(
        morph(participle, feature) == morph(noun, feature) for feature in ("Gender", "Number")
    )


def relative_to_come(reader: CueReader, noun: Token) -> bool:
    """Whether a noun is the antecedent of a relative clause that tells it to come, by the
    verb's form or auxiliary or a verb of plan heading it ("les manœuvres que les armées
    doivent débuter lundi", "des pourparlers qui s'ouvriront à Doha", "talks that will open
    on Monday"); not a clause in a past or a conditional tense ("l'offensive qui avait
    permis", "une trêve qui mettrait fin aux combats")."""
    syntax = reader.tree.syntax
    for child in noun.children:
        if child.dep_ not in syntax.relative:
            continue
        own = reader.clause_reading(child)
        if own.flags & {"future"} and not own.flags & {"conditional", "negated", "hypothetical"}:
            return True
    return False


def scheduled(reader: CueReader, trigger: Token) -> bool:
    """Whether a noun event carries its own schedule (:func:`scheduled_participle`,
    :func:`relative_to_come`)."""
    if reader.tree.verbal(trigger) or trigger.pos_ not in ("NOUN", "PROPN"):
        return False
    return scheduled_participle(reader, trigger) or relative_to_come(reader, trigger)
