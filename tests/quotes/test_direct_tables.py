"""Direct quotes and their speakers, in French and English: tables of articles built by hand,
each with a piece of the quotation and its speaker."""

from __future__ import annotations

import pytest

from .build import quotes_of
from .casts import DIRECT_PEOPLE as PEOPLE
from .conftest import Build

pytestmark = pytest.mark.model


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
