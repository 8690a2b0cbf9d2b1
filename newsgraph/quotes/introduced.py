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
#: What a verb takes that the words it is said to say would be instead.
OBJECTS = frozenset({"obj", "dobj", "iobj", "ccomp", "xcomp", "attr", "acomp", "oprd"})


def introduces(layout: Layout, verb: Token, quote: Marked) -> bool:
    """Whether a verb of ``tag_verbs`` introduces the quote right after it, a comma or a colon
    between them ('She continued, “…”', 'Zero Hedge asked, “…”', 'asking her, “…”'), or a
    main verb that says it (:func:`_speaking`)."""
    between = layout.text[layout.token_end(verb.i) : quote.open].split()
    if not 0 < len(between) <= INTRODUCING:
        return False
    if layout.is_tag(verb):
        return between[-1][-1:] in (",", ":")
    return between[-1][-1:] == "," and _speaking(layout, verb, quote)


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
