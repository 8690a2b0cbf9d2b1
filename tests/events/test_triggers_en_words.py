"""English trigger words of the wire copy that the event lexicon (``lang/en/events.json``)
holds beside the common ones: rebukes (upbraid, insult, smear, rebut), rejections (balk at,
stonewall), harassment and coercion, beheadings, counterattacks, backtracking, exemptions,
ratifications, rearmament, executions, sanctions relief and the nouns of talks and
cooperation; and the readings of them that are no event."""

from __future__ import annotations

import pytest

from newsgraph.events import Coder

from .helpers import Described, coded, row, types_coded

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Beijing upbraided Japan.", row("ACCUSE", "CHN", "JPN")),
        ("Russian forces counterattacked Ukrainian positions.", row("ASSAULT", "RUS", "UKR")),
        ("Russia balked at the proposal of Ukraine on Monday.", row("REJECT", "RUS", "UKR")),
        ("Iran rebutted the claims of the United States.", row("REJECT", "IRN", "USA")),
        ("Germany stonewalled the request of France.", row("REJECT", "DEU", "FRA")),
        ("Iran harassed American ships in the Gulf.", row("COERCE", "IRN", "USA")),
        ("Japan penalised China.", row("SANCTION", "JPN", "CHN")),
        # a weapon that slams into a target strikes it; slamming a side criticises it
        (
            "A Russian missile slammed into a Ukrainian apartment block.",
            row("ASSAULT", "RUS", "UKR"),
        ),
        ("Russia slammed Ukraine over the attack.", row("ACCUSE", "RUS", "UKR")),
        ("Russia coerced Belarus into the deal.", row("COERCE", "RUS", "BLR")),
        ("Russia oppressed Ukrainian activists.", row("COERCE", "RUS", "UKR")),
        ("China insulted Japan.", row("ACCUSE", "CHN", "JPN")),
        ("Russia smeared Ukraine.", row("ACCUSE", "RUS", "UKR")),
        (
            "The beheading of two French soldiers by Iran angered France.",
            row("ASSAULT", "IRN", "FRA"),
        ),
        (
            "China's rearmament against Japan worried the United States.",
            row("MOBILIZE", "CHN", "JPN"),
        ),
        (
            "The execution of two French prisoners by Iran angered France.",
            row("ASSAULT", "IRN", "FRA"),
        ),
        ("The United States exempted Japan from the tariffs.", row("CONCEDE", "USA", "JPN")),
        # relief from sanctions or tariffs eases them
        ("The United States announced sanctions relief for Iran.", row("CONCEDE", "USA", "IRN")),
    ],
)
def test_wire_vocabulary(coders: dict[str, Coder], text: str, expected: Described) -> None:
    found = coded(coders["en"], text, "en")
    assert expected in found, found


def test_backtracking_concedes(coders: dict[str, Coder]) -> None:
    text = "France and Germany backtracked on their plan to send troops to Ukraine."
    assert "CONCEDE" in types_coded(coders["en"], text, "en")


@pytest.mark.parametrize(
    "text", ["Russia held a dialogue with China.", "The dialogue between Russia and China resumed."]
)
def test_a_dialogue_with_a_side_is_talks(coders: dict[str, Coder], text: str) -> None:
    both = frozenset({"RUS", "CHN"})
    assert ("CONSULT", both, both, "asserted") in coded(coders["en"], text, "en")


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # dialogue as a means or a choice, with no partner named, is no talks held
        ("China hoped Japan would settle the dispute through dialogue.", "CONSULT"),
        ("Russia said France had chosen confrontation over dialogue.", "CONSULT"),
        # acting "in coordination with" partners is a manner, no cooperation of its own
        ("Japan could impose sanctions on North Korea in coordination with France.", "COOPERATE"),
        # relief with no sanctions or tariffs named is aid, not a concession
        ("The United States announced relief for Lebanon.", "CONCEDE"),
        # neutralising a threat or a bomb is no attack
        ("Ukraine neutralised the threat from Russia.", "ASSAULT"),
        # gunning for a deal and hammering a rival over a policy are no attacks
        ("Russia is gunning for a deal with Ukraine.", "ASSAULT"),
        ("The United States hammered China over its trade practices.", "ASSAULT"),
    ],
)
def test_no_event_of_type(coders: dict[str, Coder], text: str, absent: str) -> None:
    assert absent not in types_coded(coders["en"], text, "en")
