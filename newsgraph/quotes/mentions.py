"""The actor mentions of an article in text order, for resolving speakers: which actors the
speaker's words mention, the last one of a kind mentioned before a position, and whether a
mention is the subject of its clause."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable

from ..article import Actor, Article, Span
from ..knowledge import shipped
from .layout import CLAUSE_SUBJECTS, Found, Layout, Speaker, Token

#: How far up the parse a mention is looked for from the head of the speaker's words.
DEPTH = 8
#: Dependency relations that keep to the same referent: names and appositions.
FREE = frozenset({"appos", "flat", "flat:name", "compound", "fixed"})
#: The knowledge base's genders of people, as the parser's morphology writes them.
GENDERS = {"f": "Fem", "m": "Masc"}
#: How many mentions back the last actor mentioned is looked for.
LOOK_BACK = 400


class Mentions:
    """Every actor mention of the article in text order, looked up by position."""

    def __init__(
        self, article: Article, found: list[Found], said: Iterable[tuple[int, int]] = ()
    ) -> None:
        """``said``: spans of words that belong to a statement besides the found ones."""
        self.entries = sorted(
            ((m, actor) for actor in article.actors for m in actor.mentions),
            key=lambda entry: (entry[0].start, entry[0].end),
        )
        self.starts = [mention.start for mention, _ in self.entries]
        #: The story of a page of several that a position is in (:meth:`.Article.story`).
        self.story = article.story
        self.longest = max((m.end - m.start for m, _ in self.entries), default=0)
        quoted = _merged([*((f.start, f.end) for f in found), *said])
        starts = [start for start, _ in quoted]
        self.quoted = [_inside(quoted, starts, m.start) for m, _ in self.entries]
        self.direct = _merged((f.start, f.end) for f in found if f.direct)
        self.direct_starts = [start for start, _ in self.direct]

    def _hidden(self, k: int, position: int) -> bool:
        """Whether mention ``k`` is in a quote or a reported statement, not the quotation that
        ``position`` is in too: in an interview's answer, "— Le communiqué algérien est très
        explicite : il accuse …" the pronoun stands for what the answer names."""
        if not self.quoted[k]:
            return False
        own = _holder(self.direct, self.direct_starts, position)
        return own < 0 or own != _holder(self.direct, self.direct_starts, self.entries[k][0].start)

    def overlapping(self, start: int, end: int) -> list[Actor]:
        """The actors with a mention overlapping ``text[start:end]``, longest mention first
        (then the earliest), as ``newsgraph.actors.actors_in`` orders them."""
        first = bisect_left(self.starts, start - self.longest)
        best: dict[str, tuple[int, int, Actor]] = {}
        for mention, actor in self.entries[first : bisect_left(self.starts, end)]:
            if mention.end > start:
                key = (-(mention.end - mention.start), mention.start)
                if actor.id not in best or key < best[actor.id][:2]:
                    best[actor.id] = (*key, actor)
        return [entry[2] for entry in sorted(best.values(), key=lambda e: (e[0], e[1]))]

    def mentions_of(self, actor: Actor, start: int, end: int) -> list[Span]:
        return [m for m in actor.mentions if m.start < end and start < m.end]

    def last_before(
        self,
        position: int,
        kind: str | None,
        layout: Layout,
        paragraph: int | None,
        salient: bool = True,
        country: str | None = None,
        sector: str | None = None,
        gender: str | None = None,
        exclude: Actor | None = None,
        quoted: bool = False,
        fits: Callable[[Actor], bool] | None = None,
    ) -> tuple[int, Actor] | None:
        """Where and which actor was last mentioned before ``position`` outside quotes and
        reported statements, of the pronoun's ``kind``; from paragraph ``paragraph`` on, when
        given, and of ``country``, ``sector`` and the pronoun's grammatical ``gender`` when
        given, other than ``exclude`` and one that ``fits`` when given (a title's holder);
        quoted words count too when ``quoted``. A subject
        earlier in the sentence of that mention is preferred to it ("Vance, accompanied by
        Energy Secretary Chris Wright, used the stop … he told": Vance)."""
        index = bisect_left(self.starts, position)
        candidates: list[int] = []
        floor = self.story(position)[0]
        for k in range(index - 1, max(index - LOOK_BACK, 0) - 1, -1):
            mention, actor = self.entries[k]
            if paragraph is not None and layout.paragraph(mention.start) < paragraph:
                break
            if mention.start < floor:
                break  # an earlier story of the page
            if country is not None and actor.country != country:
                continue
            if sector is not None and actor.sector != sector:
                continue
            if exclude is not None and actor.id == exclude.id:
                continue
            if fits is not None and not fits(actor):
                continue
            if gender is not None and not agrees(layout, mention, actor, gender):
                continue
            hidden = not quoted and self._hidden(k, position)
            if not hidden and mention.end <= position and of_kind(actor, kind):
                candidates.append(k)
        if not candidates:
            return None
        if not salient:
            mention, actor = self.entries[candidates[0]]
            return mention.start, actor
        return self._salient(candidates, layout)

    def _salient(self, candidates: list[int], layout: Layout) -> tuple[int, Actor]:
        """Of the mentions ``candidates`` (latest first), the latest, or a subject before it
        in its sentence when the latest is not one."""
        chosen = candidates[0]
        sentence = layout.sentence(self.entries[chosen][0].start)
        if not self.is_subject(layout, chosen):
            for k in candidates[1:]:
                mention = self.entries[k][0]
                if mention.start < sentence[0]:
                    break
                if self.is_subject(layout, k):
                    chosen = k
                    break
        mention, actor = self.entries[chosen]
        return mention.start, actor

    def institution_subject(
        self, position: int, layout: Layout, paragraph: int, gender: str | None = None
    ) -> Actor | None:
        """The actor last mentioned before ``position`` in paragraph ``paragraph``, outside
        quotes and reported statements, when it is no person and heads the subject of its
        clause, or qualifies it ("le gouvernement malien a livré …", "Le communiqué algérien
        est très explicite : il accuse …"): what a pronoun with a grammatical gender stands
        for there."""
        index = bisect_left(self.starts, position)
        for k in range(index - 1, max(index - LOOK_BACK, 0) - 1, -1):
            mention, actor = self.entries[k]
            if layout.paragraph(mention.start) < paragraph:
                return None
            if self._hidden(k, position) or mention.end > position:
                continue
            head = _subject_head(layout, mention) if actor.kind != "person" else None
            if head is None:
                return None
            genders = head.morph.get("Gender")
            if gender is not None and genders and gender not in genders:
                return None
            return actor
        return None

    def is_subject(self, layout: Layout, k: int) -> bool:
        """Whether mention ``k`` is the subject of a clause, or in apposition to a subject
        that names no other actor ("Hikmet Hajiyev, foreign policy adviser to President Ilham
        Aliyev, said": the adviser is Hajiyev, whichever actor the stage gave the title to)."""
        mention, actor = self.entries[k]
        token = subject_of(layout, mention)
        if token is None or mention.start <= token.idx < mention.end:
            return token is not None
        others = self.overlapping(token.idx, token.idx + len(token.text))
        return all(other.id == actor.id for other in others)

    def subject_within(
        self, start: int, end: int, layout: Layout, kind: str | None = "country"
    ) -> Actor | None:
        """The first actor of ``kind`` (a state; any when None) mentioned in
        ``text[start:end]`` as the subject of a clause."""
        for k in range(bisect_left(self.starts, start), bisect_left(self.starts, end)):
            actor = self.entries[k][1]
            if of_kind(actor, kind) and self.is_subject(layout, k):
                return actor
        return None

    def first_within(
        self, start: int, end: int, layout: Layout, gender: str | None = None
    ) -> Actor | None:
        """The first person mentioned in ``text[start:end]`` outside quotes and reported
        statements, of a pronoun's ``gender`` when given."""
        for k in range(bisect_left(self.starts, start), bisect_left(self.starts, end)):
            mention, actor = self.entries[k]
            if self.quoted[k] or not of_kind(actor, "person"):
                continue
            if gender is None or agrees(layout, mention, actor, gender):
                return actor
        return None

    def ending_at(self, end: int) -> tuple[Span, Actor] | None:
        """The longest mention outside quotes that ends at ``end``, with its actor."""
        index = bisect_left(self.starts, end)
        found = [
            (self.entries[k][0], self.entries[k][1])
            for k in range(max(index - LOOK_BACK, 0), index)
            if self.entries[k][0].end == end and not self.quoted[k]
        ]
        return max(found, key=lambda entry: entry[0].end - entry[0].start, default=None)

    def last_with_word(
        self, position: int, *words: str, person: bool = True, since: int = 0
    ) -> Actor | None:
        """The last actor mentioned before ``position``, from ``since`` on, whose mention holds
        one of ``words`` ("the agency" -> "the UN food agency"); a person only when ``person``
        is true."""
        index = bisect_left(self.starts, position)
        since = max(since, self.story(position)[0])
        for k in range(index - 1, max(index - LOOK_BACK, 0) - 1, -1):
            mention, actor = self.entries[k]
            if mention.start < since:
                return None
            said = mention.text.lower().replace("’", "'").split()
            kept = person or actor.kind != "person"
            if kept and mention.end <= position and any(word in said for word in words):
                return actor
        return None


def subject_of(layout: Layout, mention: Span) -> Token | None:
    """The subject a word of ``mention`` is, or stands in apposition to: a name set off after
    a title stands for the subject the title heads ("Le chef de la garde présidentielle, le
    général Abdourahamane Tiani, s'est proclamé président")."""
    for i in layout.tokens(mention.start, mention.end):
        token = layout.doc[i]
        for _ in range(DEPTH):
            if token.dep_ in CLAUSE_SUBJECTS:
                return token
            if not free(token) or token.head.i == token.i:
                break
            token = token.head
    return None


def pronoun_gender(layout: Layout, speaker: Speaker | None) -> str | None:
    """The gender of a person pronoun ("-t-elle", "she": Fem), when it has one."""
    if speaker is None:
        return None
    genders = layout.doc[speaker.head].morph.get("Gender")
    return genders[0] if len(genders) == 1 else None


def agrees(layout: Layout, mention: Span, actor: Actor, gender: str) -> bool:
    """Whether a pronoun of ``gender`` can stand for ``actor`` named by ``mention``: neither
    the mention's words, the titles of its other mentions nor the knowledge base give the
    person the other gender ("he" is not Annalena Baerbock)."""
    genders = (mention_gender(layout, mention), known_gender(actor), text_gender(layout, actor))
    return all(g in (None, gender) for g in genders)


def text_gender(layout: Layout, actor: Actor) -> str | None:
    """The one gender a person's mentions give it in the text by a title of ``noun_genders``
    ("M. Castex … Castex a répondu": Masc; "Ms Kallas"), else, when the knowledge base knows
    no gender for it, its given name's, or None: a pronoun of the other gender after a bare
    surname is not that person's. Articles and agreement are not read: a long apposition holds
    nouns of either gender."""
    if actor.kind != "person":
        return None
    titles = layout.lexicon.noun_genders
    genders = {
        gender
        for m in actor.mentions
        for word in m.text.lower().split()
        if (gender := titles.get(word)) is not None
    }
    if not genders:
        return given_gender(layout, actor) if known_gender(actor) is None else None
    return genders.pop() if len(genders) == 1 else None


def given_gender(layout: Layout, actor: Actor) -> str | None:
    """The gender of a person's given name, its name's first word, when ``given_name_genders``
    has it ("Sophie Leroy": Fem, "Paul Martin": Masc): "Paul Martin et Claire Dupont ont
    visité le chantier. « … », a-t-elle assuré" is not Martin's."""
    words = actor.name.split()
    if len(words) < 2:
        return None
    return layout.lexicon.given_name_genders.get(words[0].lower())


def known_gender(actor: Actor) -> str | None:
    """The gender the knowledge base gives a person (Fem, Masc), or None."""
    if actor.kind != "person":
        return None
    person = shipped().person(actor.name)
    return GENDERS.get(person.gender or "") if person is not None else None


def mention_gender(layout: Layout, mention: Span) -> str | None:
    """The grammatical gender of the noun phrase a person's mention names, as its determiner
    or its title says ("le président Kagame": Masc, "la porte-parole, Yolande Makolo": Fem),
    or None: a pronoun of the other gender stands for someone else ("… a-t-elle ajouté" is
    not Kagame's); so do titles of ``noun_genders`` ("Mr Starmer", "spokeswoman Mao Ning").
    A name's own gender, which the tagger guesses, is not read."""
    for i in layout.tokens(mention.start, mention.end):
        token = layout.doc[i]
        while free(token) and token.head.i != token.i and token.head.pos_ in ("NOUN", "PROPN"):
            token = token.head
        words = [token, *(c for c in token.children if c.dep_ == "det")]
        genders = {
            str(g) for w in words if w.pos_ in ("NOUN", "DET") for g in w.morph.get("Gender")
        }
        titles = [token, *(c for c in token.children if c.dep_ == "compound")]
        genders |= {g for w in titles if (g := layout.lexicon.noun_genders.get(w.lower_))}
        if len(genders) == 1:
            return genders.pop()
    return None


def _subject_head(layout: Layout, mention: Span) -> Token | None:
    """The subject ``mention`` heads or stands in (in apposition to it, or an adjective of it:
    "le gouvernement malien a livré", "Le communiqué algérien est") when that is the subject
    of a main clause, not of a clause reported ("a affirmé que Paris cherchait")."""
    for i in layout.tokens(mention.start, mention.end):
        token = layout.doc[i]
        for _ in range(DEPTH):
            if token.dep_ in CLAUSE_SUBJECTS:
                return token if _main(token.head) else None
            if not (free(token) or token.dep_ == "amod") or token.head.i == token.i:
                break
            token = token.head
    return None


def _main(verb: Token) -> bool:
    """Whether ``verb`` heads its sentence, or is a conjunct of the verb that does."""
    for _ in range(DEPTH):
        if verb.head.i == verb.i:
            return True
        if verb.dep_ != "conj":
            return False
        verb = verb.head
    return False


def free(token: Token) -> bool:
    """Whether ``token`` keeps to the referent of its head: a name, an apposition, or a
    conjunct with no conjunction, which is an apposition set off by commas that the French
    parser takes for a conjunct ("Le chef de la garde, le général Abdourahamane Tiani, …")."""
    if token.dep_ in FREE:
        return True
    return token.dep_ == "conj" and not any(c.dep_ == "cc" for c in token.children)


def of_kind(actor: Actor, kind: str | None) -> bool:
    """Whether ``actor`` can be what a pronoun of ``kind`` stands for."""
    if kind in ("person", "latter"):
        return actor.kind == "person"
    if kind == "thing":
        return actor.kind != "person"
    if kind == "country":
        return actor.kind == "country"
    if kind == "body":
        return actor.kind in ("organization", "group")
    return True


def _merged(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` sorted and merged where they overlap."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _holder(spans: list[tuple[int, int]], starts: list[int], position: int) -> int:
    """The index of the span of ``spans`` that holds ``position``, or -1."""
    index = bisect_left(starts, position + 1) - 1
    return index if index >= 0 and position < spans[index][1] else -1


def _inside(spans: list[tuple[int, int]], starts: list[int], position: int) -> bool:
    return _holder(spans, starts, position) >= 0
