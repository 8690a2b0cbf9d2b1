"""From the words naming a speaker to an actor: several actors in one phrase, pronouns, none."""

from __future__ import annotations

import re

import pytest

from newsgraph.article import Actor, Span
from newsgraph.quotes import extract, find, load

from .build import Cast, quotes_of
from .conftest import Build

pytestmark = pytest.mark.model

CAST: Cast = {
    "Mao Ning": ("person", ["Mao Ning"]),
    "China": ("country", ["chinois", "Chine", "Pékin"]),
    "Volodymyr Zelensky": ("person", ["Volodymyr Zelensky"]),
    "Dmytro Kuleba": ("person", ["Dmytro Kouleba"]),
    "Russia": ("country", ["Moscou", "russe"]),
    "Sylvain Ekenge": ("person", ["Sylvain Ekenge"]),
    "Armed Forces of the DRC": ("organization", ["l'armée congolaise"]),
}


def test_the_head_and_its_apposition_name_the_speaker(build: Build) -> None:
    text = (
        "La porte-parole du ministère chinois des Affaires étrangères, Mao Ning, a affirmé "
        "que le navire avait pénétré illégalement dans les eaux chinoises."
    )
    [(_, speaker, _)] = quotes_of(build(text, "fr", CAST))
    assert speaker == "Mao Ning"


def test_a_title_before_a_name_in_an_attribution_phrase(build: Build) -> None:
    text = (
        "D'après le porte-parole de l'armée congolaise, le général Sylvain Ekenge, les "
        "assaillants ont bénéficié de l'appui de « plusieurs centaines de soldats rwandais »."
    )
    speakers = {speaker for _, speaker, _ in quotes_of(build(text, "fr", CAST))}
    assert speakers == {"Sylvain Ekenge"}


def test_a_pronoun_takes_the_last_person_mentioned_after_the_previous_quote(
    build: Build,
) -> None:
    text = (
        "« Nous avons besoin de ces systèmes maintenant », a écrit Volodymyr Zelensky.\n\n"
        "Le ministre Dmytro Kouleba a accusé Moscou de paralyser les exportations. Il a estimé "
        "que cette frappe constituait « un crime de guerre de plus »."
    )
    found = quotes_of(build(text, "fr", CAST))
    # the statement whose object is quoted is one direct quote
    assert [(speaker, direct) for _, speaker, direct in found] == [
        ("Volodymyr Zelensky", True),
        ("Dmytro Kuleba", True),
    ]


def test_a_pronoun_the_actors_stage_resolved_is_kept_when_nobody_is_found(
    build: Build,
) -> None:
    text = "Il a déclaré que le cessez-le-feu serait signé avant l'hiver."
    article = build(text, "fr", CAST)
    kuleba = next(actor for actor in article.actors if actor.name == "Dmytro Kuleba")
    kuleba.mentions.append(Span(0, 2, "Il"))
    [(_, speaker, _)] = quotes_of(article)
    assert speaker == "Dmytro Kuleba"


def test_a_pronoun_is_not_what_the_actors_stage_read_it_as(build: Build) -> None:
    text = (
        "Volodymyr Zelensky a visité le front russe. Il a déclaré que le cessez-le-feu "
        "serait signé avant l'hiver."
    )
    article = build(text, "fr", CAST)
    russia = next(actor for actor in article.actors if actor.name == "Russia")
    russia.mentions.append(Span(text.index("Il a"), text.index("Il a") + 2, "Il"))
    assert [speaker for _, speaker, _ in quotes_of(article)] == ["Volodymyr Zelensky"]


def test_a_pronoun_takes_the_subject_rather_than_a_name_after_it(build: Build) -> None:
    text = (
        "JD Vance, accompanied by Energy Secretary Chris Wright, used the stop to accuse "
        "Denmark. \u201cWe are not going to wait for Russia,\u201d he told service members."
    )
    cast: Cast = {
        "JD Vance": ("person", ["JD Vance"]),
        "Chris Wright": ("person", ["Chris Wright"]),
        "Denmark": ("country", ["Denmark"]),
    }
    assert [speaker for _, speaker, _ in quotes_of(build(text, "en", cast))] == ["JD Vance"]


def test_a_pronoun_for_an_unnamed_official_takes_the_state_she_speaks_for(
    build: Build,
) -> None:
    text = (
        "Germany was hit by a cyberattack in April.\n\n"
        "Alexander Graf Lambsdorff will spend a week in Berlin, a ministry spokeswoman said. "
        "\u201cThis is a clear signal that we do not accept such attacks,\u201d she told a "
        "news conference."
    )
    cast: Cast = {
        "Germany": ("country", ["Germany"]),
        "Alexander Graf Lambsdorff": ("person", ["Alexander Graf Lambsdorff"]),
    }
    found = quotes_of(build(text, "en", cast))
    assert [(speaker, direct) for _, speaker, direct in found] == [
        ("Germany", False),
        ("Germany", True),
    ]


def test_an_unnamed_official_of_a_ministry_speaks_for_the_state(build: Build) -> None:
    text = (
        "Washington supports \u201ca peaceful resolution of this dispute\u201d, according to "
        "a State Department spokesperson. The State Department said it had called both "
        "governments."
    )
    article = build(text, "en", {"United States": ("country", ["Washington"])})
    text_of = article.text
    for actor in article.actors:
        actor.country = "USA"
    department = Actor(
        id="a9",
        name="United States Department of State",
        kind="organization",
        country="USA",
        sector="GOV",
        mentions=[
            Span(m.start(), m.end(), m.group())
            for m in re.finditer("State Department( spokesperson)?", text_of)
        ],
    )
    article.actors.append(department)
    assert [speaker for _, speaker, _ in quotes_of(article)] == [
        "United States",
        "United States Department of State",
    ]


def test_a_quote_without_a_cue_takes_the_speaker_of_the_quote_before(build: Build) -> None:
    text = (
        "« Nous ne céderons pas », a déclaré Dmytro Kouleba.\n\n"
        "« Chaque jour de retard se paie en vies humaines. »"
    )
    assert [speaker for _, speaker, _ in quotes_of(build(text, "fr", CAST))] == [
        "Dmytro Kuleba",
        "Dmytro Kuleba",
    ]


def test_unknown_speakers(build: Build) -> None:
    text = (
        "« Nous avons tout perdu », a raconté une habitante. Des témoins ont affirmé que "
        "les tirs avaient duré toute la nuit."
    )
    article = build(text, "fr", CAST)
    # the statement is found, with its speaker's words ...
    _, found = find(article, load("fr"))
    assert [f.direct for f in found] == [True, False]
    # ... but a reported statement nobody known makes is dropped; the quote is kept
    assert quotes_of(article) == [("Nous avons tout perdu", None, True)]


def test_quotes_are_in_text_order_with_their_offsets_and_cues(build: Build) -> None:
    text = (
        "Selon Moscou, la frappe visait des entrepôts. « Nous ne céderons pas », a déclaré "
        "Dmytro Kouleba, qui a affirmé que la Russie mentait."
    )
    article = build(text, "fr", CAST)
    quotes = extract(article, load("fr"))
    assert [q.start for q in quotes] == sorted(q.start for q in quotes)
    assert all(article.text[q.start : q.end] == q.text for q in quotes)
    assert [q.cue for q in quotes] == ["Selon", "a déclaré", "a affirmé"]


def test_a_ministry_the_tagger_takes_for_a_name_folds_into_its_state(build: Build) -> None:
    text = (
        "Germany was hit by a cyberattack in April. It has recalled its ambassador, the "
        "foreign ministry said on Monday."
    )
    found = quotes_of(build(text, "en", {"Germany": ("country", ["Germany"])}))
    assert found == [("It has recalled its ambassador", "Germany", False)]


def test_an_unnamed_official_speaks_for_the_state_his_statement_is_about(build: Build) -> None:
    text = (
        "La Chine dément toute implication. Selon un haut responsable gouvernemental, Prague "
        "pourrait restreindre l'accès des entreprises chinoises aux marchés publics."
    )
    cast: Cast = {
        "China": ("country", ["Chine", "chinoises"]),
        "Czech Republic": ("country", ["Prague"]),
    }
    found = [q for q in quotes_of(build(text, "fr", cast)) if "Prague" in q[0]]
    assert [speaker for _, speaker, _ in found] == ["Czech Republic"]


def test_a_seat_of_government_speaks_for_its_state(build: Build) -> None:
    text = (
        "Washington and Moscow resumed talks. The White House said the talks had been "
        "productive, but the Kremlin said that no date had been set for a summit."
    )
    article = build(text, "en", {"United States": ("country", ["Washington"])})
    article.actors[0].country = "USA"
    for number, (name, country) in enumerate((("White House", "USA"), ("Kremlin", "RUS"))):
        article.actors.append(
            Actor(
                id=f"s{number}",
                name=name,
                kind="organization",
                country=country,
                sector="GOV",
                mentions=[Span(text.index(name), text.index(name) + len(name), name)],
            )
        )
    # the Kremlin stays itself when the article does not name its state
    assert [speaker for _, speaker, _ in quotes_of(article)] == ["United States", "Kremlin"]


def test_the_latter_is_the_last_person_named(build: Build) -> None:
    text = (
        "Dmytro Kouleba a reçu Volodymyr Zelensky à Kiev. Ce dernier a affirmé qu'il "
        "entendait préserver le partenariat avec la Pologne."
    )
    assert [speaker for _, speaker, _ in quotes_of(build(text, "fr", CAST))] == [
        "Volodymyr Zelensky"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Les combats ont repris dans la nuit, selon des sources locales et onusiennes.",
        "Les trois pays européens ont averti qu'ils pourraient déclencher le mécanisme.",
    ],
)
def test_several_unnamed_speakers_are_no_actor(build: Build, text: str) -> None:
    article = build(text, "fr", CAST)
    _, found = find(article, load("fr"))
    assert [f.direct for f in found] == [False]  # found, with its speaker's words ...
    assert quotes_of(article) == []  # ... but nobody known says it


def test_an_unnamed_official_of_a_person_speaks_for_that_person(build: Build) -> None:
    text = (
        "Nigerian President Bola Tinubu urged the three leaders on Tuesday to reconsider, "
        "his spokesman said."
    )
    cast: Cast = {"Bola Tinubu": ("person", ["Bola Tinubu"])}
    assert [speaker for _, speaker, _ in quotes_of(build(text, "en", cast))] == ["Bola Tinubu"]


def test_an_unnamed_official_speaks_for_the_possessor_named_before(build: Build) -> None:
    text = (
        "Le Programme alimentaire mondial se dit prêt à faire entrer ses convois au Tigré. "
        "Aucun camion n'a pu entrer dans la région depuis août, selon sa porte-parole à Nairobi."
    )
    cast: Cast = {"World Food Programme": ("organization", ["Programme alimentaire mondial"])}
    found = quotes_of(build(text, "fr", cast))
    assert [speaker for _, speaker, _ in found] == ["World Food Programme"] * len(found)
    assert found


def test_an_unnamed_official_speaks_for_the_body_a_noun_before_his_title_names(
    build: Build,
) -> None:
    text = (
        "The Commission denied striking any deal with Budapest. \u201cThe money was released "
        "because Hungary met the conditions,\u201d a Commission spokesperson said."
    )
    cast: Cast = {
        "European Commission": ("organization", ["The Commission"]),
        "Hungary": ("country", ["Budapest", "Hungary"]),
    }
    found = quotes_of(build(text, "en", cast))
    assert [speaker for _, speaker, direct in found if direct] == ["European Commission"]


def test_a_name_set_off_at_the_end_of_a_description_names_the_speaker(build: Build) -> None:
    text = (
        "« Nous savons que de hauts responsables ont travaillé avec Wagner », a déclaré le "
        "porte-parole du Conseil de sécurité nationale de la Maison Blanche, John Kirby."
    )
    cast: Cast = {
        "National Security Council": (
            "organization",
            ["porte-parole du Conseil de sécurité nationale"],
        ),
        "John Kirby": ("person", ["John Kirby"]),
    }
    assert [speaker for _, speaker, _ in quotes_of(build(text, "fr", cast))] == ["John Kirby"]


def test_a_pronoun_takes_a_name_in_apposition_to_the_subject(build: Build) -> None:
    text = (
        "Le chef de la garde présidentielle, le général Abdourahamane Tiani, a reçu vendredi "
        "Mohamed Bazoum. Il a justifié le putsch par « la dégradation continue de la situation "
        "sécuritaire »."
    )
    cast: Cast = {
        "Abdourahamane Tiani": ("person", ["Abdourahamane Tiani"]),
        "Mohamed Bazoum": ("person", ["Mohamed Bazoum"]),
    }
    found = quotes_of(build(text, "fr", cast))
    assert [speaker for _, speaker, direct in found if direct] == ["Abdourahamane Tiani"]


def test_an_apposition_to_another_actors_subject_is_not_a_subject(build: Build) -> None:
    text = (
        "Hikmet Hajiyev, foreign policy adviser to President Ilham Aliyev, said a signing could "
        "happen quickly. \u201cPeace is in our interest,\u201d he said."
    )
    cast: Cast = {
        # the actors stage may give the title to both
        "Hikmet Hajiyev": ("person", ["Hikmet Hajiyev", "foreign policy adviser to President"]),
        "Ilham Aliyev": ("person", ["Ilham Aliyev", "foreign policy adviser to President"]),
    }
    found = quotes_of(build(text, "en", cast))
    assert [speaker for _, speaker, direct in found if direct] == ["Hikmet Hajiyev"]


def test_a_surname_alone_names_the_person_named_in_full(build: Build) -> None:
    text = (
        "Ukrainian forces fought North Korean soldiers, President Volodymyr Zelenskiy said.\n\n"
        "\u201cThe first battles open a new page of instability,\u201d Zelenskiy said."
    )
    cast: Cast = {"Volodymyr Zelensky": ("person", ["President Volodymyr Zelenskiy"])}
    found = quotes_of(build(text, "en", cast))
    assert [speaker for _, speaker, direct in found if direct] == ["Volodymyr Zelensky"]


def test_an_indefinite_description_is_no_person_named_before(build: Build) -> None:
    text = (
        "Molly Phee met the junta in Niamey. \u201cThe door is not closed,\u201d a senior US "
        "official said."
    )
    cast: Cast = {
        "Molly Phee": ("person", ["Molly Phee", "US official"]),
        "United States": ("country", ["US"]),
    }
    article = build(text, "en", cast)
    for actor in article.actors:
        actor.country = "USA"
    found = quotes_of(article)
    assert [speaker for _, speaker, direct in found if direct] == ["United States"]


def test_a_document_speaks_for_the_speaker_of_the_statement_before(build: Build) -> None:
    text = (
        "Dans un communiqué, le ministère marocain des Affaires étrangères a dit regretter une "
        "décision injustifiée. Le royaume, ajoute le texte, restera « un partenaire crédible "
        "et loyal pour le peuple algérien »."
    )
    cast: Cast = {"Morocco": ("country", ["ministère marocain des Affaires étrangères"])}
    found = quotes_of(build(text, "fr", cast))
    assert [speaker for _, speaker, direct in found if direct] == ["Morocco"]


def test_a_gendered_pronoun_stands_for_an_institution_subject(build: Build) -> None:
    text = (
        "Dimanche, le gouvernement malien a livré une tout autre version. Au terme de son "
        "enquête, il affirme que l'appareil a été détruit par « une action hostile préméditée "
        "du régime algérien »."
    )
    cast: Cast = {
        "Assimi Goïta": ("person", ["Assimi Goïta"]),
        "Mali": ("country", ["gouvernement malien"]),
    }
    text = "Assimi Goïta préside la transition.\n\n" + text
    found = quotes_of(build(text, "fr", cast))
    assert [speaker for _, speaker, direct in found if direct] == ["Mali"]


def test_a_pronoun_of_another_gender_is_not_the_institution(build: Build) -> None:
    text = (
        "Aminata Touré est arrivée lundi.\n\nDimanche, le gouvernement malien a livré une tout "
        "autre version. Au terme de son enquête, elle affirme que l'appareil a été détruit par "
        "« une action hostile préméditée du régime algérien »."
    )
    cast: Cast = {
        "Aminata Touré": ("person", ["Aminata Touré"]),
        "Mali": ("country", ["gouvernement malien"]),
    }
    found = quotes_of(build(text, "fr", cast))
    assert "Mali" not in [speaker for _, speaker, direct in found if direct]


def test_a_government_body_no_actor_speaks_for_its_state(build: Build) -> None:
    text = (
        "The Philippines said two of the dead were Filipino seafarers. \u201cWe condemn this "
        "attack on a civilian vessel,\u201d the Department of Migrant Workers said."
    )
    cast: Cast = {"Philippines": ("country", ["The Philippines"])}
    found = quotes_of(build(text, "en", cast))
    assert [speaker for _, speaker, direct in found if direct] == ["Philippines"]


def test_a_document_speaks_for_the_author_its_words_name(build: Build) -> None:
    text = (
        "Retour sur l'accord conclu hier. Selon le texte publié par le ministère azerbaïdjanais "
        "de la Défense, les formations armées arméniennes doivent déposer les armes."
    )
    cast: Cast = {
        "Azerbaijan": ("country", ["ministère azerbaïdjanais de la Défense"]),
        "Armenia": ("country", ["arméniennes"]),
    }
    assert [speaker for _, speaker, _ in quotes_of(build(text, "fr", cast))] == ["Azerbaijan"]


def test_an_attribution_phrase_speaks_rather_than_a_document(build: Build) -> None:
    text = (
        "Selon le FLNKS, ce texte menace de « rendre le peuple kanak minoritaire sur sa propre "
        "terre »."
    )
    cast: Cast = {"Kanak and Socialist National Liberation Front": ("organization", ["FLNKS"])}
    found = quotes_of(build(text, "fr", cast))
    assert [speaker for _, speaker, direct in found if direct] == [
        "Kanak and Socialist National Liberation Front"
    ]


def test_a_gendered_pronoun_stands_for_no_subject_of_a_reported_clause(build: Build) -> None:
    text = (
        "À Belgrade, Petar Petković a salué une décision, tout en assurant que la Serbie "
        "n'avait « rien cédé sur le fond ». « Nous n'avons reconnu ni l'indépendance du Kosovo "
        "ni ses plaques », a-t-il déclaré."
    )
    cast: Cast = {
        "Petar Petković": ("person", ["Petar Petković"]),
        "Serbia": ("country", ["Serbie"]),
    }
    found = quotes_of(build(text, "fr", cast))
    assert [speaker for text, speaker, _ in found if "plaques" in text] == ["Petar Petković"]


def test_an_embassy_speaks_for_its_state(build: Build) -> None:
    text = (
        "Washington laid the blame on the Houthis. \u201cThey have killed international "
        "seafarers,\u201d the embassy said."
    )
    cast: Cast = {"United States": ("country", ["Washington"])}
    found = quotes_of(build(text, "en", cast))
    assert [speaker for _, speaker, direct in found if direct] == ["United States"]


def test_a_definite_organisation_noun_names_the_organisation_mentioned_last(
    build: Build,
) -> None:
    text = (
        "The World Food Programme sent 40 trucks into Tigray on Monday. The agency said it hoped "
        "to send more trucks next month."
    )
    cast: Cast = {"World Food Programme": ("organization", ["The World Food Programme"])}
    found = quotes_of(build(text, "en", cast))
    assert [speaker for _, speaker, _ in found] == ["World Food Programme"]


@pytest.mark.parametrize(
    ("text", "lang", "piece", "cast", "speaker"),
    [
        (
            "Dans une déclaration commune, Rome, Madrid et Varsovie ont exhorté Minsk à "
            "« libérer sans délai tous les prisonniers politiques ».",
            "fr",
            "libérer sans délai",
            {
                "Italy": ("country", ["Rome"]),
                "Spain": ("country", ["Madrid"]),
                "Poland": ("country", ["Varsovie"]),
                "Belarus": ("country", ["Minsk"]),
            },
            "Italy",
        ),
        (
            "After three days of talks in Bamako, the French Ministry of Defence and Mali's "
            "foreign ministry said in a joint statement that the withdrawal would be over “no "
            "later than August 31, 2022.”",
            "en",
            "no later than August 31",
            {
                "France": ("country", ["French Ministry of Defence"]),
                "Mali": ("country", ["Mali"]),
            },
            "France",
        ),
    ],
)
def test_coordinated_subjects_speak_through_the_first_named(
    build: Build, text: str, lang: str, piece: str, cast: Cast, speaker: str
) -> None:
    found = [q for q in quotes_of(build(text, lang, cast)) if q[2] and piece in q[0]]
    assert [name for _, name, _ in found] == [speaker]


def test_a_pronoun_in_an_answer_stands_for_what_the_answer_names(build: Build) -> None:
    text = (
        "Nous avons interrogé la députée Claire Martin.\n\n"
        "— Pourquoi Moscou s'en prend-il à Berlin ?\n\n"
        "— Le communiqué russe est très explicite : il accuse le chancelier Olaf Scholz de "
        "« mentir délibérément aux Allemands »."
    )
    cast: Cast = {
        "Claire Martin": ("person", ["Claire Martin"]),
        "Russia": ("country", ["russe", "Moscou"]),
        "Germany": ("country", ["Berlin"]),
        "Olaf Scholz": ("person", ["Olaf Scholz"]),
    }
    found = [q for q in quotes_of(build(text, "fr", cast)) if q[0].startswith("mentir")]
    assert [name for _, name, _ in found] == ["Russia"]


def test_a_name_the_tagger_takes_for_a_plural_noun_is_a_person(build: Build) -> None:
    text = (
        "Zúñiga was removed after his interview. Morales, who has fallen out bitterly with "
        "Arce, his former economy minister, over who should lead the ruling Movement for "
        'Socialism (MAS), called on his supporters in Bolivia to mobilise "in defence of the '
        'constitution".'
    )
    cast: Cast = {
        "Evo Morales": ("person", ["Morales"]),
        "Luis Arce": ("person", ["Arce"]),
        "Bolivia": ("country", ["Bolivia"]),
    }
    found = [q for q in quotes_of(build(text, "en", cast)) if "in defence" in q[0]]
    assert [name for _, name, _ in found] == ["Evo Morales"]


def test_a_definite_title_of_a_state_names_its_person_mentioned_last(build: Build) -> None:
    text = (
        "Il a fallu vingt minutes à Ramtane Lamamra pour dérouler le réquisitoire. Au terme de "
        "sa lecture, le ministre algérien des Affaires étrangères a prononcé la phrase : "
        "« L'Algérie a décidé de rompre les relations diplomatiques. »"
    )
    cast: Cast = {
        "Ramtane Lamamra": ("person", ["Ramtane Lamamra"]),
        "Algeria": ("country", ["algérien", "L'Algérie"]),
    }
    article = build(text, "fr", cast)
    for actor in article.actors:
        actor.country = "DZA"
    found = [q for q in quotes_of(article) if "rompre" in q[0]]
    assert [name for _, name, _ in found] == ["Ramtane Lamamra"]


def test_a_definite_title_names_the_last_person_of_its_sector(build: Build) -> None:
    text = (
        "L'argument ne convainc pas l'archevêque Bagrat Galstanian, qui a pris la tête du "
        "mouvement. Dimanche, des milliers de personnes ont exigé la démission du Premier "
        "ministre. Le prélat a affirmé : « Nous ne quitterons pas la rue. »"
    )
    cast: Cast = {
        "Bagrat Galstanian": ("person", ["Bagrat Galstanian"]),
        "Nikol Pashinyan": ("person", ["Premier ministre"]),
    }
    article = build(text, "fr", cast)
    for actor, sector in zip(article.actors, ("REL", "GOV"), strict=True):
        actor.sector = sector
    found = [q for q in quotes_of(article) if "quitterons" in q[0]]
    assert [name for _, name, _ in found] == ["Bagrat Galstanian"]


def test_a_passive_subject_is_what_a_possessive_official_speaks_for(build: Build) -> None:
    text = (
        "Luis Almagro condemned the actions of the army. U.N. Secretary-General Antonio "
        'Guterres was "deeply concerned by the developments in Bolivia" and called for '
        "respect for the democratic order, his spokesman said."
    )
    cast: Cast = {
        "Luis Almagro": ("person", ["Luis Almagro"]),
        "Antonio Guterres": ("person", ["Antonio Guterres"]),
    }
    found = [q for q in quotes_of(build(text, "en", cast)) if "deeply" in q[0]]
    assert [name for _, name, _ in found] == ["Antonio Guterres"]


def test_a_government_named_after_its_leader_speaks_for_the_state(build: Build) -> None:
    text = (
        "In Seoul the picture was different. President Yoon Suk Yeol's government said it saw "
        "no scientific problem with the plan."
    )
    cast: Cast = {
        "Yoon Suk Yeol": ("person", ["Yoon Suk Yeol"]),
        "South Korea": ("country", ["Seoul"]),
    }
    article = build(text, "en", cast)
    for actor in article.actors:
        actor.country = "KOR"
    assert [name for _, name, _ in quotes_of(article)] == ["South Korea"]


def test_a_pronoun_stands_for_no_one_named_in_the_other_gender(build: Build) -> None:
    text = (
        "La porte-parole du gouvernement rwandais, Yolande Makolo, a salué les efforts du "
        "médiateur et assuré que le président Kagame « reste attaché au processus de Luanda ». "
        "Une nouvelle rencontre pourrait être programmée « une fois les questions de fond "
        "réglées », a-t-elle ajouté."
    )
    cast: Cast = {
        "Yolande Makolo": ("person", ["Yolande Makolo"]),
        "Paul Kagame": ("person", ["Kagame"]),
    }
    found = [q for q in quotes_of(build(text, "fr", cast)) if "nouvelle rencontre" in q[0]]
    assert found and {name for _, name, _ in found} == {"Yolande Makolo"}


@pytest.mark.parametrize(
    ("text", "lang", "cast", "piece", "speaker"),
    [
        (
            "President Yoon Suk Yeol declared martial law on Tuesday night. We spoke to the "
            "opposition lawmaker Ahn Ji-hoon.\n\n"
            "— Why did the president do it?\n\n"
            "— He said the opposition had paralysed the government with impeachment motions. "
            "That is the normal work of a parliament.",
            "en",
            {
                "Yoon Suk Yeol": ("person", ["Yoon Suk Yeol"]),
                "Ahn Ji-hoon": ("person", ["Ahn Ji-hoon"]),
            },
            "the opposition had paralysed",
            "Yoon Suk Yeol",
        ),
    ],
)
def test_a_third_person_pronoun_in_quoted_words_is_not_their_speaker(
    build: Build, text: str, lang: str, cast: Cast, piece: str, speaker: str
) -> None:
    found = [q for q in quotes_of(build(text, lang, cast)) if q[0].startswith(piece)]
    assert [name for _, name, _ in found] == [speaker]


def test_a_pronoun_does_not_stand_for_a_person_the_knowledge_base_gives_the_other_gender(
    build: Build,
) -> None:
    text = (
        "Donald Trump first raised the purchase of the island years ago. Mette Frederiksen "
        "rejected the idea. He said on Monday that the island was vital for American security."
    )
    cast: Cast = {
        "Donald Trump": ("person", ["Donald Trump"]),
        "Mette Frederiksen": ("person", ["Mette Frederiksen"]),
    }
    found = [q for q in quotes_of(build(text, "en", cast)) if "vital" in q[0]]
    assert [name for _, name, _ in found] == ["Donald Trump"]


def test_a_government_named_by_a_possessive_is_its_leader_s_state(build: Build) -> None:
    text = (
        "The talks were hosted in Washington. It was Yoon Suk Yeol who broke the ice. In March "
        "his government announced that the victims would be compensated by a local foundation."
    )
    cast: Cast = {
        "United States": ("country", ["Washington"]),
        "South Korea": ("country", ["South Korean"]),
        "Yoon Suk Yeol": ("person", ["Yoon Suk Yeol"]),
    }
    article = build(text, "en", cast)
    for actor in article.actors:
        actor.country = {"United States": "USA", "South Korea": "KOR"}.get(actor.name, "KOR")
    found = [q for q in quotes_of(article) if "compensated" in q[0]]
    assert [name for _, name, _ in found] == ["South Korea"]


def test_a_leader_s_office_speaks_for_the_leader_s_state_and_so_does_it_after(
    build: Build,
) -> None:
    text = (
        "Hamas fired rockets at Israel from Lebanon on Monday. Netanyahu's office said the "
        "army would respond. It added that talks with Washington would go on."
    )
    cast: Cast = {
        "Benjamin Netanyahu": ("person", ["Netanyahu"]),
        "Israel": ("country", ["Israel"]),
        "Lebanon": ("country", ["Lebanon"]),
        "United States": ("country", ["Washington"]),
        "Hamas": ("group", ["Hamas"]),
    }
    article = build(text, "en", cast)
    codes = {"Lebanon": "LBN", "United States": "USA", "Hamas": "PSE"}
    for actor in article.actors:
        actor.country = codes.get(actor.name, "ISR")
    assert [name for _, name, _ in quotes_of(article)] == ["Israel", "Israel"]


def test_a_pronoun_does_not_stand_for_a_person_whose_title_gives_the_other_gender(
    build: Build,
) -> None:
    text = (
        "Jane Doe spoke first. Then the talks were chaired by Mr John Smith. She said that the "
        "deal was close."
    )
    cast: Cast = {"Jane Doe": ("person", ["Jane Doe"]), "John Smith": ("person", ["John Smith"])}
    assert [name for _, name, _ in quotes_of(build(text, "en", cast))] == ["Jane Doe"]


def test_a_french_pronoun_takes_up_the_institution_that_spoke_before_it(build: Build) -> None:
    text = (
        "Le collège des chefs d'État, présidé par le général Assimi Goïta, a rappelé ses "
        "ambassadeurs.\n\n"
        "Alger a rejeté ces accusations. Dans un communiqué, le ministère des Affaires "
        "étrangères a dénoncé des « allégations fallacieuses » et une manœuvre de la junte "
        "malienne. Les données radar « attestent "
        "de la violation » de l'espace aérien, a-t-il assuré, ajoutant qu'elles pourraient être "
        "communiquées à qui le souhaiterait."
    )
    cast: Cast = {
        "Assimi Goïta": ("person", ["Assimi Goïta"]),
        "Algeria": ("country", ["Alger"]),
        "Mali": ("country", ["junte malienne"]),
    }
    found = [q for q in quotes_of(build(text, "fr", cast)) if "communiquées" in q[0]]
    assert [name for _, name, _ in found] == ["Algeria"]


def test_a_named_body_of_a_state_speaks_before_the_state_its_words_hold(build: Build) -> None:
    text = (
        "Le Bureau des affaires de Taïwan du gouvernement chinois l'a accusé de vouloir "
        "« provoquer une confrontation »."
    )
    cast: Cast = {
        "China": ("country", ["Bureau des affaires de Taïwan du gouvernement chinois"]),
        "Taiwan Affairs Office": ("organization", ["Bureau des affaires de Taïwan"]),
    }
    assert [name for _, name, _ in quotes_of(build(text, "fr", cast))] == ["Taiwan Affairs Office"]


def test_a_ministry_named_after_its_spokesman_is_his_state(build: Build) -> None:
    text = (
        '"This is an extremely selfish act," foreign ministry spokesman Wang Wenbin told '
        "reporters. The same day, Tokyo's ambassador was summoned to hear what the ministry "
        'called "solemn representations and a strong protest."'
    )
    cast: Cast = {
        "Wang Wenbin": ("person", ["ministry spokesman", "Wang Wenbin"]),
        "China": ("country", ["China"]),
        "Japan": ("country", ["Tokyo"]),
    }
    article = build(text, "en", cast)
    for actor in article.actors:
        actor.country = "JPN" if actor.name == "Japan" else "CHN"
    found = [name for words, name, _ in quotes_of(article) if "solemn" in words]
    assert found == ["China"]


def test_a_participle_restricting_a_noun_speaks_for_that_noun(build: Build) -> None:
    text = (
        "En juillet 2024, Alger avait rappelé son ambassadeur à Paris après la lettre "
        "d'Emmanuel Macron au roi Mohammed VI reconnaissant que l'avenir du Sahara occidental "
        "s'inscrivait « dans le cadre de la souveraineté marocaine »."
    )
    cast: Cast = {
        "Algeria": ("country", ["Alger"]),
        "France": ("country", ["Paris"]),
        "Emmanuel Macron": ("person", ["Emmanuel Macron"]),
        "Mohammed VI": ("person", ["Mohammed VI"]),
    }
    found = [name for words, name, _ in quotes_of(build(text, "fr", cast)) if "cadre" in words]
    assert found and set(found) == {"Emmanuel Macron"}


def test_an_unnamed_military_spokesman_speaks_for_the_armed_forces(build: Build) -> None:
    text = (
        "L'armée israélienne a affirmé avoir ouvert le feu sur des suspects au Liban. « Ces "
        "individus pénétraient dans une zone où leur présence constitue une violation de "
        "l'accord », a précisé un porte-parole militaire."
    )
    cast: Cast = {
        "Israel Defense Forces": ("organization", ["armée israélienne"]),
        "Lebanon": ("country", ["Liban"]),
    }
    article = build(text, "fr", cast)
    for actor in article.actors:
        actor.sector = "MIL" if actor.kind == "organization" else "GOV"
    found = [name for words, name, _ in quotes_of(article) if "individus" in words]
    assert found == ["Israel Defense Forces"]


def test_a_bare_government_refers_back_only_into_its_passage(build: Build) -> None:
    text = (
        "Il a exhorté le gouvernement français à sanctionner le régime de Bakou.\n\n"
        "Dimanche, des milliers de personnes se sont rassemblées à Erevan.\n\n"
        "Hier, des manifestants ont bloqué la capitale arménienne. Le gouvernement a exclu "
        "toute démission et accusé l'opposition de vouloir « déstabiliser le pays par la rue »."
    )
    cast: Cast = {
        "France": ("country", ["gouvernement français"]),
        "Azerbaijan": ("country", ["Bakou"]),
        "Armenia": ("country", ["Erevan", "arménienne"]),
    }
    found = [name for words, name, _ in quotes_of(build(text, "fr", cast)) if "rue" in words]
    assert found == ["Armenia"]


def test_a_news_agency_relays_the_subject_of_the_quotes_clause(build: Build) -> None:
    text = (
        "Téhéran a convoqué dimanche les ambassadeurs du Royaume-Uni et de la France pour "
        "dénoncer leur « position irresponsable face aux crimes du régime sioniste », a "
        "rapporté l'agence officielle Irna."
    )
    cast: Cast = {
        "Iran": ("country", ["Téhéran"]),
        "United Kingdom": ("country", ["Royaume-Uni"]),
        "France": ("country", ["France"]),
    }
    found = [name for words, name, _ in quotes_of(build(text, "fr", cast)) if "crimes" in words]
    assert found == ["Iran"]


def test_an_organisation_noun_with_none_before_it_names_its_statements_subject(
    build: Build,
) -> None:
    text = (
        "NATO will deploy 700 additional troops to northern Kosovo after clashes with "
        "protesters, the alliance said on Tuesday."
    )
    cast: Cast = {
        "NATO": ("organization", ["NATO"]),
        "Kosovo": ("country", ["Kosovo"]),
    }
    found = quotes_of(build(text, "en", cast))
    assert [speaker for words, speaker, _ in found if "troops" in words] == ["NATO"]


def test_those_of_a_definite_organisation_noun_speak_for_it(build: Build) -> None:
    text = (
        "Le Mercosur s'est réuni jeudi à Brasilia.\n\n"
        "Dans une déclaration commune, les pays du bloc ont exhorté Caracas à s'abstenir de "
        "toute « action unilatérale susceptible d'aggraver la situation »."
    )
    cast: Cast = {
        "Mercosur": ("organization", ["Le Mercosur"]),
        "Venezuela": ("country", ["Caracas"]),
    }
    found = quotes_of(build(text, "fr", cast))
    assert [speaker for words, speaker, _ in found if "aggraver" in words] == ["Mercosur"]


def test_an_unnamed_ministry_is_the_state_only_quotes_named_before_it(build: Build) -> None:
    text = (
        "« C'est d'abord une victoire du peuple sénégalais », a déclaré le député Abdoulaye "
        "Ndour.\n\n"
        "La répression des manifestations a fait trois morts. Le ministère de l'Intérieur "
        "nie que les forces de l'ordre aient tiré à balles réelles."
    )
    cast: Cast = {
        "Senegal": ("country", ["sénégalais"]),
        "Abdoulaye Ndour": ("person", ["Abdoulaye Ndour"]),
    }
    found = quotes_of(build(text, "fr", cast))
    assert [speaker for words, speaker, _ in found if "balles" in words] == ["Senegal"]
