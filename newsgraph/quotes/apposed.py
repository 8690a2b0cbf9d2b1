"""A speech tag after a quote whose speaker carries an apposition, read from the words' order.

After a quote, a name set off by commas from an apposition, then the tag's verb ('"…," Ramos,
58, told AFP'; '"…," Murphy, the head of the committee, tweeted'; « … », Jean Dupont, le
porte-parole du gouvernement, a déclaré). The parser often hangs the verb on the name, or the
name on the quote, and takes the verb's object for its subject ("told Mr. Obama"): the words'
order says who speaks, the noun phrase right after the quote.
"""

from __future__ import annotations

from .inverted import finite, past_tense, preceding
from .layout import NOMINAL, Layout, Speaker, Token, name_like

#: The most words of the name right after the quote.
NAME_WORDS = 6


def apposed_tag(layout: Layout, window: range) -> tuple[Token, Speaker] | None:
    """In the words ``window`` after a quote, a tag "NAME, APPOSITION, VERB": the verb (a
    finite verb that can tag a quote, a comma right before it and its auxiliaries) and the
    name; None when the words are not in that order."""
    doc = layout.doc
    words = [i for i in window if not doc[i].is_space]
    k = 0
    while k < len(words) and doc[words[k]].is_punct and doc[words[k]].text != ",":
        k += 1  # the closing mark
    k += k < len(words) and doc[words[k]].text == ","
    name = []
    while k < len(words) and doc[words[k]].text != ",":
        name.append(words[k])
        k += 1
    if not _names(layout, name) or k >= len(words):
        return None
    verb = _verb_after(layout, words[k + 1 :])
    if verb is None:
        return None
    head = layout.phrase_head(doc[name[0]], layout.token_end(name[-1]))
    head_i = head.i if name[0] <= head.i <= name[-1] else name[-1]
    return verb, Speaker(doc[name[0]].idx, layout.token_end(name[-1]), head_i)


def _names(layout: Layout, name: list[int]) -> bool:
    """Whether the words ``name`` are a short noun phrase that ends in a name ("Ramos",
    "Representative Steve Cohen"); a title ("the White House spokesman, Josh Earnest,") is
    left to the parse, the name apposed to it naming the speaker better."""
    doc = layout.doc
    return (
        0 < len(name) <= NAME_WORDS
        and all(doc[i].pos_ in NOMINAL for i in name)
        and name_like(doc[name[-1]])
    )


def _verb_after(layout: Layout, words: list[int]) -> Token | None:
    """The tag's verb after an apposition ``words`` begin with: the first finite verb that can
    tag a quote with a comma right before it, with no finite verb before it but in a relative
    clause ('"…," Smith, who chairs the panel, said') and no clause of its own after it."""
    doc = layout.doc
    relative = False
    for n, i in enumerate(words):
        token = doc[i]
        if layout.in_quote(i):
            if _quote_opens_segment(layout, i):
                return None
            continue
        if token.text in (".", ";", ":"):
            return None
        if token.text == ",":
            relative = False
            continue
        relative = relative or token.lower_ in layout.lexicon.relative_pronouns
        if token.pos_ not in ("VERB", "AUX") or not (finite(token) or past_tense(layout, token)):
            continue
        before = preceding(layout, token)
        if n > 0 and before is not None and before.text == "," and layout.is_tag(token):
            own = any(
                c.dep_ == "ccomp" and c.i > i and not layout.in_quote(c.i)
                for c in layout.children(token)
            )
            return None if own else token
        if not relative and not token.dep_.startswith("aux"):
            return None
    return None


def _quote_opens_segment(layout: Layout, i: int) -> bool:
    """Whether the quoted word ``i`` opens a quotation of its own, right after a comma: the
    first quote's tag then lies past it ('"…," Smith, the chair, "…"'); quoted words inside
    the apposition are a name or a slogan it mentions ('"…," Bill Eastland, wearing "Ted
    Cruz" campaign pins, said')."""
    quote = layout.enclosing(layout.doc[i].idx)
    if quote is None:
        return True
    first = layout.tokens(quote.outer[0], quote.outer[1])
    before = layout.doc[first[0] - 1] if first and first[0] > 0 else None
    return before is None or before.text == ","
