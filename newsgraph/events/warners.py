"""Who warns: a verb of warning coordinated with the verb of a reported clause.

A parser often hangs the second verb of "X said that A … and warned that B" on the verb of
the reported clause A, so that the warning takes A's subject ("Mao Ning said the United
States had no right to interfere and warned Washington", "he demanded that the minister come
to meet him, and threatened to blockade the city"). A warning is a speech act of its own,
told at the level of the verb it follows in the text: its doer is the subject of the verb
that reports A (:func:`warner`).
"""

from __future__ import annotations

from .syntax import Token, Tree


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
