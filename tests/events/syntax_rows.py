"""Parses written by hand that several syntax test modules share (rows for :func:`.trees.parse`)."""

from __future__ import annotations

# "La Corée et la Russie pourraient signer un accord ."
CONDITIONAL = [
    ("La", "le", "DET", "", 1, "det"),
    ("Corée", "Corée", "PROPN", "", 5, "nsubj"),
    ("et", "et", "CCONJ", "", 4, "cc"),
    ("la", "le", "DET", "", 4, "det"),
    ("Russie", "Russie", "PROPN", "", 1, "conj"),
    ("pourraient", "pouvoir", "VERB", "VerbForm=Fin|Mood=Ind", 5, "ROOT"),
    ("signer", "signer", "VERB", "VerbForm=Inf", 5, "xcomp"),
    ("un", "un", "DET", "", 8, "det"),
    ("accord", "accord", "NOUN", "", 6, "obj"),
    (".", ".", "PUNCT", "", 5, "punct"),
]
