"""A subject set off from its verb by an apposition, read from the words' order.

"Senator Jane Moreau, the minority leader, said that …", "Mr. Okafor, now 70 and retired in
Lagos, said by telephone", "At the harbour, where …, Tom Reyes, the port's director,
suggested". The parser often hangs such a name on the phrase before it ("Worried by the strike
in Ohio, Senator Jane Moreau": a conjunct of "Ohio") or on a verb of the apposition, and
leaves the reporting verb without a subject: the first name of the sentence set off by a comma
on each side speaks, when a comma stands right before the verb.
"""

from __future__ import annotations

from .inverted import finite, preceding
from .layout import CLAUSE_SUBJECTS, Layout, Speaker, Token

#: Relations of a verb's own subject, an expletive one included ("there", "it").
OWN_SUBJECTS = CLAUSE_SUBJECTS | {"expl"}


def set_off_subject(layout: Layout, verb: Token) -> Speaker | None:
    """For a finite verb without a subject right after a comma, the first name of its
    sentence (outside quotation marks) that opens it, or follows a comma or a closing quotation
    mark, and ends before a comma: "At the harbour, …, Tom Reyes, the port's director,
    suggested that …" gives "Tom Reyes"."""
    if not finite(verb) or any(c.dep_ in OWN_SUBJECTS for c in verb.children):
        return None
    comma = preceding(layout, verb)
    if comma is None or comma.text != ",":
        return None
    doc = layout.doc
    start, _ = layout.sentence(verb.idx)
    words = [i for i in layout.tokens(start, comma.idx) if not doc[i].is_space]
    for k, i in enumerate(words):
        if not _opens_name(layout, doc[i], doc[words[k - 1]] if k else None):
            continue
        last = k
        while last + 1 < len(words) and _name_word(doc[words[last + 1]]):
            last += 1
        if last + 1 < len(words) and doc[words[last + 1]].text == ",":
            return Speaker(doc[i].idx, layout.token_end(words[last]), words[last])
    return None


def _opens_name(layout: Layout, token: Token, before: Token | None) -> bool:
    """Whether ``token`` opens a name set off on its left: at the start of the sentence, or
    after a comma or a closing quotation mark."""
    if not _name_word(token) or layout.in_quote(token.i):
        return False
    return before is None or before.text == "," or before.text in layout.closing


def _name_word(token: Token) -> bool:
    """A word of a name: a proper noun ("Mr.", "Harry", "Reid")."""
    return bool(token.pos_ == "PROPN")
