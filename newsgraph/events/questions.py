"""An act asked about: the event of a yes/no question is hypothetical.

A question that asks whether an act takes place ("Is Armenia leaving the CSTO?", "Des
soldats éthiopiens participeront-ils à la mission ?") states no act: GOLD.md codes it as
hypothetical. A question on a word ("How did the fighting start?", "Pourquoi l'armée
a-t-elle tiré ?") takes the act as given and leaves it as told, as does a question without
a verb, which names a topic ("Et la demande de Bakou ?"): the reader asks only of a
trigger whose clause has a verb. The question asks about its main clause: an act told in a
clause under it is given ("Did Kyiv know that Moscow had attacked Poland?", "Will they meet
again after they met in Beijing?") and left as told. The question words are the
``interrogative`` list of the ``modality`` section of ``newsgraph/lang/<code>/events.json``,
with ``interrogative_opening``, those that ask only as the first word ("Qu'a dit Moscou ?").
"""

from __future__ import annotations

from .syntax import Token, Tree

#: How many words open a question: a question word among them asks about a part of the act
#: (a label "Q" or a conjunction may come first: "Q: How…", "Et pourquoi…").
OPENING = 3
#: The marks that may follow the question mark of a sentence: closing quotes and brackets.
CLOSING = frozenset({'"', "”", "»", "’", "'", ")", "]"})


def asked(tree: Tree, trigger: Token, top: Token) -> bool:
    """Whether the trigger's sentence is a yes/no question: it ends in a question mark and
    none of its first words is a question word ("Q: Is Armenia leaving the CSTO?", not "How
    did the fighting start?" nor "Et pourquoi l'armée a-t-elle tiré ?"). Only the first
    words, as a relative pronoun further on asks nothing ("Is Armenia, which joined…").
    ``top``, the verb of the trigger's clause, must not open a clause of its own under the
    question (:func:`_main`): not "attacked" in "Did Kyiv know that Moscow had attacked?"."""
    if not _main(tree, top):
        return False
    sentence = trigger.sent
    words = [t for t in sentence if not t.is_space and t.text not in CLOSING]
    if not words or words[-1].text != "?":
        return False
    first = [t for t in words if t.is_alpha][:OPENING]
    if any(word.lower_ in tree.lexicon.cues.interrogative for word in first):
        return False
    return not _opening_word(tree, words)


def _opening_word(tree: Tree, words: list[Token]) -> bool:
    """Whether the sentence opens with a word that asks a question only there
    (``interrogative_opening``): "Qu'a dit Moscou ?", "– Que veut Kyiv ?"; not "que" in "Est-ce
    que Moscou a répondu ?", a yes/no question."""
    opening = next((t for t in words if not t.is_punct), None)
    if opening is None:
        return False
    return opening.lower_ in tree.lexicon.cues.interrogative_opening


def _main(tree: Tree, top: Token) -> bool:
    """Whether a verb's clause is no clause under another, opened by a conjunction of its
    own ("that", "after", "que"): "withdrawing" in "Is Russia withdrawing?", not "attacked"
    in "Does France know that Russia attacked?"."""
    return not tree.mark(top)
