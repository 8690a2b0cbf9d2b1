"""The sense of a trigger word: which of the lexicon's senses its phrase says it has.

A verb, noun or adjective of the language's lexicon is a trigger with the first of its
senses whose conditions hold: words it governs (``with``, ``without``), its prepositions (not
those that only give a time: "called Erdogan on Saturday" is no "call on"), whether it is
reflexive or to come, and the word its phrase modifies. A judgement noun said of something
("C'est un meurtre extrajudiciaire") and a past participle that is a judgement adjective
("les frappes sont disproportionnées") are triggers of judgement. :class:`~.coder.Coder`
reads the senses this way.
"""

from __future__ import annotations

from .. import inflection
from .arguments import Candidate
from .discourse import TimeWords
from .lexicon import JUDGEMENT, Lexicon, Sense
from .modality import ModalityReader
from .owned import Named, own_objects, unnamed
from .parse import morph
from .reactions import judging_verb, predicative
from .relatives import modified_words
from .syntax import Token, Tree, dependent_words
from .verbforms import clause_subjects, detached_participle


class SenseReader:
    """Reads the sense of a trigger word with one language's lexicon ("called on Israel to
    act": REQUEST; "called Erdogan on Saturday": a phone call)."""

    lexicon: Lexicon
    times: TimeWords
    derived: bool
    tree: Tree
    endings: inflection.Endings
    verb_lemmas: frozenset[str]
    reader: ModalityReader

    def sense(self, token: Token, named: Named = unnamed) -> tuple[Sense, bool] | None:
        """The sense of a trigger word, and whether it is a noun; None if it is not one.
        ``named`` tells the words that mention an actor ("Ukrainian" in "ordered the
        Ukrainian army to surrender": no army of the doer's own)."""
        lemma = token.lemma_.lower()
        if token.pos_ in ("VERB", "AUX"):
            senses, noun = self.lexicon.verbs.get(self.verb_lemma(token)), False
            if senses is None and self.derived:
                senses = self.lexicon.derived.get(lemma)
            if senses is None:
                senses = self._participle_judgement(token)
        elif token.pos_ == "NOUN" and self._judgement(token):
            return JUDGEMENT, False
        elif token.pos_ == "NOUN" or (token.pos_ == "PROPN" and not token.ent_type_):
            # a proper name is a trigger only outside a name ("March", the month, is not)
            nouns = self.lexicon.nouns
            senses, noun = nouns.get(lemma) or nouns.get(token.lower_), True
        elif token.pos_ == "ADJ":
            adjectives = self.lexicon.adjectives
            senses, noun = adjectives.get(lemma) or adjectives.get(token.lower_), False
        else:
            return None
        if not senses:
            return None
        words = dependent_words(token) | (set() if noun else modified_words(self.tree, token))
        understood = words | (set() if noun else self._understood_subject(token))
        understood |= set() if noun else self._detached_patient(token)
        preps = self._preps(token) | {
            mark
            for child in token.children
            for word in (child, *child.children)
            for mark in self.tree.mark(word)
        }
        preps |= set() if noun else self._object_infinitives(token)
        reflexive = self.tree.reflexive(token)
        governing, head = self.tree.attachment(token)
        heads = {head.lemma_.lower(), head.lower_} if head is not None else set()
        for sense in senses:
            if sense.with_words and not sense.with_words & understood:
                continue
            if sense.also_with and not sense.also_with & understood:
                continue
            if sense.without_words & words:
                continue
            if sense.preps and not sense.preps & preps:
                continue
            if sense.reflexive is not None and sense.reflexive != reflexive:
                continue
            if sense.prospective and not self.tree.prospective(token, self.to_come):
                continue
            if sense.without_heads & heads or governing in sense.without_governing_preps:
                continue
            if sense.without_objects & own_objects(self.tree, token, named):
                continue
            return sense, noun
        return None

    def verb_lemma(self, token: Token) -> str:
        """A verb's lemma, lower case, or the infinitive of the lexicon that a form the
        lemmatiser left as is inflects (« a gelé » read as « gelé »: « geler »)."""
        lemma = str(token.lemma_).lower()
        if lemma != token.lower_ or lemma in self.lexicon.verbs:
            return lemma
        return inflection.infinitive(lemma, self.endings, self.verb_lemmas) or lemma

    def _object_infinitives(self, token: Token) -> set[str]:
        """The marks of the infinitives the parser hung on a noun of a verb's object instead
        of on the verb: in « a invité les douaniers des trois États à « rouvrir la route » »
        the parser makes « rouvrir » a modifier of « États », and the verb's « à » is read as
        if it were « a invité les douaniers à rouvrir la route ». A noun takes no
        infinitive of its own in such a phrase but for a fixed kind (« une machine à laver »),
        which no verb of request governs. Only a verb of request (``object_control`` in the
        ``modality`` section of ``newsgraph/lang/<code>/events.json``), and only an infinitive
        on the object's nouns themselves, not one inside a clause of theirs (« a appelé les
        pays qui refusent de signer »)."""
        tree = self.tree
        if token.lemma_.lower() not in tree.lexicon.cues.object_control:
            return set()
        return {
            mark
            for found in tree.children(token, tree.syntax.object)
            for word in found.subtree
            if word.dep_ in tree.syntax.acl
            and morph(word, "VerbForm") == "Inf"
            and self._on_nouns(word.head, found)
            for mark in tree.mark(word)
        }

    @staticmethod
    def _on_nouns(word: Token, top: Token) -> bool:
        """Whether ``word`` is ``top`` or is reached from it through nouns alone (« les
        douaniers des trois États »: États → douaniers)."""
        for _ in range(len(word.doc)):
            if word.pos_ not in ("NOUN", "PROPN"):
                return False
            if word.i == top.i:
                return True
            if word.head.i == word.i:
                return False
            word = word.head
        return False

    def _understood_subject(self, token: Token) -> set[str]:
        """The words of the subject an infinitive takes from the verb it complements, which a
        sense's ``with`` reads as it reads a finite verb's own subject: "Les soldats russes
        vont quitter l'Ukraine" (soldats) is "Les soldats russes ont quitté l'Ukraine". Not
        ``without``: "Le Conseil doit se réunir" stays a meeting."""
        syntax = self.tree.syntax
        if token.dep_ not in syntax.complement or self.tree.children(token, syntax.subject):
            return set()
        subject = self.tree.subject(token)
        return set() if subject is None else {subject.lemma_.lower(), subject.lower_}

    def _detached_patient(self, token: Token) -> set[str]:
        """The words of the subject a past participle set off before its clause is done to
        (:func:`.verbforms.detached_participle`), which a sense's ``with`` reads as the
        participle's object: "Saisie par le Chili en 2018, la Cour a rendu son avis" is "le
        Chili a saisi la Cour" (a court seized, not goods). Not ``without``, as for
        :meth:`_understood_subject`."""
        syntax = self.tree.syntax
        if not detached_participle(token, syntax):
            return set()
        return {w for s in clause_subjects(token, syntax) for w in (s.lemma_.lower(), s.lower_)}

    def _preps(self, token: Token) -> set[str]:
        """The prepositions of a trigger's phrases but those that only give a time: "called
        Erdogan on Saturday to congratulate him" is a phone call, not "called on" (REQUEST);
        "called on Israel on Monday" keeps its "on"."""
        return {
            prep
            for prep, nominals in self.tree.preps(token).items()
            if not all(self._timed(nominal) for nominal in nominals)
        }

    def _timed(self, nominal: Token) -> bool:
        """Whether a nominal only names a time: a date or time entity ("Saturday", "March 3")
        or a time noun of the language ("on the eve"), with no prepositional complement of
        its own, in either language's labels ("a day of mourning", "une journée de grève"
        name what is called for)."""
        timed = (
            nominal.ent_type_ in ("DATE", "TIME") or nominal.lemma_.lower() in self.times.time_nouns
        )
        return timed and next(self.tree.prepositional(nominal), None) is None

    def _judgement(self, token: Token) -> bool:
        """Whether a noun condemns what it is said of: a judgement noun of the lexicon as a
        predicate ("C'est un meurtre extrajudiciaire", "China's ban is economic coercion",
        "a qualifié la position d'« ingérence »"), an accusation by whoever says it, whatever
        the noun names elsewhere ("un meurtre a été commis" is the act itself). Not under a
        verb of judging in the future or the conditional: "Kyiv would consider any movement
        a violation" warns, it does not accuse yet."""
        lexicon = self.lexicon
        if token.lemma_.lower() not in lexicon.judgement_nouns:
            return False
        verb = judging_verb(self.tree, lexicon, token)
        if verb is not None:
            return not self.tree.prospective(verb, self.to_come)
        return predicative(self.tree, lexicon, token)

    def _judges(self, candidate: Candidate) -> bool:
        """Whether a trigger is a word of judgement: a judgement noun or adjective of the
        lexicon ("inacceptables", "reckless", "une violation"), whose target is the author
        of the act it is said of (:func:`.reactions.act_author`)."""
        sense = candidate.sense
        return sense is JUDGEMENT or self.lexicon.judgement_adjective(sense)

    def _participle_judgement(self, token: Token) -> tuple[Sense, ...] | None:
        """The senses of a past participle that is a judgement adjective of the lexicon,
        which the parser read as the verb it comes from: "les frappes sont disproportionnées"
        (lemma "disproportionner") is the adjective "disproportionné", found by its form less
        an ending of gender and number of the language (:attr:`.Lexicon.agreement_endings`)."""
        if "Part" not in token.morph.get("VerbForm"):
            return None
        form, adjectives = token.lower_, self.lexicon.adjectives
        stems = [form[: -len(e)] for e in self.lexicon.agreement_endings if form.endswith(e)]
        return next((adjectives[f] for f in (form, *stems) if f in adjectives), None)

    def to_come(self, word: Token) -> bool:
        """A future or conditional form, by the parser or by the ending ("répondrait")."""
        return self.reader.future(word) or self.reader.conditional(word)
