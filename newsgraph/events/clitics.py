"""The doer of a verb whose subject is a pronoun joined to it by hyphens, in an incise.

French puts a pronoun subject after the verb of an incise and joins it with hyphens ("« Ils
veulent changer le détroit en champ de ruines », a-t-il accusé"; "« Nous répondrons »,
a-t-elle averti"). The tokenizer cuts off the pronoun ("-il") and the euphonic "-t", and the
parser labels them as it likes ("-t" the subject, "-il" a passive subject), so no reader of
the subject finds who speaks. That pronoun stands for the speaker of the quotation the incise
closes, whom the quotes stage has found: :func:`incise_quote` gives a word of that quotation,
whose speaker the caller asks for. A verb of warning there ("a-t-il averti") only says how the
words were said: what they threaten is read in the quotation itself, so it is left alone.

A participle or an infinitive hung on the incise verb takes the same pronoun as its subject
("« … », a-t-il écrit, appelant Lisbonne à rappeler ses navires"; "conclut-elle, dénonçant le
blocus"): its doer is that speaker too (:func:`hosted_quote`), whatever the incise verb,
one of warning included, since the act is the participle's own.
"""

from __future__ import annotations

from .lexicon import Lexicon
from .parse import Token
from .syntax import Tree


def inverted_pronoun(token: Token) -> Token | None:
    """The pronoun joined by a hyphen to ``token`` or to its auxiliary ("-il" in "a-t-il
    accusé", "-elle" in "dénonce-t-elle"), or None. A euphonic "-t" is no pronoun: the
    lemmatiser keeps its hyphen, while it gives a pronoun's bare form ("-il" -> "il")."""
    return next(
        (
            child
            for child in token.children
            if child.pos_ == "PRON"
            and child.text.startswith("-")
            and not child.lemma_.startswith("-")
        ),
        None,
    )


def incise_quote(lexicon: Lexicon, token: Token) -> Token | None:
    """The last word of the quotation that the incise of ``token`` closes, when ``token``
    has a hyphened pronoun subject and stands, past its auxiliary and pronouns, right after
    a comma and a closing quotation mark: "ruines" in "« … en champ de ruines », a-t-il accusé".
    None otherwise, and for a verb of warning (``groups.warning_verbs``)."""
    if inverted_pronoun(token) is None or token.lemma_.lower() in lexicon.warning_verbs:
        return None
    return _closed_quote(token)


def hosted_quote(tree: Tree, token: Token) -> Token | None:
    """The last word of the quotation closed by the incise of another verb whose hyphened
    pronoun ``token`` takes as its subject ("ruines" for "appelant" in "« … en champ de ruines »,
    a-t-il écrit, appelant Lisbonne à …"), or None."""
    subject = tree.subject(token)
    if subject is None or not subject.text.startswith("-"):
        return None
    host = subject.head
    if host == token or inverted_pronoun(host) is None:
        return None
    return _closed_quote(host)


def _closed_quote(token: Token) -> Token | None:
    """The last word of the quotation right before the incise of ``token`` (past its
    auxiliary and pronouns, a comma and a closing quotation mark), or None."""
    doc = token.doc
    at = token.i - 1
    while at >= 0 and doc[at].head == token and doc[at].text != ",":
        at -= 1  # the auxiliary, "-t" and the pronoun
    if at < 2 or doc[at].text != "," or not doc[at - 1].is_quote:
        return None
    return doc[at - 2]
