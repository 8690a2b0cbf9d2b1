"""Whether an event is asserted, negated, hypothetical, denied or future.

The cues are read along the trigger's *chain*, the words from the trigger up to the finite
verb of its clause (:meth:`~.syntax.Tree.chain`), and on the word that clause depends on:

- denied: a denial verb above the trigger ("a nié avoir fourni", "denied supplying"), or a
  relative that takes the statement up ("…, ce qu'Abou Dhabi a toujours nié"); not a clause
  of circumstance beside the denial ("Islamabad denied any role, called for an inquiry");
- negated: a negation on the chain ("n'a pas signé", "did not attend", "failed to"), not
  above a definite noun ("has not forgotten the decision to send tanks"); a verb that calls
  the act off or rules it out ("a reporté sa visite", "ruled out talks", :mod:`.calledoff`);
- hypothetical: a conditional verb form, a modal ("pourrait", "could"), a condition ("si",
  "if"), a hypothetical word ("éventuel", "possible", "ready to"), an adjective of likelihood
  the clause depends on (« il est peu probable que », "it is unlikely that"), a negated verb
  of ruling out ("n'exclut pas des frappes", "has not ruled out strikes");
- future: a future form or auxiliary ("signera", "will"), a verb of plan or schedule
  ("doit", "prévoit de", "is expected to"), or a conditional reported by a verb of saying
  ("a annoncé qu'elle voterait", "said it would"), or a noun of intention ("a annoncé son
  intention de quitter", "announced its intention to leave");
- absorbed: the event is the content of an accusation, a request or a refusal ("a accusé
  Moscou de chercher à…", "a refusé de fournir"): that event is the accusation's, not one of
  its own, and the coder drops it; so is a consent an offer waits for ("if both sides
  agree", "à condition que Quito accepte", :mod:`.consented`).
"""

from __future__ import annotations

from .agreed import agreed_to, staged
from .calledoff import CalledOffReader
from .concessive import conceded
from .concordance import reported_conjunct
from .conditions import clause_marks, hypothesised
from .consented import consented
from .grammar import Cues
from .listed import listed
from .questions import asked
from .reading import Flag, Reading
from .saying import says
from .scheduled import scheduled
from .settled import settled
from .syntax import Token, Tree, morph
from .terminus import awaited

#: The cues a definite noun between them and the trigger stops (:meth:`ModalityReader._given`).
_PRESUPPOSED: frozenset[Flag] = frozenset({"negated", "without", "absorbed"})
#: The cues of an act to come, which a clause of hypothesis makes hypothetical (:mod:`.conditions`).
_TO_COME: frozenset[Flag] = frozenset({"future", "conditional"})


class ModalityReader(CalledOffReader):
    """Reads the modality cues of one language around a trigger, along its chain (the cues of
    each word and its dependents in :class:`~.reading.CueReader`, verbs that call an act off or
    rule it out in :class:`~.calledoff.CalledOffReader`)."""

    def __init__(self, tree: Tree) -> None:
        self.tree = tree
        self.cues: Cues = tree.lexicon.cues
        #: Clauses that add to a verb rather than state what it is about: an accusation
        #: in one ("…, accusing the bloc of…") is an act of its own, not the content.
        self._circumstance = tree.syntax.adverbial | tree.syntax.acl

    def read(self, trigger: Token, chain: list[Token]) -> Reading:
        reading = Reading()
        if settled(self.tree, self.cues, trigger) or self._accompanying(trigger):
            self._dependents(trigger, reading)  # its own negation only
            return reading
        chain = self._described(listed(self.tree, chain))
        crossed = False  # whether the chain left a clause of circumstance
        given = False  # whether the chain passed a definite noun above the trigger
        for position, token in enumerate(chain):
            given = given or (position > 0 and self._given(token))
            found = Reading()
            beside = position > 0 and self._beside(chain[position - 1])
            self._word(token, position > 0, found, content=not crossed, governs=not beside)
            self._dependents(token, found)
            if position > 0 and self._excluding(token):
                self._ruled_out(chain[position - 1], found, reading)
            if position > 0 and self._continued(token, chain[position - 1], trigger):
                found.flags -= {"hypothetical", "supposed"}  # « si Rabat continue de refuser »
            if position > 0 and self._cancels(token, chain[position - 1]):
                found.flags |= {"negated", "cancelled"}  # "a reporté sa visite"
            if position > 0 and self._ready_beside(token, chain[position - 1]):
                found.flags.add("hypothetical")  # « reste disponible pour reprendre »
            if position > 0 and self._open_to(token, chain[position - 1]):
                found.flags.add("hypothetical")  # "remained open to talks"
            reading.flags |= found.flags - _PRESUPPOSED if given else found.flags
            crossed = crossed or token.dep_ in self._circumstance
        if (
            self._committed(chain)
            or agreed_to(self.tree, self.cues, chain)
            or staged(self.tree, self.cues, chain)
        ):
            reading.flags.add("future")
        cues = self.cues
        if reading.flags & _TO_COME and hypothesised(
            self.tree, chain, cues.hypothesis, cues.future
        ):
            reading.flags.add("hypothetical")  # "would attack if Kyiv joined" (.conditions)
        if self._announced(trigger):
            reading.flags.add("announced")
        if self.tree.verbal(chain[-1]) and asked(self.tree, trigger, chain[-1]):
            reading.flags |= {"hypothetical", "supposed"}  # "Is Armenia leaving the CSTO?"
        top = chain[-1]
        if (
            self.tree.mark(top) & self.cues.condition
            and not conceded(self.tree, self.cues, top)
            and not (top is not trigger and self._continued(top, chain[-2], trigger))
        ):
            reading.flags |= {"hypothetical", "supposed"}
        if consented(self.tree, self.cues, top):
            reading.flags.add("absorbed")  # "…if both sides agree": an offer's terms
        if awaited(self.tree, self.cues.terminal, trigger, top):
            reading.flags.add("absorbed")  # "…until the siege is lifted": a condition
        for child in top.children:
            if child.dep_ in self.tree.syntax.parataxis and says(self.cues.reporting, child):
                reading.reporter = child  # "…, a déclaré X."
        if reading.flags & _TO_COME and self._called_off(top):
            reading.flags |= {"negated", "cancelled"}  # "le sommet qui devait … a été annulé"
        if reading.flags & {"hypothetical", "conditional"} and scheduled(self, trigger):
            self._own_schedule(reading)  # « lors de la réunion prévue le 10 juillet »
        if self._denied_after(trigger, top):
            reading.flags.add("denied")
            reading.flags.discard("absorbed")
        if "conditional" in reading.flags and reading.reporter is None:
            reading.reporter = reported_conjunct(self, top)  # "said it would X and would Y"
        clause = self._first_conjunct(top)
        governor = self.tree.governor(clause)
        if governor is not None:
            lemma = governor.lemma_.lower()
            content = clause.dep_ not in self._circumstance
            if lemma in self.cues.denial and content:
                reading.flags.add("denied")  # not "denied any role, calling for an inquiry"
            if lemma in self.cues.absorbing and content:
                reading.flags.add("absorbed")
            if content and self._likely(governor):  # « il est peu probable que Kiev signe »
                reading.flags |= {"hypothetical", "likely"}
            if says(self.cues.reporting, governor):
                reading.reporter = governor  # « a déclaré que », « a fait savoir que »
            if self.tree.mark(governor) & self.cues.condition and not conceded(
                self.tree, self.cues, governor
            ):
                reading.flags |= {"hypothetical", "supposed"}
            if reading.flags & _TO_COME and self._doubted(governor):
                reading.flags.add("hypothetical")
        return reading

    @staticmethod
    def _own_schedule(reading: Reading) -> None:
        """A noun event that carries its own schedule (:mod:`.scheduled`) is to come: a modal
        of the clause around it does not make it hypothetical ("pourrait être examinée lors de
        la réunion prévue le 10 juillet"); a condition or a question on it does ("si la réunion
        prévue mardi a lieu"), and a negation or a denial stays first."""
        if "supposed" not in reading.flags:
            reading.flags -= {"hypothetical", "conditional"}
            reading.flags.add("future")

    def _beside(self, word: Token) -> bool:
        """Whether a word of the chain hangs on the next as its agent or as a clause of time
        ("avait été préparé par la réunion du 12 juin", "avait proposé de racheter le port,
        avant d'annuler sa visite", "threatened to retaliate when Kyiv struck the bridge"),
        not as what that word is about, nor as its purpose ("cherche des moyens pour
        intervenir")."""
        syntax = self.tree.syntax
        if word.dep_ in syntax.agent:
            return True
        return word.dep_ in syntax.adverbial and bool(
            clause_marks(self.tree, word) & self.cues.sequence
        )

    def _continued(self, verb: Token, below: Token, trigger: Token) -> bool:
        """Whether a verb above the trigger is a verb of going on that a clause of condition
        opens ("si Rabat continue de refuser d'ouvrir ses archives", "si la
        répression se poursuit", "if Israel continues its offensive"): the condition is on
        the act going on, which the clause so tells as under way, not as possible; not a
        verb of going on in the main clause ("Minsk would continue its drills if…"). What goes
        on is the act itself or a verb ("if Iran keeps shelling"), not another noun that the
        act hangs on ("if Iran keeps its promise to release the hostages": a condition)."""
        if below is not trigger and not self.tree.verbal(below):
            return False
        return verb.lemma_.lower() in self.cues.continuing and bool(
            self.tree.mark(verb) & self.cues.condition
        )

    def _ready_beside(self, verb: Token, below: Token) -> bool:
        """Whether a verb like « être » (« rester », « se dire ») has a word of readiness as
        its complement ("disponible", "prête") while the act hangs on the verb itself, as the
        parser attaches it (« La France reste disponible pour reprendre les discussions »,
        « se dit disponible pour une médiation »): the act is one it is ready for, not done."""
        return any(
            child is not below
            and not self.tree.verbal(child)
            and child.lemma_.lower() in self.cues.hypothetical
            for child in self.tree.children(verb, self.tree.syntax.complement)
        )

    def _open_to(self, word: Token, below: Token) -> bool:
        """Whether a word above the trigger is an adjective of openness whose complement the
        act is, the word under it on the chain being no subject of it ("Lima remained open to
        talks with Quito", « Lima s'est dit ouvert à des discussions »): the act is one its
        actor is ready for, hypothetical. Not the adjective said of the act itself (« les
        négociations sont ouvertes »), nor the verb ("Lima opened talks", « a ouvert des
        négociations »). The word is an adjective, or a bare participle the parser hangs as
        the complement of a verb like « rester » (« reste ouvert au dialogue »)."""
        syntax = self.tree.syntax
        bare = (
            word.dep_ in syntax.complement
            and morph(word, "VerbForm") == "Part"
            and not self.tree.children(word, syntax.aux)
        )
        return (
            (word.pos_ == "ADJ" or bare)
            and bool({word.lemma_.lower(), word.lower_} & self.cues.openness)
            and below.dep_ not in syntax.subject | syntax.passive_subject
        )

    def _first_conjunct(self, top: Token) -> Token:
        """The first of the clauses coordinated with a subordinate clause, one opened by a
        conjunction of its own: it shares the verb the first depends on ("he said that the
        UK would send troops and that its forces would hold an exercise", « a déclaré que
        Paris enverrait des troupes et que ses forces mèneraient un exercice »: both are
        said, so both are to come). The clause itself when it is no such conjunct: a verb
        coordinated without a conjunction may be the parser's misreading of a clause of
        its own ("reproche à Lisbonne de négliger ses ports et exige une
        compensation")."""
        if not any(c.dep_ in self.tree.syntax.mark and c.pos_ == "SCONJ" for c in top.children):
            return top
        return self.tree.first_conjunct(top)

    def _likely(self, governor: Token) -> bool:
        """Whether a clause depends on an adjective of the hypothetical words, of likelihood
        or possibility ("it is unlikely that Minsk will sign", « il est peu probable que la
        Russie attaque », « juge possible qu'un accord soit trouvé »): the act is held
        possible, not stated. The adjective above an infinitive is read on the chain ("is
        likely to attack"). The English parser hangs the clause on the copula, the adjective
        its complement."""
        words = [governor, *self.tree.children(governor, self.tree.syntax.complement)]
        return any(w.pos_ == "ADJ" and w.lemma_.lower() in self.cues.hypothetical for w in words)

    def _doubted(self, governor: Token) -> bool:
        """Whether the clause of an act to come depends on a negated verb of belief ("je ne
        crois pas que la Cédéao imposera des visas", "I don't think Moscow will attack"):
        the speaker holds the act unlikely, not planned."""
        if governor.lemma_.lower() not in self.cues.belief:
            return False
        own = Reading()
        self._dependents(governor, own)
        return "negated" in own.flags

    def _denied_after(self, trigger: Token, top: Token) -> bool:
        """Whether the statement of the trigger's clause is then denied by a relative that
        takes it up ("a accusé les Émirats d'armer les FSR, ce qu'Abou Dhabi a toujours nié",
        "Iran arms the group, which Tehran denies"): the act is denied, by its alleged author
        as a rule. Not the saying or accusing itself, and not "neither confirmed nor denied"."""
        cues = self.cues
        if trigger.lemma_.lower() in cues.absorbing | cues.reporting | cues.denial:
            return False
        for word in top.subtree:
            if word.i <= trigger.i or word.lemma_.lower() not in cues.denial:
                continue
            if not self.tree.verbal(word) or word is top:
                continue
            own = Reading()
            self._dependents(word, own)
            if word.dep_ in self.tree.syntax.conj:  # "has neither confirmed nor denied"
                self._dependents(word.head, own)
            if "negated" in own.flags:
                continue
            objects = self.tree.syntax.object
            for child in word.children:
                if child.lower_ in cues.resumptive and child.dep_ in objects:
                    return self._taken_up(trigger, child)
        return False

    def _taken_up(self, trigger: Token, pronoun: Token) -> bool:
        """Whether the clause a resumptive pronoun takes up holds the trigger: the last verb
        before the pronoun is the trigger, one coordinated with it, or a verb of saying or
        accusing above it. In « Manille a convoqué l'ambassadeur, tandis que Pékin accusait les
        Philippins d'avoir éperonné un navire, ce que le ministre dément », the ramming is
        denied, not the summoning."""
        syntax = self.tree.syntax
        clauses = syntax.relative | syntax.acl  # « une frappe … qui a fait dix morts »
        inner = {w.i for c in trigger.subtree if c.dep_ in clauses for w in c.subtree}
        verbs = [
            word
            for word in trigger.doc[trigger.i : pronoun.i]
            if word.pos_ == "VERB" and word.dep_ not in syntax.aux and word.i not in inner
        ]
        if not verbs or verbs[-1].i == trigger.i:
            return True
        last, conj = verbs[-1], syntax.conj
        while last.dep_ in conj and last.head.i != last.i:
            last = last.head
            if last.i == trigger.i:
                return True
        saying = self.cues.absorbing | self.cues.reporting
        return last.lemma_.lower() in saying and trigger.i in {w.i for w in last.subtree}

    def _given(self, noun: Token) -> bool:
        """Whether a word is a definite noun ("la décision", "its decision", "cette
        décision"): what it names is given as existing, so a negation, an accusation or a
        request above it does not reach an act under it ("n'a jamais digéré la décision de
        Donald Trump de reconnaître", "has not forgotten the decision of the United States to
        send tanks": the recognition and the delivery stand); an indefinite noun is the verb's
        own content ("without setting a date to sign")."""
        if noun.pos_ not in ("NOUN", "PROPN"):
            return False
        syntax = self.tree.syntax
        return any(
            morph(c, "Definite") == "Def"
            or morph(c, "PronType") == "Dem"
            or morph(c, "Poss") == "Yes"
            for c in noun.children
            if c.dep_ in syntax.determiner | syntax.possessive
        )

    def _committed(self, chain: list[Token]) -> bool:
        """Whether the trigger is the infinitive a verb of commitment governs: the act
        agreed or undertaken is to come ("le Kremlin a accepté de retirer ses gardes-
        frontières", "France agreed to supply us with radars"); or one a verb of schedule
        governs, the act due ("the United States is to withdraw its troops from Niger")."""
        trigger = chain[0]
        if not self.tree.verbal(trigger):
            return False
        if len(chain) == 1:  # a conjunct shares its first conjunct's governor
            return self._committed_conjunct(trigger)
        return trigger.dep_ in self.tree.syntax.complement and (
            chain[1].lemma_.lower() in self.cues.commitment or self._scheduled(trigger, chain[1])
        )

    def _scheduled(self, verb: Token, head: Token) -> bool:
        """Whether an infinitive is the complement of a verb of schedule ("is to withdraw",
        "was to meet Xi in Bali"), not an adjective's ("is ready to talk")."""
        return head.lemma_.lower() in self.cues.scheduling and morph(verb, "VerbForm") == "Inf"

    def _committed_conjunct(self, verb: Token) -> bool:
        """Whether an infinitive is a conjunct of one a verb of commitment or schedule
        governs: each act agreed or due is to come ("agreed to meet every year … and to share
        missile-warning data", "ont convenu de se rencontrer et de coopérer", "is to visit
        Algiers and to meet Tebboune")."""
        syntax = self.tree.syntax
        first = self.tree.first_conjunct(verb)
        return (
            first is not verb
            and morph(verb, "VerbForm") == "Inf"
            and first.dep_ in syntax.complement
            and (
                first.head.lemma_.lower() in self.cues.commitment
                or self._scheduled(first, first.head)
            )
        )

    def _announced(self, trigger: Token) -> bool:
        """Whether the trigger is a noun a verb of announcing or allowing takes as object ("a
        annoncé la vente de missiles", "authorised the deployment of"): the coder makes a
        material act so announced one to come (:mod:`.decide`)."""
        return (
            not self.tree.verbal(trigger)
            and trigger.dep_ in self.tree.syntax.object
            and trigger.head.lemma_.lower() in self.cues.announcing
        )

    def _described(self, chain: list[Token]) -> list[Token]:
        """The chain up to a past participle that describes a noun, if it passes one ("le
        traité signé en 1951", "an arrangement agreed by Manila", "le Canada, visé par les
        taxes"): what the participle says is done, whatever the clause around the noun
        plans, supposes or denies ("pourrait déclencher l'article IV du traité signé…")."""
        for position, token in enumerate(chain):
            if self._describing(token):
                return chain[: position + 1]
        return chain

    def _accompanying(self, trigger: Token) -> bool:
        """Whether a verb is a present participle in a clause of circumstance, an act that
        goes with its clause's ("it would not reverse its decision, rejecting a fresh
        appeal", "Bamako avait rejeté ces conclusions, dénonçant…"): done as the words are
        said, whatever the clause negates, supposes or plans. Not a gerund introduced by a
        word ("aille plus loin, en fermant son espace aérien", "by closing"): the manner of
        its clause's act, as possible or planned as it."""
        syntax = self.tree.syntax
        return (
            self.tree.verbal(trigger)
            and trigger.dep_ in syntax.adverbial
            and morph(trigger, "VerbForm") == "Part"
            and morph(trigger, "Tense") == "Pres"
            and not any(c.dep_ in syntax.mark | syntax.case for c in trigger.children)
        )
