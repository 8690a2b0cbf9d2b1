"""The language knowledge the quotation finder reads: ``newsgraph/lang/<code>/quotes.json``.

Reporting verbs (lemmas built from a public list by ``scripts/build_reporting_verbs.py``, with
hand-written additions and exclusions), the cues whose clause is a demand rather than a
statement, and those whose clause in the subjunctive is still one, quotation marks, dialogue
dashes, attribution phrases ("selon", "according to"), complementizers, pronouns and the nouns
that can name a source. Inflections (ending of a form, ending of its infinitive) give the lemma
of a form the tagger's lemmatiser leaves as it is ("estime", "dément", "reconnaît").
The titles of ``titles.json`` ("ministre", "spokesman") count as such nouns too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from .. import inflection, lang

#: Shortest word of a multi-word title taken as a noun that can name a source.
TITLE_WORD = 4


@dataclass(frozen=True)
class QuoteLexicon:
    """What the quotation finder knows of one language."""

    code: str
    version: str
    verbs: frozenset[str]
    infinitive_cues: frozenset[str]
    marks: tuple[tuple[str, str], ...]
    dashes: tuple[str, ...]
    #: Dialogue marks of the interviewer's lines ("Q:"): never quotations.
    interviewer: tuple[str, ...]
    #: Labels of an interview's answers ("A", "R"), which name the guest, not a speaker.
    answer_labels: frozenset[str]
    according_to: tuple[str, ...]
    complementizers: frozenset[str]
    person_pronouns: frozenset[str]
    group_pronouns: frozenset[str]
    thing_pronouns: frozenset[str]
    relative_pronouns: frozenset[str]
    speaker_nouns: frozenset[str]
    directive_cues: frozenset[str] = frozenset()
    #: Verbs of accusing and sentencing whose participle names an offence (:mod:`.charges`),
    #: and the words that open its agent.
    charge_verbs: frozenset[str] = frozenset()
    agent_words: frozenset[str] = frozenset()
    perfect_aux: frozenset[str] = frozenset()
    #: Words an apostrophe before them elides the first letters of ("'em"): no quote opens.
    elided: frozenset[str] = frozenset()
    #: Verbs that tag a quotation after it without reporting any statement of their own
    #: ('"…?" Vitter demanded', '"…!" she shouted').
    tag_verbs: frozenset[str] = frozenset()
    #: Verbs of judging and thanking, among ``verbs``: they cue the quoted words their object
    #: holds ('thanked him for “stepping up”') but report no clause of their own.
    judging_verbs: frozenset[str] = frozenset()
    #: Verbs of perception, fear and hope, among ``verbs``: they cue quoted words beside them
    #: but the clause they take is no statement (« a constaté un journaliste de l'AFP »).
    perception_verbs: frozenset[str] = frozenset()
    #: Verbs whose object takes a predicate (« considérer comme », « juger »): see clauses.
    object_predicate_verbs: frozenset[str] = frozenset()
    #: Nouns of standing rules (« constitution », « traité »): no source after « selon ».
    norm_nouns: frozenset[str] = frozenset()
    #: Nouns whose clause is their own content (« l'idée que », "the claim that", « au
    #: motif que »): another's claim or a reason, not what the verb before them reports.
    content_nouns: frozenset[str] = frozenset()
    #: Verbs that restate their subject's own claim ("reiterated the claim that", « a
    #: renouvelé l'accusation que »): the clause of a noun of content is then what it reports.
    restating_verbs: frozenset[str] = frozenset()
    #: Verbs of ``tag_verbs`` whose subject bears written words ('the sign read “…”').
    written_verbs: frozenset[str] = frozenset()
    latter_pronouns: frozenset[str] = frozenset()
    #: Demonstratives that point back to the actor named last (« celle-ci »).
    demonstrative_pronouns: frozenset[str] = frozenset()
    #: The gender of each demonstrative (« celui-ci »: Masc), which the tagger guesses badly.
    demonstrative_genders: dict[str, str] = field(default_factory=dict)
    #: Words that open an indirect question or a free relative ("how", "what"):
    #: what a reporting verb takes after one names what is said without saying it.
    question_words: tuple[str, ...] = ()
    subjunctive_cues: frozenset[str] = frozenset()
    inflections: tuple[tuple[str, str], ...] = ()
    bystanders: frozenset[str] = frozenset()
    #: Words that mark a title as no longer held ("ancien", "former"): see ``quotes.titled``.
    former_words: frozenset[str] = frozenset()
    #: Nouns for an unnamed source ("source", "diplomate"): see ``quotes.anonymous``.
    anonymous_sources: frozenset[str] = frozenset()
    #: Verbs of what an actor may or should do ("pouvoir", "devoir"): see ``quotes.anonymous``.
    plan_verbs: frozenset[str] = frozenset()
    #: Words of a source that is the one named before ("la même source"): ``quotes.anonymous``.
    same_words: frozenset[str] = frozenset()
    time_words: frozenset[str] = frozenset()
    state_nouns: frozenset[str] = frozenset()
    #: Nouns for one who speaks for an institution ("spokeswoman", "porte-parole").
    official_nouns: frozenset[str] = frozenset()
    #: Possessive determiners by the kind of their possessor ("his" -> person, "sa" -> any):
    #: an unnamed official of theirs ("his spokesman said") speaks for the possessor.
    possessives: dict[str, str] = field(default_factory=dict)
    #: Canonical names of seats of government that stand for their government ("Kremlin").
    government_seats: frozenset[str] = frozenset()
    #: Nouns for a government, which one named after its leader stands for the leader's state
    #: ("President Yoon Suk Yeol's government said", "le gouvernement de Giorgia Meloni").
    government_nouns: frozenset[str] = frozenset()
    #: Determiners of a description that introduces someone new ("a", "one", "un").
    indefinites: frozenset[str] = frozenset()
    #: Nouns for what is issued in someone's name ("the statement said", "ajoute le texte").
    documents: frozenset[str] = frozenset()
    #: Verbs of issuing a document ("issued a statement saying"): its issuer speaks.
    issuing_verbs: frozenset[str] = frozenset()
    #: Object clitics before a tag's verb ("lui", "m'"): the one spoken to, not the speaker.
    object_clitics: frozenset[str] = frozenset()
    #: Nouns and participles after which quoted words name a work or a campaign, not a
    #: quotation ("le livre", "intitulé"): see ``quotes.works``.
    naming_words: frozenset[str] = frozenset()
    #: The fewest words of a partial quotation opening in lower case that is one whatever
    #: governs it ("took credit for “bringing jobs back home”"); 0: none is.
    partial_words: int = 0
    #: Words after which quoted words are a term, not a quotation ('the so-called “special
    #: military operation in Ukraine”'), whatever their length.
    term_words: frozenset[str] = frozenset()
    #: Words (or phrases) that open quoted words naming a law, a plan or an operation, which
    #: makes them a term ("the “law on foreign agents”"), whatever their length.
    term_heads: tuple[str, ...] = ()
    #: Prepositions that join a noun of speech to its content, whose owner speaks the quoted
    #: words ("his call for “…”", "Mr. Obama's rejection of “…”"): see ``quotes.owners``.
    owner_prepositions: frozenset[str] = frozenset()
    #: Nouns for an organisation ("the agency", "l'alliance"), which a definite description
    #: headed by one names: the organisation mentioned last.
    body_nouns: frozenset[str] = frozenset()
    #: Titles that name a body of people, not one person ("the army", "le ministère"):
    #: never a person's title in ``quotes.titled``.
    collective_titles: frozenset[str] = frozenset()
    #: Prepositions of a genitive complement ("les pays du bloc", "members of the alliance").
    genitive_preps: frozenset[str] = frozenset()
    #: Adjectives and nouns that make an official one of the armed forces ("un porte-parole
    #: militaire", "an army spokesman"): such an unnamed official speaks for them.
    armed_qualifiers: frozenset[str] = frozenset()
    #: Nouns for a news medium ("l'agence officielle Irna", "state media"), which relays what
    #: the subject of the quote's own clause says.
    media_nouns: frozenset[str] = frozenset()
    #: Nouns for the press, which speaks for no actor ("la presse", "media"), and the words
    #: that make a medium its state's voice ("d'État", "state"): see ``quotes.press``.
    press_nouns: frozenset[str] = frozenset()
    state_press_words: frozenset[str] = frozenset()
    #: A clock time that opens a live blog's entry title ("18h40", "6:40pm").
    clock_time: re.Pattern[str] | None = None
    #: Whether person pronouns have a grammatical gender, and so may stand for an institution
    #: or a thing ("le gouvernement malien … il affirme").
    grammatical_gender: bool = False
    #: Verbs that call their object something, with what opens the predicate: "call" ->
    #: {"oprd"}, "qualifier" -> {"de", "d'"}.
    predicative_cues: dict[str, frozenset[str]] = field(default_factory=dict)
    #: Nouns of measures one state takes against another ("sanctions", "représailles"): a
    #: predicative cue whose object names one brandishes the measure and states nothing
    #: (« a évoqué des mesures de rétorsion »): no statement, and no event either.
    measure_nouns: frozenset[str] = frozenset()
    #: Nouns of quantity or kind through which such an object names a measure ("paquet",
    #: "mesure": « un nouveau paquet de sanctions »).
    measure_quantities: frozenset[str] = frozenset()
    #: Infinitives that are reporting verbs after a light verb: "valoir" -> {"faire"}.
    compound_cues: dict[str, frozenset[str]] = field(default_factory=dict)
    #: Verbs that report words only in a manner clause, with the object they take there:
    #: "put" -> {"it"} ("as Vulture put it, “…”").
    manner_cues: dict[str, frozenset[str]] = field(default_factory=dict)
    #: Words that open such a manner clause ("as").
    manner_marks: frozenset[str] = frozenset()
    #: Conjunctions of a clause of condition, time or contrast ("si", "tandis", "if"): hung on
    #: a tag's verb after a comma, such a clause closes the tag (:mod:`.circumstance`).
    circumstance_marks: frozenset[str] = frozenset()
    #: Attribution phrases only when they open their sentence and a comma closes their noun
    #: phrase ("Pour Washington, c'est bien Wagner qui …").
    opening_according: tuple[str, ...] = ()
    #: Conjunctions that may stand before such a phrase ("Mais pour X, …").
    opening_conjunctions: frozenset[str] = frozenset()
    #: Reflexive verbs whose predicate is a statement: "dire" ("s'est dit prêt à …").
    self_predicative_cues: frozenset[str] = frozenset()
    #: Nouns of a person's title (``titles.json``: "ministre", "president").
    title_nouns: frozenset[str] = frozenset()
    #: The sector of a one-word title ("archevêque", ``titles.json``, or ``title_sectors``:
    #: "prélat") -> "REL": a definite description with it refers back to a person of it.
    title_sectors: dict[str, str] = field(default_factory=dict)
    #: Phrases after which the noun phrase names who speaks for the subject ("par la voix de").
    voice_phrases: tuple[str, ...] = ()
    #: Titles and nouns that give a person's natural gender ("Mr" -> Masc, "spokeswoman" ->
    #: Fem), where determiners do not: a pronoun of the other gender is someone else.
    noun_genders: dict[str, str] = field(default_factory=dict)
    #: Given names whose bearers are of one gender ("Sophie" -> Fem, "Paul" -> Masc): a
    #: pronoun of the other gender is someone else when the knowledge base does not say.
    given_name_genders: dict[str, str] = field(default_factory=dict)
    #: Other given names, of either gender ("Nicola", "Jordan"), lower case: with those of
    #: ``given_name_genders`` they make a capitalised pair a person's name.
    given_names: frozenset[str] = frozenset()
    #: Phrases that open a label before a colon and give the source of the quote after it
    #: ("more from", "from"): "More from the report: “…”".
    source_phrases: tuple[str, ...] = ()

    @property
    def pronouns(self) -> frozenset[str]:
        return self.person_pronouns | self.group_pronouns | self.thing_pronouns

    @property
    def according_pattern(self) -> re.Pattern[str] | None:
        """The attribution phrases as one pattern over the lower-cased NLP view of the text."""
        return _according(self.according_to)

    @property
    def opening_pattern(self) -> re.Pattern[str] | None:
        """The attribution phrases that attribute only at the start of their sentence."""
        return _according(self.opening_according)

    @property
    def voice_pattern(self) -> re.Pattern[str] | None:
        """The phrases naming who speaks for the subject, as one pattern."""
        return _according(self.voice_phrases)

    def verb_lemma(self, lemma: str, form: str) -> str:
        """The reporting verb of a token (its ``lemma`` and its ``form``): ``lemma`` when it is
        one, else the infinitive its inflection gives ("estime" -> "estimer"), else ``lemma``."""
        lemma = lemma.lower()
        if lemma in self.verbs:
            return lemma
        return inflection.infinitive(form.lower(), self.inflections, self.verbs) or lemma

    def pronoun_kind(self, word: str) -> str | None:
        """``person``, ``group``, ``thing``, ``latter`` (a person, the last one named: "ce
        dernier") or ``demonstrative`` (any actor, the last one named: « celle-ci ») for a
        pronoun ("il", "-elle", "they"), else None."""
        word = clitic(word)
        for kind, words in (
            ("person", self.person_pronouns),
            ("group", self.group_pronouns),
            ("thing", self.thing_pronouns),
            ("latter", self.latter_pronouns),
            ("demonstrative", self.demonstrative_pronouns),
        ):
            if word in words:
                return kind
        return None


def clitic(word: str) -> str:
    """A subject clitic without its hyphens ("-t-il" -> "il"), lower-cased."""
    word = word.lower().lstrip("-")
    return word[2:] if word.startswith("t-") else word


@cache
def _according(phrases: tuple[str, ...]) -> re.Pattern[str] | None:
    if not phrases:
        return None
    alternatives = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
    # an elided phrase ends with its apostrophe, a letter after it ("par la voix d'un")
    return re.compile(rf"(?<!\w)(?:{alternatives})(?:(?<=')|(?!\w))")


@cache
def load(code: str) -> QuoteLexicon:
    """The lexicon of language ``code`` (``quotes.json``, with ``titles.json`` when present);
    its version also names the shared ``roles.json`` (:mod:`.roles`)."""
    data = lang.load(code, "quotes")
    verbs: dict[str, Any] = data["reporting_verbs"]
    judging = set(data.get("judging_verbs", []))
    lemmas = (set(verbs.get("public", [])) | set(verbs.get("added", [])) | judging) - set(
        verbs.get("excluded", [])
    )
    pronouns: dict[str, list[str]] = data.get("pronouns", {})
    nouns = set(data.get("speaker_nouns", []))
    version = data["version"]
    titled: set[str] = set()
    sectors: dict[str, str] = {}
    if code in lang.available("titles"):
        titles = lang.load(code, "titles")
        titled = _title_words(entry["text"] for entry in titles["titles"])
        sectors = _sectors(titles["titles"])
        nouns |= titled
        version += "+" + titles["version"]
    version += "+" + lang.load(lang.SHARED, "roles")["version"]  # titles refused by role
    if (endings := inflection.version(code)) is not None:
        version += "+" + endings
    return QuoteLexicon(
        code=code,
        version=version,
        verbs=frozenset(lemma.lower() for lemma in lemmas),
        infinitive_cues=frozenset(data.get("infinitive_cues", [])),
        marks=tuple((pair[0], pair[1]) for pair in data.get("quote_marks", [])),
        dashes=tuple(data.get("dialogue_dashes", [])),
        interviewer=tuple(data.get("interviewer_marks", [])),
        answer_labels=frozenset(label.lower() for label in data.get("answer_labels", [])),
        elided=frozenset(data.get("elided_words", [])),
        according_to=tuple(phrase.lower() for phrase in data.get("according_to", [])),
        complementizers=frozenset(data.get("complementizers", [])),
        person_pronouns=frozenset(pronouns.get("person", [])),
        group_pronouns=frozenset(pronouns.get("group", [])),
        latter_pronouns=frozenset(pronouns.get("latter", [])),
        demonstrative_pronouns=frozenset(pronouns.get("demonstrative", [])),
        demonstrative_genders={
            word: gender
            for gender, words in data.get("demonstrative_genders", {}).items()
            for word in words
        },
        thing_pronouns=frozenset(pronouns.get("thing", [])),
        relative_pronouns=frozenset(pronouns.get("relative", [])),
        speaker_nouns=frozenset(noun.lower() for noun in nouns),
        directive_cues=frozenset(data.get("directive_cues", [])),
        charge_verbs=frozenset(data.get("charge_verbs", [])),
        agent_words=frozenset(data.get("agent_words", [])),
        perfect_aux=frozenset(data.get("perfect_aux", [])),
        tag_verbs=frozenset(data.get("tag_verbs", [])),
        judging_verbs=frozenset(judging),
        perception_verbs=frozenset(data.get("perception_verbs", [])),
        object_predicate_verbs=frozenset(data.get("object_predicate_verbs", [])),
        norm_nouns=frozenset(data.get("norm_nouns", [])),
        content_nouns=frozenset(data.get("content_nouns", [])),
        restating_verbs=frozenset(data.get("restating_verbs", [])),
        written_verbs=frozenset(data.get("written_verbs", [])),
        subjunctive_cues=frozenset(data.get("subjunctive_cues", [])),
        question_words=tuple(data.get("question_words", [])),
        bystanders=frozenset(data.get("bystanders", [])),
        former_words=frozenset(data.get("former_words", [])),
        anonymous_sources=frozenset(data.get("anonymous_sources", [])),
        plan_verbs=frozenset(data.get("plan_verbs", [])),
        same_words=frozenset(data.get("same_words", [])),
        time_words=frozenset(data.get("time_words", [])),
        state_nouns=frozenset(data.get("state_nouns", [])),
        official_nouns=frozenset(data.get("official_nouns", [])),
        government_seats=frozenset(data.get("government_seats", [])),
        government_nouns=frozenset(data.get("government_nouns", [])),
        indefinites=frozenset(data.get("indefinites", [])),
        documents=frozenset(data.get("documents", [])),
        issuing_verbs=frozenset(data.get("issuing_verbs", [])),
        body_nouns=frozenset(data.get("body_nouns", [])),
        collective_titles=frozenset(data.get("collective_titles", [])),
        naming_words=frozenset(data.get("naming_words", [])),
        partial_words=int(data.get("partial_words", 0)),
        term_words=frozenset(data.get("term_words", [])),
        term_heads=tuple(p.lower() for p in data.get("term_heads", [])),
        owner_prepositions=frozenset(data.get("owner_prepositions", [])),
        object_clitics=frozenset(data.get("object_clitics", [])),
        genitive_preps=frozenset(data.get("genitive_preps", [])),
        armed_qualifiers=frozenset(data.get("armed_qualifiers", [])),
        media_nouns=frozenset(data.get("media_nouns", [])),
        press_nouns=frozenset(data.get("press_nouns", [])),
        state_press_words=frozenset(data.get("state_press_words", [])),
        clock_time=re.compile(data["clock_time"]) if "clock_time" in data else None,
        grammatical_gender=bool(data.get("grammatical_gender", False)),
        possessives={
            word: kind for kind, words in data.get("possessives", {}).items() for word in words
        },
        compound_cues=_compounds(data.get("compound_cues", [])),
        manner_cues={
            verb: frozenset(objects) for verb, objects in data.get("manner_cues", {}).items()
        },
        manner_marks=frozenset(data.get("manner_marks", [])),
        circumstance_marks=frozenset(w.lower() for w in data.get("circumstance_marks", [])),
        predicative_cues={
            verb: frozenset(markers) for verb, markers in data.get("predicative_cues", {}).items()
        },
        measure_nouns=frozenset(data.get("measure_nouns", [])),
        measure_quantities=frozenset(data.get("measure_quantities", [])),
        opening_according=tuple(p.lower() for p in data.get("opening_according", [])),
        opening_conjunctions=frozenset(w.lower() for w in data.get("opening_conjunctions", [])),
        self_predicative_cues=frozenset(data.get("self_predicative_cues", [])),
        voice_phrases=tuple(p.lower() for p in data.get("voice_phrases", [])),
        noun_genders={
            word: gender for gender, words in data.get("noun_genders", {}).items() for word in words
        },
        given_name_genders={
            name.lower(): gender
            for gender, names in data.get("given_name_genders", {}).items()
            for name in names
        },
        given_names=frozenset(n.lower() for n in data.get("given_names", [])),
        source_phrases=tuple(p.lower() for p in data.get("source_phrases", [])),
        inflections=inflection.endings(code),
        title_nouns=frozenset(titled),
        title_sectors={**sectors, **data.get("title_sectors", {})},
    )


def _compounds(pairs: list[list[str]]) -> dict[str, frozenset[str]]:
    """``[["faire", "valoir"], …]`` as ``{"valoir": {"faire"}, …}``."""
    found: dict[str, set[str]] = {}
    for light, verb in pairs:
        found.setdefault(verb, set()).add(light)
    return {verb: frozenset(lights) for verb, lights in found.items()}


def _sectors(titles: list[dict[str, Any]]) -> dict[str, str]:
    """The sector of each one-word title of ``titles.json`` that has one, and only one."""
    found: dict[str, set[str]] = {}
    for entry in titles:
        words = str(entry["text"]).lower().split()
        if len(words) == 1:
            found.setdefault(words[0], set()).add(str(entry.get("sector") or ""))
    return {word: min(s) for word, s in found.items() if len(s) == 1 and min(s)}


def _title_words(titles: Any) -> set[str]:
    """Single-word titles, and the longer words of multi-word ones ("ministre" of "Premier
    ministre"), lower-cased."""
    found: set[str] = set()
    for title in titles:
        words = str(title).lower().split()
        if len(words) == 1:
            found.add(words[0])
        else:
            found.update(word for word in words if word.isalpha() and len(word) >= TITLE_WORD)
    return found
