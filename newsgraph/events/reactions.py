"""Reactions to what a body decided: who is praised or blamed for "a decision", "a vote".

Words about a decision, a vote or a text with no author named ("a salué une décision
historique", "welcomed the vote") are aimed at the one that made it; decisions taken by
vote or text are an assembly's or an organisation's (a council, the Union, the Agency),
so the organisation named last is their author, where a state named nearer is more often
the party it was about.

Judgements told without a verb of accusing are reactions too: the complement of a verb of
judging is its subject's judgement ("Meloni called the attacks unacceptable"), and a
judgement noun as the predicate of a copula condemns what it is said of ("C'est un
meurtre", "the ban is economic coercion"). Words whose only target is the speaker's own
country speak of the victim of what they judge, not of its author (:func:`of_itself`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from ..article import Actor
from .arguments import Candidate
from .discourse import Discourse
from .lexicon import Lexicon
from .participants import ActorIndex, party
from .syntax import Token, Tree


def body_author(
    tree: Tree, lexicon: Lexicon, index: ActorIndex, candidate: Candidate, exclude: frozenset[str]
) -> list[Actor]:
    """The organisation named last before a verb whose object is a body's act named without
    its author, outside the ``exclude`` parties: "L'UE a imposé des sanctions à Minsk. …
    Vilnius a salué une décision attendue" is aimed at the Union."""
    if not about_body_act(tree, lexicon, candidate.token, candidate.sense.target):
        return []
    return index.recent(candidate.token.idx, 1, exclude, wanted=organisation)


def about_body_act(tree: Tree, lexicon: Lexicon, token: Token, preps: tuple[str, ...] = ()) -> bool:
    """Whether a verb's object, or the phrase of one of the prepositions ``preps`` its
    target may be in, is a body's act named by what it is ("a salué une décision",
    "welcomed the vote", "a opposé son veto à un projet de résolution"): a noun of
    ``groups.body_acts`` in the language data, or a noun whose genitive is one ("un projet
    de résolution", "a draft of the resolution")."""
    nouns = tree.children(token, tree.syntax.object)
    nouns += [n for p, n in tree.prepositional(token) if p in preps]
    return any(_body_act(tree, lexicon, n) for n in nouns)


def _body_act(tree: Tree, lexicon: Lexicon, noun: Token) -> bool:
    """Whether a noun names a body's act, itself or by its genitive ("projet de résolution")."""
    if noun.lemma_.lower() in lexicon.body_acts:
        return True
    return any(
        p in lexicon.genitive_preps and n.lemma_.lower() in lexicon.body_acts
        for p, n in tree.prepositional(noun)
    )


def organisation(actor: Actor) -> bool:
    """Whether an actor is an international organisation (or one of its bodies)."""
    return actor.sector == "IGO" or (actor.kind == "organization" and not actor.country)


def judging_verb(tree: Tree, lexicon: Lexicon, token: Token) -> Token | None:
    """The verb of judging a judgement word is the object complement of, if any: the word
    itself as the verb's complement ("jugé" in "Moscou a jugé « inacceptables » les
    tentatives", "called" in "Kyiv called the move a violation"), after a preposition of
    attribute ("described the strikes as reckless", "a qualifié la position d'« ingérence »",
    the French bare noun after "de" on the object), or an adjective hung on a noun of the
    verb's object ("Meloni called the attacks on the peacekeepers unacceptable"). A word in
    the subject is what is judged, not the judgement; a word in another prepositional phrase
    is not the verb's complement ("called for an investigation into the massacre", "a estimé
    le bilan du massacre à 30 morts")."""
    syntax = tree.syntax
    head = token.head
    if head == token or token.dep_ in syntax.subject | syntax.passive_subject:
        return None
    if head.lower_ in lexicon.attribute_preps or _bare_attribute(tree, lexicon, token):
        head = head.head  # "as reckless" under the verb; "d'ingérence" under its object
    elif token.pos_ not in ("NOUN", "PROPN") and not tree.verbal(head):
        head = _object_verb(tree, token)
    if head is None or head.lemma_.lower() not in lexicon.judging or not tree.verbal(head):
        return None
    return head


def _bare_attribute(tree: Tree, lexicon: Lexicon, token: Token) -> bool:
    """Whether a noun is the attribute of a verb's object, introduced by a preposition of
    attribute with no article: "qualifier la position d'ingérence", "traiter le président
    de menteur" (not "le bilan du massacre", whose "du" holds an article)."""
    syntax = tree.syntax
    cases = tree.children(token, syntax.case)
    return (
        token.head.dep_ in syntax.object
        and any(c.lower_ in lexicon.attribute_preps for c in cases)
        and not tree.children(token, syntax.determiner)
    )


def _object_verb(tree: Tree, token: Token) -> Token | None:
    """The verb whose object or complement holds an adjective, up through the nouns and
    prepositions of that phrase ("reckless" in "called the Russian attacks on Kharkiv
    reckless", which the parser may hang on "on"; "called the recall another unfriendly
    step"); None if the phrase hangs on the verb by a preposition ("called for …")."""
    syntax = tree.syntax
    stops = syntax.subject | syntax.passive_subject | syntax.prep_head | syntax.oblique
    current = token
    for _ in range(4):
        head = current.head
        if head == current or current.dep_ in syntax.subject | syntax.passive_subject:
            return None
        if tree.verbal(head):
            return head if current.dep_ not in stops else None
        current = head
    return None


def judge(tree: Tree, lexicon: Lexicon, index: ActorIndex, token: Token) -> list[Actor]:
    """Who makes the judgement a word states as the complement of a verb of judging: that
    verb's subject ("Meloni called the attacks unacceptable" is Meloni's judgement)."""
    verb = judging_verb(tree, lexicon, token)
    subject = tree.subject(verb) if verb is not None else None
    if subject is None:
        return []
    return index.actors_in(*tree.phrase(subject))[:1]


def predicative(tree: Tree, lexicon: Lexicon, token: Token) -> bool:
    """Whether a noun is the predicate of a copula, said of its subject rather than naming
    a thing: "C'est un meurtre", "China's ban is economic coercion". Not the subject, nor
    the noun of "there is" (an existential copula, with no subject, names a thing)."""
    syntax = tree.syntax
    if any(c.lemma_.lower() in lexicon.copulas and c.dep_ in syntax.aux for c in token.children):
        return True
    head = token.head
    if head == token or token.dep_ in syntax.subject | syntax.passive_subject:
        return False
    subjects = [
        s for s in tree.children(head, syntax.subject) if s.lower_ not in lexicon.expletives
    ]
    return head.lemma_.lower() in lexicon.copulas and bool(subjects)


def judged(tree: Tree, lexicon: Lexicon, token: Token) -> list[Token]:
    """The nouns a judgement word is said of: the object of the verb of judging it
    complements ("juge les frappes « disproportionnées »", "called the attacks reckless"),
    else its own subject as the predicate of a copula or a participle ("les frappes
    israéliennes sont disproportionnées", "Attacks against KFOR troops are unacceptable")."""
    syntax = tree.syntax
    verb = judging_verb(tree, lexicon, token)
    objects = [o for o in tree.children(verb, syntax.object) if o != token] if verb else []
    if objects:
        return objects
    subjects = syntax.subject | syntax.passive_subject
    own = tree.children(token, subjects)
    head = token.head
    if own or head == token or head.lemma_.lower() not in lexicon.copulas:
        return own
    return tree.children(head, subjects)  # "Attacks … are unacceptable" (English "acomp")


def act_author(
    tree: Tree,
    lexicon: Lexicon,
    candidates: Mapping[int, Candidate],
    last_doer: Callable[[str, frozenset[str]], list[Actor]],
    candidate: Candidate,
) -> list[Actor]:
    """Whom a judgement of an act is aimed at: the act's author, not whom it hit. A noun
    event judged ("Germany called the Russian attacks on Kharkiv reckless", "a jugé
    « inacceptables » les frappes d'Israël au Liban") names its author in its own phrase
    (possessive, genitive, adjective, "by"); else the act is one told before, whose latest
    doer it blames ("Attacks against KFOR troops are unacceptable" blames the attackers)."""
    exclude = frozenset(party(a) for a in candidate.source)
    for noun in judged(tree, lexicon, candidate.token):
        act = candidates.get(noun.i)
        if act is None or act is candidate or not act.noun:
            continue
        found = [a for a in act.source if party(a) not in exclude]
        return found or last_doer(act.sense.type, exclude)
    return []


def of_itself(source: list[Actor], target: list[Actor], sides: frozenset[str]) -> bool:
    """Whether the only target a state's words found is the speaker's own country itself, not
    set apart by a sector (``sides``): the victim of the act they judge, not its author, so
    :class:`~.context.ContextSides` aims the words at the author or whoever last acted on the
    speaker ("Irfaan Ali a dénoncé « une menace directe contre l'intégrité territoriale du
    Guyana »" after Venezuela's claims accuses Venezuela). Words to one of its people or
    bodies ("a exhorté les jeunes") are not."""
    if not target or not all(a.country for a in source):
        return False
    if any(a.kind != "country" for a in target):
        return False
    if {party(a) for a in source} != {party(a) for a in target}:
        return False
    return not any(a.sector in sides for a in source + target)


#: Types of the verbs that judge an act: condemning, denouncing (ACCUSE), welcoming (SUPPORT).
JUDGING_TYPES = frozenset({"ACCUSE", "SUPPORT"})


def unauthored_act(
    tree: Tree, candidates: Mapping[int, Candidate], candidate: Candidate
) -> Candidate | None:
    """The act a verb of judging takes as its object when that act names whom it hit but no
    author of its own ("La Russie a condamné les frappes contre la Syrie", "The bloc
    condemned the strikes on Kyiv"), if any: its victim is not whom the judgement is aimed at."""
    token = candidate.token
    if candidate.noun or candidate.sense.type not in JUDGING_TYPES:
        return None
    if not tree.passive(token) and tree.agent(token) is not None:
        return None  # "condemned the attack on Israel by Hamas": the parse hung its author here
    for patient in tree.patients(token):
        act = candidates.get(patient.i)
        if act is not None and act is not candidate and act.noun and act.target:
            return None if act.source else act
    return None


def judged_author(
    tree: Tree,
    candidates: Mapping[int, Candidate],
    discourse: Discourse,
    candidate: Candidate,
    source: list[Actor],
    target: list[Actor],
) -> list[Actor]:
    """Whom a judgement of an act naming only its victim is aimed at (:func:`unauthored_act`):
    the author of the latest act of that type the story told, neither the judge nor the victim
    ("Israël a frappé Damas. … La Russie a condamné les frappes contre la Syrie" blames
    Israel), else no one (``[]``: no event). An act on the judge's own country is, as for
    :func:`of_itself`, aimed at whoever last acted on it when the story names no such act
    ("Moscou dénonce une agression contre la Russie" after Kyiv's drones). Any other
    judgement keeps its ``target``."""
    act = unauthored_act(tree, candidates, candidate)
    if act is None:
        return target
    mine = {party(a) for a in source}
    victims = {party(a) for a in act.target}
    found = discourse.last_doer(act.sense.type, frozenset(mine | victims))
    return found or (discourse.reply_to(source) if victims <= mine else [])
