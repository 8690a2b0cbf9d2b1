"""The cue and the speaker of a quotation, from the words around it and the parse.

In this order: a cue inside the quote, set off by commas ("« Ces manœuvres, a déclaré Dmitri
Peskov, ne font … »"); a speech tag right after it ('"…," he said', "« … », a déclaré X"); a
label after a dash, right before the colon that opens it ("Pollsters agree - Carl Bialik: “…”");
the reporting verb or attribution phrase the quote depends on (the outermost one when a
reported clause holds another: "Miller said Washington condemned China's “dangerous” actions"
quotes Miller), a reporting verb before it rather than an attribution phrase on the word it
depends on ("X a assuré Y de « … », selon l'Élysée" quotes X); then, read by :mod:`.earlier`,
the last cue before it in its sentence, or the clause a colon closes before it ("Siliņa s'est
montrée plus directe : « … »"), and a cue in the sentence before, in the same paragraph
("Representative Rangel said. “…”"). A quote without any may take the speaker of the
quotation it goes on with (:mod:`.runs`). A name after a dash at the end of the quote's line
signs it ('“…” ― Francisco Herrero'); after a question or an exclamation, a verb of
``tag_verbs`` tags it too ('"…?" Vitter demanded').
"""

from __future__ import annotations

from bisect import bisect_left

from ..textutil import last_char
from .apposed import apposed_tag
from .bare import bare_tag
from .bearers import written_tag
from .colon import dashed_label
from .cues import Attribution, found_cue
from .earlier import before, cue_before, sentence_before
from .inside import clitic_incise
from .inverted import cue_span, finite, inverted_subject, object_clitic, preceding
from .layout import RELATIVE_CLAUSES, Layout, Speaker, Token, name_like
from .marks import Marked
from .pending import stated_by
from .speakers import SUBJECTS, subject

#: Relations by which words are what a reporting verb says (not how or when it is said: "la
#: France répondrait de manière « ferme et proportionnée »" is not said by "répondrait").
CONTENT = frozenset(
    {"nsubj", "nsubj:pass", "nsubjpass", "obj", "dobj", "iobj", "attr", "acomp", "oprd"}
    | {"xcomp", "ccomp", "obl:arg", "csubj", "obl", "dep", "advcl", "parataxis", "acl"}
    | {"obj:lvc", "prep", "pcomp"}
)
#: Marks that close an incise's speaker inside a quote.
INCISE_ENDS = ",.;:!?)—–"
#: Dashes before the name that signs a quotation set apart.
SIGNING_DASHES = "―—–"
#: The most words of such a name.
SIGNATURE = 6
#: Closing marks of a quote inside a quote, which may end it just before its own.
CLOSERS = "’'\"”»"
#: Opening marks of a quotation.
OPENERS = "‘'\"“«`"
#: How far up the parse a reporting verb is looked for.
CLIMB = 6
#: Marks that end the sentence of a speech tag.
SENTENCE_ENDS = frozenset(".!?…")
#: Tokens after a quote within which a cue counts as its cue ('"…," Kremlin spokesman Dmitry
#: Peskov told reporters'), room for a long apposition ('"…," Michael McFaul, a senior fellow at
#: the Hoover Institution and a former United States ambassador to Russia, said').
AFTER = 40
#: Verbs after a quote that belong to the speaker's noun phrase, not a clause of their own
#: ("one of the states suing the EPA", "who served as director").
DESCRIBING = RELATIVE_CLAUSES | {"appos", "amod"}


def attribute(layout: Layout, quote: Marked) -> Attribution:
    """The cue and speaker of a quotation, or ``(None, None)``."""
    finders = (
        incise,
        signed,
        written_tag,
        _after,
        _tag_sentence,
        _labelled,
        _above,
        before,
        sentence_before,
    )
    for finder in finders:
        found = finder(layout, quote)
        if found is not None:
            return found
    return None, None


def quote_head(layout: Layout, quote: Marked) -> Token | None:
    """The token of the quote that depends on a token outside it (or its root); else the
    quotation mark the parse made the head of the quoted words, when it depends on a token
    outside them (« a jugé que la trêve n'était « pas un but en lui-même » », the words hung on
    the opening mark, the mark on « jugé »): it stands for them."""
    start, end = quote.outer
    inside = layout.tokens(start, end)
    words = layout.tokens(quote.start, quote.end)
    for i in words:
        head = layout.doc[i].head
        if head.i not in inside or head.i == i:
            return layout.doc[i]
    for i in inside:
        mark = layout.doc[i]
        outside = mark.head.i not in inside and mark.head.i != i
        if i not in words and outside and any(c.i in words for c in mark.children):
            return mark
    return None


def incise(layout: Layout, quote: Marked) -> Attribution | None:
    """A cue set off by commas inside the quote: « Ces manœuvres, a déclaré X, ne … »; one
    with a subject clitic (« …, a-t-il ajouté, … »: :mod:`.inside`); a verb of ``tag_verbs``
    too, its subject after it (« …, analyse X, chercheur à …. Elle … »)."""
    doc, lexicon = layout.doc, layout.lexicon
    for i in layout.tokens(quote.start, quote.end):
        token = doc[i]
        lemma = layout.lemma(token)
        if token.pos_ != "VERB" or (lemma not in lexicon.verbs and lemma not in lexicon.tag_verbs):
            continue
        before = preceding(layout, token)
        if before is None or before.text != ",":
            continue
        speaker = inverted_subject(layout, token)
        if speaker is not None and _goes_on_after(layout.text, speaker.end, quote.end):
            return cue_span(layout, token), speaker
        speaker = clitic_incise(layout, token, quote.end)
        if speaker is not None:
            return cue_span(layout, token), speaker
    return None


def _goes_on_after(text: str, position: int, end: int) -> bool:
    """Whether a punctuation mark closes the speaker of an incise and quoted words follow it:
    it is set off inside the quote (« …, a déclaré X. Nous … »), which '"…, and never will,
    accept North Korea as a nuclear state," he said' is not."""
    rest = text[position:end].lstrip()
    return rest[:1] in INCISE_ENDS and any(char.isalnum() for char in rest)


def signed(layout: Layout, quote: Marked) -> Attribution | None:
    """A name after a dash that ends the quote's line, as under a quotation set apart
    ('“The most unqualified child to ever run for president.” ― Francisco Herrero'), or that
    makes the line after a quotation alone on its own, a hyphen too ('"[Americans are]
    worried about the future of their kids."\n\n- Bernie Sanders.')."""
    text = layout.text
    dash, dashes = _skip(text, quote.outer[1], " \t\u00a0"), SIGNING_DASHES
    line_start = text.rfind("\n", 0, quote.outer[0]) + 1
    if text[dash : dash + 1] == "\n" and not text[line_start : quote.outer[0]].strip():
        dash, dashes = _skip(text, dash, " \t\u00a0\n"), SIGNING_DASHES + "-"
    if dash >= len(text) or text[dash] not in dashes:
        return None
    line_end = text.find("\n", dash)
    line_end = len(text) if line_end < 0 else line_end
    words = [i for i in layout.tokens(dash + 1, line_end) if not layout.doc[i].is_space]
    while words and layout.doc[words[-1]].is_punct:
        words.pop()
    if (
        not words
        or len(words) > SIGNATURE
        or not all(name_like(layout.doc[i]) or layout.doc[i].text in (".", "-") for i in words)
    ):
        return None
    return None, Speaker(layout.doc[words[0]].idx, layout.token_end(words[-1]), words[-1])


def _skip(text: str, position: int, spaces: str) -> int:
    """The first position from ``position`` on whose character is not one of ``spaces``."""
    while position < len(text) and text[position] in spaces:
        position += 1
    return position


def _after(layout: Layout, quote: Marked) -> Attribution | None:
    """A cue right after the quote: '"…," he said', « … », a déclaré X."""
    text = layout.text
    position = quote.outer[1]
    if not _goes_on(text, quote, position):
        return None
    inside = _last_inside(text, quote)
    if layout.is_cut(position) and not _ends_in_question(text, inside):
        return None  # a question or an exclamation ends its sentence but for its tag
    _, end = layout.sentence(position)
    apposed = apposed_tag(layout, layout.tokens(position, end)[:AFTER])
    following = bisect_left(layout.opens, position)
    if following < len(layout.opens):
        end = min(end, layout.opens[following])
    window = layout.tokens(position, end)[:AFTER]
    if apposed is not None:
        return cue_span(layout, apposed[0]), apposed[1]
    if _coordinated(layout, window):
        return None
    for i in window:
        token = layout.doc[i]
        if layout.is_tag(token) or bare_tag(layout, quote, token, window.start):
            return _tag(layout, token, window.start)
        if token.text in (".", ";") or (token.pos_ == "VERB" and not _describing(token)):
            return None
    return None


def _coordinated(layout: Layout, window: range) -> bool:
    """Whether a quote is followed by a coordinating conjunction opening a clause with its own
    subject before its verb: a new clause begins, no tag of the quote (« X a dénoncé une
    « saisie », et son porte-parole, Y, a averti … » quotes X, not Y); « « … » et « … », a
    déclaré X » coordinates two quotes under one tag."""
    words = [layout.doc[i] for i in window if not layout.doc[i].is_punct]
    if not words or words[0].pos_ != "CCONJ":
        return False
    return any(
        w.dep_.startswith("nsubj") and w.i < w.head.i and w.head.i in window
        for w in words[1:]
        if not layout.in_quote(w.i)
    )


def _ends_in_question(text: str, inside: int | None) -> bool:
    """Whether a quote's last character is a question or an exclamation mark, or a comma
    right after one ('"…great?," Trump said'): its sentence ends but for its tag."""
    if inside is not None and text[inside] == "," and inside > 0:
        inside -= 1
    return inside is not None and text[inside] in "?!"


def _tag_sentence(layout: Layout, quote: Marked) -> Attribution | None:
    """A sentence of its own after a quote that ends with a full stop, made of a speech tag
    alone: its subject, the verb and words of time or manner, nothing it reports
    ('"… the 30,000 emails that are missing." Trump said.', '"…." Espinoza said on Friday.').
    """
    text = layout.text
    inside = _last_inside(text, quote)
    position = quote.outer[1]
    if inside is None or text[inside] != "." or "\n" in text[position : position + 3]:
        return None
    window = layout.tokens(position, len(text))[:AFTER]
    stop = next(
        (i for i in window if layout.doc[i].text in ".;:" or "\n" in layout.doc[i].text), None
    )
    if stop is None or layout.doc[stop].text != "." or layout.doc[window[0]].is_punct:
        return None
    for i in range(window.start, stop):
        token = layout.doc[i]
        if layout.is_tag(token):
            found = _tag(layout, token, window.start)
            rest = range(token.i + 1, stop)
            if found is None or any(layout.doc[k].pos_ in ("VERB", "AUX") for k in rest):
                return None
            return found
        if token.pos_ == "VERB" and not _describing(token):
            return None
    return None


def _describing(verb: Token) -> bool:
    """Whether a verb after a quote qualifies the noun phrase that names the speaker (a
    participle or a relative clause in an apposition) rather than opening a clause."""
    return verb.dep_ in DESCRIBING or (not finite(verb) and verb.dep_ not in ("ROOT", "conj"))


def _relative(layout: Layout, clause: Token) -> bool:
    """Whether a clause the parser hangs on a cue is a relative clause on its subject
    ("…», a lancé le président Bola Tinubu, qui a pris …")."""
    relatives = layout.lexicon.relative_pronouns
    return any(c.dep_ in SUBJECTS and c.lower_ in relatives for c in clause.children)


def _tag(layout: Layout, cue: Token, first: int) -> Attribution | None:
    """The cue after a quote when it is the quote's speech tag: finite, with a clause of no
    other words than its subject, auxiliaries and adverbs between the quote and it, and no
    clause of its own ('"…," Kremlin spokesman Dmitry Peskov told reporters'; not "«…»,
    précisant que …" nor "«…», au moment où les États-Unis menacent")."""
    children = layout.children(cue)
    if not finite(cue) or any(
        c.i > cue.i
        and c.dep_ == "ccomp"
        and not layout.in_quote(c.i)
        and not _relative(layout, c)
        and _has_subject(c)
        for c in children
    ):  # the quote going on after it is no clause of its own ('…," he told the host, "…')
        return None
    speaker = subject(layout, cue)
    own = {
        i
        for c in children
        if c.dep_ in SUBJECTS or c.dep_.startswith(("aux", "expl"))
        for i in range(c.left_edge.i, c.right_edge.i + 1)
    } | _spanned(layout, speaker)
    for i in range(first, cue.i):
        token = layout.doc[i]
        skipped = token.pos_ in ("ADV", "PART", "PUNCT", "SPACE")
        if i not in own and not skipped and not object_clitic(layout, token, cue):
            return None
    return cue_span(layout, cue), speaker


def _has_subject(clause: Token) -> bool:
    """Whether a clause the parser hangs on a tag's verb has a subject of its own, as a
    statement the verb reports does; one without is a participle the parser misread
    ('"…," Sanders said in an interview with CNN's Gloria Borger aired Monday')."""
    return any(c.dep_ in SUBJECTS or c.dep_ == "expl" for c in clause.children)


def _spanned(layout: Layout, speaker: Speaker | None) -> set[int]:
    """The tokens of the words naming a tag's speaker, however the parser hangs them on the
    verb ('"Go back to Univision," Trump barked', "Trump" read as a compound of "barked")."""
    return set() if speaker is None else set(layout.tokens(speaker.start, speaker.end))


def _goes_on(text: str, quote: Marked, position: int) -> bool:
    """Whether the sentence goes on after the quote (a comma, or words in lower case); the
    closing marks of a quote inside it are passed over ('"…, he said, 'Our approach …,'"').
    """
    inside = _last_inside(text, quote)
    rest = text[position : position + 8].lstrip()
    return bool((inside is not None and text[inside] in ",?!") or rest[:1] == ",")


def _last_inside(text: str, quote: Marked) -> int | None:
    """The last character of a quote but for spaces and the closing marks of quotes in it."""
    inside = last_char(text, quote.close)
    while inside is not None and text[inside] in CLOSERS:
        inside = last_char(text, inside)
    return inside


def _labelled(layout: Layout, quote: Marked) -> Attribution | None:
    """A label after a dash, right before the colon that opens the quote: it speaks, whatever
    verb of the heading before it the parse hangs the quote on ('Polls did predict the
    caucus - HuffPollster: “…”')."""
    last = last_char(layout.text, quote.open)
    if last is None or layout.text[last] != ":":
        return None
    found = dashed_label(layout, last)
    return (None, found) if found is not None else None


def _above(layout: Layout, quote: Marked) -> Attribution | None:
    """The reporting verb (or attribution phrase) the quote depends on."""
    head = quote_head(layout, quote)
    if head is None:
        return None
    if head.i in layout.according:
        return cue_before(layout, quote) or found_cue(layout, head)
    start, end = layout.sentence(quote.open)
    node = head
    for _ in range(CLIMB):
        parent = node.head
        if parent.i == node.i or not start <= parent.idx < end:
            return None
        if parent.i in layout.according and not layout.is_cue(parent):
            return cue_before(layout, quote) or found_cue(layout, parent)
        if parent.i in layout.according:
            return found_cue(layout, parent)
        tag = parenthetical(layout, parent)
        if tag is not None:
            return found_cue(layout, tag)
        cue = layout.cue_of(parent)
        if cue is not None and parent.idx > quote.open and node.dep_ == "ccomp":
            # the tag after the clause it reports: 'It "has not made any adjustment" to its
            # tolls and fees, the authority said'
            return found_cue(layout, _outermost(layout, cue))
        if cue is not None and parent.idx < quote.open:
            # the nearest reporting verb, whatever the quote is to it: "le Kremlin a appelé
            # …, tandis que Ferral a loué le combat des pêcheurs « contre les armateurs »";
            # the source that states it when it tells an act still to come (:mod:`.pending`)
            return stated_by(layout, cue) or found_cue(layout, _outermost(layout, cue))
        node = parent
    return None


def parenthetical(layout: Layout, clause: Token) -> Token | None:
    """A speech tag the parser hangs on ``clause`` as a parenthetical, outside quotation marks:
    'The aim of the deal, he added, was to avoid “bloodshed …”', 'All those who had
    “deliberately stepped on the path of treachery” would face punishment, he said'."""
    for child in layout.children(clause):
        if child.dep_ == "parataxis" and layout.is_cue(child) and not layout.in_quote(child.i):
            return child
    return None


def _outermost(layout: Layout, cue: Token) -> Token:
    """The reporting verb whose statement holds the statement of ``cue``: in "Miller said
    Washington condemned China's “dangerous” actions", the quoted words are Miller's."""
    start, _ = layout.sentence(cue.idx)
    for _ in range(CLIMB):
        head = cue.head
        if cue.dep_ != "ccomp" or not layout.is_cue(head) or not start <= head.idx < cue.idx:
            break  # the parser links across sentences, even paragraphs: never beyond its own
        cue = head
    return cue
