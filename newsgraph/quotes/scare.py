"""Short quoted words inside a reported statement: a partial quotation of its speaker.

« La préfète a averti qu'un autre blocage du port vaudrait aux grévistes une « sanction
exemplaire » » quotes the prefect in part: the writer reports the statement and quotes
two of its words. Alone, one or two quoted words are as often the writer's scare quotes or a
term (« la « flotte fantôme » ») as someone's words, so :func:`~.direct.is_quotation` takes
no such words for a quotation; inside a statement a reporting verb introduces, they are the
speaker's words, and the statement holds a partial quotation. The statement is then a direct
quote too, with its own speaker and cue, and stays reported speech.

Quoted words count when they have the shape of a partial quotation
(:func:`~.shapes.partial_shape`: lower case, in the middle of a sentence, no term and no
name; names and titles are capitalised: « l'opération « Bouclier du Nord » ») and no definite
article stands right before them, which makes them a term the writer speaks of ("sanctions on
the “shadow fleet”").
"""

from __future__ import annotations

from .layout import Found, Layout
from .marks import Marked
from .shapes import partial_shape


def quoted_statements(layout: Layout, direct: list[Found], reported: list[Found]) -> list[Found]:
    """``direct`` with a direct quote of each reported statement that holds short quoted
    words of its speaker's (« a averti que Kiev paierait « très cher » son offensive ») and
    is no direct quote yet, in text order."""
    added = [
        Found(statement.start, statement.end, True, statement.cue, statement.speaker)
        for statement in reported
        if statement.speaker is not None
        and not _covered(statement, direct)
        and any(_partial(layout, quote, statement) for quote in layout.marked)
    ]
    return sorted(direct + added, key=lambda f: (f.start, -f.end))


def _covered(statement: Found, direct: list[Found]) -> bool:
    """Whether a direct quote overlaps ``statement``: its words are quoted already."""
    return any(q.start < statement.end and statement.start < q.end for q in direct)


def _partial(layout: Layout, quote: Marked, statement: Found) -> bool:
    """Whether ``quote`` stands inside ``statement`` (its marks too) and has the shape of a
    speaker's words (« des mesures « illégales » »), not of a name or a term; a verb in the
    passive is the speaker's too (« le texte ne serait « sans doute pas » adopté »)."""
    if quote.dash or not statement.start <= quote.open < quote.close <= statement.end:
        return False
    doc = layout.doc
    words = [i for i in layout.tokens(quote.start, quote.end) if doc[i].text[0].isalnum()]
    if not words or _named(layout, quote):
        return False
    return partial_shape(layout, quote, words[0], None)


def _named(layout: Layout, quote: Marked) -> bool:
    """Whether a definite article stands right before the opening mark: a term or a name
    the article speaks of ("sanctions on the “shadow fleet”", « la « zone grise » »), where
    a speaker characterises with an indefinite or a possessive (« une « riposte
    proportionnée » », « sa « vive préoccupation » »)."""
    before = layout.tokens(0, quote.open)
    if not before:
        return False
    word = layout.doc[before[-1]]
    morph = word.morph
    return word.pos_ == "DET" and "Def" in morph.get("Definite") and not morph.get("Poss")
