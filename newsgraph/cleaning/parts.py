"""Reading the parts that are not body: bylines (authors, translated-from) and captions."""

from __future__ import annotations

import re

from ..article import Caption
from .classify import caption_credit, credit_sentences
from .lexicon import Lexicon
from .lines import Line

_NAME_CHARS = re.compile(r"[^\W\d_][\w.'’ -]*[^\W\d_.]", re.UNICODE)


def read_byline(line: Line, lexicon: Lexicon) -> tuple[list[str], str | None]:
    """The authors and the outlet translated from that a byline line names."""
    authors: list[str] = []
    translated_from: str | None = None
    parts = credit_sentences(line.text)
    texts = [line.text] if len(parts) < 2 else parts  # "Editing by X. Additional reporting by Y"
    matches = [m for text in texts for p in lexicon.byline if (m := p.search(text))]
    for match in matches:
        groups = match.groupdict()
        if groups.get("translated_from") and translated_from is None:
            translated_from = groups["translated_from"].strip()
        if groups.get("authors"):
            authors.extend(_split_authors(groups["authors"], lexicon))
    return _unique(authors), translated_from


def _split_authors(text: str, lexicon: Lexicon) -> list[str]:
    text = " ".join(text.split())  # non-breaking spaces inside names
    for suffix in lexicon.author_suffixes:
        at = text.lower().find(f" {suffix.lower()}")
        if at > 0:
            text = text[:at]
    names = []
    for part in lexicon.author_joiners.split(text):
        match = _NAME_CHARS.search(part.strip())
        if match and 1 <= len(match.group(0).split()) <= 5:
            names.append(match.group(0).strip())
    return names


def _unique(names: list[str]) -> list[str]:
    seen: dict[str, None] = {}
    for name in names:
        seen.setdefault(name, None)
    return list(seen)


_GLUE = re.compile(r"(?<=[a-zà-ÿ])(?=[A-ZÀ-Ý][a-zà-ÿ'’])")


def read_caption(line: Line, lexicon: Lexicon) -> Caption:
    """A caption split into its text, its credit, and the image's alt text glued before it."""
    credit = caption_credit(line, lexicon)
    text = line.text
    for separator in ("|", "(Photo", "(photo", "Photo :", "Photo:", "©"):
        at = text.rfind(separator)
        if at > 0 and credit and credit in text[at:]:
            text = text[:at].rstrip(" –—-(")
            break
    alt, text = _unglue(text)
    return Caption(text=text, credit=credit, alt=alt)


def _unglue(text: str) -> tuple[str | None, str]:
    """Split alt text glued to a caption (``Antony BlinkenLe secrétaire…``).

    The junction is a lower-case letter followed by a capital within the first words, and most
    words before it must be repeated in the rest (an alt text names what the caption shows).
    """
    for match in _GLUE.finditer(text[:80]):
        head, tail = text[: match.start()].strip(), text[match.start() :]
        head_words = head.split()
        if not 0 < len(head_words) <= 6:
            continue
        repeated = sum(1 for w in head_words if w in tail) / len(head_words)
        if repeated >= 0.5:
            return head, tail
    return None, text
