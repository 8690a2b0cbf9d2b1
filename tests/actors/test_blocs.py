"""A bloc's adjective on a noun of its acts or goods names the bloc (model-backed)."""

from __future__ import annotations

import pytest

from newsgraph import Pipeline

from .helpers import mentions_of, run

pytestmark = pytest.mark.model


def test_a_bloc_adjective_on_an_act_names_the_bloc_in_french(pipeline: Pipeline) -> None:
    article = run(pipeline, (
        "Le ministre lituanien a dénoncé un chantage de Minsk. La potasse biélorusse reste "
        "soumise aux sanctions européennes, et les États-Unis taxent les produits européens."
    ))  # fmt: skip
    assert mentions_of(article, "European Union") == ["européennes", "européens"]


def test_a_bloc_adjective_on_an_act_names_the_bloc_in_english(pipeline: Pipeline) -> None:
    article = run(pipeline, (
        "Lithuania's foreign minister denounced blackmail by Minsk. Belarusian potash remains "
        "under European sanctions, and Washington taxes European goods."
    ))  # fmt: skip
    assert mentions_of(article, "European Union") == ["European", "European"]


def test_a_bloc_adjective_on_other_nouns_names_no_actor(pipeline: Pipeline) -> None:
    article = run(pipeline, (
        "Les trois pays européens ont averti l'Iran jeudi, selon le ministre iranien."
    ))  # fmt: skip
    assert not mentions_of(article, "European Union")
    article = run(pipeline, (
        "European countries warned Iran on Thursday, the Iranian foreign minister said."
    ))  # fmt: skip
    assert not mentions_of(article, "European Union")
