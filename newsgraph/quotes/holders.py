"""The person a bare official's title refers back to, when the article introduced someone with
that title: "Dmitri Peskov, porte-parole du Kremlin, s'est exprimé lundi. « … », a déclaré le
porte-parole" is Peskov's, not the state's that an unnamed spokesman folds into."""

from __future__ import annotations

import re
from bisect import bisect_left

from ..article import Actor, Span
from .described import bare, definite
from .layout import Layout, Speaker
from .mentions import Mentions

#: Most characters between a name and its title set off by a comma (", ").
APPOSED = 2


def title_holder_before(layout: Layout, mentions: Mentions, speaker: Speaker) -> Actor | None:
    """The person last mentioned, in the speaker's paragraph or the one before, by a mention
    holding the title that the speaker's words are alone, singular and definite (an
    ``official_nouns`` word): "Dmitry Peskov, the Kremlin spokesman, … the spokesman said"
    is Peskov's. An unnamed one ("A Kremlin spokesman … the spokesman said") finds nobody
    and is left to the description's state."""
    head = layout.doc[speaker.head]
    titles = {head.lemma_.lower(), head.lower_} & layout.lexicon.official_nouns
    if not titles or not (bare(layout, speaker) and definite(head)):
        return None
    paragraph = max(layout.paragraph(speaker.start) - 1, 0)
    since = layout.paragraphs[paragraph][0] if layout.paragraphs else 0
    for k in range(bisect_left(mentions.starts, speaker.start) - 1, -1, -1):
        mention, actor = mentions.entries[k]
        if mention.end > speaker.start:
            continue
        if mention.start < since:
            return None
        words = mention.text.lower().replace("’", "'").split()
        if actor.kind == "person" and titles & set(words):
            return actor if _introduced(mention, actor) else None
    return None


def _introduced(mention: Span, actor: Actor) -> bool:
    """Whether a mention holding a title introduces the person by name: it holds the name's
    last word ("Kremlin spokesman Dmitry Peskov") or stands right after or before another
    mention of that person ("Dmitri Peskov, porte-parole du Kremlin"); a title the actors
    stage linked alone ("the prime minister's spokesman") may be someone else's."""
    if actor.name.split()[-1].lower() in re.findall(r"[\w'’-]+", mention.text.lower()):
        return True
    return any(
        0 <= mention.start - other.end <= APPOSED or 0 <= other.start - mention.end <= APPOSED
        for other in actor.mentions
        if other is not mention
    )
