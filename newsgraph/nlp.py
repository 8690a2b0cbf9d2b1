"""The NLP layer: spaCy pipelines, loaded once per process, and one entity label scheme."""

from __future__ import annotations

from functools import cache
from typing import Any

from . import lang
from .article import Entity
from .errors import ModelNotInstalled


@cache
def load_model(name: str) -> Any:
    """The spaCy pipeline ``name``, loaded on first use and shared by the whole process."""
    import spacy

    try:
        return spacy.load(name)
    except OSError as error:
        package = name.replace("_", "-")
        raise ModelNotInstalled(
            f"spaCy pipeline '{name}'",
            "it is not installed",
            f"pip install {package}, or choose another model in the options",
        ) from error


@cache
def label_map(code: str) -> dict[str, str]:
    """The model's entity labels for language ``code`` mapped to newsgraph's scheme."""
    mapping: dict[str, str] = lang.load(code, "labels")["map"]
    return mapping


def entities(doc: Any, text: str, code: str) -> list[Entity]:
    """The entities of ``doc``, parsed from a same-length view of ``text``, labels mapped."""
    mapping = label_map(code)
    return [
        Entity(
            start=ent.start_char,
            end=ent.end_char,
            text=text[ent.start_char : ent.end_char],
            label=mapping.get(ent.label_, "MISC"),
            model_label=ent.label_,
        )
        for ent in doc.ents
    ]
