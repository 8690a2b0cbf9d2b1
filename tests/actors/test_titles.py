"""A bare title with a definite article takes up the person named just before it who holds
that office or a narrower one (:mod:`newsgraph.actors.titles`; model-backed)."""

from __future__ import annotations

import pytest

from newsgraph import Pipeline
from newsgraph.actors import actor_at

from .helpers import run

pytestmark = pytest.mark.model


def _holder(pipeline: Pipeline, text: str, phrase: str) -> str | None:
    """The name of the actor a phrase of ``text`` is a mention of, or None."""
    article = run(pipeline, text)
    at = text.index(phrase)
    actor = actor_at(article, at, at + len(phrase))
    return actor.name if actor is not None else None


def test_the_minister_is_the_minister_named_just_before(pipeline: Pipeline) -> None:
    text = ("Paul Durandeau, ministre belge de l'Intérieur, a reçu lundi des élus à Liège. "
            "Le ministre a menacé l'Algérie de nouvelles sanctions.")  # fmt: skip
    assert _holder(pipeline, text, "ministre a menacé") == "Paul Durandeau"


def test_a_general_title_takes_up_a_narrower_office_in_english(pipeline: Pipeline) -> None:
    text = ("Maria Lindqvist, Sweden's foreign minister, arrived in Oslo on Monday. "
            "The minister accused Russia of jamming GPS signals over the Baltic. "
            "Kremlin spokesman Ivan Petrovsky dismissed the claims on Tuesday. "
            "The spokesman threatened Sweden with retaliation.")  # fmt: skip
    assert _holder(pipeline, text, "minister accused") == "Maria Lindqvist"
    assert _holder(pipeline, text, "spokesman threatened") == "Ivan Petrovsky"


def test_a_person_named_in_between_holds_the_title_back(pipeline: Pipeline) -> None:
    text = ("Finnish Defence Minister Olli Rantakoski met the writer Jonas Ekberg on Wednesday. "
            "The minister later condemned Belarus for the border incidents.")  # fmt: skip
    assert _holder(pipeline, text, "minister later") is None


def test_an_indefinite_title_or_one_no_one_holds_stays_alone(pipeline: Pipeline) -> None:
    text = ("Paul Durandeau, ministre belge de l'Intérieur, a reçu lundi des élus à Liège. "
            "Un ministre a dénoncé le silence de la Norvège.")  # fmt: skip
    assert _holder(pipeline, text, "ministre a dénoncé") is None
    text = ("Le président sénégalais Amadou Ndiayeso a reçu mardi des diplomates. "
            "Le porte-parole a accusé le Mali d'ingérence.")  # fmt: skip
    assert _holder(pipeline, text, "porte-parole a accusé") is None


def test_a_title_that_may_name_many_takes_up_no_one(pipeline: Pipeline) -> None:
    text = ("The new army commander, General Rodrigo Valcárcel, ordered the troops back to "
            "their barracks on Thursday.")  # fmt: skip
    assert _holder(pipeline, text, "troops") is None


@pytest.mark.parametrize(
    ("text", "phrase", "state"),
    [
        (
            "La porte-parole du ministère indonésien de l'Industrie, Sari Wulandari, a parlé "
            "mardi. Le ministère indonésien de l'Industrie a ensuite fustigé une confiscation.",
            "ministère indonésien de l'Industrie a ensuite",
            "Indonesia",
        ),
        (
            "Le porte-parole du ministère russe des Affaires étrangères, Ivan Sokolovski, "
            "a répondu lundi. Le ministère russe a convoqué l'ambassadeur allemand.",
            "ministère russe a convoqué",
            "Russia",
        ),
    ],
)
def test_a_ministry_is_never_the_spokesperson_whose_title_named_it(
    pipeline: Pipeline, text: str, phrase: str, state: str
) -> None:
    assert _holder(pipeline, text, phrase) == state


def test_a_title_split_by_its_country_adjective_is_one_office(pipeline: Pipeline) -> None:
    text = ("« Cette décision isole notre région », a regretté le ministre chilien des "
            "Affaires étrangères, Tomás Orrego. Le diplomate a ajouté que son pays rappellerait "
            "son ambassadeur. Le chef de la diplomatie chilienne s'est ensuite envolé pour "
            "Lima.")  # fmt: skip
    assert _holder(pipeline, text, "chef de la diplomatie chilienne") == "Tomás Orrego"
    assert _holder(pipeline, text, "diplomate a ajouté") == "Tomás Orrego"
    article = run(pipeline, text)
    roles = {a.name: a.role for a in article.actors}
    assert roles["Tomás Orrego"] == "foreign minister"


def test_a_split_title_keeps_its_own_office(pipeline: Pipeline) -> None:
    text = (
        "La ministre lituanienne de la Défense, Rasa Vaitkutė, a dénoncé une provocation. "
        "Le ministre turc de l'Intérieur, Ahmet Dursunoğlu, a annoncé des arrestations."
    )
    roles = {a.name: (a.role, a.country) for a in run(pipeline, text).actors}
    assert roles["Rasa Vaitkutė"] == ("defense minister", "LTU")
    assert roles["Ahmet Dursunoğlu"] == ("interior minister", "TUR")


def test_an_office_then_a_rank_in_apposition_names_the_holder(pipeline: Pipeline) -> None:
    text = (
        "Le ministre bolivien de la Défense, le général Ivo Raskalov, y voit une provocation. "
        "Macron a reçu le ministre français de la Défense, le président du Sénat Paul Verlain "
        "et le maire de Lyon."
    )
    assert _holder(pipeline, text, "ministre bolivien de la Défense") == "Ivo Raskalov"
    assert _holder(pipeline, text, "ministre français de la Défense") != "Paul Verlain"
    text = (
        "Macron a reçu mardi le ministre français des Armées, le général Thierry Vellard et "
        "le président du Sénat."
    )  # a list of three: the general is not the minister
    assert _holder(pipeline, text, "ministre français des Armées") != "Thierry Vellard"
