"""Who speaks in a gerund after a preposition: the subject of the clause it is attached to.

"After saying on Monday that he regretted the remarks, Mr. Hale rarely spoke", "Since
announcing in May that she would not run, Ms. Lund has been …", "The mayor was jeered after
telling them that the plan was final": the parser hangs the
gerund on the preposition ("pcomp"), and the preposition on the main verb, whose subject
(before or after it, active or passive) is who speaks. The form is English (a "VBG" tag):
French puts an infinitive there ("après avoir dit que …"), which this rule leaves alone.
"""

from __future__ import annotations

from .layout import CLAUSE_SUBJECTS, Layout, Speaker, Token
from .nominal import naming

#: Relations of a gerund to the preposition before it.
GERUND_OF_PREPOSITION = frozenset({"pcomp"})


def gerund_subject(layout: Layout, verb: Token) -> Speaker | None:
    """For a gerund after a preposition on a verb, that verb's subject when it names a
    speaker in the same sentence: "After saying that …, Mr. Hale disagreed" gives "Mr.
    Hale"."""
    if verb.dep_ not in GERUND_OF_PREPOSITION or verb.tag_ != "VBG":
        return None
    preposition = verb.head
    clause = preposition.head
    if preposition.i == clause.i or clause.pos_ not in ("VERB", "AUX"):
        return None
    start, end = layout.sentence(verb.idx)
    own = [
        c
        for c in clause.children
        if c.dep_ in CLAUSE_SUBJECTS and start <= c.idx < end and not layout.in_quote(c.i)
    ]
    if not own:
        return None
    stop = clause.idx if own[0].i < clause.i else end
    return naming(layout, layout.noun_phrase(own[0], start, stop))
