"""Subject pronouns that take up a state or an organisation named before them."""

from __future__ import annotations

import pytest

from newsgraph.events import Coder
from newsgraph.events.anaphora import Agreement, pronouns

from .helpers import coded


def test_pronoun_agreement_is_language_data() -> None:
    table, impersonal = pronouns("fr")
    assert table["elle"] == Agreement("Sing", "Fem")
    assert table["ils"].number == "Plur"
    assert "falloir" in impersonal
    assert pronouns("en")[0]["it"].person is False


@pytest.mark.model
@pytest.mark.parametrize(
    ("lang", "kind", "text"),
    [
        (
            "fr",
            "SANCTION",
            "La Chine a convoqué l'ambassadeur des Philippines. Elle a ensuite imposé des "
            "sanctions.",
        ),
        (
            "en",
            "THREATEN",
            "China summoned the Philippine ambassador. It then threatened sanctions.",
        ),
    ],
)
def test_a_pronoun_subject_takes_up_the_state_named_as_subject_before(
    coders: dict[str, Coder], lang: str, kind: str, text: str
) -> None:
    found = {e[:3] for e in coded(coders[lang], text, lang)}
    assert any(k == kind and source == {"CHN"} for k, source, _ in found), found


@pytest.mark.model
def test_they_takes_up_the_states_listed_as_subject_through_a_group_noun(
    coders: dict[str, Coder],
) -> None:
    text = (
        "China and Russia criticised the Philippines. The two governments said in a joint "
        "statement that they would not recognise the ruling of the United States."
    )
    found = {e[:3] for e in coded(coders["en"], text, "en")}
    assert any(source == frozenset({"CHN", "RUS"}) for _, source, _ in found), found


@pytest.mark.model
def test_a_pronoun_goes_with_an_act_of_its_type_in_its_sentence_before_a_subject_back(
    coders: dict[str, Coder],
) -> None:
    text = (
        "La Chine a démenti.\n\nLes experts redoutent les projets de la Corée du Nord de "
        "fournir à la Russie des armes en plus de l'artillerie qu'elle lui a déjà fournie."
    )
    found = set(coded(coders["fr"], text, "fr"))
    assert ("AID", frozenset({"PRK"}), frozenset({"RUS"}), "asserted") in found, found


@pytest.mark.model
def test_an_elided_subject_is_the_actor_the_text_was_about(coders: dict[str, Coder]) -> None:
    text = "La Chine a convoqué l'ambassadeur américain. Elle a ensuite accusé les Philippines."
    found = coded(coders["fr"], text, "fr")
    assert ("ACCUSE", frozenset({"CHN"}), frozenset({"PHL"}), "asserted") in found, found


@pytest.mark.model
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "La Chine a critiqué le Japon. Le secrétaire d'État américain est arrivé jeudi à "
            "Séoul. Il a exhorté le Japon à la retenue.",
        ),
        (
            "en",
            "China criticised Japan. The U.S. secretary of state arrived in Seoul on Thursday. "
            "He urged Japan to show restraint.",
        ),
    ],
)
def test_he_or_she_is_whom_the_sentence_before_is_about(
    coders: dict[str, Coder], lang: str, text: str
) -> None:
    assert ("REQUEST", frozenset({"USA"}), frozenset({"JPN"}), "asserted") in coded(
        coders[lang], text, lang
    )
