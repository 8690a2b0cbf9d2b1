"""Separating an article's body from the site chrome around it.

The cleaner works on lines and general cues only: line shape and length, sentence form,
function-word density, call-to-action phrases (data per language, in
``newsgraph/lang/*/cleaning.json``) and lines repeated across articles of one source.
It records why each line was removed.
"""

from .clean import CleanResult, clean_text
from .lexicon import Lexicon

__all__ = ["CleanResult", "Lexicon", "clean_text"]
