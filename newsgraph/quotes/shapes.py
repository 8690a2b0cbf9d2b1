"""The shape of quoted words inside a sentence: whether they look like someone's words
(a partial quotation: lower case, in the middle of a sentence, long enough or under a cue)
rather than a term, an adverbial set phrase, the name of a law or a title.

:func:`long_partial` takes quoted words for a quotation by their length alone,
:func:`characterises` short ones under a cue, :func:`titled` a title written in French style.
"""

from __future__ import annotations

from ..textutil import last_char
from .layout import PASSIVE_MARKS, Layout, Token
from .marks import Marked

#: How far before an opening mark a word of ``term_words`` is looked for, in characters.
TERM_REACH = 40


def long_partial(layout: Layout, quote: Marked, first_word: int, governor: Token | None) -> bool:
    """Whether quoted words are a partial quotation by their length alone: words that open in
    lower case in the middle of a sentence, as many as the language's ``partial_words`` or
    more (four in English), are someone's words, whatever verb or noun governs them ('took
    credit for “bringing jobs back home”', 'spoke of “a new chapter in relations”', 'his
    pledge of “no new taxes on the middle class”'); names and titles open with a capital,
    and scare quotes and terms are a word or three ("“counter-terrorist operation regime”":
    words are counted between spaces). Not after a word of the language's ``term_words``,
    which makes them a term ('the so-called “…”'), nor under a verb in the passive, whose
    subject undergoes what others say ("was mocked for her “…”")."""
    least = layout.lexicon.partial_words
    if not least or not partial_shape(layout, quote, first_word, governor):
        return False
    return len(layout.text[quote.start : quote.end].split()) >= least


#: Relations of a set phrase of manner or time, which quoted words of two words are more
#: often the writer's than a speaker's: « rétablir « sans délai » », "to meet “very soon”";
#: a preposition whose object is a bare noun too ("to act “without delay”": :func:`_adverbial`).
ADVERBIALS = frozenset({"obl:mod", "advmod", "npadvmod"})
#: The relation of a preposition heading its phrase, and of its object, in English.
PREPOSITION, PREP_OBJECT = "prep", "pobj"
#: Relations of the words that make a noun no bare noun ("for “a ban”", "of “his call”").
DETERMINERS = frozenset({"det", "poss", "predet", "nummod"})


def characterises(
    layout: Layout, quote: Marked, first_word: int, head: Token | None, governor: Token | None
) -> bool:
    """Whether quoted words of two words or more, under a cue, are the speaker's own words
    that characterise something: they have the shape of a partial quotation
    (:func:`partial_shape`) and are no adverbial set phrase (:func:`_adverbial`): "accused Israel
    of “inventing pretexts”", « a défendu un tracé « strictement conforme » au traité »
    are quotations, « a appelé la Serbie à rétablir « sans délai » le courant » is not. ``head`` is
    the quote's :func:`quote_head`, ``governor`` the verb above it."""
    if head is None or _adverbial(layout, quote, head):
        return False
    return partial_shape(layout, quote, first_word, governor)


def _adverbial(layout: Layout, quote: Marked, head: Token) -> bool:
    """Whether the quoted words headed by ``head`` are an adverbial set phrase: of a relation
    of :data:`ADVERBIALS`, or a preposition whose object is a bare singular noun ("without
    delay"; "without preconditions" is someone's terms);
    when the words hang on their opening mark (« viendrait « très vite » »), the relation is
    that of the mark's child inside them."""
    if not head.text[0].isalnum():
        words = layout.tokens(quote.start, quote.end)
        inner = [c for c in head.children if c.i in words]
        if not inner:
            return False
        head = inner[0]
    if head.dep_ in ADVERBIALS:
        return True
    objects = [c for c in head.children if c.dep_ == PREP_OBJECT]
    return (
        head.dep_ == PREPOSITION
        and len(objects) == 1
        and objects[0].pos_ == "NOUN"
        and "Plur" not in objects[0].morph.get("Number")
        and not any(c.dep_ in DETERMINERS for c in objects[0].children)
    )


def partial_shape(layout: Layout, quote: Marked, first_word: int, governor: Token | None) -> bool:
    """Whether quoted words have the shape of a partial quotation: they open in lower case
    in the middle of a sentence ("accused Israel of “inventing pretexts”", « a défendu un
    tracé « strictement conforme » au traité »), not after a word of the language's
    ``term_words`` ('the so-called “…”') nor opening with one of its ``term_heads`` (« la « loi
    sur … » ») nor under a verb in the passive ("was mocked for
    her “…”"); names and titles open with a capital."""
    first = layout.doc[first_word]
    if not first.is_lower or quote.open <= first.sent.start_char:
        return False
    before = layout.text[max(0, quote.open - TERM_REACH) : quote.open].rstrip().lower()
    if any(before.endswith(term) for term in layout.lexicon.term_words):
        return False  # 'the so-called “special military operation in Ukraine”'
    if first.pos_ in NOUNS and _term_headed(layout, quote):
        return False  # « la « loi sur les agents de l'étranger » »
    return governor is None or not any(c.dep_ in PASSIVE_MARKS for c in governor.children)


#: Parts of speech of the first quoted word that may name a law or a plan ("plan" the verb not).
NOUNS = frozenset({"NOUN", "PROPN"})


def _term_headed(layout: Layout, quote: Marked) -> bool:
    """Whether quoted words open with a word or phrase of the language's ``term_heads`` (a law,
    a bill, a plan, an operation: « la « loi sur les agents de l'étranger » »)."""
    words = " ".join(layout.text[quote.start : quote.end].lower().split()) + " "
    return any(words.startswith(head + " ") for head in layout.lexicon.term_heads)


#: The most words of a title capitalised on its first word only.
TITLE_WORDS = 3


def titled(layout: Layout, quote: Marked) -> bool:
    """Whether a few quoted words capitalised on their first word only stand in the middle of
    a sentence, as a title does in French ("l'opération, baptisée « Promesse honnête »"); a
    quoted sentence has a clause, or follows a colon or a comma."""
    text, doc = layout.text, layout.doc
    words = [i for i in layout.tokens(quote.start, quote.end) if doc[i].text[0].isalnum()]
    if not words or len(words) > TITLE_WORDS or not doc[words[0]].text[0].isupper():
        return False
    before = last_char(text, quote.open)
    return before is not None and text[before].isalnum()
