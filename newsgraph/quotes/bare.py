"""A speech tag whose verb no word list names: the quote opens its sentence and ends with a
comma, a question or an exclamation mark, and the rest of the sentence is a clause of a subject
and a verb that takes no object of its own ('"…," he surmised', '"…?" Beck questioned', '"…,"
the nominee riffed on the answer'), or a verb and the name after it ('"…?" reacted Trump').
The punctuation is what makes it a tag: any verb there says who spoke; a verb with an object
or a clause of its own is no tag ('"…," Trump won the state'). An English form: French tags
put the comma outside the marks and the verb first ("« … », ironise-t-il"), which the word
lists of French cover."""

from __future__ import annotations

from .inverted import finite
from .layout import Layout, Token, name_like
from .marks import Marked

#: Relations of a verb's own object or clause, which make it no speech tag.
OBJECTS = frozenset(
    {"obj", "dobj", "iobj", "ccomp", "xcomp", "attr", "acomp", "oprd", "csubj", "obj:lvc"}
    | {"nsubjpass", "nsubj:pass", "expl", "expl:subj"}
)
#: Relations of a subject before the verb.
SUBJECTS = frozenset({"nsubj"})
#: Marks that end what comes before a quote opening a sentence: the end of a sentence, a
#: colon, or the closing mark of a quote before it.
OPENING = frozenset(".!?…:\n") | frozenset("\"'”’»")
#: Parts of speech of the head of such a subject: a name, a pronoun or a noun.
NOMINALS = frozenset({"PROPN", "PRON", "NOUN"})


def bare_tag(layout: Layout, quote: Marked, verb: Token, first: int) -> bool:
    """Whether ``verb``, the first verb after ``quote`` (whose first token after it is
    ``first``), tags it though no word list has it: the quote opens its sentence, the verb is
    the main verb (or hung on a word of the quote), finite, outside quotation marks, with a
    nominal subject between the quote and it that is no relative pronoun, no punctuation
    there, and no object, subordinator or clause of its own outside the quote ('"Who is going
    to pay for it?" Beck questioned.'; not '"…!" — the balloons cascaded down', '"…," Trump
    told them', '"…," which votes in June', '"…," as Clinton did' nor 'He said he would
    "protect our citizens," the crowd applauded')."""
    if not _opens_sentence(layout.text, quote.outer[0]):
        return False
    if verb.pos_ != "VERB" or layout.in_quote(verb.i) or not finite(verb):
        return False
    if any(_sets_off(layout.doc[i]) for i in range(first, verb.i)):
        return False
    if verb.dep_ != "ROOT" and not layout.in_quote(verb.head.i):
        return False
    children = list(verb.children)
    if any((c.dep_ in OBJECTS or c.dep_ == "mark") and not layout.in_quote(c.i) for c in children):
        return False
    subjects = [
        c
        for c in children
        if c.dep_ in SUBJECTS and not layout.in_quote(c.i) and (c.i < verb.i or _inverted(c, first))
    ]
    return (
        len(subjects) == 1
        and subjects[0].pos_ in NOMINALS
        and subjects[0].lower_ not in layout.lexicon.relative_pronouns
    )


def _sets_off(token: Token) -> bool:
    """Whether ``token`` is a mark that sets what follows apart from the quote (a dash, a
    comma), not a hyphen inside a word ("the vice-presidential nominee")."""
    inner = token.text == "-" and not token.whitespace_ and not token.nbor(-1).whitespace_
    return token.is_punct and not inner


def _opens_sentence(text: str, start: int) -> bool:
    """Whether a quote opening at ``start`` opens its sentence: nothing before it but spaces
    since the end of a sentence, a colon or another quote ('Kelly smiled. “You know …?”')."""
    before = text[:start].rstrip(" \t\u00a0\u202f")
    return not before or before[-1] in OPENING


def _inverted(subject: Token, first: int) -> bool:
    """Whether ``subject``, after its verb, names the speaker of an inverted tag: the verb
    right after the quote and the subject a name ('"…?" reacted Trump', '"…," remembered Roy
    Verley, a former spokesman'; not '"Call the roll," came shouts from the crowd')."""
    return subject.head.i == first and name_like(subject)
