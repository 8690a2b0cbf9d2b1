"""Direct quotes in dialogue and interviews: dialogue dashes, questions and answers, Q/A labels."""

from __future__ import annotations

import pytest

from .build import Cast, quotes_of
from .casts import DIRECT_PEOPLE as PEOPLE
from .conftest import Build

pytestmark = pytest.mark.model


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


def test_dashed_answers_to_plain_questions_are_the_guests(build: Build) -> None:
    text = (
        "ENTRETIEN - Le ministre Ararat Mirzoyan était mardi à Paris.\n\n"
        "Que change cet accord ?\n\n"
        "— Il donne un cadre juridique à ce qui existe déjà.\n\n"
        "Nous diversifions nos partenariats, c'est tout.\n\n"
        "Bakou parle d'ingérence. Que lui répondez-vous ?\n\n"
        "— Que Bakou n'a pas de leçons à donner."
    )
    assert quotes_of(build(text, "fr", PEOPLE)) == [
        ("Il donne un cadre juridique à ce qui existe déjà.", "Ararat Mirzoyan", True),
        ("Nous diversifions nos partenariats, c'est tout.", "Ararat Mirzoyan", True),
        ("Que Bakou n'a pas de leçons à donner.", "Ararat Mirzoyan", True),
    ]


def test_an_english_interview_with_plain_questions_and_dashed_answers(build: Build) -> None:
    text = (
        "Olaf Scholz received us in his office on Friday.\n\n"
        "What went through your mind?\n\n"
        "— Disbelief. I thought it was a joke.\n\n"
        "And now?\n\n"
        "— We are open to talks, but on our terms."
    )
    assert quotes_of(build(text, "en", PEOPLE)) == [
        ("Disbelief. I thought it was a joke.", "Olaf Scholz", True),
        ("We are open to talks, but on our terms.", "Olaf Scholz", True),
    ]


def test_the_medium_presenting_an_interview_is_not_the_guest(build: Build) -> None:
    text = (
        "The Daily Courier spoke to the new mayor of Lowbridge, Tom Farrow.\n\n"
        "Q: What is your first priority?\n\n"
        'A: "Housing. We have 9,000 families on the waiting list."\n\n'
        "Q: How will you pay for it?\n\n"
        'A: "By working with the county, not against it."'
    )
    cast: Cast = {"Tom Farrow": ("person", ["Tom Farrow"])}
    speakers = {speaker for _, speaker, _ in quotes_of(build(text, "en", cast))}
    assert speakers == {"Tom Farrow"}


def test_a_person_in_a_relative_clause_is_not_the_interview_s_guest(build: Build) -> None:
    text = (
        "The Daily Courier spoke to a nurse who treated Senator Tom Farrow after the crash.\n\n"
        "— What did you see that night?\n\n"
        "— Chaos. We had twelve beds for forty people."
    )
    cast: Cast = {"Tom Farrow": ("person", ["Tom Farrow"])}
    speakers = {speaker for _, speaker, _ in quotes_of(build(text, "en", cast))}
    assert "Tom Farrow" not in speakers
