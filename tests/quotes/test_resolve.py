"""From the words naming a speaker to an actor: several actors in one phrase, pronouns, none."""

from __future__ import annotations

import pytest

from newsgraph.quotes import extract, find, load

from .build import Cast, quotes_of
from .casts import RESOLVE_CAST as CAST
from .conftest import Build

pytestmark = pytest.mark.model


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


@pytest.mark.parametrize(
    ("text", "lang", "cast", "speaker"),
    [
        (
            "The Zembian foreign ministry issued a statement on Tuesday after the clash.\n\n"
            "\u201cZembia will not accept any change to the border,\u201d the statement read.",
            "en",
            {"Zembia": ("country", ["Zembian"])},
            "Zembia",
        ),
        (
            "Le gouvernement zembien a réagi dans la soirée à l'arrestation du journaliste.\n\n"
            "« Nous demandons sa libération immédiate », indique le communiqué.",
            "fr",
            {"Zembia": ("country", ["zembien"])},
            "Zembia",
        ),
    ],
)
def test_a_document_speaks_for_the_subject_that_issued_it(
    build: Build, text: str, lang: str, cast: Cast, speaker: str
) -> None:
    assert [name for _, name, _ in quotes_of(build(text, lang, cast))] == [speaker]


def test_a_body_set_off_after_a_description_names_the_speaker(build: Build) -> None:
    text = (
        'The UN mission in southern Zembia, Unzef, said it had recorded "multiple '
        'violations" by both sides.'
    )
    cast: Cast = {
        "United Nations": ("organization", ["The UN"]),
        "Unzef": ("organization", ["Unzef"]),
    }
    speakers = {speaker for _, speaker, _ in quotes_of(build(text, "en", cast))}
    assert speakers == {"Unzef"}


def test_a_body_a_state_s_possessive_names_is_that_state_s(build: Build) -> None:
    text = (
        "Zembia answered the same evening. Its Foreign Office said the crossings would remain "
        'shut "until further notice".'
    )
    cast: Cast = {
        "Zembia": ("country", ["Zembia"]),
        "United Kingdom": ("country", ["Foreign Office"]),
    }
    speakers = {speaker for _, speaker, _ in quotes_of(build(text, "en", cast))}
    assert speakers == {"Zembia"}


def test_a_state_in_the_reported_words_does_not_own_a_possessed_body(build: Build) -> None:
    text = (
        "Zembia hit back on Monday. Its Foreign Office said Varnia had broken the fishing treaty."
    )
    cast: Cast = {
        "Zembia": ("country", ["Zembia"]),
        "Varnia": ("country", ["Varnia"]),
        "United Kingdom": ("country", ["Foreign Office"]),
    }
    speakers = {speaker for _, speaker, _ in quotes_of(build(text, "en", cast))}
    assert speakers == {"Zembia"}


def test_a_body_set_off_after_a_person_s_name_does_not_name_the_speaker(build: Build) -> None:
    text = 'Anna Rhodes, Human Rights Watch, said Varnia had "ignored the evidence".'
    cast: Cast = {
        "Anna Rhodes": ("person", ["Anna Rhodes"]),
        "Human Rights Watch": ("organization", ["Human Rights Watch"]),
        "Varnia": ("country", ["Varnia"]),
    }
    speakers = {speaker for _, speaker, _ in quotes_of(build(text, "en", cast))}
    assert speakers == {"Anna Rhodes"}
