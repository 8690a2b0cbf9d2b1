"""Direct quotes (:mod:`newsgraph.quotes.direct`): which quoted words are quotations, and their
speakers, in French and English, on articles built by hand."""

from __future__ import annotations

from bisect import insort

import pytest

from newsgraph.quotes import find, load
from newsgraph.quotes.direct import is_quotation
from newsgraph.quotes.layout import Layout

from .build import Cast, quotes_of
from .casts import DIRECT_PEOPLE as PEOPLE
from .conftest import Build

pytestmark = pytest.mark.model


def test_a_cue_in_the_paragraph_before_is_not_the_cue_of_the_next(build: Build) -> None:
    # the parser hangs "a salué" on "a estimé" of the paragraph before
    text = (
        "L'ambassadeur chinois Fu Cong a pour sa part estimé que le recours à la force ne "
        "pouvait remplacer un processus politique « conduit et maîtrisé par les Haïtiens ».\n\n"
        "A Port-au-Prince, le président du Conseil présidentiel de transition, Laurent "
        "Saint-Cyr, a salué « une décision historique » et remercié les membres du Conseil."
    )
    cast: Cast = {
        "Fu Cong": ("person", ["Fu Cong"]),
        "Laurent Saint-Cyr": ("person", ["Laurent Saint-Cyr"]),
    }
    found = [q for q in quotes_of(build(text, "fr", cast)) if "décision" in q[0]]
    assert [speaker for _, speaker, _ in found] == ["Laurent Saint-Cyr"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("L'Union européenne vise les navires de la « flotte fantôme » russe.", "fr"),
        ("L'Otan a lancé l'opération « Baltic Sentry » il y a deux semaines.", "fr"),
        ("Lula a salué un texte « équilibré ».", "fr"),
        (
            "Les ministres ont appelé l'Iran à rétablir « sans délai » l'accès des inspecteurs.",
            "fr",
        ),
        ('The so-called "shadow fleet" carries Russian oil.', "en"),
        ('Putin and Kim signed the "comprehensive strategic partnership" treaty.', "en"),
    ],
)
def test_nicknames_names_and_scare_quotes_are_not_quotes(
    build: Build, text: str, lang: str
) -> None:
    assert [q for q in quotes_of(build(text, lang, PEOPLE)) if q[2]] == []


def test_an_unknown_speaker_is_none(build: Build) -> None:
    text = "« Nous avons tout perdu », a raconté une habitante du quartier."
    assert quotes_of(build(text, "fr", PEOPLE)) == [("Nous avons tout perdu", None, True)]


def test_a_capitalised_exclamation_a_cue_tags_is_a_quotation(build: Build) -> None:
    text = '"Thanks, Olaf!" responded Dmytro Kuleba. He praised "Operation Lasting Freedom" too.'
    found = quotes_of(build(text, "en", PEOPLE))
    assert [(q[0], q[1]) for q in found if q[2]] == [("Thanks, Olaf!", "Dmytro Kuleba")]


def test_a_quotation_over_two_paragraphs_takes_the_speaker_named_at_its_end(
    build: Build,
) -> None:
    text = (
        "The talks went on.\n\n“We are ready to act. We are ready.\n\n"
        "“But we will not wait forever,” Jake Sullivan said."
    )
    found = [(q[0], q[1]) for q in quotes_of(build(text, "en", PEOPLE)) if q[2]]
    assert found == [
        ("We are ready to act. We are ready.", "Jake Sullivan"),
        ("But we will not wait forever", "Jake Sullivan"),
    ]


@pytest.mark.parametrize(
    ("text", "piece"),
    [
        ("Asked whether he meant all of them, Jake Sullivan said, “All.”", "All."),
        ("Asked again, Jake Sullivan replied: “Not now!”", "Not now!"),
    ],
)
def test_a_short_reply_a_cue_introduces_is_a_quotation(build: Build, text: str, piece: str) -> None:
    found = [(q[0], q[1]) for q in quotes_of(build(text, "en", PEOPLE)) if q[2]]
    assert found == [(piece, "Jake Sullivan")]


def test_straight_single_marks_quote_in_english(build: Build) -> None:
    text = "Jake Sullivan said: 'We are devastated by the loss of our soldiers.'"
    found = [(q[0], q[1], q[2]) for q in quotes_of(build(text, "en", PEOPLE))]
    assert found == [("We are devastated by the loss of our soldiers.", "Jake Sullivan", True)]


@pytest.mark.parametrize(
    ("text", "lang", "piece", "cast", "speaker"),
    [
        # a speech tag the parser hangs on the clause as a parenthetical
        (
            "Dmitry Peskov said the talks had gone well. The goal of the agreement, he added, "
            "was to prevent “bloodshed, chaos and clashes with unforeseeable consequences”.",
            "en",
            "bloodshed, chaos",
            {"Dmitry Peskov": ("person", ["Dmitry Peskov"])},
            "Dmitry Peskov",
        ),
        # in a prepositional phrase of the clause reported
        (
            "Keir Starmer said at the time he was watching the plan “with a great deal of "
            "interest”, though London has ruled out a similar scheme.",
            "en",
            "with a great deal of interest",
            {"Keir Starmer": ("person", ["Keir Starmer"])},
            "Keir Starmer",
        ),
        # the nearest reporting verb above the quote, whatever the quote is to it
        (
            "À Moscou, le Kremlin a appelé toutes les parties à « faire preuve de retenue », "
            "tandis que le chef de Wagner, Evgueni Prigojine, a salué la lutte du peuple malien "
            "« contre les colonisateurs ».",
            "fr",
            "contre les colonisateurs",
            {
                "Kremlin": ("organization", ["Kremlin"]),
                "Yevgeny Prigozhin": ("person", ["chef de Wagner", "Evgueni Prigojine"]),
            },
            "Yevgeny Prigozhin",
        ),
        # the speech tag after the clause it reports
        (
            "On Wednesday, the State Department said on X that US vessels could now transit the "
            'canal without paying fees, "saving the US government millions of dollars a '
            'year." Within hours the Panama Canal Authority, which runs the waterway, denied it '
            'had waived any charges. It "has not made any change" to its tolls and fees, the '
            "authority said in a statement.",
            "en",
            "has not",
            {
                "United States": ("country", ["State Department", "US"]),
                "Panama Canal Authority": ("organization", ["Panama Canal Authority"]),
            },
            "Panama Canal Authority",
        ),
    ],
)
def test_quotations_within_a_statement_and_their_speakers(
    build: Build, text: str, lang: str, piece: str, cast: Cast, speaker: str
) -> None:
    found = [q for q in quotes_of(build(text, lang, cast)) if q[2] and piece in q[0]]
    assert found, f"no quote with {piece!r}"
    assert found[0][1] == speaker


def test_an_attribution_phrase_names_the_source_of_several(build: Build) -> None:
    text = (
        "Scholz later spoke by phone with Joe Biden, Emmanuel Macron and Giorgia Meloni, and "
        "the four leaders affirmed their “full support for Moldova”, according to a Chancellery "
        "readout."
    )
    cast: Cast = {
        "Olaf Scholz": ("person", ["Scholz"]),
        "Joe Biden": ("person", ["Joe Biden"]),
        "Emmanuel Macron": ("person", ["Emmanuel Macron"]),
        "Giorgia Meloni": ("person", ["Giorgia Meloni"]),
        "German Chancellery": ("organization", ["Chancellery"]),
    }
    found = [q for q in quotes_of(build(text, "en", cast)) if "full support" in q[0]]
    assert [name for _, name, _ in found] == ["German Chancellery"]


def test_a_title_capitalised_on_its_first_word_is_no_quotation(build: Build) -> None:
    text = (
        "Téhéran a présenté l'opération, baptisée « Promesse tenue », comme une riposte à la "
        "frappe contre son consulat, qui avait tué sept officiers."
    )
    cast: Cast = {"Iran": ("country", ["Téhéran"])}
    assert [q for q in quotes_of(build(text, "fr", cast)) if "Promesse" in q[0]] == []


def test_a_crosshead_repeating_a_quotation_is_no_quotation_of_its_own(build: Build) -> None:
    text = (
        "Le ministre a reçu les élus de la région.\n\n"
        "« Nous voulons que Berlin aille plus loin »\n\n"
        "À Erevan, le vice-ministre Ara Petrossian a été clair : « Les promesses, c'est bien. "
        "Mais nous voulons que Berlin aille plus loin, et vite. »"
    )
    cast: Cast = {"Ara Petrossian": ("person", ["Ara Petrossian"])}
    found = [q[0] for q in quotes_of(build(text, "fr", cast)) if q[2]]
    assert found and all(q.startswith("Les promesses") for q in found)


def test_a_short_reply_its_tag_follows_is_a_quotation(build: Build) -> None:
    text = (
        "Blinken was asked who would win. “Denver,” he answered. "
        "“Absolutely not,” said Kaja Kallas. Olaf Scholz, who goes by “Olaf,” said he was ready."
    )
    found = [(q[0], q[1]) for q in quotes_of(build(text, "en", PEOPLE)) if q[2]]
    assert ("Denver", "Antony Blinken") in found
    assert ("Absolutely not", "Kaja Kallas") in found
    assert all(words != "Olaf" for words, _ in found)


def test_a_relative_clause_with_a_pronoun_for_subject_speaks_for_it(build: Build) -> None:
    text = (
        "Senator Marco Rubio is airing a new TV ad in the state aimed at evangelicals, in which "
        "he declares, “The purpose of our life is to cooperate with God's plan.”"
    )
    cast: Cast = {"Marco Rubio": ("person", ["Marco Rubio", "Rubio"])}
    layout, found = find(build(text, "en", cast), load("en"))
    speakers = [layout.text[q.speaker.start : q.speaker.end] for q in found if q.speaker]
    assert speakers == ["he"]


@pytest.mark.parametrize(
    ("text", "piece", "speaker"),
    [
        (
            '"All the way!" Olaf Scholz shouted, to cheers from the crowd.',
            "All the way!",
            "Olaf Scholz",
        ),
        ("“Too forced?” Kaja Kallas tweeted when the debate ended.", "Too forced?", "Kaja Kallas"),
        ('"Not now!" Dmytro Kuleba said of the talks.', "Not now!", "Dmytro Kuleba"),
    ],
)
def test_an_exclamation_its_tag_follows_after_the_sentence_cut_is_a_quotation(
    build: Build, text: str, piece: str, speaker: str
) -> None:
    found = [(q[0], q[1]) for q in quotes_of(build(text, "en", PEOPLE)) if q[2]]
    assert found == [(piece, speaker)]


def test_a_french_exclamation_its_tag_follows_after_a_sentence_cut_is_a_quotation(
    build: Build,
) -> None:
    layout = Layout(build("« Jamais ! » répond Jean Dupont, sous les huées.", "fr", {}), load("fr"))
    quote = layout.marked[0]
    insort(layout.cuts, quote.outer[1] + 1)  # a sentence cut right after the quote
    assert is_quotation(layout, quote)


def test_an_exclamation_before_a_sentence_that_is_no_tag_is_no_quotation(build: Build) -> None:
    text = '"Not now!" Dmytro Kuleba left the room.'
    assert not [q for q in quotes_of(build(text, "en", PEOPLE)) if q[2]]


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        (
            "Cruz won an endorsement from Olaf Scholz, who declared in the spin room, "
            "“I’m sending the signal that it’s time to unite.”",
            "en",
            "Olaf Scholz",
        ),
        (
            "Then there was the radio host Olaf Scholz, who lamented in an interview with "
            "Kaja Kallas, ''We have spent years demonizing the media.''",
            "en",
            "Olaf Scholz",
        ),
        (
            "Le texte a reçu le soutien de Jean Dupont, qui a déclaré devant la presse : "
            "« Il est temps de nous rassembler. »",
            "fr",
            "Jean Dupont",
        ),
    ],
)
def test_a_relative_clause_that_ends_on_a_quote_says_it(
    build: Build, text: str, lang: str, speaker: str
) -> None:
    found = [q[1] for q in quotes_of(build(text, lang, PEOPLE)) if q[2]]
    assert found == [speaker]
