"""Sides of events found through the verb's arguments, on sentences parsed by the model."""

from __future__ import annotations

import pytest

from newsgraph.events import Coder

from .helpers import check, coded

pytestmark = pytest.mark.model


def test_a_promise_bears_on_the_side_of_the_act_its_infinitive_names(
    coders: dict[str, Coder],
) -> None:
    # "agreed to supply Ukraine with radars": the promise is made to the one to be supplied
    found = coded(coders["en"], "France agreed last October to supply Ukraine with radars.", "en")
    assert any(kind == "AGREE" and "UKR" in target for kind, _, target, _ in found)


def test_a_noun_event_takes_the_phrase_its_governing_event_verb_has_no_use_for(
    coders: dict[str, Coder],
) -> None:
    # the parser hangs "contre l'Ukraine" on "démenti", whose denial takes no "contre": the
    # denied strike is the one against Ukraine
    found = coded(coders["fr"], "Moscou a démenti toute frappe contre l'Ukraine.", "fr")
    assert ("ASSAULT", frozenset({"RUS"}), frozenset({"UKR"}), "denied") in found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "La Chine a critiqué les États-Unis. L'Iran réclame la levée des sanctions, ce que "
            "Washington a refusé.",
        ),
        (
            "en",
            "China criticised the United States. The main obstacle remains the Iranian demand "
            "to lift the sanctions, which Washington has refused.",
        ),
    ],
)
def test_a_reply_in_a_resumptive_relative_rejects_the_statement_above_it(
    coders: dict[str, Coder], lang: str, text: str
) -> None:
    """ "…, ce que Washington a refusé", "…, which Washington has refused": the refusal is
    aimed at whoever made the demand the relative takes up, not at the last to act on the
    United States."""
    found = coded(coders[lang], text, lang)
    assert ("REJECT", frozenset({"USA"}), frozenset({"IRN"}), "asserted") in found, found


def test_a_subject_cut_off_by_an_aside_is_still_the_source(coders: dict[str, Coder]) -> None:
    check(
        coders["fr"],
        "fr",
        "L'Allemagne, en revanche, a accusé la Russie.",
        ("ACCUSE", {"DEU"}, {"RUS"}, "asserted"),
    )


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "L'Allemagne a arraisonné un navire. L'équipage, composé de marins russes, a été "
            "placé en garde à vue.",
        ),
        ("en", "Germany seized a tanker. Its crew, made up of Russian sailors, was detained."),
    ],
)
def test_the_subject_of_an_agentless_passive_undergoes_it(
    coders: dict[str, Coder], lang: str, text: str
) -> None:
    assert ("COERCE", frozenset({"DEU"}), frozenset({"RUS"}), "asserted") in coded(
        coders[lang], text, lang
    )


def test_a_name_parsed_as_a_complement_is_the_object(coders: dict[str, Coder]) -> None:
    text = (
        "La France a averti que toute riposte risquait d'entraîner la région dans une "
        "escalade et a appelé Israël à la retenue."
    )
    assert ("REQUEST", frozenset({"FRA"}), frozenset({"ISR"}), "asserted") in coded(
        coders["fr"], text, "fr"
    )


@pytest.mark.model
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Russia and Ukraine accused each other of shelling the plant."),
        ("fr", "La Russie et l'Ukraine s'accusent mutuellement de bombarder la centrale."),
    ],
)
def test_an_act_on_each_other_is_mutual(coders: dict[str, Coder], lang: str, text: str) -> None:
    found = {e[:3] for e in coded(coders[lang], text, lang)}
    both = frozenset({"RUS", "UKR"})
    assert ("ACCUSE", both, both) in found, found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Le président français a proposé d'accueillir à Paris une rencontre entre la Russie "
            "et l'Ukraine.",
        ),
        ("en", "France offered to host a meeting between Russia and Ukraine."),
    ],
)
def test_a_host_of_a_meeting_between_others_brings_them_together(
    coders: dict[str, Coder], lang: str, text: str
) -> None:
    found = coded(coders[lang], text, lang)
    assert ("CONSULT", frozenset({"FRA"}), frozenset({"RUS", "UKR"}), "hypothetical") in found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Paris accueillera lundi le président russe."),
        ("en", "Paris will host the Russian president on Monday."),
    ],
)
def test_a_host_of_guests_is_the_source_of_the_visit_it_hosts(
    coders: dict[str, Coder], lang: str, text: str
) -> None:
    """CAMEO 043 "host a visit": the host, the verb's subject, is the source and its guest
    the target, as for every verb; the visitor is the source of 042, "make a visit"."""
    found = coded(coders[lang], text, lang)
    assert ("CONSULT", frozenset({"FRA"}), frozenset({"RUS"}), "future") in found, found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "La France et les États-Unis ont critiqué la Géorgie. Moscou a dénoncé une "
            "ingérence de l'Occident.",
        ),
        (
            "en",
            "France and the United States criticised Georgia. Moscow denounced the "
            "interference of the West.",
        ),
    ],
)
def test_the_west_in_the_genitive_of_a_judged_noun_is_the_target(
    coders: dict[str, Coder], lang: str, text: str
) -> None:
    found = coded(coders[lang], text, lang)
    assert ("ACCUSE", frozenset({"RUS"}), frozenset({"FRA", "USA"}), "asserted") in found, found


def test_the_west_in_the_genitive_of_a_noun_of_people_stands_for_no_one(
    coders: dict[str, Coder],
) -> None:
    text = (
        "Les États-Unis ont accusé mardi les adversaires de l'Occident de mener des "
        "cyberattaques contre l'Allemagne. La France et l'Allemagne ont protesté."
    )
    found = coded(coders["fr"], text, "fr")
    aimed = [target for kind, source, target, _ in found if kind == "ACCUSE" and "USA" in source]
    assert aimed and all("FRA" not in target for target in aimed), found
