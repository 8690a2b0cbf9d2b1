"""Speech tags of quotations (:mod:`newsgraph.quotes.tags`), in French and English: tags outside
the sentence of the quote, tags that interrupt it, verbs that tag the quote before them."""

from __future__ import annotations

import pytest

from newsgraph.quotes import find, load

from .build import Cast, quotes_of, speaker_words
from .casts import DIRECT_PEOPLE as PEOPLE
from .conftest import Build

pytestmark = pytest.mark.model


def _speakers(build: Build, text: str, lang: str) -> dict[str, str | None]:
    """The words naming the speaker of each quote ``find`` reads in ``text``, by its words."""
    return speaker_words(build(text, lang, {}))


@pytest.mark.parametrize(
    ("lang", "text", "words", "speaker"),
    [
        (
            "en",
            "Here are the claims we checked.\n\n"
            '"Almost all new income and wealth is going to the top 1 percent."\n\n'
            "- Bernie Sanders.\n\nThe senator is relying on an outdated statistic.",
            "Almost all new income and wealth is going to the top 1 percent.",
            "Bernie Sanders",
        ),
        (
            "fr",
            "Voici les affirmations vérifiées.\n\n"
            "« Le chômage n'a jamais été aussi bas depuis quarante ans. »\n\n"
            "— Emmanuel Macron.\n\nLe chiffre est exact.",
            "Le chômage n'a jamais été aussi bas depuis quarante ans.",
            "Emmanuel Macron",
        ),
    ],
)
def test_a_name_after_a_dash_on_the_line_after_a_quotation_signs_it(
    build: Build, lang: str, text: str, words: str, speaker: str
) -> None:
    assert _speakers(build, text, lang)[words] == speaker


def test_a_name_after_a_hyphen_on_the_line_after_a_sentence_signs_nothing(build: Build) -> None:
    text = (
        'The senator called the bill "a disgrace to the country."\n\n'
        "- Bernie Sanders.\n\nThe senator is relying on an outdated statistic."
    )
    assert "Bernie" not in str(_speakers(build, text, "en"))


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Trump spoke on Tuesday.\n\n“See, I thought she might do that. Would that have been "
            "great?,” Trump said.",
            "See, I thought she might do that. Would that have been great",
            "Trump",
        ),
        (
            "Clinton joined the stage.\n\n“Thank you for making sure the world knows that Black "
            "Girls Rock!,” Clinton said Tuesday.",
            "Thank you for making sure the world knows that Black Girls Rock",
            "Clinton",
        ),
    ],
)
def test_a_comma_after_a_question_or_an_exclamation_leads_to_the_tag(
    build: Build, text: str, words: str, speaker: str
) -> None:
    speakers = _speakers(build, text, "en")
    quote = next(found for found in speakers if found.startswith(words))
    assert speakers[quote] == speaker


def test_a_participle_read_as_a_clause_of_the_tag_does_not_cut_it_off(build: Build) -> None:
    text = (
        "Sanders spoke on Sunday.\n\n"
        '"Let\'s go back six months and look at Bernie Sanders announcing his candidacy," '
        'Sanders said in an interview with CNN\'s Gloria Borger aired Monday on "New Day."'
    )
    speakers = _speakers(build, text, "en")
    quote = next(words for words in speakers if words.startswith("Let's go back"))
    assert speakers[quote] == "Sanders"


def test_a_sentence_the_tag_interrupts_is_one_quotation(build: Build) -> None:
    text = (
        "Barack Obama spoke in Honolulu.\n\n"
        '"What makes climate change difficult is that it is not an instantaneous event," he '
        'said. "It is a slow-moving issue that people do not see."\n\n'
        '"We will walk away more in love with this country," Obama said, "the only place on '
        'earth where this story could have unfolded."'
    )
    found = [q for q in quotes_of(build(text, "en", PEOPLE)) if q[2]]
    assert [q[1] for q in found] == ["Barack Obama"] * 2
    # the quotation goes on after its tag in a new sentence: one quotation, tag and all
    assert found[0][0].startswith("What makes") and found[0][0].endswith("do not see.")
    assert found[1][0].startswith("We will walk") and found[1][0].endswith("have unfolded.")


def test_quotes_of_another_tag_in_between_stay_apart(build: Build) -> None:
    text = '"We remain open to talks," Kerry said. Obama disagreed. "This will not do," he said.'
    found = [(q[0], q[1]) for q in quotes_of(build(text, "en", PEOPLE)) if q[2]]
    assert found == [
        ("We remain open to talks", "John Kerry"),
        ("This will not do", "Barack Obama"),
    ]


def test_a_tag_whose_clause_is_the_rest_of_the_quote_interrupts_it(build: Build) -> None:
    text = (
        "Norman Ham spoke on the radio.\n\n"
        "“Now that I don’t have to be politically correct anymore,” he told the host, “it was "
        "demoralizing to work for Obama.”"
    )
    found = [(q[0], q[1]) for q in quotes_of(build(text, "en", PEOPLE)) if q[2]]
    assert len(found) == 1
    assert found[0][0].startswith("Now that I") and found[0][0].endswith("work for Obama.")
    assert found[0][1] == "Norman Ham"


def test_the_object_of_a_tag_whose_subject_precedes_it_is_no_speaker(build: Build) -> None:
    text = (
        "“The race is tight,” Jake Sullivan, part of the team conducting the survey, told "
        "Antony Blinken."
    )
    found = [(q[0], q[1]) for q in quotes_of(build(text, "en", PEOPLE)) if q[2]]
    assert found == [("The race is tight", "Jake Sullivan")]


def test_a_verb_of_manner_of_speaking_tags_the_quote_before_it(build: Build) -> None:
    text = '"Because you would be in jail," Jake Sullivan interjected.'
    found = [(q[0], q[1]) for q in quotes_of(build(text, "en", PEOPLE)) if q[2]]
    assert found == [("Because you would be in jail", "Jake Sullivan")]


def test_a_name_the_parser_reads_as_a_compound_of_the_tag_is_its_speaker(build: Build) -> None:
    text = (
        "The anchor asked about immigration.\n\n"
        "“Go back to Univision,” Trump barked and a security guard escorted Ramos out."
    )
    cast: Cast = {"Donald Trump": ("person", ["Donald Trump", "Trump"])}
    found = [(q[0], q[1]) for q in quotes_of(build(text, "en", cast)) if q[2]]
    assert found == [("Go back to Univision", "Donald Trump")]


def test_a_tag_sentence_after_a_quotation_ending_with_a_full_stop_tags_it(
    build: Build,
) -> None:
    text = (
        "Reporters waited for hours.\n\n"
        "“Russia, if you’re listening, I hope you’re able to find the 30,000 emails that are "
        "missing.” Trump said.\n\n"
        "“We will not give in.” Blinken added: “Never.”"
    )
    cast: Cast = {"Donald Trump": ("person", ["Donald Trump", "Trump"]), **PEOPLE}
    found = {q[0][:6]: q[1] for q in quotes_of(build(text, "en", cast)) if q[2]}
    assert found["Russia"] == "Donald Trump"
    assert found.get("We wil") != "Antony Blinken"


def test_a_verb_of_mocking_or_teasing_tags_the_quote_before_it(build: Build) -> None:
    text = "“We won this state and we will win the next one,” Olaf Scholz gloated."
    found = [(q[0], q[1]) for q in quotes_of(build(text, "en", PEOPLE)) if q[2]]
    assert found == [("We won this state and we will win the next one", "Olaf Scholz")]


def test_a_french_verb_of_joking_tags_the_quote_before_it(build: Build) -> None:
    text = "« Je suis le plus vieux candidat de cette élection », a plaisanté Jean Dupont."
    found = [(q[0], q[1]) for q in quotes_of(build(text, "fr", PEOPLE)) if q[2]]
    assert found == [("Je suis le plus vieux candidat de cette élection", "Jean Dupont")]


def test_a_verb_of_loud_speech_tags_the_quote_before_it(build: Build) -> None:
    text = "“This is no way to run a country, and everyone knows it,” Olaf Scholz fired back."
    found = [(q[0], q[1]) for q in quotes_of(build(text, "en", PEOPLE)) if q[2]]
    assert found == [("This is no way to run a country, and everyone knows it", "Olaf Scholz")]


def test_a_french_verb_of_retort_tags_the_quote_before_it(build: Build) -> None:
    text = "« Ce gouvernement ne sait plus où il va », a taclé Jean Dupont."
    found = [(q[0], q[1]) for q in quotes_of(build(text, "fr", PEOPLE)) if q[2]]
    assert found == [("Ce gouvernement ne sait plus où il va", "Jean Dupont")]


def test_a_question_pressed_is_tagged_by_its_asker(build: Build) -> None:
    text = "“Would it be negotiable?” Jake Sullivan pressed. “Maybe for some people?”"
    _, found = find(build(text, "en", PEOPLE), load("en"))
    assert [f.speaker and text[f.speaker.start : f.speaker.end] for f in found] == ["Jake Sullivan"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("« Personne ne veut la guerre dans la région », note Paul Garnier, diplomate.", "Paul"),
        ("« Le pouvoir cherche à gagner du temps », décrypte Nadia Haddad, politologue.", "Nadia"),
        (
            "« La Turquie teste les Européens, analyse Paul Garnier, chercheur à Athènes. Elle "
            "sait qu'ils ne réagiront pas. »",
            "Paul",
        ),
    ],
)
def test_a_tag_verb_the_tagger_reads_as_a_noun_or_no_list_names_tags_the_quote(
    build: Build, text: str, speaker: str
) -> None:
    words = speaker_words(build(f"Le débat est vif.\n\n{text}", "fr", {}), direct_only=True)
    assert [(found or "").split()[0] for found in words.values()] == [speaker]


@pytest.mark.parametrize(
    ("lang", "text", "words"),
    [
        (
            "fr",
            "Le ministre Paul Brandt a dénoncé une « saisie déguisée », et son porte-parole, "
            "Avi Mizrahi, a averti qu'il « continuera ».",
            "saisie déguisée",
        ),
        (
            "fr",
            "Le ministre Paul Brandt a jugé la décision « totalement inacceptable », mais son "
            "adjoint, Karl Veith, a assuré que Berlin « restera calme ».",
            "totalement inacceptable",
        ),
    ],
)
def test_a_verb_after_a_conjunction_after_the_quote_tags_none_of_it(
    build: Build, lang: str, text: str, words: str
) -> None:
    assert "Brandt" in str(_speakers(build, text, lang)[words])
