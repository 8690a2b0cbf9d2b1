"""The grammar part of an event lexicon: the parser's dependency labels by the part they play
(:class:`Syntax`, the ``syntax`` section of ``newsgraph/lang/<code>/events.json``) and the
words that change an event's modality or report it (:class:`Cues`, its ``modality``
section). :class:`~.lexicon.Lexicon` holds one of each.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class Syntax:
    """The dependency labels of one parser, by the part they play."""

    subject: frozenset[str]
    passive_subject: frozenset[str]
    object: frozenset[str]
    indirect_object: frozenset[str]
    agent: frozenset[str]
    oblique: frozenset[str]
    case: frozenset[str]
    prep_head: frozenset[str]
    prep_object: frozenset[str]
    possessive: frozenset[str]
    modifier: frozenset[str]
    conj: frozenset[str]
    complement: frozenset[str]
    clausal: frozenset[str]
    adverbial: frozenset[str]
    relative: frozenset[str]
    acl: frozenset[str]
    aux: frozenset[str]
    passive_aux: frozenset[str]
    mark: frozenset[str]
    apposition: frozenset[str]
    reflexive: frozenset[str]
    negation: frozenset[str]
    determiner: frozenset[str]
    parataxis: frozenset[str]
    #: Prepositions (words, not labels) whose gerund is done by the subject of the clause
    #: the preposition hangs on: "Russia criticised Kyiv before calling on Beijing to act"
    #: (Russia calls). Prepositions of a verb's own argument ("accused X of ordering",
    #: "barred him from leaving") are left out: their gerund has the object as its doer.
    gerund_preps: frozenset[str]
    #: Prepositions (words) the parser takes for a verb, an adjective or a noun that heads
    #: its object, hung anywhere in the clause: "ses engagements envers Madrid", with
    #: "envers" tagged VERB and "Madrid" its object (:meth:`~.syntax.Tree.stray_objects`).
    stray_preps: frozenset[str] = frozenset()
    #: Labels of an oblique the parser reads as a modifier of the clause (``obl:mod``) and of
    #: one it reads as an argument of the verb (``obl:arg``): "Lundi à Genève, le Norland a
    #: opposé son veto à un projet" says where with the one, against what with the other.
    modifier_oblique: frozenset[str] = frozenset()
    argument_oblique: frozenset[str] = frozenset()

    @classmethod
    def parse(cls, data: Mapping[str, list[str]]) -> Syntax:
        names = cls.__dataclass_fields__
        return cls(**{name: frozenset(data.get(name, ())) for name in names})


@dataclass(frozen=True, slots=True)
class Cues:
    """Words that change an event's modality, and the words of reporting."""

    negation: frozenset[str]
    negation_particles: frozenset[str]
    negation_verbs: frozenset[str]
    #: Prepositions that deny the verb they introduce ("sans parvenir à s'entendre",
    #: "without managing to agree").
    negation_marks: frozenset[str]
    #: Verbs that call an act off: the act they take as object, or that a relative clause on
    #: their object describes, is not done ("a reporté sa visite", "le sommet qui devait
    #: réunir les deux présidents a été annulé").
    cancelling: frozenset[str]
    #: Verbs and nouns that suspend, freeze, end, lift or ease what they act on: a tie, a
    #: measure or a help that is their object or genitive is not told as holding ("a suspendu
    #: la coopération", "lifted the sanctions"; :func:`.governed.stopped`).
    stopping: frozenset[str]
    stopping_nouns: frozenset[str]
    hypothetical: frozenset[str]
    #: Adjectives of likelihood among the hypothetical words ("likely", « probable »): an act
    #: they hold possible is a forecast, no threat, even from its own side ("Moscow said it
    #: was unlikely to strike Kyiv").
    likelihood: frozenset[str]
    #: Adjectives of openness ("open", « ouvert »): an act that hangs on one as its complement
    #: is one its actor is ready for, not done ("remained open to talks", « s'est dit ouvert
    #: à des discussions »); one that is its subject is open, under way (« les négociations
    #: sont ouvertes »), and a verb of the same lemma opens it ("opened talks").
    openness: frozenset[str]
    #: Auxiliaries the parser may leave as a verb of their own when a phrase cuts them off
    #: from the participle, hung as its conjunct (« n'a pas, selon Kiev, cessé »; ``avoir``,
    #: ``être``): their negation is the participle's (:meth:`.reading.CueReader._stranded`).
    stranded_auxiliaries: frozenset[str]
    hypothetical_aux: frozenset[str]
    conditional_aux: frozenset[str]
    future: frozenset[str]
    future_aux: frozenset[str]
    #: Participles of plan: a noun event they describe keeps its own time ("la réunion prévue
    #: le 10 juillet", "a summit scheduled for May"; :mod:`.scheduled`).
    planned: frozenset[str]
    #: Verbs of plan or obligation whose sense of an act to come is lost in a perfect tense:
    #: "va signer" plans, "est allé plus loin en accusant" goes; "doit fermer" plans, "a dû
    #: fermer" was forced to and did.
    future_unless_perfect: frozenset[str]
    #: Verbs of commitment whose infinitive complement is an act to come ("a accepté de
    #: retirer ses troupes", "agreed to supply").
    commitment: frozenset[str]
    #: The prepositions by which a verb of commitment takes the act bound to ("agreed to
    #: talks", « convenus de la tenue de pourparlers »; :mod:`.agreed`), not one of time or
    #: place ("agreed after talks").
    commitment_preps: frozenset[str]
    #: Verbs of commitment that bind only in their pronominal form (« s'engager à des
    #: consultations »; « des soldats engagés au combat » are sent into it, not bound).
    commitment_pronominal: frozenset[str]
    #: Verbs that stage an event named by their object ("organiser une réunion", "hold
    #: talks"): under a verb of commitment the event staged is to come (:mod:`.agreed`).
    staging: frozenset[str]
    #: Verbs whose bare infinitive complement is an act scheduled or due ("the United States
    #: is to withdraw its troops", "Biden was to meet Xi"), as "doit" is in French.
    scheduling: frozenset[str]
    denial: frozenset[str]
    #: Words that make a negation emphatic ("never", « jamais », « aucun »): an act its own
    #: side so negates is denied (:mod:`.disowned`).
    emphatic: frozenset[str]
    condition: frozenset[str]
    #: Conjunctions of condition that, with a perfect tense in a sentence told in the past,
    #: concede a fact (« si Paris a condamné l'attaque, il n'a pas… »; :mod:`.concessive`).
    concessive: frozenset[str]
    #: Words that open a clause of hypothesis ("if", "si"): an act to come whose clause has
    #: one is hypothetical, not future (:mod:`.conditions`).
    hypothesis: frozenset[str]
    #: Verbs of going on ("continuer", "continue", "keep"): a condition on one supposes that
    #: the act it governs goes on, not that it may happen ("si Alger continue de refuser",
    #: "if Israel continues its offensive": the refusal and the offensive are under way).
    continuing: frozenset[str]
    #: Words that open a clause of time ("avant", "lorsque", "before", "when"): such a clause
    #: on a verb of wish, proposal or attempt tells what happened beside it, not what it
    #: supposes ("avait proposé d'acheter l'île, avant d'annuler sa visite").
    sequence: frozenset[str]
    #: Words that open a clause naming the end a stance waits for ("until"): the act of
    #: such a clause in the present is still to come (:mod:`.terminus`).
    terminal: frozenset[str]
    #: Verbs of consent, refusal or request that a condition names as an offer's terms
    #: ("if both sides agree", "si Quito le lui demande"), and the words a clause of
    #: condition completes ("à condition que", "provided that") (:mod:`.consented`).
    consent: frozenset[str]
    condition_heads: frozenset[str]
    #: Verbs of an attack's toll: as a participle after the attack, they tell its result,
    #: not a second attack ("shelled the district, killing two people") (:mod:`.tolled`).
    toll: frozenset[str]
    #: Verbs of ruling out, a phrasal one as "verb particle": negated, they leave their object
    #: possible, not undone ("n'exclut pas des frappes", "have not ruled out strikes").
    exclusion: frozenset[str]
    #: Verbs of belief: negated above an act to come, they leave it in doubt ("je ne crois
    #: pas que la Cédéao imposera des visas", "I don't think they will strike").
    belief: frozenset[str]
    #: Relative pronouns that take up a whole statement as the object of a denial ("…, ce
    #: que le Bénin a démenti", "…, which Tehran denies").
    resumptive: frozenset[str]
    #: Nouns of a text an actor issues, and the verbs by which it issues one: a participle
    #: on such a noun is done by the issuer ("the council adopted a resolution demanding",
    #: "a adopté une résolution exigeant"; :mod:`.issuers`).
    issued_texts: frozenset[str]
    issuing: frozenset[str]
    #: The prepositions by which a verb issues a text it does not take as object ("voted
    #: for a resolution", "will vote on a resolution", "a voté pour"); "voted against"
    #: issues nothing.
    issuing_preps: frozenset[str]
    absorbing: frozenset[str]
    reporting: frozenset[str]
    #: Verbs whose object, an act done with goods or forces, is announced or allowed and so
    #: still to come ("a annoncé la vente de missiles", "authorised the deployment of").
    announcing: frozenset[str]
    object_control: frozenset[str]
    #: Auxiliaries of the background tenses ("avait", "had"): events before the news.
    background_aux: frozenset[str]
    #: Auxiliaries of the perfect in the present ("ont promis", "has agreed") and of the simple
    #: past passive ("was signed"), and the auxiliary and reflexives of a pronominal perfect
    #: ("se sont réunis"): a time such a verb takes is past (:mod:`.pastverbs`).
    perfect_aux: frozenset[str]
    pronominal_aux: frozenset[str]
    reflexives: frozenset[str]
    #: Lemmas of acts of force held over time, a war waged or a land held ("denies waging
    #: war", « nie occuper des territoires »): denied, no one day dates them
    #: (:mod:`.dating_context`).
    standing_acts: frozenset[str]
    #: Prepositions that put an event before the clause it modifies ("après", "following"),
    #: and nouns that, after a preposition, name what was already done ("à la demande de",
    #: "at the request of"): such an event took place whatever the clause's modality.
    settled_preps: frozenset[str]
    settled_nouns: frozenset[str]
    #: Words of a measure of time or a phase ("weeks", « début », "wave"): a noun event that
    #: is their genitive after a ``settled_preps`` preposition is given as done too ("after
    #: weeks of protests"); no other word is climbed (« après l'annonce d'un sommet »).
    settled_measures: frozenset[str]
    #: Verbs of attempt: in a past tense, the attempt was made and the act it aims at is
    #: asserted, not hypothetical ("troops tried to force their way in") (:mod:`.attempts`).
    attempt: frozenset[str]
    #: Question words: a question without one asks whether the act takes place, which makes
    #: it hypothetical ("Is Armenia leaving the CSTO?") (:mod:`.questions`).
    interrogative: frozenset[str]
    #: Question words only as a sentence's first word ("Qu'a dit Moscou ?"): further on,
    #: they open a clause or a yes/no question ("Est-ce que Moscou a répondu ?").
    interrogative_opening: frozenset[str]
    #: Verbs of a rule's scope: the acts a rule "applies to" or "extends to" are the acts it
    #: would cover, not acts done ("the treaty extends to armed attacks").
    scope: frozenset[str]
    #: The prepositions of a rule's scope ("applies to", "s'applique à"): another ("applied
    #: for aid", "extended the ceasefire after talks") says nothing of what the rule covers.
    scope_preps: frozenset[str]
    #: Titles of an office held by one person: an act named after one of them through an
    #: ``office_preps`` preposition is the office's remit ("minister for cooperation",
    #: « représentante spéciale pour les négociations »), no event (:mod:`.stances`).
    offices: frozenset[str]
    office_preps: frozenset[str]
    #: Verbs of acceptance, which a finite clause can follow ("will not accept that its
    #: border is used", "ne peut pas tolérer qu'on expulse ses agents"): negated, they state
    #: a principle, no refusal.
    acceptance: frozenset[str]
    #: Nouns that name an agreement as a text ("l'accord", "the treaty"): definite in a
    #: hypothetical clause, one taken as made (:mod:`.presupposed`).
    agreement_texts: frozenset[str]
    #: Nouns of force used: a threat that names it holds out an armed act ("would act with
    #: all necessary force", "l'usage de la force") (:mod:`.forceful`).
    force: frozenset[str]
    #: Nouns of using force, the only nouns whose complement it is force used ("l'usage de
    #: la force", "the use of force"; not "un coup de force") (:mod:`.forceful`).
    force_use: frozenset[str]
    #: Indefinite articles: "une force", "a force" is a body of troops (:mod:`.forceful`).
    force_unit_marks: frozenset[str]
    #: Nouns of forces: as the genitive of a withdrawal they name who withdraws, and a
    #: genitive after them the place left ("le retrait des troupes russes du sol
    #: ukrainien") (:mod:`.withdrawn`).
    withdrawn_forces: frozenset[str]
    conditional_endings: tuple[str, ...]
    future_endings: tuple[str, ...]
    stems: Mapping[str, str]
    #: ``(ending, replacement)``: the future stem of a regular verb from its lemma.
    stem_rules: tuple[tuple[str, str], ...]

    @classmethod
    def parse(cls, data: Mapping[str, Any]) -> Cues:
        words = {k: frozenset(v) for k, v in data.items() if isinstance(v, list)}
        inflection = data.get("inflection", {})
        lists = [name for name in cls.__dataclass_fields__ if name not in _INFLECTION]
        return cls(
            **{name: words.get(name, frozenset()) for name in lists},
            conditional_endings=tuple(inflection.get("conditional_endings", ())),
            future_endings=tuple(inflection.get("future_endings", ())),
            stems=dict(inflection.get("stems", {})),
            stem_rules=tuple((a, b) for a, b in inflection.get("stem_rules", ())),
        )


_INFLECTION = frozenset({"conditional_endings", "future_endings", "stems", "stem_rules"})
