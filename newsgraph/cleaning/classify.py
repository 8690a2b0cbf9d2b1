"""What kind of site chrome a line is, from the line alone (its position is judged elsewhere)."""

from __future__ import annotations

import re

from .lexicon import Lexicon
from .lines import Line, undecorated

#: Lines at most this long may be menus, buttons or links.
SHORT = 10
#: Calls to action longer than this are taken for prose that happens to use the phrase.
LONG = 45

_ASSET = re.compile(r"^[\w.-]*(?:_[\w.-]*|\.(?:png|jpe?g|gif|svg|webp))$", re.IGNORECASE)
#: The end of one sentence of a credit line and the start of the next.
_CREDIT_SENTENCE = re.compile(r"(?<=\.)\s+(?=[A-Z])")
_MENU_SEPARATORS = re.compile(r"\s[|•›»>·/]\s|\s{2,}")


def chrome_reason(line: Line, lexicon: Lexicon) -> str | None:
    """The reason ``line`` is site chrome, or ``None`` when it may be article text."""
    checks = (_asset, _copyright, _byline, _publication_info, _caption, _menu, _call_to_action)
    for check in (*checks, _price):
        reason = check(line, lexicon)
        if reason:
            return reason
    return None


def is_byline(line: Line, lexicon: Lexicon) -> bool:
    """A line of credits: a byline, or sentences that are each one ("Editing by X.
    Additional reporting by Y in Budapest.")."""
    bracketed = line.text.startswith("(") and line.text.endswith(")")
    if line.words > 25:
        return False
    if line.sentence_like and not bracketed:
        parts = credit_sentences(line.text)
        return len(parts) > 1 and all(_credit(part, lexicon) for part in parts)
    return _credit(line.text, lexicon)


def credit_sentences(text: str) -> list[str]:
    """The sentences of a line, without their full stops: the parts of a credit line."""
    return [part.rstrip(".") for part in _CREDIT_SENTENCE.split(text.strip()) if part]


def _credit(text: str, lexicon: Lexicon) -> bool:
    return any(p.search(text) for p in lexicon.byline)


def _asset(line: Line, lexicon: Lexicon) -> str | None:
    return "site-asset" if line.words <= 2 and _ASSET.match(line.text) else None


def _copyright(line: Line, lexicon: Lexicon) -> str | None:
    if line.folded.startswith(("©", "(c) ", "copyright")) and line.words <= 40:
        return "copyright"
    return None


def _byline(line: Line, lexicon: Lexicon) -> str | None:
    return "byline" if is_byline(line, lexicon) else None


def _publication_info(line: Line, lexicon: Lexicon) -> str | None:
    if line.words > 25 or line.sentence_like:
        return None
    if any(p.search(line.text) for p in lexicon.publication_info):
        return "publication-info"
    return None


def _caption(line: Line, lexicon: Lexicon) -> str | None:
    return "caption" if caption_credit(line, lexicon) is not None else None


def caption_credit(line: Line, lexicon: Lexicon) -> str | None:
    """The credit of a photo caption (``Getty Images``), or ``None`` if the line is no caption."""
    text = line.text.rstrip(" .)")
    if any(marker in line.text for marker in lexicon.caption_markers):
        return _agency_at_end(text, lexicon) or "©"
    cue_at = max((line.folded.rfind(cue) for cue in lexicon.caption_cues), default=-1)
    if cue_at >= 0 and line.words <= 80:
        credit = line.text[cue_at:].split(":", 1)[-1].strip(" )|")
        in_brackets = (
            line.text.endswith(")") and "(" in line.folded[max(0, cue_at - 2) : cue_at + 1]
        )
        if _agency_at_end(text, lexicon) or "|" in line.text or cue_at == 0 or in_brackets:
            return credit or None
    agency = _agency_at_end(text, lexicon)
    if agency and re.search(r"[(|/]\s*(?:photo\s*:?\s*)?[\w .&-]*$", text, re.IGNORECASE):
        return agency
    return None


def _agency_at_end(text: str, lexicon: Lexicon) -> str | None:
    lowered = text.lower()
    for agency in lexicon.agencies:
        if lowered.endswith(agency.lower()):
            return agency
    return None


def _call_to_action(line: Line, lexicon: Lexicon) -> str | None:
    folded = line.folded
    if line.words <= LONG:
        for phrases in lexicon.anywhere:
            if phrases.search(folded):
                return phrases.category
        head = undecorated(folded)
        for phrases in lexicon.line_start:
            found = phrases.search(head)
            if found and head.startswith(found):
                return phrases.category
        first_words = " ".join(head.split()[:2])
        if any(first_words.startswith(v) for v in lexicon.imperatives) and line.words <= 25:
            return "call-to-action"
    if line.words <= SHORT and not line.sentence_like:
        for phrases in lexicon.short_line:
            found = phrases.search(folded)
            if found and len(found.split()) >= line.words - 3:
                return phrases.category
    return None


def _price(line: Line, lexicon: Lexicon) -> str | None:
    if (
        line.words <= 20
        and not line.text.endswith((".", "!", "?"))
        and lexicon.price.search(line.text)
    ):
        return "price"
    return None


def _menu(line: Line, lexicon: Lexicon) -> str | None:
    """A row of capitalised links with no sentence in it."""
    if line.terminal or line.words < 3 or line.words > 20:
        return None
    tokens = line.text.split()
    capitalised = sum(1 for t in tokens if t[:1].isupper())
    separated = len(_MENU_SEPARATORS.findall(line.text)) >= 2
    bare = capitalised / len(tokens) >= 0.75 and line.function_ratio == 0 and line.words <= 8
    if separated or bare:
        return "navigation"
    return None
