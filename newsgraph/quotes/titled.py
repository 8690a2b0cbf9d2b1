"""The person a definite title stands for when the title names no one new: "Élisabeth Borne a
présenté sa réforme. « … », a déclaré la ministre de l'Éducation" is Borne's; "Ursula von der
Leyen et António Costa ont parlé. « … », a ajouté le président du Conseil européen" is Costa's,
not the Council's (see :mod:`.resolve`)."""

from __future__ import annotations

from ..article import Actor
from .described import definite, holder_before, is_name
from .layout import Layout, Speaker
from .mentions import Mentions


def person_title(layout: Layout, speaker: Speaker) -> bool:
    """Whether the speaker's words are headed by a person's title, singular and definite
    ("la ministre de l'Éducation", "le président du Conseil européen"): not an institution
    or a body of people ("the army", "le ministère"), a document or an official who speaks
    for a body ("le porte-parole du Kremlin" is anyone the Kremlin sends), and no name of its
    own among its words ("le ministre Jean Dupont")."""
    head = layout.doc[speaker.head]
    lexicon = layout.lexicon
    words = {head.lemma_.lower(), head.lower_}
    others = (
        lexicon.state_nouns
        | lexicon.body_nouns
        | lexicon.collective_titles
        | lexicon.documents
        | lexicon.bystanders
        | lexicon.official_nouns
    )
    if head.pos_ != "NOUN" or not words & lexicon.title_nouns or words & others:
        return False
    if "Plur" in head.morph.get("Number") or not definite(head):
        return False
    tokens = layout.tokens(speaker.start, speaker.end)
    return not any(is_name(layout.doc[i]) and layout.doc[i].ent_type_ in PEOPLE for i in tokens)


#: Entity labels of people's names (spaCy's French and English models).
PEOPLE = ("PER", "PERSON")


def title_gender(layout: Layout, speaker: Speaker) -> str | None:
    """The one gender the title's head and its article give ("la présidente": Fem, "le
    ministre": Masc), or None ("l'envoyé" has only its noun, which may be of either)."""
    head = layout.doc[speaker.head]
    words = [head, *(c for c in head.children if c.dep_ == "det")]
    genders = {str(g) for w in words for g in w.morph.get("Gender")}
    return genders.pop() if len(genders) == 1 else None


def title_antecedent(
    layout: Layout, mentions: Mentions, speaker: Speaker, named: Actor | None = None
) -> Actor | None:
    """The person last mentioned before a person's title (:func:`person_title`), in its
    paragraph or the one before, else a few paragraphs back (:func:`.described.holder_before`),
    a subject first, of the title's gender and, when the title
    names an actor (``named``), of that actor's country, or of its sector when it has none (an
    international organisation's head is no national leader), and whose known role the title
    does not contradict (:func:`.roles.fits`: a foreign minister's title is no head of
    state's): "Pedro Sánchez a annoncé des élections. « … », a expliqué le chef du
    gouvernement" is Sánchez's."""
    if not person_title(layout, speaker):
        return None
    gender = title_gender(layout, speaker)
    country = named.country if named is not None else None
    sector = named.sector if named is not None and not country else None
    if named is not None and not country and not sector:
        return None
    return holder_before(layout, mentions, speaker, gender, country, sector)


def former_holder(layout: Layout, mentions: Mentions, speaker: Speaker) -> Actor | None:
    """The person last mentioned before a definite title marked as no longer held
    (``former_words``: "l'ancienne diplomate", "the former minister"), of the title's gender:
    whoever held it speaks for themself, not for the state it served ("Lena Varga a appelé à
    manifester. L'ancienne diplomate a demandé aux soldats de « rester »": Varga's)."""
    head = layout.doc[speaker.head]
    if head.pos_ != "NOUN" or "Plur" in head.morph.get("Number") or not definite(head):
        return None
    former = layout.lexicon.former_words
    marked = head.lower_.split("-")[0] in former or any(
        c.dep_ == "amod" and c.i < head.i and c.lemma_.lower() in former for c in head.children
    )
    if not marked:
        return None
    return holder_before(layout, mentions, speaker, title_gender(layout, speaker))
