"""The parsed article as the quotation finder sees it: tokens, quotes, sentences, paragraphs.

Sentences are cut here rather than taken from the parser, which splits quotations badly: a
sentence ends at a final punctuation token outside quotation marks, at a quote whose words end
a sentence, at a line break and at a paragraph break. Everything is computed once, in one pass
over the tokens, and looked up by bisection.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import Any

from ..article import Article
from .dialogue import find_quotes
from .lexicon import QuoteLexicon
from .marks import Marked, paragraphs

#: A spaCy token (spaCy ships no type information).
Token = Any
#: Most tokens from a light verb to the infinitive of its compound cue ("fait aussi valoir").
LIGHT = 3
#: Fewest capital letters in an acronym.
ACRONYM = 2
#: Characters of a token that ends a sentence.
FINAL = frozenset(".!?…")
#: Dependents that are clauses of their own, never part of the noun phrase that names a speaker.
CLAUSAL = frozenset(
    {"acl", "acl:relcl", "relcl", "advcl", "ccomp", "xcomp", "parataxis", "csubj"}
    | {"obl", "obl:arg", "obl:mod", "obl:agent", "advmod", "npadvmod", "nmod:tmod"}
)
#: Dependents after a comma that still belong to the noun phrase.
APPOSITIONS = frozenset({"appos", "conj", "flat", "flat:name"})
NOMINAL = frozenset({"NOUN", "PROPN", "PRON", "DET", "ADJ", "NUM"})
#: Subjects of a verb, a French passive one included ("nsubj:pass").
SUBJECTS = frozenset({"nsubj", "nsubj:pass"})
#: Relations of a clause on a noun, a relative clause or a participle.
RELATIVE_CLAUSES = frozenset({"acl:relcl", "relcl", "acl"})
#: Relations of a verb's object, in the English and the Universal Dependencies schemes.
OBJECTS = frozenset({"obj", "dobj"})
#: Subjects of a clause, a passive one included: the French model labels it ``nsubj:pass``, the
#: English one ``nsubjpass`` ("Guterres was deeply concerned …, his spokesman said").
CLAUSE_SUBJECTS = SUBJECTS | {"nsubjpass"}
#: Dependents that lead from a word of a noun phrase to its head.
INSIDE_PHRASE = frozenset(
    {"det", "amod", "nummod", "compound", "flat", "flat:name", "poss", "nmod:poss", "case", "fixed"}
)


@dataclass(frozen=True, slots=True)
class Speaker:
    """The words naming who speaks: ``text[start:end]``, with the index of their head token."""

    start: int
    end: int
    head: int


@dataclass(frozen=True, slots=True)
class According:
    """An attribution phrase ("selon X", "according to X"): where it is, who it names, and
    the token it is attached to."""

    start: int
    end: int
    speaker: Speaker
    anchor: int


@dataclass(frozen=True, slots=True)
class Found:
    """A quotation or reported statement before its speaker is resolved to an actor."""

    start: int
    end: int
    direct: bool
    cue: tuple[int, int] | None = None
    speaker: Speaker | None = None


#: Relations that mark a passive verb: its subject or its auxiliary, in both models' labels
#: (ClearNLP "nsubjpass", "auxpass"; Universal Dependencies "nsubj:pass", "aux:pass").
PASSIVE_MARKS = frozenset({"nsubjpass", "nsubj:pass", "auxpass", "aux:pass"})


class Layout:
    """Tokens, quotes, sentences and paragraphs of one parsed article."""

    def __init__(self, article: Article, lexicon: QuoteLexicon) -> None:
        self.text = article.text
        self.doc = article.doc
        self.lexicon = lexicon
        self.article = article
        self.paragraphs = [(p.start, p.end) for p in article.paragraphs] or paragraphs(self.text)
        self.paragraph_starts = [start for start, _ in self.paragraphs]
        self.marked = find_quotes(
            self.text,
            self.paragraphs,
            lexicon.marks,
            lexicon.dashes,
            lexicon.interviewer,
            lexicon.elided,
        )
        self.opens = [quote.open for quote in self.marked]
        self.closing = frozenset(closing for _, closing in lexicon.marks)
        self.starts = [token.idx for token in self.doc]
        self.quote_of = self._quote_of()
        self.cuts = self._cuts()
        from .according import find_according  # it reads the layout built so far

        self.according: dict[int, According] = find_according(self)

    # -- tokens -------------------------------------------------------------------------------

    def tokens(self, start: int, end: int) -> range:
        """The indices of the tokens that start in ``text[start:end]``."""
        return range(bisect_left(self.starts, start), bisect_left(self.starts, end))

    def token_end(self, i: int) -> int:
        token = self.doc[i]
        return int(token.idx + len(token.text))

    def children(self, token: Token) -> list[Token]:
        """The dependents of ``token`` in its sentence (the parser links across sentences and
        even paragraphs)."""
        start, end = self.sentence(token.idx)
        return [child for child in token.children if start <= child.idx < end]

    def enclosing(self, position: int) -> Marked | None:
        """The quote whose marks enclose the character at ``position``, if any (a line of
        dialogue holds sentences, not a quotation to keep whole)."""
        index = bisect_right(self.opens, position) - 1
        if index >= 0 and position < self.marked[index].outer[1]:
            found = self.marked[index]
            return None if found.dash else found
        return None

    def in_quote(self, i: int) -> bool:
        return self.quote_of[i] >= 0

    def cue_of(self, token: Token) -> Token | None:
        """The reporting verb ``token`` is, or that it governs as an infinitive ("a fait
        savoir que …": the clause hangs on "fait")."""
        if self.is_cue(token):
            return token
        for child in token.children:
            if child.dep_ == "xcomp" and child.i == token.i + 1 and self.is_cue(child):
                return child
        return None

    def is_cue(self, token: Token) -> bool:
        """Whether ``token`` is a reporting verb ("déclaré", "said") outside quotation marks."""
        return bool(
            token.pos_ in ("VERB", "AUX")
            and not token.dep_.startswith("aux")
            and not self.in_quote(token.i)
            and (
                (self.lemma(token) in self.lexicon.verbs and not self._judged(token))
                or self._compound(token)
                or self.manner_cue(token)
            )
        )

    def _judged(self, token: Token) -> bool:
        """Whether ``token`` is a verb of judging in the passive, whose subject is judged, not
        the judge ("was ridiculed for its prediction that he would be “…”")."""
        return self.lemma(token) in self.lexicon.judging_verbs and any(
            child.dep_ in PASSIVE_MARKS for child in token.children
        )

    def is_tag(self, token: Token) -> bool:
        """Whether ``token`` can tag a quotation after it: a reporting verb, or a verb of
        ``tag_verbs`` ('"…?" Vitter demanded') outside quotation marks."""
        if self.is_cue(token):
            return True
        return bool(
            token.pos_ == "VERB"
            and token.lemma_.lower() in self.lexicon.tag_verbs
            and not self.in_quote(token.i)
        )

    def _compound(self, token: Token) -> bool:
        """Whether ``token`` is the infinitive of a compound cue, its light verb just before
        it ("a fait valoir que", "a laissé entendre que")."""
        lights = self.lexicon.compound_cues.get(token.lemma_.lower())
        if not lights or "Inf" not in token.morph.get("VerbForm"):
            return False
        near = [token.head, *token.children]
        return any(
            0 < token.i - n.i <= LIGHT and n.lemma_.lower() in lights and not self.in_quote(n.i)
            for n in near
        )

    def manner_cue(self, token: Token) -> bool:
        """Whether ``token`` reports words as the verb of a manner clause, its object the
        pronoun of ``manner_cues`` and opened by a word of ``manner_marks`` ('as Vulture put it,
        “…”'; not 'she put it on the table')."""
        objects = self.lexicon.manner_cues.get(token.lemma_.lower())
        if not objects:
            return False
        children = list(token.children)
        return any(c.lower_ in objects and c.dep_ in ("dobj", "obj") for c in children) and any(
            c.lower_ in self.lexicon.manner_marks and c.i < token.i for c in children
        )

    def lemma(self, token: Token) -> str:
        """The lemma of ``token``, a form the lemmatiser left as it is taken back to the
        reporting verb it inflects ("estime" -> "estimer")."""
        return self.lexicon.verb_lemma(token.lemma_, token.text)

    def document(self, head: Token) -> bool:
        """Whether ``head`` is a document noun ("the statement", "le texte"), of the
        language's ``documents``."""
        documents = self.lexicon.documents
        return head.lemma_.lower() in documents or head.lower_ in documents

    def speaker_like(self, token: Token) -> bool:
        """Whether ``token`` can name who speaks: a name, a pronoun, a title, an institution,
        an acronym the tagger took for a common noun ("selon le CSP")."""
        word = token.lower_
        return bool(
            token.pos_ == "PROPN"
            or acronym(token.text)
            or token.ent_type_ in ("PER", "PERSON", "ORG", "GPE", "NORP", "LOC")
            or token.lemma_.lower() in self.lexicon.speaker_nouns
            or word in self.lexicon.speaker_nouns
            or self.lexicon.pronoun_kind(word) is not None
        )

    # -- sentences and paragraphs -------------------------------------------------------------

    def last_person(self, position: int) -> Speaker | None:
        """The last mention of a person before ``position``."""
        mentions = [
            m
            for actor in self.article.actors
            if actor.kind == "person"
            for m in actor.mentions
            if m.end <= position
        ]
        if not mentions:
            return None
        last = max(mentions, key=lambda m: m.end)
        inside = self.tokens(last.start, last.end)
        return Speaker(last.start, last.end, inside[-1]) if inside else None

    def sentence(self, position: int) -> tuple[int, int]:
        """The sentence around the character at ``position``."""
        after = bisect_right(self.cuts, position)
        return self.cuts[max(after - 1, 0)], self.cuts[min(after, len(self.cuts) - 1)]

    def is_cut(self, position: int) -> bool:
        """Whether a sentence starts at ``position``."""
        index = bisect_left(self.cuts, position)
        return index < len(self.cuts) and self.cuts[index] == position

    def paragraph(self, position: int) -> int:
        """The index of the paragraph at (or before) ``position``."""
        return max(bisect_right(self.paragraph_starts, position) - 1, 0)

    # -- noun phrases -------------------------------------------------------------------------

    def noun_phrase(self, head: Token, start: int, end: int) -> Speaker | None:
        """The noun phrase of ``head`` inside ``text[start:end]``, its clauses and any quoted
        words left out ("la porte-parole, Maria Zakharova, qui a nié que …")."""
        kept = [head.i]
        pending = [head]
        while pending:
            for child in pending.pop().children:
                if child.dep_ not in CLAUSAL:
                    kept.append(child.i)
                    pending.append(child)
        doc = self.doc
        quoted = self.in_quote(head.i)
        kept = [
            i
            for i in kept
            if start <= doc[i].idx < end
            and (quoted or not self.in_quote(i))
            and not doc[i].is_space
        ]
        if not kept:
            return None
        first, last = min(kept), self._phrase_end(head, max(kept))
        while first < last and doc[first].is_punct:
            first += 1
        while last > first and doc[last].is_punct:
            last -= 1
        if head.pos_ == "NOUN":
            last = self._apposed_name(last, end)
        return Speaker(doc[first].idx, self.token_end(last), head.i)

    def _phrase_end(self, head: Token, last: int) -> int:
        """``last``, or the token before a comma after ``head`` that does not open an
        apposition ("le conseiller, Jake Sullivan, aux journalistes": "aux" ends it)."""
        doc = self.doc
        for i in range(head.i + 1, last):
            if doc[i].text != ",":
                continue
            child, apposed = doc[i + 1], name_like(doc[i + 1])
            while child.i != head.i and child.head.i != child.i:
                apposed = apposed or child.dep_ in APPOSITIONS
                child = child.head
            if child.i != head.i or not apposed or doc[i + 1].pos_ == "ADP":
                return i - 1
        return last

    def _apposed_name(self, last: int, end: int) -> int:
        """The end of a name set off by commas after a title, which the parser may hang
        elsewhere: "la porte-parole de la diplomatie russe, Maria Zakharova, qui …", "Le
        Premier ministre nommé par la junte, Ali Mahamane Lamine Zeine, a accusé"."""
        doc = self.doc
        i = last + 1
        if i < len(doc) and doc[i].idx < end and name_like(doc[i]):  # "le secrétaire X Y"
            while i < len(doc) and doc[i].idx < end and name_like(doc[i]):
                i += 1
            return i - 1
        if i < len(doc) and "Part" in doc[i].morph.get("VerbForm"):  # "nommé par la junte"
            while i < len(doc) and doc[i].idx < end and doc[i].text != ",":
                if doc[i].pos_ in ("VERB", "AUX") and "Fin" in doc[i].morph.get("VerbForm"):
                    return last
                if self.in_quote(i) or set(doc[i].text) <= FINAL:
                    return last
                i += 1
        if i >= len(doc) or doc[i].idx >= end or doc[i].text != ",":
            return last
        first = i + 1
        i = first
        while i < len(doc) and doc[i].idx < end and name_like(doc[i]):
            i += 1
        if i == first or (i < len(doc) and doc[i].idx < end and doc[i].text not in ",.;:"):
            return last
        return i - 1

    def phrase_head(self, token: Token, limit: int) -> Token:
        """The head of the noun phrase ``token`` opens, not beyond character ``limit``."""
        while (
            token.dep_ in INSIDE_PHRASE
            and token.head.i > token.i
            and token.head.idx < limit
            and token.head.pos_ in NOMINAL
        ):
            token = token.head
        return token

    def _quote_of(self) -> list[int]:
        """For each token, the index of the quote whose marks enclose it, or -1. Dialogue
        lines are left out: a line of speech may report what others said, as a paragraph
        does ("— Han Dong-hoon said this morning that …")."""
        owner = [-1] * len(self.doc)
        for index, quote in enumerate(self.marked):
            if quote.dash:
                continue
            start, end = quote.outer
            for i in self.tokens(start, end):
                owner[i] = index
        return owner

    def _cuts(self) -> list[int]:
        """Where sentences start (and the paragraphs end), sorted."""
        text = self.text
        cuts = {0, len(text)}
        for start, end in self.paragraphs:
            cuts.update((start, end))
            cuts.update(start + i + 1 for i, char in enumerate(text[start:end]) if char == "\n")
        for token in self.doc:
            if token.text and set(token.text) <= FINAL and not self.in_quote(token.i):
                after = token.idx + len(token.text)
                if _starts_sentence(text, after):
                    cuts.add(after)
        for quote in self.marked:
            after = quote.outer[1]
            if text[quote.end - 1] in FINAL and _starts_sentence(text, after):
                cuts.add(after)
        return sorted(cuts)


def name_like(token: Token) -> bool:
    """A word of a name: a proper noun, or a capitalised noun the tagger took for common."""
    return bool(token.pos_ == "PROPN" or (token.pos_ in ("NOUN", "X") and token.text[:1].isupper()))


def _starts_sentence(text: str, position: int) -> bool:
    """Whether what follows ``position`` (spaces aside) can start a sentence: no lower-case
    word, comma or closing bracket does ("Sen. Paul Hale (I-Vt.) said")."""
    while position < len(text) and text[position] in " \t\u00a0\u202f":
        position += 1
    return position >= len(text) or not (text[position].islower() or text[position] in ",;:)]")


def acronym(word: str) -> bool:
    """Whether ``word`` is an acronym, two capital letters or more: the short name of an
    organisation or a body ("le CSP", "the UNHCR"), whatever tag the tagger gave it."""
    return len(word) >= ACRONYM and word.isalpha() and word.isupper()
