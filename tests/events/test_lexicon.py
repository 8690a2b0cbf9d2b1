"""The event lexicons and the PLOVER to CAMEO mapping, as data."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from newsgraph import article, cameo
from newsgraph.errors import ConfigurationError
from newsgraph.events import Cameo, CameoMapping, languages, load_lexicon
from newsgraph.events.lexicon import PLOVER_TYPES, Lexicon, Sense


def test_french_and_english_have_a_lexicon() -> None:
    assert {"fr", "en"} <= set(languages())


@pytest.mark.parametrize("code", ["fr", "en"])
def test_each_lexicon_is_versioned_sourced_and_covers_every_type(code: str) -> None:
    data = json.loads(
        resources.files("newsgraph").joinpath("lang", code, "events.json").read_text()
    )
    assert data["version"].startswith(f"events-{code}.")
    assert data["sources"]
    lexicon = load_lexicon(code)
    kinds = {
        s.type for senses in (*lexicon.verbs.values(), *lexicon.nouns.values()) for s in senses
    }
    assert kinds == PLOVER_TYPES
    assert lexicon.syntax.subject and lexicon.syntax.object
    assert lexicon.cues.negation and lexicon.cues.denial and lexicon.cues.condition


@pytest.mark.parametrize("code", ["fr", "en"])
def test_every_sense_names_a_known_cameo_code(code: str) -> None:
    mapping = CameoMapping.load()
    lexicon = load_lexicon(code)
    for senses in (*lexicon.verbs.values(), *lexicon.nouns.values()):
        for sense in senses:
            if sense.cameo:
                assert mapping.scores(sense.type, sense.mode, sense.cameo).quad_class is not None


def test_english_has_verbs_derived_from_the_cameo_dictionary() -> None:
    lexicon = load_lexicon("en")
    assert len(lexicon.derived) > 100
    assert not set(lexicon.derived) & set(lexicon.verbs)


def test_a_sense_is_a_type_a_type_and_mode_or_an_object() -> None:
    assert Sense.parse("ACCUSE", "here") == Sense("ACCUSE")
    assert Sense.parse("ACCUSE:allege", "here").mode == "allege"
    sense = Sense.parse({"type": "AGREE", "reciprocal": True, "with": ["accord"]}, "here")
    assert sense.reciprocal and sense.with_words == frozenset({"accord"})
    noun = Sense.parse({"type": "ASSAULT"}, "here", noun=True)
    assert noun.source == ("poss", "mod", "by") and noun.target == ()


def test_an_unknown_type_is_a_configuration_error() -> None:
    with pytest.raises(ConfigurationError, match="not a PLOVER type"):
        Lexicon.parse("xx", {"version": "x", "verbs": {"frapper": "HIT"}})


def test_a_third_language_is_data() -> None:
    data = {
        "version": "events-de.0",
        "syntax": {"subject": ["sb"], "object": ["oa"]},
        "prepositions": {"forms": {"zum": "zu"}, "agent": ["von"]},
        "modality": {"negation": ["nicht"]},
        "verbs": {"angreifen": "ASSAULT"},
        "nouns": {"Angriff": {"type": "ASSAULT", "target": ["auf"]}},
    }
    lexicon = Lexicon.parse("de", data)
    assert lexicon.verbs["angreifen"][0].type == "ASSAULT"
    assert lexicon.nouns["angriff"][0].target == ("auf",)
    assert lexicon.prep("Zum") == "zu"
    assert lexicon.syntax.subject == frozenset({"sb"})


class TestCameoMapping:
    def test_types_and_modes_map_to_codes_and_scores(self) -> None:
        mapping = CameoMapping.load()
        assault = mapping.scores("ASSAULT", None)
        assert (assault.cameo, assault.quad_class, assault.goldstein) == ("190", 4, -10.0)
        assert assault.intensity == -9.0
        visit = mapping.scores("CONSULT", "visit")
        assert (visit.cameo, visit.quad_class, visit.intensity) == ("042", 1, 4.0)
        assert mapping.scores("SANCTION", "restrict").cameo == "163"

    def test_the_lexicon_s_own_code_wins(self) -> None:
        scores = CameoMapping.load().scores("ACCUSE", "disapprove", "111")
        assert (scores.cameo, scores.quad_class, scores.goldstein) == ("111", 3, -2.0)

    def test_accuse_intensity_is_negative(self) -> None:
        assert (CameoMapping.load().intensity("ACCUSE", None) or 0) < 0

    def test_every_type_has_a_code(self) -> None:
        mapping = CameoMapping.load()
        for kind in PLOVER_TYPES:
            scores = mapping.scores(kind, None)
            assert scores.cameo and scores.quad_class is not None and scores.goldstein is not None

    def test_the_mapping_names_its_sources(self) -> None:
        data = json.loads(
            resources.files("newsgraph")
            .joinpath("data", "cameo", "plover_mapping.json")
            .read_text()
        )
        assert data["version"] and len(data["sources"]) == 4
        for code, entry in data["codes"].items():
            assert (entry["base"], entry["root"]) == (code[:3], code[:2])
        assert data["codes"]["163"]["name"] == "Impose embargo, boycott, or sanctions"

    def test_every_plover_type_is_mapped_in_plover_s_order(self) -> None:
        assert set(CameoMapping.load().types) == set(PLOVER_TYPES)
        assert cameo.plover_types() == article.PLOVER_TYPES
        assert [cameo.stance(kind) for kind in ("AID", "REQUEST", "COERCE")] == [
            "cooperation",
            "neutral",
            "conflict",
        ]


class TestStoreLookups:
    """What the store reads for events that carry no code or intensity of their own."""

    def test_a_type_and_mode_as_gdelt_spells_it(self) -> None:
        assert cameo.cameo("SANCTION") == Cameo("160", "160", "16", 3, -4.0)
        assert cameo.cameo("sanction", " Restrict ") == Cameo("163", "163", "16", 3, -6.5)
        assert cameo.cameo("ASSAULT", "explosives") == Cameo("1832", "183", "18", 4, -10.0)
        assert cameo.cameo("NOPE") is None

    def test_the_intensity_of_a_mode_else_of_its_type(self) -> None:
        assert cameo.intensity("ACCUSE", "allege") == -3.5
        assert cameo.intensity("accuse", "unknown") == cameo.intensity("ACCUSE") == -3.0
        assert cameo.intensity("NOPE") is None

    def test_the_same_codes_as_the_events_stage(self) -> None:
        mapping = CameoMapping.load()
        for kind, entry in mapping.types.items():
            for mode in [None, *entry["modes"]]:
                coded, scores = cameo.cameo(kind, mode), mapping.scores(kind, mode)
                assert coded is not None
                assert (coded.code, coded.quad_class, coded.goldstein) == (
                    scores.cameo,
                    scores.quad_class,
                    scores.goldstein,
                )
                assert cameo.intensity(kind, mode) == scores.intensity


def test_adjectives_are_judgements_of_the_speaker() -> None:
    from newsgraph.events.lexicon import Lexicon

    data = {"version": "t.1", "adjectives": {"inacceptable": "ACCUSE:disapprove"}}
    (sense,) = Lexicon.parse("xx", data).adjectives["inacceptable"]
    assert (sense.type, sense.mode, sense.source, sense.target) == (
        "ACCUSE",
        "disapprove",
        ("speaker",),
        (),
    )


def test_a_negation_must_be_a_plover_type() -> None:
    from newsgraph.errors import ConfigurationError
    from newsgraph.events.lexicon import Lexicon

    data = {"version": "t.1", "verbs": {"accept": {"type": "AGREE", "negated": "REFUSE"}}}
    with pytest.raises(ConfigurationError, match="negated"):
        Lexicon.parse("xx", data)


def test_an_implied_event_is_a_plover_type_and_a_modality() -> None:
    sense = Sense.parse(
        {"type": "AGREE", "implies": [{"type": "AID", "modality": "future", "with": ["arme"]}]},
        "here",
    )
    assert [(i.type, i.modality, i.with_words) for i in sense.implies] == [
        ("AID", "future", frozenset({"arme"}))
    ]
    for bad, why in [
        ({"type": "GIVE"}, "not a PLOVER type"),
        ({"type": "AID", "modality": "soon"}, "modality"),
    ]:
        with pytest.raises(ConfigurationError, match=why):
            Sense.parse({"type": "AGREE", "implies": [bad]}, "here")


def test_a_sense_may_exclude_the_word_its_trigger_modifies_or_its_preposition() -> None:
    value = {"type": "ASSAULT", "without_heads": ["avion"], "without_governing_preps": ["en"]}
    sense = Sense.parse(value, "test", noun=True)
    assert sense.without_heads == {"avion"}
    assert sense.without_governing_preps == {"en"}


def test_a_noun_sense_may_exclude_the_verbs_that_govern_it() -> None:
    value = {"type": "CONCEDE", "without_governors": ["rejeter", "accepter"]}
    assert Sense.parse(value, "test", noun=True).without_governors == {"rejeter", "accepter"}
    assert Sense.parse({"type": "CONCEDE"}, "test", noun=True).without_governors == frozenset()


def test_a_sense_may_hold_only_for_an_act_to_come() -> None:
    assert Sense.parse({"type": "THREATEN", "prospective": True}, "test").prospective
    assert not Sense.parse("THREATEN", "test").prospective


@pytest.mark.parametrize(("code", "noun"), [("fr", "décision"), ("en", "vote")])
def test_the_acts_a_body_decides_are_data(code: str, noun: str) -> None:
    assert noun in load_lexicon(code).body_acts


def test_the_judgement_block_lists_verbs_copulas_and_nouns() -> None:
    from newsgraph.events.lexicon import JUDGEMENT, Lexicon

    data = {
        "version": "t.1",
        "judgement": {"verbs": ["call"], "copulas": ["be"], "nouns": ["crime"]},
    }
    lexicon = Lexicon.parse("xx", data)
    assert (lexicon.judging, lexicon.copulas, lexicon.judgement_nouns) == (
        frozenset({"call"}),
        frozenset({"be"}),
        frozenset({"crime"}),
    )
    assert (JUDGEMENT.type, JUDGEMENT.source, JUDGEMENT.reply) == ("ACCUSE", ("speaker",), True)
    assert "crime" in load_lexicon("en").judgement_nouns


@pytest.mark.parametrize(("code", "verb"), [("fr", "éperonner"), ("en", "ram")])
def test_ramming_a_vessel_is_an_attack(code: str, verb: str) -> None:
    # "Un navire chinois a éperonné un bateau philippin", "A Chinese ship rammed a Philippine
    # vessel": force used against the other side's ship (PLOVER ASSAULT)
    senses = load_lexicon(code).verbs[verb]
    assert [(s.type, s.target) for s in senses] == [("ASSAULT", ("obj",))]


def test_declaring_a_state_of_emergency_restricts_as_martial_law_does() -> None:
    senses = load_lexicon("en").verbs["declare"]
    assert any(s.type == "COERCE" and "emergency" in s.with_words for s in senses)


def test_agreement_endings_are_language_data() -> None:
    # "disproportionnées" is the adjective "disproportionné" less "-es"; English has none
    assert load_lexicon("fr").agreement_endings == ("s", "e", "es")
    assert load_lexicon("en").agreement_endings == ()
    data = {"version": "t.1", "judgement": {"agreement_endings": ["s"]}}
    assert Lexicon.parse("xx", data).agreement_endings == ("s",)


def test_the_senses_of_judgement_adjectives_are_known_by_identity() -> None:
    lexicon = load_lexicon("en")
    sense = lexicon.adjectives["unacceptable"][0]
    assert lexicon.judgement_adjective(sense)
    assert not any(lexicon.judgement_adjective(s) for s in lexicon.verbs["attack"])


def test_prepositions_of_attribute_are_language_data() -> None:
    # "describe the strikes as reckless", "qualifier la position d'ingérence"
    assert "as" in load_lexicon("en").attribute_preps
    assert {"de", "d'"} <= load_lexicon("fr").attribute_preps
    assert "du" not in load_lexicon("fr").attribute_preps  # "du" holds an article
