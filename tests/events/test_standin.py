"""A place's country standing in as the target of an act (:mod:`newsgraph.events.standin`)."""

from __future__ import annotations

import datetime as dt

import pytest

from newsgraph.article import Event, Span
from newsgraph.events import Coder
from newsgraph.events.participants import ActorIndex
from newsgraph.events.standin import StandIns, kept_stand_ins, own_name, stand_in, stand_ins
from newsgraph.nlp import load_model
from newsgraph.options import DEFAULT_MODELS
from newsgraph.textutil import nlp_view

from .helpers import described, make_article


def test_own_name_is_the_knowledge_base_s_name_match() -> None:
    assert own_name("Pakistan", "en") and own_name("Liban", "fr")
    assert not own_name("Islamabad", "en") and not own_name("Kiev", "fr")


@pytest.mark.parametrize("code", ["fr", "en"])
def test_the_lexicon_lists_visits_aid_and_acts_aimed_at_a_side(code: str) -> None:
    rules = stand_ins(code)
    assert rules.allows("CONSULT", "Islamabad") and not rules.allows("CONSULT", "Pakistan")
    assert rules.allows("AID", "Kyiv") and rules.allows("AID", "Lebanon")
    assert rules.allows("COERCE", "Gaza") and rules.allows("REQUEST", "Washington")
    assert not rules.allows("ASSAULT", "Kharkiv")
    assert not rules.allows("PROTEST", "Paris")


@pytest.mark.parametrize(
    ("code", "venue"), [("fr", "Genève"), ("en", "Geneva"), ("en", "New York")]
)
def test_a_venue_of_international_bodies_stands_in_for_no_state(code: str, venue: str) -> None:
    assert not stand_ins(code).allows("CONSULT", venue)


def test_own_names_are_only_taken_by_the_types_listed() -> None:
    rules = StandIns("en", frozenset({"ASSAULT", "AID"}), frozenset({"AID"}))
    assert rules.allows("ASSAULT", "Kharkiv") and not rules.allows("ASSAULT", "Ukraine")
    assert rules.allows("AID", "Ukraine")


def test_a_preposition_only_a_country_takes_lets_its_own_name_stand_in() -> None:
    rules = stand_ins("fr")
    assert rules.allows("CONSULT", "Russie", "en") and rules.allows("CONSULT", "Japon", "au")
    assert rules.allows("CONSULT", "États-Unis", "aux")
    assert not rules.allows("CONSULT", "Grenade", "à") and not rules.allows("CONSULT", "Russie")
    assert not rules.allows("ASSAULT", "Ukraine", "en")  # attacks are still not listed
    assert not stand_ins("en").allows("CONSULT", "Pakistan", "in")


def _aid(target: list[str]) -> Event:
    return Event("AID", ["DEU"], target, "asserted", Span(0, 3, "aid"))


def test_a_pending_actor_is_built_as_a_country_and_kept_only_when_used() -> None:
    article = make_article("Germany sent aid to Kyiv.", "en", names=["Germany"])
    index = ActorIndex(article)
    index.adopted = []
    actor = stand_in(index, "UKR", (20, 24, "Kyiv"))
    assert actor is not None and index.pending("UKR") is actor
    assert index.of_country("UKR") is None  # no act of an unlisted type reaches it
    assert stand_in(index, "UKR", (20, 24, "Kyiv")) is actor  # adopted once
    assert (actor.kind, actor.sector, actor.wikidata) == ("country", "GOV", "Q212")
    assert [m.text for m in actor.mentions] == ["Kyiv"]
    assert kept_stand_ins(index, [_aid([])]) == []
    assert kept_stand_ins(index, [_aid(["UKR"])]) == [actor]


def test_no_stand_in_where_the_index_takes_none() -> None:
    index = ActorIndex(make_article("Germany sent aid to Kyiv.", "en", names=["Germany"]))
    assert stand_in(index, "UKR", (20, 24, "Kyiv")) is None


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "lang", "name", "expected"),
    [
        ("Le ministre russe s'est rendu jeudi à Islamabad.", "fr", "Russia", "CONSULT RUS PAK"),
        ("Le ministre russe s'est rendu jeudi au Pakistan.", "fr", "Russia", "CONSULT RUS PAK"),
        ("Le ministre russe est en visite en Inde.", "fr", "Russia", "CONSULT RUS IND"),
        ("La France a rappelé son ambassadeur en Algérie.", "fr", "France", "SANCTION FRA DZA"),
        ("France recalled its ambassador from Algiers.", "en", "France", "SANCTION FRA DZA"),
        (
            "The Russian foreign minister visited Islamabad on Thursday.",
            "en",
            "Russia",
            "CONSULT RUS PAK",
        ),
        (
            "Washington pourrait accorder une aide financière au Liban.",
            "fr",
            "United States",
            "AID USA LBN",
        ),
        ("Washington will send financial aid to Lebanon.", "en", "United States", "AID USA LBN"),
        ("L'Allemagne va envoyer une aide militaire à Kiev.", "fr", "Germany", "AID DEU UKR"),
        ("Germany will send military aid to Kyiv.", "en", "Germany", "AID DEU UKR"),
        ("Israël impose depuis mars un blocus total à Gaza.", "fr", "Israel", "COERCE ISR PSE"),
        ("Israel imposed a total blockade on Gaza in March.", "en", "Israel", "COERCE ISR PSE"),
        (
            "La France a réaffirmé son appui à la mission en Haïti.",
            "fr",
            "France",
            "SUPPORT FRA HTI",
        ),
        ("China warned Manila on Monday.", "en", "China", "THREATEN CHN PHL"),
        ("Kiev a demandé à Washington davantage de missiles.", "fr", "Ukraine", "REQUEST UKR USA"),
        ("Kyiv asked Washington for more missiles.", "en", "Ukraine", "REQUEST UKR USA"),
    ],
)
def test_a_place_s_country_stands_in_as_the_target(
    coders: dict[str, Coder], text: str, lang: str, name: str, expected: str
) -> None:
    kind, source, target = expected.split()
    article = make_article(text, lang, names=[name])
    found = [described(article, e)[:3] for e in coders[lang].code_article(article)]
    assert (kind, frozenset({source}), frozenset({target})) in found, found
    added = [a for a in article.actors if a.id == target]
    assert len(added) == 1 and added[0].sector == "GOV", article.actors


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Le ministre russe a rencontré son homologue à Grenade.", "fr"),  # Granada, a city
        ("The Russian foreign minister visited Pakistan on Thursday.", "en"),
        ("La Russie a bombardé Kharkiv lundi.", "fr"),  # attacks are not listed
        ("Russia shelled Kharkiv on Monday.", "en"),
        ("Une aide sera envoyée à Kiev.", "fr"),  # no source: no event kept, no actor
        ("Aid will be sent to Kyiv.", "en"),
        ("Le ministre russe s'est rendu à Genève pour des pourparlers.", "fr"),  # a venue
        ("The Russian foreign minister travelled to Geneva for talks.", "en"),
    ],
)
def test_no_country_is_added_without_a_kept_event_of_a_listed_type(
    coders: dict[str, Coder], text: str, lang: str
) -> None:
    article = make_article(text, lang, names=["Russia"])
    before = [a.id for a in article.actors]
    coders[lang].code_article(article)
    assert [a.id for a in article.actors] == before


@pytest.mark.model
def test_the_headline_takes_no_stand_in(coders: dict[str, Coder]) -> None:
    """The headline is coded from its own view of the article: a stand-in there would be an
    actor id the article does not have."""
    title = "La Russie accorde une aide financière au Liban"
    article = make_article("La Russie a parlé lundi.", "fr", dt.date(2024, 6, 20), ["Russia"])
    article.title = title
    article.title_doc = load_model(DEFAULT_MODELS["fr"])(nlp_view(title))
    events = coders["fr"].code_article(article)
    ids = {a.id for a in article.actors}
    assert ids == {"Russia"}
    assert all(set(e.source) | set(e.target) <= ids for e in events), events


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Le ministre russe s'est rendu à Islamabad lundi."
            " Mardi, l'armée russe a bombardé Lahore.",
            "fr",
        ),
        (
            "The Russian foreign minister visited Islamabad on Monday."
            " On Tuesday, the Russian army shelled Lahore.",
            "en",
        ),
    ],
)
def test_a_stand_in_reaches_no_act_of_an_unlisted_type(
    coders: dict[str, Coder], text: str, lang: str
) -> None:
    article = make_article(text, lang, names=["Russia"])
    found = [described(article, e)[:3] for e in coders[lang].code_article(article)]
    assert ("CONSULT", frozenset({"RUS"}), frozenset({"PAK"})) in found, found
    assert all(kind == "CONSULT" or "PAK" not in target for kind, _, target in found), found


@pytest.mark.model
def test_sentences_coded_alone_take_no_stand_in(coders: dict[str, Coder]) -> None:
    """A public dataset's sentence is coded without stand-ins: its only actors are the two
    it gives (:class:`newsgraph.events.typer.Typer`)."""
    article = make_article(
        "Le ministre russe s'est rendu jeudi à Islamabad.", "fr", names=["Russia"]
    )
    targets = {
        t for coded in coders["fr"].sentences(article) for e in coded.events() for t in e.target
    }
    assert "PAK" not in targets and [a.id for a in article.actors] == ["Russia"]
