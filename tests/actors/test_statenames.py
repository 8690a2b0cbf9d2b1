"""Which names of countries and organisations are mentions of actors (model-backed)."""

from __future__ import annotations

import pytest

from newsgraph import Article, Options, Pipeline

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.from_options(Options())


def mentions(pipeline: Pipeline, text: str) -> dict[str, list[str]]:
    article = pipeline(Article(raw=text))
    return {a.id: [m.text for m in a.mentions] for a in article.actors if a.kind != "person"}


def test_a_capital_after_a_locative_is_a_place(pipeline: Pipeline) -> None:
    found = mentions(pipeline, "Le ministre s'est rendu à Moscou. Moscou a dénoncé la visite.")
    assert found["RUS"] == ["Moscou"]  # the second one only: the first is where he went


@pytest.mark.parametrize(
    ("text", "state", "actor"),
    [
        ("Pékin a nié avoir fourni des drones à la Russie.", "RUS", True),
        ("Les États-Unis ont livré des missiles à l'Ukraine mercredi.", "UKR", True),
        ("Le Japon a présenté ses excuses à la Corée du Sud.", "KOR", True),
        ("Le ministre a passé trois jours en Russie.", "RUS", False),
    ],
)
def test_a_state_after_a_and_an_article_is_a_recipient(
    pipeline: Pipeline, text: str, state: str, actor: bool
) -> None:
    """« à la Russie » names whom an act goes to; the place would be « en Russie »."""
    assert (state in mentions(pipeline, text)) is actor


def test_a_national_body_named_with_its_adjective_mentions_its_state(pipeline: Pipeline) -> None:
    found = mentions(pipeline, "The Russian military said its drones hit the port.")
    assert "Russian" in found["RUS"]


def test_an_adjective_before_a_name_is_part_of_a_title(pipeline: Pipeline) -> None:
    found = mentions(pipeline, "Le président brésilien Lula a reçu son homologue à Brasilia.")
    assert "BRA" not in found or "brésilien" not in found["BRA"]


@pytest.mark.parametrize(
    ("text", "state", "actor"),
    [
        ("Iran fired missiles at Israel on Saturday night, officials said.", "ISR", True),
        ("The talks were held in Oman on Saturday, officials said.", "OMN", False),
    ],
)
def test_a_state_named_after_a_direction_is_a_party(
    pipeline: Pipeline, text: str, state: str, actor: bool
) -> None:
    assert (state in mentions(pipeline, text)) is actor


@pytest.mark.parametrize(
    ("text", "state", "actor"),
    [
        ("The Barbados-flagged bulk carrier was struck by a missile on Wednesday.", "BRB", False),
        ("The Liberian-owned bulk carrier was struck by a missile on Wednesday.", "LBR", False),
        ("The Barbados-flagged, Liberian-owned carrier was struck on Wednesday.", "LBR", False),
        ("Israel operated in Gaza on Wednesday, the army said.", "ISR", True),
        ("The state-owned Egyptian newspaper reported the talks on Wednesday.", "EGY", True),
        ("Un cargo battant pavillon portugais a été saisi mercredi.", "PRT", False),
        ("Le gouvernement portugais a protesté mercredi.", "PRT", True),
    ],
)
def test_a_ship_s_flag_or_owner_is_no_actor(
    pipeline: Pipeline, text: str, state: str, actor: bool
) -> None:
    assert (state in mentions(pipeline, text)) is actor


def test_a_flag_state_the_article_names_as_an_actor_keeps_the_flag_mention(
    pipeline: Pipeline,
) -> None:
    found = mentions(pipeline, "La Russie a protesté. Un cargo battant pavillon russe a été saisi.")
    assert found["RUS"] == ["Russie", "russe"]  # the cargo's flag: a party to the seizure
    found = mentions(pipeline, "Russia protested. A Russian-flagged tanker was seized.")
    assert found["RUS"] == ["Russia", "Russian"]


@pytest.mark.parametrize(
    ("text", "state", "actor"),
    [
        ("En juillet, au sommet de Vilnius, la Turquie s'était engagée.", "LTU", False),
        ("Le différend remonte à la sentence arbitrale de Paris, rendue en 1899.", "FRA", False),
        ("Les rebelles ont signé l'accord de paix d'Alger en 2015.", "DZA", False),
        ("Les autorités de Bamako ont expulsé l'ambassadeur.", "MLI", True),
        ("The ship was struck in the Gulf of Aden on Wednesday.", "YEM", False),
        ("Parliament ratified the Rome Statute last year.", "ITA", False),
        ("Rome rejected the request on Wednesday.", "ITA", True),
    ],
)
def test_a_city_that_names_a_meeting_a_treaty_or_waters_is_a_place(
    pipeline: Pipeline, text: str, state: str, actor: bool
) -> None:
    assert (state in mentions(pipeline, text)) is actor


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Le Kremlin a démenti tout transfert d'armes vers Pyongyang.", "PRK"),
        ("Minsk said it had never supplied rockets to Moscow.", "RUS"),
    ],
)
def test_a_capital_that_receives_is_its_state(pipeline: Pipeline, text: str, state: str) -> None:
    assert state in mentions(pipeline, text)
