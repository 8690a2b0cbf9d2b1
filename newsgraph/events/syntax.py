"""Reading an event's arguments from a dependency parse, with one language's labels.

The functions take spaCy tokens; :class:`Tree` holds the :class:`~.lexicon.Lexicon` whose
``syntax`` says which labels play which part, so one set of functions serves parsers with
different label sets (Universal Dependencies in French, ClearNLP in English). It reads
subjects, objects, agents and prepositional phrases on top of the phrases and clauses of
:class:`~.parse.ParseTree`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from .incise import incise_subject
from .parse import MAX_DEPTH, NOMINAL, ParseTree, Token, morph
from .verbforms import clause_subjects, detached_participle, infinitive, prospective_form

__all__ = ["UNLABELLED", "Token", "Tree", "dependent_words", "morph"]

#: The Universal Dependencies label of a dependent the parser could not label.
UNLABELLED = "dep"


class Tree(ParseTree):
    """Syntactic questions about tokens that bear on an event's arguments: its subject,
    objects, agent, prepositional phrases, voice and tense, answered with one language's
    dependency labels (phrases and clauses in :class:`~.parse.ParseTree`)."""

    # -- arguments of a predicate ---------------------------------------------------------

    def passive(self, token: Token) -> bool:
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
        found: dict[str, list[Token]] = {}
        for prep, nominal in self.prepositional(token):
            found.setdefault(prep, []).append(nominal)
        return found

    def reflexive(self, token: Token) -> bool:
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
        for child in token.children:
            if child.dep_ in self.syntax.agent and child.dep_ not in self.syntax.prep_head:
                return child
        for prep, nominal in self.prepositional(token):
            if prep in self.lexicon.agent_preps:
                return nominal
        return None

    def subject(self, token: Token) -> Token | None:
        """Who does what ``token`` says: its subject, or the agent of a passive, following
        control ("a refusé de fournir"), coordination and adverbial clauses when the verb
        has no subject of its own."""
        for _ in range(MAX_DEPTH):
            if self.passive(token):
                agent = self.agent(token)
                if agent is not None:
                    return agent
            else:
                subjects = self.children(token, self.syntax.subject)
                if subjects:
                    # the nearest one: a dateline ("MANILA —") may also hang there
                    nearest = min(subjects, key=lambda s: (s.i > token.i, abs(s.i - token.i)))
                    return self.antecedent(nearest)
                inverted = incise_subject(self, token)
                if inverted is not None:
                    return inverted
            head = token.head
            if head == token:
                return None
            controller = self.controller(token)
            if controller is not None:
                return controller
            if self._noun_bridge(token) or self._adverbial_gerund(token):
                token = head.head
                continue
            clause = self._stranded_gerund(token) or self._detached_participle(token)
            if clause is not None:
                token = clause
                continue
            if token.dep_ not in self._inherit and not self._gerund(token):
                return None
            token = head
        return None

    def _gerund(self, token: Token) -> bool:
        """A present participle introduced by a preposition, whatever label the parser gave
        it: a gerund, whose doer is its clause's subject ("Paris a riposté en expulsant
        douze agents", parsed as an oblique argument: Paris expelled them)."""
        syntax = self.syntax
        return (
            self._present_participle(token)
            and token.dep_ in syntax.oblique
            and any(c.dep_ in syntax.case | syntax.mark for c in token.children)
        )

    def _present_participle(self, token: Token) -> bool:
        """A verb in "-ant" / "-ing", the form of a gerund."""
        form = morph(token, "VerbForm"), morph(token, "Tense")
        return self.verbal(token) and form == ("Part", "Pres")

    def _adverbial_gerund(self, token: Token) -> bool:
        """A gerund governed by an adverbial preposition that hangs on a verb, whose doer is
        that verb's subject: "Russia criticised Kyiv before calling on Beijing to act", "after
        meeting", "by accusing" (the parser makes the gerund the object of the preposition)."""
        head = token.head
        syntax = self.syntax
        return (
            token.dep_ in syntax.prep_object
            and self._present_participle(token)
            and head.dep_ in syntax.prep_head
            and head.lower_ in syntax.gerund_preps
            and head.head != head
            and self.verbal(head.head)
        )

    def _stranded_gerund(self, token: Token) -> Token | None:
        """The verb of the clause a gerund ("en" + present participle) belongs to when the
        parser hung the gerund on a noun: a gerund is always done by its clause's subject
        ("Paris a riposté en expulsant douze agents et en rappelant son ambassadeur", with
        "rappelant" coordinated to "agents": Paris recalled him)."""
        syntax = self.syntax
        if not (
            self._present_participle(token)
            and not self.verbal(token.head)
            and any(
                c.dep_ in syntax.case | syntax.mark and c.lower_ in syntax.gerund_preps
                for c in token.children
            )
        ):
            return None
        current = token.head
        for _ in range(MAX_DEPTH):
            if self.verbal(current):
                return current
            if current.head == current:
                return None
            current = current.head
        return None

    def _detached_participle(self, token: Token) -> Token | None:
        """The verb of the clause a present participle set off by a comma belongs to, when
        the parser hung it on the noun before the comma: such a participle is done by its
        clause's subject ("la junte a mis fin à l'accord, accusant son voisin d'ingérence",
        "accusant" on "accord": the junta accuses). None for a participle of the noun itself
        ("les manifestants exigeant des élections")."""
        if not (
            token.dep_ in self.syntax.acl
            and self._present_participle(token)
            and token.head.pos_ in NOMINAL
            and token.i > 0
            and token.doc[token.i - 1].text == ","
        ):
            return None
        current = token.head
        for _ in range(MAX_DEPTH):
            if current.head == current:
                return None
            current = current.head
            if self.verbal(current):
                return current
        return None

    def chain(self, token: Token) -> list[Token]:
        """As :meth:`ParseTree.chain`, going from a participle set off by a comma straight to
        the verb of its clause (:meth:`_detached_participle`): that verb's time and cues bear
        on it, not the noun the parser hung it on ("En janvier, la junte a mis fin à l'accord
        de 2015, accusant son voisin": January, not 2015)."""
        clause = self._detached_participle(token)
        if clause is None:
            return super().chain(token)
        return [token, *super().chain(clause)]

    def _noun_bridge(self, token: Token) -> bool:
        """An infinitive on a noun of the verb phrase: "être sur le point de signer", and a
        past one the parser hung on an adverbial noun ("a affirmé en fin d'après-midi avoir
        ouvert le feu", "a affirmé de son côté avoir détruit": the army opened fire)."""
        head = token.head
        syntax = self.syntax
        return (
            token.dep_ in syntax.acl
            and infinitive(token)
            and head.pos_ in ("NOUN", "ADJ")
            and head.dep_ in syntax.complement | syntax.oblique
            and head.head != head
            and self.verbal(head.head)
        )

    def resumed(self, token: Token) -> Token | None:
        """The word a relative clause whose object takes up a whole statement hangs on: "ce"
        in "…, ce que Washington a refusé", "plant" in "accused Russia of shelling the plant,
        which Moscow denies"; the statement is the clause above it. None for another word."""
        syntax = self.syntax
        if token.dep_ not in syntax.relative or token.head == token:
            return None
        resumptive = self.lexicon.cues.resumptive
        if not any(c.lower_ in resumptive for c in self.children(token, syntax.object)):
            return None
        head: Token = token.head
        return head

    def controller(self, token: Token) -> Token | None:
        """The object that is the subject of an infinitive ("a appelé Moscou à libérer"), or
        the subject of a passive it complements ("Russia is expected to block")."""
        head = token.head
        cues = self.lexicon.cues
        subjects = self.children(head, self.syntax.passive_subject)
        if subjects and token.dep_ in self.syntax.complement and self.passive(head):
            return self.antecedent(subjects[0])
        if head.lemma_.lower() in cues.object_control and token.dep_ in self.syntax.complement:
            for candidate in self.children(head, self.syntax.object | self.syntax.indirect_object):
                if candidate.i < token.i:
                    return candidate
        governor = head.head
        if (
            token.dep_ in self.syntax.acl
            and head.dep_ in self.syntax.object
            and governor.lemma_.lower() in cues.object_control
        ):
            return head
        return None


def dependent_words(token: Any) -> set[str]:
    """The lemmas and forms of a word's dependents and theirs: what a sense's ``with`` and
    ``without`` conditions look at. A dependent's preposition is looked through to its
    object, as a language that hangs the noun on its preposition ("declared a state of
    emergency": state → of → emergency) says what another says with the noun itself
    ("a décrété l'état d'urgence": état → urgence)."""
    words = set()
    for child in token.children:
        words.add(child.lemma_.lower())
        words.add(child.lower_)
        for grandchild in child.children:
            words.add(grandchild.lemma_.lower())
            if grandchild.pos_ == "ADP":
                words.update(word.lemma_.lower() for word in grandchild.children)
    return words
