"""The coder on example tables, French and English: every PLOVER type, the hard forms
(passives, reciprocal events, nominalisations, quotes, coordinations, several events in one
sentence) and every modality. Each row: a name, a sentence, and one event it must yield as
(type, source countries, target countries, modality)."""

from __future__ import annotations

import datetime as dt

import pytest

from newsgraph.article import Actor, Article, Quote, Span
from newsgraph.events import Coder

from .helpers import coded, dates_of, described, make_article

pytestmark = pytest.mark.model

Row = tuple[str, str, tuple[str, set[str], set[str], str]]

FRENCH: list[Row] = [
    (
        "launched missiles",
        "L'Iran a lancé plus de 300 drones et missiles contre Israël.",
        ("ASSAULT", {"IRN"}, {"ISR"}, "asserted"),
    ),
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
    (
        "a relative clause on the measure it imposes",
        "Le Japon a levé les restrictions qu'il avait imposées à la Corée du Sud en 2019.",
        ("SANCTION", {"JPN"}, {"KOR"}, "asserted"),
    ),
    (
        "a relative clause on the phrase of the measure it imposes",
        "La France avait levé l'embargo de fait qu'elle imposait sur les armes vers la Russie.",
        ("SANCTION", {"FRA"}, {"RUS"}, "asserted"),
    ),
]

ENGLISH: list[Row] = [
    (
        "launched missiles",
        "Iran launched more than 300 drones and missiles at Israel.",
        ("ASSAULT", {"IRN"}, {"ISR"}, "asserted"),
    ),
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
    (
        "a relative clause on the measure it imposes",
        "Japan lifted the sanctions it had imposed on South Korea in 2019.",
        ("SANCTION", {"JPN"}, {"KOR"}, "asserted"),
    ),
]


def check(
    coder: Coder, lang: str, text: str, expected: tuple[str, set[str], set[str], str]
) -> None:
    found = coded(coder, text, lang)
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


def test_a_place_named_as_the_target_is_not_the_place(coders: dict[str, Coder]) -> None:
    article = make_article("Le voyage de Kim Jong-un en Russie a inquiété Séoul.", "fr")
    (event,) = coders["fr"].code_article(article)
    assert event.place is None


@pytest.mark.parametrize(
    ("lang", "text", "date"),
    [
        ("fr", "Kim Jong-un a rencontré Vladimir Poutine mardi dernier.", "2024-06-18"),
        ("fr", "En avril, Joe Biden et Yoon Suk-yeol se sont rencontrés.", "2024-04"),
        ("en", "Putin met Kim Jong Un last Tuesday.", "2024-06-18"),
        # a fact of the body the text gives no time (GOLD.md: null), a background one neither
        ("fr", "Les combats continuent. La Russie a bombardé Kiev.", None),
        ("fr", "Les combats continuent. La Russie avait bombardé Kiev.", None),
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
    found = coded(coders["fr"], text, "fr")
    assert ("ACCUSE", frozenset({"CHN"}), frozenset({"PHL"}), "asserted") in found, found


def test_a_missing_target_is_the_other_party_just_named(coders: dict[str, Coder]) -> None:
    text = "La Russie a frappé Kiev dans la nuit. Moscou a rejeté toute responsabilité."
    found = coded(coders["fr"], text, "fr")
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
        "La Chine a critiqué la Russie. La Russie avait bombardé l'Ukraine. Mardi, la Russie a "
        "bombardé l'Ukraine."
    )
    found = dates_of(coders["fr"], text, "fr")
    assert [pair for pair in found if pair[0] == "ASSAULT"] == [("ASSAULT", "2024-06-18")]


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
    found = coded(coders["en"], text, "en")
    pair = frozenset({"CHN", "PHL"})
    assert ("CONSULT", pair, pair, "asserted") in found, found


def test_a_judgement_is_an_accusation_by_whoever_makes_it(coders: dict[str, Coder]) -> None:
    text = "China imposed tariffs on Ukraine. Ukraine said the tariffs were unjustified."
    found = coded(coders["en"], text, "en")
    assert ("ACCUSE", frozenset({"UKR"}), frozenset({"CHN"}), "asserted") in found, found


def test_arrests_with_no_one_named_are_the_state_of_the_place(coders: dict[str, Coder]) -> None:
    text = "La Russie a critiqué la Chine. Deux militants ont été interpellés à Moscou."
    found = coded(coders["fr"], text, "fr")
    assert ("COERCE", frozenset({"RUS"}), frozenset({"RUS"}), "asserted") in found, found


def test_an_accusation_in_a_clause_of_circumstance_is_an_act_of_its_own(
    coders: dict[str, Coder],
) -> None:
    text = "Georgia refused the talks, accusing the European Union of blackmail."
    found = coded(coders["en"], text, "en")
    assert ("ACCUSE", frozenset({"GEO"}), frozenset({"European Union"}), "asserted") in found, found


def test_a_month_is_not_a_march(coders: dict[str, Coder]) -> None:
    article = make_article("China and Russia signed a deal in March.", "en")
    assert "PROTEST" not in [e.type for e in coders["en"].code_article(article)]


def test_the_context_skips_people_of_no_known_country(coders: dict[str, Coder]) -> None:
    text = "Ukraine spoke to Evan Gershkovich. Moscow later rejected the claims."
    found = coded(coders["en"], text, "en")
    assert ("REJECT", frozenset({"RUS"}), frozenset({"UKR"}), "asserted") in found, found


def test_a_state_does_not_reject_itself(coders: dict[str, Coder]) -> None:
    found = coded(coders["en"], "Vladimir Putin rejected any role of Russia in the attack.", "en")
    assert not [e for e in found if e[0] == "REJECT" and e[1] == e[2]], found


def test_not_recognising_is_a_refusal(coders: dict[str, Coder]) -> None:
    found = coded(coders["en"], "Russia did not recognise the independence of Ukraine.", "en")
    assert ("REJECT", frozenset({"RUS"}), frozenset({"UKR"}), "asserted") in found, found


def test_a_sentence_stating_an_event_as_planned_and_as_done_keeps_the_done(
    coders: dict[str, Coder],
) -> None:
    text = (
        "Les experts redoutent les éventuels projets de la Corée du Nord de fournir à la "
        "Russie des armes en plus de l'artillerie qu'elle lui a déjà fournie."
    )
    found = coded(coders["fr"], text, "fr")
    assert ("AID", frozenset({"PRK"}), frozenset({"RUS"}), "asserted") in found, found


def test_a_warning_to_no_one_named_is_to_the_article_s_other_party(
    coders: dict[str, Coder],
) -> None:
    text = (
        "Iran a condamné la Russie. La Russie a bombardé l'Ukraine. Kiev a accusé Moscou. "
        "La Russie a de nouveau bombardé l'Ukraine. Les combats continuent. "
        "Plus tard, l'Iran a averti que la situation était grave."
    )
    found = coded(coders["fr"], text, "fr")
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
    assert expected in coded(coders[lang], text, lang)


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
    found = coded(coders[lang], text, lang)
    assert any(s == {expected} and t == {expected} for _, s, t, _ in found), found


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        ("fr", "La Russie et l'Ukraine doivent se rencontrer à la demande de la Chine.", "REQUEST"),
        ("en", "Russia could retaliate after Ukraine's attack on Russia's Kursk.", "ASSAULT"),
    ],
)
def test_an_event_given_as_done_before_its_clause_is_asserted(
    coders: dict[str, Coder], lang: str, text: str, kind: str
) -> None:
    found = coded(coders[lang], text, lang)
    assert [m for k, _, _, m in found if k == kind] == ["asserted"], found


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "fr",
            "L'Allemagne a achevé son retrait de la base aérienne de Kiev.",
            ("RETREAT", frozenset({"DEU"}), frozenset({"UKR"}), "asserted"),
        ),
        (
            "fr",
            "La France a critiqué la Chine. Les États-Unis ont annoncé leur retrait du Japon.",
            ("RETREAT", frozenset({"USA"}), frozenset({"JPN"}), "asserted"),
        ),
    ],
)
def test_a_noun_with_a_possessive_has_its_genitive_as_the_other_side(
    coders: dict[str, Coder], lang: str, text: str, expected: tuple[str, ...]
) -> None:
    assert expected in coded(coders[lang], text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "fr",
            "La France a critiqué la Chine. Des soldats ukrainiens capturés par la Russie ont "
            "été libérés.",
            ("COERCE", frozenset({"RUS"}), frozenset({"UKR"}), "asserted"),
        ),
        (
            "en",
            "China criticised Japan. Russia sentenced an American teacher jailed in Moscow "
            "since 2021.",
            ("COERCE", frozenset({"RUS"}), frozenset({"USA"}), "asserted"),
        ),
    ],
)
def test_a_past_participle_acts_on_the_noun_it_is_on(
    coders: dict[str, Coder], lang: str, text: str, expected: tuple[str, ...]
) -> None:
    assert expected in coded(coders[lang], text, lang)


def test_a_past_participle_takes_no_side_from_the_context(coders: dict[str, Coder]) -> None:
    text = "La Russie a menacé la Chine. Une entreprise accusée de fraude a fermé."
    assert "ACCUSE" not in [e[0] for e in coded(coders["fr"], text, "fr")]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "fr",
            "La Chine a critiqué le Japon. La Russie a exhorté les deux pays au dialogue.",
            ("REQUEST", frozenset({"RUS"}), frozenset({"CHN", "JPN"}), "asserted"),
        ),
        (
            "en",
            "China criticised Japan. Russia urged both countries to talk.",
            ("REQUEST", frozenset({"RUS"}), frozenset({"CHN", "JPN"}), "asserted"),
        ),
    ],
)
def test_a_group_acted_on_is_the_last_parties_other_than_the_source(
    coders: dict[str, Coder], lang: str, text: str, expected: tuple[str, ...]
) -> None:
    assert expected in coded(coders[lang], text, lang)


@pytest.mark.parametrize(
    "text", ["Les pourparlers de Moscou ont repris.", "L'accord de paix de Pékin tient."]
)
def test_a_capital_after_talks_or_an_accord_is_where_not_who(
    coders: dict[str, Coder], text: str
) -> None:
    assert not [e for e in coded(coders["fr"], text, "fr") if e[0] in ("CONSULT", "AGREE")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Hamas attacked Israel. The United States criticised Iran. Iran denies supplying "
            "the group with weapons.",
        ),
        (
            "fr",
            "Le Hamas a attaqué Israël. Les États-Unis ont critiqué l'Iran. L'Iran dément "
            "armer le mouvement.",
        ),
    ],
)
def test_the_group_is_the_armed_group_named_last(
    coders: dict[str, Coder], lang: str, text: str
) -> None:
    article = make_article(text, lang)
    hamas = Actor("hamas", "Hamas", "group", "PSE", sector="REB")
    start = text.index("Hamas")
    hamas.mentions = [Span(start, start + 5, "Hamas")]
    article.actors.append(hamas)
    found = [described(article, e) for e in coders[lang].code_article(article)]
    assert any(t == "AID" and s == {"IRN"} and o == {"PSE"} for t, s, o, _ in found), found


@pytest.mark.parametrize(
    ("lang", "text", "target"),
    [
        (
            "en",
            "China criticised Japan and South Korea. Russia accused the two of meddling in "
            "China's affairs.",
            {"JPN", "KOR"},
        ),
        ("en", "Israel and Lebanon clashed. France urged both to stand down.", {"ISR"}),
        (
            "fr",
            "La Russie et l'Ukraine s'affrontent. La France a exhorté les deux à négocier.",
            {"UKR"},
        ),
    ],
)
def test_a_number_standing_for_a_group_is_the_last_parties(
    coders: dict[str, Coder], lang: str, text: str, target: set[str]
) -> None:
    found = [e for e in coded(coders[lang], text, lang) if e[0] in ("ACCUSE", "REQUEST")]
    assert found and target <= found[-1][2] and "CHN" not in found[-1][2], found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Iran attacked Israel. France urged all parties to show restraint."),
        ("fr", "L'Iran a attaqué Israël. La France a exhorté toutes les parties à la retenue."),
    ],
)
def test_all_parties_are_the_last_two_named(coders: dict[str, Coder], lang: str, text: str) -> None:
    found = [e for e in coded(coders[lang], text, lang) if e[0] == "REQUEST"]
    assert found and found[0][2] == {"IRN", "ISR"}, found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "L'Allemagne a arraisonné un navire. L'équipage, composé de marins russes, a été "
            "placé en garde à vue.",
        ),
        ("en", "Germany seized a tanker. Its crew, made up of Russian sailors, was detained."),
    ],
)
def test_the_subject_of_an_agentless_passive_undergoes_it(
    coders: dict[str, Coder], lang: str, text: str
) -> None:
    assert ("COERCE", frozenset({"DEU"}), frozenset({"RUS"}), "asserted") in coded(
        coders[lang], text, lang
    )


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "The ambassadors of Germany and France were summoned in Tehran on Monday.",
            ("ACCUSE", {"IRN"}, {"DEU"}),
        ),
        (
            "fr",
            "Les ambassadeurs d'Allemagne et de France ont été convoqués à Téhéran lundi.",
            ("ACCUSE", {"IRN"}, {"DEU"}),
        ),
        (
            "en",
            "The Ukrainian ambassador was expelled, the Russian foreign ministry said.",
            ("SANCTION", {"RUS"}, {"UKR"}),
        ),
    ],
)
def test_an_agentless_passive_is_done_by_the_state_of_its_place_or_its_reporter(
    coders: dict[str, Coder], lang: str, text: str, expected: tuple[str, set[str], set[str]]
) -> None:
    kind, source, target = expected
    found = coded(coders[lang], text, lang)
    assert any(e[0] == kind and e[1] == source and target <= e[2] for e in found), found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "L'Allemagne a critiqué la Russie. Deux diplomates russes ont été expulsés à Paris. "
            "Moscou a rejeté ces accusations.",
        ),
        (
            "en",
            "Germany criticised Russia. Two Russian diplomats were expelled in Paris. Moscow "
            "rejected the accusations.",
        ),
    ],
)
def test_a_guessed_doer_of_a_passive_is_not_who_later_sentences_answer(
    coders: dict[str, Coder], lang: str, text: str
) -> None:
    assert ("REJECT", frozenset({"RUS"}), frozenset({"DEU"}), "asserted") in coded(
        coders[lang], text, lang
    )


def test_a_name_parsed_as_a_complement_is_the_object(coders: dict[str, Coder]) -> None:
    text = (
        "La France a averti que toute riposte risquait d'entraîner la région dans une "
        "escalade et a appelé Israël à la retenue."
    )
    assert ("REQUEST", frozenset({"FRA"}), frozenset({"ISR"}), "asserted") in coded(
        coders["fr"], text, "fr"
    )


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "La Chine a critiqué le Japon. Le secrétaire d'État américain est arrivé jeudi à "
            "Séoul. Il a exhorté le Japon à la retenue.",
        ),
        (
            "en",
            "China criticised Japan. The U.S. secretary of state arrived in Seoul on Thursday. "
            "He urged Japan to show restraint.",
        ),
    ],
)
def test_he_or_she_is_whom_the_sentence_before_is_about(
    coders: dict[str, Coder], lang: str, text: str
) -> None:
    assert ("REQUEST", frozenset({"USA"}), frozenset({"JPN"}), "asserted") in coded(
        coders[lang], text, lang
    )


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Russia and Ukraine clashed again. The European Union criticised China. Josep "
            "Borrell urged both sides to show restraint.",
        ),
        (
            "fr",
            "La Russie et l'Ukraine se sont de nouveau affrontées. L'Union européenne a "
            "critiqué la Chine. Josep Borrell a exhorté les deux parties à la retenue.",
        ),
    ],
)
def test_a_group_an_official_acts_on_is_not_the_organisation_they_serve(
    coders: dict[str, Coder], lang: str, text: str
) -> None:
    article = make_article(text, lang, names=["Russia", "Ukraine", "China"])
    for name, kind, form in (
        ("European Union", "organization", "européenne" if lang == "fr" else "European Union"),
        ("Josep Borrell", "person", "Josep Borrell"),
    ):
        start = text.index(form)
        actor = Actor("org:eu" if kind == "organization" else name, name, kind, None, "IGO")
        actor.mentions = [Span(start, start + len(form), form)]
        article.actors.append(actor)
    found = [described(article, e) for e in coders[lang].code_article(article)]
    requests = [e for e in found if e[0] == "REQUEST"]
    assert requests and "European Union" not in requests[0][2], found


def test_all_countries_are_not_the_last_two_named(coders: dict[str, Coder]) -> None:
    text = "Iran attacked Israel. France urged all countries to cut ties with Russia."
    found = [e for e in coded(coders["en"], text, "en") if e[0] == "REQUEST"]
    assert all(e[2] != {"IRN", "ISR"} for e in found), found


def test_a_statement_with_no_time_is_on_the_day_the_lead_gives(coders: dict[str, Coder]) -> None:
    text = (
        "La Russie a bombardé l'Ukraine mardi. Des écoles ont été touchées. "
        "Les secours sont mobilisés. Les États-Unis ont accusé la Russie."
    )
    assert ("ACCUSE", "2024-06-18") in dates_of(coders["fr"], text, "fr")


def test_a_word_inside_an_organisation_s_name_is_no_trigger(coders: dict[str, Coder]) -> None:
    name = "Organisation du traité de sécurité collective"
    text = f"La Biélorussie a gelé sa participation à l'{name}."
    article = make_article(text, "fr", names=["Belarus"])
    start = text.index(name)
    actor = Actor("org:csto", "CSTO", "organization", None, "IGO")
    actor.mentions = [Span(start, start + len(name), name)]
    article.actors.append(actor)
    found = [described(article, e) for e in coders["fr"].code_article(article)]
    assert all(e[0] != "AGREE" for e in found), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Les soldats russes ont pris position à la frontière.",
            ("MOBILIZE", frozenset({"RUS"}), frozenset({"RUS"}), "asserted"),
        ),
        (
            "La Corée du Nord a menacé de riposter contre la Corée du Sud.",
            ("ASSAULT", frozenset({"PRK"}), frozenset({"KOR"}), "hypothetical"),
        ),
        (
            "La Russie renoncera à toute nouvelle mesure contre l'Ukraine.",
            ("CONCEDE", frozenset({"RUS"}), frozenset({"UKR"}), "future"),
        ),
        (
            "Israël s'est dit « préoccupé » par le rôle joué par l'Iran.",
            ("ACCUSE", frozenset({"ISR"}), frozenset({"IRN"}), "asserted"),
        ),
    ],
)
def test_french_senses_of_common_news_verbs(
    coders: dict[str, Coder], text: str, expected: tuple[str, frozenset[str], frozenset[str], str]
) -> None:
    assert expected in coded(coders["fr"], text, "fr")


def test_finding_oneself_drawn_in_is_no_meeting(coders: dict[str, Coder]) -> None:
    text = "La Biélorussie se retrouve entraînée dans la crise avec la Russie."
    assert all(e[0] != "CONSULT" for e in coded(coders["fr"], text, "fr"))


def test_a_definite_noun_points_back_to_the_event_told_before(coders: dict[str, Coder]) -> None:
    text = (
        "Russia and Ukraine held talks in Istanbul on Monday. The talks between Russia and "
        "Ukraine lasted two hours. Since the invasion of Ukraine by Russia in 2022, Kyiv has "
        "rebuilt its army. Russia invaded Ukraine again."
    )
    found = coded(coders["en"], text, "en")
    assert [e[0] for e in found].count("CONSULT") == 1, found
    assert [e[0] for e in found].count("ASSAULT") == 2, found  # the invasion, then another


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In January, Washington refused to rule out military action against Iran.",
            ("THREATEN", {"USA"}, {"IRN"}, "asserted"),
        ),
        (
            "Russia sentenced the American to 16 years in a penal colony.",
            ("COERCE", {"RUS"}, {"USA"}, "asserted"),
        ),
        (
            "Russian fire on Ukrainian positions killed two soldiers.",
            ("ASSAULT", {"RUS"}, {"UKR"}, "asserted"),
        ),
        (
            "Russia revoked its military cooperation agreement with the United States.",
            ("SANCTION", {"RUS"}, {"USA"}, "asserted"),
        ),
        (
            "Georgian soldiers took up positions in Tbilisi.",
            ("MOBILIZE", {"GEO"}, {"GEO"}, "asserted"),
        ),
        (
            "Russia has waged an insurgency against Ukraine for years.",
            ("ASSAULT", {"RUS"}, {"UKR"}, "asserted"),
        ),
    ],
)
def test_english_news_senses(
    coders: dict[str, Coder], text: str, expected: tuple[str, set[str], set[str], str]
) -> None:
    """A refusal to rule out is a threat whatever the time adverbial ("In January"); a
    sentence is coercion; fire on positions an assault; revoking an agreement a sanction;
    troops taking up positions a mobilisation; an insurgency an assault."""
    check(coders["en"], "en", text, expected)


def _sense_type(coder: Coder, text: str, word: str) -> str | None:
    article = make_article(text, "en")
    assert article.doc is not None
    token = next(t for t in article.doc if t.text == word)
    found = coder.sense(token)
    return found[0].type if found else None


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # "according to" is no "accord" struck
        (
            "The ship was struck by a missile but suffered minor damage, according to officials.",
            "struck",
            "ASSAULT",
        ),
        # a mission launched is a deployment, whatever its mandate says of strikes
        (
            "The European Union launched a naval mission, though its mandate does not allow it "
            "to strike targets on land.",
            "launched",
            "MOBILIZE",
        ),
        # a plan meets standards, not people
        ("The agency concluded that the plan met international safety standards.", "met", None),
        # speaking through a spokesman is no conversation
        ("Speaking through his spokesman, he condemned the strikes.", "Speaking", None),
    ],
)
def test_english_sense_conditions(
    coders: dict[str, Coder], text: str, word: str, expected: str | None
) -> None:
    assert _sense_type(coders["en"], text, word) == expected


def test_a_ban_on_the_opposition_is_coercion_at_home(coders: dict[str, Coder]) -> None:
    """Banning opposition candidates, newspapers or rallies restricts one's own people
    (COERCE); banning another country's goods is a sanction."""
    home = coded(coders["en"], "Russia has banned opposition candidates from the election.", "en")
    assert ("COERCE", frozenset({"RUS"}), frozenset({"RUS"}), "asserted") in home, home
    abroad = coded(coders["en"], "Russia banned imports of Ukrainian grain.", "en")
    assert ("SANCTION", frozenset({"RUS"}), frozenset({"UKR"}), "asserted") in abroad, abroad


def test_an_appeal_to_a_court_is_no_request(coders: dict[str, Coder]) -> None:
    """A legal appeal is a step in a trial, not a request of another actor."""
    text = "The government said it would appeal to the Court of Cassation."
    assert _sense_type(coders["en"], text, "appeal") is None


def test_an_announced_measure_is_done_when_the_text_dates_it(coders: dict[str, Coder]) -> None:
    text = "The United States announced sanctions against Iran in March."
    assert coded(coders["en"], text, "en") == [("SANCTION", {"USA"}, {"IRN"}, "asserted")]
    assert dates_of(coders["en"], text, "en") == [("SANCTION", "2024-03")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Japan criticised South Korea. Thousands of people rallied in Seoul on Saturday."),
        (
            "fr",
            "Le Japon a critiqué la Corée du Sud. Des milliers de personnes ont manifesté à Séoul.",
        ),
    ],
)
def test_protesters_no_phrase_names_are_the_people_of_the_place(
    coders: dict[str, Coder], lang: str, text: str
) -> None:
    found = [e for e in coded(coders[lang], text, lang) if e[0] == "PROTEST"]
    assert found and all(e[1] == {"KOR"} for e in found), found


def test_an_opposition_acts_on_its_own_government_when_no_one_is_named(
    coders: dict[str, Coder],
) -> None:
    text = (
        "Japan and South Korea signed a trade deal. The opposition Democrats criticised the text."
    )
    article = make_article(text, "en", names=["Japan", "South Korea"])
    start = text.index("Democrats")
    actor = Actor("Democratic Party", "Democratic Party", "organization", "KOR", "OPP")
    actor.mentions = [Span(start, start + len("Democrats"), "Democrats")]
    article.actors.append(actor)
    found = [described(article, e) for e in coders["en"].code_article(article)]
    accusations = [e for e in found if e[0] == "ACCUSE"]
    assert accusations and accusations[0][2] == {"KOR"}, found


def test_a_mutual_act_with_one_side_takes_the_other_party_named_before(
    coders: dict[str, Coder],
) -> None:
    text = "North Korea fired a missile on Monday. Japan held talks on Friday."
    found = [e for e in coded(coders["en"], text, "en") if e[0] == "CONSULT"]
    assert found and all(e[1] == {"JPN", "PRK"} for e in found), found


def test_a_mutual_act_with_one_side_and_no_one_else_is_no_event(
    coders: dict[str, Coder],
) -> None:
    found = coded(coders["en"], "Moscow described the conversation as useful.", "en")
    assert all(e[0] != "CONSULT" for e in found), found


def test_a_conjunct_names_the_mention_within_it_not_one_spilling_out(
    coders: dict[str, Coder],
) -> None:
    text = "Russia attacked Germany. The European Union and NATO both condemned the campaign."
    article = make_article(text, "en", names=["Russia", "Germany"])
    for name, forms in (
        ("European Union", ("European Union", "European Union and NATO")),
        ("NATO", ("NATO",)),
    ):
        actor = Actor(f"org:{name}", name, "organization", None, "IGO")
        actor.mentions = [Span(text.index(f), text.index(f) + len(f), f) for f in forms]
        article.actors.append(actor)
    found = [described(article, e) for e in coders["en"].code_article(article)]
    accusations = [e for e in found if e[0] == "ACCUSE"]
    assert accusations and "NATO" in accusations[0][1], found


def test_a_genitive_does_not_name_the_source_by_a_phrase_it_holds_for_the_target(
    coders: dict[str, Coder],
) -> None:
    text = "Moscou a démenti tout transfert de technologie balistique vers Pyongyang."
    found = [e for e in coded(coders["fr"], text, "fr") if e[0] == "AID"]
    assert found and all(e[1] == {"RUS"} and e[2] == {"PRK"} for e in found), found


def test_words_to_a_state_body_of_no_state_named_go_to_the_state_of_the_article(
    coders: dict[str, Coder],
) -> None:
    text = (
        "South Korea imposed a blockade on the islands on Monday. Seoul said the blockade "
        "would last a week. North Korea criticised the blockade. "
        "Japan urged the government to lift the blockade."
    )
    found = [e for e in coded(coders["en"], text, "en") if e[0] == "REQUEST"]
    assert found and all(e[2] == {"KOR"} for e in found), found


def test_a_state_s_words_to_its_own_body_are_an_event(coders: dict[str, Coder]) -> None:
    text = (
        "Yoon Suk-yeol a ordonné à l'armée de regagner ses casernes. "
        "Yoon a exhorté l'armée à se retirer."
    )
    found = [e for e in coded(coders["fr"], text, "fr") if e[0] == "REQUEST"]
    assert ("REQUEST", {"KOR"}, {"KOR"}, "asserted") in found, found


def test_a_mutual_act_of_one_side_named_by_a_plural_is_among_its_members(
    coders: dict[str, Coder],
) -> None:
    found = coded(coders["en"], "Georgia's rival parties resumed talks on Monday.", "en")
    assert ("CONSULT", {"GEO"}, {"GEO"}, "asserted") in found, found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Belarus skipped the summit with Russia in Moscow."),
        ("fr", "La Biélorussie a boudé le sommet avec la Russie à Moscou."),
    ],
)
def test_a_meeting_skipped_did_not_take_place(
    coders: dict[str, Coder], lang: str, text: str
) -> None:
    assert ("CONSULT", {"BLR", "RUS"}, {"BLR", "RUS"}, "negated") in coded(coders[lang], text, lang)


def test_the_genitive_of_an_expulsion_is_the_expelled_not_the_expeller(
    coders: dict[str, Coder],
) -> None:
    text = "Moscou a décidé l'expulsion de l'ambassadeur de France en janvier."
    found = coded(coders["fr"], text, "fr")
    assert ("SANCTION", {"RUS"}, {"FRA"}, "asserted") in found, found


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
    assert len([e for e in coded(coders["en"], text, "en") if e[0] == "AGREE"]) == 1


def test_a_new_or_second_noun_event_is_one_more(coders: dict[str, Coder]) -> None:
    text = (
        "Russia and Ukraine held talks in Istanbul on Monday. The new talks between Russia and "
        "Ukraine lasted two hours."
    )
    assert [e[0] for e in coded(coders["en"], text, "en")].count("CONSULT") == 2


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Germany met EU leaders on Monday. Russia condemned the move."),
        (
            "fr",
            "L'Allemagne a accueilli lundi un sommet de l'UE. La Russie a condamné ce choix.",
        ),
    ],
)
def test_words_to_no_one_named_go_to_a_state_before_an_organisation_named_nearer(
    coders: dict[str, Coder], lang: str, text: str
) -> None:
    found = [e for e in coded(coders[lang], text, lang) if e[0] == "ACCUSE"]
    assert ("ACCUSE", {"RUS"}, {"DEU"}, "asserted") in found, found


def test_a_refusal_to_no_one_named_may_go_to_the_organisation_named_nearest(
    coders: dict[str, Coder],
) -> None:
    found = coded(coders["en"], "Germany met EU leaders on Monday. Russia rejected the move.", "en")
    assert ("REJECT", {"RUS"}, {"European Union"}, "asserted") in found, found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Germany met EU leaders on Monday. Russia's condemnation came at once."),
        (
            "fr",
            "L'Allemagne a reçu lundi un sommet de l'UE. La condamnation de la Russie a suivi.",
        ),
    ],
)
def test_a_noun_s_unnamed_target_is_a_state_before_an_organisation_named_nearer(
    coders: dict[str, Coder], lang: str, text: str
) -> None:
    found = [e for e in coded(coders[lang], text, lang) if e[0] == "ACCUSE"]
    assert ("ACCUSE", {"RUS"}, {"DEU"}, "asserted") in found, found


def test_talks_of_one_opposition_alone_are_no_event(coders: dict[str, Coder]) -> None:
    text = "The Georgian Dream party held talks on Monday."
    article = make_article(text, "en", names=[])
    form = "The Georgian Dream party"
    actor = Actor("org:gd", "Georgian Dream", "organization", "GEO", "OPP")
    actor.mentions = [Span(0, len(form), form)]
    article.actors.append(actor)
    found = [described(article, e) for e in coders["en"].code_article(article)]
    assert not [e for e in found if e[0] == "CONSULT"], found


def test_a_statement_is_on_the_day_the_lead_names_when_the_lead_has_no_event(
    coders: dict[str, Coder],
) -> None:
    text = "Le texte a été voté mardi soir par 287 voix. Les États-Unis ont accusé la Russie."
    assert ("ACCUSE", "2024-06-18") in dates_of(coders["fr"], text, "fr")


@pytest.mark.parametrize(("gap", "date"), [(" ", "2024-06-17"), ("\n\n", "2024-06-20")])
def test_a_fact_takes_the_occasion_of_its_paragraph(
    coders: dict[str, Coder], gap: str, date: str | None
) -> None:
    text = (
        "Russia bombed Ukraine. The United States met China on Monday. Schools were hit. "
        f"Rescuers are at work.{gap}Japan accused China of spying."
    )
    assert dates_of(coders["en"], text, "en")[-1] == ("ACCUSE", date)


def test_the_lead_is_the_sentence_after_a_dateline_alone(coders: dict[str, Coder]) -> None:
    text = "KIEV, 20 juin (AOP) -\n\nLa Russie a bombardé Kiev."
    assert dates_of(coders["fr"], text, "fr") == [("ASSAULT", "2024-06-20")]


TRIGGERS: list[tuple[str, str, str, tuple[str, set[str], set[str], str]]] = [
    (
        "insult",
        "fr",
        "Les insultes de la Chine contre les Philippines se multiplient.",
        ("ACCUSE", {"CHN"}, {"PHL"}, "asserted"),
    ),
    (
        "murder",
        "fr",
        "Le meurtre d'un diplomate russe par l'Ukraine a choqué.",
        ("ASSAULT", {"UKR"}, {"RUS"}, "asserted"),
    ),
    (
        "awaiting explanations",
        "fr",
        "La Russie a déclaré : « Nous attendons des explications de l'Ukraine. »",
        ("REQUEST", {"RUS"}, {"UKR"}, "asserted"),
    ),
    (
        "not ruling out any option",
        "fr",
        "La Chine n'exclut aucune option contre les Philippines.",
        ("THREATEN", {"CHN"}, {"PHL"}, "asserted"),
    ),
    (
        "measures to come",
        "fr",
        "La Russie prendra toutes les mesures nécessaires contre l'Ukraine.",
        ("THREATEN", {"RUS"}, {"UKR"}, "asserted"),
    ),
    (
        "trading insults",
        "en",
        "China's insults against the Philippines continued.",
        ("ACCUSE", {"CHN"}, {"PHL"}, "asserted"),
    ),
    (
        "murder",
        "en",
        "Russia's murder of a Ukrainian journalist outraged the world.",
        ("ASSAULT", {"RUS"}, {"UKR"}, "asserted"),
    ),
    (
        "null and void",
        "en",
        "Russia said the decision by China was null and void.",
        ("REJECT", {"RUS"}, {"CHN"}, "asserted"),
    ),
    (
        "untrue",
        "en",
        "Ukraine said the claim by Russia was untrue.",
        ("REJECT", {"UKR"}, {"RUS"}, "asserted"),
    ),
]


@pytest.mark.parametrize(
    ("name", "lang", "text", "expected"), TRIGGERS, ids=[f"{r[1]}-{r[0]}" for r in TRIGGERS]
)
def test_general_triggers(
    coders: dict[str, Coder],
    name: str,
    lang: str,
    text: str,
    expected: tuple[str, set[str], set[str], str],
) -> None:
    check(coders[lang], lang, text, expected)


def test_measures_already_taken_are_no_threat(coders: dict[str, Coder]) -> None:
    found = coded(coders["fr"], "La Russie a pris des mesures contre l'Ukraine.", "fr")
    assert not [e for e in found if e[0] == "THREATEN"], found


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Russia took Crimea from Ukraine by force.", ("ASSAULT", {"RUS"}, {"UKR"})),
        ("fr", "La Russie a pris Kiev par la force.", ("ASSAULT", {"RUS"}, {"UKR"})),
        (
            "en",
            "This attack by Israel will not go unanswered, Iran said.",
            ("THREATEN", {"IRN"}, {"ISR"}),
        ),
    ],
)
def test_taking_by_force_is_an_assault_and_an_answer_promised_a_threat(
    coders: dict[str, Coder], lang: str, text: str, expected: tuple[str, set[str], set[str]]
) -> None:
    kind, source, target = expected
    check(coders[lang], lang, text, (kind, source, target, "asserted"))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "La Corée du Sud répondrait avec fermeté à toute provocation de la Corée du Nord."),
        ("en", "South Korea said it would respond to any provocation by North Korea."),
    ],
)
def test_a_response_to_come_is_a_threat_made_now(
    coders: dict[str, Coder], lang: str, text: str
) -> None:
    check(coders[lang], lang, text, ("THREATEN", {"KOR"}, {"PRK"}, "asserted"))


def test_a_response_given_is_no_threat(coders: dict[str, Coder]) -> None:
    found = coded(coders["fr"], "La Corée du Sud a répondu à la Corée du Nord.", "fr")
    assert not [e for e in found if e[0] == "THREATEN"], found


def test_not_heeding_a_warning_is_a_refusal(coders: dict[str, Coder]) -> None:
    text = "Russia did not heed the warning of the United States."
    check(coders["en"], "en", text, ("REJECT", {"RUS"}, {"USA"}, "asserted"))


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "fr",
            "Pour Manille, une telle qualification pourrait déclencher l'article IV du traité "
            "de défense mutuelle signé en 1951 avec les États-Unis.",
            ("AGREE", {"PHL", "USA"}, {"PHL", "USA"}, "asserted"),
        ),
        (
            "en",
            "The clash could derail an arrangement agreed by Manila and Beijing in July.",
            ("AGREE", {"PHL", "CHN"}, {"PHL", "CHN"}, "asserted"),
        ),
    ],
)
def test_an_act_a_past_participle_describes_is_done_whatever_the_clause(
    coders: dict[str, Coder], lang: str, text: str, expected: tuple[str, set[str], set[str], str]
) -> None:
    check(coders[lang], lang, text, expected)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "fr",
            "La France a accepté de livrer des armes à l'Ukraine.",
            ("AID", {"FRA"}, {"UKR"}, "future"),
        ),
        (
            "en",
            "France agreed last October to supply Ukraine with air-defence radars.",
            ("AID", {"FRA"}, {"UKR"}, "future"),
        ),
    ],
)
def test_the_act_agreed_to_is_to_come(
    coders: dict[str, Coder], lang: str, text: str, expected: tuple[str, set[str], set[str], str]
) -> None:
    check(coders[lang], lang, text, expected)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "fr",
            "Vladimir Poutine et Joe Biden se sont rencontrés à Genève, sans parvenir à "
            "s'entendre sur un accord.",
            ("AGREE", {"RUS", "USA"}, {"RUS", "USA"}, "negated"),
        ),
        (
            "en",
            "Joe Biden listened a lot and promised nothing to Ukraine.",
            ("AGREE", {"USA"}, {"UKR"}, "negated"),
        ),
        (
            "fr",
            "Joe Biden n'a rien promis à l'Ukraine.",
            ("AGREE", {"USA"}, {"UKR"}, "negated"),
        ),
    ],
)
def test_without_and_nothing_negate_the_act(
    coders: dict[str, Coder], lang: str, text: str, expected: tuple[str, set[str], set[str], str]
) -> None:
    check(coders[lang], lang, text, expected)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "fr",
            "La France a annoncé la vente de missiles à l'Ukraine.",
            ("AID", {"FRA"}, {"UKR"}, "future"),
        ),
        (
            "en",
            "The United States announced the deployment of two frigates to the Philippines.",
            ("MOBILIZE", {"USA"}, {"PHL"}, "future"),
        ),
    ],
)
def test_a_material_act_announced_is_to_come(
    coders: dict[str, Coder], lang: str, text: str, expected: tuple[str, set[str], set[str], str]
) -> None:
    check(coders[lang], lang, text, expected)


def test_a_plan_made_long_before_the_news_is_not_dated_by_it(coders: dict[str, Coder]) -> None:
    # the promise itself was made last October; the supply it plans is still to come
    text = "The United States agreed last October to supply missiles to Ukraine."
    dated = [(kind, date) for kind, date in dates_of(coders["en"], text, "en") if kind != "AGREE"]
    assert dated and all(date is None for _, date in dated)


@pytest.mark.parametrize(
    ("lang", "text", "threat"),
    [
        (
            "en",
            "Japan said it could impose new sanctions on North Korea.",
            ("THREATEN", frozenset({"JPN"}), frozenset({"PRK"}), "asserted"),
        ),
        (
            "fr",
            "Le Japon a déclaré qu'il pourrait imposer de nouvelles sanctions à la Corée du Nord.",
            ("THREATEN", frozenset({"JPN"}), frozenset({"PRK"}), "asserted"),
        ),
    ],
)
def test_a_side_saying_it_could_strike_threatens(
    coders: dict[str, Coder], lang: str, text: str, threat: tuple[str, frozenset[str], ...]
) -> None:
    found = coded(coders[lang], text, lang)
    assert threat in found, found
    assert ("SANCTION", threat[1], threat[2], "hypothetical") in found, found


def test_a_possibility_the_article_weighs_is_no_threat(coders: dict[str, Coder]) -> None:
    found = coded(coders["en"], "Japan could impose new sanctions on North Korea.", "en")
    assert all(kind != "THREATEN" for kind, *_ in found), found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The American trade offensive against China worried markets."),
        ("fr", "L'offensive commerciale des États-Unis contre la Chine inquiète les marchés."),
    ],
)
def test_a_trade_offensive_is_no_attack(coders: dict[str, Coder], lang: str, text: str) -> None:
    found = coded(coders[lang], text, lang)
    assert all(kind != "ASSAULT" for kind, *_ in found), found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Russia and China agreed to meet every year and to hold joint exercises."),
        (
            "fr",
            "La Russie et la Chine ont convenu de se rencontrer chaque année "
            "et de coopérer dans l'Arctique.",
        ),
    ],
)
def test_every_act_agreed_is_to_come(coders: dict[str, Coder], lang: str, text: str) -> None:
    found = coded(coders[lang], text, lang)
    acts = [modality for kind, *_, modality in found if kind == "COOPERATE"]
    assert acts and all(modality == "future" for modality in acts), found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "L'Union européenne a imposé des sanctions à la Biélorussie. "
            "L'Ukraine a salué une décision attendue depuis longtemps.",
        ),
        (
            "en",
            "The European Union imposed sanctions on Belarus. Ukraine welcomed the decision.",
        ),
    ],
)
def test_words_about_a_decision_are_aimed_at_the_body_that_took_it(
    coders: dict[str, Coder], lang: str, text: str
) -> None:
    found = coded(coders[lang], text, lang)
    assert ("SUPPORT", frozenset({"UKR"}), frozenset({"European Union"}), "asserted") in found, (
        found
    )


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fr", "L'Iran a tiré des dizaines de drones vers Israël.", ("IRN", "ISR")),
        ("fr", "La Russie a tiré des obus vers l'Ukraine.", ("RUS", "UKR")),
        ("en", "Iran fired drones toward Israel.", ("IRN", "ISR")),
        ("en", "Russia fired rockets toward Ukraine.", ("RUS", "UKR")),
    ],
)
def test_rockets_shells_and_drones_fired_are_an_attack(
    coders: dict[str, Coder], lang: str, text: str, expected: tuple[str, str]
) -> None:
    found = coded(coders[lang], text, lang)
    source, target = expected
    assert ("ASSAULT", frozenset({source}), frozenset({target}), "asserted") in found, found
    assert not any(kind == "MOBILIZE" for kind, *_ in found), found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Le président ukrainien a affirmé qu'aucune troupe russe ne sera déployée en Ukraine.",
        ),
        ("fr", "L'Ukraine ne tolérera aucune attaque de la Russie."),
        ("en", "Ukraine would not be intimidated by Russia."),
        ("en", "Ukraine will not tolerate any Russian attack."),
    ],
)
def test_an_act_negated_in_the_future_is_resolve_not_an_event(
    coders: dict[str, Coder], lang: str, text: str
) -> None:
    assert coded(coders[lang], text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "La Russie n'a pas déployé de troupes en Ukraine."),
        ("en", "Russia did not deploy troops in Ukraine."),
    ],
)
def test_an_act_negated_in_the_past_is_still_coded(
    coders: dict[str, Coder], lang: str, text: str
) -> None:
    found = coded(coders[lang], text, lang)
    assert ("MOBILIZE", frozenset({"RUS"}), frozenset({"UKR"}), "negated") in found, found


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fr", "La France n'exclut pas des frappes contre la Russie.", ("ASSAULT", "FRA", "RUS")),
        (
            "fr",
            "L'Ukraine n'excluait aucune option, y compris la fermeture totale de la frontière "
            "avec la Russie.",
            ("SANCTION", "UKR", "RUS"),
        ),
        ("en", "The United States has not ruled out strikes on Russia.", ("ASSAULT", "USA", "RUS")),
        (
            "en",
            "Washington did not exclude new sanctions against Russia.",
            ("SANCTION", "USA", "RUS"),
        ),
    ],
)
def test_an_act_not_ruled_out_is_possible_not_negated(
    coders: dict[str, Coder], lang: str, text: str, expected: tuple[str, str, str]
) -> None:
    found = coded(coders[lang], text, lang)
    kind, source, target = expected
    assert (kind, frozenset({source}), frozenset({target}), "hypothetical") in found, found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "La Russie a accusé les États-Unis d'armer l'Ukraine, ce que Washington a "
            "toujours nié.",
        ),
        ("en", "Russia accused the United States of arming Ukraine, which Washington denied."),
        (
            "en",
            "Russia said the United States supplied weapons to Ukraine, which Washington denies.",
        ),
    ],
)
def test_an_act_a_relative_then_denies_is_denied(
    coders: dict[str, Coder], lang: str, text: str
) -> None:
    found = coded(coders[lang], text, lang)
    assert ("AID", frozenset({"USA"}), frozenset({"UKR"}), "denied") in found, found


def test_neither_confirming_nor_denying_denies_nothing(coders: dict[str, Coder]) -> None:
    text = "Russia said its forces had shot down five Ukrainian jets, which Kyiv has neither "
    text += "confirmed nor denied."
    found = coded(coders["en"], text, "en")
    assert ("ASSAULT", frozenset({"RUS"}), frozenset({"UKR"}), "asserted") in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Russia has not forgotten the decision of the United States to send tanks to Ukraine.",
        "Russia did not welcome the decision of the United States to send tanks to Ukraine.",
    ],
)
def test_a_negation_does_not_reach_an_act_under_a_definite_noun(
    coders: dict[str, Coder], text: str
) -> None:
    found = coded(coders["en"], text, "en")
    assert ("AID", frozenset({"USA"}), frozenset({"UKR"}), "asserted") in found, found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Le président sud-coréen a décrété la loi martiale."),
        ("en", "South Korea's president declared martial law."),
        ("en", "Seoul declared emergency martial law."),
    ],
)
def test_declaring_martial_law_coerces_the_country_itself(
    coders: dict[str, Coder], lang: str, text: str
) -> None:
    found = coded(coders[lang], text, lang)
    assert ("COERCE", frozenset({"KOR"}), frozenset({"KOR"}), "asserted") in found, found


@pytest.mark.parametrize(
    ("lang", "text", "target"),
    [
        ("fr", "Moscou a émis un mandat d'arrêt contre le commandant ukrainien.", "UKR"),
        ("fr", "Le procureur russe a annoncé des mandats d'arrêt contre quinze opposants.", "RUS"),
        ("en", "The Kremlin issued an arrest warrant for the Ukrainian commander.", "UKR"),
        ("en", "A Russian court issued an arrest warrant for the opposition leader.", "RUS"),
    ],
)
def test_an_arrest_warrant_coerces_whom_it_names_else_the_issuer_s_own(
    coders: dict[str, Coder], lang: str, text: str, target: str
) -> None:
    found = coded(coders[lang], text, lang)
    assert found == [("COERCE", frozenset({"RUS"}), frozenset({target}), "asserted")], found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Le gouvernement russe a coupé l'internet mobile."),
        ("en", "The Russian government shut down the internet in Moscow."),
        ("en", "Russian authorities cut internet access across the country."),
    ],
)
def test_shutting_down_the_internet_coerces_the_country_itself(
    coders: dict[str, Coder], lang: str, text: str
) -> None:
    found = coded(coders[lang], text, lang)
    assert ("COERCE", frozenset({"RUS"}), frozenset({"RUS"}), "asserted") in found, found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Les mercenaires russes ont lancé une mutinerie."),
        ("fr", "Les mercenaires russes ont lancé une rébellion contre Moscou."),
        ("en", "Russian mercenaries launched a mutiny."),
        ("en", "Russian mercenaries launched a revolt against Moscow."),
    ],
)
def test_a_mutiny_is_the_state_s_own_forces_assaulting_it(
    coders: dict[str, Coder], lang: str, text: str
) -> None:
    found = coded(coders[lang], text, lang)
    assert ("ASSAULT", frozenset({"RUS"}), frozenset({"RUS"}), "asserted") in found, found


def test_a_judgement_participle_is_the_adjective(coders: dict[str, Coder]) -> None:
    text = (
        "Israël a frappé le Liban. "
        "« Les frappes israéliennes sont disproportionnées », a déclaré la France."
    )
    found = coded(coders["fr"], text, "fr")
    assert ("ACCUSE", frozenset({"FRA"}), frozenset({"ISR"}), "asserted") in found, found


def test_a_judgement_noun_as_a_predicate_is_an_accusation(coders: dict[str, Coder]) -> None:
    text = (
        "China banned imports from the Philippines. "
        "The Philippines said the ban was economic coercion."
    )
    found = coded(coders["en"], text, "en")
    assert ("ACCUSE", frozenset({"PHL"}), frozenset({"CHN"}), "asserted") in found, found


def test_a_judgement_to_come_is_no_accusation(coders: dict[str, Coder]) -> None:
    text = "Ukraine would consider any movement of Russian warships a violation of the deal."
    assert "ACCUSE" not in [e[0] for e in coded(coders["en"], text, "en")]


def test_the_complement_of_a_verb_of_judging_is_its_subject_s_judgement(
    coders: dict[str, Coder],
) -> None:
    text = "Russia shelled Ukrainian towns. Germany called the attacks on civilians reckless."
    found = coded(coders["en"], text, "en")
    assert [e for e in found if e[0] == "ACCUSE" and e[1] == frozenset({"DEU"})], found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "La Russie et la Corée du Nord ont signé un accord de défense. "
            "La Chine a salué l'accord avec Moscou.",
        ),
        (
            "en",
            "Russia and North Korea signed a mutual defence treaty. "
            "China welcomed the treaty with Moscow.",
        ),
        (
            "en",
            "Russia and North Korea signed a mutual defence treaty. "
            "Japan protested against the treaty.",
        ),
    ],
)
def test_an_act_told_before_and_named_as_a_reaction_s_topic_is_not_new(
    coders: dict[str, Coder], lang: str, text: str
) -> None:
    found = coded(coders[lang], text, lang)
    assert [e[0] for e in found].count("AGREE") == 1, found


def test_an_act_first_named_as_a_reaction_s_topic_is_coded(coders: dict[str, Coder]) -> None:
    text = "China welcomed the treaty between Russia and North Korea."
    found = coded(coders["en"], text, "en")
    assert "AGREE" in [e[0] for e in found], found


@pytest.mark.parametrize(
    "text",
    [
        "Russia attacked Ukraine. Attacks against Ukraine are totally unacceptable, Germany said.",
        "Russia attacked Ukraine. Germany called the attacks on Ukraine reckless.",
    ],
)
def test_a_judgement_of_an_act_blames_its_author_not_whom_it_hit(
    coders: dict[str, Coder], text: str
) -> None:
    found = coded(coders["en"], text, "en")
    assert ("ACCUSE", frozenset({"DEU"}), frozenset({"RUS"}), "asserted") in found, found
    assert not [e for e in found if e[0] == "ACCUSE" and "UKR" in e[2]], found


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Russia lodged a protest with Germany.", ("ACCUSE", {"RUS"}, {"DEU"}, "asserted")),
        (
            "fr",
            "La Russie a déclaré la guerre à l'Ukraine.",
            ("ASSAULT", {"RUS"}, {"UKR"}, "asserted"),
        ),
    ],
)
def test_a_diplomatic_protest_accuses_and_war_is_declared_on_a_party(
    coders: dict[str, Coder], lang: str, text: str, expected: tuple[str, set[str], set[str], str]
) -> None:
    check(coders[lang], lang, text, expected)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Germany blamed Russia for the attack. The next day Berlin suspended the "
            "energy treaty and expelled Russian military advisers.",
        ),
        (
            "fr",
            "La Russie a expulsé douze agents français. Paris a expulsé douze diplomates "
            "russes et rappelé son ambassadeur à Moscou.",
        ),
    ],
)
def test_coordinated_verbs_of_one_type_and_sides_are_two_acts(
    coders: dict[str, Coder], lang: str, text: str
) -> None:
    found = coded(coders[lang], text, lang)
    sides = ("DEU", "RUS") if lang == "en" else ("FRA", "RUS")
    act = ("SANCTION", frozenset({sides[0]}), frozenset({sides[1]}), "asserted")
    assert found.count(act) == 2, found


@pytest.mark.parametrize(
    ("lang", "text", "word", "verb"),
    [
        ("en", "The UN called for an investigation into the massacre.", "massacre", None),
        ("fr", "L'ONU a estimé le bilan du massacre à 30 morts.", "massacre", None),
        ("en", "Germany called the Russian attacks on Kharkiv reckless.", "reckless", "called"),
        ("en", "Germany described the strikes as reckless.", "reckless", "described"),
        ("en", "Moscow called the recall another unfriendly step.", "unfriendly", "called"),
        ("fr", "Le ministre a qualifié la position d'« ingérence ».", "ingérence", "qualifié"),
        ("fr", "Moscou a jugé « inacceptables » les tentatives de Kiev.", "inacceptables", "jugé"),
    ],
)
def test_a_word_in_another_prepositional_phrase_is_no_complement_of_a_verb_of_judging(
    coders: dict[str, Coder], lang: str, text: str, word: str, verb: str | None
) -> None:
    from newsgraph.events.reactions import judging_verb

    coder = coders[lang]
    token = next(t for t in make_article(text, lang).doc if t.text == word)
    found = judging_verb(coder.tree, coder.lexicon, token)
    assert (found.text if found is not None else None) == verb


def test_the_quotation_marks_of_a_possessive_are_the_language_s_quote_marks() -> None:
    from newsgraph.events.nominal import _quoted_apart
    from newsgraph.quotes.lexicon import load

    doc = make_article("Moscou a dénoncé « ses provocations ».", "fr").doc
    subject, owner = doc[0], next(t for t in doc if t.text == "ses")
    assert _quoted_apart(subject, owner, load("fr").marks)
    assert not _quoted_apart(subject, owner, (("“", "”"),))
    doc = make_article("Russia's envoy denounced ‘its provocations’.", "en").doc
    subject, owner = doc[0], next(t for t in doc if t.text == "its")
    assert _quoted_apart(subject, owner, load("en").marks)  # single quotes pair too


def test_a_plural_possessive_s_apostrophe_opens_no_quotation() -> None:
    from newsgraph.events.nominal import _quoted_apart
    from newsgraph.quotes.lexicon import load

    doc = make_article("Russia rejected the protesters' demands and its envoy left.", "en").doc
    subject, owner = doc[0], next(t for t in doc if t.text == "its")
    assert not _quoted_apart(subject, owner, load("en").marks)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "L'Allemagne a accusé la Russie de cyberattaques. La France a condamné la Russie. "
            "Moscou a rejeté ces accusations.",
        ),
        (
            "en",
            "Germany accused Russia of cyberattacks. France condemned Russia. Moscow rejected "
            "the accusations.",
        ),
    ],
)
def test_a_rejection_of_accusations_answers_the_first_accuser(
    coders: dict[str, Coder], lang: str, text: str
) -> None:
    found = coded(coders[lang], text, lang)
    assert ("REJECT", frozenset({"RUS"}), frozenset({"DEU"}), "asserted") in found, found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "L'Allemagne a imposé des sanctions à l'Iran. La France a imposé des sanctions à "
            "l'Iran. Téhéran a dénoncé les sanctions.",
        ),
        (
            "en",
            "Germany imposed sanctions on Iran. France imposed sanctions on Iran. Tehran "
            "denounced the sanctions.",
        ),
    ],
)
def test_words_on_an_act_named_again_aim_at_its_first_doer(
    coders: dict[str, Coder], lang: str, text: str
) -> None:
    found = coded(coders[lang], text, lang)
    assert ("ACCUSE", frozenset({"IRN"}), frozenset({"DEU"}), "asserted") in found, found


@pytest.mark.parametrize(("gap", "date"), [(" ", None), ("\n\n", "2024-06-18")])
def test_a_flat_act_takes_the_lead_s_day_only_past_its_paragraph_when_the_lead_has_no_event(
    coders: dict[str, Coder], gap: str, date: str | None
) -> None:
    # the lead's "mardi" dates no event of it; an act told flat in a later paragraph takes it
    # (the report's occasion), one in the lead's own paragraph does not
    text = (
        "Le texte a été voté mardi soir par 287 voix. Le débat a duré trois heures."
        f"{gap}La Russie a bombardé l'Ukraine."
    )
    assert dates_of(coders["fr"], text, "fr")[-1] == ("ASSAULT", date)


@pytest.mark.parametrize(
    ("text", "code", "kind"),
    [
        # "on Saturday" only gives the call's day: no "called on" (REQUEST)
        ("Germany called Russia's president on Saturday to discuss the war.", "en", None),
        ("Germany called on Russia on Saturday to end the war.", "en", "REQUEST"),
        # a time noun with a complement of its own is what is called for
        ("Germany called for a day of mourning.", "en", "REQUEST"),
        ("Les syndicats ont appelé à une journée de grève.", "fr", "REQUEST"),
    ],
)
def test_a_phrase_of_time_selects_no_sense(
    coders: dict[str, Coder], text: str, code: str, kind: str | None
) -> None:
    article = make_article(text, code)
    assert article.doc is not None
    verb = next(t for t in article.doc if t.lower_ in ("called", "appelé"))
    found = coders[code].sense(verb)
    assert (found[0].type if found else None) == kind
