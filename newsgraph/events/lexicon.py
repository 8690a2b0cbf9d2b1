"""The event lexicon of one language: triggers with their PLOVER type and argument patterns.

``newsgraph/lang/<code>/events.json`` holds, for one language:

- ``syntax``: which dependency labels of the language's parser play which part (subject,
  object, prepositional argument, auxiliary…), since parsers differ in their label sets;
- ``verbs`` and ``nouns``: trigger lemmas, each with one or more :class:`Sense` (type, mode,
  where the source and target are found, whether the event is reciprocal…);
- ``adjectives``: words of judgement ("inacceptable", "unjustified"): an event of whoever
  makes the judgement (the ``speaker`` slot), about what the context names;
- ``judgement``: the verbs of judging whose object complement is a judgement ("juger",
  "qualifier de", "call", "describe as"), the copulas ("être", "be"), the nouns that,
  said of an act, condemn it ("c'est un crime", "the ban is coercion"), the prepositions of
  attribute ("de", "as") and a participle's endings of agreement ("-es");
- ``modality``: the cue words of negation, hypothesis, future and denial.

A sense is written as ``"ACCUSE"``, ``"ACCUSE:allege"`` or an object (see :class:`Sense`).
Adding a language is writing this file; the coder has no words of its own.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from .. import lang
from ..article import MODALITIES
from ..article import PLOVER_TYPES as ALL_PLOVER_TYPES
from ..errors import ConfigurationError
from .grammar import Cues, Syntax

PLOVER_TYPES = frozenset(ALL_PLOVER_TYPES)
#: Where a verb finds its source and target unless its sense says otherwise.
VERB_SOURCE = ("subj",)
VERB_TARGET = ("obj", "iobj")


@dataclass(frozen=True, slots=True)
class Implied:
    """A second event a trigger states with a dependent of one of ``with_words``: a promise
    of aid is the AID to come, a warning of sanctions the SANCTION it may bring (GOLD.md)."""

    type: str
    modality: str
    with_words: frozenset[str]

    @classmethod
    def parse(cls, value: Any, where: str) -> Implied:
        if not isinstance(value, dict) or value.get("type") not in PLOVER_TYPES:
            raise _error(where, f"has an implied event that is not a PLOVER type: {value!r}")
        modality = str(value.get("modality", "asserted"))
        if modality not in MODALITIES:
            raise _error(where, f"has an implied event of modality {modality!r}")
        return cls(value["type"], modality, frozenset(value.get("with", ())))


@dataclass(frozen=True, slots=True)
class Sense:
    """One meaning of a trigger, and how its arguments are found.

    ``source``/``target`` list slots in order of preference: ``subj`` (the subject, or the
    agent of a passive), ``obj``, ``iobj``, ``poss`` (a possessor or the genitive of a noun),
    ``mod`` (a demonym adjective: "russe", "Russian"), ``speaker`` (who says the sentence), or
    a preposition ("contre", "against"). ``with_words`` restricts the sense to triggers with
    a dependent (object, oblique, modifier) of one of those lemmas ("imposer" + "sanction"),
    and ``also_with`` to triggers with a dependent of one of its lemmas as well ("ordered the
    diplomats to leave": a diplomat and a verb of leaving make the expulsion);
    ``preps`` to triggers with one of those prepositional arguments; ``prospective`` to
    triggers in the future or the conditional, or under a modal ("prendra toutes les mesures
    nécessaires", "would take action": a threat, where "took measures" is none).
    ``without_heads`` and ``without_governing_preps`` look the other way, up the tree: the
    sense does not hold when the trigger modifies a word of one of those lemmas ("avions de
    combat", "detention centre", "en vertu de l'accord", "in accordance with the agreement":
    a kind of thing or a frame, no event), or when its phrase is headed by one of those
    prepositions ("under the treaty": an existing treaty cited as a frame). ``without_governors``
    drops a noun's sense when the noun is the object or complement of a verb or adjective of
    one of those lemmas ("a rejeté tout cessez-le-feu": the rejection is the event, no truce
    holds). ``without_objects`` drops a sense when a common noun that is the trigger's own
    object, indirect object or argument oblique (obj / iobj / obl:arg) is one of those lemmas
    and names no other party (:mod:`.owned`): "ordered the army to strike" is a command to
    the doer's own forces, told by the act it orders, no REQUEST between parties; "ordered
    Moscow to pull back its troops" keeps it (the troops hang on the infinitive), and so does
    "ordered the Ukrainian army to surrender" (another party's army). ``reciprocal`` events
    take every participant as source and target; ``inverse`` swaps the two ("inviter": the
    guest invited is the one to visit; a host, "recevoir", "host", is the source of CAMEO 043);
    ``self_target`` lets the target default to the source (protests, crackdowns at home);
    ``reply`` lets the target default to whoever last acted on the source ("a rejeté ces
    accusations"); ``negated`` is the type the sense's negation states ("did not accept"
    is a REJECT); ``fallback`` keeps the event only when no event is embedded in its
    complement ("a nié avoir fourni" is the denied AID, not a REJECT); ``named_target`` keeps
    it only when the trigger's own phrases name its target ("help Kyiv", « aider Chisinau »):
    helping to do something with no party named ("stood ready to help end the quarrel")
    is no aid, and the context names no one helped; ``implies`` lists events it states too
    (:class:`Implied`).
    """

    type: str
    mode: str | None = None
    cameo: str | None = None
    source: tuple[str, ...] = VERB_SOURCE
    target: tuple[str, ...] = VERB_TARGET
    with_words: frozenset[str] = frozenset()
    also_with: frozenset[str] = frozenset()
    without_words: frozenset[str] = frozenset()
    preps: frozenset[str] = frozenset()
    without_heads: frozenset[str] = frozenset()
    without_governing_preps: frozenset[str] = frozenset()
    without_governors: frozenset[str] = frozenset()
    without_objects: frozenset[str] = frozenset()
    reflexive: bool | None = None
    prospective: bool = False
    reciprocal: bool = False
    inverse: bool = False
    self_target: bool = False
    reply: bool = False
    fallback: bool = False
    named_target: bool = False
    igo_target: bool | None = None
    #: The type a negation of this sense is: not accepting, not recognising is a refusal.
    negated: str | None = None
    #: Events the trigger states too, with the same sides.
    implies: tuple[Implied, ...] = ()

    @classmethod
    def parse(cls, value: Any, where: str, noun: bool = False) -> Sense:
        if isinstance(value, str):
            value = dict(zip(("type", "mode"), value.split(":", 1), strict=False))
        if not isinstance(value, dict) or value.get("type") not in PLOVER_TYPES:
            raise _error(where, f"has a sense that is not a PLOVER type: {value!r}")
        data = dict(value)
        default_source = ("poss", "mod", "by") if noun else VERB_SOURCE
        default_target = () if noun else VERB_TARGET
        return cls(
            type=data["type"],
            mode=data.get("mode"),
            cameo=data.get("cameo"),
            source=tuple(data.get("source", default_source)),
            target=tuple(data.get("target", default_target)),
            with_words=frozenset(data.get("with", ())),
            also_with=frozenset(data.get("also_with", ())),
            without_words=frozenset(data.get("without", ())),
            preps=frozenset(data.get("preps", ())),
            without_heads=frozenset(data.get("without_heads", ())),
            without_governing_preps=frozenset(data.get("without_governing_preps", ())),
            without_governors=frozenset(data.get("without_governors", ())),
            without_objects=frozenset(data.get("without_objects", ())),
            reflexive=data.get("reflexive"),
            prospective=bool(data.get("prospective", False)),
            reciprocal=bool(data.get("reciprocal", False)),
            inverse=bool(data.get("inverse", False)),
            self_target=bool(data.get("self_target", False)),
            reply=bool(data.get("reply", False)),
            fallback=bool(data.get("fallback", False)),
            named_target=bool(data.get("named_target", False)),
            igo_target=data.get("igo_target"),
            negated=_type(data.get("negated"), where),
            implies=tuple(Implied.parse(v, where) for v in data.get("implies", ())),
        )


@dataclass(frozen=True)
class Lexicon:
    """Everything the coder knows about one language."""

    code: str
    version: str
    syntax: Syntax
    cues: Cues
    verbs: Mapping[str, tuple[Sense, ...]]
    nouns: Mapping[str, tuple[Sense, ...]]
    #: Adjectives of judgement; their default source is who makes it.
    adjectives: Mapping[str, tuple[Sense, ...]] = field(default_factory=dict)
    #: Verbs derived from a public dictionary, for the words ``verbs`` lacks.
    derived: Mapping[str, tuple[Sense, ...]] = field(default_factory=dict)
    preposition_forms: Mapping[str, str] = field(default_factory=dict)
    agent_preps: frozenset[str] = frozenset()
    genitive_preps: frozenset[str] = frozenset()
    partner_preps: frozenset[str] = frozenset()
    place_preps: frozenset[str] = frozenset()
    #: Prepositions naming the source of a report ("selon"): never part of an event's phrase.
    attribution_preps: frozenset[str] = frozenset()
    #: "les deux pays", "both sides": a number word, and the nouns that name such a group.
    group_numbers: Mapping[str, int] = field(default_factory=dict)
    group_nouns: frozenset[str] = frozenset()
    #: "toutes les parties", "all sides": words for every party of the conflict at hand,
    #: taken as the last two named.
    group_all: frozenset[str] = frozenset()
    #: The nouns that "all" makes the last two parties named ("toutes les parties", "all
    #: sides"), unlike "all countries".
    all_sides: frozenset[str] = frozenset()
    #: Nouns that name a state's bodies or people without saying which state ("la police",
    #: "the authorities", "les manifestants"), and those that name an international
    #: organisation without its name ("le bloc", "the alliance").
    state_bodies: frozenset[str] = frozenset()
    alliance_bodies: frozenset[str] = frozenset()
    #: Nouns that name a ministry or a state agency without saying whose ("le ministère des
    #: Affaires étrangères", "the defence ministry"): the state of whoever speaks for it, else
    #: the article's main state, never the one its act is aimed at (GOLD.md: ministries fold
    #: into their state).
    ministries: frozenset[str] = frozenset()
    #: Nouns for the head or voice of a body ("le chef de l'armée", "the head of the army",
    #: "le porte-parole du ministère"): with a body after "de"/"of", the body's state.
    heads: frozenset[str] = frozenset()
    #: Nouns for a state's diplomatic mission abroad ("the Chinese consulate", "l'ambassade de
    #: France"): a crowd gathered there is the host country's people.
    missions: frozenset[str] = frozenset()
    #: Nouns that name an armed group without its name ("le mouvement", "the group").
    armed_group_bodies: frozenset[str] = frozenset()
    #: Nouns that name a state without saying which ("le pays", "the country"): definite and
    #: bare, the state the article is about.
    country_nouns: frozenset[str] = frozenset()
    #: Words for the West as a bloc, a noun ("les Occidentaux", "the West") or an adjective
    #: ("partenaires occidentaux", "Western sanctions"), and the nouns for parties or their
    #: acts such an adjective makes the bloc ("tentatives", "pressure"), besides events and
    #: the group and state nouns.
    western: frozenset[str] = frozenset()
    western_heads: frozenset[str] = frozenset()
    #: Nouns that name a state's own people ("les habitants", "protesters", "the students"):
    #: an act on them is done at home, to the source's own state.
    populace: frozenset[str] = frozenset()
    #: Verbs whose participle on an event noun names whom it is aimed at ("des sanctions
    #: visant la Russie", "a package targeting Iranian ports").
    aiming: frozenset[str] = frozenset()
    #: Words that open a list of a group's named members ("sept pays, dont l'Argentine",
    #: "countries including Chile", "states such as Benin").
    members: frozenset[str] = frozenset()
    #: Nouns that name people or bodies abroad ("des ressortissants nigériens", "an employee
    #: of the Algerian consulate"): their state is not the one that arrests them.
    abroad: frozenset[str] = frozenset()
    #: Indefinite articles the parser takes for a preposition ("a mené lundi des manœuvres",
    #: "de vastes manœuvres"): after a day's name, they open the verb's object.
    indefinites: frozenset[str] = frozenset()
    #: Words that make a noun event one more, not the one told before ("un nouvel accord",
    #: "the latest strike", "a second attack"), besides ordinal numbers.
    renewal: frozenset[str] = frozenset()
    #: Words that make a noun event an earlier act than the one told ("the previous
    #: meeting", « leur précédente rencontre », « l'ancien accord »): it points back to none.
    earlier: frozenset[str] = frozenset()
    #: Possessives that take up several owners where the parser marks only what is owned
    #: ("leur", "leurs"; English "their" carries its owner's number itself).
    plural_possessives: frozenset[str] = frozenset()
    #: Nouns that name what a body decided by what it is ("une décision", "the vote"):
    #: words about one are aimed at its author (:mod:`.reactions`).
    body_acts: frozenset[str] = frozenset()
    #: Verbs whose subject undergoes, witnesses or tells of the act their object names
    #: ("suffered attacks", « a signalé des frappes »): that subject is not its doer.
    undergoing: frozenset[str] = frozenset()
    #: Verbs of warning ("avertir", "warn"): said by whoever reports the clause they are
    #: coordinated with (:func:`.coordination.warner`).
    warning_verbs: frozenset[str] = frozenset()
    #: Marks of a condition a hostile act is announced under ("si", "if", "unless",
    #: "until"): said by its doer, the act to come is a threat (:mod:`.threats`).
    threat_conditions: frozenset[str] = frozenset()
    #: Verbs of judging ("juger", "qualifier", "call", "deem"): the judgement their object
    #: complement states is their subject's ("Rome called the attacks unacceptable").
    judging: frozenset[str] = frozenset()
    #: Copulas ("être", "be"): a judgement noun as their predicate is said of their subject.
    copulas: frozenset[str] = frozenset()
    #: Nouns that, said of an act (a copula's predicate, a verb of judging's complement),
    #: condemn it: "C'est un meurtre", "China's ban is economic coercion".
    judgement_nouns: frozenset[str] = frozenset()
    #: Nouns that name acts only by what they are ("agissements", "actions"): judged, they
    #: take up the act told before (:mod:`.takenup`).
    judged_acts: frozenset[str] = frozenset()
    #: Subjects of an existential copula ("there is a massacre"): the noun names a thing.
    expletives: frozenset[str] = frozenset()
    #: Endings of gender and number a past participle takes on, shortest first ("-e", "-s",
    #: "-es": "disproportionnées" is "disproportionné"); none in English.
    agreement_endings: tuple[str, ...] = ()
    #: Prepositions of a judged object's attribute, as written ("describe X as reckless",
    #: "qualifier X d'ingérence"; "d" alone where the parser splits "d'" before a quote).
    attribute_preps: frozenset[str] = frozenset()
    #: The senses of :attr:`adjectives`, by identity: a verb's sense may be equal to one.
    adjective_senses: frozenset[int] = field(default=frozenset(), init=False, repr=False)

    @classmethod
    def parse(cls, code: str, data: Mapping[str, Any]) -> Lexicon:
        where = f"language data {code}/events.json"
        preps = data.get("prepositions", {})
        return cls(
            code=code,
            version=str(data["version"]),
            syntax=Syntax.parse(data.get("syntax", {})),
            cues=Cues.parse(data.get("modality", {})),
            verbs=_senses(data.get("verbs", {}), f"{where}: verbs", noun=False),
            nouns=_senses(data.get("nouns", {}), f"{where}: nouns", noun=True),
            adjectives=_judgements(data.get("adjectives", {}), f"{where}: adjectives"),
            derived=_senses(
                data.get("derived", {}).get("verbs", {}), f"{where}: derived", noun=False
            ),
            preposition_forms=dict(preps.get("forms", {})),
            agent_preps=frozenset(preps.get("agent", ())),
            genitive_preps=frozenset(preps.get("genitive", ())),
            partner_preps=frozenset(preps.get("partner", ())),
            place_preps=frozenset(preps.get("place", ())),
            attribution_preps=frozenset(preps.get("attribution", ())),
            group_numbers=dict(data.get("groups", {}).get("numbers", {})),
            group_nouns=frozenset(data.get("groups", {}).get("nouns", ())),
            group_all=frozenset(data.get("groups", {}).get("all", ())),
            all_sides=frozenset(data.get("groups", {}).get("all_sides", ())),
            state_bodies=frozenset(data.get("groups", {}).get("state_bodies", ())),
            alliance_bodies=frozenset(data.get("groups", {}).get("alliance_bodies", ())),
            ministries=frozenset(data.get("groups", {}).get("ministries", ())),
            heads=frozenset(data.get("groups", {}).get("heads", ())),
            missions=frozenset(data.get("groups", {}).get("missions", ())),
            armed_group_bodies=frozenset(data.get("groups", {}).get("armed_group_bodies", ())),
            country_nouns=frozenset(data.get("groups", {}).get("country_nouns", ())),
            western=frozenset(data.get("groups", {}).get("western", ())),
            western_heads=frozenset(data.get("groups", {}).get("western_heads", ())),
            body_acts=frozenset(data.get("groups", {}).get("body_acts", ())),
            undergoing=frozenset(data.get("groups", {}).get("undergoing", ())),
            warning_verbs=frozenset(data.get("groups", {}).get("warning_verbs", ())),
            threat_conditions=frozenset(data.get("groups", {}).get("threat_conditions", ())),
            populace=frozenset(data.get("groups", {}).get("populace", ())),
            aiming=frozenset(data.get("groups", {}).get("aiming", ())),
            members=frozenset(data.get("groups", {}).get("members", ())),
            abroad=frozenset(data.get("groups", {}).get("abroad", ())),
            indefinites=frozenset(data.get("groups", {}).get("indefinites", ())),
            renewal=frozenset(data.get("groups", {}).get("renewal", ())),
            earlier=frozenset(data.get("groups", {}).get("earlier", ())),
            plural_possessives=frozenset(data.get("groups", {}).get("plural_possessives", ())),
            judging=frozenset(data.get("judgement", {}).get("verbs", ())),
            copulas=frozenset(data.get("judgement", {}).get("copulas", ())),
            judgement_nouns=frozenset(data.get("judgement", {}).get("nouns", ())),
            judged_acts=frozenset(data.get("judgement", {}).get("acts", ())),
            expletives=frozenset(data.get("judgement", {}).get("expletives", ())),
            agreement_endings=tuple(data.get("judgement", {}).get("agreement_endings", ())),
            attribute_preps=frozenset(data.get("judgement", {}).get("attribute_preps", ())),
        )

    def __post_init__(self) -> None:
        senses = frozenset(id(s) for senses in self.adjectives.values() for s in senses)
        object.__setattr__(self, "adjective_senses", senses)

    def judgement_adjective(self, sense: Sense) -> bool:
        """Whether a sense is one of a judgement adjective ("inacceptable", "reckless")."""
        return id(sense) in self.adjective_senses

    def prep(self, word: str) -> str:
        """The preposition's canonical form ("au" is "à", "d'" is "de")."""
        key = word.lower()
        return self.preposition_forms.get(key, key)


def _senses(entries: Mapping[str, Any], where: str, noun: bool) -> dict[str, tuple[Sense, ...]]:
    table: dict[str, tuple[Sense, ...]] = {}
    for lemma, value in entries.items():
        values = value if isinstance(value, list) else [value]
        table[lemma.lower()] = tuple(Sense.parse(v, f"{where}.{lemma}", noun) for v in values)
    return table


def _type(value: Any, where: str) -> str | None:
    if value is not None and value not in PLOVER_TYPES:
        raise _error(where, f"has 'negated': {value!r}, which is not a PLOVER type")
    return None if value is None else str(value)


def _judgements(entries: Mapping[str, Any], where: str) -> dict[str, tuple[Sense, ...]]:
    """Adjective senses: the source is the speaker and the target left to the context,
    unless the entry says otherwise."""
    defaults = {"source": ["speaker"], "target": []}
    table: dict[str, tuple[Sense, ...]] = {}
    for lemma, value in entries.items():
        values = value if isinstance(value, list) else [value]
        senses = [Sense.parse(defaults | _fields(v), f"{where}.{lemma}") for v in values]
        table[lemma.lower()] = tuple(senses)
    return table


#: The sense of a judgement noun said of an act: an accusation by whoever says it, aimed
#: at the act's author, else at whom the context names (:attr:`Lexicon.judgement_nouns`).
JUDGEMENT = Sense.parse(
    {"type": "ACCUSE", "mode": "disapprove", "cameo": "111", "source": ["speaker"], "target": []}
    | {"reply": True},
    "judgement",
)


def _fields(value: Any) -> dict[str, Any]:
    if isinstance(value, str):
        return dict(zip(("type", "mode"), value.split(":", 1), strict=False))
    return dict(value) if isinstance(value, dict) else {"type": value}


def _error(where: str, why: str) -> ConfigurationError:
    return ConfigurationError(where, why, "see newsgraph/events/lexicon.py for the format")


@cache
def load_lexicon(code: str) -> Lexicon:
    """The event lexicon of language ``code``, parsed once per process."""
    return Lexicon.parse(code, lang.load(code, "events"))


def languages() -> list[str]:
    """The languages that have an event lexicon."""
    return lang.available("events")
