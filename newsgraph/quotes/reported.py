"""Reported statements: what a reporting verb or an attribution phrase says someone stated.

- a reporting verb with a clause: its ``ccomp``, or a dependent clause opened by a
  complementizer ("a déclaré que …", "warned that …"); the clause, complementizer included, is
  the text. A demand ("exige que …") and a clause in the subjunctive ("a déploré que l'Iran
  n'ait pas répondu") are not statements, but for a denial ("a nié que … soient");
- a reporting verb after the clause ('…, officials said', "…, a annoncé le parquet") or in the
  middle of it ("Moscow, he said, had made clear …");
- a claim in the infinitive after a cue of ``infinitive_cues`` ("a affirmé respecter …"): the
  text starts at the cue, its auxiliaries included, the clause having no subject of its own;
- a reflexive cue with a predicate ("s'est dit prêt à …", :mod:`.reflexive`);
- an attribution phrase ("selon X", "according to X"): the rest of the sentence.

Statements that are mostly a direct quote are that quote's attribution, not statements of
their own; a line of dialogue is no such quote ("— Han Dong-hoon said this morning that …").
A statement never leaves the sentence of its cue, hence never its paragraph; where its words
start and end is read by :mod:`.extent`.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator

from .according import describes
from .circumstance import circumstance, describes_speaker
from .clauses import (
    asserted,
    conjunction,
    coordinated,
    dependents_after,
    nonfinite_claim,
    object_relative,
    others_claim,
    reported_clause,
    states_content,
    timed,
)
from .continued import continued
from .extent import TRIM, WORDS, clause_statement, trimmed_statement, word_count
from .incise import light_verb, loose_tag, quote_tag
from .inverted import cue_span, finite, preceding
from .layout import According, Found, Layout, Speaker, Token
from .predicative import predicative
from .questions import asks
from .reflexive import reflexive
from .speakers import SUBJECTS, subject, voice

#: Dependents of a cue that its tag may have after it besides its subject: "a annoncé jeudi
#: le parquet, …", '…, officials said on Tuesday.' Anything else (an object, a clause) makes it
#: a clause of its own.
TAG_DEPENDENTS = frozenset(
    {"obl", "obl:mod", "obl:arg", "advmod", "npadvmod", "prep", "punct", "nmod", "dep"}
)
#: Dependencies of a claim in the infinitive: on its cue, or on a time phrase after it.
CLAIMS = frozenset({"xcomp", "acl"})
#: How many words after its cue a complementizer the parser hung elsewhere is looked for.
REACH = 8
#: Share of a statement that, in quotation marks, makes it a direct quote's attribution.
QUOTED = 0.6


def find_reported(layout: Layout) -> list[Found]:
    """The reported statements of the article, in text order, without duplicates."""
    quoted = sorted(m.outer for m in layout.marked if not m.dash)  # a dialogue line reports
    seen: set[tuple[int, int]] = set()
    found: list[Found] = []
    for statement in (continued(layout, s) for s in _statements(layout)):
        key = (statement.start, statement.end)
        if key in seen or _quoted_share(quoted, *key) >= QUOTED or asks(layout, statement):
            continue
        seen.add(key)
        found.append(statement)
    return sorted(found, key=lambda f: (f.start, -f.end))


def _statements(layout: Layout) -> Iterator[Found]:
    """The statements reporting verbs, predicative verbs and attribution phrases make; a verb
    of ``manner_cues`` tags the quotation it stands by ('as Vulture put it, “…”') but reports
    no clause of its own ('“…,” as Mrs. Clinton put it in her memoir' is no statement), nor
    does a verb of ``judging_verbs`` ('mocked the claim that the bridge would reopen')."""
    for token in layout.doc:
        statement = predicative(layout, token) if token.pos_ == "VERB" else None
        if statement is None and layout.is_cue(token) and not _cues_only(layout, token):
            statement = _clause(layout, token) or _infinitive(layout, token)
            statement = statement or _before_cue(layout, token) or _next_clause(layout, token)
            statement = statement or reflexive(layout, token)
        if statement is not None:
            yield statement
    for according in layout.according.values():
        statement = _according(layout, according)
        if statement is not None:
            yield statement


def _cues_only(layout: Layout, verb: Token) -> bool:
    """Whether ``verb`` cues quoted words without reporting a clause: a manner clause's verb,
    a verb of judging ('praised the deal as “a historic step”') or one of perception, fear or
    hope (« …, a constaté un journaliste de l'AFP », « craint que … »)."""
    lexicon = layout.lexicon
    lemma = layout.lemma(verb)
    return (
        layout.manner_cue(verb)
        or lemma in lexicon.judging_verbs
        or lemma in lexicon.perception_verbs
    )


def _clause(layout: Layout, verb: Token) -> Found | None:
    """The clause after ``verb`` that it reports, with the clauses coordinated to it ("que …,
    mais qu'il …"). The parser may hang a "que" clause on a noun after the verb ("a déclaré la
    semaine dernière qu'il …"): a clause opened by a complementizer is looked for there too,
    but for the content of another's claim (:func:`.states_content`)."""
    after = list(dependents_after(layout, verb))
    if verb.dep_ == "xcomp" and not after:  # "a fait savoir que …": the clause is on "fait"
        after = [c for c in dependents_after(layout, verb.head) if c.i > verb.i]
    complements = [
        c for c in after if reported_clause(layout, c) and not states_content(layout, verb, c)
    ]
    if not complements or not asserted(layout, verb, complements[0]):
        return None
    complements += [
        c for c in after if c.i > complements[0].i and (c.dep_ == "ccomp" or coordinated(layout, c))
    ]
    found = clause_statement(layout, verb, complements[0], layout.token_end(verb.i))
    if found is None or len(complements) < 2:
        return found
    last = max(layout.token_end(c.right_edge.i) for c in complements)
    sentence_end = layout.sentence(verb.idx)[1]
    return trimmed_statement(layout, found.start, min(last, sentence_end), verb, found.speaker)


def _next_clause(layout: Layout, verb: Token) -> Found | None:
    """The clause a complementizer opens a few words after ``verb`` with no other verb
    between, when the parser hung it elsewhere ("ont prévenu lundi dans un communiqué que …",
    "a salué le verdict et assuré que …"): it runs to the end of the sentence. A
    complementizer that ends a conjunction of time or purpose (« a menacé Ankara de sanctions,
    avant que le convoi ne quitte la ville ») opens no statement, nor does one after a noun of
    ``content_nouns`` (« a rejeté l'idée que … »: the noun's content)."""
    doc, lexicon = layout.doc, layout.lexicon
    if "Inf" in verb.morph.get("VerbForm") and not _governed(layout, verb):
        return None  # a noun the tagger took for an infinitive ("ces lâchers, qu'il …")
    before = [c for c in verb.children if c.dep_ in SUBJECTS and c.i < verb.i]
    if verb.dep_ not in ("conj", "xcomp") and not before:
        return None  # nor a verb with no subject before it ("— remarks that alarmed …")
    _, sentence_end = layout.sentence(verb.idx)
    for i in range(verb.i + 1, min(verb.i + 1 + REACH, len(doc))):
        token = doc[i]
        if token.idx >= sentence_end or layout.in_quote(i):
            return None
        if token.lower_ in lexicon.complementizers and token.dep_ == "mark":
            clause = token.head
            if clause.i <= i or not asserted(layout, verb, clause):
                return None
            # the complementizer opens the text, as a clause's own does ("qu'une …")
            return trimmed_statement(layout, token.idx, sentence_end, verb, subject(layout, verb))
        if token.pos_ in ("VERB", "AUX", "CCONJ") or token.text in (";", ":"):
            return None  # another verb's clause, or one coordinated to the cue's ("…, et que")
        if others_claim(layout, verb, token):
            return None  # the clause of a claim or a reason ("rejected suggestions that …")
        if token.dep_ == "mark" and conjunction(layout, token):
            return None  # a clause of time or purpose ("…, avant que le convoi ne quitte")
    return None


def _governed(layout: Layout, verb: Token) -> bool:
    """Whether the infinitive ``verb`` follows a verb it is linked to, one that makes it a
    verb and no noun (« a rejeté les accusations et a fait valoir que … »: on « fait »)."""
    if verb.i == 0:
        return False
    before = layout.doc[verb.i - 1]
    return before.pos_ in ("VERB", "AUX") and (before.head.i == verb.i or verb.head.i == before.i)


def _infinitive(layout: Layout, verb: Token) -> Found | None:
    """A claim in the infinitive: "a affirmé respecter les conventions", also when the parser
    hung it on a time phrase between the cue and it ("a affirmé en fin d'après-midi avoir
    ouvert le feu": on "fin")."""
    if layout.lemma(verb) not in layout.lexicon.infinitive_cues or object_relative(layout, verb):
        return None
    for child in [*layout.children(verb), *timed(layout, verb)]:
        if child.i > verb.i and child.dep_ in CLAIMS and nonfinite_claim(child):
            found = clause_statement(layout, verb, child, verb.idx)
            if found is not None:
                start = cue_span(layout, verb)[0]  # its auxiliaries too: "a promis de …"
                return Found(start, found.end, False, found.cue, found.speaker)
    return None


def _before_cue(layout: Layout, verb: Token) -> Found | None:
    """The statement before its cue: '…, officials said', "…, a annoncé X", or around it:
    "Moscow, he said, had made clear …"."""
    start, end = layout.sentence(verb.idx)
    for child in layout.children(verb):
        if child.dep_ == "ccomp" and child.i < verb.i:
            if _goes_on(layout, _tag_end(layout, verb), end):
                return clause_statement(layout, verb, child, start, end)
            return clause_statement(layout, verb, child, start, verb.idx)
    tag = _tag(layout, verb) or _light_tag(layout, verb)
    loose = None if tag is not None else loose_tag(layout, verb)
    if tag is None and loose is None:
        return None
    comma, speaker, tag_end = tag or loose  # type: ignore[misc]
    if tag is not None and _goes_on(layout, tag_end, end):
        return trimmed_statement(layout, start, end, verb, speaker)
    if _circumstance(layout, start, verb):
        return None
    if word_count(layout, start, comma.idx) >= WORDS and _has_clause(layout, start, comma.idx):
        return trimmed_statement(layout, start, comma.idx, verb, speaker)
    return None


def _circumstance(layout: Layout, start: int, verb: Token) -> bool:
    """Whether the words before a speech tag open with a participle that modifies its verb, a
    verb with no subject or auxiliary of its own (the tagger may read "Asked" as a past
    tense): they say when or why the speaker spoke, not what ("Asked whether Russia was behind the
    attack, Peskov replied.", "Interrogé sur la trêve, le ministre a répondu.")."""
    words = [layout.doc[i] for i in layout.tokens(start, verb.idx) if layout.doc[i].is_alpha]
    if not words:
        return False
    first = words[0]
    return bool(
        first.pos_ == "VERB"
        and first.head.i == verb.i
        and not any(c.dep_ in SUBJECTS or c.dep_.startswith("aux") for c in first.children)
    )


def _tag_end(layout: Layout, verb: Token) -> int:
    """Where the words of a speech tag end: its verb and what follows it before a comma."""
    last = verb.i
    while last + 1 < len(layout.doc) and layout.doc[last + 1].head.i == verb.i:
        if layout.doc[last + 1].text == ",":
            break
        last = layout.doc[last + 1].right_edge.i
    return layout.token_end(last)


def _goes_on(layout: Layout, tag_end: int, end: int) -> bool:
    """Whether the reported sentence goes on after its tag ("Moscow, he said, had made clear
    …", "Trump's skepticism has hurt him, Graham said, since …"), rather than a clause about
    the speaker ("…, a annoncé le parquet, qui a ouvert une enquête")."""
    after = layout.tokens(tag_end, end)
    if len(after) < WORDS + 1 or layout.doc[after[0]].text != ",":
        return False
    following = layout.doc[after[1]]
    return following.lower_ not in layout.lexicon.relative_pronouns and _has_clause(
        layout, tag_end, end
    )


def _tag(
    layout: Layout, verb: Token, light: Token | None = None
) -> tuple[Token, Speaker, int] | None:
    """A speech tag after a comma: the comma, the speaker and where the tag ends, when ``verb``
    is finite, has its subject right before it ("…, officials said") or after it ("…, a
    annoncé le parquet"), and nothing else but adverbials. The ``light`` verb of a compound cue
    bears its tense and may bear its subject clitic ("…, a-t-il laissé entendre")."""
    if not (finite(verb) or (light is not None and finite(light))):
        return None
    tagged = [verb] if light is None else [verb, light]
    if any(
        c.dep_ in SUBJECTS and c.lower_ in layout.lexicon.relative_pronouns
        for t in tagged
        for c in t.children
    ):
        return None
    speaker = subject(layout, verb) or (subject(layout, light) if light is not None else None)
    if speaker is None or voice(layout, verb) is not None:
        return None  # who speaks "par la voix de" X speaks for a subject: no tag of its own
    # past its auxiliary and a subject clitic ("a-t-il"), the parser's hung on either verb
    before = preceding(layout, verb) if light is None else _before_light(layout, verb, light)
    if speaker.start > verb.idx or (before is not None and before.idx < speaker.start):
        comma = before
    else:
        words, first = layout.tokens(speaker.start, speaker.end), light or verb
        between = layout.doc[words[-1] + 1 : first.i] if words else []
        if not words or any(not _auxiliary_or_adverb(t, first) for t in between):
            return None
        comma = _previous(layout, layout.doc[words[0]])
    if comma is None or comma.text != "," or layout.in_quote(comma.i):
        return None
    if comma.idx < layout.sentence(verb.idx)[0] or quote_tag(layout, comma):
        return None  # '"…", said X': the quote's own cue
    spoken = layout.tokens(speaker.start, speaker.end)
    end = max(speaker.end, layout.token_end(verb.i))
    for child in (c for t in tagged for c in layout.children(t)):
        if child.i <= verb.i or child.dep_ in TAG_DEPENDENTS or child.i in spoken:
            continue
        if not circumstance(layout, verb, child) and not describes_speaker(layout, verb, child):
            return None  # an object or a clause of its own: no tag
        end = max(end, layout.token_end(child.right_edge.i))  # the tag ends after it
    return comma, speaker, end


def _before_light(layout: Layout, verb: Token, light: Token) -> Token | None:
    """The token before the ``light`` verb of a compound cue and the auxiliaries and subject
    clitics of either verb ("…, a-t-il fait remarquer": the comma)."""
    doc, i = layout.doc, light.i - 1
    while i >= 0 and (
        doc[i].is_space
        or doc[i].text.startswith("-")
        or (doc[i].head.i in (verb.i, light.i) and doc[i].dep_.startswith(("aux", "expl")))
    ):
        i -= 1
    return doc[i] if i >= 0 else None


def _light_tag(layout: Layout, verb: Token) -> tuple[Token, Speaker, int] | None:
    """The tag of a compound cue whose light verb bears the tense and maybe the subject
    clitic ("La frontière rouvrira lundi, a-t-il fait savoir", "…, a-t-elle laissé
    entendre"): the infinitive is no finite verb, its light verb is."""
    light = light_verb(layout, verb)
    return None if light is None else _tag(layout, verb, light)


def _auxiliary_or_adverb(token: Token, verb: Token) -> bool:
    return bool(
        token.pos_ in ("ADV", "PART", "SPACE")
        or (token.head.i == verb.i and token.dep_.startswith(("aux", "expl")))
    )


def _according(layout: Layout, according: According) -> Found | None:
    """The rest of the sentence of an attribution phrase (one that opens it, after a
    conjunction at most, gives the words after it: "Mais pour Kiev, l'affaire est close")."""
    start, end = layout.sentence(according.start)
    text = layout.text
    before = text[start : according.start].strip(TRIM)
    after = text[according.end : end].strip(TRIM)
    if not before or before.lower() in layout.lexicon.opening_conjunctions:
        start = _past_apposition(layout, according)
    elif not any(char.isalnum() for char in after):
        end = according.start
    found = trimmed_statement(layout, start, end, None, according.speaker)
    if found is None:
        return None
    cue = (according.start, according.speaker.start)
    return Found(found.start, found.end, False, cue, according.speaker)


def _past_apposition(layout: Layout, according: According) -> int:
    """Where the words of an opening attribution phrase start: after it, and after an
    apposition set off by commas that tells who the source is ("Selon Arun Mehta, hydrologue
    à l'Institut indien de technologie, l'Inde …" says « l'Inde … »)."""
    text = layout.text
    subjects = [c for c in layout.doc[according.anchor].children if c.dep_.startswith("nsubj")]
    if not subjects:
        return according.end
    first = subjects[0].left_edge.idx
    between = text[according.end : first].strip()
    if first <= according.end or not (between.startswith(",") and between.endswith(",")):
        return according.end
    source = layout.doc[according.speaker.head]
    words = [w for w in (layout.doc[i] for i in layout.tokens(according.end, first)) if w.is_alpha]
    if not words or not (
        all(source in w.ancestors for w in words)  # else the clause's own words
        or describes(layout, [w.i for w in words])  # the parser hung the title elsewhere
    ):
        return according.end
    # a description of the source opens on a bare noun ("hydrologue à …") or names what they
    # are ("a spokesman for …"), not on a determiner of anything ("une dizaine de navires")
    bare = words[0].pos_ not in ("DET", "NUM", "PRON")
    return first if bare or describes(layout, [w.i for w in words]) else according.end


def _has_clause(layout: Layout, start: int, end: int) -> bool:
    return any(
        layout.doc[i].pos_ in ("VERB", "AUX")
        and "Fin" in layout.doc[i].morph.get("VerbForm")
        and not layout.in_quote(i)
        for i in layout.tokens(start, end)
    )


def _previous(layout: Layout, token: Token) -> Token | None:
    i = token.i - 1
    while i >= 0 and layout.doc[i].is_space:
        i -= 1
    return layout.doc[i] if i >= 0 else None


def _quoted_share(quoted: list[tuple[int, int]], start: int, end: int) -> float:
    """The share of ``text[start:end]`` inside quotation marks (``quoted``: sorted spans that
    do not overlap)."""
    first = max(bisect_left(quoted, (start, start)) - 1, 0)
    inside = 0
    for q_start, q_end in quoted[first:]:
        if q_start >= end:
            break
        inside += max(0, min(end, q_end) - max(start, q_start))
    return inside / max(end - start, 1)
