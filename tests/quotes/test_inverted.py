"""Speech tags read on the surface: the subject after the verb, a past tense the tagger takes
for a participle."""

from __future__ import annotations

import pytest

from .build import speaker_words
from .conftest import Build

pytestmark = pytest.mark.model


def _speakers(build: Build, text: str, lang: str = "en") -> dict[str, str | None]:
    """The words naming the speaker of each quote ``find`` reads in ``text``, by its words."""
    return speaker_words(build(text, lang, {}))


def test_a_past_tense_tagged_a_participle_with_its_subject_tags_the_quote(build: Build) -> None:
    text = (
        "Many prominent Republicans have said they will not attend.\n\n"
        '"The speakers slots at the Republican Convention are totally filled, with a long '
        'waiting list of those that want to speak - Wednesday release," Trump tweeted last '
        "Saturday."
    )
    speakers = _speakers(build, text)
    quote = next(words for words in speakers if words.startswith("The speakers slots"))
    assert speakers[quote] == "Trump"


@pytest.mark.parametrize(
    ("lang", "text", "words", "speaker"),
    [
        (
            "en",
            '"Better watch out for illegal conduct by the county clerk," tweeted another.',
            "Better watch out for illegal conduct by the county clerk",
            "another",
        ),
        (
            "en",
            "“How big is that wall?” asked the boy, who was wearing a hat, as the audience "
            "laughed.",
            "How big is that wall?",
            "the boy",
        ),
        (
            "fr",
            "« Nous avons tout perdu dans l'incendie », a raconté le boulanger, qui n'a pas "
            "voulu donner son nom.",
            "Nous avons tout perdu dans l'incendie",
            "le boulanger",
        ),
        (
            "fr",
            "« On ne pouvait plus respirer », a confié un commerçant du quartier.",
            "On ne pouvait plus respirer",
            "un commerçant du quartier",
        ),
    ],
)
def test_whoever_the_phrase_after_a_closing_mark_and_its_tag_names_speaks(
    build: Build, lang: str, text: str, words: str, speaker: str
) -> None:
    assert _speakers(build, text, lang)[words] == speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "« Ce n'est pas à Paris de décider pour nous », lui a répondu Abdelmadjid Tebboune.",
            "Ce n'est pas à Paris de décider pour nous",
            "Abdelmadjid Tebboune",
        ),
        (
            "« Je n'ai jamais vu une telle détresse », nous a confié Volodymyr Zelensky à Kiev.",
            "Je n'ai jamais vu une telle détresse",
            "Volodymyr Zelensky",
        ),
        (
            "« Rien n'est joué », leur a assuré le ministre.",
            "Rien n'est joué",
            "le ministre",
        ),
        (
            "« Rien n'est joué, m'a confié le ministre, mais nous avançons. »",
            "Rien n'est joué, m'a confié le ministre, mais nous avançons.",
            "le ministre",
        ),
    ],
)
def test_an_object_clitic_before_the_tag_is_spoken_to_not_the_speaker(
    build: Build, text: str, words: str, speaker: str
) -> None:
    assert _speakers(build, text, "fr")[words] == speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "« Nous ne céderons pas au chantage de nos voisins », a déclaré mardi, lors d'une "
            "conférence de presse, le ministre péruvien de la Défense, Luis Grau.",
            "Nous ne céderons pas au chantage de nos voisins",
            "le ministre péruvien de la Défense, Luis Grau",
        ),
        (
            "Le Chili « n'a en aucun cas équipé une milice étrangère », a répété "
            "mercredi matin, sur une chaîne locale, le porte-parole du gouvernement, Marcel "
            "Ortiz.",
            "n'a en aucun cas équipé une milice étrangère",
            "le porte-parole du gouvernement, Marcel Ortiz",
        ),
        (
            "« La frontière est sûre et le restera », a affirmé jeudi, devant les députés, "
            "Luis Grau.",
            "La frontière est sûre et le restera",
            "Luis Grau",
        ),
    ],
)
def test_an_adverbial_set_off_by_commas_stands_before_an_inverted_subject(
    build: Build, text: str, words: str, speaker: str
) -> None:
    assert _speakers(build, text, "fr")[words] == speaker


def test_a_subject_before_a_set_off_adverbial_keeps_the_quote(build: Build) -> None:
    text = (
        "« Nous partirons demain », a déclaré Luis Grau, devant les députés, avant de quitter "
        "l'hémicycle."
    )
    assert _speakers(build, text, "fr")["Nous partirons demain"] == "Luis Grau"


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "« Deux clauses nous posent problème », a affirmé jeudi au terme de la "
            "séance la présidente de la commission estonienne, Liis Tamm.",
            "Deux clauses nous posent problème",
            "la présidente de la commission estonienne, Liis Tamm",
        ),
        (
            "« Nous ne signerons rien », a affirmé mardi à la sortie du conseil des ministres "
            "le porte-parole du gouvernement.",
            "Nous ne signerons rien",
            "le porte-parole du gouvernement",
        ),
    ],
)
def test_a_prepositional_phrase_with_its_own_complement_before_the_subject_is_skipped(
    build: Build, text: str, words: str, speaker: str
) -> None:
    assert _speakers(build, text, "fr")[words] == speaker
