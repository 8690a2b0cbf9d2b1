"""Direct quotes and their speakers in the forms of English wire copy and newspapers, written
by hand as a reporter would: where the tag stands, how the speaker is named, which marks are
used; and quoted words that are no quotation (an operation's name, a nickname, a title)."""

from __future__ import annotations

import pytest

from .build import Cast, quotes_of
from .conftest import Build

pytestmark = pytest.mark.model

CAST: Cast = {
    "Olaf Scholz": ("person", ["Olaf Scholz", "Scholz"]),
    "Antony Blinken": ("person", ["Antony Blinken", "Blinken"]),
    "Josep Borrell": ("person", ["Josep Borrell", "Borrell"]),
    "Sergei Lavrov": ("person", ["Sergei Lavrov", "Lavrov"]),
    "Narendra Modi": ("person", ["Narendra Modi"]),
    "Javier Milei": ("person", ["Javier Milei"]),
    "Abbas Araghchi": ("person", ["Abbas Araghchi"]),
    "Mahmoud Abbas": ("person", ["Mahmoud Abbas"]),
    "Israel Katz": ("person", ["Israel Katz"]),
    "Ibrahim Kalin": ("person", ["Ibrahim Kalin"]),
    "Recep Tayyip Erdoğan": ("person", ["Erdogan"]),
    "Volodymyr Zelensky": ("person", ["Zelensky"]),
    "Pedro Sánchez": ("person", ["Pedro Sanchez"]),
    "Ed Davey": ("person", ["Ed Davey"]),
    "Nancy Pelosi": ("person", ["Nancy Pelosi"]),
    "Donald Tusk": ("person", ["Donald Tusk"]),
    "Vladimir Putin": ("person", ["Vladimir Putin"]),
    "Keir Starmer": ("person", ["Keir Starmer"]),
    "Israel": ("country", ["Israeli"]),
    "United States": ("country", ["US"]),
    "Russia": ("country", ["Russia"]),
}

FORMS = [
    # the speaker after the quote, told reporters
    (
        '"We are not at war with Russia," Olaf Scholz told reporters in Berlin.',
        "not at war with Russia",
        "Olaf Scholz",
    ),
    # a tag in the middle of the quoted sentence, inverted
    (
        '"We have made progress," said Josep Borrell, "though much remains to be done."',
        "much remains to be done",
        "Josep Borrell",
    ),
    # a tag in the middle, not inverted
    (
        '"The ceasefire is holding," Antony Blinken said, "but it remains fragile."',
        "but it remains fragile",
        "Antony Blinken",
    ),
    # a quotation of three sentences, then its tag
    (
        '"The talks were constructive. We agreed to meet again. Nobody left the table," '
        "Sergei Lavrov told a news conference.",
        "We agreed to meet again",
        "Sergei Lavrov",
    ),
    # a person named a sentence before, a description of them between, then "he said"
    (
        "Javier Milei arrived in Washington on Tuesday. The Argentine leader met investors. "
        '"Argentina is open for business," he said.',
        "open for business",
        "Javier Milei",
    ),
    # a title noun standing for the person named the sentence before
    (
        "Abbas Araghchi met his Omani counterpart on Saturday. "
        '"We want a fair agreement," the minister said.',
        "We want a fair agreement",
        "Abbas Araghchi",
    ),
    # a long appositive with a relative clause between the speaker and the verb
    (
        '"We will not sign this agreement," Mahmoud Abbas, who has led the Palestinian '
        "Authority since 2005, said on Thursday.",
        "not sign this agreement",
        "Mahmoud Abbas",
    ),
    # an inverted tag, the speaker's appositive and a participle after it
    (
        '"Hamas has rejected every proposal," said Israel Katz, the defence minister, '
        "speaking to soldiers in the south.",
        "rejected every proposal",
        "Israel Katz",
    ),
    # a possessor's spokesman named in apposition, a colon before the quote
    (
        'Erdogan\'s spokesman, Ibrahim Kalin, said: "Sweden must do more against terrorism."',
        "Sweden must do more",
        "Ibrahim Kalin",
    ),
    # an unnamed official speaking on condition of anonymity: the official's state
    (
        '"The strike was planned for weeks," a senior Israeli official, speaking on condition '
        "of anonymity, said.",
        "planned for weeks",
        "Israel",
    ),
    # an unnamed official before a colon
    (
        'A senior US official, who asked not to be named, said: "We expect an answer by Friday."',
        "answer by Friday",
        "United States",
    ),
    # a second quote after "adding" and a colon
    (
        '"The decision is final," Pedro Sanchez said, adding: "Spain will recognise Palestine."',
        "Spain will recognise Palestine",
        "Pedro Sánchez",
    ),
    # a post on a social network
    (
        '"Our troops have pushed the enemy back from the city," Zelensky wrote on X.',
        "pushed the enemy back",
        "Volodymyr Zelensky",
    ),
    # a quoted question, then an inverted tag
    (
        '"Why should Poland pay for Germany\'s mistakes?" asked Donald Tusk.',
        "Why should Poland pay",
        "Donald Tusk",
    ),
    # a news agency quoting the speaker, before a colon
    (
        'Vladimir Putin was quoted by Interfax as saying: "Russia is ready for dialogue."',
        "ready for dialogue",
        "Vladimir Putin",
    ),
    # a question put to the speaker, then the answer after a colon
    (
        'Asked whether he would resign, Olaf Scholz said: "No. I was elected to do a job."',
        "elected to do a job",
        "Olaf Scholz",
    ),
    # British single marks
    (
        "'This is a dark day for democracy,' said Ed Davey, the Liberal Democrat leader.",
        "dark day for democracy",
        "Ed Davey",
    ),
    # curly single marks, an apostrophe inside the quoted words
    (
        "‘We won’t be intimidated by anyone,’ said Keir Starmer, the prime minister.",
        "be intimidated by anyone",
        "Keir Starmer",
    ),
    # single marks inside double ones: one quotation, the outer speaker's
    (
        "\"When he told me 'we will never give up', I believed him,\" said Nancy Pelosi.",
        "I believed him",
        "Nancy Pelosi",
    ),
]


@pytest.mark.parametrize(("text", "piece", "speaker"), FORMS)
def test_a_wire_form_of_direct_quotation_is_found_with_its_speaker(
    build: Build, text: str, piece: str, speaker: str
) -> None:
    found = [q for q in quotes_of(build(text, "en", CAST)) if piece in q[0]]
    assert [(who, direct) for _, who, direct in found] == [(speaker, True)]


NOT_QUOTES = [
    ('The army launched "Operation Iron Sword" on Saturday, striking targets.', "Iron Sword"),
    ('The president, nicknamed "the Bulldozer", won re-election in 2020.', "Bulldozer"),
    ('The film "Oppenheimer" won seven Oscars, including best picture.', "Oppenheimer"),
    ('Rebels of the so-called "Islamic State" claimed the attack.', "Islamic State"),
]


@pytest.mark.parametrize(("text", "words"), NOT_QUOTES)
def test_a_name_or_title_in_quotation_marks_is_no_quotation(
    build: Build, text: str, words: str
) -> None:
    assert not [q for q in quotes_of(build(text, "en", CAST)) if words in q[0]]
