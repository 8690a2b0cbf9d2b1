"""Clauses of « si » that concede a fact rather than suppose one.

In French news « si » with a perfect tense, before a main clause in the past, sets one fact
against another: « Si Varenne a condamné l'attaque, elle n'a pas rappelé son ambassadeur »
(Varenne did condemn it). What such a clause says is done, not supposed. A supposition keeps a
future, a conditional or a present in its sentence (« s'il a tiré, il sera puni », « si
l'armée avait tiré, Norland aurait riposté »). The past must be that of the verb the clause
hangs on, not of a verb of saying around it (« si l'armée a tiré, il faut une enquête, a
déclaré le ministre » supposes), and a « si » that is a verb's complement asks, it concedes
nothing (« a voulu savoir si la Russie avait attaqué »). The words are ``concessive`` in the
``modality`` section of ``newsgraph/lang/<code>/events.json`` (none in English: "if" does not
concede).
"""

from __future__ import annotations

from .grammar import Cues
from .syntax import Token, Tree, morph


def conceded(tree: Tree, cues: Cues, verb: Token) -> bool:
    """Whether ``verb`` heads an adverbial clause of « si » in a perfect tense, hung on a verb
    told in the past, in a sentence with no future or conditional form: a fact conceded, not
    a supposition."""
    if not tree.mark(verb) & cues.concessive or not _perfect(tree, verb):
        return False
    main = verb.head
    if main == verb or verb.dep_ not in tree.syntax.adverbial:
        return False  # « a voulu savoir si la Russie avait attaqué »: a question
    if any(morph(w, "Mood") == "Cnd" or morph(w, "Tense") == "Fut" for w in verb.sent):
        return False
    # its own tense or an auxiliary's (« a trop longtemps laissé dormir le projet »)
    told = [main, *(c for c in main.children if c.dep_ in tree.syntax.aux or c.pos_ == "AUX")]
    return any(_past(tree, w) for w in told)


def _past(tree: Tree, word: Token) -> bool:
    """A verb or auxiliary in a past tense of its own (« a rappelé », « a fait traîner »,
    « bloquait »), not a participle that describes a noun (« les soldats blessés »)."""
    return (
        word.pos_ in ("VERB", "AUX")
        and morph(word, "Tense") in ("Past", "Imp")
        and word.dep_ not in tree.syntax.acl | tree.syntax.modifier
    )


def _perfect(tree: Tree, verb: Token) -> bool:
    """A past participle with a tense auxiliary in the indicative (« a condamné », « avait
    bloqué »)."""
    return (
        morph(verb, "VerbForm") == "Part"
        and morph(verb, "Tense") == "Past"
        and any(c.dep_ in tree.syntax.aux and morph(c, "Mood") == "Ind" for c in verb.children)
    )
