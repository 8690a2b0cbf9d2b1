"""A state's statement inside the statement of one of its people, on hand-built quotes."""

from __future__ import annotations

from newsgraph.article import Actor, Quote
from newsgraph.quotes.nested import speaking_for_state

_ACTORS = [
    Actor("USA", "United States", "country", "USA"),
    Actor("UKR", "Ukraine", "country", "UKR"),
    Actor("FRA", "France", "country", "FRA"),
    Actor("p:miller", "Matthew Miller", "person", "USA"),
    Actor("p:peskov", "Dmitry Peskov", "person", "RUS"),
    Actor("p:barrot", "Jean-Noël Barrot", "person", "FRA"),
]


def _quote(text: str, words: str, speaker: str, direct: bool = False) -> Quote:
    start = text.index(words)
    return Quote(words, start, start + len(words), speaker, direct)


def _speakers(text: str, *quotes: tuple[str, str, bool]) -> list[str | None]:
    found = [_quote(text, words, speaker, direct) for words, speaker, direct in quotes]
    speaking_for_state(found, _ACTORS)
    return [quote.speaker for quote in found]


def test_an_official_says_what_his_state_reaffirmed() -> None:
    text = "Miller said Washington reaffirmed that the treaty extends to the coast guard."
    outer = ("Washington reaffirmed that the treaty extends to the coast guard", "p:miller", False)
    inner = ("that the treaty extends to the coast guard", "USA", False)
    assert _speakers(text, outer, inner) == ["p:miller", "p:miller"]


def test_a_minister_says_what_his_government_holds() -> None:
    text = "Barrot a dit que Paris jugeait que la trêve était fragile."
    outer = ("que Paris jugeait que la trêve était fragile", "p:barrot", False)
    inner = ("que la trêve était fragile", "FRA", False)
    assert _speakers(text, outer, inner) == ["p:barrot", "p:barrot"]


def test_another_state_keeps_its_words() -> None:
    text = "Peskov said Kyiv claimed that the strike had failed."
    outer = ("Kyiv claimed that the strike had failed", "p:peskov", False)
    inner = ("that the strike had failed", "UKR", False)
    assert _speakers(text, outer, inner) == ["p:peskov", "UKR"]


def test_a_direct_quote_or_one_outside_keeps_its_speaker() -> None:
    text = "Barrot a dit que la France « ne cédera pas ». La France a ajouté que rien ne changeait."
    outer = ("que la France « ne cédera pas »", "p:barrot", False)
    direct = ("ne cédera pas", "FRA", True)
    after = ("que rien ne changeait", "FRA", False)
    assert _speakers(text, outer, direct, after) == ["p:barrot", "FRA", "FRA"]
