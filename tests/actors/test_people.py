"""Unit tests of newsgraph.actors.people."""

from newsgraph.actors.people import PersonInfo, latest_before


def test_a_bare_title_points_back_to_the_latest_holder_named() -> None:
    # "Roch Wamytan, président du Congrès … Emmanuel Macron a décrété … Le chef de l'État"
    local = PersonInfo(name="Roch Wamytan", spans=[(10, 22)])
    macron = PersonInfo(name="Emmanuel Macron", spans=[(80, 95), (300, 315)])
    assert latest_before([macron, local], 120) is macron
    assert latest_before([macron, local], 50) is local
