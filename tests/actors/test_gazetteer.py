from __future__ import annotations

from newsgraph.actors.gazetteer import Gazetteer, key, tokens, word_key


def test_keys_fold_case_accents_hyphens_and_spaces() -> None:
    assert (
        key("Kim Jong-un") == key("KIM JONG UN") == key("Kim\u00a0Jong Un") == ("kim", "jong", "un")
    )
    assert key("Corée du Nord") == ("coree", "du", "nord")


def test_token_keys_are_the_word_keys_of_the_phrase_key() -> None:
    text = "L'Élysée et l'ÉLYSÉE, Kim Jong-un"
    assert word_key("ÉLYSÉE") == word_key("Élysée") == "elysee"
    assert tuple(t.key for t in tokens(text)) == key(text)
    assert [t.text for t in tokens(text)][:3] == ["L", "Élysée", "et"]


def test_longest_match_first_and_no_overlaps() -> None:
    gazetteer: Gazetteer[str] = Gazetteer()
    gazetteer.add("Conseil de sécurité", "unsc")
    gazetteer.add("Conseil de sécurité de l’ONU", "unsc-full")
    gazetteer.add("ONU", "un")
    text = "Le Conseil de sécurité de l'ONU et l’ONU."
    hits = gazetteer.find(text)
    assert [(h.text, h.values) for h in hits] == [
        ("Conseil de sécurité de l'ONU", ("unsc-full",)),
        ("ONU", ("un",)),
    ]


def test_acronyms_must_be_in_capitals() -> None:
    gazetteer: Gazetteer[str] = Gazetteer()
    gazetteer.add("US", "USA")
    gazetteer.add("U.S.", "USA")
    assert [h.text for h in gazetteer.find("Let us see what the US and the U.S. say")] == [
        "US",
        "U.S",
    ]


def test_phrases_do_not_span_punctuation() -> None:
    gazetteer: Gazetteer[str] = Gazetteer()
    gazetteer.add("Saint Kitts", "KNA")
    assert gazetteer.find("Saint, Kitts") == []


def test_a_name_also_written_in_lower_case_is_no_acronym() -> None:
    gazetteer: Gazetteer[str] = Gazetteer()
    gazetteer.add("OTAN", "nato")
    gazetteer.add("Otan", "nato")
    assert [h.text for h in gazetteer.find("L’Otan et l’OTAN")] == ["Otan", "OTAN"]


def test_a_longer_name_one_word_later_wins() -> None:
    gazetteer: Gazetteer[str] = Gazetteer()
    gazetteer.add("la Commission", "ec")
    gazetteer.add("Commission européenne", "ec-full")
    [hit] = gazetteer.find("Selon la Commission européenne, rien.")
    assert hit.values == ("ec-full",)


def test_a_name_followed_by_another_name_is_kept() -> None:
    """Only a longer phrase that overlaps a hit displaces it: lists keep every name."""
    gazetteer: Gazetteer[str] = Gazetteer()
    for country in ("Lituanie", "Lettonie", "Estonie"):
        gazetteer.add(country, country)
    gazetteer.add("la Commission européenne", "ec")
    gazetteer.add("européenne", "adj")
    hits = gazetteer.find("Tbilissi. Lituanie, Lettonie et Estonie ; la Commission européenne")
    assert [h.text for h in hits] == ["Lituanie", "Lettonie", "Estonie", "la Commission européenne"]


def test_a_phrase_runs_across_spaces_hyphens_and_dots_only() -> None:
    gazetteer: Gazetteer[str] = Gazetteer()
    gazetteer.add("Corée du Nord", "PRK")
    gazetteer.add("Kim Jong Un", "kim")
    text = "Kim Jong-un, Corée\u00a0du Nord ; Corée, du Nord ; Corée du   Nord"
    assert [h.text for h in gazetteer.find(text)] == ["Kim Jong-un", "Corée\u00a0du Nord"]
