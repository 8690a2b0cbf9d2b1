"""The noun a relative clause or a participle says something of, as its verb's argument.

A verb in a relative clause or a participle takes the noun it modifies as its object: "the
sanctions it had imposed" imposes sanctions, "l'embargo qu'elle imposait" an embargo, "une
injonction que Caracas a ignorée" ignores an injunction. A sense's ``with`` words
(:mod:`.lexicon`) look at that noun as they look at the verb's own dependents.
"""

from __future__ import annotations

from .syntax import Token, Tree

#: How many words up from a relative clause the noun it modifies is looked for.
MAX_HOPS = 6
#: Words a noun's phrase passes through up to the noun it hangs from ("l'embargo [de fait]",
#: "the curbs [on exports of] chemicals").
THROUGH = frozenset({"ADP", "ADJ", "NUM"})


def modified_words(tree: Tree, token: Token) -> set[str]:
    """The lemmas and forms of the nouns a relative clause or a participle ``token``
    modifies: the noun it hangs on and the nouns that noun's phrase hangs from, up to their
    verb ("l'embargo de fait qu'elle imposait": "fait" and "embargo"). Empty for a verb
    that heads no such clause."""
    syntax = tree.syntax
    if token.dep_ not in syntax.relative | syntax.acl:
        return set()
    words: set[str] = set()
    word = token.head
    for _ in range(MAX_HOPS):
        if word.pos_ in ("NOUN", "PROPN"):
            words |= {word.lemma_.lower(), word.lower_}
        elif word.pos_ not in THROUGH:
            break
        if word.head == word:
            break
        word = word.head
    return words
