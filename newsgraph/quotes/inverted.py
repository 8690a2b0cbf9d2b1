"""A reporting verb's surface, and the subject after it.

Whether the verb is finite ("a déclaré", not "déclarant"); its auxiliaries and hyphenated
subject clitics ("a-t-il ajouté", "dit-elle"); the word before them ("…, a déclaré": the
comma); and the noun phrase after the verb that names who speaks, past adverbs, times and a
prepositional phrase ("…, a déclaré vendredi le porte-parole", '"…," said Gabrielius
Landsbergis'). :mod:`.speakers` and the tag readers build on these.
"""

from __future__ import annotations

from .layout import NOMINAL, Layout, Speaker, Token

#: Tokens between a verb and the subject that follows it: adverbs, dates ("a déclaré jeudi").
SKIPPED = frozenset({"ADV", "PART"})
#: The words that open an adverbial set off by commas, and the most words it holds.
OPENING = frozenset({"ADP", "ADV"})
SET_OFF = 10


def finite(verb: Token) -> bool:
    """Whether ``verb`` is finite or has an auxiliary ("a déclaré"), not a bare participle
    (but one the tagger misread for a past tense: :func:`_misread_past`,
    :func:`_active_participle`)."""
    if "Fin" in verb.morph.get("VerbForm") or _misread_past(verb) or _active_participle(verb):
        return True
    # the infinitive's "to" is no auxiliary: "went on state television to announce that …"
    return any(
        c.dep_.startswith("aux") and c.pos_ != "PART" and c.i < verb.i for c in verb.children
    )


def _active_participle(verb: Token) -> bool:
    """Whether a past participle without an auxiliary has an active subject before it: the
    tagger's participle is then a past tense ('"…," Trump tweeted last Saturday', "tweeted"
    read as a participle with the subject "Trump"); a participle proper has none ("the
    speech, delivered on Monday")."""
    forms = verb.morph.get("VerbForm")
    return bool(
        "Part" in forms
        and "Past" in verb.morph.get("Tense")
        and any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children)
        and not any(c.dep_.startswith("aux") for c in verb.children)
    )


def _misread_past(verb: Token) -> bool:
    """Whether an "-ed" form the tagger read as a participle heading its sentence is a past
    tense: the parser hangs the name right before it on it as a compound, which a verb takes
    only for its subject ('"Go back to Univision," Trump barked')."""
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    return bool(
        verb.dep_ == "ROOT"
        and "Past" in verb.morph.get("Tense")
        and before is not None
        and before.head.i == verb.i
        and before.dep_ == "compound"
        and before.pos_ in ("PROPN", "NOUN")
    )


def past_tense(layout: Layout, verb: Token) -> bool:
    """Whether an "-ed" form the tagger read as a participle on a noun is the tag's past tense:
    with a noun for the sentence's root, a reduced relative would leave it without a verb
    ('"…," Murphy, the head of Right to Rise USA, tweeted on Friday'; 'Mitt Romney, the
    nominee, tweeted in response: "…"'): the noun is its subject. The parser may also hang
    the noun on the quoted words; no verb outside quotation marks governs it then."""
    noun = verb.head
    return bool(
        verb.dep_ == "acl"
        and "Past" in verb.morph.get("Tense")
        and noun.pos_ in ("PROPN", "NOUN")
        and not layout.in_quote(noun.i)
        and (noun.dep_ == "ROOT" or layout.in_quote(noun.head.i))
    )


def reduced_subject(layout: Layout, verb: Token) -> Speaker | None:
    """The noun a past tense read as a reduced relative hangs on (:func:`past_tense`): its
    subject, up to the verb ('Mitt Romney, the nominee, tweeted in response: "…"')."""
    if not past_tense(layout, verb):
        return None
    start, _ = layout.sentence(verb.idx)
    return layout.noun_phrase(verb.head, start, verb.idx)


def preceding(layout: Layout, verb: Token) -> Token | None:
    """The token before ``verb`` and its auxiliaries, subject clitics ("a-t-il") and object
    clitic ("lui a répondu": :func:`object_clitic`)."""
    doc = layout.doc
    i = verb.i - 1
    while i >= 0 and (
        auxiliary(doc[i], verb) or doc[i].is_space or object_clitic(layout, doc[i], verb)
    ):
        i -= 1
    return doc[i] if i >= 0 else None


def object_clitic(layout: Layout, token: Token, verb: Token) -> bool:
    """Whether ``token`` is an object clitic of the language's ``object_clitics`` just before
    ``verb`` or its auxiliary in the third person: the one spoken to, never the speaker
    ("« … », lui a répondu X", "« … », nous a confié X", "m'a-t-il dit"), which the parser
    may take for the subject; not "nous avons dit", whose verb agrees with it."""
    if token.lower_ not in layout.lexicon.object_clitics or not token.i < verb.i:
        return False
    after = layout.doc[token.i + 1]
    if after.i != verb.i and not (after.head.i == verb.i and after.dep_.startswith("aux")):
        return False
    return token.head.i == verb.i and "3" in after.morph.get("Person")


def cue_span(layout: Layout, verb: Token) -> tuple[int, int]:
    """The reporting verb with its auxiliaries before it ("a déclaré", "a-t-il ajouté")."""
    first = verb.i
    while first > 0 and auxiliary(layout.doc[first - 1], verb):
        first -= 1
    return layout.doc[first].idx, layout.token_end(verb.i)


def auxiliary(token: Token, verb: Token) -> bool:
    """Whether ``token`` is an auxiliary or a subject clitic of ``verb`` ("a", "-t", "-il"); the
    parser may hang a clitic's second part on its first ("a-t-elle insisté": "-elle" on
    "-t")."""
    if token.text.startswith("-") and verb.i in (token.head.i, token.head.head.i):
        return True
    if token.head.i != verb.i:
        return False
    return bool(token.dep_.startswith(("aux", "expl")) or token.text.startswith("-"))


def clitic(layout: Layout, verb: Token) -> Speaker | None:
    """A hyphenated subject clitic of ``verb``: "a-t-il dit", "dit-elle"."""
    doc = layout.doc
    for i in range(max(verb.i - 3, 0), min(verb.i + 3, len(doc))):
        token = doc[i]
        attached = token.head.i == verb.i or token.head.head.i == verb.i
        if token.text.startswith("-") and attached:
            last = i
            while last + 1 < len(doc) and doc[last + 1].text.startswith("-"):
                last += 1  # "-t" "-il"
            text = layout.text[token.idx : layout.token_end(last)]
            if layout.lexicon.pronoun_kind(text) is not None:
                return Speaker(token.idx, layout.token_end(last), last)
    return None


def inverted_subject(layout: Layout, verb: Token) -> Speaker | None:
    """The noun phrase after a finite verb that follows a comma or a closing quotation mark
    ("…, a déclaré le porte-parole", '"…," said Gabrielius Landsbergis'), when it names a
    speaker; right after a quote's closing mark, any noun phrase that a punctuation mark or
    the sentence's end closes ('"…," said the woman, who …': :func:`_phrase_closes`)."""
    before = preceding(layout, verb)
    if before is None or not (before.text == "," or before.text in layout.closing):
        return None
    if not finite(verb):
        return None
    _, end = layout.sentence(verb.idx)
    found = phrase_after(layout, verb, end)
    if found is None and _closes_quote(layout, before):
        found = phrase_after(layout, verb, end, anyone=True)
        return found if found is not None and _phrase_closes(layout, found, end) else None
    return found


def _closes_quote(layout: Layout, token: Token) -> bool:
    """Whether ``token`` is a quote's closing mark, or the comma right after one ('"…," said',
    "« … », a raconté")."""
    if token.text in layout.closing:
        return True
    return token.text == "," and token.i > 0 and layout.doc[token.i - 1].text in layout.closing


def _phrase_closes(layout: Layout, phrase: Speaker, end: int) -> bool:
    """Whether a punctuation mark or the sentence's end follows a noun phrase: an inverted
    tag's subject ('"…," said the woman, who …'), not the object of a verb that goes on
    ('"in the seven figures," described the impact as …')."""
    rest = layout.text[phrase.end : end].lstrip()
    return not rest or not rest[0].isalnum()


def phrase_after(
    layout: Layout, verb: Token, end: int, loose: bool = False, anyone: bool = False
) -> Speaker | None:
    """The noun phrase after ``verb``, past adverbs, times and a prepositional phrase on the
    verb ("a lancé depuis l'estrade un sénateur") with the prepositional phrases on its noun ("a
    affirmé au terme de la séance la présidente de la commission": a noun the parser takes
    for the verb's object when a long adverbial stands before it), or on any word when
    ``loose`` (a tag the parser took apart), and an adverbial set off by commas
    (:func:`set_off_adverbial`), when it names a speaker, or whatever it names when
    ``anyone`` (the verb right after a quote's closing mark: '"…," said the woman')."""
    doc = layout.doc
    quoted = layout.in_quote(verb.i)
    past = -1  # the last word of a prepositional phrase skipped
    skipped = {verb.i}  # the verb and the heads of the prepositional phrases skipped
    for i in layout.tokens(layout.token_end(verb.i), end):
        token = doc[i]
        if i <= past or token.pos_ in SKIPPED or timely(layout, token) or token.is_space:
            continue
        closing = set_off_adverbial(layout, i, end)
        if closing is not None:
            past = closing
            continue
        if token.pos_ == "ADP" and token.head.i > i and (loose or token.head.head.i in skipped):
            past = token.head.i
            skipped.add(past)
            continue
        if token.pos_ not in NOMINAL or (layout.in_quote(i) and not quoted):
            return None
        phrase = layout.noun_phrase(layout.phrase_head(token, end), token.idx, end)
        if phrase is None:
            return None
        # a tag taken apart must have a speaker for its head ("la décision de Bamako" is none)
        named = [phrase.head] if loose else layout.tokens(phrase.start, phrase.end)
        return phrase if anyone or any(layout.speaker_like(doc[j]) for j in named) else None
    return None


def set_off_adverbial(layout: Layout, comma: int, end: int) -> int | None:
    """The comma that closes an adverbial a comma at ``comma`` opens, between an inverted
    speech tag and its subject (« a annoncé lundi, lors d'un point presse, la
    préfète », « a répété, sur une chaîne locale, le maire »): a phrase opened by a
    preposition or an adverb, without a verb or a quotation mark, of a few words; else None."""
    doc = layout.doc
    if doc[comma].text != "," or comma + 1 >= len(doc) or doc[comma + 1].pos_ not in OPENING:
        return None
    for i in layout.tokens(doc[comma + 1].idx, end)[:SET_OFF]:
        token = doc[i]
        if token.text == ",":
            return i if i > comma + 2 else None
        if token.pos_ in ("VERB", "AUX") or layout.in_quote(i) or token.is_punct:
            return None
    return None


def timely(layout: Layout, token: Token) -> bool:
    """Whether ``token`` belongs to a time expression ("a déclaré vendredi soir", "la semaine
    dernière", "said on Tuesday"): a date, a time word, or a word that depends on one."""
    words = layout.lexicon.time_words
    if token.ent_type_ in ("DATE", "TIME") or token.lower_ in words:
        return True
    return token.pos_ in ("DET", "ADJ", "ADP", "NUM") and token.head.lower_ in words
