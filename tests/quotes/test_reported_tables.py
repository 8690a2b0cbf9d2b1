"""Reported statements and their speakers, in French and English: tables of sentences built by
hand, each with a piece of the statement and its speaker."""

from __future__ import annotations

import pytest

from .build import quotes_of
from .casts import REPORTED_CAST as CAST
from .conftest import Build

pytestmark = pytest.mark.model


FRENCH = [
    # a closing tag the parser takes apart: a name's second word hung on the verb, a place
    # between the verb and its subject, a compound cue
    (
        "Des tirs ont été entendus dans la matinée à Kiev, a affirmé sur X Volodymyr Zelensky, "
        "qui dit craindre une nouvelle offensive.",
        "Des tirs ont été entendus dans la matinée",
        "Volodymyr Zelensky",
    ),
    (
        "Une nouvelle rencontre aura lieu très prochainement, a fait savoir le Kremlin.",
        "Une nouvelle rencontre aura lieu très prochainement",
        "Russia",
    ),
    # a tag with an inverted clitic, at the end or in the middle
    (
        "Sergueï Lavrov est arrivé à Pékin. Les consulats des deux pays resteront ouverts, "
        "a-t-il précisé.",
        "Les consulats des deux pays resteront ouverts",
        "Sergei Lavrov",
    ),
    (
        "Sergueï Lavrov est arrivé à Pékin. Le drone, a-t-il précisé, surveillait une réunion.",
        "Le drone, a-t-il précisé, surveillait une réunion",
        "Sergei Lavrov",
    ),
    # a time and a place between the verb and its subject, a time after it
    (
        "L'Iran a retiré vingt-sept caméras, a annoncé jeudi à Vienne le président ukrainien, "
        "Volodymyr Zelensky.",
        "L'Iran a retiré vingt-sept caméras",
        "Volodymyr Zelensky",
    ),
    (
        "Le sommet a été annulé, a fait savoir le Kremlin en fin de matinée.",
        "Le sommet a été annulé",
        "Russia",
    ),
    # X a déclaré que …
    (
        "Antony Blinken a déclaré que cette relation menaçait la paix et la sécurité mondiales.",
        "cette relation menaçait la paix et la sécurité mondiales",
        "Antony Blinken",
    ),
    # a cue coordinated to the clause another cue reports says what that cue's subject says
    (
        "Donald Trump a réaffirmé que la Russie ne reconnaissait pas la compétence de la Cour "
        "et a estimé que seule une négociation directe permettrait de régler la question.",
        "seule une négociation directe permettrait",
        "Donald Trump",
    ),
    # a clause the parser hangs away from its cue
    (
        "Les chefs d'état-major de la Russie ont prévenu lundi dans un communiqué conjoint que "
        "toute intervention militaire contre l'Ukraine serait une déclaration de guerre.",
        "toute intervention militaire contre l'Ukraine serait",
        "Russia",
    ),
    # a state as the speaker
    (
        "Par ailleurs, les États-Unis ont averti que la Corée du Nord et la Russie pourraient "
        "être sur le point de signer un accord.",
        "pourraient être sur le point de signer un accord",
        "United States",
    ),
    # selon X
    (
        "Selon l'armée de l'air ukrainienne, la Russie a lancé 36 drones au cours de l'attaque.",
        "la Russie a lancé 36 drones",
        "Ukraine",
    ),
    # the speaker after the statement
    (
        "Au moins cinq personnes ont été tuées dans l'attaque, ont annoncé les autorités "
        "ukrainiennes.",
        "Au moins cinq personnes ont été tuées dans l'attaque",
        "Ukraine",
    ),
    (
        "Les États-Unis se sont engagés à lutter contre le trafic d'armes, a précisé la "
        "présidente mexicaine.",
        "Les États-Unis se sont engagés à lutter contre le trafic d'armes",
        "Mexico",
    ),
    # a pronoun speaker
    (
        "Antony Blinken était à Séoul jeudi. Il a ajouté que Washington n'excluait aucune option.",
        "Washington n'excluait aucune option",
        "Antony Blinken",
    ),
    # a participle without a subject of its own
    (
        "Antony Blinken a condamné cette coopération, déclarant que cette relation menaçait "
        "la paix.",
        "cette relation menaçait la paix",
        "Antony Blinken",
    ),
    # a title set off by commas before the name, across a parse that links paragraphs
    (
        "Moscou a démenti tout mauvais traitement.\n\nLa médiatrice russe pour les droits de "
        "l'homme, Tatiana Moskalkova, a indiqué qu'un nouvel échange pourrait avoir lieu.",
        "un nouvel échange pourrait avoir lieu",
        "Tatiana Moskalkova",
    ),
    # a claim in the infinitive: the text starts at the cue
    (
        "La Russie a démenti tout mauvais traitement et affirmé respecter les conventions de "
        "Genève.",
        "affirmé respecter les conventions de Genève",
        "Russia",
    ),
    # a denial, whose clause is in the subjunctive
    (
        "La Russie a nié que ses soldats soient entrés en Ukraine la semaine dernière.",
        "ses soldats soient entrés en Ukraine",
        "Russia",
    ),
    # a verb in the present the lemmatiser leaves as it is, after the statement
    (
        "Moscou cherche seulement à gagner du temps, estime Volodymyr Zelensky.",
        "Moscou cherche seulement à gagner du temps",
        "Volodymyr Zelensky",
    ),
    # a tag in the middle, its subject after it (the parser takes the one before)
    (
        "La Russie, a estimé Volodymyr Zelensky, cherche seulement à gagner du temps.",
        "cherche seulement à gagner du temps",
        "Volodymyr Zelensky",
    ),
    # a light verb and an infinitive
    (
        "Emmanuel Macron a fait valoir que l'Europe devait se réarmer face à la menace russe.",
        "l'Europe devait se réarmer",
        "Emmanuel Macron",
    ),
    # a past infinitive, a copula in the infinitive
    (
        "Le Hamas affirme avoir libéré trois otages israéliens samedi.",
        "avoir libéré trois otages",
        "Hamas",
    ),
    (
        "Keir Starmer a déclaré être prêt à déployer des troupes en Ukraine.",
        "être prêt à déployer des troupes",
        "Keir Starmer",
    ),
    # the clause of an adjective the cue predicates of its subject
    (
        "Ursula von der Leyen s'est dite convaincue que l'accord serait signé avant la fin de "
        "l'année.",
        "l'accord serait signé",
        "Ursula von der Leyen",
    ),
]


ENGLISH = [
    # a complementizer the tagger takes for a relative pronoun
    (
        "In an address to Congress on Tuesday night, Trump defended the tariffs as necessary "
        "to protect American jobs and warned Canada, Mexico, the European Union and others "
        "that reciprocal tariffs would follow on April 2.",
        "reciprocal tariffs would follow on April 2",
        "Donald Trump",
    ),
    # X warned that …
    (
        "Lavrov warned that any deal struck without Russia would not work.",
        "any deal struck without Russia would not work",
        "Sergei Lavrov",
    ),
    # the Kremlin said …
    (
        "But the Kremlin said the maritime truce would only take effect once sanctions "
        "were lifted.",
        "the maritime truce would only take effect",
        "Russia",
    ),
    # according to X
    (
        "According to U.S. Central Command, one of the ships was struck by a missile.",
        "one of the ships was struck by a missile",
        "United States",
    ),
    # the speaker after the statement
    (
        "Russia fired dozens of drones at Kyiv overnight, killing seven people, Ukrainian "
        "officials said on Thursday.",
        "Russia fired dozens of drones at Kyiv overnight",
        "Ukraine",
    ),
    # the speaker in the middle, a pronoun
    (
        "Lavrov met Rubio in Riyadh. Moscow, he said, had made clear that it would not accept "
        "the deployment of troops.",
        "it would not accept the deployment of troops",
        "Sergei Lavrov",
    ),
    # a participle
    (
        "Iran's foreign ministry denied providing weapons, saying the group made its own "
        "decisions.",
        "the group made its own decisions",
        "Iran",
    ),
    # a second verb the parser hangs on the reported clause
    (
        "Trump said the deal was fair and insisted that tariffs would return.",
        "tariffs would return",
        "Donald Trump",
    ),
]


@pytest.mark.parametrize(("text", "piece", "speaker"), FRENCH)
def test_french_reported_statements(build: Build, text: str, piece: str, speaker: str) -> None:
    found = [q for q in quotes_of(build(text, "fr", CAST)) if not q[2] and piece in q[0]]
    assert found, f"no reported statement with {piece!r}"
    assert min(found, key=lambda q: len(q[0]))[1] == speaker  # the statement closest to it


@pytest.mark.parametrize(("text", "piece", "speaker"), ENGLISH)
def test_english_reported_statements(build: Build, text: str, piece: str, speaker: str) -> None:
    found = [q for q in quotes_of(build(text, "en", CAST)) if not q[2] and piece in q[0]]
    assert found, f"no reported statement with {piece!r}"
    assert found[0][1] == speaker
