"""A side's emphatic denial of its own act is denied, not negated
(``newsgraph.events.disowned``), on sentences parsed by the model."""

from __future__ import annotations

import pytest

from newsgraph.events import Coder

from .helpers import coded, make_article, quoted

pytestmark = pytest.mark.model


def _modalities(coder: Coder, text: str, lang: str, kind: str, source: str) -> list[str]:
    return [m for k, s, _t, m in coded(coder, text, lang) if k == kind and s == {source}]


@pytest.mark.parametrize(
    ("lang", "text", "kind", "source"),
    [
        (
            "fr",
            "Le ministre iranien a affirmé que son pays n'avait jamais envoyé d'armes au Liban.",
            "AID",
            "IRN",
        ),
        (
            "fr",
            "Le Kremlin a affirmé que la Russie n'avait bombardé aucun village ukrainien.",
            "ASSAULT",
            "RUS",
        ),
        ("en", "The Iranian minister said Iran had never sent weapons to Lebanon.", "AID", "IRN"),
    ],
)
def test_a_sides_emphatic_negation_of_its_own_act_is_denied(
    coders: dict[str, Coder], lang: str, text: str, kind: str, source: str
) -> None:
    assert _modalities(coders[lang], text, lang, kind, source) == ["denied"]


@pytest.mark.parametrize(
    ("lang", "text", "kind", "source"),
    [
        # a plain negation: information, not a denial
        (
            "fr",
            "Le ministre iranien a affirmé que son pays n'avait pas envoyé d'armes au Liban.",
            "AID",
            "IRN",
        ),
        # another side's words
        (
            "fr",
            "Le ministre israélien a affirmé que l'Iran n'avait jamais livré d'armes au Liban.",
            "AID",
            "IRN",
        ),
        ("en", "The Israeli minister said Iran had never sent weapons to Lebanon.", "AID", "IRN"),
        # told by the story itself
        ("en", "Iran has never sent weapons to Lebanon.", "AID", "IRN"),
    ],
)
def test_other_negations_stay_negated(
    coders: dict[str, Coder], lang: str, text: str, kind: str, source: str
) -> None:
    assert _modalities(coders[lang], text, lang, kind, source) == ["negated"]


def test_a_quotation_of_the_sides_own_spokesman_is_its_denial(coders: dict[str, Coder]) -> None:
    words = "L'Iran n'a jamais livré la moindre arme au Liban"
    text = f"« {words} », a martelé mercredi le porte-parole du gouvernement, Reza Karimi."
    article = quoted(make_article(text, "fr"), words, "Iran")
    found = [e.modality for e in coders["fr"].code_article(article) if e.type == "AID"]
    assert found == ["denied"]
