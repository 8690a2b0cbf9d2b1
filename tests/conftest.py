from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph import Options, Pipeline
from newsgraph.cleaning import Lexicon

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
EXAMPLES = ROOT / "examples"


@pytest.fixture(scope="session")
def lexicon() -> Lexicon:
    return Lexicon.for_languages(["en", "fr"])


@pytest.fixture(scope="session")
def shared() -> Path:
    """The public datasets and samples beside the checkout; tests skip when they are absent."""
    if not SHARED.is_dir():
        pytest.skip("../shared is absent")
    return SHARED


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    """The whole pipeline with its models, built once for the session."""
    return Pipeline.from_options(Options(on_error="raise"))


def page(*lines: str) -> str:
    """A raw page from lines, separated by blank lines as scrapes usually are."""
    return "\n\n".join(lines) + "\n"
