"""Phrases that name a group of parties as such, or a party by a bare noun.

"Les deux pays", "both sides", "the three" are the last parties mentioned before in the
sentence, else the article's two sides; "les délégations des deux pays" are the group too; a
definite "le mouvement", "the group" is the armed group named last; a bare "le pays", "the
country" is the state the article is most about. :class:`~.phrases.Phrases` asks these when
no mention names the phrase's actor.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..article import Actor
from .disputants import disputants
from .enumerated import enumerated
from .lexicon import Lexicon
from .participants import ActorIndex, party
from .syntax import Token, Tree, morph

if TYPE_CHECKING:
    from .phrases import Candidate


class GroupPhrases:
    """The parties a group phrase names ("les deux pays", "the group", "the country"), for
    the triggers of one sentence."""

    tree: Tree
    lexicon: Lexicon
    index: ActorIndex
    #: The parties of the source being resolved, while its target is looked for.
    _targeting: set[str] | None
    #: The candidate whose target is being looked for.
    _target_of: Candidate | None

    def _named_group(self, token: Token, start: int) -> bool:
        """Whether a group phrase names its members itself, before its head or in an
        apposition ("les deux dirigeants, Poutine et Xi"): else what follows its head is
        about something else ("the three of meddling in China's affairs")."""
        if self.index.overlapping(start, token.idx + len(token.text)):
            return True
        return any(
            self.index.overlapping(*self.tree.outer_span(child))
            for child in self.tree.children(token, self.tree.syntax.apposition)
        )

    def _group(self, candidate: Candidate, token: Token) -> list[Actor]:
        """ "Les deux pays", "both sides": the last parties mentioned before in the sentence
        ("Canada and Mexico pledged…, after both countries…"); two sides not both named
        there are the article's two sides (:func:`.disputants.disputants`: "The two sides
        accepted a plan in Brussels" in a story of Serbia and Kosovo), else the last two
        named. As the target of a one-sided act, those other than the source ("l'Arabie
        saoudite a appelé les deux pays"). A number standing alone for them ("the three",
        "les deux", "urged both to") counts as well. A group the article has too few parties
        for is no one (« Le Japon souhaite que les deux pays reprennent le dialogue » with no
        other state named: not Japan with Japan)."""
        count = self._group_count(token)
        if not count:
            return []
        sense = candidate.sense
        mutual = sense.reciprocal or sense.target[:1] == ("subj",)
        targeting = self._target_of is candidate and not mutual
        exclude = frozenset((self._targeting or ()) if targeting else ())
        listed = enumerated(self.tree, self.index, token, count)
        if listed and not exclude & {party(a) for a in listed}:
            return listed  # "la France, l'Allemagne et le Royaume-Uni … les trois pays"
        recent = self.index.recent(token.idx, count, exclude, since=token.sent.start_char)
        if len(recent) == count:
            return recent
        found = (count == 2 and disputants(self.index, exclude)) or self.index.recent(
            token.idx, count, exclude
        )
        return found if len(found) >= count else []

    def _group_of(self, candidate: Candidate, token: Token) -> list[Actor]:
        """A group phrase in the genitive of a head that names no one: the people or bodies
        of the group are the group ("les délégations des deux pays", "the envoys of the
        three countries", "the three countries' navies")."""
        tree = self.tree
        owners = [n for p, n in tree.prepositional(token) if p in self.lexicon.genitive_preps]
        owners += tree.children(token, tree.syntax.possessive)
        for owner in owners:
            if self._group_count(owner) and not self._named_group(owner, tree.phrase(owner)[0]):
                return self._group(candidate, owner)
        return []

    def _group_count(self, token: Token) -> int:
        """How many parties a phrase names as a group: the number on a group noun ("les
        deux pays", and "toutes les parties" as the last two), or a number that is the
        phrase itself and points back: definite ("the three", "les deux") or a pronoun
        ("both"), unlike "three were killed"."""
        numbers, nouns = self.lexicon.group_numbers, self.lexicon.group_nouns
        if token.lemma_.lower() in nouns or token.lower_ in nouns:
            sides = bool({token.lemma_.lower(), token.lower_} & self.lexicon.all_sides)
            every = sides and any(c.lower_ in self.lexicon.group_all for c in token.children)
            return next((n for c in token.children if (n := numbers.get(c.lower_))), 2 * every)
        count = numbers.get(token.lower_, 0)
        if not count or token.pos_ not in ("NUM", "PRON", "DET"):
            return 0
        definite = any(morph(c, "Definite") == "Def" for c in token.children)
        pronoun = token.pos_ == "PRON" and not morph(token, "NumType")
        return count if definite or pronoun else 0

    def _armed_group(self, token: Token) -> list[Actor]:
        """ "Le mouvement", "the group('s)": the armed group named last before, when the
        noun is definite and nothing in its phrase names an actor ("Iran denies supplying
        the group with weapons")."""
        lemma = token.lemma_.lower()
        if lemma not in self.lexicon.armed_group_bodies:
            return []
        if not any(morph(c, "Definite") == "Def" for c in token.children):
            return []
        return self.index.last_armed_group(token.idx)

    def _country(self, token: Token) -> list[Actor]:
        """ "Le pays", "ce pays", "the country": the state the article is most about, other
        than the source's, when the noun is singular, definite or demonstrative and bare (no
        adjective, complement or clause says which country: "le pays voisin", "a country
        whose…"). "French forces pulled out of the country" in an article about Niger is a
        withdrawal from Niger."""
        if token.lemma_.lower() not in self.lexicon.country_nouns or plural(token):
            return []
        determiners = self.tree.children(token, self.tree.syntax.determiner)
        if len(determiners) != len([c for c in token.children if c.dep_ not in ("punct",)]):
            return []
        if not any(
            morph(d, "Definite") == "Def" or morph(d, "PronType") == "Dem" for d in determiners
        ):
            return []
        return self.index.salient(frozenset(self._targeting or ()))


def plural(token: Token) -> bool:
    return (
        morph(token, "Number") == "Plur"
        or morph(token, "Number[psor]") == "Plur"
        or (token.lower_ in ("leur", "leurs", "their"))
    )
