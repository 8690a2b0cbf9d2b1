"""From a phrase to the actors it names: a group named in the genitive of people or bodies."""

from __future__ import annotations

import pytest

from newsgraph.article import Actor, Span
from newsgraph.events import Coder

from .helpers import coded, described, make_article

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "La Chine a critiqué le Japon. Les délégations des deux pays doivent se retrouver "
            "jeudi à Genève.",
        ),
        ("en", "China criticised Japan. The envoys of the two countries met in Geneva on Friday."),
        ("en", "China criticised Japan. The two countries' envoys met in Geneva on Friday."),
    ],
)
def test_the_people_of_a_group_are_the_group(
    coders: dict[str, Coder], lang: str, text: str
) -> None:
    """ "Les délégations des deux pays", "the envoys of the two countries", "the two
    countries' envoys" are the two parties named last."""
    both = frozenset({"CHN", "JPN"})
    found = [e for e in coded(coders[lang], text, lang) if e[0] == "CONSULT"]
    assert found and found[0][1:3] == (both, both), found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "La Chine a critiqué le Japon. Les délégations doivent se retrouver à Genève."),
        ("en", "China criticised Japan. The envoys met in Geneva on Friday."),
    ],
)
def test_people_of_no_group_are_no_one(coders: dict[str, Coder], lang: str, text: str) -> None:
    """Without a group in their genitive, "les délégations", "the envoys" name no one."""
    found = [e for e in coded(coders[lang], text, lang) if e[0] == "CONSULT"]
    assert not [e for e in found if e[1] == frozenset({"CHN", "JPN"})], found


def test_a_person_of_no_known_country_is_not_a_side(coders: dict[str, Coder]) -> None:
    article = make_article("Russia freed Evan Gershkovich on Thursday.", "en")
    assert coders["en"].code_article(article) == []


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "fr",
            "La Chine a critiqué le Japon. La Russie a exhorté les deux pays au dialogue.",
            ("REQUEST", frozenset({"RUS"}), frozenset({"CHN", "JPN"}), "asserted"),
        ),
        (
            "en",
            "China criticised Japan. Russia urged both countries to talk.",
            ("REQUEST", frozenset({"RUS"}), frozenset({"CHN", "JPN"}), "asserted"),
        ),
    ],
)
def test_a_group_acted_on_is_the_last_parties_other_than_the_source(
    coders: dict[str, Coder], lang: str, text: str, expected: tuple[str, ...]
) -> None:
    assert expected in coded(coders[lang], text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Hamas attacked Israel. The United States criticised Iran. Iran denies supplying "
            "the group with weapons.",
        ),
        (
            "fr",
            "Le Hamas a attaqué Israël. Les États-Unis ont critiqué l'Iran. L'Iran dément "
            "armer le mouvement.",
        ),
    ],
)
def test_the_group_is_the_armed_group_named_last(
    coders: dict[str, Coder], lang: str, text: str
) -> None:
    article = make_article(text, lang)
    hamas = Actor("hamas", "Hamas", "group", "PSE", sector="REB")
    start = text.index("Hamas")
    hamas.mentions = [Span(start, start + 5, "Hamas")]
    article.actors.append(hamas)
    found = [described(article, e) for e in coders[lang].code_article(article)]
    assert any(t == "AID" and s == {"IRN"} and o == {"PSE"} for t, s, o, _ in found), found


@pytest.mark.parametrize(
    ("lang", "text", "target"),
    [
        (
            "en",
            "China criticised Japan and South Korea. Russia accused the two of meddling in "
            "China's affairs.",
            {"JPN", "KOR"},
        ),
        ("en", "Israel and Lebanon clashed. France urged both to stand down.", {"ISR"}),
        (
            "fr",
            "La Russie et l'Ukraine s'affrontent. La France a exhorté les deux à négocier.",
            {"UKR"},
        ),
    ],
)
def test_a_number_standing_for_a_group_is_the_last_parties(
    coders: dict[str, Coder], lang: str, text: str, target: set[str]
) -> None:
    found = [e for e in coded(coders[lang], text, lang) if e[0] in ("ACCUSE", "REQUEST")]
    assert found and target <= found[-1][2] and "CHN" not in found[-1][2], found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Iran attacked Israel. France urged all parties to show restraint."),
        ("fr", "L'Iran a attaqué Israël. La France a exhorté toutes les parties à la retenue."),
    ],
)
def test_all_parties_are_the_last_two_named(coders: dict[str, Coder], lang: str, text: str) -> None:
    found = [e for e in coded(coders[lang], text, lang) if e[0] == "REQUEST"]
    assert found and found[0][2] == {"IRN", "ISR"}, found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Russia and Ukraine clashed again. The European Union criticised China. Josep "
            "Borrell urged both sides to show restraint.",
        ),
        (
            "fr",
            "La Russie et l'Ukraine se sont de nouveau affrontées. L'Union européenne a "
            "critiqué la Chine. Josep Borrell a exhorté les deux parties à la retenue.",
        ),
    ],
)
def test_a_group_an_official_acts_on_is_not_the_organisation_they_serve(
    coders: dict[str, Coder], lang: str, text: str
) -> None:
    article = make_article(text, lang, names=["Russia", "Ukraine", "China"])
    for name, kind, form in (
        ("European Union", "organization", "européenne" if lang == "fr" else "European Union"),
        ("Josep Borrell", "person", "Josep Borrell"),
    ):
        start = text.index(form)
        actor = Actor("org:eu" if kind == "organization" else name, name, kind, None, "IGO")
        actor.mentions = [Span(start, start + len(form), form)]
        article.actors.append(actor)
    found = [described(article, e) for e in coders[lang].code_article(article)]
    requests = [e for e in found if e[0] == "REQUEST"]
    assert requests and "European Union" not in requests[0][2], found


def test_all_countries_are_not_the_last_two_named(coders: dict[str, Coder]) -> None:
    text = "Iran attacked Israel. France urged all countries to cut ties with Russia."
    found = [e for e in coded(coders["en"], text, "en") if e[0] == "REQUEST"]
    assert all(e[2] != {"IRN", "ISR"} for e in found), found


def test_a_conjunct_names_the_mention_within_it_not_one_spilling_out(
    coders: dict[str, Coder],
) -> None:
    text = "Russia attacked Germany. The European Union and NATO both condemned the campaign."
    article = make_article(text, "en", names=["Russia", "Germany"])
    for name, forms in (
        ("European Union", ("European Union", "European Union and NATO")),
        ("NATO", ("NATO",)),
    ):
        actor = Actor(f"org:{name}", name, "organization", None, "IGO")
        actor.mentions = [Span(text.index(f), text.index(f) + len(f), f) for f in forms]
        article.actors.append(actor)
    found = [described(article, e) for e in coders["en"].code_article(article)]
    accusations = [e for e in found if e[0] == "ACCUSE"]
    assert accusations and "NATO" in accusations[0][1], found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Le Japon souhaite que les deux pays reprennent le dialogue."),
        ("en", "Japan wants the two countries to resume talks."),
    ],
)
def test_a_group_of_two_with_one_party_named_is_no_one(
    coders: dict[str, Coder], lang: str, text: str
) -> None:
    """ "Les deux pays", "the two countries" in an article that names one party only are not
    that party twice: the act has no sides, not Japan with Japan."""
    found = [e for e in coded(coders[lang], text, lang) if e[0] == "CONSULT"]
    assert not found, found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Les Forces du Nord ont attaqué l'Ukraine. La Biélorussie a appelé au calme. Les "
            "paramilitaires ont accusé l'Ukraine de provocations.",
        ),
        (
            "en",
            "The Northern Forces attacked Ukraine. Belarus called for calm. The paramilitary "
            "accused Ukraine of provocations.",
        ),
    ],
)
def test_the_paramilitaries_are_the_armed_group_named_last(
    coders: dict[str, Coder], lang: str, text: str
) -> None:
    article = make_article(text, lang)
    name = "Forces du Nord" if lang == "fr" else "Northern Forces"
    group = Actor("north", name, "group", "RUS", sector="REB")
    start = text.index(name)
    group.mentions = [Span(start, start + len(name), name)]
    article.actors.append(group)
    found = [described(article, e) for e in coders[lang].code_article(article)]
    assert ("ACCUSE", frozenset({"RUS"}), frozenset({"UKR"}), "asserted") in found, found
