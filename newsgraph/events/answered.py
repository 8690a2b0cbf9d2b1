"""Whom words about an act the text already told are aimed at: that act's author.

:class:`AnsweredSides` is the part of :class:`~.context.ContextSides` for acts of words
(:data:`ADDRESSED`) whose sentence names no target but an act told before ("Tirana a condamné
l'attaque" after "des hommes armés du Front de l'Est ont attaqué un poste": aimed at the Front;
"Dorvania rejected the accusations" after "Kelvaria accused Dorvania of shelling": aimed at
Kelvaria). A rejection of words answers the first such words aimed at its speaker, or at its
speaker's side (:data:`SIDES`: rebels, the opposition) rather than its state.
"""

from __future__ import annotations

from ..article import Actor
from .arguments import Candidate
from .crowds import CrowdSides
from .participants import party
from .syntax import Token, morph

#: Acts of words that are always addressed to someone: the article's other party, when
#: neither the sentence nor the one before names one.
ADDRESSED = frozenset({"ACCUSE", "REJECT", "REQUEST", "THREATEN"})
#: Sectors that make two actors of one state two sides (the opposition and the government).
SIDES = frozenset({"OPP", "REB", "JUD", "LEG", "CVL", "NGO", "MED", "BUS"})


class AnsweredSides(CrowdSides):
    """The authors of acts that words name again (the base of
    :class:`~.context.ContextSides`)."""

    def _act_author(self, candidate: Candidate) -> list[Actor]:
        """Words about an act the text already told, named again with no author of its own
        ("Berne a condamné un attentat", "Oslo condamne vivement les tirs", "Moscow
        dismissed the accusations"): aimed at whoever did the first act of that type its
        sentence named a doer for (asserted), other than the speaker
        (:meth:`.Discourse.first_doer`); for a rejection of words, the first such words aimed
        at the speaker (:meth:`_answered`)."""
        exclude = frozenset(party(a) for a in candidate.source)
        for patient in self._named_acts(candidate.token):
            other = self.candidates.get(patient.i)
            if other is None or other is candidate or not other.noun or other.source:
                continue
            if self._genitive(patient):
                continue  # "l'offensive des rebelles" names its author, if no actor
            found = self._answered(candidate, other.sense.type, exclude)
            found = found or self.discourse.first_doer(other.sense.type, exclude)
            if found:
                return found
        return []

    def _named_acts(self, token: Token) -> list[Token]:
        """The nouns a verb's words are about, that may name an act told before: its
        patients, else a determined noun with no preposition the parser hung on the verb as
        an adverbial when quotation marks cut it off (« a rejeté « catégoriquement » ces
        sanctions »), each with the noun of its bare genitive, which may name the act in its
        place (« un précédent paquet de sanctions », "a new wave of arrests")."""
        tree = self.coder.tree
        syntax = tree.syntax
        found = tree.patients(token) or [
            child
            for child in tree.children(token, syntax.oblique)
            if child.i > token.i
            and child.pos_ == "NOUN"
            and not tree.children(child, syntax.case)
            and tree.children(child, syntax.determiner)
        ]
        return found + [inner for noun in found for inner in self._bare_genitives(noun)]

    def _bare_genitives(self, noun: Token) -> list[Token]:
        """The nouns with no article of their own a noun governs by a genitive preposition
        ("paquet de sanctions", "wave of arrests"; not "la levée des sanctions", whose « des »
        holds an article)."""
        tree, lexicon = self.coder.tree, self.coder.lexicon
        determiners = tree.syntax.determiner
        return [
            nominal
            for prep, nominal in tree.prepositional(noun)
            if prep in lexicon.genitive_preps
            and nominal.pos_ == "NOUN"
            and nominal.i > noun.i
            and not any(
                c.dep_ in determiners or morph(c, "PronType") == "Art" for c in nominal.children
            )
        ]

    def _answered(self, candidate: Candidate, kind: str, speaker: frozenset[str]) -> list[Actor]:
        """Whom a rejection of words named again answers: the first doer of such words aimed
        at the speaker ("Bakou a rejeté des accusations" after "Darmanin a accusé
        l'Azerbaïdjan"), not an earlier charge the story told against a third party."""
        if candidate.sense.type != "REJECT" or kind not in ADDRESSED:
            return []
        return self._answered_side(candidate.source, kind) or self.discourse.first_against(
            kind, speaker
        )

    def _answered_side(self, source: list[Actor], kind: str) -> list[Actor]:
        """For a speaker set apart from its state by a sector (rebels, the opposition:
        :data:`SIDES`), the doer of the first such words aimed at that side and not its own:
        "L'armée accuse les rebelles d'avoir lancé une offensive. … Le porte-parole des
        rebelles rejette ces accusations" answers the army, which the party of both hides."""

        def sides(actors: list[Actor]) -> set[tuple[str, str]]:
            return {(party(a), a.sector or "") for a in actors if a.sector in SIDES}

        mine = sides(source)
        if not mine:
            return []
        for doers, aimed in self.discourse.acts.get(kind, []):
            if sides(aimed) & mine and not sides(doers) & mine:
                return doers
        return []

    def _genitive(self, noun: Token) -> bool:
        """Whether a noun has a genitive phrase ("l'offensive des rebelles", "the attacks of
        the group"), whose first word the parser may take for a determiner ("des")."""
        tree, lexicon = self.coder.tree, self.coder.lexicon
        return any(
            lexicon.prep(word.text) in lexicon.genitive_preps
            for child in noun.children
            if child.dep_ in tree.syntax.oblique | tree.syntax.prep_head and child.i > noun.i
            for word in [child, *child.children]
            if word.i <= child.i
        )
