"""From the words naming a speaker to an actor of the article.

The speaker's words are looked up in the actors' mentions, as ``newsgraph.actors.actors_in``
does (every actor with a mention overlapping them, the longest mention first), through an
index built once per article. When they cover several actors ("la porte-parole du ministère
chinois des Affaires étrangères, Mao Ning"), the one closest to the head of the phrase in the
parse wins, then a person, then a named body before the state it belongs to: the head and its
apposition name the speaker, the rest qualifies it; a person named after a comma at the end of
the words is such an apposition ("le porte-parole du Conseil …, John Kirby"). An indefinite or
plural description ("a senior US official") is no person the actors stage took it for, but
speaks for that person's state; a surname alone names the one person whose name ends with it.

A pronoun is resolved here (the actors stage's reading of it is kept only when this finds
nobody and it agrees with the pronoun's kind: "he" is no group). It, or a quote without any
speaker, takes the speaker of the previous quote in the same or the preceding paragraph, or the
last actor of the pronoun's kind mentioned before outside quotes and reported statements (a
person for "il", "she" or a quote without a cue, in the same or preceding paragraph for the
latter), whichever came last: "Kouleba a accusé Moscou … Il a estimé que" is Kouleba's even
after a quote of Zelensky's. Of the mentions of one sentence, its subject comes first ("Vance,
accompanied by Chris Wright, used the stop … he told"); "ce dernier" is the person named last.
A person pronoun may stand for an official ("a ministry spokeswoman said. “…,” she told"),
and, where pronouns have a grammatical gender, for an institution last mentioned as a main
clause's subject ("le gouvernement malien a livré … il affirme"). A document ("the statement
said") speaks for the author its words name, else for the speaker of the statement before it
in its paragraph.
An unnamed official of a possessor ("his spokesman said") speaks for the subject of the
statement when of the possessive's kind, else for whom a pronoun of that kind would.

Words that describe the speaker without naming an actor ("the agency", "the interior
ministry", "un diplomate européen") name the last actor mentioned before with a mention holding
their head word ("the UN food agency"), else, for an institution or an official
(``state_nouns``), the state their statement has for subject, or the last state mentioned
before: unnamed officials and ministries fold into their state, and so does a government named
after its leader ("President Yoon Suk Yeol's government said"), or by a possessive that stands
for its leader ("In March his government announced"). So do seats of government
(``government_seats``: "the White House said") and unnamed officials of a government body ("a
State Department spokesperson"). Otherwise a direct quote's speaker is unknown (None), and so
is a reported statement's when a name, a title or an institution says it; one that nobody is
known to have said, or that a bystander says (``bystanders``: "…, residents said"), is dropped:
it is not a statement of the article's actors. An unnamed source ("selon une source
diplomatique", "diplomats said") speaks as :mod:`.anonymous` says, or for nobody.
"""

from __future__ import annotations

from ..article import Actor, Article, Quote
from .anonymous import anonymous, anonymous_speaker
from .answers import answer_label, interview_guest
from .antecedent import Said, fallback, named_gender, own_speaker, previous, speaker_pronoun
from .cataphora import named_after
from .described import (
    described,
    indefinite,
    is_document,
    is_name,
    named_before_comma,
    set_off,
    set_off_alone,
    surnamed,
)
from .epithets import epithet_holder
from .framed import framed_subjects
from .holders import title_holder_before
from .layout import Found, Layout, Speaker
from .mentions import DEPTH, Mentions, free, of_kind
from .officials import named_speaker, official, state_of
from .possessed import owner_of, possessed_body, possessed_government, possessor_kind
from .press import press_source
from .titled import former_holder, title_antecedent


def resolve(article: Article, layout: Layout, found: list[Found]) -> list[Quote]:
    """The quotes of ``found`` with their speakers as actor ids, in text order."""
    mentions = Mentions(article, found, framed_subjects(layout, found))
    said: list[Said] = []  # the quotes so far
    quotes: list[Quote] = []
    for item in sorted(found, key=lambda f: (f.start, -f.end)):
        paragraph = layout.paragraph(item.start)
        actor = _speaker(article, layout, mentions, item, paragraph, said)
        if actor is None and item.direct:
            actor = named_after(layout, mentions, item)
        if actor is None and not item.direct and not _keeps(layout, item.speaker):
            continue
        cue = article.text[item.cue[0] : item.cue[1]].strip() if item.cue else None
        quotes.append(
            Quote(
                text=article.text[item.start : item.end],
                start=item.start,
                end=item.end,
                speaker=actor.id if actor else None,
                direct=item.direct,
                cue=cue or None,
            )
        )
        if actor is not None:
            position = item.speaker.start if item.speaker else item.start
            personal = actor.kind == "person" or official(layout, item.speaker)
            words = (item.start, item.end) if item.direct else None
            gender = named_gender(layout, item.speaker, actor)
            said.append(Said(paragraph, position, actor, personal, words, gender))
    return quotes


def _speaker(
    article: Article,
    layout: Layout,
    mentions: Mentions,
    item: Found,
    paragraph: int,
    said: list[Said],
) -> Actor | None:
    """The actor who says ``item``. A pronoun is resolved here, as the module's doc says; the
    actors stage's reading of it is kept only when this finds nobody and it agrees with the
    pronoun ("he" is no group)."""
    if not item.direct and press_source(layout, item.speaker):
        return None
    named = speaker_actor(layout, mentions, item.speaker) if item.speaker else None
    relayed = _relayed_by(layout, mentions, item, named)
    if relayed is not None:
        return relayed
    if named is None and item.direct and answer_label(layout, item.speaker):
        return interview_guest(layout, mentions, item)
    kind = speaker_pronoun(layout, item.speaker)
    if named is None and not item.direct and anonymous(layout, item.speaker):
        return anonymous_speaker(layout, mentions, item, previous(said, paragraph))
    if kind is not None:
        return _pronoun_speaker(layout, mentions, item, paragraph, said, kind, named)
    if item.speaker is not None:
        named = first_conjunct(layout, mentions, item.speaker) or named
    if named is not None:
        owner = possessed_body(layout, mentions, item, paragraph, said, named)
        if owner is not None:
            return owner
        actor = named_speaker(article, layout, mentions, named, item.speaker)
        return _title_holder(layout, mentions, item.speaker, actor) or actor
    return _unnamed_speaker(article, layout, mentions, item, paragraph, said)


def _pronoun_speaker(
    layout: Layout,
    mentions: Mentions,
    item: Found,
    paragraph: int,
    said: list[Said],
    kind: str,
    named: Actor | None,
) -> Actor | None:
    """The actor a pronoun speaker stands for, given its kind and the actors stage's reading.

    In a language with grammatical gender, "elle" may be an institution ("la Commission …
    Elle a indiqué"); otherwise the pronoun's antecedent, or the stage's reading when it agrees
    with the pronoun and is not the speaker's own earlier quote's speaker.
    """
    if kind == "person" and item.speaker is not None and layout.lexicon.grammatical_gender:
        thing = _gendered_institution(layout, mentions, item.speaker, paragraph, said)
        if thing is not None:
            return thing
    actor = fallback(layout, mentions, item, paragraph, said)
    if actor is not None or named is None or not of_kind(named, kind):
        return actor
    own = own_speaker(said, item.speaker.start) if item.speaker else None
    return None if own is not None and own.id == named.id else named


def _gendered_institution(
    layout: Layout, mentions: Mentions, speaker: Speaker, paragraph: int, said: list[Said]
) -> Actor | None:
    """The institution a gendered person pronoun may stand for ("La Commission … Elle a dit")."""
    pronoun = layout.doc[speaker.head].morph.get("Gender")
    gender = pronoun[0] if pronoun else None
    thing = mentions.institution_subject(speaker.start, layout, paragraph, gender)
    return thing or _institution_said(layout, mentions, speaker, paragraph, said)


def _unnamed_speaker(
    article: Article,
    layout: Layout,
    mentions: Mentions,
    item: Found,
    paragraph: int,
    said: list[Said],
) -> Actor | None:
    """The speaker when no actor is named: a government by its owner ("son gouvernement"), an
    owner's subject ("his office"), a document's issuer ("the statement"), the antecedent, a
    surname or a description ("the Kremlin spokesman")."""
    if possessed_government(layout, item.speaker) is not None:
        leader = fallback(layout, mentions, item, paragraph, said, "person")
        return state_of(article, leader) if leader is not None else None
    owner = possessor_kind(layout, item.speaker)
    if owner is not None:
        return owner_of(layout, mentions, item, paragraph, said, owner)
    if _document(layout, item.speaker):
        return (
            _issuer(layout, mentions, item.speaker)
            or previous(said, paragraph)
            or _subject_issuer(layout, mentions, item, paragraph)
        )
    actor = fallback(layout, mentions, item, paragraph, said)
    if actor is None and item.speaker is not None:
        actor = (
            surnamed(article, layout, item.speaker)
            or former_holder(layout, mentions, item.speaker)
            or title_holder_before(layout, mentions, item.speaker)
            or epithet_holder(layout, mentions, item.speaker)
            or described(layout, mentions, item)
            or title_antecedent(layout, mentions, item.speaker)
        )
    return actor


def _subject_issuer(
    layout: Layout, mentions: Mentions, item: Found, paragraph: int
) -> Actor | None:
    """The issuer of a document its words do not name, when no statement before it in its
    paragraph has a speaker: the institution or state that heads the subject of the last
    clause before it, in its paragraph or the one before ("The Zembian foreign ministry
    issued a statement on Tuesday. / “…,” the statement read": Zembia)."""
    position = min(item.start, item.speaker.start) if item.speaker else item.start
    return mentions.institution_subject(position, layout, max(paragraph - 1, 0))


def _title_holder(
    layout: Layout, mentions: Mentions, speaker: Speaker | None, actor: Actor | None
) -> Actor | None:
    """The person a title of an institution stands for when that person was just named
    ("Ursula von der Leyen a signé. « … », a dit la présidente de la Commission": von der
    Leyen, not the Commission), of the institution's country when it has one."""
    if speaker is None or actor is None or actor.kind == "person":
        return None
    return title_antecedent(layout, mentions, speaker, actor)


def _relayed_by(
    layout: Layout, mentions: Mentions, item: Found, named: Actor | None
) -> Actor | None:
    """Who speaks in a direct quote a news medium relays: a medium (``media_nouns``) naming no
    political actor, or one of the press, is no speaker when the clause holding the quote has
    a subject of its own ("Téhéran a convoqué les ambassadeurs pour dénoncer leur « position
    irresponsable », a rapporté l'agence officielle Irna": Iran); that subject is."""
    speaker = item.speaker
    if not item.direct or speaker is None or (named is not None and named.sector != "MED"):
        return None
    head = layout.doc[speaker.head]
    if not ({head.lemma_.lower(), head.lower_} & layout.lexicon.media_nouns):
        return None
    start, _ = layout.sentence(item.start)
    subject = mentions.subject_within(start, min(item.start, speaker.start), layout, None)
    return subject if subject is not None and subject.sector != "MED" else None


def _institution_said(
    layout: Layout, mentions: Mentions, speaker: Speaker, paragraph: int, said: list[Said]
) -> Actor | None:
    """What a person pronoun with a grammatical gender stands for when its paragraph names no
    person before it and the statement before it there is an institution's or a state's: that
    speaker, whom the pronoun takes up ("le ministère des Affaires étrangères a dénoncé des
    « allégations fallacieuses ». Les données radar « attestent de la violation », a-t-il
    assuré": the ministry's state, not a person of an earlier paragraph)."""
    last = said[-1] if said else None
    if last is None or last.paragraph != paragraph or last.personal:
        return None
    if mentions.last_before(speaker.start, "person", layout, paragraph) is not None:
        return None
    return last.actor


def first_conjunct(layout: Layout, mentions: Mentions, speaker: Speaker) -> Actor | None:
    """The actor named first of coordinated subjects whose last the speaker's words are ("the
    US Department of Defense and Niger's defence ministry said", "Paris, Berlin et Londres
    ont appelé"): a joint statement is credited to the first named. The conjuncts are
    mentions of actors joined by commas and a conjunction, with no verb before them in their
    sentence (not "Moscow warned Kyiv and Zelensky said")."""
    doc, text = layout.doc, layout.text
    tokens = [i for i in layout.tokens(speaker.start, speaker.end) if not doc[i].is_space]
    if not tokens:
        return None
    conjunction = doc[tokens[0]] if doc[tokens[0]].pos_ == "CCONJ" else None
    if conjunction is None and tokens[0] > 0 and doc[tokens[0] - 1].pos_ == "CCONJ":
        conjunction = doc[tokens[0] - 1]
    if conjunction is None:
        return None
    first = None
    end = len(text[: conjunction.idx].rstrip())
    while (found := mentions.ending_at(end)) is not None:
        first = found
        before = text[: found[0].start].rstrip()
        if not before.endswith(","):
            break
        end = len(before[:-1].rstrip())
    if first is None:
        return None
    start, _ = layout.sentence(first[0].start)
    ahead = layout.tokens(start, first[0].start)
    if any(doc[i].pos_ in ("VERB", "AUX") and not layout.in_quote(i) for i in ahead):
        return None
    return first[1]


def _document(layout: Layout, speaker: Speaker | None) -> bool:
    """Whether the speaker's words are a document with no name of its own, already issued
    ("the statement", "le texte"), which speaks for whoever issued it."""
    if speaker is None:
        return False
    head = layout.doc[speaker.head]
    if is_name(head) or indefinite(layout, head):
        return False  # "in a joint statement that accused …": a new one
    return is_document(layout, head)


def _issuer(layout: Layout, mentions: Mentions, speaker: Speaker | None) -> Actor | None:
    """The actor a document's own words name as its author ("le texte publié par le ministère
    azerbaïdjanais de la Défense")."""
    if speaker is None:
        return None
    head = layout.doc[speaker.head]
    end = layout.token_end(head.right_edge.i)
    if end <= speaker.end or any(layout.in_quote(i) for i in layout.tokens(speaker.end, end)):
        return None
    found = mentions.overlapping(speaker.end, end)
    return found[0] if found else None


def speaker_actor(layout: Layout, mentions: Mentions, speaker: Speaker) -> Actor | None:
    """The actor the speaker's words name, closest to their head first; a name set off after
    a comma at their end first of all (:func:`.described.set_off_alone`), unless a person
    is named before the comma ("Anna Rhodes, Human Rights Watch")."""
    candidates = mentions.overlapping(speaker.start, speaker.end)
    if len(candidates) < 2:
        return candidates[0] if candidates else None
    comma = layout.text.rfind(",", speaker.start, speaker.end)
    person_before = any(
        m.end <= comma
        for actor in candidates
        if actor.kind == "person"
        for m in mentions.mentions_of(actor, speaker.start, speaker.end)
    )
    ranked = []
    for order, actor in enumerate(candidates):
        inside = mentions.mentions_of(actor, speaker.start, speaker.end)
        depth = min(_depth(layout, m.start, m.end, speaker.head) for m in inside)
        if any(set_off_alone(layout, speaker, m) for m in inside) and not (
            person_before and named_before_comma(layout, speaker)
        ):
            depth = -1  # "the UN force in the south, Unifil": the force, not "The UN"
        elif actor.kind == "person" and any(set_off(layout, speaker, m) for m in inside):
            depth = 0
        ranked.append((depth, _RANKS.get(actor.kind, 1), order, actor))
    return min(ranked, key=lambda entry: entry[:3])[3]


#: Of actors as close to the head of the speaker's words, a person first, then a body, then a
#: state: "le Bureau des affaires de Taïwan du gouvernement chinois" is the office, a named body
#: of the state, not the state its words hold.
_RANKS = {"person": 0, "country": 2}


def _depth(layout: Layout, start: int, end: int, head: int) -> int:
    """How far the mention's words are from the token ``head`` in the parse: steps up, those
    through a name or an apposition free ("le porte-parole de l'armée, le général Sylvain
    Ekenge": Ekenge 0, l'armée 1). A name the parser left out of the phrase is an apposition
    too ("la porte-parole de la diplomatie russe, Maria Zakharova")."""
    best = DEPTH + 1
    for i in layout.tokens(start, end):
        token = layout.doc[i]
        cost = 0
        for _ in range(DEPTH + 1):
            if token.i == head:
                best = min(best, cost)
                break
            if token.head.i == token.i:
                if layout.doc[i].pos_ == "PROPN":
                    best = min(best, 0)
                break
            cost += not free(token)
            token = token.head
    return best


def _keeps(layout: Layout, speaker: Speaker | None) -> bool:
    """Whether a statement whose speaker names no actor is kept, its speaker unknown: when a
    name, a title or an institution says it, not a witness or a resident, nor several unnamed
    ones ("selon des sources locales", "les trois pays européens"), who are no one actor."""
    if speaker is None:
        return False
    head = layout.doc[speaker.head]
    lexicon = layout.lexicon
    if lexicon.pronoun_kind(head.text) is not None or anonymous(layout, speaker):
        return False
    if press_source(layout, speaker):
        return False
    if head.pos_ == "NOUN" and "Plur" in head.morph.get("Number"):
        return False
    if head.lemma_.lower() in lexicon.bystanders or head.lower_ in lexicon.bystanders:
        return False
    return bool(layout.speaker_like(head))
