"""Language knowledge as versioned data files, one folder per language.

Each ``newsgraph/lang/<code>/<name>.json`` file carries a ``version`` (stored with every fact the
data helps produce) and its ``sources``. The folder ``xx`` holds knowledge shared by all languages.
Adding a language is adding a folder of data files; no code changes.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

from ..errors import ConfigurationError

SHARED = "xx"


@cache
def load(lang: str, name: str) -> dict[str, Any]:
    """The data file ``name`` for language ``lang``, parsed once per process."""
    path = resources.files(__name__).joinpath(lang, f"{name}.json")
    if not path.is_file():
        raise ConfigurationError(
            f"language data {lang}/{name}.json",
            "the file is not installed with newsgraph",
            f"add newsgraph/lang/{lang}/{name}.json or choose one of: {', '.join(available(name))}",
        )
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    if "version" not in data:
        raise ConfigurationError(f"language data {lang}/{name}.json", "it has no 'version' field")
    return data


def section(lang: str, name: str, key: str) -> Any:
    """The entry ``key`` of the data file ``name`` for language ``lang``, or None where the
    language has no such file or the file no such entry."""
    if lang not in available(name):
        return None
    return load(lang, name).get(key)


def available(name: str) -> list[str]:
    """The languages that have a data file ``name``."""
    root = resources.files(__name__)
    return sorted(
        entry.name
        for entry in root.iterdir()
        if entry.is_dir() and entry.name != SHARED and entry.joinpath(f"{name}.json").is_file()
    )
