"""Sides an event's sentence does not name, from the context (:mod:`newsgraph.events.context`)."""

from __future__ import annotations

import pytest

from newsgraph.events import Coder

from .helpers import coded

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "China and the Philippines are at odds over the reef. On Friday, about a hundred "
            "activists rallied outside the Chinese Consulate in Manila.",
            "en",
        ),
        (
            "La Chine et les Philippines s'opposent sur le récif. Vendredi, une centaine de "
            "manifestants se sont rassemblés devant l'ambassade de Chine à Manille.",
            "fr",
        ),
    ],
)
def test_a_crowd_at_a_state_s_mission_is_the_host_country_s_people(
    coders: dict[str, Coder], text: str, lang: str
) -> None:
    found = coded(coders[lang], text, lang)
    protests = [e[:3] for e in found if e[0] == "PROTEST"]
    assert protests == [("PROTEST", frozenset({"PHL"}), frozenset({"CHN"}))], found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Russia rejected the report. Moscow said Russia had done nothing wrong. Russia will "
            "answer, it said. Japan held elections on Saturday. The European Union voiced deep "
            "concern.",
            "en",
        ),
        (
            "La Russie a rejeté le rapport. Moscou a dit que la Russie n'avait rien fait de mal. "
            "La Russie répondra, a-t-elle ajouté. Le Japon a organisé des élections samedi. "
            "L'Union européenne a vivement protesté.",
            "fr",
        ),
    ],
)
def test_a_target_from_the_sentence_before_is_the_story_s_main_other_state(
    coders: dict[str, Coder], text: str, lang: str
) -> None:
    """Words aimed at no one named, after a sentence that names a state in passing, are
    aimed at the article's main other state, not at the state named last."""
    found = coded(coders[lang], text, lang)
    assert ("ACCUSE", frozenset({"European Union"}), frozenset({"RUS"}), "asserted") in found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Japan criticised Russia on Monday. Attacks against Ukrainian troops continued.", "en"),
        (
            "Le Japon a critiqué la Russie lundi. Les frappes contre l'Ukraine se sont "
            "poursuivies.",
            "fr",
        ),
    ],
)
def test_an_act_with_no_doer_in_its_sentence_is_not_the_last_speaker_s(
    coders: dict[str, Coder], text: str, lang: str
) -> None:
    """The source of the previous event is no guess for the doer of an act its sentence
    names no doer for: Japan did not attack Ukraine."""
    found = coded(coders[lang], text, lang)
    assert not any(e[0] == "ASSAULT" and "JPN" in e[1] for e in found), found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "South Korea held talks with Japan on Monday. South Korea said the talks went well, "
            "and Seoul thanked Japan. North Korea did not comment. The European Union will "
            "discuss North Korea's recent missile launches next week.",
            "en",
        ),
        (
            "La Corée du Sud a tenu des pourparlers avec le Japon lundi. La Corée du Sud a jugé "
            "les pourparlers utiles, et Séoul a remercié le Japon. La Corée du Nord n'a pas "
            "réagi. L'Union européenne examinera la semaine prochaine les récents lancements de "
            "missiles de la Corée du Nord.",
            "fr",
        ),
    ],
)
def test_a_show_of_force_is_aimed_at_the_story_s_other_state_not_an_organisation_nearby(
    coders: dict[str, Coder], text: str, lang: str
) -> None:
    found = coded(coders[lang], text, lang)
    shows = [e[:3] for e in found if e[0] == "MOBILIZE"]
    assert shows == [("MOBILIZE", frozenset({"PRK"}), frozenset({"KOR"}))], found


def test_a_missing_target_is_the_other_party_just_named(coders: dict[str, Coder]) -> None:
    text = "La Russie a frappé Kiev dans la nuit. Moscou a rejeté toute responsabilité."
    found = coded(coders["fr"], text, "fr")
    assert ("REJECT", frozenset({"RUS"}), frozenset({"UKR"}), "asserted") in found, found


def test_talks_with_no_parties_named_are_between_the_last_two_named(
    coders: dict[str, Coder],
) -> None:
    text = "China and the Philippines blamed each other. After three days of talks, tension fell."
    found = coded(coders["en"], text, "en")
    pair = frozenset({"CHN", "PHL"})
    assert ("CONSULT", pair, pair, "asserted") in found, found


def test_the_context_skips_people_of_no_known_country(coders: dict[str, Coder]) -> None:
    text = "Ukraine spoke to Evan Gershkovich. Moscow later rejected the claims."
    found = coded(coders["en"], text, "en")
    assert ("REJECT", frozenset({"RUS"}), frozenset({"UKR"}), "asserted") in found, found


def test_a_warning_to_no_one_named_is_to_the_article_s_other_party(
    coders: dict[str, Coder],
) -> None:
    text = (
        "Iran a condamné la Russie. La Russie a bombardé l'Ukraine. Kiev a accusé Moscou. "
        "La Russie a de nouveau bombardé l'Ukraine. Les combats continuent. "
        "Plus tard, l'Iran a averti que la situation était grave."
    )
    found = coded(coders["fr"], text, "fr")
    assert ("THREATEN", frozenset({"IRN"}), frozenset({"RUS"}), "asserted") in found, found


def test_a_past_participle_takes_no_side_from_the_context(coders: dict[str, Coder]) -> None:
    text = "La Russie a menacé la Chine. Une entreprise accusée de fraude a fermé."
    assert "ACCUSE" not in [e[0] for e in coded(coders["fr"], text, "fr")]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "The ambassadors of Germany and France were summoned in Tehran on Monday.",
            ("ACCUSE", {"IRN"}, {"DEU"}),
        ),
        (
            "fr",
            "Les ambassadeurs d'Allemagne et de France ont été convoqués à Téhéran lundi.",
            ("ACCUSE", {"IRN"}, {"DEU"}),
        ),
        (
            "en",
            "The Ukrainian ambassador was expelled, the Russian foreign ministry said.",
            ("SANCTION", {"RUS"}, {"UKR"}),
        ),
    ],
)
def test_an_agentless_passive_is_done_by_the_state_of_its_place_or_its_reporter(
    coders: dict[str, Coder], lang: str, text: str, expected: tuple[str, set[str], set[str]]
) -> None:
    kind, source, target = expected
    found = coded(coders[lang], text, lang)
    assert any(e[0] == kind and e[1] == source and target <= e[2] for e in found), found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "L'Allemagne a critiqué la Russie. Deux diplomates russes ont été expulsés à Paris. "
            "Moscou a rejeté ces accusations.",
        ),
        (
            "en",
            "Germany criticised Russia. Two Russian diplomats were expelled in Paris. Moscow "
            "rejected the accusations.",
        ),
    ],
)
def test_a_guessed_doer_of_a_passive_is_not_who_later_sentences_answer(
    coders: dict[str, Coder], lang: str, text: str
) -> None:
    assert ("REJECT", frozenset({"RUS"}), frozenset({"DEU"}), "asserted") in coded(
        coders[lang], text, lang
    )


def test_a_mutual_act_with_one_side_takes_the_other_party_named_before(
    coders: dict[str, Coder],
) -> None:
    text = "North Korea fired a missile on Monday. Japan held talks on Friday."
    found = [e for e in coded(coders["en"], text, "en") if e[0] == "CONSULT"]
    assert found and all(e[1] == {"JPN", "PRK"} for e in found), found


def test_a_mutual_act_with_one_side_and_no_one_else_is_no_event(
    coders: dict[str, Coder],
) -> None:
    found = coded(coders["en"], "Moscow described the conversation as useful.", "en")
    assert all(e[0] != "CONSULT" for e in found), found


def test_a_mutual_act_of_one_side_named_by_a_plural_is_among_its_members(
    coders: dict[str, Coder],
) -> None:
    found = coded(coders["en"], "Georgia's rival parties resumed talks on Monday.", "en")
    assert ("CONSULT", {"GEO"}, {"GEO"}, "asserted") in found, found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Germany met EU leaders on Monday. Russia condemned the move."),
        (
            "fr",
            "L'Allemagne a accueilli lundi un sommet de l'UE. La Russie a condamné ce choix.",
        ),
    ],
)
def test_words_to_no_one_named_go_to_a_state_before_an_organisation_named_nearer(
    coders: dict[str, Coder], lang: str, text: str
) -> None:
    found = [e for e in coded(coders[lang], text, lang) if e[0] == "ACCUSE"]
    assert ("ACCUSE", {"RUS"}, {"DEU"}, "asserted") in found, found


def test_a_refusal_to_no_one_named_may_go_to_the_organisation_named_nearest(
    coders: dict[str, Coder],
) -> None:
    found = coded(coders["en"], "Germany met EU leaders on Monday. Russia rejected the move.", "en")
    assert ("REJECT", {"RUS"}, {"European Union"}, "asserted") in found, found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Germany met EU leaders on Monday. Russia's condemnation came at once."),
        (
            "fr",
            "L'Allemagne a reçu lundi un sommet de l'UE. La condamnation de la Russie a suivi.",
        ),
    ],
)
def test_a_noun_s_unnamed_target_is_a_state_before_an_organisation_named_nearer(
    coders: dict[str, Coder], lang: str, text: str
) -> None:
    found = [e for e in coded(coders[lang], text, lang) if e[0] == "ACCUSE"]
    assert ("ACCUSE", {"RUS"}, {"DEU"}, "asserted") in found, found


@pytest.mark.model
def test_forces_moved_with_no_doer_named_are_their_state(coders: dict[str, Coder]) -> None:
    text = "Quelque 1 500 soldats russes stationnés en Géorgie participent aux exercices."
    found = set(coded(coders["fr"], text, "fr"))
    assert ("MOBILIZE", frozenset({"RUS"}), frozenset({"GEO"}), "asserted") in found


@pytest.mark.model
def test_a_withdrawal_of_forces_is_from_where_they_are_deployed(coders: dict[str, Coder]) -> None:
    text = (
        "La France a annoncé mardi de nouvelles mesures. Le retrait des militaires russes "
        "déployés en Géorgie se poursuit."
    )
    found = set(coded(coders["fr"], text, "fr"))
    assert ("RETREAT", frozenset({"RUS"}), frozenset({"GEO"}), "asserted") in found


@pytest.mark.model
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Georgia ended its military agreement with the United States in March. "
            "Georgia has since turned to Russia, and Georgia now hosts Russian instructors. "
            "French forces pulled out of the country last year.",
        ),
        (
            "fr",
            "La Géorgie a rompu en mars son accord militaire avec les États-Unis. "
            "La Géorgie s'est depuis tournée vers la Russie, et la Géorgie accueille des "
            "instructeurs russes. Les militaires français ont quitté le pays l'an dernier.",
        ),
    ],
)
def test_the_country_is_the_state_the_article_is_about(
    coders: dict[str, Coder], lang: str, text: str
) -> None:
    found = set(coded(coders[lang], text, lang))
    assert ("RETREAT", frozenset({"FRA"}), frozenset({"GEO"}), "asserted") in found
