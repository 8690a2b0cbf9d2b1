"""The event of a yes/no question is hypothetical; a question on a word leaves it as told."""

from __future__ import annotations

import pytest

from newsgraph.events import Coder
from newsgraph.events.questions import asked
from newsgraph.events.syntax import Tree

from .helpers import coded
from .trees import parse


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Q: Is Russia withdrawing its troops from Ukraine?", "en"),
        ("La Russie a-t-elle retiré ses troupes d'Ukraine ?", "fr"),
    ],
)
def test_an_act_asked_about_is_hypothetical(coders: dict[str, Coder], text: str, lang: str) -> None:
    found = coded(coders[lang], text, lang)
    assert [e[3] for e in found if e[0] == "RETREAT"] == ["hypothetical"], found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Why did Russia withdraw its troops from Ukraine?", "en"),
        ("Pourquoi la Russie a-t-elle retiré ses troupes d'Ukraine ?", "fr"),
    ],
)
def test_a_question_on_a_word_leaves_the_act_as_told(
    coders: dict[str, Coder], text: str, lang: str
) -> None:
    found = coded(coders[lang], text, lang)
    assert [e[3] for e in found if e[0] == "RETREAT"] == ["asserted"], found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Does France know that Russia attacked Ukraine?", "en"),
        ("La France sait-elle que la Russie a attaqué l'Ukraine ?", "fr"),
    ],
)
def test_an_act_told_under_the_question_is_given(
    coders: dict[str, Coder], text: str, lang: str
) -> None:
    found = coded(coders[lang], text, lang)
    assert [e[3] for e in found if e[0] == "ASSAULT"] == ["asserted"], found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Did Russia attack Ukraine?", "en"),
        ("Est-ce que la Russie a attaqué l'Ukraine ?", "fr"),
    ],
)
def test_que_of_est_ce_que_asks_a_yes_no_question(
    coders: dict[str, Coder], text: str, lang: str
) -> None:
    found = coded(coders[lang], text, lang)
    assert [e[3] for e in found if e[0] == "ASSAULT"] == ["hypothetical"], found


def _asked(tree: Tree, first: list[tuple[str, str, str, str, int, str]]) -> bool:
    """Whether "<first> a proposé Moscou ?" asks whether "proposé" took place."""
    n = len(first)
    doc = parse(
        [
            *first,
            ("a", "avoir", "AUX", "", n + 1, "aux:tense"),
            ("proposé", "proposer", "VERB", "Tense=Past|VerbForm=Part", n + 1, "ROOT"),
            ("Moscou", "Moscou", "PROPN", "", n + 1, "nsubj"),
            ("?", "?", "PUNCT", "", n + 1, "punct"),
        ]
    )
    verb = doc[n + 1]
    return asked(tree, verb, verb)


@pytest.mark.parametrize("que", ["Qu'", "Qu’", "Que"])
def test_que_opening_a_question_asks_about_a_word(fr: Tree, que: str) -> None:
    # "Qu'a proposé Moscou ?": what was proposed, not whether
    assert not _asked(fr, [(que, "que", "PRON", "PronType=Int", 2, "obj")])
    assert not _asked(fr, [("–", "–", "PUNCT", "", 3, "punct"), (que, "que", "PRON", "", 3, "obj")])
    assert _asked(fr, [])  # "A proposé Moscou ?" asks whether


def test_que_further_on_is_no_question_word(fr: Tree) -> None:
    # "Mais alors qu'a proposé…": not the first word, as in "est-ce que"
    first = [
        ("Mais", "mais", "CCONJ", "", 3, "cc"),
        ("alors", "alors", "ADV", "", 3, "advmod"),
        ("que", "que", "PRON", "", 3, "obj"),
    ]
    assert _asked(fr, first)


@pytest.mark.parametrize("word", ["Laquelle", "Lequel", "Lesquels", "Lesquelles"])
def test_lequel_asks_about_a_word(fr: Tree, word: str) -> None:
    # "Laquelle a proposé Moscou ?"
    assert not _asked(fr, [(word, "lequel", "PRON", "PronType=Int", 2, "obj")])


def test_which_asks_about_a_word(en: Tree) -> None:
    doc = parse(
        [
            ("Which", "which", "PRON", "PronType=Int", 3, "dobj"),
            ("did", "do", "AUX", "", 3, "aux"),
            ("Moscow", "Moscow", "PROPN", "", 3, "nsubj"),
            ("propose", "propose", "VERB", "VerbForm=Inf", 3, "ROOT"),
            ("?", "?", "PUNCT", "", 3, "punct"),
        ]
    )
    assert not asked(en, doc[3], doc[3])
