"""The pipeline with its models, built once for each model-backed module of the actors tests."""

from __future__ import annotations

import pytest

from newsgraph import Options, Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.from_options(Options())
