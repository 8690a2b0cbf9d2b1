"""A party's emphatic denial of its own act: denied, not negated.

GOLD.md codes an act its alleged author denies as denied. The denial is often told with no
verb of denial, as the author's own words that it never did the act: « L'Algérie « n'a
jamais fourni la moindre arme aux rebelles », a martelé son porte-parole », "Tehran has
never sent arms to Yemen," the minister said. An act of the kind one side accuses another
of (aid, attack, coercion, deployment), negated with a word of emphasis (the ``emphatic``
list of the ``modality`` section: « jamais », « aucun », "never", "any"), in words its own
side says (the quotation's speaker or the subject of the verb of saying), is denied. Not a
plain negation ("Taipei said it had not raised its alert level": information, negated), an
act to come ("will never fire first"), nor another side's words ("Kyiv said Moscow never
delivered the grain").
"""

from __future__ import annotations

from collections.abc import Sequence

from ..article import Actor
from .participants import party
from .reading import Reading
from .syntax import Token, Tree

#: The kinds of act one side accuses another of, and so denies.
ALLEGED = frozenset({"AID", "ASSAULT", "COERCE", "MOBILIZE"})
#: Cues of an act to come or supposed: its negation is a stance, no denial.
_TO_COME = frozenset({"future", "conditional", "hypothetical", "cancelled", "without"})


def disowned(
    tree: Tree,
    kind: str,
    reading: Reading,
    chain: Sequence[Token],
    source: Sequence[Actor],
    speakers: Sequence[Actor],
) -> bool:
    """Whether a negated act is its own side's emphatic denial (see the module): "Iran has
    never armed the militia," an Iranian minister said."""
    if kind not in ALLEGED or reading.flags & _TO_COME or not speakers or not chain:
        return False
    if party(speakers[0]) not in {party(a) for a in source}:
        return False
    emphatic = tree.lexicon.cues.emphatic
    return any(w.lower_ in emphatic for w in chain[-1].subtree)
