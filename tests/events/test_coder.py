"""The coder on example tables, French and English: every PLOVER type, the hard forms
(passives, reciprocal events, nominalisations, quotes, coordinations, several events in one
sentence) and every modality. Each row: a name, a sentence, and one event it must yield as
(type, source countries, target countries, modality)."""

from __future__ import annotations

import datetime as dt

import pytest

from newsgraph.article import Actor, Article, Quote, Span
from newsgraph.events import Coder

from .helpers import described, make_article

pytestmark = pytest.mark.model

Row = tuple[str, str, tuple[str, set[str], set[str], str]]

FRENCH: list[Row] = [
    (
        "capture",
        "La Russie a capturé des soldats ukrainiens.",
        ("COERCE", {"RUS"}, {"UKR"}, "asserted"),
    ),
    # PLOVER types
    (
        "AGREE",
        "La Russie et la Corée du Nord ont signé un accord de défense mutuelle.",
        ("AGREE", {"RUS", "PRK"}, {"RUS", "PRK"}, "asserted"),
    ),
    (
        "CONSULT",
        "Vladimir Poutine a rencontré Kim Jong-un à Vladivostok.",
        ("CONSULT", {"RUS", "PRK"}, {"RUS", "PRK"}, "asserted"),
    ),
    (
        "SUPPORT",
        "Les États-Unis ont réaffirmé leur soutien aux Philippines.",
        ("SUPPORT", {"USA"}, {"PHL"}, "asserted"),
    ),
    (
        "CONCEDE",
        "La Russie a libéré deux ressortissants ukrainiens.",
        ("CONCEDE", {"RUS"}, {"UKR"}, "asserted"),
    ),
    (
        "COOPERATE",
        "La Chine coopère avec la Russie dans le domaine spatial.",
        ("COOPERATE", {"CHN", "RUS"}, {"CHN", "RUS"}, "asserted"),
    ),
    ("AID", "L'Allemagne a livré des chars à l'Ukraine.", ("AID", {"DEU"}, {"UKR"}, "asserted")),
    (
        "RETREAT",
        "Les forces russes se sont retirées de l'Ukraine.",
        ("RETREAT", {"RUS"}, {"UKR"}, "asserted"),
    ),
    (
        "REQUEST",
        "Kiev a exhorté l'Union européenne à accélérer ses livraisons.",
        ("REQUEST", {"UKR"}, {"European Union"}, "asserted"),
    ),
    (
        "ACCUSE",
        "La Chine a accusé les Philippines de provocations.",
        ("ACCUSE", {"CHN"}, {"PHL"}, "asserted"),
    ),
    (
        "REJECT",
        "La Chine a rejeté les demandes des Philippines.",
        ("REJECT", {"CHN"}, {"PHL"}, "asserted"),
    ),
    (
        "reaction to an event: its author",
        "L'Iran a condamné les frappes israéliennes contre le Liban.",
        ("ACCUSE", {"IRN"}, {"ISR"}, "asserted"),
    ),
    (
        "a promise of aid is the AID to come",
        "L'Allemagne a promis à l'Ukraine une nouvelle batterie Patriot.",
        ("AID", {"DEU"}, {"UKR"}, "future"),
    ),
    (
        "a threat of sanctions is the SANCTION it may bring",
        "L'Union européenne a menacé l'Iran de nouvelles sanctions.",
        ("SANCTION", {"European Union"}, {"IRN"}, "hypothetical"),
    ),
    (
        "THREATEN",
        "La Russie a menacé l'Ukraine de représailles.",
        ("THREATEN", {"RUS"}, {"UKR"}, "asserted"),
    ),
    (
        "PROTEST",
        "Des milliers de Géorgiens ont manifesté contre le gouvernement géorgien.",
        ("PROTEST", {"GEO"}, {"GEO"}, "asserted"),
    ),
    (
        "SANCTION",
        "Les États-Unis ont imposé des sanctions à l'Iran.",
        ("SANCTION", {"USA"}, {"IRN"}, "asserted"),
    ),
    (
        "MOBILIZE",
        "La Russie a déployé des troupes à la frontière de l'Ukraine.",
        ("MOBILIZE", {"RUS"}, {"UKR"}, "asserted"),
    ),
    (
        "COERCE",
        "La Géorgie a arrêté des militants ukrainiens.",
        ("COERCE", {"GEO"}, {"UKR"}, "asserted"),
    ),
    ("ASSAULT", "La Russie a bombardé Kiev.", ("ASSAULT", {"RUS"}, {"UKR"}, "asserted")),
    # hard forms
    (
        "passive",
        "Des sanctions ont été imposées par l’Union européenne contre la Biélorussie.",
        ("SANCTION", {"European Union"}, {"BLR"}, "asserted"),
    ),
    (
        "reciprocal-verb",
        "Joe Biden et Yoon Suk-yeol se sont rencontrés à Washington.",
        ("CONSULT", {"USA", "KOR"}, {"USA", "KOR"}, "asserted"),
    ),
    (
        "reciprocal-noun",
        "Kim Jong-un et Vladimir Poutine ont signé un accord. Lors de leur rencontre à "
        "Vladivostok, les deux dirigeants ont parlé d'armes.",
        ("CONSULT", {"RUS", "PRK"}, {"RUS", "PRK"}, "asserted"),
    ),
    (
        "nominal-visit",
        "Le voyage de Kim Jong-un en Russie a inquiété Séoul.",
        ("CONSULT", {"PRK"}, {"RUS"}, "asserted"),
    ),
    (
        "nominal-invasion",
        "Kim a affirmé son soutien à l’invasion de l’Ukraine menée par Vladimir Poutine.",
        ("ASSAULT", {"RUS"}, {"UKR"}, "asserted"),
    ),
    (
        "nominal-support",
        "Kim a affirmé son soutien à l’invasion de l’Ukraine menée par Vladimir Poutine.",
        ("SUPPORT", {"PRK"}, {"RUS"}, "asserted"),
    ),
    (
        "quote",
        "« La Corée du Nord en paiera le prix », a déclaré Jake Sullivan.",
        ("THREATEN", {"USA"}, {"PRK"}, "asserted"),
    ),
    (
        "coordination",
        "Les États-Unis ont condamné la coopération militaire entre la Corée du Nord et la Russie.",
        ("ACCUSE", {"USA"}, {"PRK", "RUS"}, "asserted"),
    ),
    # modality
    (
        "negated",
        "La Corée du Nord n'a pas signé d'accord avec la Russie.",
        ("AGREE", {"PRK", "RUS"}, {"PRK", "RUS"}, "negated"),
    ),
    (
        "hypothetical-cond",
        "La Corée du Nord et la Russie pourraient être sur le point de signer un accord.",
        ("AGREE", {"PRK", "RUS"}, {"PRK", "RUS"}, "hypothetical"),
    ),
    (
        "hypothetical-si",
        "Si la Corée du Nord et la Russie devaient conclure un accord, Washington réagirait.",
        ("AGREE", {"PRK", "RUS"}, {"PRK", "RUS"}, "hypothetical"),
    ),
    (
        "future-doit",
        "Kim Jong-un doit se rendre en Russie la semaine prochaine.",
        ("CONSULT", {"PRK"}, {"RUS"}, "future"),
    ),
    (
        "future-tense",
        "La Russie livrera des missiles à la Corée du Nord.",
        ("AID", {"RUS"}, {"PRK"}, "future"),
    ),
    (
        "denied",
        "La Corée du Nord a nié toute implication dans la fourniture d’armes à la Russie.",
        ("AID", {"PRK"}, {"RUS"}, "denied"),
    ),
    (
        "denied-clause",
        "Pékin a démenti que des navires chinois aient attaqué les Philippines.",
        ("ASSAULT", {"CHN"}, {"PHL"}, "denied"),
    ),
    (
        "refusal",
        "L'Allemagne a refusé de livrer des missiles à l'Ukraine.",
        ("REJECT", {"DEU"}, {"UKR"}, "asserted"),
    ),
    (
        "several",
        "La Russie a bombardé Kiev et l'Ukraine a accusé Moscou de crimes de guerre.",
        ("ACCUSE", {"UKR"}, {"RUS"}, "asserted"),
    ),
]

ENGLISH: list[Row] = [
    (
        "AGREE",
        "Russia and North Korea signed a mutual defence treaty.",
        ("AGREE", {"RUS", "PRK"}, {"RUS", "PRK"}, "asserted"),
    ),
    (
        "CONSULT",
        "Vladimir Putin met Kim Jong Un in Vladivostok.",
        ("CONSULT", {"RUS", "PRK"}, {"RUS", "PRK"}, "asserted"),
    ),
    (
        "SUPPORT",
        "The United States reaffirmed its support for the Philippines.",
        ("SUPPORT", {"USA"}, {"PHL"}, "asserted"),
    ),
    (
        "CONCEDE",
        "Russia released two Ukrainian prisoners.",
        ("CONCEDE", {"RUS"}, {"UKR"}, "asserted"),
    ),
    (
        "COOPERATE",
        "China is cooperating with Russia on space research.",
        ("COOPERATE", {"CHN", "RUS"}, {"CHN", "RUS"}, "asserted"),
    ),
    ("AID", "Germany delivered tanks to Ukraine.", ("AID", {"DEU"}, {"UKR"}, "asserted")),
    ("RETREAT", "Russian forces withdrew from Ukraine.", ("RETREAT", {"RUS"}, {"UKR"}, "asserted")),
    (
        "REQUEST",
        "Kyiv urged the European Union to speed up deliveries.",
        ("REQUEST", {"UKR"}, {"European Union"}, "asserted"),
    ),
    (
        "ACCUSE",
        "China accused the Philippines of provocations.",
        ("ACCUSE", {"CHN"}, {"PHL"}, "asserted"),
    ),
    (
        "REJECT",
        "China rejected the demands of the Philippines.",
        ("REJECT", {"CHN"}, {"PHL"}, "asserted"),
    ),
    (
        "reaction to an event: its author",
        "Iran condemned the Israeli strikes on Lebanon.",
        ("ACCUSE", {"IRN"}, {"ISR"}, "asserted"),
    ),
    (
        "a promise of aid is the AID to come",
        "Germany pledged another Patriot battery to Ukraine.",
        ("AID", {"DEU"}, {"UKR"}, "future"),
    ),
    (
        "a threat of sanctions is the SANCTION it may bring",
        "The European Union threatened Iran with new sanctions.",
        ("SANCTION", {"European Union"}, {"IRN"}, "hypothetical"),
    ),
    (
        "THREATEN",
        "Russia threatened Ukraine with retaliation.",
        ("THREATEN", {"RUS"}, {"UKR"}, "asserted"),
    ),
    (
        "PROTEST",
        "Thousands of Georgians demonstrated against the Georgian government.",
        ("PROTEST", {"GEO"}, {"GEO"}, "asserted"),
    ),
    (
        "SANCTION",
        "The United States imposed sanctions on Iran.",
        ("SANCTION", {"USA"}, {"IRN"}, "asserted"),
    ),
    (
        "MOBILIZE",
        "Russia deployed troops to the border with Ukraine.",
        ("MOBILIZE", {"RUS"}, {"UKR"}, "asserted"),
    ),
    ("COERCE", "Georgia arrested Ukrainian activists.", ("COERCE", {"GEO"}, {"UKR"}, "asserted")),
    ("ASSAULT", "Russia bombed Kyiv.", ("ASSAULT", {"RUS"}, {"UKR"}, "asserted")),
    (
        "passive",
        "Sanctions were imposed by the European Union on Belarus.",
        ("SANCTION", {"European Union"}, {"BLR"}, "asserted"),
    ),
    (
        "reciprocal-verb",
        "Joe Biden and Yoon met in Washington.",
        ("CONSULT", {"USA", "KOR"}, {"USA", "KOR"}, "asserted"),
    ),
    (
        "reciprocal-noun",
        "Putin and Kim Jong Un signed a treaty. Their meeting in Vladivostok lasted four hours.",
        ("CONSULT", {"RUS", "PRK"}, {"RUS", "PRK"}, "asserted"),
    ),
    (
        "nominal-deal",
        "The arms deal between Russia and North Korea worried Seoul.",
        ("AGREE", {"RUS", "PRK"}, {"RUS", "PRK"}, "asserted"),
    ),
    (
        "nominal-invasion",
        "Kim affirmed his support for Russia's invasion of Ukraine.",
        ("ASSAULT", {"RUS"}, {"UKR"}, "asserted"),
    ),
    (
        "nominal-support",
        "Kim affirmed his support for Russia's invasion of Ukraine.",
        ("SUPPORT", {"PRK"}, {"RUS"}, "asserted"),
    ),
    (
        "quote",
        '"China attacked Philippine ships," the Philippines said.',
        ("ASSAULT", {"CHN"}, {"PHL"}, "asserted"),
    ),
    (
        "coordination",
        "The United States condemned the military cooperation between North Korea and Russia.",
        ("ACCUSE", {"USA"}, {"PRK", "RUS"}, "asserted"),
    ),
    (
        "negated",
        "Ukraine did not attend the meeting with Russia.",
        ("CONSULT", {"UKR"}, {"RUS"}, "negated"),
    ),
    (
        "hypothetical-could",
        "North Korea and Russia could sign an arms deal.",
        ("AGREE", {"PRK", "RUS"}, {"PRK", "RUS"}, "hypothetical"),
    ),
    (
        "hypothetical-if",
        "If North Korea supplied weapons to Russia, Washington would respond.",
        ("AID", {"PRK"}, {"RUS"}, "hypothetical"),
    ),
    (
        "future-plans",
        "Kim Jong Un plans to visit Russia next week.",
        ("CONSULT", {"PRK"}, {"RUS"}, "future"),
    ),
    ("future-will", "Germany will deliver tanks to Ukraine.", ("AID", {"DEU"}, {"UKR"}, "future")),
    (
        "denied",
        "Tehran denied that it had supplied missiles to Moscow.",
        ("AID", {"IRN"}, {"RUS"}, "denied"),
    ),
    (
        "denied-gerund",
        "The Kremlin denied targeting Ukrainian civilians.",
        ("ASSAULT", {"RUS"}, {"UKR"}, "denied"),
    ),
    (
        "refusal",
        "Germany refused to send missiles to Ukraine.",
        ("REJECT", {"DEU"}, {"UKR"}, "asserted"),
    ),
    (
        "would-not",
        "Ukraine would not accept a ceasefire proposed by Russia.",
        ("REJECT", {"UKR"}, {"RUS"}, "asserted"),
    ),
    (
        "several",
        "Russia bombed Kyiv and Ukraine accused Moscow of war crimes.",
        ("ACCUSE", {"UKR"}, {"RUS"}, "asserted"),
    ),
    (
        "voiced-concern",
        "Japan voiced concern over North Korea's missile launches.",
        ("ACCUSE", {"JPN"}, {"PRK"}, "asserted"),
    ),
]


@pytest.fixture(scope="module")
def coders() -> dict[str, Coder]:
    return {"fr": Coder("fr"), "en": Coder("en")}


def coded(
    coders: dict[str, Coder], lang: str, text: str
) -> list[tuple[str, frozenset[str], frozenset[str], str]]:
    """The events coded in ``text``, each as (type, source countries, target countries,
    modality)."""
    article = make_article(text, lang)
    return [described(article, event) for event in coders[lang].code_article(article)]


def check(
    coder: Coder, lang: str, text: str, expected: tuple[str, set[str], set[str], str]
) -> None:
    article = make_article(text, lang)
    found = [described(article, event) for event in coder.code_article(article)]
    kind, source, target, modality = expected
    assert (kind, frozenset(source), frozenset(target), modality) in found, found


@pytest.mark.parametrize(("name", "text", "expected"), FRENCH, ids=[r[0] for r in FRENCH])
def test_french(
    coders: dict[str, Coder], name: str, text: str, expected: tuple[str, set[str], set[str], str]
) -> None:
    check(coders["fr"], "fr", text, expected)


@pytest.mark.parametrize(("name", "text", "expected"), ENGLISH, ids=[r[0] for r in ENGLISH])
def test_english(
    coders: dict[str, Coder], name: str, text: str, expected: tuple[str, set[str], set[str], str]
) -> None:
    check(coders["en"], "en", text, expected)


def test_every_plover_type_has_a_row_in_each_language() -> None:
    from newsgraph.events.lexicon import PLOVER_TYPES

    for rows in (FRENCH, ENGLISH):
        assert {row[0] for row in rows} >= PLOVER_TYPES


@pytest.mark.parametrize(
    ("lang", "text", "reporter"),
    [
        (
            "fr",
            "« La Corée du Nord a fourni des armes à la Russie », a déclaré Jake Sullivan.",
            "Jake Sullivan",
        ),
        (
            "fr",
            "Jake Sullivan a déclaré que la Corée du Nord avait fourni des armes à la Russie.",
            "Jake Sullivan",
        ),
        ("en", '"China attacked Philippine ships," the Philippines said.', "Philippines"),
    ],
)
def test_events_in_reported_speech_are_kept_with_their_reporter(
    coders: dict[str, Coder], lang: str, text: str, reporter: str
) -> None:
    article = make_article(text, lang)
    events = coders[lang].code_article(article)
    assert events and events[0].reported_by == reporter


def test_a_quoted_threat_is_the_speaker_s(coders: dict[str, Coder]) -> None:
    text = "« Elle en paiera le prix », a déclaré Jake Sullivan à propos de la Corée du Nord."
    article = make_article("La Corée du Nord a fourni des armes à la Russie. " + text, "fr")
    # "Elle" is the pronoun the actors stage resolves; here it is given by hand
    elle = article.text.index("Elle")
    korea = next(a for a in article.actors if a.name == "North Korea")
    korea.mentions.append(type(korea.mentions[0])(elle, elle + 4, "Elle"))
    found = [described(article, e) for e in coders["fr"].code_article(article)]
    assert ("THREATEN", frozenset({"USA"}), frozenset({"PRK"}), "asserted") in found


def test_every_event_carries_its_evidence_and_scores(coders: dict[str, Coder]) -> None:
    text = "Kim Jong-un a affirmé son soutien à l’invasion de l’Ukraine menée par Vladimir Poutine."
    article = make_article(text, "fr")
    events = coders["fr"].code_article(article)
    assert {e.type for e in events} == {"SUPPORT", "ASSAULT"}
    for event in events:
        for span in (event.evidence, event.trigger, event.sentence):
            assert span is not None
            assert article.text[span.start : span.end] == span.text
        assert event.trigger is not None and event.evidence.start <= event.trigger.start
        assert event.coder == coders["fr"].version
        assert event.cameo and event.quad_class is not None
        assert event.goldstein is not None and event.intensity is not None
    assault = next(e for e in events if e.type == "ASSAULT")
    assert (assault.cameo, assault.quad_class) == ("190", 4)
    assert assault.trigger is not None and assault.trigger.text == "invasion"


@pytest.mark.parametrize(
    ("lang", "text", "place", "country"),
    [
        (
            "fr",
            "Le président Joe Biden a rencontré Yoon Suk-yeol à Washington.",
            "Washington",
            "USA",
        ),
        ("fr", "Joe Biden et Yoon Suk-yeol se sont rencontrés à Séoul.", "Séoul", "KOR"),
        ("en", "Putin met Kim Jong Un in Pyongyang.", "Pyongyang", "PRK"),
    ],
)
def test_place_is_where_the_event_happened_with_its_country(
    coders: dict[str, Coder], lang: str, text: str, place: str, country: str
) -> None:
    article = make_article(text, lang)
    events = coders[lang].code_article(article)
    assert [(e.place, e.place_country) for e in events] == [(place, country)]


def test_a_place_named_as_the_target_is_not_the_place() -> None:
    article = make_article("Le voyage de Kim Jong-un en Russie a inquiété Séoul.", "fr")
    (event,) = Coder("fr").code_article(article)
    assert event.place is None


@pytest.mark.parametrize(
    ("lang", "text", "date"),
    [
        ("fr", "Kim Jong-un a rencontré Vladimir Poutine mardi dernier.", "2024-06-18"),
        ("fr", "En avril, Joe Biden et Yoon Suk-yeol se sont rencontrés.", "2024-04"),
        ("en", "Putin met Kim Jong Un last Tuesday.", "2024-06-18"),
        ("fr", "Les combats continuent. La Russie a bombardé Kiev.", None),
        # the lead sentence reports the news of the day
        ("fr", "La Russie a bombardé Kiev.", "2024-06-20"),
    ],
)
def test_date_is_resolved_against_the_publication_date(
    coders: dict[str, Coder], lang: str, text: str, date: str | None
) -> None:
    article = make_article(text, lang, published=dt.date(2024, 6, 20))
    (event,) = coders[lang].code_article(article)
    assert event.date == date


def test_no_date_without_a_publication_date(coders: dict[str, Coder]) -> None:
    article = make_article("Kim Jong-un a rencontré Vladimir Poutine mardi dernier.", "fr", None)
    (event,) = coders["fr"].code_article(article)
    assert event.date is None


def test_an_event_needs_a_source_and_a_target(coders: dict[str, Coder]) -> None:
    article = make_article("Des frappes ont visé des infrastructures civiles.", "fr")
    assert coders["fr"].code_article(article) == []


def test_events_come_in_text_order_and_an_unparsed_headline_is_not_coded(
    coders: dict[str, Coder],
) -> None:
    article = make_article("La Russie a bombardé Kiev. La Chine a accusé les Philippines.", "fr")
    article.title = "Les États-Unis condamnent la Russie"
    events = coders["fr"].code_article(article)
    assert [e.type for e in events] == ["ASSAULT", "ACCUSE"]


def test_a_subject_cut_off_by_an_aside_is_still_the_source(coders: dict[str, Coder]) -> None:
    check(
        coders["fr"],
        "fr",
        "L'Allemagne, en revanche, a accusé la Russie.",
        ("ACCUSE", {"DEU"}, {"RUS"}, "asserted"),
    )


def test_an_elided_subject_is_the_actor_the_text_was_about(coders: dict[str, Coder]) -> None:
    text = "La Chine a convoqué l'ambassadeur américain. Elle a ensuite accusé les Philippines."
    found = coded(coders, "fr", text)
    assert ("ACCUSE", frozenset({"CHN"}), frozenset({"PHL"}), "asserted") in found, found


def test_a_missing_target_is_the_other_party_just_named(coders: dict[str, Coder]) -> None:
    text = "La Russie a frappé Kiev dans la nuit. Moscou a rejeté toute responsabilité."
    found = coded(coders, "fr", text)
    assert ("REJECT", frozenset({"RUS"}), frozenset({"UKR"}), "asserted") in found, found


def test_an_event_mentioned_twice_in_a_sentence_is_coded_once(coders: dict[str, Coder]) -> None:
    text = "La Russie a bombardé l'Ukraine, selon Kiev, qui accuse la Russie de frapper l'Ukraine."
    article = make_article(text, "fr")
    kinds = [e.type for e in coders["fr"].code_article(article)]
    assert kinds.count("ASSAULT") == 1, kinds


def test_an_act_told_again_is_a_new_one_a_prospect_is_the_same(coders: dict[str, Coder]) -> None:
    text = (
        "La Russie a bombardé l'Ukraine lundi. La Russie a encore bombardé l'Ukraine. "
        "La Russie et la Chine pourraient signer un accord. "
        "La Russie et la Chine pourraient conclure un accord."
    )
    article = make_article(text, "fr", published=dt.date(2024, 6, 20))
    kinds = [e.type for e in coders["fr"].code_article(article)]
    assert (kinds.count("ASSAULT"), kinds.count("AGREE")) == (2, 1), kinds


def test_a_later_mention_dates_an_event_the_first_left_undated(coders: dict[str, Coder]) -> None:
    text = (
        "La Chine a critiqué la Russie. La Russie a bombardé l'Ukraine. Mardi, la Russie a "
        "bombardé l'Ukraine."
    )
    article = make_article(text, "fr", published=dt.date(2024, 6, 20))
    found = [(e.type, e.date) for e in coders["fr"].code_article(article)]
    assert [pair for pair in found if pair[0] == "ASSAULT"] == [("ASSAULT", "2024-06-18")]


def dates_of(coder: Coder, text: str, lang: str) -> list[tuple[str, str | None]]:
    article = make_article(text, lang, published=dt.date(2024, 6, 20))
    return [(e.type, e.date) for e in coder.code_article(article)]


def test_a_statement_with_no_time_is_the_news_of_the_day(coders: dict[str, Coder]) -> None:
    text = "La Chine a signé un accord avec le Vietnam. Les Philippines ont accusé Pékin."
    assert ("ACCUSE", "2024-06-20") in dates_of(coders["fr"], text, "fr")


def test_an_event_takes_the_date_of_the_occasion_just_dated(coders: dict[str, Coder]) -> None:
    text = "The United States met China on Monday. Washington accused Beijing of spying."
    assert dates_of(coders["en"], text, "en")[-1] == ("ACCUSE", "2024-06-17")


def test_the_pluperfect_is_background_with_no_date(coders: dict[str, Coder]) -> None:
    text = "La Chine a signé un accord avec le Vietnam. Les Philippines avaient accusé Pékin."
    assert ("ACCUSE", None) in dates_of(coders["fr"], text, "fr")


def test_a_person_of_no_known_country_is_not_a_side(coders: dict[str, Coder]) -> None:
    article = make_article("Russia freed Evan Gershkovich on Thursday.", "en")
    assert coders["en"].code_article(article) == []


def test_talks_with_no_parties_named_are_between_the_last_two_named(
    coders: dict[str, Coder],
) -> None:
    text = "China and the Philippines blamed each other. After three days of talks, tension fell."
    found = coded(coders, "en", text)
    pair = frozenset({"CHN", "PHL"})
    assert ("CONSULT", pair, pair, "asserted") in found, found


def test_a_judgement_is_an_accusation_by_whoever_makes_it(coders: dict[str, Coder]) -> None:
    text = "China imposed tariffs on Ukraine. Ukraine said the tariffs were unjustified."
    found = coded(coders, "en", text)
    assert ("ACCUSE", frozenset({"UKR"}), frozenset({"CHN"}), "asserted") in found, found


def test_arrests_with_no_one_named_are_the_state_of_the_place(coders: dict[str, Coder]) -> None:
    text = "La Russie a critiqué la Chine. Deux militants ont été interpellés à Moscou."
    found = coded(coders, "fr", text)
    assert ("COERCE", frozenset({"RUS"}), frozenset({"RUS"}), "asserted") in found, found


def test_an_accusation_in_a_clause_of_circumstance_is_an_act_of_its_own(
    coders: dict[str, Coder],
) -> None:
    text = "Georgia refused the talks, accusing the European Union of blackmail."
    found = coded(coders, "en", text)
    assert ("ACCUSE", frozenset({"GEO"}), frozenset({"European Union"}), "asserted") in found, found


def test_a_month_is_not_a_march(coders: dict[str, Coder]) -> None:
    article = make_article("China and Russia signed a deal in March.", "en")
    assert "PROTEST" not in [e.type for e in coders["en"].code_article(article)]


def test_the_context_skips_people_of_no_known_country(coders: dict[str, Coder]) -> None:
    text = "Ukraine spoke to Evan Gershkovich. Moscow later rejected the claims."
    found = coded(coders, "en", text)
    assert ("REJECT", frozenset({"RUS"}), frozenset({"UKR"}), "asserted") in found, found


def test_a_state_does_not_reject_itself(coders: dict[str, Coder]) -> None:
    found = coded(coders, "en", "Vladimir Putin rejected any role of Russia in the attack.")
    assert not [e for e in found if e[0] == "REJECT" and e[1] == e[2]], found


def test_not_recognising_is_a_refusal(coders: dict[str, Coder]) -> None:
    found = coded(coders, "en", "Russia did not recognise the independence of Ukraine.")
    assert ("REJECT", frozenset({"RUS"}), frozenset({"UKR"}), "asserted") in found, found


def test_a_sentence_stating_an_event_as_planned_and_as_done_keeps_the_done(
    coders: dict[str, Coder],
) -> None:
    text = (
        "Les experts redoutent les éventuels projets de la Corée du Nord de fournir à la "
        "Russie des armes en plus de l'artillerie qu'elle lui a déjà fournie."
    )
    found = coded(coders, "fr", text)
    assert ("AID", frozenset({"PRK"}), frozenset({"RUS"}), "asserted") in found, found


def test_a_warning_to_no_one_named_is_to_the_article_s_other_party(
    coders: dict[str, Coder],
) -> None:
    text = (
        "Iran a condamné la Russie. La Russie a bombardé l'Ukraine. Kiev a accusé Moscou. "
        "La Russie a de nouveau bombardé l'Ukraine. Les combats continuent. "
        "Plus tard, l'Iran a averti que la situation était grave."
    )
    found = coded(coders, "fr", text)
    assert ("THREATEN", frozenset({"IRN"}), frozenset({"RUS"}), "asserted") in found, found


def test_the_opposition_may_accuse_its_own_government(coders: dict[str, Coder]) -> None:
    text = "The Democratic Party accused the Italian government of lying."
    article = make_article(text, "en")
    opposition = Actor("opp", "Democratic Party", "organization", "ITA", sector="OPP")
    opposition.mentions = [Span(4, 20, "Democratic Party")]
    government = Actor("gov", "Italy", "country", "ITA", sector="GOV")
    government.mentions = [Span(33, 40, "Italian")]
    article.actors = [opposition, government]
    found = [(e.type, e.source, e.target) for e in coders["en"].code_article(article)]
    assert ("ACCUSE", ["opp"], ["gov"]) in found, found


def _quoted(article: Article, words: str, speaker: str) -> Article:
    """``article`` with the words in quotation marks said by ``speaker`` (an actor id)."""
    start = article.text.index(words)
    article.quotes.append(Quote(words, start, start + len(words), speaker, True))
    return article


@pytest.mark.parametrize(
    ("lang", "text", "words", "speaker", "expected"),
    [
        (
            "fr",
            "La Russie a accusé la Chine d'espionnage. « Nous rejetons ces accusations », a "
            "déclaré Pékin.",
            "Nous rejetons ces accusations",
            "China",
            ("REJECT", frozenset({"CHN"}), frozenset({"RUS"}), "asserted"),
        ),
        (
            "en",
            '"I urge the Iranian authorities to release him," Joe Biden said.',
            "I urge the Iranian authorities to release him,",
            "Joe Biden",
            ("REQUEST", frozenset({"USA"}), frozenset({"IRN"}), "asserted"),
        ),
    ],
)
def test_the_first_person_in_a_quote_is_its_speaker(
    coders: dict[str, Coder],
    lang: str,
    text: str,
    words: str,
    speaker: str,
    expected: tuple[str, frozenset[str], frozenset[str], str],
) -> None:
    article = _quoted(make_article(text, lang), words, speaker)
    assert expected in [described(article, e) for e in coders[lang].code_article(article)]


def test_a_verb_form_the_lemmatiser_leaves_is_taken_back_to_its_infinitive(
    coders: dict[str, Coder],
) -> None:
    text = "« Je demande aux autorités iraniennes de le libérer », a déclaré Joe Biden."
    article = _quoted(make_article(text, "fr"), text[2:50], "Joe Biden")
    demande = next(t for t in article.doc if t.text == "demande")
    assert demande.lemma_ == "demande"  # as the model leaves it
    found = [described(article, e) for e in coders["fr"].code_article(article)]
    assert ("REQUEST", frozenset({"USA"}), frozenset({"IRN"}), "asserted") in found


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
    article = make_article(text, lang)
    assert expected in [described(article, e) for e in coders[lang].code_article(article)]


def test_the_date_of_the_trigger_s_own_clause_not_of_its_object_s(
    coders: dict[str, Coder],
) -> None:
    text = (
        "Le 17 juin, des garde-côtes chinois ont arraisonné deux navires de Manille qui "
        "ravitaillaient un poste échoué depuis 1999 sur le récif."
    )
    assert ("COERCE", "2024-06-17") in dates_of(coders["fr"], text, "fr")


def test_a_planned_event_dates_no_occasion(coders: dict[str, Coder]) -> None:
    text = (
        "La Chine et le Vietnam signeront un accord le 28 juin. "
        "Les Philippines ont accusé Pékin d'espionnage."
    )
    assert ("ACCUSE", "2024-06-20") in dates_of(coders["fr"], text, "fr")


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fr", "La Russie a critiqué la Chine. Moscou a exhorté les habitants à partir.", "RUS"),
        ("en", "Russia criticised China. Georgian police detained 16 students.", "GEO"),
    ],
)
def test_an_act_on_people_named_by_what_they_are_is_done_at_home(
    coders: dict[str, Coder], lang: str, text: str, expected: str
) -> None:
    found = coded(coders, lang, text)
    assert any(s == {expected} and t == {expected} for _, s, t, _ in found), found


@pytest.mark.parametrize(
    ("lang", "text", "word"),
    [
        ("fr", "Des avions de combat serbes ont survolé la zone.", "combat"),
        ("en", "Italy took 12 migrants to a detention centre in Albania.", "detention"),
        ("fr", "Le président en exercice de l'Union africaine a parlé.", "exercice"),
    ],
)
def test_a_trigger_that_only_names_a_kind_of_thing_is_no_event(
    coders: dict[str, Coder], lang: str, text: str, word: str
) -> None:
    token = next(t for t in make_article(text, lang).doc if t.text == word)
    assert coders[lang].sense(token) is None


def test_a_treaty_cited_as_a_frame_is_no_agreement(coders: dict[str, Coder]) -> None:
    text = (
        "Russia and North Korea signed a treaty on Wednesday. "
        "Under the treaty, each side pledges to help the other."
    )
    assert len([e for e in coded(coders, "en", text) if e[0] == "AGREE"]) == 1
