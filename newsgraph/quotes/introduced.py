"""A quotation a verb introduces right before it: a verb of ``tag_verbs`` ('She continued,
“…”'), or a main verb of any meaning with its own subject, then a comma ('Hillary shot back,
“…”').
"""

from __future__ import annotations

from .inverted import finite
from .layout import Layout, Token
from .marks import Marked
from .speakers import SUBJECTS

#: The most words between a verb of ``tag_verbs`` and the quote it introduces ('asking her,').
INTRODUCING = 2
#: The most words of an adverbial phrase between a verb of ``tag_verbs`` and the comma before
#: its quote ('Sanders asks at Western High School, “…”').
ADVERBIAL_WORDS = 8
#: Relations of the adverbials (place, time, manner) such a phrase may be made of.
ADVERBIALS = frozenset({"prep", "advmod", "npadvmod", "obl", "obl:mod", "obl:tmod", "nmod"})
#: What a verb takes that the words it is said to say would be instead.
OBJECTS = frozenset({"obj", "dobj", "iobj", "ccomp", "xcomp", "attr", "acomp", "oprd"})


def introduces(layout: Layout, verb: Token, quote: Marked) -> bool:
    """Whether a verb of ``tag_verbs`` introduces the quote right after it, a comma or a colon
    between them ('She continued, “…”', 'Zero Hedge asked, “…”', 'asking her, “…”'), or a
    main verb that says it (:func:`_speaking`)."""
    between = layout.text[layout.token_end(verb.i) : quote.open].split()
    if not between:
        return voiced(layout, quote) and list(layout.tokens(0, quote.open))[-1:] == [verb.i]
    if len(between) > INTRODUCING and not _adverbial(layout, verb, quote, len(between)):
        return False
    if layout.is_tag(verb):
        return between[-1][-1:] in (",", ":")
    return between[-1][-1:] == "," and _speaking(layout, verb, quote)


def _adverbial(layout: Layout, verb: Token, quote: Marked, words: int) -> bool:
    """Whether the words between a verb of ``tag_verbs`` and its quote are adverbials of that
    verb only, where, when or how it says it, then a comma or a colon: 'Sanders asks at Western
    High School, “…”', 'He shouted at the crowd in Ohio, “…”'; not an object of its own ('He
    read the statement of the ministry, “…”')."""
    if words > ADVERBIAL_WORDS or not layout.is_tag(verb):
        return False
    for i in layout.tokens(layout.token_end(verb.i), quote.open):
        token = layout.doc[i]
        if token.pos_ in ("PUNCT", "SPACE"):
            continue
        while token.head.i != verb.i:
            if token.head.i == token.i:
                return False
            token = token.head
        if token.dep_ not in ADVERBIALS:
            return False
    return True


def _speaking(layout: Layout, verb: Token, quote: Marked) -> bool:
    """Whether a verb of any meaning, right before a comma and the quote, is the act of saying
    it: a finite verb of a main clause with a subject of its own before it and no object, only
    a particle between ('Hillary shot back, “I suppose …”', 'Hillary Clinton cracked, “I'm a
    progressive …”'; not 'He thanked the crowd, “…”'). The parser may hang it on the quoted
    clause as a parenthetical."""
    relatives = layout.lexicon.relative_pronouns
    children = [c for c in layout.children(verb) if not layout.in_quote(c.i)]
    return (
        verb.pos_ == "VERB"
        and finite(verb)
        and any(c.dep_ in SUBJECTS and c.i < verb.i and c.lower_ not in relatives for c in children)
        and (verb.dep_ in ("ROOT", "conj") or layout.in_quote(verb.head.i))
        and not any(c.dep_ in OBJECTS and verb.idx < c.idx < quote.open for c in children)
        and all(
            layout.doc[i].pos_ in ("ADP", "ADV", "PART", "PUNCT", "SPACE")
            for i in layout.tokens(layout.token_end(verb.i), quote.open)
        )
    )


#: What ends a sentence of its own: words ended by one are an utterance.
FINAL_MARKS = frozenset(".!?…")


def voiced(layout: Layout, quote: Marked) -> bool:
    """Whether a verb of ``tag_verbs`` that is no reporting verb takes the quote as its object
    right after it, nothing between them, and the quote ends with its own final mark: the
    words are an utterance voiced as the verb says ('he yelled “You lie!” at the president',
    'the protesters chanted “Bad for New Jersey, bad for you.”', 'shouting “she wins!”'); a
    title ends with no such mark ('they chanted “Yes We Can”'), and the words a sign or a shirt
    bears (``written_verbs``: 'a shirt that read “Animal liberation now.”') are no one's."""
    text = layout.text
    if text[quote.start : quote.end].rstrip()[-1:] not in FINAL_MARKS:
        return False
    if not text[quote.outer[0] - 1 : quote.outer[0]].isspace():
        return False
    tokens = layout.tokens(0, quote.outer[0])
    if not tokens:
        return False
    verb = layout.doc[tokens[-1]]
    written = verb.lemma_.lower() in layout.lexicon.written_verbs
    return not written and not layout.is_cue(verb) and layout.is_tag(verb)
