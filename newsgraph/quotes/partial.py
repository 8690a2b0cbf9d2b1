"""Partial quotes inside reported speech: the statement is the quotation.

"Nebenzia said the text gave Israel "a green light" for a ground offensive" quotes Nebenzia
directly, in part: the quoted words alone ("a green light") say little, the statement around
them is what he said. Quotations inside a reported statement (the smallest one that holds
them, from a reporting verb) make it a direct quote: its words, the quoted ones and those
around them, with the speaker of the quoted words.

When the quoted words are the predicate of the statement's clause or one of its arguments
("Kigali would "lift its defensive measures"", "the departure would have "serious
consequences""), the statement is that quote and is not reported a second time. When they only
modify a clause that stands without them ("Moscow's relations with Tehran were developing "in
all areas"", "the bloc stood with the Georgian people and that the crackdown "will have direct
consequences""), or are a bare noun ("n'excluait « aucune option »"), the statement is also
reported speech. A clause coordinated to the quoted one by its own complementizer, with no
quoted words, is reported speech of its own ("a répété que l'Arménie « n'a pas participé » aux
hostilités et que ses forces armées n'étaient pas présentes", "said Moscow "deeply regrets"
the decision and that Helsinki had chosen confrontation"). Statements of an attribution phrase
("selon X") run to the ends of their sentence and are left as they are; one that holds quoted
words is their attribution, unless the phrase opens it and the clause's subject and verb stand
outside quotation marks, or its subject does and the quoted words are fewer than a third of its
words: the writer tells the clause and quotes a part of it.
"""

from __future__ import annotations

from .clauses import coordinated
from .direct import CORE
from .layout import RELATIVE_CLAUSES, Found, Layout, Token
from .marks import Marked
from .speakers import SUBJECTS
from .tags import quote_head

#: How many reporting verbs down the clause of a statement is looked for.
CLIMB = 3
#: Words that carry content, and how many of them quoted words need to be an argument that
#: makes the statement a quotation.
CONTENT = frozenset({"NOUN", "PROPN", "VERB", "ADJ", "ADV", "NUM"})
CONTENT_WORDS = 2
#: Words that head a predicate or an argument coordinated to quoted words.
CONJUNCTS = frozenset({"VERB", "NOUN"})
#: Words that carry a claim's content: adverbs are left out, a quoted "as soon as possible"
#: says little.
CLAIM_WORDS = CONTENT - {"ADV"}
#: Labels of a clause's own subject, in either scheme ("nsubj:pass", "nsubjpass", "expl:subj").
OWN_SUBJECTS = ("nsubj", "csubj", "expl")
#: The share of a claim's content words (one in so many) that, quoted, makes the claim its
#: quotation.
QUOTED_SHARE = 3


def within_statements(
    layout: Layout, direct: list[Found], reported: list[Found]
) -> tuple[list[Found], list[Found]]:
    """``direct`` and ``reported`` with the quotations inside a statement made one direct quote
    of the statement's words, and the statements that are only that quote left out; a
    statement of an attribution phrase that holds a quotation is that quotation's
    attribution ("Moscou dénonce une « agression flagrante », selon la mission russe"), unless
    the quotation is said in a relative clause of its own ("Selon Bakou, les deux hommes ont
    succombé …, ce que le comité conteste, évoquant une « insuffisance cardiaque »")."""
    according = {a.start for a in layout.according.values()}
    attributed = {id(r) for r in reported if r.cue is not None and r.cue[0] in according}
    clauses = [r for r in reported if id(r) not in attributed]
    quotes, dropped = _made_direct(layout, direct, clauses)
    dropped |= {
        id(r)
        for r in reported
        if id(r) in attributed and _holds(layout, r, direct) and not _told(layout, r)
    }
    unquoted = [c for r in clauses if id(r) in dropped for c in _unquoted_conjuncts(layout, r)]
    kept = [r for r in reported if id(r) not in dropped] + unquoted
    return quotes, sorted(kept, key=lambda f: (f.start, -f.end))


def _told(layout: Layout, statement: Found) -> bool:
    """Whether ``statement``, after an attribution phrase that opens it, tells its clause in
    the writer's words and quotes only a part of it: its subject and its verb stand outside
    quotation marks (« Selon lui, le consul aurait entretenu « des liens secrets » avec des
    trafiquants »), where « Selon lui, le Niger « n'entend pas … » » is the quotation's
    attribution. A noun with its copula is a verb here (« Selon lui, la hausse n'est qu'une
    mesure provisoire, et les prix baisseront « dès l'automne » »): the writer tells that
    clause too. So does a clause whose subject stands outside quotation marks and whose quoted
    words, verb included, are fewer than a third of the words that carry content
    (not :func:`_largely_quoted`: « Selon lui, le voisin n'a « jamais respecté » ses engagements
    sur la pêche depuis la signature du traité »)."""
    if statement.cue is None or statement.cue[0] > statement.start:
        return False
    root = _root(layout, statement)
    if root is None or not _predicate(layout, root):
        return False
    subjects = [c for c in root.children if c.dep_ in SUBJECTS]
    if not subjects or any(layout.in_quote(w.i) for c in subjects for w in c.subtree):
        return False
    return not layout.in_quote(root.i) or not _largely_quoted(layout, statement)


def _largely_quoted(layout: Layout, statement: Found) -> bool:
    """Whether the quoted words of ``statement`` make up a third or more of its words that
    carry content (``CLAIM_WORDS``, :data:`QUOTED_SHARE`); below that, the writer's words carry
    the clause."""
    doc = layout.doc
    span = layout.tokens(statement.start, statement.end)
    words = [i for i in span if doc[i].pos_ in CLAIM_WORDS]
    quoted = [i for i in words if layout.in_quote(i)]
    return len(quoted) * QUOTED_SHARE >= len(words)


#: Parts of speech of a predicate that holds a clause of its own, and of a predicate noun.
PREDICATES = frozenset({"VERB", "AUX", "ADJ"})
NOMINALS = frozenset({"NOUN", "PROPN"})


def _predicate(layout: Layout, root: Token) -> bool:
    """Whether ``root`` heads its clause as a verb does: a verb, an adjective, or a noun with a
    copula outside quotation marks (« la hausse n'est qu'une mesure provisoire »)."""
    if root.pos_ in PREDICATES:
        return True
    return root.pos_ in NOMINALS and any(
        c.dep_ == "cop" and not layout.in_quote(c.i) for c in root.children
    )


def _cued_within(quote: Found, statement: Found) -> bool:
    """Whether the cue of ``quote`` stands inside ``statement``: then it is part of what the
    statement's speaker says ("The Russian embassy said Germany had offered no evidence and
    called the recall “another unfriendly step”" quotes the embassy)."""
    return quote.cue is not None and statement.start <= quote.cue[0] < statement.end


def _holds(layout: Layout, statement: Found, quotes: list[Found]) -> bool:
    """Whether ``statement`` holds one of ``quotes`` outside a relative clause of its own."""
    return any(
        statement.start <= q.start
        and q.end <= statement.end
        and not _relative(layout, q, statement)
        for q in quotes
    )


def _relative(layout: Layout, quote: Found, statement: Found) -> bool:
    """Whether the cue of ``quote`` stands in a relative clause inside ``statement``."""
    cue = layout.tokens(*quote.cue) if quote.cue else range(0)
    if not cue:
        return False
    node = layout.doc[cue[-1]]
    span = layout.tokens(statement.start, statement.end)
    for _ in range(CLIMB * 2):
        if node.dep_ in RELATIVE_CLAUSES:
            return True
        if node.head.i == node.i or node.head.i not in span:
            return False
        node = node.head
    return False


def _made_direct(
    layout: Layout, direct: list[Found], clauses: list[Found]
) -> tuple[list[Found], set[int]]:
    """The direct quotes, those inside a clause made one of the clause's words, and the ids
    of the clauses that are only their quote."""
    held: dict[int, list[Found]] = {}  # index in clauses -> the quotations it holds
    for quote in direct:
        around = [
            (r.end - r.start, index)
            for index, r in enumerate(clauses)
            if r.start <= quote.start
            and quote.end <= r.end
            and r.end - r.start > quote.end - quote.start
        ]
        if around:
            held.setdefault(min(around)[1], []).append(quote)
    inside = {id(q) for quotes in held.values() for q in quotes}
    quotes = [q for q in direct if id(q) not in inside]
    dropped: set[int] = set()
    for index, quoted in held.items():
        statement = clauses[index]
        speaker, cue = quoted[0].speaker or statement.speaker, quoted[0].cue or statement.cue
        if _cued_within(quoted[0], statement) and statement.speaker is not None:
            speaker, cue = statement.speaker, statement.cue
        quotes.append(Found(statement.start, statement.end, True, cue, speaker))
        if _quoted_predicate(layout, statement) or _mostly_quoted(layout, statement):
            dropped.add(id(statement))
    quotes.sort(key=lambda f: (f.start, -f.end))
    return quotes, dropped


def _unquoted_conjuncts(layout: Layout, statement: Found) -> list[Found]:
    """The clauses coordinated inside ``statement`` by a complementizer of their own that hold
    no quoted words, each a reported statement of the statement's speaker: "a répété que
    l'Arménie « n'a pas participé » aux hostilités et que ses forces armées n'étaient pas
    présentes" reports "que ses forces armées n'étaient pas présentes"."""
    doc = layout.doc
    span = layout.tokens(statement.start, statement.end)
    found = []
    for i in span:
        clause = doc[i]
        own = coordinated(layout, clause) or _beside_quoted(layout, clause)
        if not own or clause.head.i not in span:
            continue
        words = range(clause.left_edge.i, min(clause.right_edge.i + 1, span.stop))
        if words.start < span.start or any(layout.in_quote(w) for w in words):
            continue
        first = next(w for w in words if not doc[w].is_punct and doc[w].pos_ != "CCONJ")
        end = layout.token_end(words[-1])
        found.append(Found(doc[first].idx, end, False, statement.cue, statement.speaker))
    return found


def _beside_quoted(layout: Layout, conjunct: Token) -> bool:
    """Whether ``conjunct`` is coordinated to quoted words and shares their subject: what
    the speaker says besides the quoted words ("a fait savoir que la France « condamnait
    fermement » ces agissements et se tenait aux côtés de la République tchèque", "l'Iran
    s'exposait à « une crise nucléaire » ainsi qu'à un isolement accru")."""
    return (
        conjunct.dep_ == "conj"
        and conjunct.pos_ in CONJUNCTS
        and layout.in_quote(conjunct.head.i)
        and not any(c.dep_ in SUBJECTS for c in conjunct.children)
        and not _speakers_act(layout, conjunct)
    )


def _speakers_act(layout: Layout, conjunct: Token) -> bool:
    """Whether ``conjunct`` is a reporting verb in the passé composé, or its bare participle
    (« a estimé que les sanctions « frappent les paysans » et a réclamé une dérogation »,
    « … et menacé de porter les droits à 40 % »): the tense that tells the speaker's acts,
    not the one of what they said, so it is the speaker's next act that the parser hung on
    the quoted words, not a statement of theirs."""
    if not layout.is_cue(conjunct) or "Part" not in conjunct.morph.get("VerbForm"):
        return False
    auxiliaries = [c for c in conjunct.children if c.dep_.startswith("aux")]
    return all("Pres" in a.morph.get("Tense") for a in auxiliaries)


def _quoted_predicate(layout: Layout, statement: Found) -> bool:
    """Whether the quoted words are the predicate of the statement's clause or one of its
    arguments ("Kigali would "lift its defensive measures"", "the departure would have
    "serious consequences""), rather than words that modify a clause standing without them
    ("were developing "in all areas"") or a bare noun in quotation marks ("n'excluait
    « aucune option »")."""
    root = _root(layout, statement)
    if root is None:
        return False
    if layout.in_quote(root.i):
        return True
    for quote in layout.marked:
        if quote.dash or not statement.start <= quote.start < quote.end <= statement.end:
            continue
        head = quote_head(layout, quote)
        if (
            head is not None
            and head.head.i == root.i
            and head.dep_ in CORE
            and _content_words(layout, quote) >= CONTENT_WORDS
        ):
            return True
    return False


def _mostly_quoted(layout: Layout, statement: Found) -> bool:
    """Whether ``statement`` is a claim without a subject of its own (an infinitive, the
    predicate of "se dire") of which the quoted words make up a third or more of the words
    that carry content (``CLAIM_WORDS``, the reporting verb included): the few words
    the writer adds say nothing the quotation does not ("a dit suivre les débats « avec la
    plus vive attention »", "s'est dit disposée à étudier des « gestes
    d'apaisement »"). A clause with a subject of its own states a fact in the writer's words
    ("que le départ se ferait de façon « calme et encadrée »"), and one with fewer quoted
    words is reported speech besides ("a affirmé avoir tiré sur des « intrus » qui rôdaient
    à moto")."""
    root = _root(layout, statement)
    if root is None or any(c.dep_.startswith(OWN_SUBJECTS) for c in root.children):
        return False
    return _largely_quoted(layout, statement)


def _content_words(layout: Layout, quote: Marked) -> int:
    doc = layout.doc
    return sum(1 for i in layout.tokens(quote.start, quote.end) if doc[i].pos_ in CONTENT)


def _root(layout: Layout, statement: Found) -> Token | None:
    """The head of the statement's clause: its word that depends on none of its other words
    (the clause a cue inside or before it reports, when that word is the cue)."""
    doc = layout.doc
    span = layout.tokens(statement.start, statement.end)
    heads = [
        doc[i] for i in span if doc[i].head.i == i or not span.start <= doc[i].head.i < span.stop
    ]
    heads = [t for t in heads if not t.is_punct and not t.is_space]
    if not heads:
        return None
    root = max(heads, key=lambda t: t.right_edge.i - t.left_edge.i)
    for _ in range(CLIMB):
        if not layout.is_cue(root):
            return root
        inside = [
            c
            for c in root.children
            if c.i in span and c.dep_ in ("ccomp", "xcomp") and not c.is_punct
        ]
        if not inside:
            return None
        root = inside[0]
    return root
