"""Negation and denial read around a trigger (:mod:`newsgraph.events.modality`), on sentences
parsed by the model."""

from __future__ import annotations

import pytest

from newsgraph.events import Coder

from .helpers import check, coded

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "fr",
            "Vladimir Poutine et Joe Biden se sont rencontrés à Genève, sans parvenir à "
            "s'entendre sur un accord.",
            ("AGREE", {"RUS", "USA"}, {"RUS", "USA"}, "negated"),
        ),
        (
            "en",
            "Joe Biden listened a lot and promised nothing to Ukraine.",
            ("AGREE", {"USA"}, {"UKR"}, "negated"),
        ),
        (
            "fr",
            "Joe Biden n'a rien promis à l'Ukraine.",
            ("AGREE", {"USA"}, {"UKR"}, "negated"),
        ),
    ],
)
def test_without_and_nothing_negate_the_act(
    coders: dict[str, Coder], lang: str, text: str, expected: tuple[str, set[str], set[str], str]
) -> None:
    check(coders[lang], lang, text, expected)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fr", "La France n'exclut pas des frappes contre la Russie.", ("ASSAULT", "FRA", "RUS")),
        (
            "fr",
            "L'Ukraine n'excluait aucune option, y compris la fermeture totale de la frontière "
            "avec la Russie.",
            ("SANCTION", "UKR", "RUS"),
        ),
        ("en", "The United States has not ruled out strikes on Russia.", ("ASSAULT", "USA", "RUS")),
        (
            "en",
            "Washington did not exclude new sanctions against Russia.",
            ("SANCTION", "USA", "RUS"),
        ),
    ],
)
def test_an_act_not_ruled_out_is_possible_not_negated(
    coders: dict[str, Coder], lang: str, text: str, expected: tuple[str, str, str]
) -> None:
    found = coded(coders[lang], text, lang)
    kind, source, target = expected
    assert (kind, frozenset({source}), frozenset({target}), "hypothetical") in found, found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "La Russie a accusé les États-Unis d'armer l'Ukraine, ce que Washington a "
            "toujours nié.",
        ),
        ("en", "Russia accused the United States of arming Ukraine, which Washington denied."),
        (
            "en",
            "Russia said the United States supplied weapons to Ukraine, which Washington denies.",
        ),
    ],
)
def test_an_act_a_relative_then_denies_is_denied(
    coders: dict[str, Coder], lang: str, text: str
) -> None:
    found = coded(coders[lang], text, lang)
    assert ("AID", frozenset({"USA"}), frozenset({"UKR"}), "denied") in found, found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Manille a convoqué l'ambassadeur de Chine, tandis que Pékin accusait les Philippins "
            "d'avoir éperonné un de ses navires, ce que Manille dément.",
        ),
        (
            "en",
            "Manila summoned the Chinese ambassador, while Beijing accused the Philippines of "
            "ramming one of its ships, which Manila denies.",
        ),
    ],
)
def test_a_relative_denies_only_the_clause_right_before_it(
    coders: dict[str, Coder], lang: str, text: str
) -> None:
    found = coded(coders[lang], text, lang)
    assert ("ACCUSE", frozenset({"PHL"}), frozenset({"CHN"}), "asserted") in found, found
    assert ("ACCUSE", frozenset({"PHL"}), frozenset({"CHN"}), "denied") not in found, found


def test_neither_confirming_nor_denying_denies_nothing(coders: dict[str, Coder]) -> None:
    text = "Russia said its forces had shot down five Ukrainian jets, which Kyiv has neither "
    text += "confirmed nor denied."
    found = coded(coders["en"], text, "en")
    assert ("ASSAULT", frozenset({"RUS"}), frozenset({"UKR"}), "asserted") in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Russia has not forgotten the decision of the United States to send tanks to Ukraine.",
        "Russia did not welcome the decision of the United States to send tanks to Ukraine.",
    ],
)
def test_a_negation_does_not_reach_an_act_under_a_definite_noun(
    coders: dict[str, Coder], text: str
) -> None:
    found = coded(coders["en"], text, "en")
    assert ("AID", frozenset({"USA"}), frozenset({"UKR"}), "asserted") in found, found


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Moscou n'a pas, pour l'heure, rappelé son ambassadeur en Ukraine.", "negated"),
        ("Moscou a, pour l'heure, rappelé son ambassadeur en Ukraine.", "asserted"),
    ],
)
def test_a_negation_on_an_auxiliary_set_apart_negates_the_participle(
    coders: dict[str, Coder], text: str, modality: str
) -> None:
    # a phrase between "a" and the participle makes the parser hang "pas" on the auxiliary
    check(coders["fr"], "fr", text, ("SANCTION", {"RUS"}, {"UKR"}, modality))


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("La Russie n'a toujours pas, selon Kiev, rappelé son ambassadeur en Ukraine.", "negated"),
        ("La Russie a, selon Kiev, rappelé son ambassadeur en Ukraine.", "asserted"),
    ],
)
def test_a_participle_hung_as_a_conjunct_of_a_negated_auxiliary_is_negated(
    coders: dict[str, Coder], text: str, modality: str
) -> None:
    # "selon Kiev" between "a" and the participle: the parser makes « rappelé » a conjunct
    check(coders["fr"], "fr", text, ("SANCTION", {"RUS"}, {"UKR"}, modality))


@pytest.mark.parametrize(
    ("text", "modalities"),
    [
        ("Russia has not, according to Kyiv, recalled its ambassador to Ukraine.", {"negated"}),
        ("Russia has, according to Kyiv, recalled its ambassador to Ukraine.", {"asserted"}),
    ],
)
def test_a_not_on_an_auxiliary_set_apart_negates_the_participle(
    coders: dict[str, Coder], text: str, modalities: set[str]
) -> None:
    # a phrase between "has" and the participle makes the parser hang "not" on the auxiliary
    found = {modality for kind, _, _, modality in coded(coders["en"], text, "en")}
    assert found == modalities
