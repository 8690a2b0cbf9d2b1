"""From a phrase to the actors it names: a group named in the genitive of people or bodies."""

from __future__ import annotations

import pytest

from newsgraph.events import Coder

from .helpers import coded

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "La Chine a critiqué le Japon. Les délégations des deux pays doivent se retrouver "
            "jeudi à Genève.",
        ),
        ("en", "China criticised Japan. The envoys of the two countries met in Geneva on Friday."),
        ("en", "China criticised Japan. The two countries' envoys met in Geneva on Friday."),
    ],
)
def test_the_people_of_a_group_are_the_group(
    coders: dict[str, Coder], lang: str, text: str
) -> None:
    """ "Les délégations des deux pays", "the envoys of the two countries", "the two
    countries' envoys" are the two parties named last."""
    both = frozenset({"CHN", "JPN"})
    found = [e for e in coded(coders[lang], text, lang) if e[0] == "CONSULT"]
    assert found and found[0][1:3] == (both, both), found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "La Chine a critiqué le Japon. Les délégations doivent se retrouver à Genève."),
        ("en", "China criticised Japan. The envoys met in Geneva on Friday."),
    ],
)
def test_people_of_no_group_are_no_one(coders: dict[str, Coder], lang: str, text: str) -> None:
    """Without a group in their genitive, "les délégations", "the envoys" name no one."""
    found = [e for e in coded(coders[lang], text, lang) if e[0] == "CONSULT"]
    assert not [e for e in found if e[1] == frozenset({"CHN", "JPN"})], found
