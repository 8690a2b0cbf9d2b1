"""Whether a verb above a trigger calls its act off or rules it out.

:class:`CalledOffReader` is the part of :class:`~.modality.ModalityReader` that reads verbs
of cancelling and of ruling out along the trigger's chain:

- called off: a verb of cancelling whose object, or passive subject, is the act ("Velmora a
  reporté sa visite à Corvan", "the summit was postponed"), or the noun a relative clause
  on the act hangs on ("le sommet qui devait réunir les deux ministres a été annulé"): negated
  and cancelled;
- ruled out: a verb of ruling out that governs the act ("Corvan ruled out talks", « a écarté
  toute négociation »): negated; negated itself, or with no option left out ("has not ruled
  out strikes", « n'excluait aucune option »), it leaves the act possible: hypothetical.
  Not a phrase beside the verb ("Velmora was excluded from talks between Corvan and Istria").
"""

from __future__ import annotations

from .reading import CueReader, Reading
from .syntax import Token


class CalledOffReader(CueReader):
    """Reads the verbs that call off or rule out the act under them on a trigger's chain (the
    base of :class:`~.modality.ModalityReader`)."""

    def _cancels(self, verb: Token, below: Token) -> bool:
        """Whether a verb calls off what it acts on, the word under it on the chain being its
        object or a passive's subject ("a reporté sa visite à Alger", "the visit was
        postponed"): that act is not done. Not a phrase beside it ("after the recall of its
        ambassadors, Algiers postponed the new envoy's arrival": the recall stands)."""
        syntax = self.tree.syntax
        return verb.lemma_.lower() in self.cues.cancelling and below.dep_ in (
            syntax.object | syntax.passive_subject
        )

    def _called_off(self, top: Token) -> bool:
        """Whether the trigger's clause is a relative on a noun that a verb of calling off
        acts on, as its object or a passive's subject ("le sommet qui devait réunir les deux
        présidents a été annulé", "postponed the visit that was to seal the deal"): the act
        the clause describes is not done."""
        syntax = self.tree.syntax
        if top.dep_ not in syntax.relative or top.head == top:
            return False
        noun = top.head
        return (
            noun.dep_ in syntax.object | syntax.passive_subject
            and noun.head.lemma_.lower() in self.cues.cancelling
        )

    def _excluding(self, verb: Token) -> bool:
        """Whether a verb rules out what it governs ("exclure", "rule out"): negated, it leaves
        the act possible, not undone ("n'exclut pas des frappes", "have not ruled out strikes
        on rebel depots", "n'excluait aucune piste, pas même la suspension des vols
        réguliers")."""
        lemma, exclusion = verb.lemma_.lower(), self.cues.exclusion
        return lemma in exclusion or any(f"{lemma} {c.lower_}" in exclusion for c in verb.children)

    def _ruled_out(self, below: Token, found: Reading, reading: Reading) -> None:
        """The modality a verb of ruling out gives what it governs (``below``, the word under
        it on the chain): negated, it leaves the act possible ("n'exclut pas des frappes",
        "n'excluait aucune option", "have not ruled out strikes"); affirmed, the act is not
        done, a verb's as a noun's ("Washington a exclu tout déploiement de soldats", "a
        écarté toute négociation avec Kiev", "ruled out talks"), when the verb governs it as
        its object, complement or clause: "Russia was excluded from talks between Ukraine and
        the United States" does not rule the talks out."""
        if "negated" in found.flags or self._none_of(below):
            reading.flags.discard("negated")  # "n'excluait aucune option"
            found.flags = (found.flags - {"negated"}) | {"hypothetical"}
        elif self._governed(below):
            found.flags.add("negated")

    def _governed(self, word: Token) -> bool:
        """Whether a word is what its verb acts on: its object (a passive's subject too),
        complement or clausal complement ("ruled out talks", "talks were ruled out"), not a
        phrase beside it ("excluded from talks")."""
        syntax = self.tree.syntax
        governed = syntax.object | syntax.passive_subject | syntax.complement | syntax.clausal
        return word.dep_ in governed

    def _none_of(self, word: Token) -> bool:
        """Whether a word is an object with a negative determiner ("aucune option")."""
        syntax = self.tree.syntax
        return word.dep_ in syntax.object and any(
            c.dep_ in syntax.determiner and c.lower_ in self.cues.negation for c in word.children
        )
