"""A trigger's modality reading, and the cues one word and its dependents give it.

:class:`Reading` holds the cues found for a trigger (its flags) and tells its modality;
:class:`CueReader` reads the cues of one word: in its lemma above the trigger (a verb of
denial, accusation, negation, hypothesis or plan), in its verb form (a conditional or future
form, "signerait", "signera") and in its dependents (auxiliaries, negation, conditions,
modifiers: "n'a pas signé", "could sign", "without managing to agree"). The walk along the
trigger's chain that gathers them is :class:`~.modality.ModalityReader`'s.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from .. import mend_tenses  # the module, not its name: mend_tenses reads events.parse
from .attempts import made
from .concessive import conceded
from .grammar import Cues
from .syntax import Token, Tree, morph

Flag = Literal[
    "denied",
    "negated",
    "hypothetical",
    "future",
    "conditional",
    "absorbed",
    "announced",
    "without",
    "cancelled",
    # a hypothesis from outside the verb's own form: a clause of condition or a question
    # ("if Russia threatens Kyiv", "Could Russia threaten Georgia?"), not "we would respond"
    "supposed",
    # a hypothesis held through an adjective of likelihood ("is unlikely to strike", « il est
    # peu probable que ») : a forecast, no one's warning (:meth:`.decide.SentenceCoder._threat`)
    "likely",
]

#: The flags of an act left undone by another act ("left without setting a date", "cancelled
#: the planned visit"): negated, whatever was planned, and no refusal of the act itself.
UNDONE: frozenset[Flag] = frozenset({"without", "cancelled"})


@dataclass(slots=True)
class Reading:
    """The cues found for one trigger."""

    flags: set[Flag] = field(default_factory=set)
    #: The verb of saying the clause is the content of, if any ("a déclaré que…").
    reporter: Token | None = None

    @property
    def modality(self) -> str:
        flags = self.flags
        if "denied" in flags:
            return "denied"
        if "negated" in flags:
            return "negated"
        if "hypothetical" in flags:
            return "hypothetical"
        if "future" in flags:
            return "future"
        if "conditional" in flags:
            return "future" if self.reporter is not None else "hypothetical"
        return "asserted"


class CueReader:
    """Reads the modality cues of one language in a word and its dependents ("n'a pas
    signé": negated; "pourrait signer": hypothetical; "signera": future)."""

    tree: Tree
    cues: Cues

    def clause_reading(self, verb: Token) -> Reading:
        """The cues of a clause read on its own, from its verb and the verb's dependents
        ("que les armées doivent débuter lundi": future)."""
        reading = Reading()
        self._word(verb, True, reading)
        self._dependents(verb, reading)
        return reading

    def _describing(self, token: Token) -> bool:
        """A past participle that describes a noun ("le traité signé en 1951"); not one
        that stands for people with a pronoun ("those detained would be sent"), nor a
        clause of its own the parser hangs on a noun, with its conjunction or its subject
        ("a déclaré à la radio que ses troupes seraient prêtes à une trêve")."""
        syntax = self.tree.syntax
        return (
            token.dep_ in syntax.acl
            and token.head.pos_ in ("NOUN", "PROPN")
            and (
                (morph(token, "VerbForm") == "Part" and morph(token, "Tense") == "Past")
                or _misread_infinitive(token)
            )
            and not any(c.dep_ in syntax.mark | syntax.subject for c in token.children)
        )

    def _word(
        self,
        token: Token,
        above: bool,
        reading: Reading,
        content: bool = True,
        governs: bool = True,
    ) -> None:
        """Cues in the word itself: its lemma (above the trigger) and its verb form; an
        accusation absorbs what it is about (``content``), not what goes with it; a verb of
        wish, proposal or attempt supposes what it ``governs``, not a clause or an agent
        beside it ("avait proposé d'acheter l'île, avant d'annuler sa visite", "avait été
        préparé par l'entretien du 31 mars": the cancelling and the call took place)."""
        lemma = token.lemma_.lower()
        cues, flags = self.cues, reading.flags
        if above:
            if lemma in cues.denial:
                flags.add("denied")
            if lemma in cues.absorbing and content:
                flags.add("absorbed")
            if lemma in cues.negation_verbs:
                flags.add("negated")
            if lemma in cues.negation_verbs & cues.cancelling:
                flags.add("cancelled")  # "cancelled a planned visit": no refusal of the visit
            if (
                # the form too: "prêtes" the parser may take for a participle of "prêter"
                (lemma in cues.hypothetical or token.lower_ in cues.hypothetical)
                and (governs or not self.tree.verbal(token))
                and not self._describing(token)  # "vise à frapper", not "visé par les taxes"
                and not made(self.tree, cues, token)  # nor "tried to force their way in"
            ):
                flags.add("hypothetical")
                if lemma in cues.likelihood:
                    flags.add("likely")  # "was unlikely to strike": a forecast
            if lemma in cues.future and not self._describing(token) and not self._past(token):
                flags.add("future")
        if self.tree.verbal(token):
            if self.conditional(token):
                flags.add("conditional")
            elif self.future(token):
                flags.add("future")

    def _dependents(self, token: Token, reading: Reading) -> None:
        """Cues in the word's dependents: auxiliaries, negation, conditions, modifiers."""
        cues, flags, syntax = self.cues, reading.flags, self.tree.syntax
        particle = self._particle(token)
        if self._without(token):
            flags |= {"negated", "without"}
        if self._stranded(token):
            flags.add("negated")  # « n'a pas, selon Kiev, cessé »: the participle a conjunct
        for child in token.children:
            word, lemma = child.lower_, child.lemma_.lower()
            if child.dep_ in syntax.aux:
                if word in cues.hypothetical_aux or lemma in cues.hypothetical_aux:
                    flags.add("hypothetical")
                elif word in cues.conditional_aux:
                    flags.add("conditional")
                elif word in cues.future_aux:
                    flags.add("future")
                elif self.conditional(child):
                    flags.add("conditional")
                elif self.future(child):
                    flags.add("future")
            if child.dep_ in syntax.negation or (
                (particle or not cues.negation_particles)
                and word in cues.negation
                and child.dep_ not in syntax.determiner
            ):
                flags.add("negated")
            if child.dep_ in syntax.determiner and word in cues.negation:
                flags.add("negated")
            if (particle or not cues.negation_particles) and (
                child.dep_ in syntax.aux and self._negated_aux(child)
            ):
                flags.add("negated")  # « n'a pas, pour l'heure, rappelé », "has not, so far, met"
            if (
                (particle or not cues.negation_particles)
                and child.dep_ in syntax.object | syntax.passive_subject | syntax.subject
                and any(
                    d.dep_ in syntax.determiner and d.lower_ in cues.negation
                    for d in child.children
                )
            ):
                flags.add("negated")
            if (
                child.dep_ in syntax.mark
                and word in cues.condition
                and not conceded(self.tree, cues, token)  # « si Paris a condamné…, il n'a pas… »
            ):
                flags |= {"hypothetical", "supposed"}
            if (
                child.dep_ in syntax.modifier | syntax.acl
                and lemma in cues.hypothetical
                and not self._aimed_at(child)
            ):
                flags.add("hypothetical")
                if lemma in cues.likelihood:
                    flags.add("likely")  # "will likely strike": a forecast
            if child.dep_ in syntax.modifier | syntax.acl and lemma in cues.future:
                flags.add("future")

    def _past(self, verb: Token) -> bool:
        """Whether a verb of going or obligation is a past participle, in a perfect tense
        ("est allé plus loin en accusant Kiev", "a dû fermer sa frontière"): it then tells
        what was done, not an act to come ("va accuser", "doit fermer")."""
        return (
            verb.lemma_.lower() in self.cues.future_unless_perfect
            and morph(verb, "VerbForm") == "Part"
            and morph(verb, "Tense") == "Past"
        )

    def _aimed_at(self, word: Token) -> bool:
        """Whether a present participle that modifies the word says what it falls on, with
        its object ("des sanctions visant la flotte fantôme", "une provocation menaçant la
        paix", "strikes threatening the port"): a description of the act, not an aim or a
        threat that would leave it to come ("un projet visant à réformer")."""
        return (
            self.tree.verbal(word)
            and morph(word, "VerbForm") == "Part"
            and morph(word, "Tense") == "Pres"
            and any(c.dep_ in self.tree.syntax.object for c in word.children)
        )

    def _negated_aux(self, aux: Token) -> bool:
        """Whether an auxiliary carries a negation word of its own: the parser hangs it there
        when a phrase sets the auxiliary apart from the participle (« n'a pas, pour l'heure,
        rappelé son ambassadeur », "has not, according to Kyiv, recalled its envoy"); with the
        particle the caller checks where the language has one, the verb is negated."""
        negation, determiner = self.cues.negation, self.tree.syntax.determiner
        return any(c.lower_ in negation and c.dep_ not in determiner for c in aux.children)

    def _stranded(self, verb: Token) -> bool:
        """Whether a participle is one the parser hangs as a conjunct or a clause of a negated
        auxiliary before it, the phrase between them cutting it off (« la Russie n'a pas,
        selon Kiev, cessé ses frappes »: « cessé » a conjunct of « a »): the auxiliary
        (``stranded_auxiliaries``) has no object or complement of its own, and the participle
        no subject or auxiliary of its own; the auxiliary's negation, with its particle,
        negates the participle."""
        syntax, aux = self.tree.syntax, verb.head
        if morph(verb, "VerbForm") != "Part" or verb.dep_ not in syntax.conj | syntax.adverbial:
            return False
        if aux.i > verb.i or aux.lemma_.lower() not in self.cues.stranded_auxiliaries:
            return False
        if self.tree.children(aux, syntax.object | syntax.complement):
            return False
        if self.tree.children(verb, syntax.subject | syntax.passive_subject | syntax.aux):
            return False
        particles = self.cues.negation_particles
        return any(c.lower_ in particles for c in aux.children) and self._negated_aux(aux)

    def _particle(self, token: Token) -> bool:
        """Whether the word has a negation particle, on itself or on its auxiliary, where the
        parser may put it ("n'a rien promis": "n'" on "a")."""
        particles, aux = self.cues.negation_particles, self.tree.syntax.aux
        words = [c for c in token.children if c.dep_ in aux] + [token]
        return any(c.lower_ in particles for word in words for c in word.children)

    def _without(self, token: Token) -> bool:
        """Whether a verb is introduced by a preposition that denies it, as its mark or as its
        head ("sans parvenir à s'entendre", "without managing to agree")."""
        syntax, marks = self.tree.syntax, self.cues.negation_marks
        if not self.tree.verbal(token):
            return False
        if token.dep_ in syntax.prep_object and token.head.lower_ in marks:
            return True
        return any(
            c.dep_ in syntax.mark | syntax.case and c.lower_ in marks for c in token.children
        )

    def conditional(self, token: Token) -> bool:
        """A conditional verb form: the parser's ``Mood=Cnd``, or the future stem followed by
        an imperfect ending ("pourraient", "signerait")."""
        if morph(token, "Mood") == "Cnd":
            return True
        return self._inflected(token, self.cues.conditional_endings)

    def future(self, token: Token) -> bool:
        """A future verb form: the parser's ``Tense=Fut``, or the future stem followed by a
        future ending ("signera", "prendront")."""
        if morph(token, "Tense") == "Fut":
            return True
        return self._inflected(token, self.cues.future_endings)

    def _inflected(self, token: Token, endings: tuple[str, ...]) -> bool:
        word = token.lower_
        stem = mend_tenses.future_stem(token.lemma_.lower(), self.cues.stems, self.cues.stem_rules)
        if not stem or not word.startswith(stem):
            return False
        return word[len(stem) :] in endings


def _misread_infinitive(token: Token) -> bool:
    """Whether the parser calls a verb an infinitive that is not one: an infinitive is
    written as its lemma, so "négocié" read as an infinitive of "négocier" ("le code,
    négocié depuis 2002 entre Valdor et Morvane, …") is a participle."""
    return morph(token, "VerbForm") == "Inf" and token.lower_ != token.lemma_.lower()
