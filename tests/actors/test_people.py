"""Unit tests of newsgraph.actors.people."""

from newsgraph.actors.people import PersonInfo, imply_countries, latest_before
from newsgraph.article import Actor, Span


def _state(iso3: str, times: int) -> Actor:
    mentions = [Span(10 * i, 10 * i + 5, iso3) for i in range(times)]
    return Actor(iso3, iso3, "country", iso3, "GOV", None, None, mentions)


def _implied(known: dict[str, int]) -> str | None:
    """The country an untitled lawmaker gets in an article naming South Korea and the United
    States three times each, and people of known country (``known``: country, mentions)."""
    lawmaker = PersonInfo(name="Ahn Ji-hoon", sector="LEG", role="lawmaker", role_key="lawmaker")
    people = {"ahn": lawmaker}
    for n, (iso3, times) in enumerate(known.items()):
        spans = [(1000 + 100 * n + i, 1001 + 100 * n + i) for i in range(times)]
        people[iso3] = PersonInfo(name=f"P{n}", country=iso3, kb_id=f"Q{n}", spans=spans)
    others = {"KOR": _state("KOR", 3), "USA": _state("USA", 3)}
    imply_countries(people, others, {"KOR", "USA"}, frozenset({"GOV", "LEG"}))
    return lawmaker.country


def test_a_tie_between_states_goes_to_the_one_whose_people_are_named_most() -> None:
    # "Le président Yoon … Lee Jae-myung … Washington …", "President Yoon … Lee … Washington"
    assert _implied({"KOR": 15, "USA": 4}) == "KOR"
    assert _implied({"KOR": 2, "USA": 4}) == "USA"
    assert _implied({"KOR": 4, "USA": 4}) is None  # a full tie: no country
    assert _implied({}) is None


def test_a_bare_title_points_back_to_the_latest_holder_named() -> None:
    # "Roch Wamytan, président du Congrès … Emmanuel Macron a décrété … Le chef de l'État"
    local = PersonInfo(name="Roch Wamytan", spans=[(10, 22)])
    macron = PersonInfo(name="Emmanuel Macron", spans=[(80, 95), (300, 315)])
    assert latest_before([macron, local], 120) is macron
    assert latest_before([macron, local], 50) is local
