"""The sense the coder gives a trigger (:meth:`newsgraph.events.coder.Coder.sense`): phrases of
time, judgements, verb forms the lemmatiser leaves."""

from __future__ import annotations

import pytest

from newsgraph.events import Coder

from .helpers import coded, described, make_article, quoted

pytestmark = pytest.mark.model


def test_a_judgement_is_an_accusation_by_whoever_makes_it(coders: dict[str, Coder]) -> None:
    text = "China imposed tariffs on Ukraine. Ukraine said the tariffs were unjustified."
    found = coded(coders["en"], text, "en")
    assert ("ACCUSE", frozenset({"UKR"}), frozenset({"CHN"}), "asserted") in found, found


def test_a_month_is_not_a_march(coders: dict[str, Coder]) -> None:
    article = make_article("China and Russia signed a deal in March.", "en")
    assert "PROTEST" not in [e.type for e in coders["en"].code_article(article)]


def test_a_verb_form_the_lemmatiser_leaves_is_taken_back_to_its_infinitive(
    coders: dict[str, Coder],
) -> None:
    text = "« Je demande aux autorités iraniennes de le libérer », a déclaré Joe Biden."
    article = quoted(make_article(text, "fr"), text[2:50], "Joe Biden")
    demande = next(t for t in article.doc if t.text == "demande")
    demande.lemma_ = "demande"  # as the model leaves it where no mend lists the form
    found = [described(article, e) for e in coders["fr"].code_article(article)]
    assert ("REQUEST", frozenset({"USA"}), frozenset({"IRN"}), "asserted") in found


def test_a_judgement_participle_is_the_adjective(coders: dict[str, Coder]) -> None:
    text = (
        "Israël a frappé le Liban. "
        "« Les frappes israéliennes sont disproportionnées », a déclaré la France."
    )
    found = coded(coders["fr"], text, "fr")
    assert ("ACCUSE", frozenset({"FRA"}), frozenset({"ISR"}), "asserted") in found, found


def test_a_judgement_noun_as_a_predicate_is_an_accusation(coders: dict[str, Coder]) -> None:
    text = (
        "China banned imports from the Philippines. "
        "The Philippines said the ban was economic coercion."
    )
    found = coded(coders["en"], text, "en")
    assert ("ACCUSE", frozenset({"PHL"}), frozenset({"CHN"}), "asserted") in found, found


def test_a_judgement_to_come_is_no_accusation(coders: dict[str, Coder]) -> None:
    text = "Ukraine would consider any movement of Russian warships a violation of the deal."
    assert "ACCUSE" not in [e[0] for e in coded(coders["en"], text, "en")]


def test_the_complement_of_a_verb_of_judging_is_its_subject_s_judgement(
    coders: dict[str, Coder],
) -> None:
    text = "Russia shelled Ukrainian towns. Germany called the attacks on civilians reckless."
    found = coded(coders["en"], text, "en")
    assert [e for e in found if e[0] == "ACCUSE" and e[1] == frozenset({"DEU"})], found


@pytest.mark.parametrize(
    ("text", "code", "kind"),
    [
        # "on Saturday" only gives the call's day: no "called on" (REQUEST)
        ("Germany called Russia's president on Saturday to discuss the war.", "en", None),
        ("Germany called on Russia on Saturday to end the war.", "en", "REQUEST"),
        # a time noun with a complement of its own is what is called for
        ("Germany called for a day of mourning.", "en", "REQUEST"),
        ("Les syndicats ont appelé à une journée de grève.", "fr", "REQUEST"),
    ],
)
def test_a_phrase_of_time_selects_no_sense(
    coders: dict[str, Coder], text: str, code: str, kind: str | None
) -> None:
    article = make_article(text, code)
    assert article.doc is not None
    verb = next(t for t in article.doc if t.lower_ in ("called", "appelé"))
    found = coders[code].sense(verb)
    assert (found[0].type if found else None) == kind


@pytest.mark.parametrize(
    ("text", "lang", "found"),
    [
        ("Les soldats russes vont quitter l'Ukraine.", "fr", True),
        ("Les soldats russes ont commencé à quitter l'Ukraine.", "fr", True),
        ("La Russie va quitter l'Ukraine.", "fr", False),
        ("Russian troops began to leave Ukraine.", "en", True),
        ("Russia began to leave Ukraine.", "en", False),
    ],
)
def test_an_infinitive_s_understood_subject_counts_for_its_sense(
    coders: dict[str, Coder], text: str, lang: str, found: bool
) -> None:
    """The subject an infinitive takes from the verb it complements meets a ``with`` condition
    as a finite verb's own subject does ("Les soldats russes ont quitté l'Ukraine")."""
    retreats = [e for e in coded(coders[lang], text, lang) if e[0] == "RETREAT"]
    assert bool(retreats) is found, retreats


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("La Russie a mis en garde l'Ukraine mardi.", "THREATEN"),
        ("La police russe a mis en garde à vue le maire de Kiev.", "COERCE"),
    ],
)
def test_a_warning_is_no_custody(coders: dict[str, Coder], text: str, kind: str) -> None:
    """« mettre en garde » warns; only « mettre en garde à vue » holds someone."""
    assert [found[0] for found in coded(coders["fr"], text, "fr")] == [kind]


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        ("fr", "La France a déployé une mission civile d'observation en Géorgie.", "COOPERATE"),
        ("fr", "La France a déployé mardi des instructeurs en Ukraine.", "COOPERATE"),
        ("fr", "La France a déployé mardi des troupes en Ukraine.", "MOBILIZE"),
        ("en", "France deployed a civilian monitoring mission to Georgia on Tuesday.", "COOPERATE"),
        ("en", "France will deploy military advisers to Ukraine.", "COOPERATE"),
        ("en", "France deployed troops to Ukraine on Tuesday.", "MOBILIZE"),
    ],
)
def test_deploying_monitors_or_trainers_is_cooperation_and_troops_a_mobilisation(
    coders: dict[str, Coder], lang: str, text: str, kind: str
) -> None:
    assert [found[0] for found in coded(coders[lang], text, lang)] == [kind]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Moscou a sommé la compagnie pétrolière américaine de quitter la Russie.", "REQUEST"),
        ("Moscou a sommé un diplomate américain de quitter la Russie.", "SANCTION"),
    ],
)
def test_ordering_companies_to_leave_is_a_demand_and_diplomats_an_expulsion(
    coders: dict[str, Coder], text: str, kind: str
) -> None:
    assert [found[0] for found in coded(coders["fr"], text, "fr")] == [kind]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "La Russie suspendrait sa coopération avec l'Ukraine si les frappes se poursuivaient.",
            "fr",
        ),
        ("Russia would suspend its cooperation with Ukraine if the strikes went on.", "en"),
    ],
)
def test_the_words_of_a_condition_choose_no_sense(
    coders: dict[str, Coder], text: str, lang: str
) -> None:
    # suspending strikes is a concession; strikes named in the condition do not make one
    kinds = [kind for kind, *_ in coded(coders[lang], text, lang)]
    assert "SANCTION" in kinds and "CONCEDE" not in kinds, kinds


def test_holding_a_majority_is_no_detention_and_expelling_an_envoy_a_sanction(
    coders: dict[str, Coder],
) -> None:
    text = "Le parti au pouvoir en Russie détient la majorité absolue au Parlement."
    assert "COERCE" not in {kind for kind, *_ in coded(coders["fr"], text, "fr")}
    text = "La Russie a expulsé l'envoyé américain et les attachés militaires américains."
    kinds = {kind for kind, *_ in coded(coders["fr"], text, "fr")}
    assert kinds == {"SANCTION"}, kinds


def test_an_infinitive_hung_on_the_object_s_noun_is_the_verb_s(coders: dict[str, Coder]) -> None:
    # the parser makes « éviter » a modifier of « pays »: the call's « à » all the same
    text = (
        "Le Liban et Israël se disputent une zone frontalière. L'Allemagne et l'Italie "
        "appellent les troupes de montagne des deux pays à « éviter toute provocation » "
        "dans ce secteur."
    )
    found = [(t, g) for t, _, g, _ in coded(coders["fr"], text, "fr")]
    assert ("REQUEST", frozenset({"LBN", "ISR"})) in found, found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Le Japon a annoncé la suspension de son traité de pêche avec la Géorgie.", "fr"),
        ("Japan announced the suspension of its intelligence sharing with Georgia.", "en"),
    ],
)
def test_suspending_a_treaty_or_a_sharing_is_a_sanction(
    coders: dict[str, Coder], text: str, lang: str
) -> None:
    found = coded(coders[lang], text, lang)
    assert ("SANCTION", frozenset({"JPN"}), frozenset({"GEO"}), "asserted") in found, found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Japan announced the suspension of its treaty with Germany.", "en"),
        ("Japan announced the suspension of its defence pact with Germany.", "en"),
        ("Le Japon a annoncé la suspension de l'accord de coopération avec l'Allemagne.", "fr"),
    ],
)
def test_suspending_a_treaty_sanctions_the_party_after_its_with(
    coders: dict[str, Coder], text: str, lang: str
) -> None:
    found = coded(coders[lang], text, lang)
    assert ("SANCTION", frozenset({"JPN"}), frozenset({"DEU"}), "asserted") in found, found


@pytest.mark.parametrize(
    ("text", "words", "speaker", "lang"),
    [
        (
            "Japan said the suspension of the fishing agreement by Lebanon was regrettable.",
            "the suspension of the fishing agreement by Lebanon was regrettable",
            "Japan",
            "en",
        ),
        (
            "Berlin hailed the suspension of the grain deal. "
            "Lebanon said the suspension of its defence pact with France was final.",
            "the suspension of its defence pact with France was final",
            "Lebanon",
            "en",
        ),
    ],
)
def test_a_suspended_treaty_takes_no_party_from_the_context(
    coders: dict[str, Coder], text: str, words: str, speaker: str, lang: str
) -> None:
    article = quoted(make_article(text, lang), words, speaker)
    found = [described(article, e) for e in coders[lang].code_article(article)]
    targets = {c for k, _, t, _ in found if k == "SANCTION" for c in t}
    assert targets <= {"FRA"}, found
