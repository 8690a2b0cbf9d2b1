"""The actors stage on hand-written articles (model-backed)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from newsgraph import Article, Options, Pipeline
from newsgraph.actors import actor_at

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.from_options(Options())


def run(pipeline: Pipeline, text: str, published: dt.date = dt.date(2023, 9, 20)) -> Article:
    return pipeline(Article(raw=text, published=published))


def actors(article: Article) -> dict[str, tuple[str, str | None, str | None]]:
    return {a.name: (a.kind, a.country, a.sector) for a in article.actors}


def test_titles_adjectives_and_knowledge_base(pipeline: Pipeline) -> None:
    article = run(pipeline, (
        "Le secrétaire d’État américain Antony Blinken a rencontré mardi à Séoul le président "
        "sud-coréen Yoon Suk-yeol. La Corée du Nord a dénoncé cette visite. "
        "Le ministre letton des Affaires étrangères Andris Ozols a salué la rencontre."
    ))  # fmt: skip
    found = actors(article)
    assert found["Antony Blinken"] == ("person", "USA", "GOV")
    assert found["Yoon Suk-yeol"] == ("person", "KOR", "GOV")
    assert found["North Korea"] == ("country", "PRK", "GOV")
    assert found["Andris Ozols"][1] == "LVA"
    assert "South Korea" not in found  # an adjective inside a title is no actor of its own
    assert "United States" not in found
    assert not any(name.startswith("Séoul") for name in found)  # a place, not an actor


def test_english_appositions_and_seats(pipeline: Pipeline) -> None:
    article = run(pipeline, (
        "Jake Sullivan, the US national security adviser, said the White House was concerned. "
        "The Kremlin rejected the claims. Beijing said it would respond."
    ))  # fmt: skip
    found = actors(article)
    assert found["Jake Sullivan"][1] == "USA"
    assert found["United States"] == ("country", "USA", "GOV")  # the White House folds
    assert found["Russia"][1] == "RUS"
    assert found["China"][1] == "CHN"


def test_coreference_surname_title_and_pronoun(pipeline: Pipeline) -> None:
    text = ("Le secrétaire d’État américain Antony Blinken est arrivé lundi à Pékin. "
            "Blinken doit rencontrer son homologue. Il a ajouté que les discussions seraient "
            "franches. Le secrétaire d’État américain repartira jeudi.")  # fmt: skip
    article = run(pipeline, text)
    blinken = next(a for a in article.actors if a.name == "Antony Blinken")
    texts = [m.text for m in blinken.mentions]
    assert "Blinken" in texts and "Il" in texts and texts.count("secrétaire d’État américain") == 2
    at = text.index("Il a ajouté")
    assert actor_at(article, at, at + 2) is blinken


def test_time_aware_titles(pipeline: Pipeline) -> None:
    text = "Le secrétaire d’État américain a dénoncé mardi les essais de missiles."
    before = actors(run(pipeline, text, dt.date(2023, 9, 1)))
    after = actors(run(pipeline, text, dt.date(2025, 3, 1)))
    assert "Antony Blinken" in before and "Marco Rubio" in after


def test_journalists_and_agencies_are_not_actors(pipeline: Pipeline) -> None:
    article = pipeline(Article(raw=(
        "Le président français Emmanuel Macron a reçu le chancelier allemand à Paris, "
        "selon l’AFP.\n\nPar Julie Martin"
    ), published=dt.date(2024, 5, 1)))  # fmt: skip
    names = actors(article)
    assert "Emmanuel Macron" in names and names["Emmanuel Macron"][1] == "FRA"
    assert not {"Julie Martin", "AFP", "Agence France-Presse"} & set(names)


def test_registry_across_articles(tmp_path: Path) -> None:
    pipeline = Pipeline.from_options(Options(registry=str(tmp_path / "r.db")))
    run(pipeline, "La ministre lettone des Affaires étrangères Baiba Zarina a appelé l'OTAN "
                  "à renforcer sa présence en mer Baltique.")  # fmt: skip
    later = Pipeline.from_options(Options(registry=str(tmp_path / "r.db")))
    article = run(later, "Zarina a rencontré jeudi ses homologues nordiques à Stockholm.")
    assert actors(article)["Baiba Zarina"][1] == "LVA"


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


def test_the_country_of_a_dateline_is_no_actor(pipeline: Pipeline) -> None:
    article = run(pipeline, (
        "ABUJA, Nigeria — Mali, Burkina Faso and Niger formally left the Economic Community of "
        "West African States on Wednesday."
    ))  # fmt: skip
    assert "Nigeria" not in actors(article)
    assert {"Mali", "Burkina Faso", "Niger"} <= set(actors(article))


def test_journalists_are_no_actors_and_short_forms_join_the_full_name(pipeline: Pipeline) -> None:
    article = run(pipeline, (
        "Russia freed the journalist Alsu Kurmasheva. President Hassan Sheikh Mohamud signed a "
        "law. Egypt's president spoke to Hassan Sheikh by phone on Sunday."
    ))  # fmt: skip
    found = actors(article)
    assert "Alsu Kurmasheva" not in found
    assert "Hassan Sheikh" not in found
    assert found["Hassan Sheikh Mohamud"][1] == "SOM"


def test_ranks_written_short_are_no_part_of_the_name(pipeline: Pipeline) -> None:
    article = run(pipeline, (
        "“We struck military targets,” deputy army spokesperson Col Richa Suksuwanon told "
        "reporters. Cambodia’s defence ministry spokeswoman, Lt Gen Maly Socheata, said Thai "
        "jets had bombed a temple."
    ))  # fmt: skip
    names = set(actors(article))
    assert {"Richa Suksuwanon", "Maly Socheata"} <= names
    assert actors(article)["Maly Socheata"][1] == "KHM"
    assert not any(name.startswith(("Col", "Lt")) for name in names)


def test_a_name_after_a_title_stops_at_the_end_of_its_sentence(pipeline: Pipeline) -> None:
    article = run(pipeline, (
        "Fighters took the headquarters of Russia’s Southern Military District. In a video, "
        "the defence minister, Sergei Shoigu, was shown in Moscow."
    ))  # fmt: skip
    assert not any("." in name for name in actors(article))
    assert "Sergei Shoigu" in actors(article)


def test_people_called_by_their_given_name(pipeline: Pipeline) -> None:
    article = run(pipeline, (
        "Malaysia’s prime minister, Anwar Ibrahim, spoke to Thailand’s acting prime minister, "
        "Phumtham Wechayachai. “We will defend our sovereignty,” Phumtham said. “I welcome "
        "the signals from Bangkok,” Anwar told reporters."
    ), dt.date(2025, 7, 24))  # fmt: skip
    by_id = {a.id: a.name for a in article.actors}
    assert [by_id.get(q.speaker or "") for q in article.quotes] == [
        "Phumtham Wechayachai",
        "Anwar Ibrahim",
    ]


def test_a_leader_s_best_attested_office_wins(pipeline: Pipeline) -> None:
    # Emmanuel Macron is also co-prince of Andorra; the press means the French president
    text = "Leaders including Emmanuel Macron and Rishi Sunak spoke to Joe Biden on Saturday."
    article = run(pipeline, text, dt.date(2023, 6, 24))
    assert actors(article)["Emmanuel Macron"][1] == "FRA"


def test_a_title_right_before_a_known_name_is_that_person_s(pipeline: Pipeline) -> None:
    article = run(pipeline, (
        "Abdelmadjid Tebboune a reçu une lettre. Emmanuel Macron avait demandé au président "
        "Tebboune un geste. Le président Tebboune a jugé que l'affaire relevait de la "
        "souveraineté algérienne."
    ), dt.date(2025, 4, 18))  # fmt: skip
    titles = [i for i in range(len(article.text)) if article.text.startswith("président", i)]
    macron = next(a for a in article.actors if a.name == "Emmanuel Macron")
    tebboune = next(a for a in article.actors if a.name == "Abdelmadjid Tebboune")
    assert not any(m.start in titles for m in macron.mentions)
    assert all(any(m.start == i for m in tebboune.mentions) for i in titles)


def test_researchers_who_comment_are_actors(pipeline: Pipeline) -> None:
    article = run(pipeline, (
        "La politiste sénégalaise Aïssatou Diagne, chercheuse à l'Institut ouest-africain "
        "d'études de sécurité, à Dakar, a estimé que la Cédéao sortait affaiblie du sommet."
    ))  # fmt: skip
    found = actors(article)
    assert found["Aïssatou Diagne"][0] == "person"
    assert found["Aïssatou Diagne"][2] == "EDU"
    (quote,) = article.quotes
    assert quote.speaker is not None and quote.speaker.startswith("person:aissatou")


def test_a_foreign_ministry_folds_into_its_state(pipeline: Pipeline) -> None:
    article = run(pipeline, (
        "Le département d'État a averti que les États-Unis ne reconnaîtraient pas le scrutin. "
        "The State Department said the vote was flawed."
    ))  # fmt: skip
    assert "United States" in actors(article)
    assert not any("Department" in name for name in actors(article))


def test_a_leader_named_by_surname_alone_is_the_one_in_office(pipeline: Pipeline) -> None:
    day = dt.date(2024, 6, 1)
    french = run(pipeline, "Le président Kagame a accusé Kinshasa de soutenir les rebelles.", day)
    assert actors(french)["Paul Kagame"] == ("person", "RWA", "GOV")
    english = run(pipeline, "President Erdogan said Turkey would not approve the bid.", day)
    assert actors(english)["Recep Tayyip Erdoğan"][1] == "TUR"


def test_a_title_only_one_state_uses_names_that_state(pipeline: Pipeline) -> None:
    article = run(pipeline, (
        "L'Azerbaïdjan a démenti. Bakou accuse l'Azerbaïdjan, a répété l'Azerbaïdjan. "
        "Le ministre des Armées, Jean Valmorin, a dénoncé une ingérence de l'Azerbaïdjan."
    ))  # fmt: skip
    assert actors(article)["Jean Valmorin"][1] == "FRA"


def test_the_chair_of_a_committee_is_no_head_of_state(pipeline: Pipeline) -> None:
    article = run(pipeline, (
        "La Suède a promis des mesures. Fuat Oktay, président de la commission des affaires "
        "étrangères, a défendu le texte devant la Suède."
    ))  # fmt: skip
    assert actors(article)["Fuat Oktay"][1] != "SWE"


def test_a_title_before_abbreviated_ranks_describes_the_name(pipeline: Pipeline) -> None:
    article = run(pipeline, (
        "Pakistan’s military spokesman, Lt. Gen. Ahmed Sharif Chaudhry, said on Sunday that "
        "the armed forces had restored the balance."
    ))  # fmt: skip
    assert actors(article)["Ahmed Sharif Chaudhry"][1:] == ("PAK", "MIL")


def test_a_spokesperson_is_no_journalist(pipeline: Pipeline) -> None:
    article = run(pipeline, (
        "“We have used air power against military targets,” deputy army spokesperson "
        "Col Richa Suksuwanon told reporters."
    ))  # fmt: skip
    assert "Richa Suksuwanon" in actors(article)


def test_a_party_named_after_a_title_is_no_person(pipeline: Pipeline) -> None:
    article = run(pipeline, (
        "Ahn Ji-hoon, a second-term lawmaker of the main opposition Democratic Party, climbed "
        "over the fence of the National Assembly."
    ))  # fmt: skip
    found = actors(article)
    assert found["Ahn Ji-hoon"][0] == "person"
    assert found.get("Democratic Party", ("",))[0] != "person"


def test_long_titles_and_deputy_secretaries(pipeline: Pipeline) -> None:
    french = run(pipeline, (
        "« Ils ont sacrifié la sécurité des Maliens », a déclaré le porte-parole du Conseil de "
        "sécurité nationale de la Maison Blanche, John Kirby."
    ))  # fmt: skip
    english = run(pipeline, (
        "The delegation was led by Christopher Maier, the Pentagon's assistant secretary for "
        "special operations."
    ))  # fmt: skip
    assert actors(french)["John Kirby"][1] == "USA"
    assert actors(english)["Christopher Maier"][1] == "USA"


def test_ships_and_shoals_are_no_people(pipeline: Pipeline) -> None:
    article = run(pipeline, (
        "The collisions began on Aug. 19, when Chinese coast guard ships struck two PCG vessels, "
        "BRP Cape San Agustin and BRP Bagacay, as they headed to resupply Filipino personnel. "
        "China rams the PCG’s biggest ship at Escoda Shoal, the third clash in two weeks."
    ), published=dt.date(2024, 9, 1))  # fmt: skip
    assert not [name for name, (kind, _, _) in actors(article).items() if kind == "person"]


def test_a_bare_congress_belongs_to_a_state_the_article_names(pipeline: Pipeline) -> None:
    foreign = run(
        pipeline, "Le Congrès de la Nouvelle-Calédonie a voté. Le Congrès a adopté le texte."
    )
    assert "Congress" not in actors(foreign)
    american = run(
        pipeline, "WASHINGTON — Congress passed the bill on Tuesday, the White House said."
    )
    assert actors(american)["Congress"][1] == "USA"


def test_a_body_s_name_the_entity_model_takes_for_a_person_is_the_body(
    pipeline: Pipeline,
) -> None:
    article = run(pipeline, (
        "Appuyée par les paramilitaires russes de Wagner, l'armée malienne avait repris la "
        "ville de Kidal."
    ), published=dt.date(2025, 4, 8))  # fmt: skip
    found = actors(article)
    assert found["Wagner Group"][0] == "group"
    assert not [name for name, (kind, _, _) in found.items() if kind == "person"]


def test_a_news_outlet_is_no_person(pipeline: Pipeline) -> None:
    article = run(pipeline, (
        "\"Our forces do not target civilians,\" RSF adviser Mustafa Ibrahim told Horn Dispatch "
        "by phone. Sudan's army denied the claim."
    ))  # fmt: skip
    assert "Horn Dispatch" not in actors(article)


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


def test_a_definite_short_form_points_back_to_the_organisation_named_in_full(
    pipeline: Pipeline,
) -> None:
    article = run(pipeline, (
        "Mali, Burkina Faso and Niger now belong to the Alliance of Sahel States. "
        "The alliance rejected the offer on Monday."
    ))  # fmt: skip
    found = actors(article)
    assert "NATO" not in found
    assert "Alliance of Sahel States" in found


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


def test_a_title_a_possessive_opens_is_the_sentence_subject_s(pipeline: Pipeline) -> None:
    french = actors(run(pipeline, (
        "L'Algérie a expulsé douze agents. Mardi, Paris a riposté en expulsant douze agents "
        "algériens et en rappelant son ambassadeur, Stéphane Romatet. L'Algérie a protesté. "
        "Alger a dénoncé une décision hostile. L'Algérie a convoqué un diplomate."
    )))  # fmt: skip
    assert french["Stéphane Romatet"][1] == "FRA"
    english = actors(run(pipeline, (
        "Mali ended the mission. Mali said it was sovereign. Mali thanked its partners. "
        "Russia welcomed the decision through its deputy ambassador, Dmitri Poliansky."
    )))  # fmt: skip
    assert english["Dmitri Poliansky"][1] == "RUS"


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


def test_a_state_after_a_preposition_is_no_title_s_affiliation(pipeline: Pipeline) -> None:
    article = run(pipeline, (
        "Le Mali et le Burkina Faso ont averti que toute intervention militaire contre le Niger "
        "serait considérée comme une déclaration de guerre. Moscow condemned terrorist acts "
        "against the Russian Federation."
    ))  # fmt: skip
    text = article.text
    spans = [text[m.start : m.end] for a in article.actors for m in a.mentions]
    assert not any("militaire" in s or "acts" in s for s in spans)


def test_a_ship_or_a_drone_named_like_a_person_is_no_actor(pipeline: Pipeline) -> None:
    article = run(pipeline, (
        "Houthi rebels attacked the container ship Maria Lindqvist on Monday. "
        "Later, a US Air Force MQ-9 Reaper was shot down over Yemen. "
        "The crew of Maria Lindqvist was safe, the company said."
    ))  # fmt: skip
    found = actors(article)
    assert "Maria Lindqvist" not in found
    assert not any("Reaper" in name for name in found)


def test_a_heading_s_last_words_are_no_title_of_the_next_paragraph(pipeline: Pipeline) -> None:
    article = run(pipeline, (
        "Le Liban et Israël ont conclu un cessez-le-feu mardi soir à Beyrouth.\n\n"
        "13h00 – La FINUL accompagnera l'armée libanaise\n\n"
        "La Force intérimaire des Nations unies au Liban (FINUL) a assuré qu'elle "
        "accompagnerait le déploiement de l'armée libanaise."
    ))  # fmt: skip
    assert "La Force" not in actors(article)


def test_a_name_only_ever_after_a_preposition_of_place_is_no_person(pipeline: Pipeline) -> None:
    article = run(pipeline, (
        "Armenia accused Azerbaijan on Tuesday. On 13 February Azerbaijani forces opened fire "
        "on Armenian positions near Nerkin Hand and killed four servicemen."
    ))  # fmt: skip
    assert "Nerkin Hand" not in actors(article)


def test_a_title_s_place_a_quoted_name_and_a_people_are_no_persons(pipeline: Pipeline) -> None:
    article = run(pipeline, (
        "L'accord a été négocié sous l’égide du Premier ministre de Saint-Vincent, Ralph "
        "Gonsalves. Les électeurs vénézuéliens avaient approuvé la création d’un État de "
        "« Guayana Esequiba » sur le territoire contesté."
    ))  # fmt: skip
    found = actors(article)
    assert not any(name.startswith("de ") for name in found)
    assert "Guayana Esequiba" not in found
    english = run(pipeline, (
        "Serbian President Aleksandar Vucic said Serbia would not allow Kosovo Serbs to be "
        "persecuted.\nPhoto by Lee Dong-hyun/Korea Crossroads\n"
        "He warned of the shameless pro-North Korean forces."
    ))  # fmt: skip
    names = actors(english)
    assert "Kosovo Serbs" not in names
    assert "Lee Dong-hyun" not in names
    assert not any("pro-North" in name for name in names)


def test_a_writer_the_article_calls_a_journalist_is_no_actor(pipeline: Pipeline) -> None:
    article = run(pipeline, (
        "Japanese Prime Minister Fumio Kishida met South Korean President Yoon Suk-yeol at "
        "Camp David on Friday.\n\nEleanor Whitcombe is The Albion Review's Asia editor."
    ))  # fmt: skip
    assert "Eleanor Whitcombe" not in actors(article)
