"""Speech tags after a statement that the parser took apart, read from the words' order.

French puts the speaker after the verb of a closing tag ("…, a affirmé Gegham Stepanian"),
and the parser often reads that subject as an object, hangs a name's second word on the verb,
or takes a compound cue apart ("…, a fait savoir la présidence", "…, a laissé entendre le chef
de la diplomatie"). The tag is then read linearly: a comma, the (light) verb with its
auxiliaries, adverbials or a place ("sur X", "dans un communiqué"), a noun phrase that can name
a speaker, and nothing after it but an apposition, a relative clause or the sentence's end.
"""

from __future__ import annotations

from .inverted import finite, phrase_after, preceding
from .layout import Layout, Speaker, Token

#: Fewest words of a sentence before quoted words that end a statement of its own.
LEAD_WORDS = 3


def loose_tag(layout: Layout, verb: Token) -> tuple[Token, Speaker, int] | None:
    """The comma before a closing tag of ``verb``, its speaker and where the speaker's name
    ends, when the words say it is one; else None."""
    first = light_verb(layout, verb) or verb
    comma = preceding(layout, first)
    while comma is not None and comma.head.i == verb.i and comma.dep_.startswith("aux"):
        comma = preceding(layout, comma)  # "a fait savoir", the auxiliary hung on "savoir"
    if not (finite(first) or finite(verb)):
        return None
    if comma is None or comma.text != "," or layout.in_quote(comma.i):
        return None
    if quote_tag(layout, comma):
        return None  # '"…", said X': the quote's own cue
    _, end = layout.sentence(verb.idx)
    speaker = _speaker(layout, verb, end)
    if speaker is None or not _only_about(layout, speaker, end):
        return None
    return comma, speaker, speaker.end


def quote_tag(layout: Layout, comma: Token) -> bool:
    """Whether the tag after ``comma`` is the cue of the quote that closes right before it
    ('"…", said X'), rather than of the clause that quote ends: quoted words after a few words
    of their sentence with a verb of their own ("Une nouvelle rencontre aura lieu « très
    prochainement », a fait savoir la présidence") end a statement the tag reports, unless a
    cue before them makes them its own ("Téhéran a convoqué les ambassadeurs pour dénoncer
    leur « position irresponsable », a rapporté l'agence Irna")."""
    closed = layout.enclosing(comma.idx - 1)
    if closed is None or closed.outer[1] != comma.idx:
        return False
    start = layout.sentence(comma.idx)[0]
    before = [layout.doc[i] for i in layout.tokens(start, closed.outer[0])]
    words = sum(1 for t in before if t.text[0].isalnum())
    verbs = [t for t in before if t.pos_ in ("VERB", "AUX") and finite(t)]
    cued = any(layout.is_cue(t) and not layout.in_quote(t.i) for t in before)
    return words < LEAD_WORDS or not verbs or cued


def light_verb(layout: Layout, verb: Token) -> Token | None:
    """The light verb of a compound cue right before it ("fait" of "fait savoir")."""
    lights = layout.lexicon.compound_cues.get(verb.lemma_.lower())
    if not lights or verb.i == 0:
        return None
    before = layout.doc[verb.i - 1]
    return before if before.lemma_.lower() in lights else None


def _speaker(layout: Layout, verb: Token, end: int) -> Speaker | None:
    """The first noun phrase after ``verb`` that names a speaker, past adverbials and any
    prepositional phrase ("a affirmé sur X Gegham Stepanian"); a name's following words are
    part of it whatever the parser hung them on."""
    phrase = phrase_after(layout, verb, end, loose=True)
    if phrase is None:
        return None
    doc = layout.doc
    last = layout.tokens(phrase.start, phrase.end)[-1]
    while last + 1 < len(doc) and doc[last + 1].pos_ == "PROPN" and doc[last + 1].idx < end:
        last += 1
    return Speaker(phrase.start, layout.token_end(last), phrase.head)


def _only_about(layout: Layout, speaker: Speaker, end: int) -> bool:
    """Whether all that follows the speaker is about it: nothing, or a comma and then an
    apposition or a relative clause ("…, le défenseur des droits, qui dit craindre …")."""
    after = [layout.doc[i] for i in layout.tokens(speaker.end, end)]
    after = [t for t in after if not t.is_space]
    if not after or all(t.is_punct for t in after):
        return True
    if after[0].text != ",":  # a time or a place may follow: "… en fin de matinée"
        return not any(t.pos_ in ("VERB", "AUX") for t in after)
    rest = after[1:]
    finite_verbs = [t for t in rest if t.pos_ in ("VERB", "AUX") and finite(t)]
    relative = next((t for t in rest if t.lower_ in layout.lexicon.relative_pronouns), None)
    return all(relative is not None and relative.i < v.i for v in finite_verbs)
