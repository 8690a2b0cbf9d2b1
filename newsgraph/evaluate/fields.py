"""Typed access to the JSON objects of a gold record, with errors that name the field."""

from __future__ import annotations

from typing import Any

from ..errors import MalformedRecord


class Fields:
    """Typed access to one JSON object, with errors naming ``file:line`` and the field path."""

    def __init__(self, data: dict[str, Any], origin: str, path: str = "") -> None:
        self.data = data
        self.origin = origin
        self.path = path

    def where(self, key: str) -> str:
        return f"{self.path}.{key}" if self.path else key

    def error(self, key: str, why: str, fix: str = "see GOLD.md") -> MalformedRecord:
        return MalformedRecord(self.origin, f"field '{self.where(key)}' {why}", fix)

    def value(self, key: str, kind: type, required: bool = True) -> Any:
        if key not in self.data or self.data[key] is None:
            if required:
                raise self.error(key, "is missing")
            return None
        value = self.data[key]
        if not isinstance(value, kind) or (isinstance(value, bool) and kind is not bool):
            raise self.error(key, f"must be {_kind_name(kind)}, not {type(value).__name__}")
        return value

    def text(self, key: str) -> str:
        value: str = self.value(key, str)
        if not value.strip():
            raise self.error(key, "is empty")
        return value

    def optional_text(self, key: str) -> str | None:
        value: str | None = self.value(key, str, required=False)
        return value

    def choice(self, key: str, allowed: frozenset[str], required: bool = True) -> str | None:
        value: str | None = self.value(key, str, required)
        if value is not None and value not in allowed:
            raise self.error(key, f"is {value!r}", f"use one of {', '.join(sorted(allowed))}")
        return value

    def boolean(self, key: str) -> bool:
        value: bool = self.value(key, bool)
        return value

    def texts(self, key: str, required: bool = True) -> tuple[str, ...]:
        items: list[Any] = self.value(key, list, required) or []
        for index, item in enumerate(items):
            if not isinstance(item, str) or not item.strip():
                raise self.error(f"{key}[{index}]", "must be a non-empty string")
        return tuple(items)

    def object(self, key: str) -> Fields:
        return Fields(self.value(key, dict), self.origin, self.where(key))

    def objects(self, key: str) -> list[Fields]:
        items: list[Any] = self.value(key, list, required=False) or []
        for index, item in enumerate(items):
            if not isinstance(item, dict):
                raise self.error(f"{key}[{index}]", "must be a JSON object")
        return [
            Fields(item, self.origin, self.where(f"{key}[{i}]")) for i, item in enumerate(items)
        ]


def _kind_name(kind: type) -> str:
    names = {str: "a string", bool: "true or false", list: "a list", dict: "an object"}
    return names.get(kind, kind.__name__)
