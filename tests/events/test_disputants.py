"""The two sides of an article's story: who "both sides", "les deux parties" are when the
sentence does not name them."""

from __future__ import annotations

import pytest

from newsgraph.events import Coder

from .helpers import coded

pytestmark = pytest.mark.model

STORY = {
    "en": (
        "China accused the Philippines of provocations near the shoal. Manila rejected "
        "Beijing's claims. Chinese and Philippine vessels collided again on Monday. The "
        "European Union praised Japan for its support. "
    ),
    "fr": (
        "La Chine a accusé les Philippines de provocations près du récif. Manille a rejeté "
        "les accusations de Pékin. Des navires chinois et philippins se sont de nouveau "
        "heurtés lundi. L'Union européenne a salué le Japon pour son soutien. "
    ),
}


def _requests(coders: dict[str, Coder], lang: str, text: str) -> list[frozenset[str]]:
    found = coded(coders[lang], text, lang)
    return [e[2] for e in found if e[0] == "REQUEST"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", STORY["en"] + "The European Union urged both sides to show restraint."),
        (
            "fr",
            STORY["fr"] + "L'Union européenne a appelé les deux parties à faire preuve de retenue.",
        ),
    ],
)
def test_both_sides_are_the_sides_of_the_story(
    coders: dict[str, Coder], lang: str, text: str
) -> None:
    """Not named in their sentence, "both sides", "les deux parties" are the two states the
    article names most, not Japan, named last."""
    assert frozenset({"CHN", "PHL"}) in _requests(coders, lang, text)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            STORY["en"]
            + "Japan criticised Germany, and the European Union urged both countries to talk.",
        ),
        (
            "fr",
            STORY["fr"]
            + "Le Japon a critiqué l'Allemagne, et l'Union européenne a appelé les deux pays à "
            "reprendre le dialogue.",
        ),
    ],
)
def test_two_named_in_the_sentence_are_the_two(
    coders: dict[str, Coder], lang: str, text: str
) -> None:
    """Two parties named in the sentence before "both countries" are the two."""
    assert frozenset({"JPN", "DEU"}) in _requests(coders, lang, text)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "China criticised Japan. Germany criticised the Philippines. The European Union "
            "urged both sides to show restraint.",
        ),
        (
            "fr",
            "La Chine a critiqué le Japon. L'Allemagne a critiqué les Philippines. L'Union "
            "européenne a appelé les deux parties à faire preuve de retenue.",
        ),
    ],
)
def test_a_story_of_no_two_sides_leaves_the_last_two(
    coders: dict[str, Coder], lang: str, text: str
) -> None:
    """In a story no two states lead, "both sides" are the two parties named last."""
    assert frozenset({"DEU", "PHL"}) in _requests(coders, lang, text)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "China accused the Philippines of provocations. Manila rejected Beijing's claims. "
            "The European Union criticised China. The European Union called on Beijing to "
            "talk. The European Union praised Japan. Both sides agreed to hold talks.",
        ),
        (
            "fr",
            "La Chine a accusé les Philippines de provocations. Manille a rejeté les "
            "accusations de Pékin. L'Union européenne a critiqué la Chine. L'Union européenne "
            "a appelé Pékin au dialogue. L'Union européenne a salué le Japon. Les deux parties "
            "se sont engagées à reprendre le dialogue.",
        ),
    ],
)
def test_a_body_named_more_than_a_state_leaves_no_pair(
    coders: dict[str, Coder], lang: str, text: str
) -> None:
    """An international body named more often than the second state: no two states lead the
    story, and "both sides" are the two parties named last."""
    found = coded(coders[lang], text, lang)
    agreed = [e[1] for e in found if e[0] == "AGREE"]
    assert agreed and frozenset({"CHN", "PHL"}) not in agreed, found


def _types_with(coders: dict[str, Coder], lang: str, text: str) -> list[tuple[str, frozenset[str]]]:
    found = coded(coders[lang], text, lang)
    return [(e[0], e[1] | e[2]) for e in found]


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        (
            "en",
            STORY["en"] + "The sea was calm on Tuesday. The talks resumed on Friday.",
            "CONSULT",
        ),
        (
            "fr",
            STORY["fr"] + "La mer était calme mardi. Les pourparlers ont repris vendredi.",
            "CONSULT",
        ),
        (
            "en",
            STORY["en"] + "The sea was calm on Tuesday. A 1999 agreement covers the shoal.",
            "AGREE",
        ),
        (
            "fr",
            STORY["fr"] + "La mer était calme mardi. Un accord signé en 1999 couvre le récif.",
            "AGREE",
        ),
    ],
)
def test_a_mutual_noun_naming_no_one_is_the_story_pairs(
    coders: dict[str, Coder], lang: str, text: str, kind: str
) -> None:
    """Talks or an accord that neither their phrase nor the two sentences up to them give
    sides to are the story's two sides', not nobody's."""
    assert (kind, frozenset({"CHN", "PHL"})) in _types_with(coders, lang, text)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            STORY["en"] + "China and the Philippines signed an agreement on the shoal on Friday. "
            "The sea was calm on Tuesday. The agreement will take effect in May.",
        ),
        (
            "fr",
            STORY["fr"] + "La Chine et les Philippines ont signé vendredi un accord sur le récif. "
            "La mer était calme mardi. L'accord entrera en vigueur en mai.",
        ),
    ],
)
def test_an_agreement_named_again_is_no_new_one(
    coders: dict[str, Coder], lang: str, text: str
) -> None:
    """Once the two sides were told to have agreed, "the agreement" named again with no
    sides is that agreement, not a second one."""
    agreements = [e for e in _types_with(coders, lang, text) if e[0] == "AGREE"]
    assert agreements == [("AGREE", frozenset({"CHN", "PHL"}))]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            STORY["en"] + "The sea was calm on Tuesday. A Russian mediation could reopen talks.",
        ),
        (
            "fr",
            STORY["fr"]
            + "La mer était calme mardi. Une médiation russe pourrait rouvrir un canal.",
        ),
    ],
)
def test_a_mediation_naming_no_sides_is_between_the_story_pair(
    coders: dict[str, Coder], lang: str, text: str
) -> None:
    """A mediation with no "between" phrase is between the story's two sides, not nobody,
    nor whoever was named last."""
    found = coded(coders[lang], text, lang)
    assert ("CONSULT", frozenset({"RUS"}), frozenset({"CHN", "PHL"})) in [e[:3] for e in found]
