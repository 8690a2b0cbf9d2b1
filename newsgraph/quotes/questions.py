"""Indirect questions and free relatives: what a reporting verb takes that says nothing.

"He did not say how many troops were involved" names what was (not) said, and "Beijing
condemned what it called the “reckless” aggression" names the object of a condemnation; neither
reports a statement. Their words open with one of the language's ``question_words`` ("how",
"what"; French lists none yet: its dev articles had no such clause to learn from).
"""

from __future__ import annotations

from ..textutil import fold
from .layout import Found, Layout


def asks(layout: Layout, found: Found) -> bool:
    """Whether the words of a reported statement open with a question word or the word of a
    free relative ("how many troops were involved", "what it called …"), matched on their
    :func:`~newsgraph.textutil.fold` (lower case, plain apostrophes)."""
    words = fold(layout.text[found.start : found.end])
    return any(_opens(words, word) for word in layout.lexicon.question_words)


def _opens(words: str, word: str) -> bool:
    """Whether ``words`` open with the whole word ``word`` (an elided one with its apostrophe)."""
    if not words.startswith(word):
        return False
    rest = words[len(word) : len(word) + 1]
    return word.endswith("'") or not rest.isalnum()
