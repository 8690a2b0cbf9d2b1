"""The shape of a dependency parse: phrases, coordination and clauses, with one language's
labels.

:class:`ParseTree` answers what any reader of a parse asks (the span of a phrase, the words
coordinated with one, the finite verb a word hangs on, the word a clause depends on), with the
labels of the :class:`~.lexicon.Lexicon`'s ``syntax``, so one set of functions serves parsers
with different label sets (Universal Dependencies in French, ClearNLP in English). What an
event's arguments are is read on top of it, in :class:`~.syntax.Tree`.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from .grammar import Syntax
from .lexicon import Lexicon

Token = Any  # spacy.tokens.Token: spaCy ships no type information

#: Parts of speech that head a phrase naming someone or something.
NOMINAL = frozenset({"NOUN", "PROPN", "PRON", "NUM", "X", "ADJ", "DET"})
#: Parts of speech of verbs.
VERBAL = frozenset({"VERB", "AUX"})
#: How far a search walks up the tree; parses of news sentences are rarely deeper.
MAX_DEPTH = 8


def morph(token: Token, feature: str) -> str:
    """The value of a morphological feature ("Mood" -> "Cnd"), or ""; read once per analysis
    and feature (:func:`_feature`)."""
    return _feature(token.morph, feature)


@lru_cache(maxsize=1 << 12)
def _feature(analysis: Any, feature: str) -> str:
    """The first value of ``feature`` in a spaCy ``MorphAnalysis``, or "": a pure function of
    the analysis (equal analyses have one key, a hash of their text "Mood=Cnd|Number=Sing|…"),
    kept because spaCy parses that text again on every ``get`` and the readers ask a handful
    of features of the same few analyses."""
    values: list[str] = analysis.get(feature)
    return values[0] if values else ""


def finite_auxiliary(verb: Token, syntax: Syntax) -> bool:
    """Whether a word has a finite auxiliary of its own: "a" in "a accusé", "sera" in "sera
    signé"; not "avoir" in "avoir signé"."""
    return any(c.dep_ in syntax.aux and morph(c, "VerbForm") == "Fin" for c in verb.children)


class ParseTree:
    """Questions about the shape of a parse, answered with one language's dependency labels."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.syntax = lexicon.syntax
        syntax = self.syntax
        self._outside = (
            syntax.conj
            | syntax.relative
            | syntax.acl
            | syntax.adverbial
            | (syntax.clausal | {"cc", "punct", "parataxis", "dep"})
        )
        self._inherit = syntax.complement | syntax.conj | syntax.adverbial

    def children(self, token: Token, labels: frozenset[str]) -> list[Token]:
        return [child for child in token.children if child.dep_ in labels]

    def antecedent(self, token: Token) -> Token:
        """The noun a relative pronoun stands for ("l'attaque qui a visé…"), else the token."""
        if morph(token, "PronType") == "Rel" or token.tag_ in ("WDT", "WP"):
            clause = token.head
            if clause.dep_ in self.syntax.relative and clause.head != clause:
                head: Token = clause.head
                return head
        return token

    # -- phrases ---------------------------------------------------------------------------

    def phrase(self, token: Token) -> tuple[int, int]:
        """Character span of the phrase ``token`` heads, conjuncts, clauses and the source of
        a report aside (:meth:`attribution`)."""
        low, high = token.i, token.i
        stack = [token]
        while stack:
            for child in stack.pop().children:
                if child.dep_ not in self._outside and not self.attribution(child):
                    low, high = min(low, child.i), max(high, child.i)
                    stack.append(child)
        doc = token.doc
        return doc[low].idx, doc[high].idx + len(doc[high].text)

    def attribution(self, token: Token) -> bool:
        """Whether ``token`` heads the source of a report ("selon des responsables
        américains"), which parsers hang on the nearest noun ("a frappé les installations
        iraniennes, selon des responsables américains"): no part of that noun's phrase."""
        preps = self.lexicon.attribution_preps
        for case in self.children(token, self.syntax.case):
            words = [w.text.lower() for w in sorted([case, *case.children], key=lambda w: w.i)]
            if " ".join(words) in preps or "".join(words) in preps:  # "according to", "d'après"
                return True
        return False

    def first_conjunct(self, token: Token) -> Token:
        """The first of the words coordinated with ``token``, climbing its ``conj`` heads
        ("accepts" for "signs" in "if Quito accepts and signs"); ``token`` itself when it is
        no conjunct."""
        first = token
        for _ in range(len(token.doc)):
            if first.dep_ not in self.syntax.conj or first.head.i == first.i:
                break
            first = first.head
        return first

    def conjuncts(self, token: Token) -> list[Token]:
        """``token`` and the phrases coordinated with it ("la Corée du Nord et la Russie")."""
        found = [token]
        stranded = self.stranded_subject(token)
        if stranded is not None:
            found.append(stranded)
        stack = list(self.children(token, self.syntax.conj))
        while stack:
            current = stack.pop(0)
            if current.pos_ in NOMINAL:
                found.append(current)
                stack.extend(self.children(current, self.syntax.conj))
        return found

    def stranded_subject(self, token: Token) -> Token | None:
        """The first of two coordinated subjects opening a sentence, when the parser left it
        out of the clause ("Paris et Berlin ont dénoncé…" read as "Paris" alone, then "et
        Berlin ont dénoncé"): the name just before the "et" of a subject, heading a tree of its
        own or the one the verb is coordinated with, and opening the sentence (or a sentence of its
        own, when the parser cut it there: "Paris" | "et Berlin ont dénoncé…"); else None."""
        if token.dep_ not in self.syntax.subject:
            return None
        verb = token.head
        doc = token.doc
        before = token.left_edge.i - 1
        if before < max(token.sent.start, 1) or doc[before].pos_ != "CCONJ":
            return None
        if doc[before].head not in (verb, token) or doc[before - 1].pos_ == "PUNCT":
            return None
        first = doc[before - 1]
        while first.head != first and first.head.i < before:
            first = first.head
        if first.head != first and first != verb.head:
            return None
        if first.pos_ not in ("PROPN", "NOUN") or first.left_edge.i != first.sent.start:
            return None
        # a noun with a subject or a copula of its own is a clause ("C'est un meurtre, et nous…")
        clausal = self.syntax.subject | self.syntax.passive_subject | {"cop"}
        if any(
            child.dep_ in clausal or (child.pos_ in VERBAL and child != verb)
            for child in first.children
        ):
            return None
        return first

    def coordinated(self, first: Token, second: Token) -> bool:
        """Whether ``second`` is ``first`` or one of the words coordinated after it, at any
        depth ("suspended the treaty and expelled the advisers and closed the border")."""
        chain, stack = {first.i}, [first]
        while stack:
            for conjunct in self.children(stack.pop(), self.syntax.conj):
                chain.add(conjunct.i)
                stack.append(conjunct)
        return second.i in chain

    def outer_span(self, token: Token) -> tuple[int, int]:
        """Character span of ``token``'s whole subtree."""
        left, right = token.left_edge, token.right_edge
        return left.idx, right.idx + len(right.text)

    # -- clauses ---------------------------------------------------------------------------

    def finite(self, token: Token) -> bool:
        """Whether a verb is finite, in itself ("signe") or by its auxiliary ("a signé")."""
        if token.pos_ not in VERBAL:
            return False
        return morph(token, "VerbForm") == "Fin" or finite_auxiliary(token, self.syntax)

    def chain(self, token: Token) -> list[Token]:
        """From the trigger up to the finite verb of its clause: the words whose cues
        (negation, conditional, "doit", "could"…) bear on the event."""
        chain = [token]
        current = token
        for _ in range(MAX_DEPTH):
            if self.finite(current) or current.head == current:
                break
            if current.dep_ in self.syntax.relative or current.dep_ in self.syntax.conj:
                break
            current = current.head
            chain.append(current)
        return chain

    def governor(self, top: Token) -> Token | None:
        """The word a clause depends on ("a nié [que …]", "a refusé [de …]"), if any."""
        syntax = self.syntax
        if top.head != top and top.dep_ in syntax.clausal | syntax.complement | (
            syntax.object | syntax.adverbial | syntax.acl
        ):
            head: Token = top.head
            return head
        return None

    def mark(self, token: Token) -> set[str]:
        return {c.lower_ for c in token.children if c.dep_ in self.syntax.mark}

    def verbal(self, token: Token) -> bool:
        return bool(token.pos_ in VERBAL)
