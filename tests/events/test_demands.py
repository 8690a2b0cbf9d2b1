"""Demands said with a modal: "X said Russia must withdraw" is a REQUEST of X to Russia."""

from __future__ import annotations

import pytest

from newsgraph.events import Coder
from newsgraph.events.demands import demand_words

from .helpers import coded

pytestmark = pytest.mark.model


def _requests(coders: dict[str, Coder], lang: str, text: str) -> set[tuple[str, ...]]:
    found = coded(coders[lang], text, lang)
    return {(*sorted(s), "->", *sorted(t), m) for kind, s, t, m in found if kind == "REQUEST"}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Washington said Russia must withdraw its troops from Ukraine."),
        ("en", "Washington said Russia should stop its attacks on Ukraine."),
        ("en", "Washington said Russia has to leave Ukraine."),
        ("en", "Washington said Russia must not attack Ukraine."),  # a demand to refrain
        ("en", '"Russia must withdraw its troops," Jake Sullivan said.'),
        ("fr", "Washington a affirmé que la Russie doit retirer ses troupes d'Ukraine."),
        ("fr", "« La Russie doit retirer ses troupes », a déclaré Jake Sullivan."),
        ("fr", "Washington a affirmé que la Russie ne doit pas attaquer l'Ukraine."),  # forbids
    ],
)
def test_an_obligation_said_of_another_side_is_a_demand_of_the_speaker(
    coders: dict[str, Coder], lang: str, text: str
) -> None:
    assert ("USA", "->", "RUS", "asserted") in _requests(coders, lang, text)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Washington said Russia must return the land it seized last year."),
        ("en", "Washington said Russia must withdraw the troops that may threaten Ukraine."),
        ("fr", "Washington a dit que la Russie doit rendre les terres qu'elle a prises en mai."),
    ],
)
def test_a_time_in_a_clause_of_its_own_makes_no_schedule(
    coders: dict[str, Coder], lang: str, text: str
) -> None:
    assert ("USA", "->", "RUS", "asserted") in _requests(coders, lang, text)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Washington said Russia must have known about the plan."),  # a guess
        ("en", "Washington said Russia must be responsible."),  # a state, no act
        ("en", "Washington said Russia had to leave Ukraine."),  # a past necessity
        ("en", "Washington said Russia should hold talks with Ukraine next week."),  # a schedule
        ("en", "Washington said the route must not become a weapon."),  # no actor must act
        ("en", "Russia must withdraw its troops from Ukraine."),  # no one heard saying it
        ("en", "Should Russia attack Ukraine, Washington said it would respond."),  # a condition
        ("en", "Washington said: should Russia leave Ukraine now?"),  # a question
        ("en", "Washington said Russia does not have to leave Ukraine."),  # no obligation
        ("en", "Washington said Russia has yet to leave Ukraine."),  # an obligation unmet
        ("fr", "Washington a affirmé que la Russie doit avoir su."),  # a guess
        ("fr", "Washington a affirmé que la Russie doit rester neutre."),  # a state
        ("fr", "Washington a indiqué que la Russie devra quitter l'Ukraine."),  # a schedule
        ("fr", "Washington a indiqué que la Russie doit rencontrer l'Ukraine en janvier."),
        ("fr", "La Russie doit retirer ses troupes d'Ukraine."),  # no one heard saying it
    ],
)
def test_no_demand_without_an_act_an_actor_and_a_speaker(
    coders: dict[str, Coder], lang: str, text: str
) -> None:
    assert not any(r[0] in ("USA", "RUS") for r in _requests(coders, lang, text))


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_every_language_has_its_words_of_obligation(lang: str) -> None:
    words = demand_words(lang)
    assert words.sense is not None and words.sense.type == "REQUEST"
    assert words.sense.source == ("speaker",) and words.sense.target == ("subj",)
    assert words.modals or words.verbs
