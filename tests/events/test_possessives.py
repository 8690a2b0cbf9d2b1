"""Who a possessive or a party named after the verb stands for, on whole articles run through
the pipeline (possessives taken up by :mod:`newsgraph.events.unnamed` and the phrases)."""

from __future__ import annotations

import datetime as dt

import pytest

from newsgraph import Options, Pipeline
from newsgraph.article import Article


@pytest.mark.model
def test_a_party_named_in_a_complement_after_the_verb_is_its_target() -> None:
    """A verb that names no target by its slots is about the party its own complement names
    after it ("un cargo battant pavillon russe"), not the party named in the sentence before;
    a subject put after the verb in a quotation's tag is never that party."""
    pipeline = Pipeline.from_options(Options())
    text = (
        "La Russie a dénoncé lundi une provocation de la Finlande.\n\n"
        "Les garde-côtes suédois ont arraisonné dimanche un cargo battant pavillon russe.\n\n"
        "« Nous protégerons nos câbles », s'est félicité le premier ministre finlandais."
    )
    article = pipeline(Article(raw=text, published=dt.date(2024, 6, 20)))
    codes = {a.id: a.country or a.name for a in article.actors}
    found = {
        (e.type, frozenset(codes[i] for i in e.source), frozenset(codes[i] for i in e.target))
        for e in article.events
    }
    assert ("COERCE", frozenset({"SWE"}), frozenset({"RUS"})) in found, found
    assert not [e for e in found if e[0] == "SUPPORT" and "FIN" in e[2]], found


@pytest.mark.model
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "In February, the Economic Community of West African States lifted most of the "
            "sanctions it had imposed on Niger after the coup.",
        ),
        ("fr", "La Cédéao a réimposé lundi les sanctions décidées contre le Niger en 2023."),
    ],
)
def test_a_clause_on_a_noun_event_holds_its_target(lang: str, text: str) -> None:
    """A participle or relative clause on a noun event that is no event of its own carries
    the noun's complements: "the sanctions it had imposed on Niger" are sanctions on Niger."""
    pipeline = Pipeline.from_options(Options())
    article = pipeline(Article(raw=text, published=dt.date(2024, 6, 20)))
    codes = {a.id: a.country or a.name for a in article.actors}
    found = {(e.type, frozenset(codes[i] for i in e.target)) for e in article.events}
    assert ("SANCTION", frozenset({"NER"})) in found, found


def _sides(text: str) -> set[tuple[str, frozenset[str], frozenset[str]]]:
    """The events of a text, as their types and the countries of their sides."""
    pipeline = Pipeline.from_options(Options())
    article = pipeline(Article(raw=text, published=dt.date(2024, 6, 20)))
    codes = {a.id: a.country or a.name for a in article.actors}
    return {
        (e.type, frozenset(codes[i] for i in e.source), frozenset(codes[i] for i in e.target))
        for e in article.events
    }


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Le Kremlin a démenti. Ses frappes sur le réseau électrique ukrainien ont privé des "
        "millions de personnes de courant.",
        "Moscow denied it. Its strikes on Ukraine's power grid left millions without power.",
    ],
)
def test_a_possessive_takes_up_the_subject_named_before(text: str) -> None:
    """A third-person possessive that names no actor ("ses frappes", "its strikes", "ses
    soldats") takes up the subject of the sentence before: Russia's strikes."""
    found = _sides(text)
    assert ("ASSAULT", frozenset({"RUS"}), frozenset({"UKR"})) in found, found


@pytest.mark.model
def test_a_possessive_takes_up_an_actor_not_an_act() -> None:
    """A possessive takes up an actor, not an act in the subject ("tout déploiement de l'Otan
    en Finlande … ses propres forces" are Moscow's)."""
    text = (
        "La Finlande a rejoint l'Otan. Moscou a averti que tout déploiement de l'Otan en "
        "Finlande entraînerait un renforcement de ses propres forces dans la région."
    )
    found = _sides(text)
    assert ("MOBILIZE", frozenset({"RUS"}), frozenset({"FIN"})) in found, found
    assert not [e for e in found if e[0] == "MOBILIZE" and "FIN" in e[1]], found


@pytest.mark.model
def test_the_guessed_doer_of_a_passive_is_not_remembered() -> None:
    """A passive whose doer is no actor ("had been targeted by the same group") takes its
    doer from the context; later words are not aimed at that guess."""
    text = (
        "Germany's interior minister warned that Russia was trying to divide Europe. In "
        "Prague, the Czech government said its own institutions had been targeted by the same "
        "group. The Czech foreign minister condemned the hostile activities."
    )
    found = _sides(text)
    assert not [e for e in found if e[0] == "ACCUSE" and "DEU" in e[2]], found


@pytest.mark.model
def test_a_first_person_possessive_is_whoever_says_the_words() -> None:
    """ "Our territory", "notre pays": the speaker's, as "we" is the speaker."""
    text = (
        '"In September 2022 Azerbaijan attacked our sovereign territory," Armenian Prime '
        "Minister Nikol Pashinyan said."
    )
    found = _sides(text)
    assert ("ASSAULT", frozenset({"AZE"}), frozenset({"ARM"})) in found, found


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Antony Blinken a noté que les deux pays coopéraient, la Russie étant « désespérément "
        "à la recherche d'armes pour son agression contre l'Ukraine ».",
        "Antony Blinken a noté que la Russie était « désespérément à la recherche d'armes pour "
        "son agression contre l'Ukraine ».",
    ],
)
def test_a_possessive_in_quoted_words_is_not_the_subject_outside_them(text: str) -> None:
    """Quoted words say "my" or "our" of whoever speaks them: their "its", "ses" is someone
    else's, not the subject of the clause that quotes them; the subject of a copula's
    predicate is a clause subject ("la Russie était « … pour son agression »")."""
    found = _sides(text)
    assert not [e for e in found if e[0] == "ASSAULT" and "USA" in e[1]], found


@pytest.mark.model
def test_a_possessive_inside_a_phrase_that_names_an_actor_is_not_a_subject_s() -> None:
    """A possessive in a subject phrase that already names an actor before it ("le voyage de
    Kim Jong-un en Russie (son premier voyage …)") does not take up the subject of a
    clause above."""
    text = (
        "Antony Blinken a déclaré que le voyage de Kim Jong-un en Russie (son premier voyage "
        "hors du pays depuis quatre ans) a révélé la menace nord-coréenne."
    )
    found = _sides(text)
    assert not [e for e in found if e[0] == "CONSULT" and "USA" in e[1]], found


@pytest.mark.model
def test_a_french_possessive_agrees_with_what_is_owned_not_its_owner() -> None:
    """ "Sa frappe" is feminine for the strike, not for its owner: it takes up Moscow."""
    text = "Moscou a démenti. Sa frappe sur Kiev a tué dix civils ukrainiens."
    found = _sides(text)
    assert ("ASSAULT", frozenset({"RUS"}), frozenset({"UKR"})) in found, found


@pytest.mark.model
def test_an_infinitive_s_bare_object_is_no_inverted_subject() -> None:
    """Only a finite verb has its subject after it ("», s'est félicité le ministre"): the
    bare object of an infinitive is its target ("tenté d'arraisonner un cargo russe")."""
    text = "Les garde-côtes suédois ont tenté d'arraisonner un cargo russe."
    found = _sides(text)
    assert any(e[0] == "COERCE" and e[2] == frozenset({"RUS"}) for e in found), found


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Le Venezuela a menacé le Guyana lundi. Le président Irfaan Ali a dénoncé une menace "
        "directe contre la souveraineté du Guyana.",
        "Venezuela threatened Guyana on Monday. President Irfaan Ali condemned a direct threat "
        "against the sovereignty of Guyana.",
    ],
)
def test_words_whose_only_target_is_the_speaker_s_own_country_answer_its_aggressor(
    text: str,
) -> None:
    """A state's words whose phrase names only its own country name the victim of the act
    they judge, not its author: they are aimed at whoever last acted on the speaker."""
    found = _sides(text)
    assert ("ACCUSE", frozenset({"GUY"}), frozenset({"VEN"})) in found, found
