"""Doers of acts whose subject names no actor: crowds, authorities, ministries, and the doer
of a noun event that is the direct object of a verb whose subject names none (« l'armée a
conduit des frappes », "It announced sanctions")."""

from __future__ import annotations

import pytest

from newsgraph.events import Coder

from .helpers import Described, coded, row


@pytest.mark.model
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Le Japon a critiqué la Corée du Sud. Des milliers de manifestants se sont "
            "rassemblés dimanche devant le siège du gouvernement à Séoul.",
        ),
        (
            "en",
            "Japan criticised South Korea. Thousands of protesters marched on Sunday toward "
            "the presidential palace in Seoul.",
        ),
    ],
)
def test_a_crowd_is_of_the_place_named_where_it_went(
    coders: dict[str, Coder], lang: str, text: str
) -> None:
    found = {e[:2] for e in coded(coders[lang], text, lang)}
    assert ("PROTEST", frozenset({"KOR"})) in found, found


@pytest.mark.model
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "L'Iran a critiqué la Russie. La rupture avec les partenaires est-elle totale ? "
            "Avec la France, oui : ses derniers soldats ont quitté le Liban en décembre.",
        ),
        (
            "en",
            "Iran criticised Russia. Is the break with its partners complete? With France, "
            "yes: its last soldiers left Lebanon in December.",
        ),
    ],
)
def test_a_possessed_body_is_its_possessor_s_not_the_last_doer_s(
    coders: dict[str, Coder], lang: str, text: str
) -> None:
    found = {e[:3] for e in coded(coders[lang], text, lang)}
    assert ("RETREAT", frozenset({"FRA"}), frozenset({"LBN"})) in found, found


@pytest.mark.model
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "La France a critiqué l'Iran. Deux ressortissants français ont été arrêtés "
            "mercredi, a indiqué le ministère français des Affaires étrangères.",
        ),
        (
            "fr",
            "La France a critiqué l'Iran. Selon le ministère français des Affaires étrangères, "
            "la crise s'est aggravée après l'arrestation de deux ressortissants français.",
        ),
        (
            "en",
            "France criticised Iran. Two French nationals were arrested on Wednesday, the "
            "French foreign ministry said.",
        ),
    ],
)
def test_people_abroad_are_not_arrested_by_their_own_state(
    coders: dict[str, Coder], lang: str, text: str
) -> None:
    found = {e[:3] for e in coded(coders[lang], text, lang)}
    assert ("COERCE", frozenset({"IRN"}), frozenset({"FRA"})) in found, found


@pytest.mark.model
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "La Russie a critiqué l'Ukraine. Deux opposants russes ont été arrêtés mercredi, "
            "a indiqué le ministère russe de l'Intérieur.",
        ),
        (
            "en",
            "Russia criticised Ukraine. Two Russian opposition activists were arrested on "
            "Wednesday, the Russian interior ministry said.",
        ),
    ],
)
def test_a_state_s_own_people_are_arrested_by_it(
    coders: dict[str, Coder], lang: str, text: str
) -> None:
    found = {e[:3] for e in coded(coders[lang], text, lang)}
    assert ("COERCE", frozenset({"RUS"}), frozenset({"RUS"})) in found, found


@pytest.mark.model
def test_arrests_with_no_one_named_are_the_state_of_the_place(coders: dict[str, Coder]) -> None:
    text = "La Russie a critiqué la Chine. Deux militants ont été interpellés à Moscou."
    found = coded(coders["fr"], text, "fr")
    assert ("COERCE", frozenset({"RUS"}), frozenset({"RUS"}), "asserted") in found, found


@pytest.mark.model
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "fr",
            "L'Union européenne a accusé l'Iran. La Russie a soutenu l'Iran. Le bloc a ensuite "
            "imposé des sanctions à l'Iran.",
            ("SANCTION", frozenset({"European Union"}), frozenset({"IRN"}), "asserted"),
        ),
        (
            "en",
            "The European Union accused Iran. Russia backed Iran. The bloc then imposed new "
            "sanctions on Iran.",
            ("SANCTION", frozenset({"European Union"}), frozenset({"IRN"}), "asserted"),
        ),
        (
            "fr",
            "La Russie a menacé la Géorgie. La Russie a accusé la Géorgie. Les manifestants ont "
            "défilé jeudi, a indiqué le ministère géorgien de l'Intérieur.",
            ("PROTEST", frozenset({"GEO"}), frozenset({"GEO"}), "asserted"),
        ),
    ],
)
def test_a_subject_named_by_what_it_is(
    coders: dict[str, Coder], lang: str, text: str, expected: tuple[str, ...]
) -> None:
    assert expected in coded(coders[lang], text, lang)


@pytest.mark.model
@pytest.mark.parametrize(
    ("code", "text", "expected"),
    [
        (
            "fr",
            "La Géorgie a rappelé son ambassadeur. Le ministère de l'Intérieur a "
            "déposé une plainte contre la Biélorussie.",
            row("ACCUSE", "GEO", "BLR"),
        ),
        (
            "en",
            "Georgia recalled its ambassador. The foreign ministry filed a complaint against "
            "Belarus.",
            row("ACCUSE", "GEO", "BLR"),
        ),
        (
            "fr",
            "La Géorgie accuse la Biélorussie. Peu après, l'armée a conduit des frappes "
            "contre la Biélorussie.",
            row("ASSAULT", "GEO", "BLR"),
        ),
        (
            "en",
            "Georgia accused Belarus. The army then carried out strikes against Belarus.",
            row("ASSAULT", "GEO", "BLR"),
        ),
        (
            "fr",
            "La Géorgie accuse la Biélorussie. Les autorités ont annoncé l'expulsion de deux "
            "diplomates.",
            row("SANCTION", "GEO", "BLR"),
        ),
        (
            "en",
            "The European Union condemned Belarus. It announced sanctions.",
            row("SANCTION", "European Union", "BLR"),
        ),
    ],
)
def test_a_noun_event_s_doer_is_what_its_verb_s_unnamed_subject_stands_for(
    coders: dict[str, Coder], code: str, text: str, expected: Described
) -> None:
    found = coded(coders[code], text, code)
    assert expected in found, found


@pytest.mark.model
@pytest.mark.parametrize(
    ("code", "text"),
    [
        (
            "fr",
            "La Géorgie accuse la Biélorussie. Le ministère de l'Intérieur a réagi à "
            "l'expulsion de deux diplomates.",
        ),
        (
            "en",
            "Georgia accused Belarus. The foreign ministry responded to the expulsion of two "
            "diplomats.",
        ),
    ],
)
def test_a_noun_in_a_prepositional_phrase_is_not_its_clause_subject_s_act(
    coders: dict[str, Coder], code: str, text: str
) -> None:
    """Who reacts to an expulsion is not who expelled: a noun event in a prepositional phrase
    does not take the unnamed subject of its clause as its doer."""
    found = coded(coders[code], text, code)
    assert not [f for f in found if f[0] == "SANCTION"], found


@pytest.mark.model
def test_a_noun_event_with_an_unresolved_possessive_takes_no_guess_from_its_verb(
    coders: dict[str, Coder],
) -> None:
    """ "Their exit": the possessive says whose act it is; when it resolves to no actor, the
    plural body that is the verb's subject is no state to guess from the context."""
    text = "Georgia accused Belarus. The juntas announced their exit from the European Union."
    found = coded(coders["en"], text, "en")
    assert not [f for f in found if f[0] in ("SANCTION", "RETREAT")], found


@pytest.mark.model
@pytest.mark.parametrize(
    ("code", "text"),
    [
        (
            "fr",
            "La Géorgie accuse la Biélorussie. La police a fait usage de gaz lacrymogène contre "
            "la foule.",
        ),
        ("fr", "La Géorgie accuse la Biélorussie. La police a mené une répression brutale."),
        ("en", "Georgia accused Belarus. The police carried out mass arrests."),
        ("en", "Georgia accused Belarus. The police launched a crackdown."),
    ],
)
def test_a_noun_event_a_state_body_states_at_home_is_on_its_own_people(
    coders: dict[str, Coder], code: str, text: str
) -> None:
    """A crackdown the police carry out with no one named is on the state's own people, not
    on the foreign party named last."""
    found = coded(coders[code], text, code)
    assert row("COERCE", "GEO", "GEO") in found, found
    assert row("COERCE", "GEO", "BLR") not in found, found


@pytest.mark.model
@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("en", "Georgia accused Belarus. The army suffered heavy attacks near the border."),
        ("en", "Georgia accused Belarus. The army reported heavy attacks near the border."),
        ("en", "Georgia accused Belarus. It faced heavy attacks near the border."),
        (
            "fr",
            "La Géorgie accuse la Biélorussie. L'armée a subi des attaques près de la frontière.",
        ),
        (
            "fr",
            "La Géorgie accuse la Biélorussie. L'armée a signalé des attaques près de la "
            "frontière.",
        ),
        (
            "fr",
            "La Géorgie accuse la Biélorussie. Elle a repoussé des attaques près de la frontière.",
        ),
    ],
)
def test_who_undergoes_or_reports_a_noun_event_is_not_its_doer(
    coders: dict[str, Coder], code: str, text: str
) -> None:
    """The subject of a verb of undergoing, fending off or reporting ("suffered", « a
    signalé ») is the act's target or witness: its state is not the attacks' doer."""
    found = coded(coders[code], text, code)
    assert row("ASSAULT", "GEO", "BLR") not in found, found
