"""The arguments a noun event holds in its own phrase (:mod:`newsgraph.events.nominal`)."""

from __future__ import annotations

import pytest

from newsgraph.article import Span
from newsgraph.events import Coder

from .helpers import coded, described, make_article

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "fr",
            "L'Allemagne a achevé son retrait de la base aérienne de Kiev.",
            ("RETREAT", frozenset({"DEU"}), frozenset({"UKR"}), "asserted"),
        ),
        (
            "fr",
            "La France a critiqué la Chine. Les États-Unis ont annoncé leur retrait du Japon.",
            ("RETREAT", frozenset({"USA"}), frozenset({"JPN"}), "asserted"),
        ),
    ],
)
def test_a_noun_with_a_possessive_has_its_genitive_as_the_other_side(
    coders: dict[str, Coder], lang: str, text: str, expected: tuple[str, ...]
) -> None:
    assert expected in coded(coders[lang], text, lang)


@pytest.mark.parametrize(
    "text", ["Les pourparlers de Moscou ont repris.", "L'accord de paix de Pékin tient."]
)
def test_a_capital_after_talks_or_an_accord_is_where_not_who(
    coders: dict[str, Coder], text: str
) -> None:
    assert not [e for e in coded(coders["fr"], text, "fr") if e[0] in ("CONSULT", "AGREE")]


def test_a_genitive_does_not_name_the_source_by_a_phrase_it_holds_for_the_target(
    coders: dict[str, Coder],
) -> None:
    text = "Moscou a démenti tout transfert de technologie balistique vers Pyongyang."
    found = [e for e in coded(coders["fr"], text, "fr") if e[0] == "AID"]
    assert found and all(e[1] == {"RUS"} and e[2] == {"PRK"} for e in found), found


def test_the_genitive_of_an_expulsion_is_the_expelled_not_the_expeller(
    coders: dict[str, Coder],
) -> None:
    text = "Moscou a décidé l'expulsion de l'ambassadeur de France en janvier."
    found = coded(coders["fr"], text, "fr")
    assert ("SANCTION", {"RUS"}, {"FRA"}, "asserted") in found, found


def test_the_quotation_marks_of_a_possessive_are_the_language_s_quote_marks() -> None:
    from newsgraph.events.nominal import _quoted_apart
    from newsgraph.quotes.lexicon import load

    doc = make_article("Moscou a dénoncé « ses provocations ».", "fr").doc
    subject, owner = doc[0], next(t for t in doc if t.text == "ses")
    assert _quoted_apart(subject, owner, load("fr").marks)
    assert not _quoted_apart(subject, owner, (("“", "”"),))
    doc = make_article("Russia's envoy denounced ‘its provocations’.", "en").doc
    subject, owner = doc[0], next(t for t in doc if t.text == "its")
    assert _quoted_apart(subject, owner, load("en").marks)  # single quotes pair too


def test_a_plural_possessive_s_apostrophe_opens_no_quotation() -> None:
    from newsgraph.events.nominal import _quoted_apart
    from newsgraph.quotes.lexicon import load

    doc = make_article("Russia rejected the protesters' demands and its envoy left.", "en").doc
    subject, owner = doc[0], next(t for t in doc if t.text == "its")
    assert not _quoted_apart(subject, owner, load("en").marks)


@pytest.mark.parametrize(
    ("lang", "text", "run_on"),
    [
        ("fr", "La Chine a organisé des manœuvres militaires autour du Japon.", "militaires"),
        ("en", "China staged military drills around Japan.", "military"),
    ],
)
def test_a_mention_running_past_a_modifier_names_no_side_through_it(
    coders: dict[str, Coder], lang: str, text: str, run_on: str
) -> None:
    article = make_article(text, lang, names=["China", "Japan"])
    japan = next(a for a in article.actors if a.id == "Japan")
    start, end = text.index(run_on), text.index("Jap") + 5
    japan.mentions.append(Span(start, end, text[start:end]))  # as the actors stage once read it
    found = [described(article, e)[:3] for e in coders[lang].code_article(article)]
    assert ("MOBILIZE", frozenset({"CHN"}), frozenset({"JPN"})) in found, found
