from __future__ import annotations

import pytest

from newsgraph.cleaning import Lexicon, clean_text
from newsgraph.cleaning.ending import closes, is_author_bio
from newsgraph.cleaning.lines import split_lines

from ..conftest import page

BODY_FR = [
    "Le ministre des Affaires étrangères a rencontré mardi son homologue à Paris pour évoquer "
    "la situation dans la région, a indiqué le ministère dans un communiqué.",
    "Les deux hommes ont souligné la nécessité d’un cessez-le-feu durable et ont appelé les "
    "parties à reprendre les négociations dans les prochaines semaines.",
]
BODY_EN = [
    "The foreign minister met his counterpart in Paris on Tuesday to discuss the situation "
    "in the region, the ministry said in a statement.",
    "The two men stressed the need for a lasting ceasefire and called on the parties to "
    "resume talks in the coming weeks.",
]
HEADLINE = "Diplomatie : une rencontre à Paris sur la région"


def _clean(lexicon: Lexicon, *lines: str) -> str:
    return clean_text(page(HEADLINE, *lines), lexicon).text


@pytest.mark.parametrize(
    ("body", "ending"),
    [
        (BODY_FR, ["« Nous ne céderons pas. »"]),
        (BODY_FR, ["Il a ajouté : « Rien n’est joué. »"]),
        (BODY_FR, ["— Et demain ?", "— Nous verrons."]),
        (BODY_EN, ['He added: "We will see."']),
        (BODY_EN, ["— And tomorrow?", "— We shall see."]),
        (BODY_EN, ["Q: What comes next?", "A: Talks, one day."]),
    ],
)
def test_short_closing_lines_stay_in_the_body(
    lexicon: Lexicon, body: list[str], ending: list[str]
) -> None:
    text = _clean(lexicon, *body, *ending, "Partager", "Share")
    assert text.endswith("\n\n".join(ending))


@pytest.mark.parametrize(
    ("body", "chrome"),
    [
        (BODY_FR, "Jean Dupont"),
        (BODY_FR, "Ukraine : que peut encore faire l’Europe ?"),
        (BODY_FR, "Jean Dupont est journaliste au service politique."),
        (BODY_EN, "Most read"),
        (BODY_EN, "Why did the talks fail?"),
        (BODY_EN, "Jane Doe is The Review's Asia editor."),
    ],
)
def test_trailing_chrome_still_goes(lexicon: Lexicon, body: list[str], chrome: str) -> None:
    assert _clean(lexicon, *body, chrome) == "\n\n".join(body)


def test_closing_line_after_chrome_is_not_taken_back(lexicon: Lexicon) -> None:
    text = _clean(lexicon, *BODY_EN, "Read more: Summit opens", "The vote is on Thursday.")
    assert text == "\n\n".join(BODY_EN)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("— Nous verrons.", True),
        ("« Pourquoi pas ? »", True),
        ("Q: Why now?", True),
        ("Que faire ?", False),
        ("Fin.", False),
        ("Continue reading.", False),
        ("Tags: Europe, Diplomacy.", False),
        # a plain sentence is not taken back: it cannot be told from a credit or a caption
        ("Rien n’a changé.", False),
        ("sur Facebook.", False),
        ("Jane Doe", False),
    ],
)
def test_closes(lexicon: Lexicon, line: str, expected: bool) -> None:
    assert closes(split_lines(line, lexicon)[0]) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Claire Vasseur est correspondante de L’Observateur aux Philippines.", True),
        ("Eleanor Whitcombe is The Albion Review's Asia editor.", True),
        ("Le ministre est arrivé à Genève.", False),
        ("John Smith is the new prime minister.", False),
    ],
)
def test_is_author_bio(lexicon: Lexicon, line: str, expected: bool) -> None:
    assert is_author_bio(split_lines(line, lexicon)[0], lexicon) is expected
