"""The person a bare description refers back to when the article gave that person the same
noun: "…, relève Léa Morvan, sinologue à l'université de Brest. […] La sinologue a aussi fait
valoir que …" is Morvan's; so is "l'analyste" after "l'analyste Tomas Brekke" and "the
researcher" after "Ana Ruiz, a researcher at …". News writing names someone once with a word
for what they do, then calls them by that word alone; the word need be no title the
knowledge base lists (:mod:`.holders` takes up officials' titles, :mod:`.titled` offices).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from ..article import Actor
from .described import bare, definite
from .layout import Layout, Speaker, Token
from .mentions import Mentions

#: What may stand between a name and the noun set off after it (", ", ", a ", ", la ").
_AFTER = re.compile(r"\s*,\s*(?:(?:the|an?|le|la|l['’]|une?)\s*)?", re.IGNORECASE)
#: Most adjectives between the noun and the name it introduces ("la chercheuse française Léa
#: Morvan").
_ADJECTIVES = 2


def epithet_holder(layout: Layout, mentions: Mentions, speaker: Speaker) -> Actor | None:
    """The person whose mention the speaker's noun last stood next to before them, in their
    story, when the speaker's words are that noun alone with a definite article, singular, and
    no institution's word (``state_nouns``, ``body_nouns``, ``documents``)."""
    head = layout.doc[speaker.head]
    if not _describes_someone(layout, head) or not (bare(layout, speaker) and definite(head)):
        return None
    words = {head.lower_, head.lemma_.lower()}
    since, _ = layout.article.story(speaker.start)
    for i in reversed(layout.tokens(since, speaker.start)):
        token = layout.doc[i]
        if token.pos_ != "NOUN" or not ({token.lower_, token.lemma_.lower()} & words):
            continue
        person = _named_next_to(layout, mentions, token, since)
        if person is not None:
            return person
    return None


def _describes_someone(layout: Layout, head: Token) -> bool:
    """Whether ``head`` is a singular common noun that names no institution, document or
    body of people ("la sinologue", "the researcher"; not "le ministère", "le texte")."""
    if head.pos_ != "NOUN" or "Plur" in head.morph.get("Number"):
        return False
    lexicon = layout.lexicon
    others = (
        lexicon.state_nouns
        | lexicon.body_nouns
        | lexicon.documents
        | lexicon.collective_titles
        | lexicon.media_nouns
    )
    return not ({head.lower_, head.lemma_.lower()} & others)


def _named_next_to(layout: Layout, mentions: Mentions, token: Token, since: int) -> Actor | None:
    """The person whose mention ends right before ``token``, set off by a comma ("Léa Morvan,
    sinologue"), or starts within two words after it ("la sinologue Léa Morvan")."""
    text = layout.text
    start, end = token.idx, token.idx + len(token.text)
    index = bisect_left(mentions.starts, start)
    for k in range(index - 1, max(index - 8, 0) - 1, -1):
        mention, actor = mentions.entries[k]
        if mention.start < since:
            break
        if actor.kind == "person" and _AFTER.fullmatch(text[mention.end : start]):
            return actor
    for k in range(index, min(index + 4, len(mentions.entries))):
        mention, actor = mentions.entries[k]
        between = [layout.doc[i] for i in layout.tokens(end, mention.start)]
        if (
            actor.kind == "person"
            and len(between) <= _ADJECTIVES
            and all(t.pos_ == "ADJ" for t in between)
            and "," not in text[end : mention.start]
        ):
            return actor
    return None
