from __future__ import annotations

import datetime as dt

from newsgraph import Article, Caption, Options, Removed
from newsgraph.stages.published import Published


def article(text: str, **fields: object) -> Article:
    return Article(raw=text, text=text, language="fr", **fields)  # type: ignore[arg-type]


def test_metadata_is_kept() -> None:
    result = Published(Options())(article("Le 3 août 2023.", published=dt.date(2024, 1, 1)))
    assert (result.published, result.published_estimated) == (dt.date(2024, 1, 1), False)


def test_option_overrides_metadata() -> None:
    stage = Published(Options(published=dt.date(2020, 5, 5)))
    result = stage(article("x", published=dt.date(2024, 1, 1)))
    assert (result.published, result.published_estimated) == (dt.date(2020, 5, 5), False)


def test_publication_line_of_the_page() -> None:
    line = Removed(line=3, text="Publié le 12/03/2024 à 14h05", reason="publication-info")
    result = Published(Options())(article("Le 3 août 2023.", removed=[line]))
    assert (result.published, result.published_estimated) == (dt.date(2024, 3, 12), False)


def test_estimated_from_the_latest_date_in_body_and_captions() -> None:
    text = "Le traité du 12 juin 1995 a été dénoncé le 1er mars 2023 par le gouvernement."
    caption = Caption(text="Le ministre à Paris, le 3 août 2023.")
    result = Published(Options())(article(text, captions=[caption]))
    assert (result.published, result.published_estimated) == (dt.date(2023, 8, 3), True)


def test_no_date_at_all() -> None:
    result = Published(Options())(article("Le ministre a parlé mardi."))
    assert (result.published, result.published_estimated) == (None, False)


def test_date_in_the_byline() -> None:
    line = Removed(
        line=2, text="Par Aminata Koné · Publié le 1er juillet 2023 à 09h15", reason="byline"
    )
    result = Published(Options())(article("Le 3 août 2022.", removed=[line]))
    assert (result.published, result.published_estimated) == (dt.date(2023, 7, 1), False)


def test_publication_line_before_byline() -> None:
    lines = [
        Removed(line=2, text="Par Jean Dupont, le 2 mai 2023", reason="byline"),
        Removed(line=3, text="Mis à jour le 4 mai 2023", reason="publication-info"),
    ]
    result = Published(Options())(article("Le 3 août 2022.", removed=lines))
    assert result.published == dt.date(2023, 5, 4)
