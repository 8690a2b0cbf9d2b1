"""The arguments a noun event holds in its own phrase: a possessor ("Russia's invasion", "son
retrait"), adjectives and noun modifiers ("the Russian invasion of Ukraine", "frappes russes et
iraniennes") and genitives ("le retrait de la Russie"), each telling a side of the event, and
which of them is the doer and which the other party (:class:`.arguments.Arguments`). A
possessive that names no actor ("ses frappes", "its forces") takes up the subject named before
it (:meth:`NominalArguments._owner`).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..article import Actor
from ..knowledge import shipped
from ..quotes.lexicon import load as load_quotes
from .groups import plural
from .participants import party
from .phrases import Candidate, Phrases, unique
from .syntax import Token, morph


class NominalArguments(Phrases):
    """Slots of a noun event's own phrase: ``poss`` (:meth:`_possessor`) and ``mod``
    (:meth:`_modifiers`)."""

    def _possessor(self, candidate: Candidate) -> list[Actor]:
        """The possessor of a noun event ("son retrait", "Russia's invasion"), else, when it
        has no possessive, its first genitive ("le retrait de la Russie")."""
        tree, token = self.tree, candidate.token
        near = [*token.children, *(g for c in token.lefts for g in c.lefts)]
        owners = [c for c in near if self.possessive(c, token)]
        found = self.actors(candidate, owners)
        if found:
            return found
        if not owners and not self._modifier_agent(candidate):
            # with a possessive ("leur retrait de la base", "its withdrawal of troops") the
            # genitive is the other argument, not a second possessor
            genitives = [
                n for p, n in tree.prepositional(token) if p in self.lexicon.genitive_preps
            ]
            if candidate.sense.reciprocal:
                genitives = [n for n in genitives if not self._venue(n)]
            found = self._own_words(candidate, genitives[:1], self.actors(candidate, genitives[:1]))
        if not found and owners and candidate.sense.reciprocal and plural(owners[0]):
            found = self._implicit_pair(candidate)
        return found

    def possessive(self, word: Token, noun: Token | None = None) -> bool:
        """Whether a word is a possessor of the noun it depends on: a possessive dependent
        ("Russia's"), or a possessive determiner ("their", « leur »), before ``noun`` when
        given."""
        syntax = self.tree.syntax
        return word.dep_ in syntax.possessive or (
            word.dep_ in syntax.determiner
            and morph(word, "Poss") == "Yes"
            and (noun is None or word.i < noun.i)
        )

    def _modifier_agent(self, candidate: Candidate) -> bool:
        """Whether an adjective or noun modifier of the trigger names an actor that may fill
        the role being resolved: it then stands where a possessive would ("the Russian
        invasion of Ukraine" is "Russia's invasion of Ukraine", "le retrait russe de Syrie"),
        so the genitive is the other argument, not the doer."""
        sense, tree = candidate.sense, self.tree
        slots = sense.target if self._target_of is candidate else sense.source
        if "mod" not in slots:
            return False
        return any(
            c.idx <= m.start and m.end <= c.idx + len(c.text)
            for c in tree.children(candidate.token, tree.syntax.modifier)
            for m in self.index.overlapping(c.idx, c.idx + len(c.text))
        )

    def _own_words(
        self, candidate: Candidate, genitives: list[Token], found: list[Actor]
    ) -> list[Actor]:
        """The actors a genitive names in its own words, not in a phrase it holds that is
        another argument of the trigger, which parsers hang on the genitive ("la fermeture
        de la frontière avec le Rwanda": Rwanda is what the border is closed to; "tout
        transfert de technologie vers Pyongyang")."""
        slots = set(candidate.sense.target) - self.lexicon.genitive_preps
        if not genitives or not found or not slots:
            return found
        tree, nominal = self.tree, genitives[0]
        held = [
            tree.outer_span(inner)
            for word in nominal.subtree
            for prep, inner in tree.prepositional(word)
            if prep in slots
        ]
        inside: set[str] = set()
        outside: set[str] = set()
        for mention in self.index.overlapping(*tree.phrase(nominal)):
            within = any(s <= mention.start and mention.end <= e for s, e in held)
            (inside if within else outside).add(mention.actor.id)
        return [a for a in found if a.id not in inside - outside]

    def _venue(self, nominal: Token) -> bool:
        """Whether a genitive names only capitals: where talks or an accord took place
        ("le sommet de Vilnius", "l'accord de paix d'Alger"), not who took part."""
        mentions = self.index.overlapping(*self.tree.phrase(nominal))
        text, code = nominal.doc.text, self.lexicon.code
        return bool(mentions) and all(
            (match := shipped().country(text[m.start : m.end], code)) is not None
            and match.via == "capital"
            for m in mentions
        )

    def _modifiers(self, candidate: Candidate) -> list[Actor]:
        """Actors named by an adjective or a noun modifier of the phrase ("frappe russe",
        "missiles et drones russes", "U.S. sanctions"), and by the adjectives coordinated with
        it, each one side ("frappes russes et iraniennes", "Russian and Iranian strikes")."""
        tree = self.tree
        found: list[Actor] = []
        stack = [(candidate.token, 0)]
        while stack:
            current, depth = stack.pop()
            for child in current.children:
                if child.dep_ in tree.syntax.modifier:
                    for word in self._coordinated_modifiers(child):
                        found += self._named_by(word) or self._western(word)
                        candidate.used.add(word.i)
                elif (
                    depth < 2
                    and child.i not in self.candidates
                    and self._genitive(child)
                    and not (depth == 0 and self._other_argument(candidate, child))
                ):
                    stack.append((child, depth + 1))
        return unique(found)

    def _named_by(self, word: Token) -> list[Actor]:
        """The actors a modifier names: those with a mention on the word that ends within
        the word's phrase. A mention running on past it into a phrase hung elsewhere is no
        name the modifier gives ("manœuvres militaires autour du Japon": « militaires
        autour du Japon » is no Japanese military; « autour du Japon » hangs on the noun)."""
        start, end = word.idx, word.idx + len(word.text)
        last = max(t.idx + len(t.text) for t in word.subtree)
        kept = {m.actor.id for m in self.index.overlapping(start, end) if m.end <= last}
        return [a for a in self.index.actors_in(start, end) if a.id in kept]

    def _other_argument(self, candidate: Candidate, child: Token) -> bool:
        """Whether a genitive of the trigger is the argument of the other role, whose
        adjectives name that party, not this one ("the Israeli bombing of Ukrainian cities":
        "Ukrainian" is whom the bombing of "of" hits, not who bombs)."""
        sense, tree = candidate.sense, self.tree
        other = sense.source if self._target_of is candidate else sense.target
        cases = [c for c in child.children if c.dep_ in tree.syntax.case]
        preps = {self.lexicon.prep(c.text) for c in cases}
        if child.dep_ in tree.syntax.prep_head:
            preps.add(self.lexicon.prep(child.text))
        return bool(preps & self.lexicon.genitive_preps & set(other))

    def _coordinated_modifiers(self, modifier: Token) -> list[Token]:
        """A modifier and the adjectives coordinated with it: "russes et iraniennes" in
        "frappes russes et iraniennes" qualify the noun alike, as "Russian and Iranian" does
        "strikes". Only adjectives joined to an adjective: a noun conjunct is another phrase."""
        if modifier.pos_ != "ADJ":
            return [modifier]
        return [w for w in self.tree.conjuncts(modifier) if w is modifier or w.pos_ == "ADJ"]

    def _genitive(self, token: Token) -> bool:
        """A conjunct, or a phrase after "de", "of": what the modifiers of a noun may sit on
        ("missiles et drones russes"), unlike its other arguments ("sanctions à X")."""
        syntax = self.tree.syntax
        if token.dep_ in syntax.conj:
            return True
        if token.dep_ in syntax.prep_head:
            return self.lexicon.prep(token.text) in self.lexicon.genitive_preps
        if token.dep_ in syntax.prep_object:
            return True
        cases = [c for c in token.children if c.dep_ in syntax.case]
        return token.dep_ in syntax.oblique and any(
            self.lexicon.prep(c.text) in self.lexicon.genitive_preps for c in cases
        )

    def _implicit_pair(self, candidate: Candidate) -> list[Actor]:
        return self.index.recent(candidate.token.idx, 2)

    def _owner(self, token: Token) -> Actor | None:
        """A third-person possessive that names no actor ("ses frappes", "its forces",
        "leur offensive"), or a phrase it determines: the actor the possessive takes up
        (:meth:`_possessor_antecedent`). "Le Kremlin a démenti. Ses frappes…" are Russia's; a
        phrase of a possessor's people or bodies ("its forces had attacked") stands for it. As a
        target, what the doer owns names no other party."""
        owner = token if _third_possessive(token) else None
        if owner is None:
            owner = next((c for c in token.lefts if _third_possessive(c)), None)
        if owner is None:
            return self._our(token)
        found = self._possessor_antecedent(owner)
        if found is not None and self._targeting is not None and party(found) in self._targeting:
            return None  # the doer's own ("interdisant le survol de son territoire")
        return found

    def _our(self, token: Token) -> Actor | None:
        """A phrase a first-person possessive determines ("notre territoire", "our
        country"): whoever says the words, as "nous", "we" are ("Azerbaijan attacked our
        sovereign territory", says Armenia's prime minister)."""
        owners = [c for c in token.lefts if morph(c, "Poss") == "Yes"]
        if not owners or morph(owners[0], "Person") != "1":
            return None
        found = self.speaker(owners[0])
        return found[0] if found else None

    def _possessor_antecedent(self, owner: Token) -> Actor | None:
        """Whom a possessive takes up: the subject of a clause it stands in, named before it
        ("Pékin a renforcé ses garde-côtes"), an actor, not an act ("Moscou a averti que tout
        déploiement de l'Otan entraînerait un renforcement de ses forces"), else the subject
        of the main verb of the sentence before; in agreement (:meth:`_agreeing`)."""
        tree = self.tree
        current = owner
        for _ in range(8):
            if current.head == current:
                break
            current = current.head
            subject = tree.subject(current) if self._predicate(current) else None
            if subject is None or subject.i > owner.i:
                continue
            if subject.left_edge.i <= owner.i <= subject.right_edge.i:
                if self.index.overlapping(subject.left_edge.idx, owner.idx):
                    return None  # "le voyage de Kim Jong-un en Russie (son premier voyage…)"
                continue
            if subject.i in self.candidates:
                continue  # an act ("tout déploiement de l'Otan en Finlande") owns nothing
            if _quoted_apart(subject, owner, load_quotes(self.lexicon.code).marks):
                return None  # "Moscou a dénoncé « ses provocations »": not Moscow's
            found = self._agreeing(subject, owner)
            if found is not None:
                return found
        if owner.sent.start == 0:
            return None
        root = owner.doc[owner.sent.start - 1].sent.root
        subject = tree.subject(root)
        if subject is None or self._rival(root, owner):
            return None
        return self._agreeing(subject, owner)

    def _predicate(self, token: Token) -> bool:
        """Whether a word heads a clause: a verb, or a noun or adjective with a subject of
        its own, the predicate of a copula ("la Russie étant « à la recherche de
        technologies pour son agression »")."""
        tree = self.tree
        return tree.verbal(token) or bool(tree.children(token, tree.syntax.subject))

    def _rival(self, root: Token, owner: Token) -> bool:
        """Whether the sentence before has an object the possessive may take up as well as
        its subject, a thing of the possessive's number that names no actor ("Germany seized
        a tanker. Its crew was detained": the tanker's crew)."""
        tree = self.tree
        return any(
            o.pos_ == "NOUN"
            and plural(o) == self._plural_owner(owner)
            and not self.index.overlapping(*tree.phrase(o))
            for o in tree.children(root, tree.syntax.object)
        )

    def _agreeing(self, subject: Token, owner: Token) -> Actor | None:
        """The actor a subject names, if it agrees with a possessive: in number ("leur",
        "their" take up several), and, where the possessive marks it, in gender ("its" takes
        up no person, "his", "her" only a person; a French "sa" agrees with what is owned)."""
        if subject.pos_ == "PRON":
            return None
        several = plural(subject) or len(self.tree.conjuncts(subject)) > 1
        if several != self._plural_owner(owner):
            return None
        found = self.best(subject, *self.tree.phrase(subject))
        gender = morph(owner, "Gender") if morph(owner, "PronType") == "Prs" else ""
        if found is None or not gender:
            return found  # "sa présence": a determiner's gender is what is owned
        return found if (gender == "Neut") != (found.kind == "person") else None

    def _plural_owner(self, owner: Token) -> bool:
        """Whether a possessive takes up several owners: by the owner's number the parser
        gives a possessive pronoun ("their") or its ``Number[psor]``, else by the language's
        list ("leur", "leurs"), not by the number of what is owned ("ses" is one owner's)."""
        if morph(owner, "Number[psor]") == "Plur":
            return True
        if morph(owner, "PronType") == "Prs":
            return morph(owner, "Number") == "Plur"
        return owner.lower_ in self.lexicon.plural_possessives


def _third_possessive(token: Token) -> bool:
    """Whether a word is a third-person possessive ("ses", "leur", "its", "their")."""
    return morph(token, "Poss") == "Yes" and morph(token, "Person") in ("", "3")


def _quoted_apart(subject: Token, owner: Token, marks: Sequence[tuple[str, str]]) -> bool:
    """Whether a possessive stands in quoted words that its clause's subject, named before
    them, stands outside of: quoted words say "my" or "our" of whoever speaks them, so their
    "its" or "son" is someone else's ("la Russie étant « à la recherche de … pour son
    agression »" is Russia's, not the reporter's). The marks are the language's quotation
    marks (``quote_marks`` of its quotes data); a mark that both opens and closes
    alternates, but for a straight apostrophe glued to the word before it, which closes
    quoted words or ends a plural possessive ("the protesters' demands")."""
    both = {o for o, c in marks if o == c}
    opening = {o for o, c in marks if o != c}
    closing = {c for o, c in marks if o != c}
    depth = 0
    for token in subject.doc[subject.i + 1 : owner.i]:
        if token.text in opening:
            depth += 1
        elif token.text in closing:
            depth = max(0, depth - 1)
        elif token.text == "'" and not token.doc[token.i - 1].whitespace_:
            depth = max(0, depth - 1)  # closes, or ends a plural possessive ("protesters'")
        elif token.text in both:
            depth = 0 if depth else 1
    return depth > 0
