"""The coder's own work (:mod:`newsgraph.events.coder`): evidence and scores of every event, the
article loop (text order, the headline), one event per telling, the speaker of quoted words."""

from __future__ import annotations

import pytest

from newsgraph.article import Actor, Span
from newsgraph.events import Coder

from .helpers import dates_of, described, make_article, quoted

pytestmark = pytest.mark.model


def test_a_quoted_threat_is_the_speaker_s(coders: dict[str, Coder]) -> None:
    text = "« Elle en paiera le prix », a déclaré Jake Sullivan à propos de la Corée du Nord."
    article = make_article("La Corée du Nord a fourni des armes à la Russie. " + text, "fr")
    # "Elle" is the pronoun the actors stage resolves; here it is given by hand
    elle = article.text.index("Elle")
    korea = next(a for a in article.actors if a.name == "North Korea")
    korea.mentions.append(type(korea.mentions[0])(elle, elle + 4, "Elle"))
    found = [described(article, e) for e in coders["fr"].code_article(article)]
    assert ("THREATEN", frozenset({"USA"}), frozenset({"PRK"}), "asserted") in found


def test_every_event_carries_its_evidence_and_scores(coders: dict[str, Coder]) -> None:
    text = "Kim Jong-un a affirmé son soutien à l’invasion de l’Ukraine menée par Vladimir Poutine."
    article = make_article(text, "fr")
    events = coders["fr"].code_article(article)
    assert {e.type for e in events} == {"SUPPORT", "ASSAULT"}
    for event in events:
        for span in (event.evidence, event.trigger, event.sentence):
            assert span is not None
            assert article.text[span.start : span.end] == span.text
        assert event.trigger is not None and event.evidence.start <= event.trigger.start
        assert event.coder == coders["fr"].version
        assert event.cameo and event.quad_class is not None
        assert event.goldstein is not None and event.intensity is not None
    assault = next(e for e in events if e.type == "ASSAULT")
    assert (assault.cameo, assault.quad_class) == ("190", 4)
    assert assault.trigger is not None and assault.trigger.text == "invasion"


def test_events_come_in_text_order_and_an_unparsed_headline_is_not_coded(
    coders: dict[str, Coder],
) -> None:
    article = make_article("La Russie a bombardé Kiev. La Chine a accusé les Philippines.", "fr")
    article.title = "Les États-Unis condamnent la Russie"
    events = coders["fr"].code_article(article)
    assert [e.type for e in events] == ["ASSAULT", "ACCUSE"]


def test_a_later_mention_dates_an_event_the_first_left_undated(coders: dict[str, Coder]) -> None:
    text = (
        "La Chine a critiqué la Russie. La Russie avait bombardé l'Ukraine. Mardi, la Russie a "
        "bombardé l'Ukraine."
    )
    found = dates_of(coders["fr"], text, "fr")
    assert [pair for pair in found if pair[0] == "ASSAULT"] == [("ASSAULT", "2024-06-18")]


@pytest.mark.parametrize(
    ("lang", "text", "words", "speaker", "expected"),
    [
        (
            "fr",
            "La Russie a accusé la Chine d'espionnage. « Nous rejetons ces accusations », a "
            "déclaré Pékin.",
            "Nous rejetons ces accusations",
            "China",
            ("REJECT", frozenset({"CHN"}), frozenset({"RUS"}), "asserted"),
        ),
        (
            "en",
            '"I urge the Iranian authorities to release him," Joe Biden said.',
            "I urge the Iranian authorities to release him,",
            "Joe Biden",
            ("REQUEST", frozenset({"USA"}), frozenset({"IRN"}), "asserted"),
        ),
    ],
)
def test_the_first_person_in_a_quote_is_its_speaker(
    coders: dict[str, Coder],
    lang: str,
    text: str,
    words: str,
    speaker: str,
    expected: tuple[str, frozenset[str], frozenset[str], str],
) -> None:
    article = quoted(make_article(text, lang), words, speaker)
    assert expected in [described(article, e) for e in coders[lang].code_article(article)]


def test_a_word_inside_an_organisation_s_name_is_no_trigger(coders: dict[str, Coder]) -> None:
    name = "Organisation du traité de sécurité collective"
    text = f"La Biélorussie a gelé sa participation à l'{name}."
    article = make_article(text, "fr", names=["Belarus"])
    start = text.index(name)
    actor = Actor("org:csto", "CSTO", "organization", None, "IGO")
    actor.mentions = [Span(start, start + len(name), name)]
    article.actors.append(actor)
    found = [described(article, e) for e in coders["fr"].code_article(article)]
    assert all(e[0] != "AGREE" for e in found), found
