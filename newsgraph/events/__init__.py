"""PLOVER events from parsed articles: triggers, arguments, modality, place, date, CAMEO scores.

>>> from newsgraph.events import Coder                      # doctest: +SKIP
>>> events = Coder("fr").code_article(article)              # doctest: +SKIP

The coder's knowledge of each language is data (``newsgraph/lang/<code>/events.json``, see
:mod:`newsgraph.events.lexicon`); :class:`~newsgraph.events.typer.Typer` serves the evaluation
on public English datasets (type of the event between two given actors).
"""

from ..cameo import Cameo, CameoMapping, Scores
from .coder import VERSION, Coder
from .lexicon import Lexicon, Sense, languages, load_lexicon

__all__ = [
    "VERSION",
    "Cameo",
    "CameoMapping",
    "Coder",
    "Lexicon",
    "Scores",
    "Sense",
    "languages",
    "load_lexicon",
]
