"""The choice of a target the sentence does not name (:mod:`newsgraph.events.targets`)."""

from __future__ import annotations

import pytest

from newsgraph.events import Coder

from .helpers import coded

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Germany warned that Russia would attack Ukraine.", "en"),
        ("La France a averti que la Russie attaquerait l'Ukraine.", "fr"),
    ],
)
def test_a_warning_of_another_party_s_act_is_no_threat_of_the_speaker(
    coders: dict[str, Coder], text: str, lang: str
) -> None:
    found = coded(coders[lang], text, lang)
    assert not any(e[0] == "THREATEN" for e in found), found
    assert any(e[0] == "ASSAULT" and e[1] == {"RUS"} for e in found), found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Germany warned that it would impose sanctions on Russia.", "en"),
        ("La France a averti qu'elle imposerait des sanctions à la Russie.", "fr"),
    ],
)
def test_a_warning_of_the_speaker_s_own_act_is_its_threat(
    coders: dict[str, Coder], text: str, lang: str
) -> None:
    found = coded(coders[lang], text, lang)
    assert any(e[0] == "THREATEN" and e[2] == {"RUS"} for e in found), found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Russia threatened Japan on Monday. Russia said it would respond. China accused "
            "Japan of spying. Analysts in Russia were cautious. Experts expect more tension. "
            "Japan refused to comply.",
            "en",
        ),
        (
            "La Russie a menacé le Japon lundi. La Russie a dit qu'elle répondrait. La Chine a "
            "accusé le Japon d'espionnage. Les analystes en Russie restent prudents. Les experts "
            "attendent plus de tensions. Le Japon a refusé de céder.",
            "fr",
        ),
    ],
)
def test_a_reply_to_an_act_told_further_back_answers_the_story_s_main_other_state(
    coders: dict[str, Coder], text: str, lang: str
) -> None:
    """Whoever last acted on the source, when named neither in the sentence nor in the one
    before, gives way to the article's main other state."""
    found = coded(coders[lang], text, lang)
    assert ("REJECT", frozenset({"JPN"}), frozenset({"RUS"}), "asserted") in found, found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Russia threatened Japan on Monday. Russia said it would respond. Russia warned "
            "Japan again. China accused Japan of spying. Japan refused to comply.",
            "en",
        ),
        (
            "La Russie a menacé le Japon lundi. La Russie a dit qu'elle répondrait. La Russie a "
            "de nouveau averti le Japon. La Chine a accusé le Japon d'espionnage. Le Japon a "
            "refusé de céder.",
            "fr",
        ),
    ],
)
def test_a_reply_to_an_act_told_just_before_answers_its_author(
    coders: dict[str, Coder], text: str, lang: str
) -> None:
    """Whoever last acted on the source, named in the sentence before, is answered before the
    article's main other state (dev sets: 65 right guesses of this fallback to 9 wrong)."""
    found = coded(coders[lang], text, lang)
    assert ("REJECT", frozenset({"JPN"}), frozenset({"CHN"}), "asserted") in found, found
