"""The NLP layer: spaCy pipelines, loaded once per process, and one entity label scheme."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from . import lang
from .article import Entity
from .errors import ModelNotInstalled

#: What may end a sentence: a word after anything else continues the sentence.
SENTENCE_ENDS = frozenset({".", "!", "?", "…", "»", "«", "”", "“", '"', ":", ";", ")"})
#: The name of the component that tells the parser where sentences cannot start.
HINTS = "newsgraph_sentence_hints"
#: What sets a live blog's time stamp off from its entry ("15h55 – L'Iran condamne …").
STAMP_SEPARATOR = r"[ \t]*[-–—:][ \t]+"
#: A quotation mark glued to the punctuation before it, and that punctuation: the tokenizers
#: keep 'said,“Look' and 'this,”Clinton' as one word, and the tag or the quote is lost.
GLUED_QUOTES = r"[,;:!?.](?=[“”«»\"])|(?<=[,;:!?.])[“”«»\"]"


@cache
def load_model(name: str) -> Any:
    """The spaCy pipeline ``name``, loaded on first use and shared by the whole process.

    Before its parser, :func:`sentence_hints` rules out sentence starts that punctuation rules
    out: the parsers otherwise cut "L'Allemagne, en revanche, a soutenu l'accord" in two.
    """
    import spacy

    try:
        nlp = spacy.load(name)
    except OSError as error:
        package = name.replace("_", "-")
        raise ModelNotInstalled(
            f"spaCy pipeline '{name}'",
            "it is not installed",
            f"pip install {package}, or choose another model in the options",
        ) from error
    split_glued_quotes(nlp)
    keep_abbreviations(nlp)
    if "parser" in nlp.pipe_names and HINTS not in nlp.pipe_names:
        _register_hints()
        nlp.add_pipe(HINTS, before="parser")
    return nlp


def split_glued_quotes(nlp: Any) -> None:
    """Teach the tokenizer of ``nlp`` to split :data:`GLUED_QUOTES` off the words around them
    ('said,“Look' is "said", ",", "“", "Look"), on top of its own infix rules."""

    tokenizer = nlp.tokenizer
    own = getattr(tokenizer.infix_finditer, "__self__", None)
    rules = [own.pattern] if isinstance(own, re.Pattern) else []
    tokenizer.infix_finditer = re.compile("|".join([*rules, GLUED_QUOTES])).finditer


def keep_abbreviations(nlp: Any) -> None:
    """Teach the tokenizer of ``nlp`` the abbreviations of ``lang/<code>/tokenizer.json`` that
    it would cut at their full stop: "Lt. Col. Mick Bednarek" is otherwise "Lt", ".", "Col",
    ".", and the speaker of '…," said Lt. Col. Mick Bednarek' is lost."""
    if nlp.lang not in lang.available("tokenizer"):
        return
    for word in lang.load(nlp.lang, "tokenizer")["abbreviations"]:
        nlp.tokenizer.add_special_case(word, [{"ORTH": word}])


@cache
def _register_hints() -> None:
    from spacy.language import Language

    if not Language.has_factory(HINTS):
        Language.component(HINTS, func=sentence_hints)


def ends_sentence(word: str) -> bool:
    """Whether a sentence may end with this word: punctuation that ends one, or a word whose
    last character is a full stop ("U.S.", "p.m." before a new sentence)."""
    return word in SENTENCE_ENDS or word.endswith(".")


def sentence_hints(doc: Any) -> Any:
    """Start a sentence at every line break (a sentence never runs across a paragraph), and
    mark as not starting one every word that follows neither sentence-ending punctuation nor
    a line break, nor a lower-case word after an abbreviation (:func:`_abbreviated`); the
    parser places the other boundaries.

    The words are read from the doc's arrays and the marks written back in one call: setting
    ``token.is_sent_start`` one token at a time costs a scan of the doc per token.
    """
    if len(doc) < 2:
        return doc
    idx, length, space = doc.to_array(["IDX", "LENGTH", "IS_SPACE"]).T.tolist()
    text = doc.text
    words = [text[i : i + n] for i, n in zip(idx, length, strict=True)]
    starts = doc.to_array("SENT_START").astype("int64")
    for i in range(1, len(words)):
        if space[i]:
            continue
        if "\n" in words[i - 1]:
            starts[i] = 1
        elif not (ends_sentence(words[i - 1]) or space[i - 1]) or _abbreviated(words, i):
            starts[i] = -1
    for i in entry_starts(text, idx, doc.lang_):
        starts[i] = 1
    doc.from_array(["SENT_START"], starts.astype("uint64"))
    return doc


def _abbreviated(words: list[str], i: int) -> bool:
    """Whether word ``i`` continues a sentence past an abbreviation: a lower-case word right
    after a full stop, the abbreviation's own ("U.S.", "p.m.") or one the tokenizer cut off
    ("Jr", "."), since no sentence of news prose opens in lower case ("Ferdinand Marcos Jr. a
    dénoncé", "U.S. officials said"). The word before must look like an abbreviation (inner
    full stops, or a capital and at most three more letters: "Jr", "M", "Mme", "Gen"), not an
    ordinary word that ends a sentence ("… on Monday. al-Shabaab claimed the attack")."""
    if not words[i - 1].endswith(".") or not words[i][:1].islower():
        return False
    before = words[i - 1] if words[i - 1] != "." or i < 2 else words[i - 2] + "."
    stem = before[:-1]
    if "." in stem:
        return True  # "U.S.", "p.m."
    return stem[:1].isupper() and stem.isalpha() and len(stem) <= 4


def entry_starts(text: str, idx: list[int], code: str) -> list[int]:
    """The words that open a live blog's entry after the time stamp that opens its line: the
    stamp is a sentence of its own, or the parser hangs the entry on it ("15h55 – L'Iran
    condamne …" has "L'Iran" start a sentence, and "Iran" stays the subject of "condamne")."""
    stamp = entry_stamp(code)
    if stamp is None:
        return []
    ends = [m.end() for m in stamp.finditer(text)]
    if not ends:
        return []  # most texts: no word index to build
    at = {start: i for i, start in enumerate(idx)}
    return [at[end] for end in ends if end in at]


@cache
def entry_stamp(code: str) -> re.Pattern[str] | None:
    """The time stamp of a live blog's entry with its separator, at the start of a line:
    ``stamp`` of ``lang/<code>/timex.json`` ("21.20 BST – ", "11.41pm EST: ")."""
    if code not in lang.available("timex"):
        return None
    stamp = lang.load(code, "timex").get("stamp")
    if stamp is None:
        return None
    return re.compile(rf"^[ \t]*(?:{stamp}){STAMP_SEPARATOR}", re.IGNORECASE | re.MULTILINE)


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
