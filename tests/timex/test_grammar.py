"""The language data compiles, carries its versions, and is the only place words live."""

from __future__ import annotations

import ast
import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsgraph import lang, timex
from newsgraph.errors import ConfigurationError
from newsgraph.timex.grammar import UNITS, _regex, grammar

CODE = Path(timex.__file__).parent
LANGUAGES = lang.available("timex")


def test_french_and_english_have_time_expressions() -> None:
    assert {"fr", "en"} <= set(LANGUAGES)


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_language_compiles_with_versions_and_sources(code: str) -> None:
    data = lang.load(code, "timex")
    assert data["version"].startswith(f"timex-{code}.v") and data["sources"]
    assert grammar(code).versions == (data["version"], lang.load(code, "dates")["version"])


def test_an_unknown_slot_is_named_with_the_known_ones() -> None:
    with pytest.raises(ConfigurationError, match=r"\{season\}.*use one of: day"):
        _regex("xx", "{season} dernier", {"day": "", "month": ""})


def _words(code: str) -> set[str]:
    """The words of a language's data; the unit names of the code's scheme and the data files'
    field names aside."""
    data, dates = lang.load(code, "timex"), lang.load(code, "dates")
    words = {*data["numbers"], *data["units"], *dates["months"], *dates["weekdays"]}
    for phrases in data["phrases"].values():
        words.update(phrases)
    fields = {*data, *dates}
    return {word.lower() for word in words if len(word) > 2} - set(UNITS) - fields


def test_no_language_words_in_the_code() -> None:
    words = set().union(*(_words(code) for code in LANGUAGES))
    for path in CODE.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docstrings = {
            id(node.body[0].value)
            for node in ast.walk(tree)
            if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef)
            and node.body
            and isinstance(node.body[0], ast.Expr)
        }
        literals = {
            node.value.lower()
            for node in ast.walk(tree)
            if isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and id(node) not in docstrings
        }
        assert not literals & words, path.name


spaces = st.sampled_from([" ", "\u00a0", "\u202f", "  ", "\n"])
apostrophes = st.sampled_from(["'", "\u2019"])


@given(spaces, spaces, apostrophes, st.text(alphabet="abc ,.;", max_size=12))
def test_spans_hold_with_any_spaces_and_apostrophes(
    space: str, other: str, apostrophe: str, filler: str
) -> None:
    text = (
        f"{filler} Il y a deux{space}semaines,{other}puis l{apostrophe}an{space}dernier et "
        f"le 3{other}août{space}2023 ; aujourd{apostrophe}hui {filler}"
    )
    found = timex.find(text, dt.date(2024, 6, 20), "fr")
    assert [m.value for m in found] == ["2024-06-06", "2023", "2023-08-03", "2024-06-20"]
    assert all(text[m.start : m.end] == m.text for m in found)
