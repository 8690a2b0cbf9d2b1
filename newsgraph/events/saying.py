"""Verbs of saying written in two words.

Some verbs of saying are a phrase of two verbs, « faire savoir » ("a fait savoir qu'il
boycotterait les discussions"): the parser hangs the clause said on the second verb and the
first on it. The ``reporting`` list of the ``modality`` section of
``newsgraph/lang/<code>/events.json`` holds the phrase; a conditional in the clause is then a
reported intention, an act to come, as under « a déclaré que ».
"""

from __future__ import annotations

from collections.abc import Collection

from .syntax import Token


def says(reporting: Collection[str], verb: Token) -> bool:
    """Whether a verb is a verb of saying ("a déclaré"), alone or as the second word of a
    phrase of saying with the verb just before it (« a fait savoir »), whichever of the two
    the parser makes the head; not « savoir » alone (« il ne sait pas si… »)."""
    lemma = verb.lemma_.lower()
    if lemma in reporting:
        return True
    before = [
        w for w in (*verb.children, verb.head) if w.i == verb.i - 1 and w.pos_ in ("VERB", "AUX")
    ]
    return any(f"{w.lemma_.lower()} {lemma}" in reporting for w in before)
