"""A noun event listed after another takes the cues of the first one's clause."""

from __future__ import annotations

import pytest

from newsgraph.events import Coder

from .helpers import coded

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "lang", "kind", "modality"),
    [
        (
            "Ukraine proposed a ceasefire and the withdrawal of Russian troops from its territory.",
            "en",
            "RETREAT",
            "hypothetical",
        ),
        (
            "Washington envisage des droits de douane ou des sanctions contre Moscou.",
            "fr",
            "SANCTION",
            "hypothetical",
        ),
        (
            "Et si l'administration américaine devait accentuer la pression, par des droits de "
            "douane ou des mesures de rétorsion contre la Russie, les Européens pourraient être "
            "contraints de choisir.",
            "fr",
            "SANCTION",
            "hypothetical",
        ),
    ],
)
def test_a_later_item_of_a_list_shares_the_first_ones_clause(
    coders: dict[str, Coder], text: str, lang: str, kind: str, modality: str
) -> None:
    # the chain of the second noun goes on through the first to the verb that plans it
    found = coded(coders[lang], text, lang)
    assert [e[3] for e in found if e[0] == kind] == [modality], found


def test_a_verb_conjoined_to_another_keeps_its_own_clause(coders: dict[str, Coder]) -> None:
    # only nouns share a clause: a second verb is a clause of its own
    text = "Russia could attack Ukraine, and it withdrew its troops from Belarus."
    found = coded(coders["en"], text, "en")
    assert ("RETREAT", frozenset({"RUS"}), frozenset({"BLR"}), "asserted") in found, found
