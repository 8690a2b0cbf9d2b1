"""From a phrase of the sentence to the actor it names.

- each conjunct of a coordination is one participant ("la Corée du Nord et la Russie");
- within a phrase, the actor whose mention covers its head wins, then names before
  adjectives ("le dirigeant nord-coréen Kim Jong-un" is Kim Jong-un);
- a phrase that is itself an event stands for that event's source ("a condamné la
  coopération entre X et Y" targets X and Y);
- "les deux pays", "both sides" are the last two parties mentioned in the sentence, else
  the two the article is about (:mod:`.groups`); a pronoun subject in reported speech
  nobody resolved is the reporter, and "je", "nous", "I", "we" are whoever says the
  words; "il", "she" as the subject of a main verb is the subject of the sentence before;
  a place stands for its country;
- a bare definite "le pays", "the country" is the state the article is most about
  (:mod:`.groups`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from ..article import Actor
from .groups import GroupPhrases
from .lexicon import Sense
from .members import listed_members
from .participants import Mention, party
from .syntax import Token, morph

#: The party a place stands for when it is the target ("a visé Odessa"): the phrase's head
#: and span, the parties to leave out (the source's).
PlaceParty = Callable[[Token, int, int, set[str]], Actor | None]


@dataclass(eq=False, slots=True)
class Candidate:
    """A trigger of the sentence, and what was found for it."""

    token: Token
    sense: Sense
    noun: bool
    source: list[Actor] = field(default_factory=list)
    target: list[Actor] = field(default_factory=list)
    #: Character spans of the arguments found, for the evidence.
    spans: list[tuple[int, int]] = field(default_factory=list)
    #: Tokens used as arguments (a place is never one of them).
    used: set[int] = field(default_factory=set)
    state: int = 0


class Phrases(GroupPhrases):
    """The actors phrases name, for the triggers of one sentence (:class:`.arguments.Arguments`);
    a group a phrase names as such in :class:`~.groups.GroupPhrases`."""

    candidates: dict[int, Candidate]
    place_party: PlaceParty | None
    #: Who says the words a token stands in (the speaker of its quote), if anyone.
    speaker: Callable[[Token], list[Actor]]

    def participants(self, candidate: Candidate) -> list[Actor]:
        """Who an event phrase stands for when it is the argument of another event."""
        raise NotImplementedError  # Arguments resolves events

    def _owner(self, token: Token) -> Actor | None:
        """The actor a possessive of the phrase takes up ("ses frappes")."""
        raise NotImplementedError  # NominalArguments resolves possessives

    # -- phrases to actors -----------------------------------------------------------------

    def actors(self, candidate: Candidate, tokens: list[Token]) -> list[Actor]:
        found: list[Actor] = []
        for token in tokens:
            for conjunct in self.tree.conjuncts(token):
                conjunct = self.tree.antecedent(conjunct)
                found += self._conjunct(candidate, conjunct)
        return unique(found)

    def _conjunct(self, candidate: Candidate, token: Token) -> list[Actor]:
        """The actors one conjunct names, marked as used by ``candidate``: another event's
        participants, several actors at once, one actor, or a group named by a common noun
        ("la Corée du Nord et la Russie": this is called once for each)."""
        span = self.tree.phrase(token)
        other = self.candidates.get(token.i)
        if other is not None and other is not candidate and other.state != 1:
            self._use(candidate, token, span)
            return self.participants(other)
        found = (
            self._western(token)
            or self._western_genitive(token)
            or self._several(candidate, token, span[0])
            or self._one(token, *span)
            or self._group(candidate, token)
            or self._group_of(candidate, token)
            or self._armed_group(token)
            or self._country(token)
        )
        if found:
            self._use(candidate, token, span)
        return found

    def _western_genitive(self, token: Token) -> list[Actor]:
        """The West a noun of an act or a judgement names in its genitive as a bloc ("une
        ingérence de l'Occident", "the hypocrisy of the West"): its parties, as for the bloc
        named alone; not the people a noun names against it ("les adversaires de
        l'Occident")."""
        acts = token.i in self.candidates or token.lemma_.lower() in self.lexicon.judgement_nouns
        if not acts:
            return []
        genitive = self.lexicon.genitive_preps
        for prep, nominal in self.tree.prepositional(token):
            if prep in genitive and nominal.i > token.i:
                found = self._western(nominal)
                if found:
                    return found
        return []

    def _use(self, candidate: Candidate, token: Token, span: tuple[int, int]) -> None:
        """Marks ``token`` as an argument of ``candidate``, its phrase as evidence."""
        candidate.used.add(token.i)
        candidate.spans.append(span)

    def _several(self, candidate: Candidate, token: Token, start: int) -> list[Actor]:
        """The actors a phrase names together: a counted group ("accused the three of
        meddling"), coordinated adjectives ("Russian and American envoys") or listed members
        ("trois pays nordiques, dont la Norvège et l'Islande"); none when it names no such."""
        if self._group_count(token) and not self._named_group(token, start):
            group = self._group(candidate, token)
            if group:
                return group
        return self._coordinated_origins(token) or self._listed(candidate, token)

    def _one(self, token: Token, start: int, end: int) -> list[Actor]:
        """The one actor a phrase names ("le dirigeant nord-coréen Kim Jong-un"), a pronoun
        stands for ("il", "nous"), a possessive takes up ("ses frappes"), or a target's agent
        or place names ("a visé Odessa"); none when nothing does."""
        best = self.best(token, start, end) or self.best(token, start, self._until_verb(token))
        if best is None and token.pos_ == "PRON":
            best = (
                self._reported_subject(token)
                or self._first_person(token)
                or self._previous_subject(token)
            )
        if best is None:
            best = self._owner(token)
        if best is None:
            best = self._target_party(token, start, end)
        return [best] if best is not None else []

    def _target_party(self, token: Token, start: int, end: int) -> Actor | None:
        """While a target is looked for, the party a participle's agent names, else the country
        a place stands for ("a visé Odessa" → Ukraine), but for a place (:meth:`_where`)."""
        if self._targeting is None:
            return None
        agent = self._participle_agent(token)
        best = self.best(agent, *self.tree.phrase(agent)) if agent is not None else None
        if best is None and self.place_party is not None and not self._where(token):
            best = self.place_party(token, start, end, self._targeting)
        return best

    def _where(self, token: Token) -> bool:
        """Whether a phrase is an oblique the parser reads as a modifier of a verb that has
        an argument oblique too: "Lundi à Genève, le Norland a opposé son veto à un projet
        de résolution" says where with the one and against what with the other, so the city
        is no party the act is aimed at."""
        syntax = self.tree.syntax
        if token.dep_ not in syntax.modifier_oblique:
            return False
        return any(c.dep_ in syntax.argument_oblique for c in token.head.children)

    def _listed(self, candidate: Candidate, token: Token) -> list[Actor]:
        """The states and organisations a group phrase lists as its members ("trois pays,
        dont la Norvège et l'Islande", "states such as Togo and Gabon"; :mod:`.members`), or
        none when one is a person or the first members name fewer actors than there are of
        them ("air bases including Camp Ridley" names none; a conjunct that names no actor
        is not checked: "such as France and Andorra" gives France)."""
        members = listed_members(self.tree, token)
        if not members:
            return []
        used, spans = set(candidate.used), list(candidate.spans)
        found = self.actors(candidate, members)
        if len(found) < len(members) or any(a.kind == "person" for a in found):
            candidate.used, candidate.spans = used, spans
            return []
        return found

    def _coordinated_origins(self, token: Token) -> list[Actor]:
        """The parties named by coordinated adjectives of a phrase's head, each one side
        ("Russian and American envoys met", "les diplomates russes et américains"): the
        phrase is people of both, as "Russian envoys and American envoys" would be. Only
        when the head itself names no actor ("the Russian and Chinese Foreign Ministries"
        aside) and two adjectives name different parties."""
        tree = self.tree
        if self.index.overlapping(token.idx, token.idx + len(token.text)):
            return []
        for child in tree.children(token, tree.syntax.modifier):
            words = [c for c in tree.conjuncts(child) if c.pos_ == "ADJ"]
            found: list[Actor] = []
            for word in words:
                named = self.index.actors_in(word.idx, word.idx + len(word.text))
                side = self.index.side(named[0]) if named else None
                if side is not None and side.country not in {a.country for a in found}:
                    found.append(side)
            if len(found) > 1:
                return found
        return []

    def _shared_object(self, candidate: Candidate) -> list[Actor]:
        """The other parties named by the object of the verb a verb is coordinated with, when
        it has none of its own and shares that verb's subject: one doer acting twice on one
        party ("a convoqué le chargé d'affaires de l'UE et a averti que…" warns the EU;
        "summoned the ambassador and protested"). A conjunct with a subject of its own heads
        its own clause; a verb hung on the verb of a reported clause is as often the
        reporter's own ("a estimé que Prague salissait… et a averti"); a participle is no
        such act ("waving Russian flags and demanding"); an object naming the doer's own
        side ("a démenti toute implication de la Serbie et a nié…") says nothing of whom the
        second act is aimed at."""
        found = self.actors(candidate, self._shared_patients(candidate))
        own = self._targeting or set()
        return [a for a in found if party(a) not in own]

    def _shared_patients(self, candidate: Candidate) -> list[Token]:
        """The objects before a verb of the verb it is coordinated with, when the two share
        their subject (:meth:`_shared_object`)."""
        tree, token = self.tree, candidate.token
        syntax = tree.syntax
        head = token.head
        if (
            candidate.noun
            or token.dep_ not in syntax.conj
            or head == token
            or not tree.verbal(head)
            or head.dep_ in syntax.clausal
            or not tree.finite(token)
            or tree.passive(token)
            or tree.passive(head)
            or tree.children(token, syntax.subject | syntax.passive_subject)
        ):
            return []
        return [p for p in tree.patients(head) if p.i < token.i]

    def _until_verb(self, token: Token) -> int:
        """The end of ``token``'s subtree up to the first verb after it: the words a parser
        may have hung on a clause ("entreprises biélorusses accusées de…")."""
        end: int = token.idx + len(token.text)
        for word in token.doc[token.i + 1 : token.right_edge.i + 1]:
            if self.tree.verbal(word) or word.dep_ in self.tree.syntax.conj:
                break
            end = word.idx + len(word.text)
        return end

    def _reported_subject(self, token: Token) -> Actor | None:
        """A pronoun subject in reported speech is the reporter ("Téhéran a démenti qu'il
        ait…", "Tehran denied that it had…"), when nothing else resolved it."""
        tree = self.tree
        if token.dep_ not in tree.syntax.subject or morph(token, "Person") not in ("", "3"):
            return None
        clause = token.head
        for _ in range(3):
            if clause.head == clause:
                return None
            if clause.dep_ in tree.syntax.clausal | tree.syntax.complement:
                subject = tree.subject(clause.head)
                if subject is not None and subject != token:
                    start, end = tree.phrase(subject)
                    return self.best(subject, start, end)
                return None
            clause = clause.head
        return None

    def _previous_subject(self, token: Token) -> Actor | None:
        """ "Il", "elle", "he", "she" as the subject of a sentence's main verb: whoever the
        sentence before is about, the subject of its main verb ("Le secrétaire général de
        l'ONU a condamné l'attaque. Il a appelé…"), when it names an actor."""
        tree = self.tree
        if token.dep_ not in tree.syntax.subject or token.head.dep_ != "ROOT":
            return None
        if morph(token, "Person") != "3" or morph(token, "Number") != "Sing":
            return None
        if morph(token, "Gender") == "Neut":
            return None  # "it" is no person
        if morph(token, "PronType") not in ("", "Prs") or token.sent.start == 0:
            return None
        root = token.doc[token.sent.start - 1].sent.root
        # an intransitive parsed as a passive ("est arrivé") keeps a plain subject
        subject = tree.subject(root) or next(iter(tree.children(root, tree.syntax.subject)), None)
        if subject is None or subject.pos_ == "PRON":
            return None
        return self.best(subject, *tree.phrase(subject))

    def _first_person(self, token: Token) -> Actor | None:
        """ "Je", "nous", "I", "we": whoever says the words ("« Nous rejetons ces
        accusations », a réagi le porte-parole")."""
        if morph(token, "Person") != "1":
            return None
        found = self.speaker(token)
        return found[0] if found else None

    def best(self, head: Token, start: int, end: int) -> Actor | None:
        """The actor a phrase names: one that can be a side of an event before a person of
        no known country ("Pakistani air bases including Nur Khan" names Pakistan), then one
        not in a phrase saying where the thing stands (:meth:`_located`), then the mention
        covering its head, then the names before the adjectives; among those, one
        within the phrase before one that spills out of it (a mention "European Union and
        NATO" is not what the conjunct "NATO" names), then the longest and earliest."""
        mentions = self.index.overlapping(start, end)
        if not mentions:
            return None
        words = {t.idx: t for t in head.doc[head.left_edge.i : head.right_edge.i + 1]}
        located = self._located(head)

        def rank(mention: Mention) -> tuple[int, int, int, int, int, int]:
            nobody = int(self.index.side(mention.actor) is None)
            where = int(any(s <= mention.start < e for s, e in located))
            first = words.get(mention.start)
            if mention.start <= head.idx < mention.end:
                place = 0
            elif first is not None and first.pos_ == "ADJ":
                place = 2
            else:
                place = 1
            spills = int(mention.start < start or mention.end > end)
            return nobody, where, place, spills, mention.start - mention.end, mention.start

        return min(mentions, key=rank).actor

    def _located(self, head: Token) -> list[tuple[int, int]]:
        """The spans of the phrases that say where the thing a phrase names stands ("the
        Japanese embassy in Seoul"): a name there locates it, it is not who the phrase is."""
        return [
            self.tree.outer_span(nominal)
            for prep, nominal in self.tree.prepositional(head)
            if prep in self.lexicon.place_preps
        ]

    def _participle_agent(self, token: Token) -> Token | None:
        """The agent of a participle on the phrase: "formulée par X", "proposed by X"."""
        tree = self.tree
        stack = [(token, 0)]
        while stack:
            current, depth = stack.pop()
            for child in current.children:
                if child.dep_ in tree.syntax.acl and morph(child, "VerbForm") == "Part":
                    agent = tree.agent(child)
                    if agent is not None:
                        return agent
                elif depth < 2 and child.dep_ in tree.syntax.oblique | tree.syntax.prep_head:
                    stack.append((child, depth + 1))
        return None


def unique(actors: list[Actor]) -> list[Actor]:
    seen: set[str] = set()
    found = []
    for actor in actors:
        if actor.id not in seen:
            seen.add(actor.id)
            found.append(actor)
    return found
