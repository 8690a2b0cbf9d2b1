"""Language data files: one entry of a file, where the language has it."""

from __future__ import annotations

from newsgraph import lang


def test_a_section_is_the_files_entry_or_none() -> None:
    assert lang.section("fr", "parse", "auxiliaries") == lang.load("fr", "parse")["auxiliaries"]
    assert lang.section("fr", "parse", "no such entry") is None
    assert lang.section("zz", "parse", "auxiliaries") is None  # no such language
