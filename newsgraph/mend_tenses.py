"""Mending the tense and mood the tagger gives a verb form its ending contradicts.

The French tagger reads many conditionals as imperfects ("Le comité signerait l'accord":
"signerait" ``Tense=Imp``), futures as presents ("Nous ne céderons pas", "Varenne tentera de
…": ``Tense=Pres``) and some imperfects as presents ("La junte exigeait un retrait":
``Tense=Pres``), so a reader of tenses takes a possible act for a past one, or a past act
for a position held now. The written ending settles it:

- a verb whose form is the future stem of its lemma followed by a conditional ending
  ("signer" -> "signer" + "ait", "prendre" -> "prendr" + "aient") is a conditional
  (``Mood=Cnd|Tense=Pres``, as the tagger writes the ones it knows), and followed by a future
  ending ("tenter" -> "tenter" + "a") a future (``Mood=Ind|Tense=Fut``); the stems and endings
  are the ``modality.inflection`` entries of ``newsgraph/lang/<code>/events.json``;
- a verb read as a present whose form has an imperfect ending ("exigeait", "poursuivaient")
  is an imperfect, unless its lemma is one whose present ends so (``imperfect`` in
  ``newsgraph/lang/<code>/parse.json``: "fait", "sait", "extrait"; the subjunctive "ait").
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from functools import cache
from typing import Any

from spacy.tokens import Doc, MorphAnalysis, Token

from . import lang
from .events.parse import morph

#: The parts of speech of a verb form.
VERBAL = frozenset({"VERB", "AUX"})


@cache
def _inflection(code: str) -> dict[str, Any]:
    """The ``modality.inflection`` entries of a language's event data, or an empty dict."""
    modality: dict[str, Any] = lang.section(code, "events", "modality") or {}
    found: dict[str, Any] = modality.get("inflection") or {}
    return found


@cache
def _imperfect(code: str) -> dict[str, Any]:
    """The ``imperfect`` entries of a language's parse data, or an empty dict."""
    found: dict[str, Any] = lang.section(code, "parse", "imperfect") or {}
    return found


def future_stem(lemma: str, stems: Mapping[str, str], rules: Iterable[Sequence[str]]) -> str:
    """The future stem of a verb: listed in ``stems`` ("faire": "fer"), or by the first of the
    ``(ending, replacement)`` rules whose ending the lemma has ("prendre": "prendr", "signer":
    "signer"); "" when none applies."""
    listed = stems.get(lemma)
    if listed:
        return listed
    for ending, replacement in rules:
        if lemma.endswith(ending):
            return lemma[: len(lemma) - len(ending)] + replacement
    return ""


def _ending(token: Token, inflection: dict[str, Any]) -> str:
    """What follows the future stem of the verb's lemma in its form, or "" where the form
    does not start with it."""
    lemma = token.lemma_.lower()
    stem = future_stem(lemma, inflection.get("stems", {}), inflection.get("stem_rules", []))
    word = token.lower_
    if not stem or len(word) <= len(stem) or not word.startswith(stem):
        return ""
    return word[len(stem) :]


def _retag(token: Token, mood: str, tense: str) -> None:
    """Give a verb the mood and tense, as a finite form, keeping its person and number."""
    features = {k: v for k, v in token.morph.to_dict().items() if k in ("Number", "Person")}
    features.update({"Mood": mood, "Tense": tense, "VerbForm": "Fin"})
    token.morph = MorphAnalysis(token.doc.vocab, features)


def _present_imperfect(token: Token, data: dict[str, Any]) -> bool:
    """Whether a verb read as a present has an imperfect ending and a lemma whose present
    does not end so ("exigeait" of "exiger"; not "sait" of "savoir")."""
    if morph(token, "Tense") != "Pres" or morph(token, "VerbForm") != "Fin":
        return False
    if morph(token, "Mood") == "Sub":
        return False
    lemma, kept = token.lemma_.lower(), tuple(data.get("not_lemma_endings", []))
    if lemma in data.get("not_lemmas", []) or lemma.endswith(kept):
        return False
    if token.lower_ in data.get("not_forms", []):
        return False  # "nait", "parait": presents the lemmatiser gives a wrong lemma ("ner")
    return token.lower_.endswith(tuple(data.get("endings", [])))


def mend_tenses(doc: Doc) -> None:
    """Give each verb of ``doc`` the mood and tense its ending tells (in place): "signerait"
    ``Tense=Imp`` -> ``Mood=Cnd``, "céderons" ``Tense=Pres`` -> ``Tense=Fut``, "exigeait"
    ``Tense=Pres`` -> ``Tense=Imp``."""
    inflection, imperfect = _inflection(doc.lang_), _imperfect(doc.lang_)
    if not inflection:
        return
    conditional = tuple(inflection.get("conditional_endings", []))
    future = tuple(inflection.get("future_endings", []))
    for token in doc:
        if token.pos_ not in VERBAL:
            continue
        ending = _ending(token, inflection)
        if ending in conditional:
            if morph(token, "Mood") != "Cnd":
                _retag(token, "Cnd", "Pres")
        elif ending in future:
            if morph(token, "Tense") != "Fut":
                _retag(token, "Ind", "Fut")
        elif imperfect and _present_imperfect(token, imperfect):
            _retag(token, "Ind", "Imp")
