"""Speech acts the parser coordinated with the wrong verb.

In "Cameron said the deaths showed the Houthis' disregard for life and called on Iran to act"
the parser hangs "called" on "showed", the verb of the reported clause, and the demand would
take "the deaths" for its author. A verb in the same tense as the reporting verb ("said …
and called", "a affirmé qu'il entendait préserver … et a appelé") goes with that verb: its
author is the one who speaks, not the subject of what is reported. A verb of warning goes
with the reporting verb even in another tense ("Mao Ning said the United States had no right to
interfere and warned Washington": :func:`warner`), and a verb coordinated with a passive shares
its subject, not its agent (:func:`passive_partner`).
"""

from __future__ import annotations

from .parse import MAX_DEPTH, ParseTree, Token, morph
from .syntax import Tree

#: Types of the speech acts whose author is the speaker of the clause they are coordinated
#: with: a demand, a backing, a commitment.
SPEECH_ACTS = frozenset({"REQUEST", "SUPPORT", "AGREE"})


def reporting_verb(tree: ParseTree, token: Token) -> Token | None:
    """The reporting verb a finite ``token`` is coordinated with when the parser hung it on
    a verb of the clause that verb reports: up from its head through coordination,
    complements, adverbial and relative clauses to a complement clause, whose head is
    the reporting verb, in the same tense as ``token`` and before it ("Biden said Russia
    attacked Kyiv and called on China …" gives "said"). None otherwise."""
    syntax = tree.syntax
    if token.dep_ not in syntax.conj or not tree.finite(token):
        return None
    inside = syntax.conj | syntax.complement | syntax.adverbial | syntax.acl | syntax.relative
    current: Token = token.head
    for _ in range(MAX_DEPTH):
        if current.head == current:
            return None
        if current.dep_ in syntax.clausal:
            reporter: Token = current.head
            if reporter.i < token.i and tense(tree, reporter) == tense(tree, token):
                return reporter
            return None
        if current.dep_ not in inside:
            return None
        current = current.head
    return None


def tense(tree: ParseTree, token: Token) -> tuple[str, ...]:
    """The shape of a verb's tense: its auxiliaries in a compound tense ("a appelé" and "a
    estimé" share one), else its tense and verb form ("said" and "called"; "entendait" has
    another)."""
    auxiliaries = tuple(c.lower_ for c in token.children if c.dep_ in tree.syntax.aux)
    return auxiliaries or (morph(token, "Tense"), morph(token, "VerbForm"))


def passive_partner(tree: Tree, token: Token) -> Token | None:
    """The subject an active verb with none of its own shares with the passive verb it is
    coordinated with: the passive's subject, not its agent ("Guterres was concerned by the
    developments in Bolivia and called for calm": Guterres calls, not Bolivia). None when
    ``token`` is no such verb."""
    syntax = tree.syntax
    if token.dep_ not in syntax.conj or tree.passive(token):
        return None
    if tree.children(token, syntax.subject | syntax.passive_subject):
        return None
    head: Token = token.head
    subjects = tree.children(head, syntax.passive_subject) if tree.passive(head) else []
    return tree.antecedent(subjects[0]) if subjects else None


def warner(tree: Tree, token: Token) -> Token | None:
    """The subject of the verb that reports the clause a verb of warning (``warning_verbs``
    in the language data) is coordinated with, when the warning has no subject of its own
    and that clause has one: "a estimé que Prague salissait son image et a averti que…" is
    Moscow's warning, not Prague's. None otherwise."""
    syntax = tree.syntax
    subjects = syntax.subject | syntax.passive_subject
    if token.lemma_.lower() not in tree.lexicon.warning_verbs or token.dep_ not in syntax.conj:
        return None
    if tree.children(token, subjects):
        return None
    clause = token.head
    if clause == token or clause.dep_ not in syntax.clausal or clause.head == clause:
        return None
    if not tree.children(clause, subjects):
        return None  # the warning shares the clause's subject only when it names one
    return tree.subject(clause.head)
