"""Verb forms read from the parser's morphological features, for :mod:`.syntax`."""

from __future__ import annotations

from .parse import Token, morph


def infinitive(token: Token) -> bool:
    """An infinitive, present ("signer") or past, a participle with an infinitive auxiliary
    ("avoir détruit", "être parti")."""
    if morph(token, "VerbForm") == "Inf":
        return True
    return any(c.pos_ == "AUX" and morph(c, "VerbForm") == "Inf" for c in token.children)


def prospective_form(word: Token) -> bool:
    """A future or conditional form by the parser's features ("prendra", "pourrait")."""
    return morph(word, "Tense") == "Fut" or morph(word, "Mood") == "Cnd"
