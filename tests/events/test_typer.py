"""The typer: the type of the event between two given actors, for public datasets."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.evaluate.adapters import EventTyper, score_plover, score_plv
from newsgraph.events.typer import Typer

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def typer() -> Typer:
    return Typer()


def test_it_is_an_event_typer(typer: Typer) -> None:
    checked: EventTyper = typer
    assert checked.type_of("", "a", "b", "en") is None


@pytest.mark.parametrize(
    ("sentence", "source", "target", "kind"),
    [
        ("Russia bombed Kyiv on Monday.", "Russia", "Kyiv", "ASSAULT"),
        (
            "The minister condemned the attack by the rebels.",
            "The minister",
            "the rebels",
            "ACCUSE",
        ),
        ("Iran denied that it had supplied missiles to Russia.", "Iran", "Russia", "AID"),
        ("Japan urged China to release the detained fishermen.", "Japan", "China", "REQUEST"),
        ("Police arrested dozens of protesters in the capital.", "Police", "protesters", "COERCE"),
        ("The two leaders met in Geneva.", "The two leaders", "The two leaders", "CONSULT"),
        # the verb whose complement is the other act is the sentence's event
        ("Iran threatened to shell Iraqi towns in retaliation.", "Iran", "Iraqi towns", "THREATEN"),
        (
            "Australia has agreed to lend $1 billion to Indonesia.",
            "Australia",
            "Indonesia",
            "AGREE",
        ),
        # and it links what the act it holds links: a protest calling for something of Iraq
        (
            "Thousands of Kurds demonstrated in Kirkuk calling for independence from Iraq.",
            "Kurds",
            "Iraq",
            "PROTEST",
        ),
        # but a denial is of the act it denies (GOLD.md: the AID, denied)
        ("Rwanda denies backing the rebels.", "Rwanda", "the rebels", "AID"),
    ],
)
def test_types(typer: Typer, sentence: str, source: str, target: str, kind: str) -> None:
    assert typer.type_of(sentence, source, target, "en") == kind


def test_french_too(typer: Typer) -> None:
    assert (
        typer.type_of("La Chine a accusé Manille de provocations.", "La Chine", "Manille", "fr")
        == "ACCUSE"
    )


def test_no_trigger_no_answer(typer: Typer) -> None:
    assert typer.type_of("The weather was fine in Paris.", "Paris", "weather", "en") is None


@pytest.mark.shared
def test_accuracy_on_the_public_datasets(typer: Typer, shared: Path) -> None:
    """Floors a little under the figures measured (PLOVER 0.612, PLV 0.647): a regression gate."""
    plover = score_plover(shared / "data" / "plover" / "PLOVER_GSR_CAMEO.json", typer)
    assert plover.total == 322 and plover.accuracy >= 0.60
    plv = score_plv(shared / "data" / "plv" / "PLV_train.tsv", typer)
    assert plv.total == 1050 and plv.accuracy >= 0.63
