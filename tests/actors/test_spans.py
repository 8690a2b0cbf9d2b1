"""Cutting entity spans to the names in them."""

from __future__ import annotations

from newsgraph.actors.index import LanguageCues
from newsgraph.actors.spans import trim


def test_honorifics_and_possessives_are_no_part_of_a_name() -> None:
    cues = LanguageCues.load("en")
    text = "Mr Biden's plan"
    assert trim(text, 0, 10, cues) == (3, 8, "Biden")


def test_a_name_stops_at_a_line_break() -> None:
    cues = LanguageCues.load("fr")
    text = "Anna Lindqvist\n\nCet accord"
    assert trim(text, 0, 19, cues) == (0, 14, "Anna Lindqvist")


def test_a_name_right_after_a_craft_or_place_noun_names_that_craft() -> None:
    from newsgraph.actors.gazetteer import tokens
    from newsgraph.actors.spans import after_noun

    cues = LanguageCues.load("en")
    nouns = cues.craft_nouns | cues.place_nouns
    text = "the container ship Aurora Vale and the envoy Aurora Vale, near the port, Aurora Vale"
    toks = tokens(text)
    starts = [i for i, t in enumerate(toks) if t.text == "Aurora"]
    assert [after_noun(text, toks, i, nouns) for i in starts] == [True, False, False]
    text = "le porte-avions Charles Brun"
    toks = tokens(text)
    assert after_noun(text, toks, 3, LanguageCues.load("fr").craft_nouns)


def test_a_name_after_a_title_stays_on_the_title_s_line() -> None:
    from newsgraph.actors.spans import name_after

    shape = name_after(frozenset({"de"}))
    assert shape.match("\n\nLa Force intérimaire", 0) is None
    match = shape.match(" Anna Lindqvist a dit", 0)
    assert match is not None and match.group(1) == "Anna Lindqvist"


def test_a_name_only_after_a_preposition_of_place_is_a_place() -> None:
    from newsgraph.actors.gazetteer import tokens
    from newsgraph.actors.spans import place_object

    preps = LanguageCues.load("fr").place_prepositions
    text = "un discours à Arba Minch ; il a écrit à Jean Dupont"
    toks = tokens(text)
    pos = {t.start: ("VERB" if t.text == "écrit" else "NOUN") for t in toks}
    at = {t.text: i for i, t in enumerate(toks)}
    assert place_object(text, toks, at["Arba"], preps, pos)
    assert not place_object(text, toks, at["Jean"], preps, pos)


def test_a_fronted_place_after_a_full_stop_or_at_the_start_is_a_place() -> None:
    from newsgraph.actors.gazetteer import tokens
    from newsgraph.actors.spans import place_object

    preps = LanguageCues.load("fr").place_prepositions
    text = "À San Remo, le maire a parlé. Paris n'a pas réagi. À New York, il a parlé"
    toks = tokens(text)
    pos = {t.start: ("VERB" if t.text == "réagi" else "NOUN") for t in toks}
    at = {t.text: i for i, t in enumerate(toks)}
    assert place_object(text, toks, at["San"], preps, pos)
    assert place_object(text, toks, at["New"], preps, pos)


def test_a_quoted_name_or_a_photo_credit_is_no_person_s() -> None:
    from newsgraph.actors.spans import credited, quoted

    text = "un État de « Guayana Esequiba » sur le territoire"
    start = text.index("Guayana")
    assert quoted(text, start, start + len("Guayana Esequiba"))
    assert not quoted("le président Irfaan Ali a dit", 13, 24)
    credit = "Photo by Lee Dong-hyun/Korea Crossroads"
    assert credited(credit, credit.index("/"))
    assert not credited("Lee Dong-hyun said", 13)


def test_a_prefixed_adjective_or_a_trailing_pronoun_is_no_name() -> None:
    from newsgraph.actors.spans import no_name_words

    cues = LanguageCues.load("en")
    assert no_name_words("pro-North Korean", cues)
    assert no_name_words("X. He", cues)
    assert not no_name_words("Bashar al-Assad", cues)
    assert not no_name_words("Lai Ching-te", cues)
