"""Reading an event's arguments from a dependency parse, with one language's labels.

The functions take spaCy tokens; :class:`Tree` holds the :class:`~.lexicon.Lexicon` whose
``syntax`` says which labels play which part, so one set of functions serves parsers with
different label sets (Universal Dependencies in French, ClearNLP in English). It reads who
does what a verb says (its subject, following control, gerunds, participles and coordinated
clauses) on top of a predicate's own objects, agent and prepositional phrases
(:class:`~.predicates.PredicateTree`) and the phrases and clauses of
:class:`~.parse.ParseTree`.
"""

from __future__ import annotations

from typing import Any

from .incise import incise_subject
from .issuers import issuing_verb
from .parse import MAX_DEPTH, NOMINAL, Token, morph
from .predicates import PredicateTree
from .verbforms import auxiliary_partner, bare_coordinated_participle, infinitive

__all__ = ["UNLABELLED", "Token", "Tree", "dependent_words", "morph"]

#: The Universal Dependencies label of a dependent the parser could not label.
UNLABELLED = "dep"


class Tree(PredicateTree):
    """Syntactic questions about tokens that bear on an event's arguments: who does what a
    verb says, following control, gerunds, participles and clauses (its objects, agent,
    prepositional phrases, voice and tense in :class:`~.predicates.PredicateTree`; phrases
    and clauses in :class:`~.parse.ParseTree`)."""

    def subject(self, token: Token) -> Token | None:
        """Who does what ``token`` says: its subject, or the agent of a passive, following
        control ("a refusé de fournir"), coordination and adverbial clauses when the verb
        has no subject of its own."""
        climbed = False
        for _ in range(MAX_DEPTH):
            if self.passive(token):
                agent = self.agent(token) or (self._pronominal(token) if climbed else None)
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
            issuer = issuing_verb(self, token)
            if issuer is not None:
                token = issuer
                continue
            if (
                self._noun_bridge(token)
                or self._adverbial_gerund(token)
                or self._shared_auxiliary(token)
            ):
                token = head.head
                continue
            clause = (
                self._stranded_gerund(token)
                or self._detached_participle(token)
                or auxiliary_partner(token, self.syntax)
            )
            if clause is not None:
                token = clause
                continue
            if token.dep_ not in self._inherit and not self._gerund(token):
                return None
            token = head
            climbed = True
        return None

    def _pronominal(self, token: Token) -> Token | None:
        """The subject of a pronominal verb the parser read as passive, for a clause that
        hangs on it: it is the doer ("des milliers de personnes se sont rassemblées pour
        exiger la démission", "Trump et Sheinbaum se sont mis d'accord pour suspendre les
        droits de douane": the crowd demands, the two leaders suspend)."""
        subjects = self.children(token, self.syntax.passive_subject)
        if not subjects or not self.reflexive(token):
            return None
        return self.antecedent(subjects[0])

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

    def _shared_auxiliary(self, token: Token) -> bool:
        """A past participle with no auxiliary of its own, coordinated after the object of a
        verb in a compound tense, which the parser hung on that object: it shares that verb's
        auxiliary and subject ("L'Otan a condamné des « activités malveillantes » et averti
        que …", "a salué « un pas » et promis une aide": NATO warned, and promised)."""
        head = token.head
        syntax = self.syntax
        return (
            bare_coordinated_participle(token, syntax)
            and head.pos_ in NOMINAL
            and head.head != head
            and self.verbal(head.head)
            and self.finite(head.head)
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


#: Relations of a dependent that is a clause of its own whose words say nothing of the word's
#: sense (a condition, a time, a purpose), Universal Dependencies labels without their subtype.
OWN_CLAUSES = frozenset({"advcl"})


def dependent_words(token: Any) -> set[str]:
    """The lemmas and forms of a word's dependents and theirs: what a sense's ``with`` and
    ``without`` conditions look at. A dependent's preposition is looked through to its
    object, as a language that hangs the noun on its preposition ("declared a state of
    emergency": state → of → emergency) says what another says with the noun itself
    ("a proclamé l'état de siège": état → siège), and a preposition's object to its
    compound ("with a water cannon": with → cannon → water, as « avec un canon à eau »). An
    adverbial clause hanging on the word is not looked into: in « suspendrait sa participation
    si les frappes se poursuivaient », the strikes are the condition's, not what is
    suspended."""
    words = set()
    for child in token.children:
        if child.dep_.split(":")[0] in OWN_CLAUSES:
            continue
        words.add(child.lemma_.lower())
        words.add(child.lower_)
        for grandchild in child.children:
            words.add(grandchild.lemma_.lower())
            if grandchild.pos_ == "ADP":
                words.update(word.lemma_.lower() for word in grandchild.children)
            if child.pos_ == "ADP":  # "with a water cannon", as « avec un canon à eau »
                words.update(w.lemma_.lower() for w in grandchild.children if w.dep_ == "compound")
    return words
