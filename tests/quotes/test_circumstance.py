"""A non-finite clause set off after a speech tag closes the tag, and the statement before it
stays a statement (:mod:`newsgraph.quotes.circumstance`)."""

from __future__ import annotations

import pytest

from .build import quotes_of
from .casts import REPORTED_CAST as CAST
from .conftest import Build

pytestmark = pytest.mark.model


def _reported(build: Build, text: str, lang: str) -> list[tuple[str, str | None, bool]]:
    return [q for q in quotes_of(build(text, lang, CAST)) if not q[2]]


def test_an_infinitive_after_a_pronoun_tag_leaves_the_statement_before_it(
    build: Build,
) -> None:
    text = (
        "Keir Starmer était lundi à Kiev. Londres livrera de nouveaux blindés à l'Ukraine, "
        "a-t-il ajouté, sans donner de calendrier."
    )
    assert _reported(build, text, "fr") == [
        ("Londres livrera de nouveaux blindés à l'Ukraine", "Keir Starmer", False)
    ]


def test_a_participle_after_a_pronoun_tag_reports_its_own_clause_too(build: Build) -> None:
    text = (
        "Volodymyr Zelensky a commenté les frappes de la nuit. Kiev ne visait que des cibles "
        "militaires, a-t-il assuré, ajoutant que l'enquête suivait son cours."
    )
    assert _reported(build, text, "fr") == [
        ("Kiev ne visait que des cibles militaires", "Volodymyr Zelensky", False),
        ("que l'enquête suivait son cours", "Volodymyr Zelensky", False),
    ]


def test_a_participle_after_an_english_tag_leaves_the_statement_before_it(build: Build) -> None:
    text = (
        "Antony Blinken met the Ukrainian delegation. The two sides made real progress, he "
        "said, adding that Moscow should accept the truce."
    )
    found = _reported(build, text, "en")
    assert ("The two sides made real progress", "Antony Blinken", False) in found


@pytest.mark.parametrize(
    ("text", "lang", "said"),
    [
        (
            "Keir Starmer était lundi à Kiev. La visite pourrait être reportée, a-t-il reconnu, "
            "si Moscou refuse la trêve.",
            "fr",
            "La visite pourrait être reportée",
        ),
        (
            "Keir Starmer était lundi à Kiev. Les blindés partiront, a-t-il assuré, lorsque la "
            "route sera dégagée.",
            "fr",
            "Les blindés partiront",
        ),
        (
            "Antony Blinken met the Ukrainian delegation. The visit will be cancelled, he "
            "warned, if Moscow rejects the truce.",
            "en",
            "The visit will be cancelled",
        ),
    ],
)
def test_a_clause_of_condition_or_time_after_a_pronoun_tag_leaves_the_statement_before_it(
    build: Build, text: str, lang: str, said: str
) -> None:
    assert [q[0] for q in _reported(build, text, lang)] == [said]


@pytest.mark.parametrize(
    ("text", "lang", "said"),
    [
        (
            "Antony Blinken met the Ukrainian delegation. The talks failed, he said, because "
            "Moscow rejected the truce.",
            "en",
            "The talks failed, he said, because Moscow rejected the truce",
        ),
        (
            "Keir Starmer était lundi à Kiev. Les discussions ont échoué, a-t-il dit, parce que "
            "Moscou refuse la trêve.",
            "fr",
            "Les discussions ont échoué, a-t-il dit, parce que Moscou refuse la trêve",
        ),
    ],
)
def test_a_clause_of_reason_after_a_pronoun_tag_is_part_of_the_statement(
    build: Build, text: str, lang: str, said: str
) -> None:
    assert [q[0] for q in _reported(build, text, lang)] == [said]


def test_a_finite_clause_after_the_tag_still_goes_on_the_statement(build: Build) -> None:
    text = (
        "Keir Starmer était lundi à Kiev. Si Moscou refuse la trêve, a-t-il averti, Londres "
        "livrera de nouveaux missiles à l'Ukraine."
    )
    found = _reported(build, text, "fr")
    assert [q[0] for q in found] == [
        "Si Moscou refuse la trêve, a-t-il averti, Londres livrera de nouveaux missiles à l'Ukraine"
    ]


def test_an_acronym_and_a_participle_describing_the_speaker_close_the_tag(build: Build) -> None:
    text = (
        "Les combats ont repris lundi. L'armée a bombardé mardi trois villages du nord, tuant "
        "au moins douze civils, a affirmé le conseil de transition (CNT), formé par des "
        "opposants au régime."
    )
    found = _reported(build, text, "fr")
    assert [q[0] for q in found] == [
        "L'armée a bombardé mardi trois villages du nord, tuant au moins douze civils"
    ]


def test_a_participle_with_an_object_of_its_own_after_the_cue_is_no_description(
    build: Build,
) -> None:
    text = "Les combats ont repris lundi. Le conseil a affirmé les résultats publiés mardi."
    assert _reported(build, text, "fr") == []
