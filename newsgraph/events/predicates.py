"""The arguments of a predicate read from a dependency parse, with one language's labels.

:class:`PredicateTree` answers what a verb's own dependents say: its voice (passive, a past
participle on a noun), its objects and patients, its agent, its prepositional phrases and the
word a prepositional phrase modifies, whether it is reflexive and whether the act it names is
yet to come. Who does the act, following control and clauses when the verb has no subject of
its own, is read on top of it, in :class:`~.syntax.Tree`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from .parse import MAX_DEPTH, NOMINAL, ParseTree, Token, morph
from .verbforms import clause_subjects, detached_participle, prospective_form

__all__ = ["PredicateTree"]


class PredicateTree(ParseTree):
    """Syntactic questions about a predicate's own dependents: its objects, agent,
    prepositional phrases, voice and tense, answered with one language's dependency labels
    ("Paris a été accusée par Moscou": passive, agent "Moscou")."""

    def passive(self, token: Token) -> bool:
        """Whether ``token`` is in the passive voice: the parser's ``Voice=Pass`` (less a
        compound past, :meth:`_tense_only`), a participle on a noun, a passive auxiliary or a
        passive subject without any auxiliary ("Paris a été accusée", "the ship was seized")."""
        syntax = self.syntax
        if morph(token, "Voice") == "Pass":
            return not self._tense_only(token)
        if self.participle(token) or detached_participle(token, syntax):
            return True
        children = list(token.children)
        if any(c.dep_ in syntax.passive_aux for c in children):
            return True
        # a passive subject without a passive auxiliary: a parser's misreading of an active
        # verb in a compound tense ("Tokyo a protesté par les canaux diplomatiques")
        return any(c.dep_ in syntax.passive_subject for c in children) and not any(
            c.dep_ in syntax.aux for c in children
        )

    def _tense_only(self, token: Token) -> bool:
        """Whether a participle the tagger calls passive has a tense auxiliary, no passive
        one and no reflexive pronoun: a compound past, active, whose participle agrees with
        an object before it ("ce que le Bénin a formellement démentie", "la proposition
        qu'il a acceptée"). "Elle a été acceptée" has its passive auxiliary; a pronominal
        verb ("ils ne se sont plus entretenus") keeps the parser's reading."""
        syntax = self.syntax
        tense = syntax.aux - syntax.passive_aux
        children = list(token.children)
        return (
            any(c.dep_ in tense for c in children)
            and not any(c.dep_ in syntax.passive_aux for c in children)
            and not self.reflexive(token)
        )

    def participle(self, token: Token) -> bool:
        """Whether ``token`` is a past participle on a noun ("la proposition, soutenue par
        Paris", "a teacher jailed in Moscow"): a passive whose subject is that noun. One with
        a subject or a tense of its own heads a clause ("que X avait qualifiée")."""
        return (
            token.dep_ in self.syntax.acl
            and morph(token, "VerbForm") == "Part"
            and morph(token, "Tense") == "Past"
            and token.head != token
            and token.head.pos_ in NOMINAL
            and not self.children(
                token, (self.syntax.aux - self.syntax.passive_aux) | self.syntax.subject
            )
        )

    def patients(self, token: Token) -> list[Token]:
        """Who undergoes what a verb says: its object (a name parsers take for the
        complement of "appeler X à la retenue" when there is no object), or the subject
        of a passive, or the noun a past participle is on."""
        if not self.passive(token):
            return (
                self.children(token, self.syntax.object)
                or [c for c in self.children(token, self.syntax.complement) if c.pos_ == "PROPN"]
                or self._object_on_adverbial(token)
            )
        found = self.children(token, self.syntax.passive_subject)
        if not found and self.participle(token):
            found = [token.head]
        return found or clause_subjects(token, self.syntax)

    def _object_on_adverbial(self, token: Token) -> list[Token]:
        """An object the parser hung on a bare noun adverbial of the verb ("a convoqué
        dimanche les ambassadeurs du Royaume-Uni": "les ambassadeurs" on "dimanche"): a
        determined noun with no preposition under a noun with none, which no noun can govern
        so."""
        syntax = self.syntax
        found = []
        for adverbial in self.children(token, syntax.oblique):
            if adverbial.pos_ != "NOUN" or self.children(adverbial, syntax.case):
                continue
            found += [
                noun
                for noun in self.children(adverbial, syntax.oblique)
                if noun.pos_ in ("NOUN", "PROPN")
                and noun.i > adverbial.i
                and not self.children(noun, syntax.case)
                and self.children(noun, syntax.determiner)
            ]
        return found

    def prepositional(self, token: Token) -> Iterator[tuple[str, Token]]:
        """``(preposition, nominal)`` for each prepositional argument of ``token``."""
        syntax = self.syntax
        for child in token.children:
            if child.dep_ in syntax.prep_head:
                objects = self.children(child, syntax.prep_object) or self._shared_object(child)
                for nominal in objects:
                    yield self.lexicon.prep(child.text), nominal
            elif child.dep_ in syntax.oblique or child.dep_ in syntax.agent:
                cases = [c for c in child.children if c.dep_ in syntax.case and c.i < child.i]
                if cases:
                    yield self.lexicon.prep(" ".join(c.text for c in cases)), child
            elif child.pos_ == "ADV":
                yield from self._split_preposition(child)

    def _split_preposition(self, adverb: Token) -> Iterator[tuple[str, Token]]:
        """``(preposition, nominal)`` for a compound preposition the parser split into an
        adverb and the phrase hung on it, its case right after the adverb: "a protesté auprès
        de la Chine" gives ("auprès", Chine), "des manœuvres autour du Japon" ("autour de",
        Japon)."""
        for nominal in adverb.children:
            cases = [c for c in nominal.children if c.dep_ in self.syntax.case]
            if cases and cases[0].i == adverb.i + 1 and nominal.i > adverb.i:
                case = self.lexicon.prep(cases[0].text)  # "du" is "de"
                yield self.lexicon.prep(f"{adverb.text.lower()} {case}"), nominal

    def stray_objects(self, token: Token, prep: str) -> list[Token]:
        """The objects of a preposition the parser took for another word
        (:attr:`~.grammar.Syntax.stray_preps`) when it stands right after ``token``'s phrase
        (closing quotes aside), wherever the parser hung it: "l'engagement des États-Unis
        envers Israël" gives "Israël" for "engagement" and "envers"."""
        doc, syntax = token.doc, self.syntax
        if prep not in syntax.stray_preps:
            return []
        words = [c for c in token.children if c.lower_ == prep]
        after = max(t.i for t in token.subtree) + 1
        while after < len(doc) and doc[after].is_quote:
            after += 1
        if after < len(doc) and doc[after].lower_ == prep:
            words.append(doc[after])
        return [o for w in words if w.pos_ != "ADP" for o in self.children(w, syntax.object)]

    def _shared_object(self, prep: Token) -> list[Token]:
        """The object a preposition left bare shares with the preposition of its conjunct,
        which the parser gave it alone ("exports to and imports from Israel", "flights to
        and from Gaza")."""
        syntax = self.syntax
        for conj in self.children(prep, syntax.conj):
            heads = [conj] if conj.dep_ in syntax.prep_head or conj.pos_ == "ADP" else []
            heads += self.children(conj, syntax.prep_head)
            for head in heads:
                objects = self.children(head, syntax.prep_object)
                if objects:
                    return objects
        return []

    def preps(self, token: Token) -> dict[str, list[Token]]:
        """The prepositional arguments of ``token`` by preposition ("a appelé à la retenue
        avec Paris": {"à": [retenue], "avec": [Paris]})."""
        found: dict[str, list[Token]] = {}
        for prep, nominal in self.prepositional(token):
            found.setdefault(prep, []).append(nominal)
        return found

    def reflexive(self, token: Token) -> bool:
        """Whether ``token`` has a reflexive pronoun among its dependents ("ils se sont
        entretenus", "Kyiv s'est retiré")."""
        return any(
            c.dep_ in self.syntax.reflexive and morph(c, "Reflex") == "Yes" for c in token.children
        )

    def prospective(self, token: Token, form: Callable[[Token], bool] | None = None) -> bool:
        """Whether the act ``token`` names is yet to come or only possible: a verb in the
        future or the conditional (``form`` tells such a word, by default the parser's
        features), with an auxiliary of the future, the conditional or possibility, or the
        complement of such a verb ("prendra des mesures", "pourrait prendre des mesures",
        "would continue to take action", "will take action")."""
        cues = self.lexicon.cues
        auxiliaries = cues.future_aux | cues.conditional_aux | cues.hypothetical_aux
        inflected = form or prospective_form
        current = token
        for _ in range(MAX_DEPTH):
            words = [current, *self.children(current, self.syntax.aux)]
            if any(w.lower_ in auxiliaries or inflected(w) for w in words):
                return True
            if current.dep_ not in self.syntax.complement or current.head == current:
                return False
            current = current.head
        return False

    def attachment(self, token: Token) -> tuple[str | None, Token | None]:
        """The preposition heading a nominal's phrase and the word that phrase modifies:
        ``("under", None)`` for "[under the treaty], each side…" when the parser hangs it on
        the clause, ``("de", vertu)`` for "en vertu de l'accord", ``(None, centre)`` for the
        compound "detention centre". A subject or object has neither."""
        syntax, head = self.syntax, token.head
        if head == token:
            return None, None
        if token.dep_ in syntax.prep_object and head.dep_ in syntax.prep_head:
            above = head.head if head.head != head else None
            return self.lexicon.prep(head.text), above
        cases = [c for c in token.children if c.dep_ in syntax.case and c.i < token.i]
        if cases:
            return self.lexicon.prep(" ".join(c.text for c in cases)), head
        if token.dep_ in syntax.modifier:
            return None, head
        return None, None

    def agent(self, token: Token) -> Token | None:
        """The doer of a passive ``token``: a child with the agent label, else the object of an
        agent preposition ("accusée par Moscou": Moscou; "seized by Iran": Iran); else None."""
        for child in token.children:
            if child.dep_ in self.syntax.agent and child.dep_ not in self.syntax.prep_head:
                return child
        for prep, nominal in self.prepositional(token):
            if prep in self.lexicon.agent_preps:
                return nominal
        return None
