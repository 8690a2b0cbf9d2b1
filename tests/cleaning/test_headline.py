from __future__ import annotations

import pytest

from newsgraph.cleaning import Lexicon, clean_text
from newsgraph.cleaning.headline import is_masthead, reads_like_name
from newsgraph.cleaning.lines import Line, split_lines

from ..conftest import page
from .test_clean import BODY_FR

HEADLINE = "Mali : l'ONU met fin à la Minusma, Bamako se tourne vers Moscou"


def line(text: str, lexicon: Lexicon) -> Line:
    return split_lines(text, lexicon)[0]


def test_the_masthead_above_the_headline_is_not_the_headline(lexicon: Lexicon) -> None:
    raw = page("La Tribune d'Afrique de l'Ouest", HEADLINE, *BODY_FR)
    assert clean_text(raw, lexicon).title == HEADLINE


@pytest.mark.parametrize(
    "header",
    [
        "Le magazine des questions stratégiques",
        "Le quotidien de référence depuis 1921",
        "Tidewater Herald — Independent since 1889",
        "Korea Crossroads | Independent news from the peninsula",
        "Friday, December 15, 2023",
        "Mardi 28 mai 2024 - Valence 19°C",
        "LaPlace, LA 64°F  Partly cloudy",
    ],
)
def test_taglines_dates_and_weather_are_no_headline(lexicon: Lexicon, header: str) -> None:
    assert is_masthead(line(header, lexicon), lexicon)
    assert clean_text(page(header, HEADLINE, *BODY_FR), lexicon).title == HEADLINE


@pytest.mark.parametrize(
    "headline",
    [
        "Canicule : des records de chaleur attendus dans le sud de l'Europe cette semaine",
        "Le 7 octobre 2023, le jour où tout a basculé pour Israël et pour Gaza",
        "Le quotidien des Gazaouis sous les bombes",
    ],
)
def test_headlines_with_dates_or_outlet_words_stay_headlines(
    lexicon: Lexicon, headline: str
) -> None:
    assert not is_masthead(line(headline, lexicon), lexicon)


def test_a_name_is_passed_over_only_for_a_later_headline(lexicon: Lexicon) -> None:
    assert reads_like_name(line("Le Courrier des Outre-mer", lexicon), lexicon)
    assert not reads_like_name(line(HEADLINE, lexicon), lexicon)
    title_case = "Biden Meets Xi In Woodside"
    assert clean_text(page(title_case, *BODY_FR), lexicon).title == title_case
