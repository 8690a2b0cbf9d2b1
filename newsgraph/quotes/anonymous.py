"""Anonymous sources: "selon une source diplomatique", "selon la même source",
"…, diplomats said".

A source of this kind (``anonymous_sources``) that names no actor is no actor of the article,
and guessing one from the speakers before it gives a statement to whoever spoke last. When the
statement it reports tells what an actor other than a person may or should do, its subject
with a verb of ``plan_verbs``, the source speaks from within that actor ("Paris pourrait
rappeler son ambassadeur, selon une source diplomatique": France); otherwise it reports a fact
or someone else's words, no statement of an actor, and the statement is dropped ("Des
explosions ont retenti mardi, selon des sources locales"). "La même source"
(``same_words``) is the source named before: it speaks for the speaker of the statement before
it in its paragraph ("Deux soldats ont été blessés, selon la même source"), but a person's own
words stay theirs ("Le ministre a promis que …, selon la même source": dropped).
"""

from __future__ import annotations

from ..article import Actor
from .layout import Found, Layout, Speaker
from .mentions import Mentions


def anonymous(layout: Layout, speaker: Speaker | None) -> bool:
    """Whether ``speaker`` is an unnamed source ("une source diplomatique", "diplomats")."""
    if speaker is None:
        return False
    head = layout.doc[speaker.head]
    nouns = layout.lexicon.anonymous_sources
    return head.lemma_.lower() in nouns or head.lower_ in nouns


def anonymous_speaker(
    layout: Layout, mentions: Mentions, item: Found, earlier: Actor | None
) -> Actor | None:
    """Who speaks through an anonymous source: the actor, not a person, whose plan its
    statement tells ("Selon plusieurs diplomates, l'OTAN pourrait renforcer …": the
    alliance), ``earlier``, the speaker of the statement before, for "la même source",
    or None ("le médiateur propose …, selon une source diplomatique": a fact)."""
    subject = mentions.subject_within(item.start, item.end, layout, None)
    if subject is not None and subject.kind == "person":
        return None
    if _same(layout, item.speaker):
        return earlier
    return subject if _plans(layout, item) else None


def _same(layout: Layout, speaker: Speaker | None) -> bool:
    """Whether ``speaker`` is the source named before ("la même source", "the same source")."""
    if speaker is None:
        return False
    words = layout.lexicon.same_words
    return any(layout.doc[i].lower_ in words for i in layout.tokens(speaker.start, speaker.end))


def _plans(layout: Layout, item: Found) -> bool:
    """Whether the first subject of ``item`` is that of a verb of ``plan_verbs``, or of one
    such a verb helps ("la Commission devrait présenter", "the bloc could adopt")."""
    doc = layout.doc
    for i in layout.tokens(item.start, item.end):
        if doc[i].dep_.startswith("nsubj"):
            verb = doc[i].head
            helpers = [c for c in verb.children if c.dep_.startswith("aux")]
            plans = layout.lexicon.plan_verbs
            return any(t.lemma_.lower() in plans for t in [verb, *helpers])
    return False
