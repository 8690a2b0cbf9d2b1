"""Direct quotes and their speakers, in French and English, on articles built by hand."""

from __future__ import annotations

from bisect import insort

import pytest

from newsgraph.quotes import find, load
from newsgraph.quotes.direct import is_quotation
from newsgraph.quotes.layout import Layout

from .build import Cast, quotes_of
from .conftest import Build

pytestmark = pytest.mark.model

PEOPLE: Cast = {
    "Jean Dupont": ("person", ["Jean Dupont", "Dupont"]),
    "Antony Blinken": ("person", ["Antony Blinken", "Blinken", "secrétaire d'État"]),
    "Dmitry Peskov": ("person", ["Dmitri Peskov", "Dmitry Peskov"]),
    "Félix Tshisekedi": ("person", ["Félix Tshisekedi"]),
    "Rafael Grossi": ("person", ["Rafael Grossi"]),
    "Enrique Manalo": ("person", ["Enrique Manalo"]),
    "Ararat Mirzoyan": ("person", ["Ararat Mirzoyan"]),
    "Kim Jong-un": ("person", ["Kim\u00a0Jong-un", "Kim Jong-un"]),
    "Vladimir Putin": ("person", ["Vladimir Poutine", "Vladimir Putin"]),
    "Volodymyr Zelensky": ("person", ["Volodymyr Zelensky", "Zelensky"]),
    "Gabrielius Landsbergis": ("person", ["Gabrielius Landsbergis"]),
    "Mauro Vieira": ("person", ["Mauro Vieira"]),
    "Jake Sullivan": ("person", ["Jake Sullivan"]),
    "Dmytro Kuleba": ("person", ["Dmytro Kuleba"]),
    "Kaja Kallas": ("person", ["Kaja Kallas"]),
    "Olaf Scholz": ("person", ["Olaf Scholz"]),
    "Rapid Support Forces": ("organization", ["RSF"]),
    "al-Shabaab": ("group", ["al-Shabaab"]),
    "Russia": ("country", ["Russie", "Russia", "Kremlin", "Moscou", "Moscow", "russe"]),
    "United States": ("country", ["États-Unis", "Washington", "américain"]),
    "China": ("country", ["Chine", "Pékin", "chinois"]),
    "Emmanuel Macron": ("person", ["Emmanuel Macron"]),
    "Mette Frederiksen": ("person", ["Mette Frederiksen"]),
    "Élysée": ("organization", ["Élysée"]),
    "Lithuania": ("country", ["Vilnius"]),
    "European Union": ("organization", ["UE"]),
    "Michael McFaul": ("person", ["Michael McFaul"]),
    "Scott Pruitt": ("person", ["Scott Pruitt"]),
    "Jeff Merkley": ("person", ["Merkley"]),
    "David Vitter": ("person", ["Vitter"]),
    "Michael Flynn": ("person", ["Flynn"]),
    "Francisco Herrero": ("person", ["Francisco Herrero"]),
    "Jorge Falcon": ("person", ["Jorge Falcon"]),
    "Barack Obama": ("person", ["Barack Obama", "Obama"]),
    "John Kerry": ("person", ["Kerry"]),
    "Terry Strada": ("person", ["Terry Strada", "Strada"]),
    "North Korea": ("country", ["North Korea"]),
    "Zero Hedge": ("organization", ["Zero Hedge"]),
    "Norman Ham": ("person", ["Norman Ham", "Ham"]),
    "Bola Tinubu": ("person", ["Bola Tinubu", "président nigérian"]),
    "Aykhan Hajizada": ("person", ["Aykhan Hajizada"]),
    "Donald Trump": ("person", ["Donald Trump"]),
}

FRENCH = [
    # a place or a medium between an inverted cue and its subject
    (
        "Le texte a été voté. « Nous sommes un pas plus près de l'Otan », s'est félicité sur X "
        "le président ukrainien, Volodymyr Zelensky.",
        "Nous sommes un pas plus près",
        "Volodymyr Zelensky",
    ),
    # a cue coordinated to the clause another cue reports is that cue's conjunct
    (
        "Donald Trump a jugé que les États-Unis avaient besoin du Groenland pour « la paix du "
        "monde » et assuré qu'ils l'obtiendraient « d'une manière ou d'une autre ».",
        "d'une manière ou d'une autre",
        "Donald Trump",
    ),
    # an inverted subject with a relative clause of its own, which the parser hangs on the cue
    (
        "« Nous ne laisserons pas un coup d'État de plus s'installer dans notre région », a "
        "lancé le président nigérian Bola Tinubu, qui a pris ce mois-ci la présidence "
        "tournante de l'organisation.",
        "Nous ne laisserons pas un coup",
        "Bola Tinubu",
    ),
    # a time phrase between the cue and the inverted subject
    (
        "« Nous rejetons catégoriquement ces accusations infondées », a réagi le jour même le "
        "porte-parole du ministère azerbaïdjanais des Affaires étrangères, Aykhan Hajizada.",
        "Nous rejetons catégoriquement",
        "Aykhan Hajizada",
    ),
    # a reporting verb before the quote, the attribution phrase after it
    (
        "En Europe, plusieurs capitales ont affiché leur solidarité avec Copenhague. Lors d’un "
        "entretien téléphonique samedi, Emmanuel Macron a assuré Mette Frederiksen de "
        "«\u00a0la solidarité pleine et entière de la France\u00a0», selon l’Élysée.",
        "la solidarité pleine et entière",
        "Emmanuel Macron",
    ),
    # the attribution phrase, when the verb's subject names nobody
    (
        "Dmitri Peskov a regretté la réaction de Bakou. Selon lui, l'opération "
        "d'Iekaterinbourg relevait de « l'application de la loi » et de rien d'autre.",
        "l'application de la loi",
        "Dmitry Peskov",
    ),
    # a fronted place, a title and a name before the verb: no inverted subject after it
    (
        "À Bruxelles, la haute représentante de l'UE, Kaja Kallas, a assuré Vilnius du "
        "« soutien total et indéfectible de l'Union ».",
        "soutien total et indéfectible",
        "Kaja Kallas",
    ),
    # « … », a déclaré X
    (
        "« Nous ne céderons pas un centimètre », a déclaré le ministre Jean Dupont.",
        "Nous ne céderons pas un centimètre",
        "Jean Dupont",
    ),
    # non-breaking spaces, a pronoun speaker
    (
        "Jean Dupont est arrivé à Berlin. «\u00a0Nous ne céderons pas\u00a0», a-t-il ajouté.",
        "Nous ne céderons pas",
        "Jean Dupont",
    ),
    # X a affirmé : « … »
    (
        "Le président Félix Tshisekedi a affirmé : « Le Rwanda mène une guerre contre nous. »",
        "Le Rwanda mène une guerre contre nous.",
        "Félix Tshisekedi",
    ),
    # the speaker in the middle of the quote
    (
        "« Ces manœuvres, a déclaré le porte-parole du Kremlin, Dmitri Peskov, ne font "
        "qu'accroître les tensions. »",
        "ne font qu'accroître les tensions",
        "Dmitry Peskov",
    ),
    # a partial quote inside reported speech; the actors stage knows the title
    (
        "Antony Blinken est à Séoul. Le secrétaire d'État a noté que la Russie était "
        "« désespérément à la recherche d'équipements ».",
        "désespérément à la recherche d'équipements",
        "Antony Blinken",
    ),
    # a quote over several sentences
    (
        "« La situation n'est pas tenable. L'agence ne peut plus garantir le caractère "
        "pacifique du programme », a averti Rafael Grossi.",
        "La situation n'est pas tenable. L'agence ne peut plus garantir",
        "Rafael Grossi",
    ),
    # English marks in a French text
    (
        "“Nous ne nous laisserons pas intimider”, a déclaré le secrétaire aux Affaires "
        "étrangères Enrique Manalo.",
        "Nous ne nous laisserons pas intimider",
        "Enrique Manalo",
    ),
    # the speaker of a participle's quote is the subject of its clause
    (
        "Kim\u00a0Jong-un a affirmé son soutien à Vladimir Poutine, lui affirmant qu'ils "
        "seraient « ensemble dans la lutte contre l'impérialisme ».",
        "ensemble dans la lutte contre l'impérialisme",
        "Kim Jong-un",
    ),
    # a state as the speaker
    (
        "La Chine a dénoncé des manœuvres “provocatrices et de nature à déstabiliser la région”.",
        "provocatrices et de nature à déstabiliser la région",
        "China",
    ),
    # « selon X » with a quote
    (
        "Selon Antony Blinken, cette alliance a été « forgée dans le sang ».",
        "forgée dans le sang",
        "Antony Blinken",
    ),
    # words in a clause on the object of the cue
    (
        "Les RSF ont accusé l'armée d'utiliser les civils comme « boucliers humains dans les "
        "quartiers résidentiels ».",
        "boucliers humains dans les quartiers résidentiels",
        "Rapid Support Forces",
    ),
]

ENGLISH = [
    # branding is saying
    (
        "The militant group al-Shabaab has seized on the deal as a recruiting tool, branding "
        "it \u201can Ethiopian invasion of Somali soil\u201d.",
        "an Ethiopian invasion of Somali soil",
        "al-Shabaab",
    ),
    # single curly quotes, an apostrophe inside
    (
        "‘Russia won’t stop at Ukraine,’ said Gabrielius Landsbergis.",
        "Russia won’t stop at Ukraine",
        "Gabrielius Landsbergis",
    ),
    # '"…," he said'
    (
        'Zelensky spoke on Tuesday. "We need Patriots now, not in the autumn," he said.',
        "We need Patriots now, not in the autumn",
        "Volodymyr Zelensky",
    ),
    # '"…," said X, the …'
    (
        '"Those who beat peaceful protesters will not be welcome," said Gabrielius '
        "Landsbergis, the Lithuanian foreign minister.",
        "Those who beat peaceful protesters will not be welcome",
        "Gabrielius Landsbergis",
    ),
    # 'X said: "…"'
    (
        'Brazil\'s foreign minister, Mauro Vieira, said: "We are not taking sides."',
        "We are not taking sides.",
        "Mauro Vieira",
    ),
    # the second part of a quote takes the first one's speaker
    (
        "“These attacks are enabled by Iran,” National Security Adviser Jake Sullivan said. "
        "“We have every reason to believe it.”",
        "We have every reason to believe it.",
        "Jake Sullivan",
    ),
    # a quote inside a clause of the cue
    (
        'Foreign Minister Dmytro Kuleba accused Moscow of waging "a campaign of terror '
        'against sleeping cities".',
        "a campaign of terror against sleeping cities",
        "Dmytro Kuleba",
    ),
    # a partial quote inside reported speech
    (
        "Kaja Kallas said the bloc stood with the Georgian people and that the crackdown "
        '"will have direct consequences" for relations.',
        "will have direct consequences",
        "Kaja Kallas",
    ),
    # an institution as the speaker
    (
        '"Our armed forces strike only military objects," the Kremlin said.',
        "Our armed forces strike only military objects",
        "Russia",
    ),
    # two apostrophes for quotation marks, as in some wire copy
    (
        "''We need Patriots now, not in the autumn,'' Zelensky said.",
        "We need Patriots now, not in the autumn",
        "Volodymyr Zelensky",
    ),
    # a long apposition between the quote and its tag
    (
        "''Their strategy is very clear: to look like a legitimate source of news,'' Michael "
        "McFaul, a senior fellow at the Hoover Institution and a former United States "
        "ambassador to Russia, said of RT.",
        "Their strategy is very clear",
        "Michael McFaul",
    ),
    # a participle in the apposition is no clause of its own
    (
        "“It’s an invasion of the state regulatory domain,” Scott Pruitt, the attorney general "
        "of Oklahoma, one of the states suing the EPA, said at a Washington event.",
        "It’s an invasion",
        "Scott Pruitt",
    ),
    # a quote inside the quote ends it: ‘…,’”
    (
        "“You say you ‘accept responsibility, and it was the fault of those people,’” Merkley "
        "said.",
        "You say you",
        "Jeff Merkley",
    ),
    # a question tagged after it, by a verb that reports no statement elsewhere
    (
        "“Why isn’t this clear proof that Wells is too big to fail?” Vitter demanded.",
        "too big to fail",
        "David Vitter",
    ),
    # contractions are clauses: "He's", "There's"
    (
        "“He's absolutely right. There's a severe disconnect,” Flynn said on Fox News.",
        "absolutely right",
        "Michael Flynn",
    ),
    # a cue inside the quote whose subject runs on to its last words is no incise
    (
        "John Kerry spoke in New York.\n\n"
        '"To be clear, the United States does not, and never will, accept North Korea as a '
        'nuclear state," Kerry said.',
        "accept North Korea",
        "John Kerry",
    ),
    # a verb of tag_verbs before the quote, after a comma
    (
        "Zero Hedge asked, “Wait, now it is 18.7% when they said a year ago that it was true?”",
        "Wait, now it is",
        "Zero Hedge",
    ),
    # a verb of tag_verbs after the quote
    (
        "“We will not back down and we will be heard,” Terry Strada read from a statement.",
        "We will not back down",
        "Terry Strada",
    ),
    # words in a clause on the object of the cue
    (
        "German Chancellor Olaf Scholz pledged another Patriot battery to Ukraine, to be "
        'delivered "within the coming months", after talks in Berlin.',
        "within the coming months",
        "Olaf Scholz",
    ),
]


@pytest.mark.parametrize(("text", "piece", "speaker"), FRENCH)
def test_french_direct_quotes(build: Build, text: str, piece: str, speaker: str) -> None:
    found = [q for q in quotes_of(build(text, "fr", PEOPLE)) if q[2] and piece in q[0]]
    assert found, f"no direct quote with {piece!r}"
    assert min(found, key=lambda q: len(q[0]))[1] == speaker  # the quote closest to the words


@pytest.mark.parametrize(("text", "piece", "speaker"), ENGLISH)
def test_english_direct_quotes(build: Build, text: str, piece: str, speaker: str) -> None:
    found = [q for q in quotes_of(build(text, "en", PEOPLE)) if q[2] and piece in q[0]]
    assert found, f"no direct quote with {piece!r}"
    assert found[0][1] == speaker


def test_dialogue_dashes_take_the_speaker_introducing_them(build: Build) -> None:
    text = (
        "Interrogé par notre correspondante, Ararat Mirzoyan s'est voulu confiant :\n\n"
        "— Le texte est prêt. Il ne manque plus que la volonté politique.\n\n"
        "— Et la demande de Bakou ?\n\n"
        "— C'est une question intérieure arménienne."
    )
    found = quotes_of(build(text, "fr", PEOPLE))
    assert found == [
        ("Le texte est prêt. Il ne manque plus que la volonté politique.", "Ararat Mirzoyan", True),
        ("C'est une question intérieure arménienne.", "Ararat Mirzoyan", True),
    ]


def test_an_interview_that_opens_with_a_question_is_the_person_presented_before(
    build: Build,
) -> None:
    text = (
        "Joint par téléphone jeudi, le ministre Ararat Mirzoyan se veut prudent.\n\n"
        "— Le traité est-il enterré ?\n\n"
        "— Il n'a jamais eu la moindre existence légale.\n\n"
        "— Et la demande de Bakou ?\n\n"
        "— Rien n'est décidé. Nous en discuterons avec nos partenaires."
    )
    found = quotes_of(build(text, "fr", PEOPLE))
    assert found == [
        ("Il n'a jamais eu la moindre existence légale.", "Ararat Mirzoyan", True),
        ("Rien n'est décidé. Nous en discuterons avec nos partenaires.", "Ararat Mirzoyan", True),
    ]


def test_an_english_interview_alternates_asker_and_guest(build: Build) -> None:
    text = (
        "We spoke to Olaf Scholz on Friday in his office.\n\n"
        "— What went through your mind?\n\n"
        "— Disbelief. I thought it was a joke.\n\n"
        "— Moscow says it was not informed in advance.\n\n"
        "— Moscow knew everything, and Dmytro Kuleba said this morning that Kyiv had warned "
        "them."
    )
    found = quotes_of(build(text, "en", PEOPLE))
    assert [q for q in found if q[2]] == [
        ("Disbelief. I thought it was a joke.", "Olaf Scholz", True),
        (
            "Moscow knew everything, and Dmytro Kuleba said this morning that Kyiv had warned "
            "them.",
            "Olaf Scholz",
            True,
        ),
    ]
    # the asker's line is no quotation, but it reports one; so does the guest's
    reported = [q for q in found if not q[2]]
    assert ("it was not informed in advance", "Russia", False) in reported
    assert ("that Kyiv had warned them", "Dmytro Kuleba", False) in reported


def test_an_interview_under_q_and_a_labels(build: Build) -> None:
    text = (
        "We spoke to Kaja Kallas, the prime minister.\n\n"
        "Q: What did you make of the visit.\n\n"
        "A: He came to a base, talked to soldiers and flew home.\n\n"
        "Q: And now?\n\n"
        "A: We are open to talks, but on our terms."
    )
    assert quotes_of(build(text, "en", PEOPLE)) == [
        ("He came to a base, talked to soldiers and flew home.", "Kaja Kallas", True),
        ("We are open to talks, but on our terms.", "Kaja Kallas", True),
    ]


def test_dashes_without_a_colon_or_a_question_are_no_dialogue(build: Build) -> None:
    text = "Ararat Mirzoyan est arrivé jeudi.\n\n— Un paragraphe de liste, sans dialogue."
    assert quotes_of(build(text, "fr", PEOPLE)) == []


def test_a_cue_in_the_paragraph_before_is_not_the_cue_of_the_next(build: Build) -> None:
    # the parser hangs "a salué" on "a estimé" of the paragraph before
    text = (
        "L'ambassadeur chinois Fu Cong a pour sa part estimé que le recours à la force ne "
        "pouvait remplacer un processus politique « conduit et maîtrisé par les Haïtiens ».\n\n"
        "A Port-au-Prince, le président du Conseil présidentiel de transition, Laurent "
        "Saint-Cyr, a salué « une décision historique » et remercié les membres du Conseil."
    )
    cast: Cast = {
        "Fu Cong": ("person", ["Fu Cong"]),
        "Laurent Saint-Cyr": ("person", ["Laurent Saint-Cyr"]),
    }
    found = [q for q in quotes_of(build(text, "fr", cast)) if "décision" in q[0]]
    assert [speaker for _, speaker, _ in found] == ["Laurent Saint-Cyr"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("L'Union européenne vise les navires de la « flotte fantôme » russe.", "fr"),
        ("L'Otan a lancé l'opération « Baltic Sentry » il y a deux semaines.", "fr"),
        ("Lula a salué un texte « équilibré ».", "fr"),
        (
            "Les ministres ont appelé l'Iran à rétablir « sans délai » l'accès des inspecteurs.",
            "fr",
        ),
        ('The so-called "shadow fleet" carries Russian oil.', "en"),
        ('Putin and Kim signed the "comprehensive strategic partnership" treaty.', "en"),
    ],
)
def test_nicknames_names_and_scare_quotes_are_not_quotes(
    build: Build, text: str, lang: str
) -> None:
    assert [q for q in quotes_of(build(text, lang, PEOPLE)) if q[2]] == []


def test_an_unknown_speaker_is_none(build: Build) -> None:
    text = "« Nous avons tout perdu », a raconté une habitante du quartier."
    assert quotes_of(build(text, "fr", PEOPLE)) == [("Nous avons tout perdu", None, True)]


def test_a_name_after_a_dash_signs_the_quote_before_it(build: Build) -> None:
    text = (
        "Readers answered.\n\n"
        "“The most unqualified child to ever run for president.” ― Francisco Herrero\n"
        "“I just hope that this campaign gives the community the anger to vote.” ― Jorge Falcon."
    )
    found = {q[0]: q[1] for q in quotes_of(build(text, "en", PEOPLE)) if q[2]}
    assert found == {
        "The most unqualified child to ever run for president.": "Francisco Herrero",
        "I just hope that this campaign gives the community the anger to vote.": "Jorge Falcon",
    }


def test_a_sentence_the_tag_interrupts_is_one_quotation(build: Build) -> None:
    text = (
        "Barack Obama spoke in Honolulu.\n\n"
        '"What makes climate change difficult is that it is not an instantaneous event," he '
        'said. "It is a slow-moving issue that people do not see."\n\n'
        '"We will walk away more in love with this country," Obama said, "the only place on '
        'earth where this story could have unfolded."'
    )
    found = [q for q in quotes_of(build(text, "en", PEOPLE)) if q[2]]
    assert [q[1] for q in found] == ["Barack Obama"] * 2
    # the quotation goes on after its tag in a new sentence: one quotation, tag and all
    assert found[0][0].startswith("What makes") and found[0][0].endswith("do not see.")
    assert found[1][0].startswith("We will walk") and found[1][0].endswith("have unfolded.")


def test_quotes_of_another_tag_in_between_stay_apart(build: Build) -> None:
    text = '"We remain open to talks," Kerry said. Obama disagreed. "This will not do," he said.'
    found = [(q[0], q[1]) for q in quotes_of(build(text, "en", PEOPLE)) if q[2]]
    assert found == [
        ("We remain open to talks", "John Kerry"),
        ("This will not do", "Barack Obama"),
    ]


def test_she_continued_introduces_the_quote_after_it(build: Build) -> None:
    text = (
        '"The rationales do not hold weight," said 9/11 widow Terry Strada. She continued, '
        "“For us, all we are asking for is an opportunity to have our case heard.”"
    )
    found = [(q[0], q[1]) for q in quotes_of(build(text, "en", PEOPLE)) if q[2]]
    assert found[-1] == (
        "For us, all we are asking for is an opportunity to have our case heard.",
        "Terry Strada",
    )


def test_a_tag_whose_clause_is_the_rest_of_the_quote_interrupts_it(build: Build) -> None:
    text = (
        "Norman Ham spoke on the radio.\n\n"
        "“Now that I don’t have to be politically correct anymore,” he told the host, “it was "
        "demoralizing to work for Obama.”"
    )
    found = [(q[0], q[1]) for q in quotes_of(build(text, "en", PEOPLE)) if q[2]]
    assert len(found) == 1
    assert found[0][0].startswith("Now that I") and found[0][0].endswith("work for Obama.")
    assert found[0][1] == "Norman Ham"


def test_a_capitalised_exclamation_a_cue_tags_is_a_quotation(build: Build) -> None:
    text = '"Thanks, Olaf!" responded Dmytro Kuleba. He praised "Operation Lasting Freedom" too.'
    found = quotes_of(build(text, "en", PEOPLE))
    assert [(q[0], q[1]) for q in found if q[2]] == [("Thanks, Olaf!", "Dmytro Kuleba")]


def test_the_object_of_a_tag_whose_subject_precedes_it_is_no_speaker(build: Build) -> None:
    text = (
        "“The race is tight,” Jake Sullivan, part of the team conducting the survey, told "
        "Antony Blinken."
    )
    found = [(q[0], q[1]) for q in quotes_of(build(text, "en", PEOPLE)) if q[2]]
    assert found == [("The race is tight", "Jake Sullivan")]


def test_a_quotation_over_two_paragraphs_takes_the_speaker_named_at_its_end(
    build: Build,
) -> None:
    text = (
        "The talks went on.\n\n“We are ready to act. We are ready.\n\n"
        "“But we will not wait forever,” Jake Sullivan said."
    )
    found = [(q[0], q[1]) for q in quotes_of(build(text, "en", PEOPLE)) if q[2]]
    assert found == [
        ("We are ready to act. We are ready.", "Jake Sullivan"),
        ("But we will not wait forever", "Jake Sullivan"),
    ]


@pytest.mark.parametrize(
    ("text", "piece"),
    [
        ("Asked whether he meant all of them, Jake Sullivan said, “All.”", "All."),
        ("Asked again, Jake Sullivan replied: “Not now!”", "Not now!"),
    ],
)
def test_a_short_reply_a_cue_introduces_is_a_quotation(build: Build, text: str, piece: str) -> None:
    found = [(q[0], q[1]) for q in quotes_of(build(text, "en", PEOPLE)) if q[2]]
    assert found == [(piece, "Jake Sullivan")]


def test_straight_single_marks_quote_in_english(build: Build) -> None:
    text = "Jake Sullivan said: 'We are devastated by the loss of our soldiers.'"
    found = [(q[0], q[1], q[2]) for q in quotes_of(build(text, "en", PEOPLE))]
    assert found == [("We are devastated by the loss of our soldiers.", "Jake Sullivan", True)]


def test_a_name_and_affiliation_before_a_colon_label_the_quote(build: Build) -> None:
    text = (
        "Who won the debate?\n\n"
        'Jake Sullivan, The Washington Post: "This was the best debate performance."'
    )
    _, found = find(build(text, "en", PEOPLE), load("en"))
    speakers = [text[f.speaker.start : f.speaker.end] for f in found if f.direct and f.speaker]
    assert speakers == ["Jake Sullivan, The Washington Post"]


def test_a_verb_of_manner_of_speaking_tags_the_quote_before_it(build: Build) -> None:
    text = '"Because you would be in jail," Jake Sullivan interjected.'
    found = [(q[0], q[1]) for q in quotes_of(build(text, "en", PEOPLE)) if q[2]]
    assert found == [("Because you would be in jail", "Jake Sullivan")]


def test_the_object_after_a_subject_and_its_apposition_is_no_speaker(build: Build) -> None:
    text = (
        "En Ukraine, le président, Volodymyr Zelensky, a salué le vote du Congrès, qui "
        "constitue selon lui « un signal très important » adressé à la Russie."
    )
    found = [(q[0], q[1]) for q in quotes_of(build(text, "fr", PEOPLE)) if q[2]]
    assert found == [("un signal très important", "Volodymyr Zelensky")]


@pytest.mark.parametrize(
    ("text", "lang", "piece", "cast", "speaker"),
    [
        # a speech tag the parser hangs on the clause as a parenthetical
        (
            "Dmitry Peskov said the talks had gone well. The goal of the agreement, he added, "
            "was to prevent “bloodshed, chaos and clashes with unforeseeable consequences”.",
            "en",
            "bloodshed, chaos",
            {"Dmitry Peskov": ("person", ["Dmitry Peskov"])},
            "Dmitry Peskov",
        ),
        # in a prepositional phrase of the clause reported
        (
            "Keir Starmer said at the time he was watching the plan “with a great deal of "
            "interest”, though London has ruled out a similar scheme.",
            "en",
            "with a great deal of interest",
            {"Keir Starmer": ("person", ["Keir Starmer"])},
            "Keir Starmer",
        ),
        # the nearest reporting verb above the quote, whatever the quote is to it
        (
            "À Moscou, le Kremlin a appelé toutes les parties à « faire preuve de retenue », "
            "tandis que le chef de Wagner, Evgueni Prigojine, a salué la lutte du peuple malien "
            "« contre les colonisateurs ».",
            "fr",
            "contre les colonisateurs",
            {
                "Kremlin": ("organization", ["Kremlin"]),
                "Yevgeny Prigozhin": ("person", ["chef de Wagner", "Evgueni Prigojine"]),
            },
            "Yevgeny Prigozhin",
        ),
        # the speech tag after the clause it reports
        (
            "On Wednesday, the State Department said on X that US vessels could now transit the "
            'canal without paying fees, "saving the US government millions of dollars a '
            'year." Within hours the Panama Canal Authority, which runs the waterway, denied it '
            'had waived any charges. It "has not made any change" to its tolls and fees, the '
            "authority said in a statement.",
            "en",
            "has not",
            {
                "United States": ("country", ["State Department", "US"]),
                "Panama Canal Authority": ("organization", ["Panama Canal Authority"]),
            },
            "Panama Canal Authority",
        ),
    ],
)
def test_quotations_within_a_statement_and_their_speakers(
    build: Build, text: str, lang: str, piece: str, cast: Cast, speaker: str
) -> None:
    found = [q for q in quotes_of(build(text, lang, cast)) if q[2] and piece in q[0]]
    assert found, f"no quote with {piece!r}"
    assert found[0][1] == speaker


def test_an_attribution_phrase_names_the_source_of_several(build: Build) -> None:
    text = (
        "Scholz later spoke by phone with Joe Biden, Emmanuel Macron and Giorgia Meloni, and "
        "the four leaders affirmed their “full support for Moldova”, according to a Chancellery "
        "readout."
    )
    cast: Cast = {
        "Olaf Scholz": ("person", ["Scholz"]),
        "Joe Biden": ("person", ["Joe Biden"]),
        "Emmanuel Macron": ("person", ["Emmanuel Macron"]),
        "Giorgia Meloni": ("person", ["Giorgia Meloni"]),
        "German Chancellery": ("organization", ["Chancellery"]),
    }
    found = [q for q in quotes_of(build(text, "en", cast)) if "full support" in q[0]]
    assert [name for _, name, _ in found] == ["German Chancellery"]


def test_a_title_capitalised_on_its_first_word_is_no_quotation(build: Build) -> None:
    text = (
        "Téhéran a présenté l'opération, baptisée « Promesse tenue », comme une riposte à la "
        "frappe contre son consulat, qui avait tué sept officiers."
    )
    cast: Cast = {"Iran": ("country", ["Téhéran"])}
    assert [q for q in quotes_of(build(text, "fr", cast)) if "Promesse" in q[0]] == []


def test_a_crosshead_repeating_a_quotation_is_no_quotation_of_its_own(build: Build) -> None:
    text = (
        "Le ministre a reçu les élus de la région.\n\n"
        "« Nous voulons que Berlin aille plus loin »\n\n"
        "À Erevan, le vice-ministre Ara Petrossian a été clair : « Les promesses, c'est bien. "
        "Mais nous voulons que Berlin aille plus loin, et vite. »"
    )
    cast: Cast = {"Ara Petrossian": ("person", ["Ara Petrossian"])}
    found = [q[0] for q in quotes_of(build(text, "fr", cast)) if q[2]]
    assert found and all(q.startswith("Les promesses") for q in found)


def test_a_short_reply_its_tag_follows_is_a_quotation(build: Build) -> None:
    text = (
        "Blinken was asked who would win. “Denver,” he answered. "
        "“Absolutely not,” said Kaja Kallas. Olaf Scholz, who goes by “Olaf,” said he was ready."
    )
    found = [(q[0], q[1]) for q in quotes_of(build(text, "en", PEOPLE)) if q[2]]
    assert ("Denver", "Antony Blinken") in found
    assert ("Absolutely not", "Kaja Kallas") in found
    assert all(words != "Olaf" for words, _ in found)


def test_a_name_apposed_before_the_tag_verb_speaks(build: Build) -> None:
    text = (
        "''That was a good speech you gave last night, Mr. President,'' Representative Steve "
        "Cohen, Democrat of Tennessee, told Mr. Obama as he stopped to have his picture taken. "
        "« Nous ne céderons pas », Jean Dupont, le porte-parole du gouvernement, a déclaré lundi."
    )
    cast: Cast = {
        "Steve Cohen": ("person", ["Steve Cohen"]),
        "Barack Obama": ("person", ["Mr. Obama"]),
    }
    found = [(q[0], q[1]) for q in quotes_of(build(text.split(" « ")[0], "en", cast)) if q[2]]
    assert [name for _, name in found] == ["Steve Cohen"]
    french = "« " + text.split(" « ")[1]
    cast = {"Jean Dupont": ("person", ["Jean Dupont"])}
    assert [q[1] for q in quotes_of(build(french, "fr", cast)) if q[2]] == ["Jean Dupont"]


def test_a_name_the_parser_reads_as_a_compound_of_the_tag_is_its_speaker(build: Build) -> None:
    text = (
        "The anchor asked about immigration.\n\n"
        "“Go back to Univision,” Trump barked and a security guard escorted Ramos out."
    )
    cast: Cast = {"Donald Trump": ("person", ["Donald Trump", "Trump"])}
    found = [(q[0], q[1]) for q in quotes_of(build(text, "en", cast)) if q[2]]
    assert found == [("Go back to Univision", "Donald Trump")]


def test_a_tag_sentence_after_a_quotation_ending_with_a_full_stop_tags_it(
    build: Build,
) -> None:
    text = (
        "Reporters waited for hours.\n\n"
        "“Russia, if you’re listening, I hope you’re able to find the 30,000 emails that are "
        "missing.” Trump said.\n\n"
        "“We will not give in.” Blinken added: “Never.”"
    )
    cast: Cast = {"Donald Trump": ("person", ["Donald Trump", "Trump"]), **PEOPLE}
    found = {q[0][:6]: q[1] for q in quotes_of(build(text, "en", cast)) if q[2]}
    assert found["Russia"] == "Donald Trump"
    assert found.get("We wil") != "Antony Blinken"


def test_a_main_verb_right_before_a_comma_and_a_quotation_says_it(build: Build) -> None:
    text = (
        "After Jerry Brown criticized Bill Clinton during a debate, Hillary Clinton shot back, "
        "“I suppose I could have chosen to bake cookies, but I chose to fulfill my profession.”"
    )
    cast: Cast = {
        "Hillary Clinton": ("person", ["Hillary Clinton"]),
        "Jerry Brown": ("person", ["Jerry Brown"]),
    }
    found = [(q[0][:9], q[1]) for q in quotes_of(build(text, "en", cast)) if q[2]]
    assert found == [("I suppose", "Hillary Clinton")]


def test_a_relative_clause_with_a_pronoun_for_subject_speaks_for_it(build: Build) -> None:
    text = (
        "Senator Marco Rubio is airing a new TV ad in the state aimed at evangelicals, in which "
        "he declares, “The purpose of our life is to cooperate with God's plan.”"
    )
    cast: Cast = {"Marco Rubio": ("person", ["Marco Rubio", "Rubio"])}
    layout, found = find(build(text, "en", cast), load("en"))
    speakers = [layout.text[q.speaker.start : q.speaker.end] for q in found if q.speaker]
    assert speakers == ["he"]


def test_a_verb_of_voice_right_before_an_utterance_says_it(build: Build) -> None:
    text = (
        "Joe Wilson gained attention in 2009 when he yelled “You lie!” at the president.\n\n"
        "Kelsey Atkinson was the protester, wearing a shirt that read “Animal liberation now.”"
    )
    cast: Cast = {
        "Joe Wilson": ("person", ["Joe Wilson"]),
        "Kelsey Atkinson": ("person", ["Kelsey Atkinson"]),
    }
    layout, found = find(build(text, "en", cast), load("en"))
    quoted = [
        (layout.text[q.start : q.end], layout.text[q.speaker.start : q.speaker.end])
        for q in found
        if q.direct and q.speaker
    ]
    assert quoted == [("You lie!", "he")]
    assert not any("Animal" in layout.text[q.start : q.end] and q.direct for q in found)


def test_a_verb_of_voice_with_an_adverbial_before_the_comma_introduces_the_quote(
    build: Build,
) -> None:
    text = (
        "Bernie Sanders is making a stop at a high school.\n\n"
        "Sanders asks at Western High School, “Any questions I can answer?”"
    )
    cast: Cast = {"Bernie Sanders": ("person", ["Bernie Sanders", "Sanders"])}
    layout, found = find(build(text, "en", cast), load("en"))
    speakers = [layout.text[q.speaker.start : q.speaker.end] for q in found if q.speaker]
    assert speakers == ["Sanders"]


def test_a_verb_first_tag_before_a_colon_is_said_by_the_name_after_it(build: Build) -> None:
    text = "Stone lost the case.\n\nContinued Stone: “We will win this fight in the courts.”"
    cast: Cast = {"Roger Stone": ("person", ["Stone"])}
    layout, found = find(build(text, "en", cast), load("en"))
    speakers = [layout.text[q.speaker.start : q.speaker.end] for q in found if q.speaker]
    assert speakers == ["Stone"]


def test_a_verb_of_mocking_or_teasing_tags_the_quote_before_it(build: Build) -> None:
    text = "“We won this state and we will win the next one,” Olaf Scholz gloated."
    found = [(q[0], q[1]) for q in quotes_of(build(text, "en", PEOPLE)) if q[2]]
    assert found == [("We won this state and we will win the next one", "Olaf Scholz")]


def test_a_french_verb_of_joking_tags_the_quote_before_it(build: Build) -> None:
    text = "« Je suis le plus vieux candidat de cette élection », a plaisanté Jean Dupont."
    found = [(q[0], q[1]) for q in quotes_of(build(text, "fr", PEOPLE)) if q[2]]
    assert found == [("Je suis le plus vieux candidat de cette élection", "Jean Dupont")]


def test_a_verb_of_loud_speech_tags_the_quote_before_it(build: Build) -> None:
    text = "“This is no way to run a country, and everyone knows it,” Olaf Scholz fired back."
    found = [(q[0], q[1]) for q in quotes_of(build(text, "en", PEOPLE)) if q[2]]
    assert found == [("This is no way to run a country, and everyone knows it", "Olaf Scholz")]


def test_a_french_verb_of_retort_tags_the_quote_before_it(build: Build) -> None:
    text = "« Ce gouvernement ne sait plus où il va », a taclé Jean Dupont."
    found = [(q[0], q[1]) for q in quotes_of(build(text, "fr", PEOPLE)) if q[2]]
    assert found == [("Ce gouvernement ne sait plus où il va", "Jean Dupont")]


def test_a_tag_whose_subject_the_parser_lost_speaks_for_the_clause_before_its_colon(
    build: Build,
) -> None:
    text = (
        "Trump gestured as if to stop the ruckus, then leaned in and boomed: "
        "“Let’s defeat her in November.”"
    )
    cast: Cast = {"Donald Trump": ("person", ["Trump"])}
    layout, found = find(build(text, "en", cast), load("en"))
    speakers = [layout.text[q.speaker.start : q.speaker.end] for q in found if q.speaker]
    assert speakers == ["Trump"]


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        # a label after a dash, the heading before it a clause of its own
        (
            'Polls were not wrong, just too early - Jake Sullivan: "The polls ended too early '
            'and missed the late shift."',
            "en",
            "Jake Sullivan",
        ),
        (
            "Les sondages se sont trompés - Jean Dupont : « Les sondages ont fini trop tôt et "
            "ont manqué le dernier virage. »",
            "fr",
            "Jean Dupont",
        ),
        # the label speaks, whatever verb of the heading the parse hangs the quote on
        (
            "But polls did predict the Democratic caucus - Jake Sullivan: “While the caucuses "
            "provided an upset, most pollsters fared much better.”",
            "en",
            "Jake Sullivan",
        ),
        # a phrase that gives the source opens the label
        (
            'What that means for the election - More from Jake Sullivan: "The partisanship of '
            'the state is a starting point."',
            "en",
            "Jake Sullivan",
        ),
        (
            'Not all panels are equal. From the report: "Samples with longer field periods '
            'produced more accurate results."',
            "en",
            "the report",
        ),
    ],
)
def test_a_label_after_a_dash_or_a_source_phrase_before_a_colon_speaks(
    build: Build, text: str, lang: str, speaker: str
) -> None:
    _, found = find(build(text, lang, PEOPLE), load(lang))
    speakers = [text[f.speaker.start : f.speaker.end] for f in found if f.direct and f.speaker]
    assert speakers == [speaker]


def test_a_time_after_a_source_phrase_is_no_speaker(build: Build) -> None:
    text = 'The vote was close. From Monday: "Samples with longer field periods did better."'
    _, found = find(build(text, "en", PEOPLE), load("en"))
    assert [text[f.speaker.start : f.speaker.end] for f in found if f.speaker] == []


def test_a_question_pressed_is_tagged_by_its_asker(build: Build) -> None:
    text = "“Would it be negotiable?” Jake Sullivan pressed. “Maybe for some people?”"
    _, found = find(build(text, "en", PEOPLE), load("en"))
    assert [f.speaker and text[f.speaker.start : f.speaker.end] for f in found] == ["Jake Sullivan"]


@pytest.mark.parametrize(
    ("text", "piece", "speaker"),
    [
        (
            '"All the way!" Olaf Scholz shouted, to cheers from the crowd.',
            "All the way!",
            "Olaf Scholz",
        ),
        ("“Too forced?” Kaja Kallas tweeted when the debate ended.", "Too forced?", "Kaja Kallas"),
        ('"Not now!" Dmytro Kuleba said of the talks.', "Not now!", "Dmytro Kuleba"),
    ],
)
def test_an_exclamation_its_tag_follows_after_the_sentence_cut_is_a_quotation(
    build: Build, text: str, piece: str, speaker: str
) -> None:
    found = [(q[0], q[1]) for q in quotes_of(build(text, "en", PEOPLE)) if q[2]]
    assert found == [(piece, speaker)]


def test_a_french_exclamation_its_tag_follows_after_a_sentence_cut_is_a_quotation(
    build: Build,
) -> None:
    layout = Layout(build("« Jamais ! » répond Jean Dupont, sous les huées.", "fr", {}), load("fr"))
    quote = layout.marked[0]
    insort(layout.cuts, quote.outer[1] + 1)  # a sentence cut right after the quote
    assert is_quotation(layout, quote)


def test_an_exclamation_before_a_sentence_that_is_no_tag_is_no_quotation(build: Build) -> None:
    text = '"Not now!" Dmytro Kuleba left the room.'
    assert not [q for q in quotes_of(build(text, "en", PEOPLE)) if q[2]]


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        (
            "Cruz won an endorsement from Olaf Scholz, who declared in the spin room, "
            "“I’m sending the signal that it’s time to unite.”",
            "en",
            "Olaf Scholz",
        ),
        (
            "Then there was the radio host Olaf Scholz, who lamented in an interview with "
            "Kaja Kallas, ''We have spent years demonizing the media.''",
            "en",
            "Olaf Scholz",
        ),
        (
            "Le texte a reçu le soutien de Jean Dupont, qui a déclaré devant la presse : "
            "« Il est temps de nous rassembler. »",
            "fr",
            "Jean Dupont",
        ),
    ],
)
def test_a_relative_clause_that_ends_on_a_quote_says_it(
    build: Build, text: str, lang: str, speaker: str
) -> None:
    found = [q[1] for q in quotes_of(build(text, lang, PEOPLE)) if q[2]]
    assert found == [speaker]
