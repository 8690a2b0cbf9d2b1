"""The state an official or a body serves (sender of an envoy, dateline, seat of government,
the story's state), on hand-written articles (model-backed)."""

from __future__ import annotations

import pytest

from newsgraph import Pipeline

from .helpers import actors, run

pytestmark = pytest.mark.model


def test_envoy_serves_the_sender_not_the_host(pipeline: Pipeline) -> None:
    article = run(pipeline, (
        "U.S. Ambassador Jeffrey Hovenier said on Tuesday that Kosovo had been removed from the "
        "exercise. The German ambassador to Mali, Dietrich Becker, was expelled on Monday."
    ))  # fmt: skip
    found = actors(article)
    assert found["Jeffrey Hovenier"][1] == "USA"
    assert found["Dietrich Becker"][1] == "DEU"
    article = run(pipeline, (
        "L’ambassadeur de France au Niger, Sylvain Itté, a quitté Niamey mercredi. Le Niger avait "
        "exigé son départ."
    ))  # fmt: skip
    assert actors(article)["Sylvain Itté"][1] == "FRA"


def test_dateline_country_for_officials_named_by_title(pipeline: Pipeline) -> None:
    article = run(pipeline, (
        "BERLIN, May 3 (Wire) - Russia and Russian hackers were blamed on Friday. Russia denied "
        "it. Interior Minister Klara Vogelsang said the campaign targeted Russia's critics."
    ))  # fmt: skip
    assert actors(article)["Klara Vogelsang"][1] == "DEU"


def test_a_foreign_ministry_folds_into_its_state(pipeline: Pipeline) -> None:
    article = run(pipeline, (
        "Le département d'État a averti que les États-Unis ne reconnaîtraient pas le scrutin. "
        "The State Department said the vote was flawed."
    ))  # fmt: skip
    assert "United States" in actors(article)
    assert not any("Department" in name for name in actors(article))


def test_a_title_only_one_state_uses_names_that_state(pipeline: Pipeline) -> None:
    article = run(pipeline, (
        "L'Azerbaïdjan a démenti. Bakou accuse l'Azerbaïdjan, a répété l'Azerbaïdjan. "
        "Le ministre des Armées, Jean Valmorin, a dénoncé une ingérence de l'Azerbaïdjan."
    ))  # fmt: skip
    assert actors(article)["Jean Valmorin"][1] == "FRA"


def test_a_bare_congress_belongs_to_a_state_the_article_names(pipeline: Pipeline) -> None:
    foreign = run(
        pipeline, "Le Congrès de la Nouvelle-Calédonie a voté. Le Congrès a adopté le texte."
    )
    assert "Congress" not in actors(foreign)
    american = run(
        pipeline, "WASHINGTON — Congress passed the bill on Tuesday, the White House said."
    )
    assert actors(american)["Congress"][1] == "USA"


def test_british_secretaries_and_their_shadows_serve_the_dateline_s_state(
    pipeline: Pipeline,
) -> None:
    article = run(pipeline, (
        "LONDON — Britain and India concluded a trade deal on Tuesday. Business Secretary "
        "Claire Amberley will sign it in New Delhi. Shadow business secretary Tom Wexley said "
        "the government had given in."
    ))  # fmt: skip
    found = actors(article)
    assert found["Claire Amberley"] == ("person", "GBR", "GOV")
    assert found["Tom Wexley"] == ("person", "GBR", "OPP")


def test_a_seat_of_government_folds_into_its_state(pipeline: Pipeline) -> None:
    french = actors(run(pipeline, (
        "Le Kremlin a démenti toute implication. L'Élysée a convoqué l'ambassadeur."
    )))  # fmt: skip
    assert french["Russia"] == ("country", "RUS", "GOV")
    assert french["France"] == ("country", "FRA", "GOV")
    english = actors(run(pipeline, (
        "The Pentagon said the drills would go ahead, while Capitol Hill balked."
    )))  # fmt: skip
    assert english["United States"] == ("country", "USA", "GOV")
    assert not {"Kremlin", "Élysée", "Pentagon"} & (set(french) | set(english))
    assert ("organization", "USA", "LEG") in english.values()  # a named legislature stays


def test_an_envoy_to_an_organisation_serves_their_state(pipeline: Pipeline) -> None:
    english = actors(run(pipeline, (
        "Russia's deputy ambassador to the UN, Dmitry Polyanskiy, said the vote was illegitimate."
    )))  # fmt: skip
    assert english["Dmitry Polyanskiy"] == ("person", "RUS", "GOV")
    french = actors(run(pipeline, (
        "Le représentant permanent de la France à l'ONU, Nicolas de Rivière, a salué la décision."
    )))  # fmt: skip
    assert french["Nicolas de Rivière"] == ("person", "FRA", "GOV")


def test_a_body_of_generic_name_belongs_to_the_state_the_story_is_about(
    pipeline: Pipeline,
) -> None:
    article = run(pipeline, (
        "Au Sénégal, le Conseil constitutionnel a annulé le report de l'élection, que "
        "l'Assemblée nationale avait voté. Le président sénégalais Macky Sall a promis de s'y "
        "conformer. La France a salué la décision."
    ))  # fmt: skip
    found = {a.name: a.country for a in article.actors}
    assert found["Conseil constitutionnel"] == "SEN"
    assert found["Assemblée nationale"] == "SEN"


def test_a_body_of_generic_name_stays_with_a_state_often_named(pipeline: Pipeline) -> None:
    article = run(pipeline, (
        "La France et l'Algérie sont en crise. Une députée française à l'Assemblée nationale "
        "appelle Paris au calme. La France doit répondre à l'Algérie, dit-elle."
    ))  # fmt: skip
    found = {a.name: a.country for a in article.actors}
    assert found.get("French National Assembly") == "FRA"


def test_a_rebel_leader_of_no_named_state_serves_the_story_s_state(pipeline: Pipeline) -> None:
    article = run(pipeline, (
        "La Moldavie manque de gaz. La Moldavie a proposé son aide à la région. "
        "Le dirigeant séparatiste Anatoli Perebenko a accusé la Moldavie de n'avoir rien fait."
    ))  # fmt: skip
    found = actors(article)
    assert found["Anatoli Perebenko"] == ("person", "MDA", "REB")


def test_a_rank_of_the_state_department_names_the_united_states(pipeline: Pipeline) -> None:
    article = run(pipeline, (
        "South Korea lifted martial law. South Korea's parliament had voted against it. "
        "Deputy Secretary of State Kurt Campbell said Washington was watching with concern."
    ))  # fmt: skip
    assert actors(article)["Kurt Campbell"][1] == "USA"


def test_an_unqualified_title_of_one_state_names_it(pipeline: Pipeline) -> None:
    """An unqualified "Foreign Secretary" is Britain's, an "External Affairs Minister" India's,
    even in a story about other states; a state named with the title still wins."""
    article = run(pipeline, (
        "Peru expelled two Chilean diplomats on Monday. Foreign Secretary Harriet Calloway "
        "urged both sides to show restraint. External Affairs Minister Suresh Varkey spoke to "
        "his Chilean counterpart. Pakistan's foreign secretary, Omar Baig, said nothing."
    ))  # fmt: skip
    found = actors(article)
    assert found["Harriet Calloway"][1] == "GBR"
    assert found["Suresh Varkey"][1] == "IND"
    assert found["Omar Baig"][1] == "PAK"


def test_a_state_after_a_preposition_is_no_title_s_affiliation(pipeline: Pipeline) -> None:
    article = run(pipeline, (
        "Le Mali et le Burkina Faso ont averti que toute intervention militaire contre le Niger "
        "serait considérée comme une déclaration de guerre. Moscow condemned terrorist acts "
        "against the Russian Federation."
    ))  # fmt: skip
    text = article.text
    spans = [text[m.start : m.end] for a in article.actors for m in a.mentions]
    assert not any("militaire" in s or "acts" in s for s in spans)


def test_a_title_s_remit_does_not_cut_it_from_the_name(pipeline: Pipeline) -> None:
    article = run(pipeline, (
        "Le secrétaire d'État britannique chargé des Outre-mer, Alistair Pemberley, a jugé "
        "le blocus des ports inacceptable."
    ))  # fmt: skip
    found = actors(article)
    assert found["Alistair Pemberley"][1] == "GBR"
    assert list(found) == ["Alistair Pemberley"]
