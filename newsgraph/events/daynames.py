"""A day's name that the parser makes the head of its verb's arguments, given them back.

Between a verb and its complements the French press names the day ("a été accusée jeudi par
les Nations unies", "a défendu jeudi sa politique", "a accusé mercredi la Chine"), and the
parser often hangs what follows on the day's name: the agent or the object of "jeudi", or the
country a conjunct of "mercredi", so no reader of the verb finds its agent or its object. A
weekday name of the language (``weekdays`` in ``newsgraph/lang/<code>/dates.json``) hung on a
verb gives that verb its agent, object and indirect object, and a conjunct with no
coordinating word before it ("mercredi la Chine", not "mardi et mercredi") becomes the verb's
object. The parser also takes an indefinite article right after the day for the preposition
"de" ("a mené lundi des manœuvres", "a lancé mardi de vastes manœuvres"): a common noun it
opens, with no determiner of its own, is the object of a verb that has none and is not
pronominal ("s'est emparé dimanche des villes" keeps its "de"); the articles are
``groups.indefinites`` of ``newsgraph/lang/<code>/events.json``. Only the events coder reads
the mended tree: it runs after every other stage.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from .. import lang
from .grammar import Syntax
from .lexicon import Lexicon
from .parse import VERBAL
from .syntax import Token


@cache
def day_names(code: str) -> frozenset[str]:
    """The weekday names of a language, lower case ("jeudi"); none for a language without."""
    if code not in lang.available("dates"):
        return frozenset()
    weekdays: dict[str, int] = lang.load(code, "dates").get("weekdays", {})
    return frozenset(name.lower() for name in weekdays)


def give_back(tokens: Iterable[Token], lexicon: Lexicon, days: frozenset[str]) -> None:
    """Hang on its verb what the parser hung on a day's name: "a été accusée jeudi par les
    Nations unies" gives "accusée" its agent "Nations" (in place)."""
    syntax = lexicon.syntax
    kept = syntax.object | syntax.agent | syntax.indirect_object
    for day in list(tokens):
        verb = day.head
        if day.lower_ not in days or verb == day or verb.pos_ not in VERBAL:
            continue
        for child in list(day.rights):
            if child.dep_ in kept:
                child.head = verb
            elif child.dep_ in syntax.conj and _bare(child, syntax, days):
                child.head, child.dep_ = verb, _object_label(syntax)
        noun = _indefinite(day, verb, lexicon)
        if noun is not None:
            _make_object(noun, verb, syntax)


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
    noun.head, noun.dep_ = verb, _object_label(syntax)
    for child in noun.lefts:
        if child.dep_ in syntax.case:
            child.dep_ = sorted(syntax.determiner)[0]


def _bare(conjunct: Token, syntax: Syntax, days: frozenset[str]) -> bool:
    """Whether a conjunct of a day's name is a noun phrase of its own: a noun or name, no
    day's name, no coordinating word before it ("mercredi la Chine", not "lundi et mardi")."""
    if conjunct.pos_ not in ("NOUN", "PROPN") or conjunct.lower_ in days:
        return False
    return not any(child.dep_ == "cc" for child in conjunct.lefts)


def _object_label(syntax: Syntax) -> str:
    """The language's label of a direct object ("obj" in Universal Dependencies)."""
    return "obj" if "obj" in syntax.object else sorted(syntax.object)[0]
