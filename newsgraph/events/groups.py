"""Phrases that name a group of parties as such, or a party by a bare noun.

"Les deux pays", "both sides", "the three" are the last parties mentioned before in the
sentence, else the article's two sides; "les délégations des deux pays" are the group too; a
definite "le mouvement", "the group" is the armed group named last; a bare "le pays", "the
country" is the state the article is most about. :class:`~.phrases.Phrases` asks these when
no mention names the phrase's actor. "Les Occidentaux", "Western sanctions" are the Western
parties the article names (:func:`western_parties`).
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from ..article import Actor
from ..lang import SHARED, load
from .disputants import disputants
from .enumerated import enumerated
from .lexicon import Lexicon
from .participants import ActorIndex, party
from .syntax import Token, Tree, morph

if TYPE_CHECKING:
    from .phrases import Candidate


@cache
def western_parties() -> frozenset[str]:
    """The parties "the West" stands for, when the article names them: the main Western states
    and the organisations of the West (by party: a state's code, an organisation's id), shared
    by every language (``lang/xx/actors.json``), read once."""
    return frozenset(load(SHARED, "actors")["western_parties"])


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

    def _western(self, token: Token) -> list[Actor]:
        """ "Les Occidentaux", "the West", "les partenaires occidentaux", "Western sanctions":
        the Western parties the article names (:func:`western_parties`), in order of first
        mention, the source's aside while its target is looked for ("Téhéran a accusé les
        Occidentaux").
        None for a phrase that names an actor itself ("le Sahara occidental") or a direction
        ("les régions occidentales du pays", "in the West")."""
        if not self._western_phrase(token):
            return []
        exclude = self._targeting or set()
        named, west = self.index.named(), western_parties()
        return [actor for key, (_, actor) in named.items() if key in west and key not in exclude]

    def _western_phrase(self, token: Token) -> bool:
        """Whether a phrase names the West as a bloc: the bloc noun alone, with nothing but a
        determiner ("les Occidentaux", "the West"), not after a preposition of place; or a
        plural noun for parties or acts (``western_heads``, a group or state noun, an event)
        that a bloc adjective modifies ("les puissances occidentales", "Western sanctions");
        or that adjective itself on such a noun."""
        lexicon, syntax = self.lexicon, self.tree.syntax
        if self.index.overlapping(token.idx, token.idx + len(token.text)):
            return False
        words = {token.lower_, token.lemma_.lower()}
        if token.pos_ == "ADJ":
            head = token.head
            return (
                bool(words & lexicon.western)
                and token.dep_ in syntax.modifier
                and (head.i != token.i and self._western_head(head))
            )
        if words & lexicon.western:
            bare = all(c.dep_ in syntax.determiner | syntax.case for c in token.children)
            place = {token.head.lower_, *(c.lower_ for c in token.children)} & lexicon.place_preps
            return bare and not place and token.pos_ in ("NOUN", "PROPN")
        return self._western_head(token) and any(
            c.dep_ in syntax.modifier and {c.lower_, c.lemma_.lower()} & lexicon.western
            for c in token.children
        )

    def _western_head(self, head: Token) -> bool:
        """Whether a noun is one a bloc adjective makes the bloc: plural, common, for parties
        or their acts."""
        lexicon, lemma = self.lexicon, head.lemma_.lower()
        if head.pos_ != "NOUN" or not plural(head):
            return False
        nouns = lexicon.western_heads | lexicon.group_nouns | lexicon.state_bodies
        return lemma in nouns or bool(lexicon.nouns.get(lemma))


def plural(token: Token) -> bool:
    return (
        morph(token, "Number") == "Plur"
        or morph(token, "Number[psor]") == "Plur"
        or (token.lower_ in ("leur", "leurs", "their"))
    )
