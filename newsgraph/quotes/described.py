"""Speakers' words that name no actor's mention: a surname alone, a description of a state's
institution or official, of an organisation mentioned before (see :mod:`.resolve`)."""

from __future__ import annotations

from ..article import MILITARY, Actor, Article, Span
from ..knowledge.base import MIN_SURNAME
from ..textutil import fold, strip_accents
from .layout import Found, Layout, Speaker, Token, acronym
from .mentions import Mentions
from .roles import fits

#: Longest lower-case word an acronym leaves out ("de", "des", "pour", "the").
SHORT = 4


def surnamed(article: Article, layout: Layout, speaker: Speaker) -> Actor | None:
    """The one person of the article whose name ends with the name that ends the speaker's
    words, all names but for their head (a title), where the actors stage has no mention
    there: a surname alone names a person named in full before ("Zelenskiy said" after
    "President Volodymyr Zelenskiy", "M. Aliev a assuré" after "Ilham Aliev"). When no name
    ends with it, the one person whose name opens with it: a family name written first ("Lin
    said" after "spokeswoman Lin Meiyu")."""
    words = [layout.doc[i] for i in layout.tokens(speaker.start, speaker.end)]
    words = [w for w in words if not (w.is_punct or w.is_space)]
    if not words or not is_name(words[-1]):  # "Kremlin spokesman": no surname
        return None
    if not all(is_name(w) or w.i == speaker.head for w in words):
        return None
    surname = surname_key(words[-1].text)  # "M. Aliev": Aliev
    if surname is None:
        return None
    for end in (-1, 0):  # a family name written first ("Lin said" after "Lin Meiyu") next
        fewest = 1 if end == -1 else 2
        found = {
            actor.id: actor
            for actor in article.actors
            if actor.kind == "person"
            for name in (actor.name, *(m.text for m in actor.mentions))
            if len(name.split()) >= fewest and _key(name.split()[end]) == surname
        }
        if found:
            return next(iter(found.values())) if len(found) == 1 else None
    return None


def surname_key(word: str) -> str | None:
    """``word`` folded as :func:`surnamed` compares surnames, None when too short to be one
    (under ``MIN_SURNAME`` letters)."""
    key = _key(word)
    return key if len(key) >= MIN_SURNAME else None


def set_off(layout: Layout, speaker: Speaker, mention: Span) -> bool:
    """Whether ``mention`` ends the speaker's words after their last comma: a name set off
    after a description names who it describes ("an army spokesman, Col Tal Amir"; "the UN
    force in the south, Unifil")."""
    text = layout.text
    comma = text.rfind(",", speaker.start, speaker.end)
    if comma < 0 or mention.start < comma or mention.end > speaker.end:
        return False
    return not text[mention.end : speaker.end].strip(" \u00a0.,;)")


def set_off_alone(layout: Layout, speaker: Speaker, mention: Span) -> bool:
    """Whether ``mention`` is :func:`set_off` and all that follows the comma (an article or a
    capitalised title aside), not a name a further description ends on ("Ana Ruiz, an analyst
    at the Brooke Institute", "Ali Demir, adviser to President Sami Kaya")."""
    if not set_off(layout, speaker, mention):
        return False
    comma = layout.text.rfind(",", speaker.start, speaker.end)
    between = [layout.doc[i] for i in layout.tokens(comma + 1, mention.start)]
    return all(t.pos_ == "DET" or t.is_space or t.text[:1].isupper() for t in between)


def named_before_comma(layout: Layout, speaker: Speaker) -> bool:
    """Whether the speaker's words hold a name before their last comma: then what follows
    the comma describes the name ("Anna Rhodes, Human Rights Watch"), where after a
    description with no name it names who is described ("the UN force, Unifil")."""
    comma = layout.text.rfind(",", speaker.start, speaker.end)
    return comma >= 0 and any(is_name(layout.doc[i]) for i in layout.tokens(speaker.start, comma))


def is_document(layout: Layout, head: Token) -> bool:
    """Whether ``head`` is a document noun ("the statement", "le texte")
    (:meth:`.layout.Layout.document`)."""
    return layout.document(head)


def _key(word: str) -> str:
    return strip_accents(fold(word))


def described(layout: Layout, mentions: Mentions, item: Found) -> Actor | None:
    """The actor a description names ("the agency", "the interior ministry", "un diplomate
    européen"): the last actor mentioned before whose mention holds its head word, or a body
    whose mention holds a noun qualifying it ("a Commission spokesperson": "The Commission";
    not "the defence minister" for "the defence ministry"), else, for an institution or an
    official, the state its statement has for subject ("Selon un haut responsable, Prague
    pourrait …"), or the last state mentioned before it; so does a government body named but
    no actor ("the Department of Migrant Workers"). A definite description of an organisation
    ("the alliance") names the organisation mentioned last, and one of a person's title ("le
    souverain") the person mentioned last."""
    speaker = item.speaker
    if speaker is None:
        return None
    head = layout.doc[speaker.head]
    if acronym(head.text):
        return spelled(layout.article, head.text)
    lexicon = layout.lexicon
    word = head.lemma_.lower()
    if is_name(head) and (word in lexicon.state_nouns or head.lower_ in lexicon.state_nouns):
        return _state_for(layout, mentions, item)  # "the Department of Migrant Workers"
    if is_name(head) or word in lexicon.bystanders or lexicon.pronoun_kind(head.text):
        return None
    armed = armed_forces(layout, mentions, speaker)
    if armed is not None:
        return armed
    if _of_body(layout, head):
        return _body_for(layout, mentions, item)  # "les pays du bloc ont exhorté": Mercosur
    since = _recent(layout, speaker) if {word, head.lower_} & lexicon.state_nouns else 0
    found = mentions.last_with_word(speaker.start, word, head.lower_, since=since)
    if found is not None and found.kind == "person" and not _title(layout, head):
        found = _state_named(layout.article, found) or mentions.last_with_word(
            speaker.start, word, head.lower_, person=False, since=since
        )
    if found is not None:
        return found
    body = mentions.last_with_word(speaker.start, *qualifiers(head))
    if body is not None and body.kind != "person":
        return body
    if word in lexicon.state_nouns or head.lower_ in lexicon.state_nouns:
        return _state_for(layout, mentions, item)
    if (word in lexicon.body_nouns or head.lower_ in lexicon.body_nouns) and bare(layout, speaker):
        return _body_for(layout, mentions, item)  # "The agency said": the World Food Programme
    if bare(layout, speaker) and layout.speaker_like(head) and not _thing(layout, word):
        return _titled(layout, mentions, speaker)
    return None


def armed_forces(layout: Layout, mentions: Mentions, speaker: Speaker) -> Actor | None:
    """The armed forces an unnamed official of theirs speaks for: an official noun qualified by
    a word of ``armed_qualifiers`` ("« … », a précisé un porte-parole militaire" after
    "L'armée israélienne a affirmé", "an army spokesman said") names the military body
    mentioned last before it, not its state."""
    head = layout.doc[speaker.head]
    lexicon = layout.lexicon
    if not ({head.lemma_.lower(), head.lower_} & lexicon.official_nouns):
        return None
    qualified = any(
        c.lower_ in lexicon.armed_qualifiers and c.dep_ in ("amod", "compound")
        for c in head.children
    )
    if not qualified:
        return None
    last = mentions.last_before(speaker.start, "body", layout, None, salient=False, sector=MILITARY)
    return last[1] if last else None


def _recent(layout: Layout, speaker: Speaker) -> int:
    """Where the passage a bare institution's noun refers back into begins: its paragraph or
    the one before. "Le gouvernement a exclu toute démission" is the government of the state
    the passage is about, not one named paragraphs before ("le gouvernement français")."""
    paragraph = max(layout.paragraph(speaker.start) - 1, 0)
    return layout.paragraphs[paragraph][0] if layout.paragraphs else 0


def _state_named(article: Article, person: Actor) -> Actor | None:
    """The state of a person, when an actor of the article."""
    states = [a for a in article.actors if a.kind == "country" and a.country == person.country]
    return states[0] if person.country and states else None


def _title(layout: Layout, head: Token) -> bool:
    """Whether a description's head may be a person's title: not an institution's noun, which a
    person's mention holds only as a qualifier: "the ministry" after "foreign ministry
    spokesman Wang Wenbin" is the ministry, not its spokesman, and folds into his state."""
    nouns = layout.lexicon.state_nouns | layout.lexicon.body_nouns
    return not ({head.lemma_.lower(), head.lower_} & nouns)


def _thing(layout: Layout, word: str) -> bool:
    """Whether a noun is no person's title: an institution, a document or a bystander."""
    lexicon = layout.lexicon
    return word in lexicon.state_nouns | lexicon.documents | lexicon.bystanders


def _titled(layout: Layout, mentions: Mentions, speaker: Speaker) -> Actor | None:
    """The person a title alone refers back to ("Le 31 juillet, le roi Mohammed VI avait tendu
    la main … Le souverain assurait que …"): the person last mentioned in its paragraph or
    the one before, a subject first; of the title's sector when one such is (``title_sectors``:
    "l'archevêque Bagrat Galstanian … exiger la démission du Premier ministre. Le prélat s'est
    dit prêt": Galstanian, a religious leader, not the head of government named last)."""
    paragraph = max(layout.paragraph(speaker.start) - 1, 0)
    head = layout.doc[speaker.head]
    sectors = layout.lexicon.title_sectors
    sector = sectors.get(head.lemma_.lower()) or sectors.get(head.lower_)
    last = None
    if sector is not None:
        last = mentions.last_before(speaker.start, "person", layout, paragraph, sector=sector)
    last = last or mentions.last_before(speaker.start, "person", layout, paragraph)
    return last[1] if last else None


def bare(layout: Layout, speaker: Speaker) -> bool:
    """Whether the speaker's words are a definite article and their head alone, singular ("the
    agency", "l'association"), which refer back; "le comité d'enquête russe", "l'agence
    officielle Irna" say which one they are."""
    words = [layout.doc[i] for i in layout.tokens(speaker.start, speaker.end)]
    head = layout.doc[speaker.head]
    if indefinite(layout, head) or "Plur" in head.morph.get("Number"):
        return False
    return all(w.i == head.i or (w.dep_ == "det" and w.head.i == head.i) for w in words)


def _of_body(layout: Layout, head: Token) -> bool:
    """Whether a description that is no title has for genitive complement a definite
    organisation's noun ("les pays du bloc", "the members of the alliance"): those it names
    speak for that organisation, mentioned before."""
    lexicon = layout.lexicon
    if {head.lemma_.lower(), head.lower_} & (lexicon.title_nouns | lexicon.state_nouns):
        return False
    for child in head.children:
        nominal = child
        if child.dep_ == "prep" and child.lower_ in lexicon.genitive_preps:
            nominal = next((c for c in child.children if c.dep_ == "pobj"), child)
        elif child.dep_ != "nmod" or not any(
            c.dep_ == "case" and c.lower_ in lexicon.genitive_preps for c in child.children
        ):
            continue
        words = {nominal.lemma_.lower(), nominal.lower_}
        marked = definite(nominal) or any(  # "du bloc": an article in the preposition
            c.dep_ == "case" and "Def" in c.morph.get("Definite") for c in nominal.children
        )
        if words & lexicon.body_nouns and marked and nominal.i > head.i:
            return True
    return False


def _body_for(layout: Layout, mentions: Mentions, item: Found) -> Actor | None:
    """The organisation a definite description of one refers back to ("the alliance said"):
    the organisation or group mentioned last before it outside quotes, else the one its own
    statement has for subject, which an organisation tells of itself in the third person
    ("NATO will deploy 700 additional troops …, the alliance said")."""
    position = item.speaker.start if item.speaker else item.start
    last = mentions.last_before(position, "body", layout, None)
    return last[1] if last else mentions.subject_within(item.start, item.end, layout, "body")


def _state_for(layout: Layout, mentions: Mentions, item: Found) -> Actor | None:
    """The state an unnamed institution or official speaks for: the state its statement has
    for subject, or the last state mentioned before it; when none is outside quotes, the
    last quoted before the statement ("— C'est une victoire du peuple sénégalais … — Le
    ministère de l'Intérieur nie que …", an interview whose answers alone name the state:
    Senegal's ministry)."""
    position = item.speaker.start if item.speaker else item.start
    subject = mentions.subject_within(item.start, item.end, layout)
    last = mentions.last_before(position, "country", layout, None)
    before = min(position, item.start)  # not the statement's own words
    last = last or mentions.last_before(before, "country", layout, None, quoted=True)
    return subject or (last[1] if last else None)


def indefinite(layout: Layout, head: Token) -> bool:
    """Whether the noun ``head`` has an indefinite determiner ("a", "one", "un")."""
    return any(c.lower_ in layout.lexicon.indefinites and c.i < head.i for c in head.children)


def spelled(article: Article, short: str) -> Actor | None:
    """The one actor a mention of which an acronym spells, by the initials of its capitalised
    words and of its words longer than ``SHORT`` letters: "le CSP" after "le Cadre stratégique
    permanent", but not the "de" of "Conseil de sécurité". An unknown acronym names no one
    (None), never a person mentioned before."""
    found = {
        actor.id: actor
        for actor in article.actors
        if actor.kind != "person"
        for mention in (actor.name, *(m.text for m in actor.mentions))
        if _initials(mention) == short
    }
    return next(iter(found.values())) if len(found) == 1 else None


def _initials(name: str) -> str:
    """The capital initials of ``name``'s significant words ("Cadre stratégique permanent":
    "CSP"), an elided article left out ("l'Union": "U")."""
    words = [w.split("'")[-1].split("’")[-1] for w in name.replace("-", " ").split()]
    return "".join(w[0].upper() for w in words if w and (w[0].isupper() or len(w) > SHORT))


def is_name(token: Token) -> bool:
    """Whether ``token`` is a name: a proper noun with a capital (the tagger takes some
    lower-case nouns for proper ones: "the foreign ministry")."""
    return bool(token.pos_ == "PROPN" and token.text[:1].isupper())


def qualifiers(head: Token) -> list[str]:
    """The nouns that qualify the head of a description ("a Commission spokesperson"), which
    name the body it speaks for when an actor's mention holds one ("The Commission")."""
    return [
        c.lower_
        for c in head.children
        if c.dep_ == "compound" and c.i < head.i and c.pos_ in ("NOUN", "PROPN")
    ]


def title_holder(
    layout: Layout, mentions: Mentions, state: Actor, speaker: Speaker
) -> Actor | None:
    """The person a definite title qualified by a state refers back to ("Il a fallu vingt
    minutes à Ramtane Lamamra … le ministre algérien des Affaires étrangères a prononcé la
    phrase": Lamamra, not Algeria): the person of that state last mentioned in its paragraph
    or the one before, a subject first, whose known role the title does not contradict
    (:func:`.roles.fits`). The title has a definite article, which refers back,
    not a possessor's ("Somalia's national security adviser" is someone new); it is a
    person's (``title_nouns``), not an official's who speaks for the state ("le porte-parole
    du ministère"), and the words name the state only as a qualifier, no name of the person's
    own among them."""
    head = layout.doc[speaker.head]
    lexicon = layout.lexicon
    word, lower = head.lemma_.lower(), head.lower_
    if state.kind != "country" or not state.country or is_name(head) or indefinite(layout, head):
        return None
    if "Plur" in head.morph.get("Number") or not ({word, lower} & lexicon.title_nouns):
        return None
    if not definite(head):
        return None  # "Somalia's national security adviser warned": someone not named
    if {word, lower} & (lexicon.official_nouns | lexicon.state_nouns | lexicon.body_nouns):
        return None
    words = layout.tokens(speaker.start, speaker.end)
    if any(is_name(layout.doc[i]) and layout.doc[i].ent_type_ in ("PER", "PERSON") for i in words):
        return None
    return holder_before(layout, mentions, speaker, country=state.country)


#: Most paragraphs before its own that a title looks back to when the one before names no
#: one it fits: a lead names the person, a paragraph of background follows, then the title
#: takes the person up again ("Claire Morin a ouvert la conférence. / Les syndicats … / « … »,
#: a prévenu la ministre").
WIDER = 3


def holder_before(
    layout: Layout,
    mentions: Mentions,
    speaker: Speaker,
    gender: str | None = None,
    country: str | None = None,
    sector: str | None = None,
) -> Actor | None:
    """The person a definite title takes up: the person last mentioned before it, a subject
    first, of ``gender``, ``country`` and ``sector`` when given, whose known role the title
    does not contradict (:func:`.roles.fits`), in the title's paragraph or the one before,
    else up to :data:`WIDER` paragraphs back."""
    here = layout.paragraph(speaker.start)
    for back in (1, WIDER):
        last = mentions.last_before(
            speaker.start,
            "person",
            layout,
            max(here - back, 0),
            gender=gender,
            country=country,
            sector=sector,
            fits=lambda person: fits(layout, speaker, person),
        )
        if last is not None:
            return last[1]
    return None


def definite(head: Token) -> bool:
    """Whether the noun ``head`` has a definite article ("le", "the")."""
    return any(c.dep_ == "det" and "Def" in c.morph.get("Definite") for c in head.children)


def government_of(layout: Layout, actor: Actor, speaker: Speaker | None) -> bool:
    """Whether the speaker's words are a government named after its leader, ``actor``
    ("President Yoon Suk Yeol's government said", "le gouvernement de Giorgia Meloni a
    annoncé"): their head is a noun of ``government_nouns``, not the person's name, and the
    government speaks for the leader's state, as its unnamed officials do."""
    if speaker is None or actor.kind != "person":
        return False
    head = layout.doc[speaker.head]
    nouns = layout.lexicon.government_nouns
    return head.pos_ == "NOUN" and (head.lemma_.lower() in nouns or head.lower_ in nouns)
