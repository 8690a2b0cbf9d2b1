"""Reported statements and their speakers, in French and English, on articles built by hand."""

from __future__ import annotations

import pytest

from .build import Cast, quotes_of
from .conftest import Build

pytestmark = pytest.mark.model

CAST: Cast = {
    "Antony Blinken": ("person", ["Antony Blinken", "Blinken"]),
    "Sergei Lavrov": ("person", ["Sergei Lavrov", "Lavrov"]),
    "Tatiana Moskalkova": ("person", ["Tatiana Moskalkova"]),
    "Donald Trump": ("person", ["Donald Trump", "Trump"]),
    "United States": ("country", ["États-Unis", "Washington", "U.S.", "américain"]),
    "Russia": ("country", ["Russie", "Kremlin", "Moscou", "russe"]),
    "Ukraine": ("country", ["Ukraine", "ukrainienne", "ukrainiennes", "Ukrainian"]),
    "Mexico": ("country", ["Mexique", "mexicaine"]),
    "Iran": ("country", ["Iran", "Tehran", "Iran's"]),
    "Volodymyr Zelensky": ("person", ["Volodymyr Zelensky"]),
    "Emmanuel Macron": ("person", ["Emmanuel Macron"]),
    "Hamas": ("organization", ["Hamas"]),
    "Ursula von der Leyen": ("person", ["Ursula von der Leyen"]),
    "Keir Starmer": ("person", ["Keir Starmer"]),
}

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


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # nobody known says it
        ("A nationwide ceasefire was not on the agenda, residents said.", "en"),
        # a relative clause is no statement
        ("Yemen's Houthis attacked ships that it said were linked to Israel.", "en"),
        # a conditional clause is no statement
        ("Les autorités évoquent un assouplissement si le désengagement se poursuit.", "fr"),
        # a participle is no speech tag
        (
            "L'Otan a déployé deux frégates dans le cadre de l'opération, lancée il y a deux mois.",
            "fr",
        ),
        # a demand is no statement
        ("La Russie exige que l'Ukraine modifie au préalable sa Constitution.", "fr"),
        ("Washington demanded that the tallies be released polling station by station.", "en"),
        # nor is a clause in the subjunctive
        ("La Russie a déploré que l'Ukraine n'ait toujours pas répondu à ses propositions.", "fr"),
        # knowing is not saying ("savoir" is a cue only after "faire")
        ("La Russie sait que l'Ukraine manque de munitions sur le front.", "fr"),
        # an intention or a denial in the infinitive is an event, not a statement
        ("La Russie a démenti avoir visé des infrastructures civiles.", "fr"),
        # a relative clause the parser hangs on a cue is no statement
        ("Kosovo declared independence in 2008, which Belgrade still refuses to recognise.", "en"),
        (
            "Donald Trump avait promis à Kiev un nouveau système Patriot, dont la livraison "
            "n'est pas attendue avant l'été.",
            "fr",
        ),
    ],
)
def test_what_is_not_a_statement(build: Build, text: str, lang: str) -> None:
    assert [q for q in quotes_of(build(text, lang, CAST)) if not q[2]] == []


def test_a_statement_stays_in_the_sentence_of_its_cue(build: Build) -> None:
    text = "Antony Blinken a déclaré que la paix était menacée. Les combats ont repris lundi."
    [(statement, speaker, _)] = quotes_of(build(text, "fr", CAST))
    assert (statement, speaker) == ("que la paix était menacée", "Antony Blinken")


@pytest.mark.parametrize(
    ("text", "lang", "statement", "speaker"),
    [
        (
            "Washington called the moves a direct threat to its territorial integrity and took "
            "the matter to the Security Council.",
            "en",
            "called the moves a direct threat to its territorial integrity",
            "United States",
        ),
        (
            "La Russie a organisé un référendum, une consultation que l'Ukraine avait "
            "qualifiée de menace directe pour sa sécurité.",
            "fr",
            "avait qualifiée de menace directe pour sa sécurité",
            "Ukraine",
        ),
    ],
)
def test_calling_something_something_is_a_statement(
    build: Build, text: str, lang: str, statement: str, speaker: str
) -> None:
    found = [q for q in quotes_of(build(text, lang, CAST)) if not q[2]]
    assert found == [(statement, speaker, False)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a request
        ("Washington called on Moscow to withdraw its troops from the border.", "en"),
        # a manner of speaking
        ("The leaders discussed what they called innovative ways to curb migration.", "en"),
        # a quoted predicate is a direct quote
        ('Tehran called the sanctions "a continuation of economic terrorism".', "en"),
    ],
)
def test_what_calling_is_not(build: Build, text: str, lang: str) -> None:
    assert [q for q in quotes_of(build(text, lang, CAST)) if not q[2]] == []


@pytest.mark.parametrize("host", ["conclu", "salué"])
def test_words_the_parser_hangs_outside_the_sentence_end_the_statement(
    build: Build, host: str
) -> None:
    # hung on a verb of the sentence before, or on one before the cue
    text = (
        "Le Mexique a conclu un accord. Donald Trump a salué un accord très équitable, tout en "
        "prévenant que les droits de douane seraient rétablis si les résultats n’étaient pas "
        "au rendez-vous."
    )
    article = build(text, "fr", CAST)
    assert article.doc is not None
    verb = next(t for t in article.doc if t.text == "étaient")
    verb.head = next(t for t in article.doc if t.text == host)  # as the parser may do
    found = [q for q in quotes_of(article) if not q[2]]
    assert found == [
        (
            "que les droits de douane seraient rétablis si les résultats n’étaient pas au "
            "rendez-vous",
            "Donald Trump",
            False,
        )
    ]


def test_a_clause_coordinated_after_a_relative_is_not_its_verb_s(build: Build) -> None:
    text = (
        "Sergei Lavrov a affirmé que le navire était entré dans les eaux du récif, que Moscou "
        "appelle Kamen, et que les garde-côtes avaient agi de manière mesurée."
    )
    found = quotes_of(build(text, "fr", CAST))
    assert [speaker for _, speaker, direct in found if not direct] == ["Sergei Lavrov"]


def test_an_infinitive_claim_starts_at_the_auxiliary_of_its_cue(build: Build) -> None:
    text = "Dans la soirée, Emmanuel Macron a promis de poursuivre sa médiation."
    found = [q for q in quotes_of(build(text, "fr", CAST)) if not q[2]]
    assert found == [("a promis de poursuivre sa médiation", "Emmanuel Macron", False)]


def test_a_reflexive_cue_reports_its_predicate(build: Build) -> None:
    text = "Emmanuel Macron s'est dit prêt à rencontrer le président ukrainien."
    found = [q for q in quotes_of(build(text, "fr", CAST)) if not q[2]]
    assert found == [
        ("s'est dit prêt à rencontrer le président ukrainien", "Emmanuel Macron", False)
    ]


def test_a_sentence_opened_by_pour_and_a_source_is_attributed_to_it(build: Build) -> None:
    text = (
        "Pour Washington, c'est bien la Russie qui a poussé Kiev à refuser l'accord. "
        "Pour éviter un conflit, Sergueï Lavrov a rencontré des diplomates. "
        "Ce serait une victoire pour Moscou."
    )
    found = [q for q in quotes_of(build(text, "fr", CAST)) if not q[2]]
    assert found == [
        ("c'est bien la Russie qui a poussé Kiev à refuser l'accord", "United States", False)
    ]


def test_an_attribution_phrase_ends_at_a_comma_no_name_follows(build: Build) -> None:
    text = (
        "Selon la marine mexicaine, une dizaine de navires chinois, dont des bâtiments de la "
        "milice maritime, croisaient encore samedi autour du récif."
    )
    found = [q for q in quotes_of(build(text, "fr", CAST)) if not q[2]]
    assert found == [
        (
            "une dizaine de navires chinois, dont des bâtiments de la milice maritime, croisaient "
            "encore samedi autour du récif",
            "Mexico",
            False,
        )
    ]


def test_a_tag_after_quoted_words_that_end_a_clause_reports_the_clause(build: Build) -> None:
    text = (
        "Une nouvelle rencontre aura lieu « très prochainement », a fait savoir la présidence "
        "azerbaïdjanaise."
    )
    cast: Cast = {"Azerbaijan": ("country", ["présidence azerbaïdjanaise"])}
    found = [q for q in quotes_of(build(text, "fr", cast)) if not q[2]]
    assert found == [
        ("Une nouvelle rencontre aura lieu « très prochainement »", "Azerbaijan", False)
    ]


def test_quoted_words_a_cue_before_them_reports_keep_their_tag(build: Build) -> None:
    text = (
        "Téhéran a convoqué les ambassadeurs pour dénoncer leur « position irresponsable face "
        "aux crimes du régime », a rapporté l'agence officielle Irna."
    )
    cast: Cast = {"Iran": ("country", ["Téhéran"]), "IRNA": ("organization", ["Irna"])}
    assert [q for q in quotes_of(build(text, "fr", cast)) if not q[2]] == []


def test_a_tag_with_a_split_subject_clitic_reports_the_clause_before(build: Build) -> None:
    text = (
        "Une nouvelle rencontre pourrait être programmée « une fois les questions de fond "
        "réglées », a-t-elle ajouté."
    )
    cast: Cast = {"Yolande Makolo": ("person", ["Yolande Makolo"])}
    reported = [q[0] for q in quotes_of(build("Yolande Makolo a parlé. " + text, "fr", cast))]
    assert "Une nouvelle rencontre pourrait être programmée" in " ".join(reported)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Asked whether Russia was behind the attack, Dmitry Peskov replied.", "en"),
        ("Interrogé sur une éventuelle riposte de la Russie, Dmitri Peskov a répondu.", "fr"),
    ],
)
def test_a_participle_before_a_speech_tag_is_no_statement(
    build: Build, text: str, lang: str
) -> None:
    cast: Cast = {"Dmitry Peskov": ("person", ["Dmitry Peskov", "Dmitri Peskov"])}
    assert [q for q in quotes_of(build(text, lang, cast)) if not q[2]] == []


def test_a_clause_before_a_speech_tag_is_still_a_statement(build: Build) -> None:
    text = "Russia was behind the attack, Dmitry Peskov said."
    cast: Cast = {"Dmitry Peskov": ("person", ["Dmitry Peskov"])}
    reported = [q[0] for q in quotes_of(build(text, "en", cast)) if not q[2]]
    assert reported == ["Russia was behind the attack"]


def test_a_relative_clause_opened_by_que_is_not_reported(build: Build) -> None:
    text = (
        "Le pouvoir turc exigeait que Stockholm durcisse sa législation antiterroriste et "
        "extrade plusieurs dizaines de personnes qu'il accuse de liens avec le PKK ou avec le "
        "mouvement du prédicateur Fethullah Gülen, qu'Ankara tient pour responsable de la "
        "tentative de putsch de 2016."
    )
    cast: Cast = {"Turkey": ("country", ["Le pouvoir turc", "Ankara"])}
    reported = [q[0] for q in quotes_of(build(text, "fr", cast)) if not q[2]]
    assert not any("tient pour responsable" in statement for statement in reported)


def test_that_taken_for_a_relative_still_opens_a_reported_clause(build: Build) -> None:
    text = (
        "Trump warned Canada, Mexico, the European Union and others that reciprocal tariffs "
        "would follow on April 2."
    )
    cast: Cast = {"Donald Trump": ("person", ["Trump"])}
    reported = [q[0] for q in quotes_of(build(text, "en", cast)) if not q[2]]
    assert any("reciprocal tariffs would follow" in statement for statement in reported)


def test_an_acronym_after_selon_names_the_body_it_spells(build: Build) -> None:
    text = (
        "Les rebelles du Cadre stratégique permanent accusent l'armée malienne. Le ministre "
        "Abdoulaye Diop a démenti. Des frappes avaient tué au moins 21 civils, selon le CSP."
    )
    cast: Cast = {
        "Permanent Strategic Framework": ("organization", ["Cadre stratégique permanent"]),
        "Abdoulaye Diop": ("person", ["Abdoulaye Diop"]),
    }
    reported = [q for q in quotes_of(build(text, "fr", cast)) if not q[2]]
    assert any(
        "tué au moins 21 civils" in statement and speaker == "Permanent Strategic Framework"
        for statement, speaker, _ in reported
    )


def test_an_unknown_acronym_names_no_person_mentioned_before(build: Build) -> None:
    text = (
        "Le ministre Abdoulaye Diop a démenti. Des frappes avaient tué au moins 21 civils, "
        "selon le CSP."
    )
    cast: Cast = {"Abdoulaye Diop": ("person", ["Abdoulaye Diop"])}
    reported = [q for q in quotes_of(build(text, "fr", cast)) if not q[2]]
    assert [speaker for statement, speaker, _ in reported if "21 civils" in statement] == [None]


def test_a_timestamped_entry_title_holds_no_statement(build: Build) -> None:
    text = (
        "18h40 – L'armée israélienne dit avoir tiré sur des « suspects »\n\n"
        "L'armée israélienne a affirmé jeudi avoir ouvert le feu sur des véhicules."
    )
    cast: Cast = {"Israel Defense Forces": ("organization", ["armée israélienne"])}
    found = [q[0] for q in quotes_of(build(text, "fr", cast))]
    assert not any("suspects" in words for words in found)
    assert any("ouvert le feu" in words for words in found)


def test_a_timestamped_entry_that_ends_a_sentence_keeps_its_statements(build: Build) -> None:
    text = (
        "12h40 – Le président turc Recep Tayyip Erdogan a affirmé que les frappes étaient "
        "excessives."
    )
    cast: Cast = {"Recep Tayyip Erdogan": ("person", ["Recep Tayyip Erdogan"])}
    found = [q[0] for q in quotes_of(build(text, "fr", cast))]
    assert any("les frappes étaient excessives" in words for words in found)


def test_an_infinitive_claim_hung_on_a_time_phrase_is_still_reported(build: Build) -> None:
    text = (
        "L'armée israélienne a affirmé en fin d'après-midi avoir ouvert le feu sur des suspects "
        "qui s'approchaient en voiture."
    )
    cast: Cast = {"Israel Defense Forces": ("organization", ["armée israélienne"])}
    reported = [q for q in quotes_of(build(text, "fr", cast)) if not q[2]]
    assert any(
        "avoir ouvert le feu" in statement and speaker == "Israel Defense Forces"
        for statement, speaker, _ in reported
    )


def test_an_embassy_is_a_source_of_an_attribution_phrase(build: Build) -> None:
    text = "Selon l'ambassade, deux ressortissants ont été arrêtés à la frontière mardi."
    cast: Cast = {"France": ("country", ["France"])}
    found = [q[0] for q in quotes_of(build(text, "fr", cast)) if not q[2]]
    assert any("deux ressortissants ont été arrêtés" in words for words in found)


def test_a_finite_verb_parsed_as_a_clause_on_a_noun_has_that_noun_for_subject(
    build: Build,
) -> None:
    text = (
        "The Kremlin says it has received no formal notice. Dmitry Peskov said Moscow would "
        "seek clarification, and the foreign ministry's spokeswoman, Maria Zakharova, accused "
        'Yerevan of "deliberately destroying relations with Russia".'
    )
    cast: Cast = {
        "Dmitry Peskov": ("person", ["Dmitry Peskov"]),
        "Maria Zakharova": ("person", ["Maria Zakharova"]),
        "Armenia": ("country", ["Yerevan"]),
    }
    found = {q[0]: q[1] for q in quotes_of(build(text, "en", cast))}
    assert found["Moscow would seek clarification"] == "Dmitry Peskov"
    assert found["deliberately destroying relations with Russia"] == "Maria Zakharova"


def test_what_a_ruling_or_an_inquiry_found_is_no_statement(build: Build) -> None:
    text = (
        "China refuses to recognize a 2016 arbitral ruling that found its sweeping claims had "
        "no legal basis. Inspectors found that two of the detainees were minors."
    )
    assert [q for q in quotes_of(build(text, "en", CAST)) if not q[2]] == []
