"""The actor index answers as ``newsgraph.actors.actors_in``, from a sorted index."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsgraph import Options, Pipeline
from newsgraph.actors import actors_in
from newsgraph.article import Actor, ActorKind, Article, Span
from newsgraph.events import Coder
from newsgraph.events.participants import ActorIndex, party

from .helpers import coded, described, make_article

TEXT = "x" * 200

spans = st.tuples(st.integers(0, 190), st.integers(1, 10)).map(
    lambda p: Span(p[0], p[0] + p[1], TEXT[p[0] : p[0] + p[1]])
)
actors = st.lists(
    st.tuples(st.sampled_from(["FRA", "DEU", None]), st.lists(spans, max_size=4)),
    max_size=6,
).map(
    lambda rows: [
        Actor(f"a{i}", f"a{i}", "country", country, mentions=mentions)
        for i, (country, mentions) in enumerate(rows)
    ]
)


@given(actors, st.integers(0, 199), st.integers(1, 30))
def test_same_answers_as_the_lookup(found: list[Actor], start: int, width: int) -> None:
    article = Article(raw=TEXT, text=TEXT, actors=found)
    end = min(len(TEXT), start + width)
    expected = [a.id for a in actors_in(article, start, end)]
    assert [a.id for a in ActorIndex(article).actors_in(start, end)] == expected


def actor(name: str, country: str | None, *starts: int) -> Actor:
    return Actor(name, name, "country", country, mentions=[Span(s, s + 3, "") for s in starts])


def test_recent_parties_are_the_last_distinct_countries() -> None:
    article = Article(
        raw=TEXT,
        text=TEXT,
        actors=[actor("fr", "FRA", 0, 40), actor("de", "DEU", 20), actor("paris", "FRA", 60)],
    )
    index = ActorIndex(article)
    assert [a.id for a in index.recent(100, 2)] == ["de", "paris"]
    assert [a.id for a in index.recent(30, 2)] == ["fr", "de"]
    assert [a.id for a in index.recent(100, 1, frozenset({"FRA"}))] == ["de"]
    assert index.recent(100, 2, since=50) == [index.by_id["paris"]]
    index.locations = {60}
    assert [a.id for a in index.recent(100, 1)] == ["fr"]


def test_named_counts_each_party_once_per_mention_outside_places() -> None:
    article = Article(
        raw=TEXT,
        text=TEXT,
        actors=[actor("fr", "FRA", 0, 40), actor("de", "DEU", 20), actor("paris", "FRA", 60)],
    )
    index = ActorIndex(article)
    fr, de = index.by_id["fr"], index.by_id["de"]
    assert index.named() == {"FRA": (3, fr), "DEU": (1, de)}
    index.locations = {20, 60}
    assert index.named() == {"FRA": (2, fr)}


def test_of_country_prefers_the_state() -> None:
    person = Actor("p", "p", "person", "FRA", mentions=[])
    state = Actor("s", "s", "country", "FRA", mentions=[])
    index = ActorIndex(Article(raw="", actors=[person, state]))
    assert index.of_country("FRA") is state
    assert index.of_country("DEU") is None
    assert party(Actor("eu", "EU", "organization", None)) == "eu"


def test_an_international_official_is_a_side_as_their_organisation() -> None:
    text = "António Guterres of the United Nations spoke; Evan Gershkovich too."
    guterres = Actor(
        "p:antonio_guterres",
        "António Guterres",
        "person",
        None,
        sector="IGO",
        mentions=[Span(0, 16, "António Guterres")],
    )
    un = Actor(
        "org:un",
        "United Nations",
        "organization",
        None,
        sector="IGO",
        mentions=[Span(24, 38, "United Nations")],
    )
    nobody = Actor("p:eg", "Evan Gershkovich", "person", None, mentions=[Span(46, 62, "")])
    article = Article(raw=text, text=text, actors=[guterres, un, nobody], published=None)
    index = ActorIndex(article)
    assert index.side(guterres) is un
    assert index.side(nobody) is None
    assert index.sides([guterres, un, nobody]) == [un]


def test_recent_parties_may_be_only_the_wanted_ones() -> None:
    eu = Actor("eu", "EU", "organization", None, mentions=[Span(40, 43, "")])
    article = Article(raw=TEXT, text=TEXT, actors=[actor("fr", "FRA", 0), eu])
    index = ActorIndex(article)
    assert [a.id for a in index.recent(100, 1)] == ["eu"]
    assert [a.id for a in index.recent(100, 1, wanted=lambda a: bool(a.country))] == ["fr"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "L'Iran a attaqué Israël samedi. La France a condamné l'attaque.",
        ),
        (
            "en",
            "Iran attacked Israel on Saturday. France condemned the attack.",
        ),
    ],
)
def test_words_about_an_act_named_again_are_aimed_at_its_doer(
    coders: dict[str, Coder], lang: str, text: str
) -> None:
    found = set(coded(coders[lang], text, lang))
    assert ("ACCUSE", frozenset({"FRA"}), frozenset({"IRN"}), "asserted") in found


@pytest.mark.model
def test_a_clause_the_parser_left_unlabelled_is_the_complement_of_its_verb(
    coders: dict[str, Coder],
) -> None:
    text = (
        "« La France ne restera pas silencieuse face au sort des Arméniens du Haut-Karabakh », "
        "a affirmé la ministre des Affaires étrangères, Catherine Colonna, qui a exigé que "
        "Bakou garantisse un accès humanitaire sans entrave à l’enclave."
    )
    article = make_article(text, "fr")
    for name, country, form in (
        ("Catherine Colonna", "FRA", "Catherine Colonna"),
        ("Azerbaijan", "AZE", "Bakou"),
    ):
        start = text.index(form)
        kind: ActorKind = "person" if country == "FRA" else "country"
        mention = Span(start, start + len(form), form)
        article.actors.append(Actor(name, name, kind, country, "GOV", mentions=[mention]))
    found = {described(article, e) for e in coders["fr"].code_article(article)}
    assert ("REQUEST", frozenset({"FRA"}), frozenset({"AZE"}), "asserted") in found


@pytest.mark.model
def test_a_phrase_names_a_side_before_a_person_of_no_known_country(
    coders: dict[str, Coder],
) -> None:
    text = "Indian missiles struck Pakistani air bases including Nur Khan, near Rawalpindi."
    article = make_article(text, "en")
    for name, country, form in (
        ("India", "IND", "Indian"),
        ("Pakistan", "PAK", "Pakistani"),
        ("Nur Khan", None, "Nur Khan"),
    ):
        start = text.index(form)
        kind: ActorKind = "person" if country is None else "country"
        mention = Span(start, start + len(form), form)
        article.actors.append(Actor(name, name, kind, country, mentions=[mention]))
    found = {described(article, e) for e in coders["en"].code_article(article)}
    assert ("ASSAULT", frozenset({"IND"}), frozenset({"PAK"}), "asserted") in found


@pytest.mark.model
def test_forces_moved_with_no_doer_named_are_their_state(coders: dict[str, Coder]) -> None:
    text = "Quelque 1 500 soldats russes stationnés en Géorgie participent aux exercices."
    found = set(coded(coders["fr"], text, "fr"))
    assert ("MOBILIZE", frozenset({"RUS"}), frozenset({"GEO"}), "asserted") in found


@pytest.mark.model
def test_a_withdrawal_of_forces_is_from_where_they_are_deployed(coders: dict[str, Coder]) -> None:
    text = (
        "La France a annoncé mardi de nouvelles mesures. Le retrait des militaires russes "
        "déployés en Géorgie se poursuit."
    )
    found = set(coded(coders["fr"], text, "fr"))
    assert ("RETREAT", frozenset({"RUS"}), frozenset({"GEO"}), "asserted") in found


@pytest.mark.model
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Georgia ended its military agreement with the United States in March. "
            "Georgia has since turned to Russia, and Georgia now hosts Russian instructors. "
            "French forces pulled out of the country last year.",
        ),
        (
            "fr",
            "La Géorgie a rompu en mars son accord militaire avec les États-Unis. "
            "La Géorgie s'est depuis tournée vers la Russie, et la Géorgie accueille des "
            "instructeurs russes. Les militaires français ont quitté le pays l'an dernier.",
        ),
    ],
)
def test_the_country_is_the_state_the_article_is_about(
    coders: dict[str, Coder], lang: str, text: str
) -> None:
    found = set(coded(coders[lang], text, lang))
    assert ("RETREAT", frozenset({"FRA"}), frozenset({"GEO"}), "asserted") in found


def test_the_salient_state_may_need_a_share_of_the_excluded_ones_mentions() -> None:
    article = Article(
        raw=TEXT,
        text=TEXT,
        actors=[actor("bo", "BOL", *range(0, 80, 10)), actor("us", "USA", 85, 90, 95)],
    )
    index = ActorIndex(article)
    assert [a.id for a in index.salient(frozenset({"BOL"}), 3)] == ["us"]
    assert index.salient(frozenset({"BOL"}), 3, share=0.5) == []
    assert [a.id for a in index.salient(frozenset({"BOL"}), 3, share=0.25)] == ["us"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Le Japon a critiqué la Corée du Sud. Des milliers de personnes ont manifesté "
            "dimanche devant l'ambassade du Japon à Séoul.",
        ),
        (
            "en",
            "Japan criticised South Korea. Thousands of people rallied on Sunday outside the "
            "Japanese embassy in Seoul.",
        ),
    ],
)
def test_a_protest_before_a_foreign_mission_is_the_host_country_s(
    coders: dict[str, Coder], lang: str, text: str
) -> None:
    found = {e[:3] for e in coded(coders[lang], text, lang)}
    assert ("PROTEST", frozenset({"KOR"}), frozenset({"JPN"})) in found, found


@pytest.mark.model
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "L'Union européenne a critiqué la Géorgie. Des milliers de manifestants se sont "
            "rassemblés dimanche contre le gouvernement géorgien.",
        ),
        (
            "en",
            "The European Union criticised Georgia. Thousands of demonstrators rallied on "
            "Sunday against the Georgian government.",
        ),
    ],
)
def test_crowds_are_never_an_organisation(coders: dict[str, Coder], lang: str, text: str) -> None:
    found = coded(coders[lang], text, lang)
    assert not [f for f in found if f[0] == "PROTEST" and "European Union" in f[1]], found


@pytest.mark.model
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "La Chine a critiqué la Russie. Le ministère biélorusse des Affaires étrangères a "
            "convoqué le chargé d'affaires de l'UE et a averti que la Biélorussie prendrait des "
            "mesures de rétorsion.",
        ),
        (
            "en",
            "China criticised Russia. The Belarus Foreign Ministry summoned the EU envoy and "
            "warned that Minsk would take retaliatory measures.",
        ),
    ],
)
def test_a_coordinated_verb_with_no_object_shares_its_conjunct_s(
    coders: dict[str, Coder], lang: str, text: str
) -> None:
    found = {e[:3] for e in coded(coders[lang], text, lang)}
    assert ("THREATEN", frozenset({"BLR"}), frozenset({"European Union"})) in found, found


def _with_forms(article: Article, text: str, forms: dict[str, tuple[str, str]]) -> None:
    """Adds a country actor for each form of ``text`` (form -> name, country)."""
    for form, (name, country) in forms.items():
        start = text.index(form)
        mention = Span(start, start + len(form), form)
        article.actors.append(Actor(name, name, "country", country, "GOV", mentions=[mention]))


@pytest.mark.model
@pytest.mark.parametrize(
    ("lang", "text", "forms"),
    [
        (
            "en",
            "Russian and American envoys met in Riyadh on Tuesday.",
            {"Russian": ("Russia", "RUS"), "American": ("United States", "USA")},
        ),
        (
            "fr",
            "Les diplomates russes et américains se sont rencontrés mardi à Riyad.",
            {"russes": ("Russia", "RUS"), "américains": ("United States", "USA")},
        ),
    ],
)
def test_coordinated_nationality_adjectives_name_both_sides(
    coders: dict[str, Coder], lang: str, text: str, forms: dict[str, tuple[str, str]]
) -> None:
    article = make_article(text, lang, names=[])
    _with_forms(article, text, forms)
    found = {described(article, e)[:3] for e in coders[lang].code_article(article)}
    both = frozenset({"RUS", "USA"})
    assert ("CONSULT", both, both) in found, found


@pytest.mark.model
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Les frappes russes et iraniennes ont tué dix civils à Kiev mardi."),
        ("en", "Kyiv was hit by Russian and Iranian strikes on Tuesday."),
    ],
)
def test_coordinated_adjectives_of_a_trigger_name_each_side(
    coders: dict[str, Coder], lang: str, text: str
) -> None:
    found = {e[:3] for e in coded(coders[lang], text, lang)}
    assert ("ASSAULT", frozenset({"RUS", "IRN"}), frozenset({"UKR"})) in found, found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Russian invasion of Ukraine began in 2022.",
            ("ASSAULT", frozenset({"RUS"}), frozenset({"UKR"})),
        ),
        (
            "Kyiv denounced the Russian invasion of Ukraine.",
            ("ACCUSE", frozenset({"UKR"}), frozenset({"RUS"})),
        ),
        (
            "The Russian bombing of Ukrainian cities began in 2022.",
            ("ASSAULT", frozenset({"RUS"}), frozenset({"UKR"})),
        ),
    ],
)
def test_a_nationality_adjective_not_the_genitive_is_the_doer(
    coders: dict[str, Coder], text: str, expected: tuple[str, frozenset[str], frozenset[str]]
) -> None:
    found = {e[:3] for e in coded(coders["en"], text, "en")}
    assert expected in found, found


@pytest.mark.model
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Russia and Ukraine accused each other of shelling the plant."),
        ("fr", "La Russie et l'Ukraine s'accusent mutuellement de bombarder la centrale."),
    ],
)
def test_an_act_on_each_other_is_mutual(coders: dict[str, Coder], lang: str, text: str) -> None:
    found = {e[:3] for e in coded(coders[lang], text, lang)}
    both = frozenset({"RUS", "UKR"})
    assert ("ACCUSE", both, both) in found, found


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
