"""Shared helpers of the knowledge-base build: paths, warnings, name keys and table readers."""

from __future__ import annotations

import re
import sys
import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SUPPLEMENTS = Path(__file__).resolve().parents[1] / "kb_supplements"
LEADING_ARTICLES = re.compile(r"^(?:(?:the|les|le|la)\s+|l'\s*)", re.I)


def warn(message: str) -> None:
    """Report a data problem on stderr (the build goes on)."""
    print(f"warning: {message}", file=sys.stderr)


def fold(text: str) -> str:
    """Comparison key: no accents, lower case, punctuation and hyphens as spaces."""
    text = unicodedata.normalize("NFKD", text.replace("’", "'"))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"[-_.,()'\"]+", " ", text)
    return LEADING_ARTICLES.sub("", " ".join(text.split()))


def slug(text: str) -> str:
    """Identifier part of a name: 'Lula da Silva' -> 'lula_da_silva'."""
    return re.sub(r"[^a-z0-9]+", "_", fold(text)).strip("_")


def role_key(role: str) -> str:
    """Key of a role: 'head of state' -> 'head_of_state'."""
    return re.sub(r"[^a-z0-9]+", "_", role.lower()).strip("_")


def uniq(items: Iterable[str]) -> list[str]:
    """Items with spaces squeezed, empty and repeated ones dropped, first order kept."""
    seen: set[str] = set()
    out: list[str] = []
    for item in items:
        item = " ".join(item.split())
        if item and item not in seen:
            seen.add(item)
            out.append(item)
    return out


def read_pipe_table(path: Path) -> Iterator[list[str]]:
    """Rows of a supplement table, cells split on ' | ' (blank and '#' lines skipped)."""
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            yield [cell.strip() for cell in line.split(" | ")]


def split_list(cell: str) -> list[str]:
    """A ';'-separated cell as a list ('-' is the empty list): 'USA; US' -> ['USA', 'US']."""
    return [] if cell == "-" else [x.strip() for x in cell.split(";") if x.strip()]
