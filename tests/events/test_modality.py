"""Modality cues read around a trigger, on sentences parsed by the model."""

from __future__ import annotations

import pytest

from newsgraph.events import Coder

from .helpers import check, coded, dates_of

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Putin said Russia would attack Ukraine if Kyiv joined NATO.", "en"),
        ("Poutine a affirmé que la Russie attaquerait l'Ukraine si Kiev rejoignait l'Otan.", "fr"),
        (
            "S'il tente de reconstruire des bases près de la frontière, "
            "la Russie attaquera l'Ukraine.",
            "fr",
        ),
    ],
)
def test_an_act_to_come_under_a_condition_is_hypothetical(
    coders: dict[str, Coder], text: str, lang: str
) -> None:
    # a clause of hypothesis on the act's verb ("if", "si", elided "s'") makes it possible
    found = coded(coders[lang], text, lang)
    assert [e[3] for e in found if e[0] == "ASSAULT"] == ["hypothetical"]


def test_a_done_act_with_a_clause_of_time_stays_asserted(coders: dict[str, Coder]) -> None:
    found = coded(coders["en"], "Russia attacked Ukraine once the deadline had passed.", "en")
    assert [e[3] for e in found if e[0] == "ASSAULT"] == ["asserted"]


def test_a_scheduled_act_under_a_condition_stays_future(coders: dict[str, Coder]) -> None:
    text = "If they meet in November, Biden is expected to press Putin to withdraw."
    found = coded(coders["en"], text, "en")
    assert [e[3] for e in found if e[0] == "REQUEST"] == ["future"]


def test_an_act_to_come_with_a_clause_of_time_stays_future(coders: dict[str, Coder]) -> None:
    # "when" marks a time, not a hypothesis: the act is still to come, not merely possible
    text = "Russia will attack Ukraine when the deadline has passed."
    found = coded(coders["en"], text, "en")
    assert [e[3] for e in found if e[0] == "ASSAULT"] == ["future"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Russia will attack Ukraine once the deadline has passed."),
        ("fr", "La Russie attaquera l'Ukraine dès que le délai sera écoulé."),
    ],
)
def test_an_act_to_come_once_another_is_done_is_hypothetical(
    coders: dict[str, Coder], lang: str, text: str
) -> None:
    found = coded(coders[lang], text, lang)
    assert [e[3] for e in found if e[0] == "ASSAULT"] == ["hypothetical"]


def test_an_announced_measure_is_done_when_the_text_dates_it(coders: dict[str, Coder]) -> None:
    text = "The United States announced sanctions against Iran in March."
    assert coded(coders["en"], text, "en") == [("SANCTION", {"USA"}, {"IRN"}, "asserted")]
    assert dates_of(coders["en"], text, "en") == [("SANCTION", "2024-03")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Belarus skipped the summit with Russia in Moscow."),
        ("fr", "La Biélorussie a boudé le sommet avec la Russie à Moscou."),
    ],
)
def test_a_meeting_skipped_did_not_take_place(
    coders: dict[str, Coder], lang: str, text: str
) -> None:
    assert ("CONSULT", {"BLR", "RUS"}, {"BLR", "RUS"}, "negated") in coded(coders[lang], text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "fr",
            "Pour Manille, une telle qualification pourrait déclencher l'article IV du traité "
            "de défense mutuelle signé en 1951 avec les États-Unis.",
            ("AGREE", {"PHL", "USA"}, {"PHL", "USA"}, "asserted"),
        ),
        (
            "en",
            "The clash could derail an arrangement agreed by Manila and Beijing in July.",
            ("AGREE", {"PHL", "CHN"}, {"PHL", "CHN"}, "asserted"),
        ),
    ],
)
def test_an_act_a_past_participle_describes_is_done_whatever_the_clause(
    coders: dict[str, Coder], lang: str, text: str, expected: tuple[str, set[str], set[str], str]
) -> None:
    check(coders[lang], lang, text, expected)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "fr",
            "La France a accepté de livrer des armes à l'Ukraine.",
            ("AID", {"FRA"}, {"UKR"}, "future"),
        ),
        (
            "en",
            "France agreed last October to supply Ukraine with air-defence radars.",
            ("AID", {"FRA"}, {"UKR"}, "future"),
        ),
    ],
)
def test_the_act_agreed_to_is_to_come(
    coders: dict[str, Coder], lang: str, text: str, expected: tuple[str, set[str], set[str], str]
) -> None:
    check(coders[lang], lang, text, expected)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "fr",
            "La France a annoncé la vente de missiles à l'Ukraine.",
            ("AID", {"FRA"}, {"UKR"}, "future"),
        ),
        (
            "en",
            "The United States announced the deployment of two frigates to the Philippines.",
            ("MOBILIZE", {"USA"}, {"PHL"}, "future"),
        ),
    ],
)
def test_a_material_act_announced_is_to_come(
    coders: dict[str, Coder], lang: str, text: str, expected: tuple[str, set[str], set[str], str]
) -> None:
    check(coders[lang], lang, text, expected)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Russia and China agreed to meet every year and to hold joint exercises."),
        (
            "fr",
            "La Russie et la Chine ont convenu de se rencontrer chaque année "
            "et de coopérer dans l'Arctique.",
        ),
    ],
)
def test_every_act_agreed_is_to_come(coders: dict[str, Coder], lang: str, text: str) -> None:
    found = coded(coders[lang], text, lang)
    acts = [modality for kind, *_, modality in found if kind == "COOPERATE"]
    assert acts and all(modality == "future" for modality in acts), found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Les observateurs redoutent une attaque de la Russie contre l'Ukraine.", "fr"),
        ("Kiev craint une attaque de la Russie contre l'Ukraine.", "fr"),
        ("Observers fear a Russian attack on Ukraine.", "en"),
    ],
)
def test_an_act_feared_is_hypothetical(coders: dict[str, Coder], text: str, lang: str) -> None:
    # a verb of fear holds out what it is about as possible, not as done
    found = coded(coders[lang], text, lang)
    assert [e[3] for e in found if e[0] == "ASSAULT"] == ["hypothetical"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Russia is to withdraw its troops from Belarus."),
        ("fr", "La Russie doit retirer ses troupes de Biélorussie."),
    ],
)
def test_an_act_due_is_to_come(coders: dict[str, Coder], lang: str, text: str) -> None:
    # "is to withdraw" is the English of "doit retirer": the act is due, not done
    found = coded(coders[lang], text, lang)
    assert [e[3] for e in found if e[0] == "RETREAT"] == ["future"], found


def test_every_act_due_is_to_come(coders: dict[str, Coder]) -> None:
    text = "Biden is to visit Japan and to meet Yoon in Tokyo."
    found = coded(coders["en"], text, "en")
    consults = [e[3] for e in found if e[0] == "CONSULT"]
    assert consults and set(consults) == {"future"}, found


def test_an_act_an_adjective_governs_is_not_due(coders: dict[str, Coder]) -> None:
    found = coded(coders["en"], "Russia is ready to talk with Ukraine.", "en")
    assert [e[3] for e in found if e[0] == "CONSULT"] == ["hypothetical"], found


@pytest.mark.parametrize(
    "text",
    [
        "Le traité, négocié depuis 2015 entre la Russie et l'Ukraine, ne sera pas ratifié "
        "avant l'été.",
        "Selon lui, le traité, négocié depuis 2015 entre la Russie et l'Ukraine, ne serait "
        "« sans doute pas » ratifié avant l'été.",
    ],
)
def test_a_participle_read_as_an_infinitive_still_describes(
    coders: dict[str, Coder], text: str
) -> None:
    # the parser calls "négocié" an infinitive; written unlike its lemma, it is a participle
    # that says the talks took place, whatever the clause around the noun plans or denies
    found = coded(coders["fr"], text, "fr")
    assert [e[3] for e in found if e[0] == "CONSULT"] == ["asserted"], found


@pytest.mark.parametrize(
    "text",
    [
        "Le président ukrainien a assuré que ses forces étaient prêtes à un cessez-le-feu "
        "avec la Russie.",
        "Le président ukrainien a assuré dans une interview que ses forces étaient prêtes à "
        "un cessez-le-feu avec la Russie « sans délai ».",
    ],
)
def test_ready_read_as_a_participle_is_still_hypothetical(
    coders: dict[str, Coder], text: str
) -> None:
    # "prêtes" the parser takes for a participle of "prêter", and in the second sentence
    # may hang on "interview" with its "que" and its subject: a clause, not a description
    found = coded(coders["fr"], text, "fr")
    assert [e[3] for e in found if e[0] == "CONCEDE"] == ["hypothetical"], found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Les États-Unis ont annoncé mercredi de nouvelles sanctions visant la flotte russe.",
        ),
        (
            "fr",
            "Lors d'un coup de filet de la police russe visant la diaspora ukrainienne, "
            "deux hommes ont été arrêtés.",
        ),
    ],
)
def test_an_act_a_participle_aims_at_something_is_not_hypothetical(
    coders: dict[str, Coder], lang: str, text: str
) -> None:
    # "visant la flotte" says what the act falls on, not an aim that leaves it to come
    found = coded(coders[lang], text, lang)
    assert found and {e[3] for e in found} == {"asserted"}, found


def test_an_act_aimed_at_by_an_infinitive_stays_possible(coders: dict[str, Coder]) -> None:
    text = "La Russie a présenté un projet visant à suspendre les sanctions contre l'Iran."
    found = coded(coders["fr"], text, "fr")
    assert [e[3] for e in found] == ["hypothetical"], found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Je ne crois pas que la Russie imposera des sanctions à l'Ukraine."),
        ("en", "I don't think Russia will impose sanctions on Ukraine."),
    ],
)
def test_an_act_to_come_a_speaker_does_not_believe_in_is_hypothetical(
    coders: dict[str, Coder], lang: str, text: str
) -> None:
    # a negated verb of belief leaves the act in doubt, not planned
    found = coded(coders[lang], text, lang)
    assert [e[3] for e in found if e[0] == "SANCTION"] == ["hypothetical"], found


def test_an_act_to_come_a_speaker_believes_in_stays_to_come(coders: dict[str, Coder]) -> None:
    found = coded(coders["fr"], "Je crois que la Russie imposera des sanctions à l'Ukraine.", "fr")
    assert [e[3] for e in found if e[0] == "SANCTION"] == ["future"], found


# A second subordinate clause coordinated with a first shares its governor
# (ModalityReader._first_conjunct).
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "He told MPs that France would send troops to Georgia next year, and that German "
            "and French forces would hold a joint exercise in Georgia in 2027.",
            ("COOPERATE", {"FRA", "DEU"}, {"FRA", "DEU"}, "future"),
        ),
        (
            "fr",
            "Le ministre a déclaré que la France enverrait des troupes en Géorgie et que les "
            "forces allemandes et françaises mèneraient un exercice conjoint en Géorgie.",
            ("COOPERATE", {"FRA", "GEO"}, {"FRA", "GEO"}, "future"),
        ),
    ],
)
def test_a_second_clause_of_saying_is_said_too(
    coders: dict[str, Coder], lang: str, text: str, expected: tuple[str, set[str], set[str], str]
) -> None:
    check(coders[lang], lang, text, expected)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "La France a annoncé une aide de 50 millions d'euros au Liban."),
        ("fr", "La France a annoncé la vente de drones au Liban."),
    ],
)
def test_aid_announced_is_a_pledge(coders: dict[str, Coder], lang: str, text: str) -> None:
    found = coded(coders[lang], text, lang)
    assert ("AGREE", {"FRA"}, {"LBN"}, "asserted") in found, found
    assert ("AID", {"FRA"}, {"LBN"}, "future") in found, found


def test_aid_its_receiver_announces_is_no_pledge(coders: dict[str, Coder]) -> None:
    # the receiver tells of the gift: the giver commits to nothing in this sentence
    text = "Lebanon announced a delivery of French weapons."
    assert "AGREE" not in [kind for kind, *_ in coded(coders["en"], text, "en")]


def test_a_deployment_announced_is_no_pledge(coders: dict[str, Coder]) -> None:
    text = "The United States announced the deployment of two frigates to the Philippines."
    assert "AGREE" not in [kind for kind, *_ in coded(coders["en"], text, "en")]


@pytest.mark.parametrize(
    "text",
    [
        "La Géorgie a haussé le ton en menaçant d'expulser l'ambassadeur russe.",
        "La Biélorussie a répliqué en menaçant d'imposer des sanctions à l'Ukraine.",
    ],
)
def test_an_act_a_gerund_of_threat_governs_is_hypothetical(
    coders: dict[str, Coder], text: str
) -> None:
    # « en menaçant de » is the gerund of « menacer »: the threat is made, the act possible
    found = coded(coders["fr"], text, "fr")
    assert [(e[0], e[3]) for e in found] == [
        ("THREATEN", "asserted"),
        ("SANCTION", "hypothetical"),
    ]
