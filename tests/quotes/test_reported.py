"""Reported statements and their speakers, in French and English, on articles built by hand."""

from __future__ import annotations

import pytest

from .build import Cast, quotes_of, speaker_words
from .casts import REPORTED_CAST as CAST
from .conftest import Build

pytestmark = pytest.mark.model


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
        # a complementizer that ends a conjunction of time opens no statement
        (
            "La Russie avait menacé l'Ukraine de sanctions, avant que le cargo ne regagne le "
            "port d'Odessa.",
            "fr",
        ),
        # an intention or a denial in the infinitive is an event, not a statement
        ("La Russie a démenti avoir visé des infrastructures civiles.", "fr"),
        # a relative clause the parser hangs on a cue is no statement
        ("Kosovo declared independence in 2008, which Belgrade still refuses to recognise.", "en"),
        (
            "Donald Trump avait promis à Kiev une batterie antiaérienne, dont la livraison "
            "n'est pas attendue avant l'été.",
            "fr",
        ),
    ],
)
def test_what_is_not_a_statement(build: Build, text: str, lang: str) -> None:
    assert [q for q in quotes_of(build(text, lang, CAST)) if not q[2]] == []


def test_a_mark_that_ends_no_conjunction_does_not_stop_the_statement(build: Build) -> None:
    text = "Le ministre Paul Garnot a affirmé lundi, comme souvent, que la Suède ne céderait pas."
    cast: Cast = {"Paul Garnot": ("person", ["Paul Garnot"]), "Sweden": ("country", ["Suède"])}
    [(statement, speaker, _)] = quotes_of(build(text, "fr", cast))
    assert (statement, speaker) == ("que la Suède ne céderait pas", "Paul Garnot")


def test_a_statement_stays_in_the_sentence_of_its_cue(build: Build) -> None:
    text = "Antony Blinken a déclaré que la paix était menacée. Les combats ont repris lundi."
    [(statement, speaker, _)] = quotes_of(build(text, "fr", CAST))
    assert (statement, speaker) == ("que la paix était menacée", "Antony Blinken")


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


def test_an_infinitive_claim_starts_at_the_auxiliary_of_its_cue(build: Build) -> None:
    text = "Dans la soirée, Emmanuel Macron a promis de poursuivre sa médiation."
    found = [q for q in quotes_of(build(text, "fr", CAST)) if not q[2]]
    assert found == [("a promis de poursuivre sa médiation", "Emmanuel Macron", False)]


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


def test_a_present_tag_with_a_subject_clitic_reports_the_clause_before(build: Build) -> None:
    # the tagger reads "estime" as an adverb when a circumstance follows the tag (mend_inverted)
    text = "Le pays est prêt à accueillir le sommet, estime-t-il, malgré les retards du chantier."
    cast: Cast = {"Jean-Noël Barrot": ("person", ["Jean-Noël Barrot"])}
    found = quotes_of(build("Jean-Noël Barrot a parlé aux députés. " + text, "fr", cast))
    assert ("Le pays est prêt à accueillir le sommet", "Jean-Noël Barrot", False) in found


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


def test_what_a_ruling_or_an_inquiry_found_is_no_statement(build: Build) -> None:
    text = (
        "China refuses to recognize a 2016 arbitral ruling that found its sweeping claims had "
        "no legal basis. Inspectors found that two of the detainees were minors."
    )
    assert [q for q in quotes_of(build(text, "en", CAST)) if not q[2]] == []


def test_a_clause_whose_participle_the_tagger_slipped_is_reported_whole(
    build: Build,
) -> None:
    text = "Sergueï Lavrov a nié que ses navires aient délibérément violé les eaux ukrainiennes."
    found = [q for q in quotes_of(build(text, "fr", CAST)) if not q[2]]
    assert found == [
        (
            "que ses navires aient délibérément violé les eaux ukrainiennes",
            "Sergei Lavrov",
            False,
        )
    ]


def test_a_complementizer_after_the_date_of_the_statement_opens_it(build: Build) -> None:
    text = "Sergueï Lavrov avait estimé en mars 2024 que l'Ukraine ne pouvait pas rompre l'accord."
    found = [q for q in quotes_of(build(text, "fr", CAST)) if not q[2]]
    assert found == [("que l'Ukraine ne pouvait pas rompre l'accord", "Sergei Lavrov", False)]


def test_a_clause_found_past_its_cue_keeps_its_complementizer(build: Build) -> None:
    text = (
        "Sergei Lavrov a pris acte de la décision et promis qu'une nouvelle attaque "
        "entraînerait une riposte."
    )
    found = [q[0] for q in quotes_of(build(text, "fr", CAST)) if not q[2]]
    assert found == ["qu'une nouvelle attaque entraînerait une riposte"]


def test_a_causative_infinitive_cue_reports_the_clause_after_it(build: Build) -> None:
    text = (
        "Emmanuel Macron a rejeté les accusations portées contre son pays et a fait valoir "
        "que l'accès à la mer était pour le Togo une question de survie."
    )
    found = [q for q in quotes_of(build(text, "fr", CAST)) if not q[2]]
    assert found == [
        (
            "que l'accès à la mer était pour le Togo une question de survie",
            "Emmanuel Macron",
            False,
        )
    ]


def test_the_object_of_the_first_of_two_coordinated_cues_is_no_subject_of_the_second(
    build: Build,
) -> None:
    text = (
        "Emmanuel Macron a rejeté les accusations portées contre son pays et a fait valoir "
        "que l'accès à la mer était pour le Togo une question de survie."
    )
    words = speaker_words(build(text, "fr", CAST))
    said = "que l'accès à la mer était pour le Togo une question de survie"
    assert said in words and words[said] != "les accusations portées contre son pays"


def test_a_claim_of_responsibility_in_a_tag_reports_the_clause_before(build: Build) -> None:
    text = (
        "Des drones ont frappé dans la nuit un dépôt de carburant près de Belgorod, a revendiqué "
        "l'armée ukrainienne. L'armée ukrainienne a revendiqué la frappe."
    )
    cast: Cast = {"Armed Forces of Ukraine": ("organization", ["armée ukrainienne"])}
    reported = [q for q in quotes_of(build(text, "fr", cast)) if not q[2]]
    assert reported == [
        (
            "Des drones ont frappé dans la nuit un dépôt de carburant près de Belgorod",
            "Armed Forces of Ukraine",
            False,
        )
    ]
