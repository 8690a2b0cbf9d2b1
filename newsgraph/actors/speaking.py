"""Organisations that speak: a name the entity model has for an organisation, which neither the
knowledge base nor the institution words know, is an actor when the article gives it words.

News writing names its sources; an organisation it quotes or cites is a party to the story
whatever it is: "Grid operator Voltana said repairs could take weeks", « selon le Centre
national de veille des frontières, une vingtaine de ballons… », "the Harbour Pilots Association
said it would strike". The name speaks when the parser makes it (its last word in English, its
first in French: whichever word the rest hangs on) the subject of a reporting verb, or when an
attribution phrase (``according_to``: "according to", « selon », « d'après ») stands right before
it, an article aside. A company that speaks is an actor too ("Petrova Energy said", "Kelly
Services said": GOLD.md lists companies as actors when they speak); a name holding a word
``bodies.excluded`` lists (media, schools, clubs, company forms such as "Group" or "Inc": "the
Daily Courier", « le Journal du Sahel ») is none, nor
a lone word with no institution head word and no country in it ("Boston said", « Le Monde a
rapporté », « selon Libération »: a place or a title far more often than a body), nor one
already taken by another actor, a lone head word (« le Conseil a estimé »: a short form of a
longer name), a name glossed in brackets by a known one (« la Communauté économique des États de
l'Afrique de l'Ouest (Cédéao) ») or a usual name of a ministry (``ministries``: "the Treasury
said", which speaks for its state). The name's own noun must speak: « un employé de Transports
Kervel a raconté » gives the firm no words.

The country is the one named inside or next to the name, never the dateline's ("WASHINGTON —
Harbour Pilots Kervel said" is of no known country); a body of no known country
(:func:`unplaced`) speaks, but the events stage takes it for no side of an event, as an event's
sides are coded by their country.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from spacy.tokens import Doc, Span, Token

from ..article import Actor, Article
from ..article import Span as Mention
from ..quotes.lexicon import load as load_quotes
from ..textutil import nlp_view
from .bodies import Body, BodyFinder
from .index import LanguageCues
from .spans import overlaps

#: Labels of a subject.
_SUBJECTS = frozenset({"nsubj"})
#: Labels of a name hung on the common noun it names ("l'association Terre Solidaire"); not
#: ``nmod``: « un employé de Transports Kervel a raconté » is the employee's word, not the firm's.
_NAMING = frozenset({"appos", "flat", "flat:name", "compound"})
#: A short form in brackets right after a name.
_BRACKETED = re.compile(r"\s*\(([^()]{1,30})\)")
#: How the id of a speaking body of no known country begins (:class:`.bodies.Body` ``id``).
UNPLACED = "org::"
#: How far before a name an attribution phrase is looked for, in characters.
_REACH = 40


def attribution_before(phrases: Iterable[str], articles: Iterable[str]) -> re.Pattern[str]:
    """A pattern matching an attribution phrase, an optional article and an optional owner
    in the English possessive that end the text it is searched in ("… selon l'", "… according
    to the ", "… according to Norland's "); an elided article ("l", as the language data
    writes it) takes its apostrophe."""
    said = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
    arts = "|".join(re.escape(a) for a in sorted(articles, key=len, reverse=True))
    article = rf"(?:(?:{arts})(?:(?<=['’])|['’]|\s+))?" if arts else ""
    owner = r"(?:[^\W\d_]+['’]s\s+)?"
    return re.compile(rf"(?<!\w)(?:{said})(?:(?<=['’])|\s+){article}{owner}$", re.IGNORECASE)


def speaking_names(
    doc: Doc,
    spans: Iterable[tuple[int, int]],
    verbs: frozenset[str],
    attribution: re.Pattern[str],
) -> list[tuple[int, int]]:
    """The ``spans`` (organisation names) that speak: the subject of a reporting verb of
    ``verbs`` (lemmas), or the source an ``attribution`` phrase right before them names."""
    text = nlp_view(doc.text)
    found = []
    for start, end in spans:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        before = text[max(0, start - _REACH) : start]
        if attribution.search(before.lower()) or _subject_of_saying(span, verbs):
            found.append((start, end))
    return found


def _subject_of_saying(span: Span, verbs: frozenset[str]) -> bool:
    """Whether the word the name hangs on is the subject of a reporting verb, itself or
    through the noun it names ("L'association Terre Solidaire a dénoncé …", "the rights group
    Open Doors said …")."""
    root: Token = span.root
    if _names_its_head(root):
        root = root.head
    return root.dep_ in _SUBJECTS and root.head.lemma_.lower() in verbs


def _names_its_head(root: Token) -> bool:
    """Whether the name's word names the common noun it hangs on: by apposition or compound,
    or as a complement with no preposition (« l'association Terre d'Accueil »), not « un
    employé de Transports Kervel »."""
    if root.head.pos_ != "NOUN":
        return False
    if root.dep_ == "nmod":
        return not any(child.dep_ == "case" for child in root.children)
    return root.dep_ in _NAMING


def speaking_bodies(
    article: Article,
    finder: BodyFinder,
    taken: list[tuple[int, int]],
    articles: frozenset[str],
    ministries: frozenset[str],
    states: Sequence[tuple[int, int]] = (),
) -> list[Body]:
    """The bodies of the article's organisation names that overlap no ``taken`` span and speak;
    a ministry's (sector ``STATE``) only with its country. A name holding a word of a ministry's
    name (``ministries``, as written: "the Department of Foreign Affairs said") is none: a
    ministry speaks for its state. A state's name or adjective (``states``) may stand inside a
    longer name, whose country it gives (« l'Observatoire malien des droits humains », "the
    Kenya Human Rights Commission"), not across its edge or alone. A name the entity model gave
    another label (a person's, a product's) is one too when a capitalised institution head word
    heads it (:meth:`.BodyFinder.headed`: "Coordination Headquarters"), a person's only when it
    cannot be a person's name (:meth:`.BodyFinder.person_like`: "Helen Court said" is a
    woman's word), and a name it cut before its complement is made whole first
    (:meth:`.BodyFinder.completed`)."""
    if article.doc is None or article.language is None:
        return []
    lexicon = load_quotes(article.language)
    headed = {
        (e.start, e.end)
        for e in article.entities
        if e.label != "ORG"
        and finder.headed(e.start, e.end)
        and not (e.label == "PERSON" and finder.person_like(e.start, e.end))
    }
    orgs = [(e.start, e.end) for e in article.entities if e.label == "ORG"]
    orgs = [finder.completed(*span) for span in [*orgs, *sorted(headed)]]
    taken = [span for span in taken if span not in headed]  # no person's: a body's head word
    orgs = [span for span in orgs if not overlaps(*span, taken)]
    orgs = [span for span in orgs if not _state_only(article.text, *span, states, articles)]
    orgs = [span for span in orgs if not _glossed(article.text, *span, taken)]
    attribution = attribution_before(lexicon.according_to, articles)
    ministry = _any_word(ministries)
    found = []
    for start, end in speaking_names(article.doc, orgs, lexicon.verbs, attribution):
        body = finder.speaking(start, end)
        if body is None or (ministry is not None and ministry.search(body.name)):
            continue
        if body.sector != "STATE" or body.country:
            found.append(body)
    return found


def speaking_actors(
    article: Article,
    finder: BodyFinder,
    taken: list[tuple[int, int]],
    cues: LanguageCues,
    others: dict[str, Actor],
    states: Sequence[tuple[int, int]] = (),
) -> list[Body]:
    """The bodies that speak (:func:`speaking_bodies`); each but a ministry's (sector ``STATE``,
    left to the caller to fold into its state) joins ``others`` as an organisation with its
    mention: "Petrova Energy said …" adds ``org::petrova_energy``, of no country or sector."""
    found = speaking_bodies(article, finder, taken, cues.articles, cues.ministries, states)
    for body in found:
        if body.sector == "STATE":
            continue
        country, sector = body.country or None, body.sector or None
        actor = Actor(body.id, body.name, "organization", country, sector)
        actor = others.setdefault(body.id, actor)
        actor.mentions.append(Mention(body.start, body.end, article.text[body.start : body.end]))
    return found


def _state_only(
    text: str, start: int, end: int, states: Sequence[tuple[int, int]], articles: frozenset[str]
) -> bool:
    """Whether a state's name or adjective (``states``) crosses the name's edge, or is all of
    it but articles ("la France", "Washington"): the name is then the state's, no body's."""
    for s, e in states:
        if e <= start or end <= s:
            continue
        if s < start or end < e:
            return True
        rest = f"{text[start:s]} {text[e:end]}".lower().replace("\u2019", "'")
        words = [w for w in re.findall(r"\w+", rest) if w not in articles]
        if not words:
            return True
    return False


def _any_word(words: frozenset[str]) -> re.Pattern[str] | None:
    """One pattern finding any of ``words`` as whole words, as written; ``None`` for none."""
    if not words:
        return None
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"\b(?:{alternatives})\b")


def unplaced(actor: Actor) -> bool:
    """Whether ``actor`` is a speaking body of no known country (:func:`speaking_bodies`): a
    party no event can be coded for, as its country is what an event's side is."""
    return actor.id.startswith(UNPLACED)


def _glossed(text: str, start: int, end: int, taken: Sequence[tuple[int, int]]) -> bool:
    """Whether the name and a ``taken`` one are the same body, one glossing the other in
    brackets: « la Communauté économique des États de l'Afrique de l'Ouest (Cédéao) »,
    "Inter-Services Public Relations (ISPR)", "the Pacific Fisheries Agency (FFA)"."""
    after = _BRACKETED.match(text, end)
    if after is not None and overlaps(after.start(1), after.end(1), taken):
        return True
    before = text[:start].rstrip()
    if before.endswith("("):
        stop = len(before[:-1].rstrip())
        return any(s < stop <= e for s, e in taken)
    return False
