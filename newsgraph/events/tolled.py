"""The toll of an act, told by a participle: the same act, not a second one.

News writing tells what an attack did in a participial clause after it: "Rebel gunners shelled
a suburb of Goma at dawn, killing three people", « l'armée russe a bombardé des positions
ukrainiennes, tuant deux soldats ». The participle's act is the shelling's own result: the
article states one attack, and the participle's subject is the attacker again, its object the
victims, whose state is rarely the one attacked. A present participle of a verb of the toll
(the ``toll`` list of the ``modality`` section of ``newsgraph/lang/<code>/events.json``:
"kill", "wound"; « tuer », « blesser ») set off as an adjunct (an adverbial clause) of a coded
verb trigger of the same type is that verb's event, and the coder drops it. The verb must be
coded: an attack on a place that names no side (« a bombardé le marché, tuant trois civils »)
leaves the participle the only event told. Another act told by a participle ("fired water
cannon at the crowd, detaining dozens": an arrest besides the dispersal) and a clause of its
own ("…and killed two soldiers") stay events.
"""

from __future__ import annotations

from .syntax import Token, Tree, morph


def toll_of(tree: Tree, toll: frozenset[str], token: Token) -> Token | None:
    """The verb whose act a present participle adjunct of ``toll`` tells the result of:
    "shelled" for "killing" in "shelled the district, killing two people"; None for any
    other word."""
    if token.lemma_.lower() not in toll:
        return None
    if token.dep_ not in tree.syntax.adverbial or token.head.i == token.i:
        return None
    if morph(token, "VerbForm") != "Part" or morph(token, "Tense") != "Pres":
        return None
    head: Token = token.head
    return head if tree.verbal(head) else None
