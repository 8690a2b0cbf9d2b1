"""Whom a named speaker speaks for: itself, its state, or the holder of a title it names.

An official of a government body speaks for the state ("a State Department spokesperson" →
the United States); a seat of government too ("le Kremlin a démenti" → Russia); a description
that introduces someone ("a senior US official") is no person the article named before."""

from __future__ import annotations

from ..article import Actor, Article
from .described import government_of, indefinite, is_name, set_off, surname_key, title_holder
from .layout import Layout, Speaker, Token
from .mentions import Mentions


def named_speaker(
    article: Article, layout: Layout, mentions: Mentions, named: Actor, speaker: Speaker | None
) -> Actor | None:
    """The speaker a named actor stands for: itself, its state, or a title's holder.

    "le gouvernement de Bahreïn" → Bahrain; "le ministre des Affaires étrangères de X" → the
    minister the article names; a newcomer's unnamed official → the state.
    """
    if government_of(layout, named, speaker):
        return state_of(article, named) or named
    if speaker is not None:
        holder = title_holder(layout, mentions, named, speaker)
        if holder is not None:
            return holder
    if _someone_new(layout, mentions, named, speaker):
        return state_of(article, named)
    return _state_of_official(article, layout, mentions, named, speaker)


def official(layout: Layout, speaker: Speaker | None) -> bool:
    """Whether the speaker's words are headed by a noun for one who speaks for an institution
    ("a ministry spokeswoman", "un responsable")."""
    if speaker is None:
        return False
    head = layout.doc[speaker.head]
    officials = layout.lexicon.official_nouns
    return bool(head.lemma_.lower() in officials or head.lower_ in officials)


def _state_of_official(
    article: Article, layout: Layout, mentions: Mentions, actor: Actor, speaker: Speaker | None
) -> Actor:
    """The state a government body speaks for, when the article names it: a seat of
    government named for its government (``government_seats``: "the White House said", "le
    Kremlin a démenti"), or a government body named as one (its mention holds a word of
    ``state_nouns``) whose unnamed official speaks ("a State Department spokesperson"). The
    body itself ("the State Department said") stays, and so does a body named otherwise
    ("Somaliland officials")."""
    if speaker is None or actor.kind == "person" or actor.sector != "GOV":
        return actor
    if actor.name not in layout.lexicon.government_seats and not _official_of(
        layout, mentions, actor, speaker
    ):
        return actor
    states = [a for a in article.actors if a.kind == "country" and a.country == actor.country]
    return states[0] if actor.country and states else actor


def _someone_new(layout: Layout, mentions: Mentions, actor: Actor, speaker: Speaker | None) -> bool:
    """Whether the speaker's words are an indefinite or plural description ("a senior US
    official", "one senior Japanese diplomat", "American officials") that the actors stage
    took for a person it knows by name: a description that introduces someone is no one
    named before, and several are no one person, but unnamed officials. A name set off after
    the description is who it introduces ("an army spokesman, Col Tal Amir"), and a head that
    is the person's surname names them ("Reeves: …", however the tagger reads it)."""
    if speaker is None or actor.kind != "person":
        return False
    named = mentions.mentions_of(actor, speaker.start, speaker.end)
    if any(set_off(layout, speaker, m) for m in named):
        return False
    head = layout.doc[speaker.head]
    surname = surname_key(head.text)
    if (
        head.text[:1].isupper()
        and surname is not None
        and surname == surname_key(actor.name.split()[-1])
    ):
        return False
    plural = head.pos_ == "NOUN" and "Plur" in head.morph.get("Number")
    if (
        is_name(head)
        or person_name(head, layout.is_cut(head.idx))
        or not (plural or indefinite(layout, head))
    ):
        return False
    return not any(
        is_name(layout.doc[i]) and layout.doc[i].ent_type_ in ("PER", "PERSON")
        for m in named
        for i in layout.tokens(m.start, m.end)
    )


def person_name(head: Token, opens_sentence: bool) -> bool:
    """Whether a capitalised word the tagger took for a common noun is a person's name, as
    its entity says ("Morales, who has fallen out with Arce, called on …": no plural of
    "morale"), or as its capital says inside a sentence when no article goes with it ("…, a
    indiqué Kossi Amavi": "Kossi" taken for a plural noun is a first name, while "Des
    responsables" and "Officials said" open their sentence or have an article)."""
    if not head.text[:1].isupper():
        return False
    if head.ent_type_ in ("PER", "PERSON"):
        return True
    return not opens_sentence and not any(c.dep_ == "det" for c in head.children)


def state_of(article: Article, actor: Actor) -> Actor | None:
    """The state an unnamed official of ``actor``'s country speaks for, when an actor."""
    states = [a for a in article.actors if a.kind == "country" and a.country == actor.country]
    return states[0] if actor.country and states else None


def _official_of(layout: Layout, mentions: Mentions, actor: Actor, speaker: Speaker) -> bool:
    """Whether the speaker is an unnamed official of ``actor``, a body named as one."""
    if not official(layout, speaker):
        return False
    nouns = layout.lexicon.state_nouns
    named = mentions.mentions_of(actor, speaker.start, speaker.end)
    return any(word in nouns for m in named for word in m.text.lower().split())
