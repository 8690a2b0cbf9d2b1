"""Time expressions of verbs told in a past tense: read as past even in a sentence of what is
to come.

"Les ministres se sont réunis mercredi et signeront l'accord en décembre": Wednesday is the
one before the publication, whatever the event the sentence dates. The sentence's events are
read forward when one of them is yet to come (:func:`.dating.tense`), and so is a weekday;
but a weekday that hangs on a verb in the passé composé, the pluperfect or the simple past
("ont promis lundi", "met on Monday", "had agreed on Tuesday") names a day that has passed.

The auxiliaries are data: ``background_aux``, ``perfect_aux``, ``pronominal_aux`` and
``reflexives`` in the ``modality`` cues of ``lang/<code>/events.json``.
"""

from __future__ import annotations

from collections.abc import Callable

from .grammar import Cues
from .syntax import Token, Tree, morph
from .timing import Moment


def past_tense(tree: Tree, cues: Cues, verb: Token, to_come: Callable[[Token], bool]) -> bool:
    """Whether a verb is told in a past tense: a simple past ("met", not a future or a
    conditional), or a participle with an auxiliary of the perfect or the pluperfect ("ont
    promis", "had agreed", "was signed"), or with the auxiliary of a pronominal verb and its
    reflexive ("se sont réunis"); not a present passive ("est prévue vendredi", "is scheduled
    for Friday"), which may tell of what is to come, nor a participle of plan in any tense
    ("was scheduled for Friday": the plan is past, its time ahead)."""
    if to_come(verb):
        return False
    if morph(verb, "VerbForm") == "Fin":
        return morph(verb, "Tense") == "Past"
    if morph(verb, "VerbForm") != "Part" or verb.lemma_ in cues.planned:
        return False  # "was scheduled for Friday", « était prévue vendredi »: a plan's time
    aux = [c.lower_ for c in tree.children(verb, tree.syntax.aux)]
    if any(a in cues.background_aux or a in cues.perfect_aux for a in aux):
        return True
    reflexive = any(c.lower_ in cues.reflexives for c in verb.children)
    return reflexive and any(a in cues.pronominal_aux for a in aux)


def of_past_verb(
    tree: Tree, cues: Cues, doc_of: Token, to_come: Callable[[Token], bool]
) -> Callable[[Moment], bool]:
    """Whether a time expression hangs on a verb told in a past tense (:func:`past_tense`),
    itself or through its preposition ("ont promis lundi", "met on Monday"); ``doc_of`` is a
    word of the sentence's document."""
    doc = doc_of.doc

    def past(moment: Moment) -> bool:
        span = doc.char_span(moment.start, moment.end, alignment_mode="expand")
        if span is None:
            return False
        head = span.root.head
        if head.pos_ == "ADP":
            head = head.head
        return head.pos_ in ("VERB", "AUX") and past_tense(tree, cues, head, to_come)

    return past
