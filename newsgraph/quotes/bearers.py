"""A tag after a quotation naming what bears its words: '"…," the email read.'

With a verb of ``written_verbs`` a tag names no voice but the text that holds the words: a
statement, a letter, an email, an editorial ('"…," the statement read.', '"…," read the
letter, which …', '"…," the suit reads.'). What bears them speaks as it does in '"…," the
statement said', so the tag's noun phrase is the speaker. The parser often misreads such a
tag (a noun "read" after "email", or "the statement" as the object of "read"), which is why
the tag is read from its words here: a short noun phrase then the verb and the end of the
tag, or the verb then a short noun phrase. Before a quotation the same verb voices no one's
words (see :func:`~.introduced.voiced`).
"""

from __future__ import annotations

from .cues import Attribution
from .layout import Layout, Speaker, Token
from .marks import Marked

#: The most words of the noun phrase of such a tag.
PHRASE = 4
#: What may close the quoted words right before their tag: the quote goes on in its tag.
TAG_MARKS = ",!?"
#: Parts of speech of the words of the noun phrase.
PHRASE_POS = frozenset({"DET", "PRON", "ADJ", "NOUN", "PROPN", "NUM"})
#: Parts of speech that open the noun phrase: a determiner or a possessive.
OPENING_POS = frozenset({"DET", "PRON"})
#: What ends a tag after its noun phrase (a relative clause may go on after a comma).
TAG_ENDS = frozenset({".", ",", ";", "!", "?"})


def written_tag(layout: Layout, quote: Marked) -> Attribution | None:
    """The verb and the noun phrase of a tag of ``written_verbs`` right after a quote that
    its tag goes on ('"…," the email read.' speaks by "the email"), or None."""
    if not _tag_position(layout, quote):
        return None
    _, end = layout.sentence(quote.outer[1])
    window = [i for i in layout.tokens(quote.outer[1], end) if not layout.doc[i].is_space]
    words = window[: PHRASE + 3]  # a comma after the closing mark, the phrase, the verb, its end
    return _phrase_then_verb(layout, words) or _verb_then_phrase(layout, words)


def _tag_position(layout: Layout, quote: Marked) -> bool:
    """Whether the quote ends with a comma, a question or an exclamation, inside or right
    after its closing mark: a tag comes after it."""
    text = layout.text
    inside = text[quote.start : quote.close].rstrip()[-1:]
    after = text[quote.outer[1] : quote.outer[1] + 1]
    return bool(inside and inside in TAG_MARKS) or after == ","


def _written(layout: Layout, token: Token) -> bool:
    return token.lemma_.lower() in layout.lexicon.written_verbs and not layout.in_quote(token.i)


def _phrase_then_verb(layout: Layout, words: list[int]) -> Attribution | None:
    """'the email read.': a noun phrase, then the verb ending the tag."""
    doc = layout.doc
    skip = 1 if words and doc[words[0]].text == "," else 0
    for k in range(skip + 1, len(words) - 1):
        verb, after = doc[words[k]], doc[words[k + 1]]
        if _written(layout, verb) and after.text in TAG_ENDS:
            return _attributed(layout, verb, words[skip:k])
    return None


def _verb_then_phrase(layout: Layout, words: list[int]) -> Attribution | None:
    """'read the statement, which …': the verb, then a noun phrase ending the tag."""
    doc = layout.doc
    skip = 1 if words and doc[words[0]].text == "," else 0
    if len(words) <= skip or not _written(layout, doc[words[skip]]):
        return None
    verb = doc[words[skip]]
    phrase: list[int] = []
    for i in words[skip + 1 :]:
        if doc[i].text in TAG_ENDS:
            return _attributed(layout, verb, phrase)
        phrase.append(i)
    return None


def _attributed(layout: Layout, verb: Token, phrase: list[int]) -> Attribution | None:
    """The verb as cue and ``phrase`` as speaker, when it is a noun phrase opened by a
    determiner or a possessive, of nominal words only ("the email", "his letter")."""
    doc = layout.doc
    if not phrase or len(phrase) > PHRASE or doc[phrase[0]].pos_ not in OPENING_POS:
        return None
    if any(doc[i].pos_ not in PHRASE_POS for i in phrase):
        return None
    speaker = Speaker(doc[phrase[0]].idx, layout.token_end(phrase[-1]), phrase[-1])
    return (verb.idx, layout.token_end(verb.i)), speaker
