"""What the discourse of an article remembers from sentence to sentence."""

from __future__ import annotations

import pytest

from newsgraph import Actor
from newsgraph.events import Coder
from newsgraph.events.discourse import Discourse, live_entry, load_time_words

from .helpers import make_article

STAMP = load_time_words("en").stamp


def test_the_last_doer_of_an_act_type_other_than_the_excluded() -> None:
    iran = Actor("ir", "Iran", "country", "IRN", mentions=[])
    israel = Actor("il", "Israel", "country", "ISR", mentions=[])
    discourse = Discourse()
    discourse.did("ASSAULT", [iran])
    discourse.did("ASSAULT", [israel])
    assert discourse.last_doer("ASSAULT", frozenset()) == [israel]
    assert discourse.last_doer("ASSAULT", frozenset({"ISR"})) == [iran]
    assert discourse.last_doer("ACCUSE", frozenset()) == []


def test_a_time_counted_from_before_skips_the_events_its_own_sentence_tells_after_it() -> None:
    # "The crisis began on April 22 … The following day New Delhi suspended the treaty and
    # expelled advisers": the second act counts from April 22 too, not from the first act
    discourse = Discourse()
    discourse.dated("2025-04-22", 0, 10)
    discourse.dated("2025-04-23", 100, 130)
    assert discourse.date_before(100, 105) == "2025-04-22"
    # "a gelé sa coopération, imité le même jour par l'UE": one told before it counts
    assert discourse.date_before(100, 140) == "2025-04-23"
    assert discourse.date_before(200, 205) == "2025-04-23"


def test_a_live_report_is_several_entries_opened_by_a_clock_time() -> None:
    text = "Title\n\n20.05 BST – Lukashenko says.\n\nHe met Putin.\n\n18.10 BST – Kyiv says."
    assert live_entry(text, text.index("He met"), STAMP)
    assert not live_entry(text, 0, STAMP)  # before the first entry
    single = "Title\n\nPublished 7:30 am\n\n20.05 BST – Lukashenko says. He met Putin."
    assert not live_entry(single, single.index("He met"), STAMP)


def test_a_clock_time_then_a_full_stop_opens_an_entry_in_both_languages() -> None:
    fr = load_time_words("fr").stamp
    text = "Titre\n\n19h52. Résolution adoptée. Paris salue le vote.\n\n18h20. Erevan dit oui."
    assert live_entry(text, text.index("Paris"), fr)
    assert not live_entry(text, 0, fr)  # before the first entry
    en = "Title\n\n20.05. Lukashenko speaks. He met Putin.\n\n18.10. Kyiv reacts."
    assert live_entry(en, en.index("He met"), STAMP)


def test_a_clock_time_inside_a_line_opens_no_entry() -> None:
    fr = load_time_words("fr").stamp
    text = "Titre\n\nLe vote a eu lieu à 19h52. Paris salue le vote à 20h10. Puis rien."
    assert not live_entry(text, text.index("Puis"), fr)


def test_the_first_doer_of_an_act_type_other_than_the_excluded() -> None:
    iran = Actor("ir", "Iran", "country", "IRN", mentions=[])
    israel = Actor("il", "Israel", "country", "ISR", mentions=[])
    discourse = Discourse()
    discourse.did("ACCUSE", [iran])
    discourse.did("ACCUSE", [israel])
    assert discourse.first_doer("ACCUSE", frozenset()) == [iran]
    assert discourse.first_doer("ACCUSE", frozenset({"IRN"})) == [israel]
    assert discourse.first_doer("ASSAULT", frozenset()) == []


def test_the_first_doer_of_an_act_aimed_at_a_party() -> None:
    armenia = Actor("am", "Armenia", "country", "ARM", mentions=[])
    russia = Actor("ru", "Russia", "country", "RUS", mentions=[])
    france = Actor("fr", "France", "country", "FRA", mentions=[])
    azerbaijan = Actor("az", "Azerbaijan", "country", "AZE", mentions=[])
    discourse = Discourse()
    discourse.did("ACCUSE", [armenia], [russia])
    discourse.did("ACCUSE", [france], [azerbaijan])
    assert discourse.first_against("ACCUSE", frozenset({"AZE"})) == [france]
    assert discourse.first_against("ACCUSE", frozenset({"RUS"})) == [armenia]
    assert discourse.first_against("ACCUSE", frozenset({"ISR"})) == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("lang", "text", "reporter"),
    [
        (
            "fr",
            "« La Corée du Nord a fourni des armes à la Russie », a déclaré Jake Sullivan.",
            "Jake Sullivan",
        ),
        (
            "fr",
            "Jake Sullivan a déclaré que la Corée du Nord avait fourni des armes à la Russie.",
            "Jake Sullivan",
        ),
        ("en", '"China attacked Philippine ships," the Philippines said.', "Philippines"),
    ],
)
def test_events_in_reported_speech_are_kept_with_their_reporter(
    coders: dict[str, Coder], lang: str, text: str, reporter: str
) -> None:
    article = make_article(text, lang)
    events = coders[lang].code_article(article)
    assert events and events[0].reported_by == reporter
