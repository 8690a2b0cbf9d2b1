"""The actors stage on hand-written articles (model-backed)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from newsgraph import Options, Pipeline
from newsgraph.actors import actor_at

from .helpers import actors, run

pytestmark = pytest.mark.model


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


def test_registry_across_articles(tmp_path: Path) -> None:
    pipeline = Pipeline.from_options(Options(registry=str(tmp_path / "r.db")))
    run(pipeline, "La ministre lettone des Affaires étrangères Baiba Zarina a appelé l'OTAN "
                  "à renforcer sa présence en mer Baltique.")  # fmt: skip
    later = Pipeline.from_options(Options(registry=str(tmp_path / "r.db")))
    article = run(later, "Zarina a rencontré jeudi ses homologues nordiques à Stockholm.")
    assert actors(article)["Baiba Zarina"][1] == "LVA"


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


def test_a_leader_named_by_surname_alone_is_the_one_in_office(pipeline: Pipeline) -> None:
    day = dt.date(2024, 6, 1)
    french = run(pipeline, "Le président Kagame a accusé Kinshasa de soutenir les rebelles.", day)
    assert actors(french)["Paul Kagame"] == ("person", "RWA", "GOV")
    english = run(pipeline, "President Erdogan said Turkey would not approve the bid.", day)
    assert actors(english)["Recep Tayyip Erdoğan"][1] == "TUR"


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


def test_a_nationality_between_an_international_office_and_a_name(pipeline: Pipeline) -> None:
    article = run(pipeline, (
        "À Genève, la représentante spéciale du secrétaire général de l'ONU en Libye, la "
        "Kényane Grace Wanjiru, a exhorté mardi les parties à cesser les combats. Le représentant "
        "spécial de l'ONU, le Norvégien Per Olsen, a parlé. La ministre des Affaires étrangères, "
        "la Sénégalaise Awa Ndiaye, a répondu."
    ))  # fmt: skip
    found = actors(article)
    assert found["Grace Wanjiru"] == ("person", None, "IGO")  # acts for the UN, not Kenya
    assert found["Per Olsen"] == ("person", None, "IGO")
    assert found["Awa Ndiaye"][1:] == ("SEN", "GOV")  # the office has no state: the nationality
    assert "Kenya" not in found and "Norway" not in found


def test_a_name_read_with_its_nationality_as_one_place(pipeline: Pipeline) -> None:
    text = (
        "À Genève, la représentante spéciale du secrétaire général de l'ONU au Soudan, la "
        "Sénégalaise Mariama Ndour, a exhorté jeudi toutes les parties à cesser les combats."
    )
    found = actors(run(pipeline, text))
    assert found["Mariama Ndour"] == ("person", None, "IGO")
    assert "Senegal" not in found


def test_a_counterpart_and_a_commissioner_take_the_country_of_their_adjective(
    pipeline: Pipeline,
) -> None:
    article = run(pipeline, (
        "Le ministre burkinabè des Affaires étrangères, Issa Kaboré, a accusé Abidjan d'abriter "
        "des opposants. Son homologue ivoirien, Adama Touré, a rejeté ces accusations. Pour "
        "Farah Siddiqui, ancienne commissaire adjointe pakistanaise aux réfugiés, le "
        "danger est réel."
    ))  # fmt: skip
    found = actors(article)
    assert found["Adama Touré"] == ("person", "CIV", "GOV")
    assert found["Farah Siddiqui"] == ("person", "PAK", "GOV")
    english = run(pipeline, (
        "Uganda's foreign minister, Jeje Odongo, accused Nairobi of harbouring rebels. His "
        "Kenyan counterpart, Joseph Mwangi, rejected the claim on Tuesday."
    ))  # fmt: skip
    assert actors(english)["Joseph Mwangi"] == ("person", "KEN", "GOV")


def test_a_party_tag_after_a_name_makes_a_united_states_legislator(pipeline: Pipeline) -> None:
    article = run(pipeline, (
        "The Senate approved the bill on Tuesday. Sen. Margaret Ellsworth (D-Vt.), who wrote "
        "it, said the vote was a turning point. Sen. Carl Dunmore (R-South Dakota) voted no."
    ))  # fmt: skip
    found = actors(article)
    assert found["Margaret Ellsworth"][1:] == ("USA", "LEG")
    assert found["Carl Dunmore"][1:] == ("USA", "LEG")


def test_a_tag_in_brackets_that_names_no_state_makes_no_legislator(pipeline: Pipeline) -> None:
    article = run(pipeline, "Gen. Dwight Carver (D-Day) spoke to veterans in Normandy on Tuesday.")
    assert actors(article).get("Dwight Carver", ("person", None, None))[2] != "LEG"
