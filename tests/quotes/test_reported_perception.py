"""Verbs of perception, fear and hope (``perception_verbs`` of the French quotes lexicon): the
clause they take says what their subject saw, fears or hopes, and is no reported statement;
they still cue the quoted words beside them."""

from __future__ import annotations

import pytest

from newsgraph.quotes import find, load

from .conftest import Build

pytestmark = pytest.mark.model


def _found(build: Build, text: str, direct: bool) -> list[str]:
    _, found = find(build(text, "fr", {}), load("fr"))
    return [text[f.start : f.end] for f in found if f.direct is direct]


@pytest.mark.parametrize(
    "text",
    [
        "Des dizaines de maisons ont été détruites dans le village, a constaté un journaliste "
        "de l'AFP.",
        "Le ministre de l'Intérieur a constaté que les violences avaient reculé dans la capitale.",
        "Le Kremlin craint que l'Otan ne déploie des troupes en Finlande.",
        "Le président ukrainien espère que les États-Unis voteront l'aide militaire avant Noël.",
        "La Chine redoute que Taïwan ne déclare son indépendance.",
    ],
)
def test_a_clause_of_perception_fear_or_hope_is_no_statement(build: Build, text: str) -> None:
    assert _found(build, text, direct=False) == []


def test_a_verb_of_perception_still_cues_quoted_words(build: Build) -> None:
    text = "« La situation se dégrade de jour en jour », constate le ministre de la Défense."
    assert _found(build, text, direct=True) == ["La situation se dégrade de jour en jour"]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Le ministre a dit craindre que la situation ne se dégrade.",
            "a dit craindre que la situation ne se dégrade",
        ),
        (
            "Le président a estimé que la réforme était nécessaire.",
            "que la réforme était nécessaire",
        ),
    ],
)
def test_a_statement_of_fear_or_opinion_stays(build: Build, text: str, words: str) -> None:
    assert _found(build, text, direct=False) == [words]
