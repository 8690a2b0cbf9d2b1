"""Quotation marks and dialogue dashes paired on the text alone (no model)."""

from __future__ import annotations

import pytest

from newsgraph.quotes import find_marked, find_quotes, load, paragraphs

FR = load("fr")
EN = load("en")


def quoted(text: str, lang: str = "fr") -> list[str]:
    lexicon = FR if lang == "fr" else EN
    found = find_quotes(
        text, paragraphs(text), lexicon.marks, lexicon.dashes, elided=lexicon.elided
    )
    return [text[q.start : q.end] for q in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Il a dit « bonjour à tous ».", ["bonjour à tous"]),
        ("Il a dit «\u00a0bonjour à tous\u00a0».", ["bonjour à tous"]),
        ("Il a dit «\u202fbonjour\u202f» puis «\u202fau revoir\u202f».", ["bonjour", "au revoir"]),
        ("Il a dit “bonjour à tous”, puis il est parti.", ["bonjour à tous"]),
        ('Il a dit "bonjour à tous", puis il est parti.', ["bonjour à tous"]),
        ("« Il m'a dit “jamais” hier », raconte-t-elle.", ["Il m'a dit “jamais” hier"]),
        ("« Le texte « final » est prêt », a-t-il dit.", ["Le texte « final » est prêt"]),
        ("« Le texte est prêt. La volonté manque. »", ["Le texte est prêt. La volonté manque."]),
        ("l’agence n’a pas répondu, a-t-il dit.", []),
        ("« Rien du tout", []),
        ("Un « » vide.", []),
    ],
)
def test_french_marks(text: str, expected: list[str]) -> None:
    assert quoted(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"We need Patriots now," he said.', ["We need Patriots now"]),
        ("“We need Patriots now,” he said.", ["We need Patriots now"]),
        ('"Yes," he said, "and no."', ["Yes", "and no."]),
        ("“It is ‘final’ now,” she said.", ["It is ‘final’ now"]),
        ("The Philippines’ claim, the allies’ response.", []),
        ('A 12" pipe and "a real threat" here.', ["a real threat"]),
        ("a sloppy “mark“ here", ["mark"]),
        ("a sloppy ”mark” here", ["mark"]),
        # two apostrophes (or backquotes to open) stand for a double mark in some wire copy
        ("''We need Patriots now,'' he said.", ["We need Patriots now"]),
        ("He called it ''a disgrace.'' Then ''he left'' again.", ["a disgrace.", "he left"]),
        ("``We will win,'' she said.", ["We will win"]),
        ("“He said ''no'' to them,” she said.", ["He said ''no'' to them"]),
        ("The players'' union and \"a real threat\" here.", ["a real threat"]),
        ("„Wir schaffen das“, she said.", ["Wir schaffen das"]),
        # single curly quotes; ’ between two letters is the apostrophe
        ("‘We won’t back down,’ he said.", ["We won’t back down"]),
        ("Clinton calls Obamacare ‘crazy system’ during campaign stop.", ["crazy system"]),
        (
            "Guyana’s leaders said ‘the court’s ruling is final’ today.",
            ["the court’s ruling is final"],
        ),
        ("Guyana’s and Venezuela’s leaders met.", []),
    ],
)
def test_english_marks(text: str, expected: list[str]) -> None:
    assert quoted(text, "en") == expected


def test_a_quote_never_runs_across_a_paragraph_break() -> None:
    text = "« Il est parti sans rien dire.\n\nLe lendemain, il est revenu », dit-elle."
    assert quoted(text) == []


def test_a_quote_over_two_paragraphs_runs_to_the_end_of_the_first() -> None:
    text = "“We will not give up. We will fight.\n\n“We will win,” he said."
    assert quoted(text, "en") == ["We will not give up. We will fight.", "We will win"]


def test_dialogue_dashes_are_lines_of_their_own() -> None:
    text = "Il s'est voulu confiant :\n\n— Le texte est prêt.\n\n– Et la suite ?"
    assert quoted(text) == ["Le texte est prêt.", "Et la suite ?"]
    assert quoted("Le bilan — lourd — est connu.") == []


def test_a_quotation_inside_a_dialogue_line_is_found_too() -> None:
    text = "Il a répondu :\n\n— Alger accuse Paris de « saboter la relance »."
    assert quoted(text) == ["Alger accuse Paris de « saboter la relance ».", "saboter la relance"]


def test_offsets_index_the_text() -> None:
    text = "Intro.\n\n« Un deux trois », dit-il."
    [quote] = find_marked(text, 8, len(text), FR.marks)
    assert (text[quote.open], text[quote.close], text[quote.start : quote.end]) == (
        "«",
        "»",
        "Un deux trois",
    )


def test_a_mark_of_two_characters_is_outside_the_quote() -> None:
    text = "Intro.\n\n''We will win,'' he said."
    [quote] = find_marked(text, 8, len(text), EN.marks)
    assert text[quote.open : quote.outer[1]] == "''We will win,''"
    assert text[quote.close : quote.outer[1]] == "''"


def test_paragraphs_are_separated_by_blank_lines() -> None:
    text = "  Un.\n\n\nDeux,\nsuite.\n \nTrois."
    assert [text[s:e] for s, e in paragraphs(text)] == ["Un.", "Deux,\nsuite.", "Trois."]


def test_answers_after_questions_set_apart_by_dashes_are_lines_of_dialogue() -> None:
    text = (
        "La chercheuse décrypte la crise.\n\n– Le sommet marque-t-il une rupture ?\n\n"
        "Politiquement, oui.\n\nJuridiquement, pas encore.\n\n– Et la suite ?\n\n"
        "Une coexistence froide."
    )
    found = find_quotes(text, paragraphs(text), FR.marks, FR.dashes)
    lines = [(text[m.start : m.end], m.asker) for m in found if m.dash]
    assert lines == [
        ("Le sommet marque-t-il une rupture ?", True),
        ("Politiquement, oui.", False),
        ("Juridiquement, pas encore.", False),
        ("Et la suite ?", True),
        ("Une coexistence froide.", False),
    ]
    # one question alone makes no interview
    single = "Intro.\n\n– Et la suite ?\n\nUne coexistence froide."
    assert [m.asker for m in find_quotes(single, paragraphs(single), FR.marks, FR.dashes)] == [True]


def answers_of(text: str, lang: str) -> list[str]:
    lexicon = FR if lang == "fr" else EN
    found = find_quotes(text, paragraphs(text), lexicon.marks, lexicon.dashes)
    return [text[m.start : m.end] for m in found if m.answer]


def test_dashed_answers_to_questions_in_plain_paragraphs_are_the_guests() -> None:
    text = (
        "Le ministre nous a reçus.\n\nQue change cet accord ?\n\n— Il donne un cadre.\n\n"
        "Nous diversifions nos partenariats.\n\nEt Pékin ?\n\n— Rien à dire.\n\nLire aussi."
    )
    assert answers_of(text, "fr") == [
        "Il donne un cadre.",
        "Nous diversifions nos partenariats.",
        "Rien à dire.",
    ]


def test_an_english_interview_with_plain_questions_and_dashed_answers() -> None:
    text = (
        "We met the minister.\n\nWhat changes?\n\n— A legal frame.\n\n"
        "Why now?\n\n— Because we are ready.\n\nThat is all."
    )
    assert answers_of(text, "en") == ["A legal frame.", "Because we are ready."]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Faut-il négocier ?\n\n— Oui, dit un élu.\n\nLe débat continue.\n\nEt après ?", "fr"),
        ("Will it last?\n\n— Nobody knows.\n\nWho pays?\n\nThe taxpayer, again.", "en"),
        (
            "Que prévoit le texte ?\n\n– des hausses ;\n\n– des gels.\n\nEt ensuite ?\n\n– un vote",
            "fr",
        ),
        ("What is in it?\n\n– a tax\n\nWho pays?\n\n– Savers.\n\n– Banks.", "en"),
    ],
)
def test_one_question_before_a_dash_or_lists_after_questions_make_no_interview(
    text: str, lang: str
) -> None:
    assert answers_of(text, lang) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("'We are devastated,' she said.", ["We are devastated"]),
        ("She said: 'We won't back down.'", ["We won't back down."]),
        ("The players' union met.", []),
        ("In the '90s she said 'we will win' here.", ["we will win"]),
    ],
)
def test_straight_single_marks_pair_in_english(text: str, expected: list[str]) -> None:
    assert quoted(text, "en") == expected


def test_a_quote_open_at_a_line_end_runs_to_it_when_the_next_line_opens_one() -> None:
    text = (
        "“Trump events are outlets for people,” Sexton said. “They revel in it.\n"
        "“There’s another side,” Sexton said."
    )
    assert quoted(text, "en") == [
        "Trump events are outlets for people",
        "They revel in it.",
        "There’s another side",
    ]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a straight mark closes a curly one, and the other way round
        (
            '“Our roads are crumbling," she said. "Families endure blackouts.”',
            "en",
            ["Our roads are crumbling", "Families endure blackouts."],
        ),
        (
            '"Never underestimate him,” Reid said. “He\'s a hard guy to predict."',
            "en",
            ["Never underestimate him", "He's a hard guy to predict."],
        ),
        (
            '“Nos routes sont en ruine", a-t-elle dit. "Les familles souffrent.”',
            "fr",
            ["Nos routes sont en ruine", "Les familles souffrent."],
        ),
        # a straight mark that opens inside a curly quote is a quote inside it
        ('“He said "no" to me twice,” she said.', "en", ['He said "no" to me twice']),
    ],
)
def test_mixed_straight_and_curly_double_marks_pair(
    text: str, lang: str, expected: list[str]
) -> None:
    assert quoted(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Dupont said in ‘08 that voters had changed. “I do sense it,” he said.",
            "en",
            ["I do sense it"],
        ),
        ("Born in the ‘90s, he said “never again”.", "en", ["never again"]),
        ("Il a dit en ‘08 que « rien ne change », puis il est parti.", "fr", ["rien ne change"]),
        # a quotation that opens with a number is closed further on
        ("He called it ‘99 problems’ and left.", "en", ["99 problems"]),
    ],
)
def test_an_opening_single_mark_before_a_year_is_an_apostrophe(
    text: str, lang: str, expected: list[str]
) -> None:
    assert quoted(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # an elided year before a quote in single marks: the year is no quote
        (
            "Dupont said in ‘08 that it does away with the ‘blame game’ for good.",
            "en",
            ["blame game"],
        ),
        # a closing mark the site dropped: the quotes after it are found
        (
            '“The aid is late, he said. "We cannot wait," Dupont added.',
            "en",
            ["We cannot wait"],
        ),
        # an opening straight mark with nothing to close it; the inner quote stands alone
        (
            "He said his wife \"told him, 'You know you will win.'”",
            "en",
            ["You know you will win."],
        ),
        (
            "« L'aide tarde, a-t-il dit. Puis il a ajouté « rien n'est joué » hier.",
            "fr",
            ["rien n'est joué"],
        ),
        (
            "Il a évoqué « le retard de l'aide et “une urgence absolue”, selon lui.",
            "fr",
            ["une urgence absolue"],
        ),
        # a mark left open at the end still runs on when the next paragraph opens with one
        (
            "“We will fight “hard”.\n\n“We will win,” he said.",
            "en",
            ["We will fight “hard”.", "We will win"],
        ),
    ],
)
def test_an_opening_mark_never_closed_in_its_paragraph_is_stray(
    text: str, lang: str, expected: list[str]
) -> None:
    assert quoted(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "And how ‘bout this headline: “Surge in robberies alters residents’ routines.”",
            ["Surge in robberies alters residents’ routines."],
        ),
        ("Sophie in 't Veld said 'we must act' today.", ["we must act"]),
        (
            "“I’ve got six of ‘em stacked up,” he said of his ‘secret plan’.",
            ["I’ve got six of ‘em stacked up", "secret plan"],
        ),
        # the word must end there: a quote that opens with a longer word still opens
        ("He said ‘terrible things’ about it.", ["terrible things"]),
    ],
)
def test_a_single_mark_before_an_elided_word_is_an_apostrophe(
    text: str, expected: list[str]
) -> None:
    assert quoted(text, "en") == expected
