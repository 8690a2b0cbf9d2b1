"""A day's name that the parser makes the head of its verb's arguments, given them back.

Between a verb and its complements the French press names the day ("a été accusée jeudi par
les Nations unies", "a défendu jeudi sa politique", "a accusé mercredi la Chine"), and the
parser often hangs what follows on the day's name: the agent or the object of "jeudi", or the
country a conjunct of "mercredi", so no reader of the verb finds its agent or its object. A
weekday name of the language (``weekdays`` in ``newsgraph/lang/<code>/dates.json``) hung on a
verb gives that verb its agent, object and indirect object, and a conjunct with no coordinating
word before it ("mercredi la Chine", not "mardi et mercredi") becomes the verb's object. Under
a passive verb, a phrase opened by an agent preposition (``prepositions.agent`` of
``events.json``) on a bare weekday or month name (``months``) becomes the verb's agent:
"soutenue mercredi par la Pologne", "débloquée jeudi par l'UE".

The parser also makes the day itself the verb's object, with the real complement its
``nmod`` ("a bombardé jeudi Kharkiv"); that reading is left as it is: turning the complement
into the verb's object found no event more on the development sets and one false event more
elsewhere.

The parser also takes an indefinite article right after the day for the preposition "de" ("a
mené lundi des manœuvres", "a lancé mardi de vastes manœuvres"): a common noun it opens, with
no determiner of its own, is the object of a verb that has none and is not pronominal ("s'est
emparé dimanche des villes" keeps its "de"); the articles are ``groups.indefinites`` of
``newsgraph/lang/<code>/events.json``.

The mend changes the parse of ``article.doc`` in place, when the events coder reads an
article: the coder runs after every other stage, and whatever reads the document after the
events stage (a later reader of quotes, a caller holding the article) sees the mended parse.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from .. import lang
from ..timex.grammar import grammar
from .grammar import Syntax
from .lexicon import Lexicon
from .parse import VERBAL, morph
from .syntax import Token

#: The Universal Dependencies names of the relations the mend gives, each looked for in the
#: language's syntax data (:class:`~.grammar.Syntax`): a language whose data lacks every name
#: of a relation is not mended that way.
OBJECT = ("obj", "dobj")
AGENT = ("obl:agent", "agent")
DETERMINER = ("det",)
#: The label of a coordinating conjunction in both models (Universal Dependencies "cc"); the
#: syntax data names no such part, the events coder reading conjuncts, not their conjunction.
COORDINATOR = "cc"
#: Parts of speech of a day's or month's name ("jeudi" NOUN, "Thursday" PROPN).
NAMES = frozenset({"NOUN", "PROPN"})


@cache
def day_names(code: str) -> frozenset[str]:
    """The weekday names of a language, lower case ("jeudi"), as its time grammar reads them;
    none for a language without one."""
    if code not in lang.available("timex"):
        return frozenset()
    return frozenset(grammar(code).weekdays)


@cache
def month_names(code: str) -> frozenset[str]:
    """The month names of a language, lower case ("mars", "apr"), the abbreviations written
    with a full stop ("sept.") left out."""
    if code not in lang.available("timex"):
        return frozenset()
    return frozenset(name for name in grammar(code).months if name.isalpha())


def _label(labels: frozenset[str], names: tuple[str, ...]) -> str | None:
    """The first of ``names`` that the language's ``labels`` hold ("obj" of "obj"), or None."""
    return next((name for name in names if name in labels), None)


def give_back(tokens: Iterable[Token], lexicon: Lexicon, days: frozenset[str]) -> None:
    """Hang on its verb what the parser hung on a day's name: "a été accusée jeudi par les
    Nations unies" gives "accusée" its agent "Nations" (in place). A month's name gives a
    passive verb its agent only ("débloquée en mars par l'UE" does not: "en mars" has its own
    preposition)."""
    syntax = lexicon.syntax
    months = month_names(lexicon.code)
    for day in list(tokens):
        verb = day.head
        if day.pos_ not in NAMES or verb == day or verb.pos_ not in VERBAL:
            continue
        if day.lower_ in days:
            _give_arguments(day, verb, lexicon, days)
        if day.lower_ in days | months and _passive(verb, syntax):
            _give_agent(day, verb, lexicon)


def _give_arguments(day: Token, verb: Token, lexicon: Lexicon, days: frozenset[str]) -> None:
    """Hang on ``verb`` the object, agent, indirect object and bare conjunct of ``day`` ("a
    accusé mercredi la Chine") and the noun of an indefinite article after it ("a mené lundi
    des manœuvres")."""
    syntax = lexicon.syntax
    kept = syntax.object | syntax.agent | syntax.indirect_object
    for child in list(day.rights):
        if child.dep_ in kept:
            child.head = verb
        elif child.dep_ in syntax.conj and _bare(child, syntax, days):
            _attach(child, verb, syntax.object, OBJECT)
    noun = _indefinite(day, verb, lexicon)
    if noun is not None:
        _make_object(noun, verb, syntax)


def _give_agent(day: Token, verb: Token, lexicon: Lexicon) -> None:
    """Make a phrase of an agent preposition hung on a bare ``day`` the passive ``verb``'s
    agent: "a été soutenue mercredi par la Pologne" -> "Pologne" obl:agent of "soutenue"; a
    day with a preposition of its own ("depuis mercredi") keeps it."""
    syntax = lexicon.syntax
    if any(c.dep_ in syntax.case or c.dep_ in syntax.prep_head for c in day.lefts):
        return
    for child in list(day.rights):
        if _agent_phrase(child, lexicon):
            _attach(child, verb, syntax.agent, AGENT)


def _attach(child: Token, verb: Token, labels: frozenset[str], names: tuple[str, ...]) -> None:
    """Hang ``child`` on ``verb`` with the first of ``names`` the language labels with; leave
    it where it is when the language has none."""
    label = _label(labels, names)
    if label is not None:
        child.head, child.dep_ = verb, label


def _passive(verb: Token, syntax: Syntax) -> bool:
    """Whether ``verb`` is a passive: the parser's ``Voice=Pass`` or a passive auxiliary
    ("a été soutenue")."""
    if morph(verb, "Voice") == "Pass":
        return True
    return any(child.dep_ in syntax.passive_aux for child in verb.children)


def _agent_phrase(child: Token, lexicon: Lexicon) -> bool:
    """Whether ``child`` of a day is a phrase of an agent preposition: "par la Pologne"
    ("Pologne" with its case "par") or, where the preposition heads, "by Poland" ("by")."""
    syntax = lexicon.syntax
    if child.dep_ in syntax.prep_head:
        return lexicon.prep(child.text) in lexicon.agent_preps
    if child.dep_ not in syntax.oblique:
        return False
    cases = [c for c in child.children if c.dep_ in syntax.case and c.i < child.i]
    return bool(cases) and lexicon.prep(" ".join(c.text for c in cases)) in lexicon.agent_preps


def _indefinite(day: Token, verb: Token, lexicon: Lexicon) -> Token | None:
    """The common noun an indefinite article right after the day opens ("lundi des
    manœuvres"), hung on the day or the verb, when the verb has no object and is not
    pronominal; else None."""
    doc, syntax = day.doc, lexicon.syntax
    if day.i + 1 >= len(doc) or doc[day.i + 1].lower_ not in lexicon.indefinites:
        return None
    article = doc[day.i + 1]
    noun = article.head
    if article.dep_ not in syntax.case or noun.pos_ != "NOUN" or noun.head not in (day, verb):
        return None
    if any(child.dep_ in syntax.determiner for child in noun.children):
        return None
    pronominal = syntax.reflexive - syntax.object - syntax.indirect_object
    if any(c.dep_ in syntax.object or c.dep_ in pronominal for c in verb.children):
        return None
    return noun


def _make_object(noun: Token, verb: Token, syntax: Syntax) -> None:
    """Make ``noun`` the object of ``verb``, its article a determiner (in place)."""
    determiner = _label(syntax.determiner, DETERMINER)
    if determiner is None:
        return
    _attach(noun, verb, syntax.object, OBJECT)
    for child in noun.lefts:
        if child.dep_ in syntax.case:
            child.dep_ = determiner


def _bare(conjunct: Token, syntax: Syntax, days: frozenset[str]) -> bool:
    """Whether a conjunct of a day's name is a noun phrase of its own: a noun or name, no
    day's name, no coordinating word before it ("mercredi la Chine", not "lundi et mardi")."""
    if conjunct.pos_ not in NAMES or conjunct.lower_ in days:
        return False
    return not any(child.dep_ == COORDINATOR for child in conjunct.lefts)
