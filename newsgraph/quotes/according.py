"""Attribution phrases: "selon X", "d'après X", "according to X", and at the start of a
sentence "Pour X, …" (``opening_according``).

The phrases are language data (``according_to``), matched on the words of the text; the noun
phrase after one names the source when it can name a speaker (a name, a title, an institution,
a pronoun, "des sources", or an actor's mention). The phrase hangs from the clause it
attributes (its anchor): what that clause says, quoted words included, is that source's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..textutil import nlp_view
from .layout import NOMINAL, According, Speaker

if TYPE_CHECKING:
    from .layout import Layout

#: The attribution phrases found so far, by the token each is attached to.
Found = dict[int, According]
#: Characters that may stand before a phrase that opens its sentence.
TRIM = ' \t\n\u00a0\u202f«“"—–-'


def find_according(layout: Layout) -> dict[int, According]:
    """The attribution phrases, by the token each is attached to."""
    found: dict[int, According] = {}
    for opening, pattern in (
        (False, layout.lexicon.according_pattern),
        (True, layout.lexicon.opening_pattern),
    ):
        if pattern is not None:
            _find(layout, pattern, opening, found)
    return found


def _find(layout: Layout, pattern: re.Pattern[str], opening: bool, found: Found) -> None:
    """Adds to ``found`` the attribution phrases ``pattern`` matches; with ``opening``, only
    those that open their sentence, their noun phrase closed by a comma."""
    for match in pattern.finditer(nlp_view(layout.text).lower()):
        phrase = layout.tokens(match.start(), match.end())
        if not phrase or layout.in_quote(phrase[0]) or match.end() >= len(layout.text):
            continue
        after = layout.tokens(match.end(), len(layout.text))
        if not after or layout.doc[after[0]].pos_ not in NOMINAL:
            continue
        _, end = layout.sentence(match.start())
        head = layout.phrase_head(layout.doc[after[0]], end)
        speaker = layout.noun_phrase(head, match.end(), end)
        if speaker is None or not _names_speaker(layout, speaker):
            continue
        if opening:
            speaker = _first_phrase(layout, speaker)  # not « X, l'escalade » in « Pour X, … »
            if not _opens(layout, match.start(), speaker):
                continue
        anchor = _anchor(layout, phrase[0], layout.tokens(speaker.start, speaker.end)[-1])
        speaker = _before_subject(layout, _first_phrase(layout, speaker), anchor)
        found.setdefault(anchor, According(match.start(), speaker.end, speaker, anchor))


def _opens(layout: Layout, start: int, speaker: Speaker) -> bool:
    """Whether the phrase at ``start`` opens its sentence (after a conjunction of
    ``opening_conjunctions`` at most, a comma after it or not: "Mais pour Kiev, …", "Mais,
    pour Kiev, …") and a comma follows the noun phrase
    of ``speaker``, then no relative clause about it: "Pour Washington, c'est bien Wagner
    qui …", not "Pour Pékin, qui revendique …" nor "Pour éviter un conflit, …"."""
    sentence_start, end = layout.sentence(start)
    before = layout.text[sentence_start:start].strip(TRIM)
    conjunction = before.rstrip(" ,").lower()  # « Mais, pour X, … »
    if before and conjunction not in layout.lexicon.opening_conjunctions:
        return False
    after = layout.tokens(speaker.end, end)
    if len(after) < 2 or layout.doc[after[0]].text != ",":
        return False
    return layout.doc[after[1]].lower_ not in layout.lexicon.relative_pronouns


def _before_subject(layout: Layout, speaker: Speaker, anchor: int) -> Speaker:
    """``speaker`` cut before the subject of the clause it is attached to, which the
    parser may take for an apposition ("According to Iran's spokesman, Esmaeil Baghaei,
    the ambassadors … were summoned")."""
    doc = layout.doc
    subjects = [c for c in doc[anchor].children if c.dep_.startswith("nsubj")]
    first = None
    for child in subjects:
        if speaker.start < child.idx < speaker.end:
            first = child.left_edge.i
    phrase = layout.tokens(speaker.start, speaker.end)
    if not subjects and phrase and phrase[-1] + 1 < len(doc):
        following = doc[phrase[-1] + 1]
        if following.i == anchor or (following.head.i == anchor and following.pos_ == "AUX"):
            commas = [i for i in phrase if doc[i].text == ","]
            first = commas[-1] + 1 if commas else None  # "…, Baghaei, the ambassadors were"
    if first is None:
        return speaker
    last = first - 1
    while last > 0 and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    if doc[last].idx > speaker.start:
        return Speaker(speaker.start, layout.token_end(last), speaker.head)
    return speaker


def _first_phrase(layout: Layout, speaker: Speaker) -> Speaker:
    """``speaker`` cut before a comma after which no apposition comes: what follows is the
    attributed clause's subject ("Selon la garde côtière tarvienne, trois chalutiers étrangers,
    dont …, pêchaient"; but "d'après le chef de la police, le colonel Hugo Ferral,
    …"). A title with no name after the comma is cut too: "Pour Jean Morel, le porte-parole du
    parti, …" keeps "Jean Morel", the speaker all the same."""
    doc = layout.doc
    phrase = list(layout.tokens(speaker.start, speaker.end))
    commas = [n for n, i in enumerate(phrase) if doc[i].text == ","]
    for n in commas:
        following = next((m for m in commas if m > n), len(phrase))
        if n == 0 or apposition(layout, phrase[n + 1 : following]):
            continue
        return Speaker(speaker.start, layout.token_end(phrase[n - 1]), speaker.head)
    return speaker


def apposition(layout: Layout, words: Sequence[int]) -> bool:
    """Whether ``words``, after a comma in a source's noun phrase, name that source again: they
    hold a name, and their first noun is that name, a title or another noun that can name a
    speaker ("le général Sylvain Ekenge", "un diplomate de l'ONU"), not a noun the name only
    modifies, which opens the attributed clause's subject ("D'après une source militaire, des
    instructeurs de l'Africa Corps, …, accompagnaient le convoi")."""
    doc = layout.doc
    if not any(doc[i].pos_ == "PROPN" for i in words):
        return False
    return describes(layout, words)


def describes(layout: Layout, words: Sequence[int]) -> bool:
    """Whether the first noun of ``words`` can name a speaker: a name, a title, an
    institution ("le porte-parole du parti", "un diplomate tunisien")."""
    doc = layout.doc
    head = next((doc[i] for i in words if doc[i].pos_ in ("NOUN", "PROPN")), None)
    return head is not None and layout.speaker_like(head)


def _names_speaker(layout: Layout, speaker: Speaker) -> bool:
    if _norm(layout, speaker):
        return False
    tokens = layout.tokens(speaker.start, speaker.end)
    if any(layout.speaker_like(layout.doc[i]) for i in tokens):
        return True
    return any(
        m.start < speaker.end and speaker.start < m.end
        for actor in layout.article.actors
        for m in actor.mentions
    )


def _norm(layout: Layout, speaker: Speaker) -> bool:
    """Whether the phrase's head is a standing rule (``norm_nouns``): what a rule lays down is
    no one's statement, even where it names its author (« Selon la Constitution, le président
    ne peut pas … », « selon les règles de l'Otan, … »)."""
    head = layout.doc[speaker.head]
    return (
        head.lemma_.lower() in layout.lexicon.norm_nouns or head.lower_ in layout.lexicon.norm_nouns
    )


def _anchor(layout: Layout, first: int, last: int) -> int:
    """The token outside tokens ``first`` to ``last`` (the phrase) that the phrase hangs
    from."""
    token = layout.doc[first]
    for _ in range(8):
        if not first <= token.i <= last or token.head.i == token.i:
            break
        token = token.head
    return int(token.i)
