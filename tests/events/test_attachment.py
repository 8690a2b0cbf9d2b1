"""How closely a time expression hangs on an event: whether it dates a saying the event is not
(:func:`newsgraph.events.attachment.said_when`), lies in a relative clause of another noun
(:func:`newsgraph.events.attachment.aside`), or outside the relative clause the event is told
in (:func:`newsgraph.events.attachment.relative_clause`)."""

from __future__ import annotations

import datetime as dt

import pytest

from newsgraph.events import Coder
from newsgraph.events.attachment import reduced_relative, said_when
from newsgraph.events.discourse import load_time_words
from newsgraph.events.syntax import Tree
from newsgraph.events.timing import moments

from .helpers import dates_of, make_article

SAYING = frozenset({"annoncer", "dire", "say", "announce"})


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "lang", "trigger", "saying"),
    [
        (
            "Samedi soir, l'Iran a lancé des drones, mais ils ont été interceptés, a annoncé "
            "dimanche l'armée.",
            "fr",
            "interceptés",
            "dimanche",
        ),
        (
            "Iran launched drones on Saturday night, but they were intercepted, the army said "
            "on Sunday.",
            "en",
            "intercepted",
            "Sunday",
        ),
    ],
)
def test_a_time_on_a_verb_of_saying_dates_the_saying_not_the_act_reported(
    text: str, lang: str, trigger: str, saying: str
) -> None:
    article = make_article(text, lang)
    assert article.doc is not None
    token = next(t for t in article.doc if t.text == trigger)
    found = moments(text, 0, dt.date(2024, 6, 20), load_time_words(lang), False)
    said = {m.text.split()[-1]: said_when([token], SAYING)(m) for m in found}
    assert said[saying] and not said["Saturday" if lang == "en" else "Samedi"]
    verb = next(t for t in article.doc if t.lemma_.lower() in SAYING)
    assert not any(said_when([verb], SAYING)(m) for m in found)  # the saying's own time


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Japan, which chairs the regional bloc this year, urged China to stand down.",
            "en",
            ("REQUEST", "2024-06-20"),
        ),
        (
            "Le Japon, qui préside le bloc régional cette année, a exhorté la Chine à la retenue.",
            "fr",
            ("REQUEST", "2024-06-20"),
        ),
        (
            "Iran apologised to Russia for the deaths of Russian soldiers killed yesterday.",
            "en",
            ("CONCEDE", "2024-06-20"),
        ),
        (
            "L'Iran a présenté ses excuses à la Russie pour la mort de soldats russes tués hier.",
            "fr",
            ("CONCEDE", "2024-06-20"),
        ),
    ],
)
def test_a_time_in_a_relative_clause_of_another_noun_dates_that_clause_not_the_event(
    coders: dict[str, Coder], text: str, lang: str, expected: tuple[str, str]
) -> None:
    # the lead's act, told with no time of its own, is the news of the day, not this year's
    # or yesterday's
    assert expected in dates_of(coders[lang], text, lang)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Georgians protested against the decision announced last Thursday by the prime "
            "minister to suspend talks with the European Union.",
            "en",
        ),
        (
            "Des milliers de Géorgiens ont défilé contre la décision prise jeudi dernier par leur "
            "gouvernement de suspendre les pourparlers avec l'Union européenne.",
            "fr",
        ),
    ],
)
def test_a_time_in_a_relative_clause_of_the_event_noun_dates_it(
    coders: dict[str, Coder], text: str, lang: str
) -> None:
    assert ("SANCTION", "2024-06-13") in dates_of(coders[lang], text, lang)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Tensions rose again in the region. Japan on Monday condemned the sanctions that "
            "China had imposed on the Philippines.",
            "en",
        ),
        (
            "Les tensions sont remontées dans la région. Le Japon a dénoncé lundi les "
            "sanctions que la Chine avait imposées aux Philippines.",
            "fr",
        ),
    ],
)
def test_an_event_told_in_a_relative_clause_does_not_take_the_time_of_the_main_clause(
    coders: dict[str, Coder], text: str, lang: str
) -> None:
    # Monday dates the condemnation; the sanctions the relative clause tells came before it,
    # at a time the sentence does not give
    found = dates_of(coders[lang], text, lang)
    assert ("ACCUSE", "2024-06-17") in found
    assert ("SANCTION", None) in found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Germany on Tuesday criticised the sanctions that Iran had imposed on Georgia.", "en"),
        (
            "L'Allemagne a critiqué mardi les sanctions que l'Iran avait imposées à la Géorgie.",
            "fr",
        ),
    ],
)
def test_an_event_told_in_a_relative_clause_in_the_lead_is_not_the_news_of_the_day(
    coders: dict[str, Coder], text: str, lang: str
) -> None:
    # the story's first sentence: the criticism is Tuesday's; the sanctions keep their own
    # time, which the sentence does not give, and take no date from the publication either
    found = dates_of(coders[lang], text, lang)
    assert ("ACCUSE", "2024-06-18") in found
    assert ("SANCTION", None) in found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "lang", "kind"),
    [
        (
            "On Tuesday, Germany criticised the sanctions that Iran had imposed on Georgia.",
            "en",
            "SANCTION",
        ),
        (
            "Mardi, l'Allemagne a dénoncé les sanctions que l'Iran avait imposées à la Géorgie.",
            "fr",
            "SANCTION",
        ),
        (
            "Yesterday, in Berlin, Germany condemned the attack that Iran had launched against "
            "Israel.",
            "en",
            "ASSAULT",
        ),
        (
            "Hier, à Berlin, la France a condamné l'attaque que la Russie avait lancée.",
            "fr",
            "ASSAULT",
        ),
    ],
)
def test_a_day_opening_the_sentence_does_not_date_its_relative_clause_in_the_pluperfect(
    coders: dict[str, Coder], text: str, lang: str, kind: str
) -> None:
    # what the pluperfect tells came before the day that opens the sentence
    assert (kind, None) in dates_of(coders[lang], text, lang)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Tensions rose again in the region. In 2019, Japan condemned the sanctions that "
            "China had imposed on the Philippines.",
            "en",
        ),
        (
            "Les tensions sont remontées dans la région. En 2019, le Japon a condamné les "
            "sanctions que la Chine avait imposées aux Philippines.",
            "fr",
        ),
    ],
)
def test_a_time_opening_the_sentence_dates_its_relative_clause_in_the_pluperfect_too(
    coders: dict[str, Coder], text: str, lang: str
) -> None:
    assert ("SANCTION", "2019") in dates_of(coders[lang], text, lang)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Tensions rose again in the region. On Monday, France sent its envoy to Lebanon, "
            "who met the Lebanese president.",
            "en",
        ),
        (
            "Les tensions sont remontées dans la région. Lundi, la France a dépêché au Liban "
            "son envoyé, qui s'est entretenu avec le président libanais.",
            "fr",
        ),
    ],
)
def test_a_relative_clause_that_goes_on_with_the_story_takes_the_time_of_the_main_clause(
    coders: dict[str, Coder], text: str, lang: str
) -> None:
    # not in the pluperfect: the meeting follows the sending, on the same Monday
    assert dates_of(coders[lang], text, lang) == [("CONSULT", "2024-06-17")] * 2


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("In a report published in May, the UN said Russia attacked Ukraine.", "en"),
        ("Dans un rapport publié en mai, l'ONU a estimé que la Russie a attaqué l'Ukraine.", "fr"),
    ],
)
def test_a_time_in_a_relative_clause_of_the_setting_dates_the_event(
    coders: dict[str, Coder], text: str, lang: str
) -> None:
    assert ("ASSAULT", "2024-05") in dates_of(coders[lang], text, lang)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("France imposed sanctions on Iran, deploying a naval patrol in August.", "en"),
        (
            "La France a imposé des sanctions à l'Iran, activant en août une force d'intervention.",
            "fr",
        ),
    ],
)
def test_a_time_in_a_participle_clause_after_the_event_dates_what_followed(
    coders: dict[str, Coder], text: str, lang: str
) -> None:
    # the lead's sanctions are the news of the day, not August's
    assert ("SANCTION", "2024-06-20") in dates_of(coders[lang], text, lang)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "La France a accusé l'Iran de soutenir le Front de libération, classé « terroriste » "
        "par Paris en mars, et d'avoir surveillé des diplomates français.",
        "La France a accusé l'Iran d'attiser la révolte contre la réforme, adoptée par le "
        "Sénat tard mardi soir.",
    ],
)
def test_a_time_in_a_past_participle_set_off_after_the_event_dates_that_participle(
    coders: dict[str, Coder], text: str
) -> None:
    # the parser hangs the apposed participle on the main verb; the lead's charge is the news
    # of the day, not March's nor Tuesday's
    assert ("ACCUSE", "2024-06-20") in dates_of(coders["fr"], text, "fr")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "La France a convoqué l'ambassadeur d'Iran, accompagné de son conseiller, mardi à "
            "Paris.",
            "fr",
        ),
        (
            "France summoned Iran's ambassador, accompanied by his adviser, on Tuesday in Paris.",
            "en",
        ),
    ],
)
def test_a_time_after_the_comma_closing_a_participle_dates_the_main_clause(
    coders: dict[str, Coder], text: str, lang: str
) -> None:
    assert ("ACCUSE", "2024-06-18") in dates_of(coders[lang], text, lang)


@pytest.mark.model
def test_the_date_of_the_trigger_s_own_clause_not_of_its_object_s(
    coders: dict[str, Coder],
) -> None:
    text = (
        "Le 17 juin, des garde-côtes chinois ont arraisonné deux navires de Manille qui "
        "approvisionnaient une garnison installée depuis 2003 sur l'îlot."
    )
    assert ("COERCE", "2024-06-17") in dates_of(coders["fr"], text, "fr")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "lang", "noun", "year"),
    [
        (
            "L'Iran a dénoncé le traité de Tarvos, signé en 1960 avec la France.",
            "fr",
            "traité",
            "1960",
        ),
        ("Iran denounced the Tarvos treaty, signed in 1960 with France.", "en", "treaty", "1960"),
    ],
)
def test_a_participle_set_off_by_a_comma_after_a_nominal_trigger_is_its_reduced_relative(
    fr: Tree, en: Tree, text: str, lang: str, noun: str, year: str
) -> None:
    article = make_article(text, lang)
    assert article.doc is not None
    token = next(t for t in article.doc if t.text == noun)
    bounds = reduced_relative(fr if lang == "fr" else en, token)
    assert bounds is not None
    assert year in [t.text for t in article.doc[bounds[0] : bounds[1]]]


@pytest.mark.model
def test_a_reduced_relative_reaches_past_a_conjunction_inside_the_noun_phrase(
    coders: dict[str, Coder],
) -> None:
    text = (
        "Russia expelled two Ukrainian diplomats on Wednesday.\n\n"
        "The accord was reached during talks between Greek and Turkish envoys, held in "
        "Geneva in early March."
    )
    dates = dict(dates_of(coders["en"], text, "en", dt.date(2024, 6, 20)))
    assert dates["CONSULT"] == "2024-03"  # the talks' own time, not the news of the day


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Japan and South Korea signed a trade agreement, their first accord since the war "
            "in March 2021.",
            "en",
            ("AGREE", "2024-06-20"),
        ),
        (
            "La France et l'Allemagne ont signé un accord, le premier depuis la rupture des "
            "pourparlers, en février 2022.",
            "fr",
            ("AGREE", "2024-06-20"),
        ),
        (
            "China accused the Philippines of aggression, the sharpest exchange since their "
            "naval clash in August.",
            "en",
            ("ACCUSE", "2024-06-20"),
        ),
        (
            "La France a condamné l'Iran, une première depuis la guerre de mars 2021.",
            "fr",
            ("ACCUSE", "2024-06-20"),
        ),
        (
            "Since the invasion in February 2022, Germany has sent tanks to Ukraine.",
            "en",
            ("AID", "2024-06-20"),
        ),
    ],
)
def test_a_date_of_the_noun_after_since_is_no_time_of_the_event(
    coders: dict[str, Coder], text: str, lang: str, expected: tuple[str, str]
) -> None:
    # the war, the crisis, the clash started a stretch of time: the lead's act is the news of
    # the day, not of the month that stretch began in
    assert expected in dates_of(coders[lang], text, lang)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "L'Iran a libéré un journaliste français détenu depuis novembre.",
            "fr",
            ("COERCE", "2023-11"),
        ),
        (
            "Iran has accused Israel of dozens of attacks since the truce of March 2021.",
            "en",
            ("CONCEDE", "2021-03"),
        ),
        (
            "He asked to meet the journalist, jailed in Russia since the protests of March 2021.",
            "en",
            ("COERCE", "2021-03"),
        ),
        (
            "Le président a demandé à rencontrer l'opposant, emprisonné par la Russie depuis la "
            "révolte de mars 2018.",
            "fr",
            ("COERCE", "2018-03"),
        ),
    ],
)
def test_since_still_dates_its_own_noun_and_the_date_it_governs(
    coders: dict[str, Coder], text: str, lang: str, expected: tuple[str, str]
) -> None:
    assert expected in dates_of(coders[lang], text, lang)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Israël a pilonné le sud du Liban, accusant le Hezbollah d'enfreindre la trêve en "
            "vigueur depuis novembre.",
            "fr",
            ("ACCUSE", "2024-06-20"),
        ),
        (
            "Israel bombed Lebanon, accusing Hezbollah of violating the truce in force since "
            "November.",
            "en",
            ("ACCUSE", "2024-06-20"),
        ),
        (
            "La Russie a annoncé mardi la reprise de ses livraisons d'armes à la Syrie, "
            "suspendues depuis mars.",
            "fr",
            ("AID", "2024-06-18"),
        ),
    ],
)
def test_a_time_since_which_another_thing_holds_a_state_does_not_date_the_event(
    coders: dict[str, Coder], text: str, lang: str, expected: tuple[str, str]
) -> None:
    # "en vigueur depuis novembre", "suspendues depuis mars": when the truce or the halt
    # began, not the time of the accusation or of the resumption announced on Tuesday
    assert expected in dates_of(coders[lang], text, lang)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La Russie a déployé des troupes en Biélorussie depuis mars.", ("MOBILIZE", "2024-03")),
        ("La Russie détient en prison depuis mars un journaliste français.", ("COERCE", "2024-03")),
    ],
)
def test_a_time_since_which_the_event_itself_holds_dates_it(
    coders: dict[str, Coder], text: str, expected: tuple[str, str]
) -> None:
    # a place or a state the trigger's own phrase names: the stretch is the event's own
    assert expected in dates_of(coders["fr"], text, "fr")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Russia has attacked Ukraine in retaliation since March.", "en", ("ASSAULT", "2024-03")),
        ("Russia has shelled Kyiv at night since March.", "en", ("ASSAULT", "2024-03")),
        ("Russia has bombed Kyiv without pause since March 2024.", "en", ("ASSAULT", "2024-03")),
        ("La Russie attaque l'Ukraine en représailles depuis mars.", "fr", ("ASSAULT", "2024-03")),
        (
            "La Russie frappe l'Ukraine à coups de drones depuis mars.",
            "fr",
            ("ASSAULT", "2024-03"),
        ),
        ("La Russie accuse l'Ukraine de crimes de guerre depuis 2022.", "fr", ("ACCUSE", "2022")),
        (
            "La Russie menace l'Ukraine de frappes de représailles depuis mars.",
            "fr",
            ("THREATEN", "2024-03"),
        ),
    ],
)
def test_a_manner_or_a_complement_of_the_event_before_since_is_no_state_of_another_thing(
    coders: dict[str, Coder], text: str, lang: str, expected: tuple[str, str]
) -> None:
    # "en représailles", "at night", "de crimes de guerre": a bare noun after a preposition
    # tells how or of what the event is, not a state; the stretch since March is the event's
    assert expected in dates_of(coders[lang], text, lang)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Israël a bombardé mardi le Liban, accusant le Hezbollah de violer la trêve en place "
            "depuis mars.",
            "fr",
            ("ACCUSE", "2024-06-18"),
        ),
        (
            "Israel bombed Lebanon on Tuesday, accusing Hezbollah of violating the truce in place "
            "since March.",
            "en",
            ("ACCUSE", "2024-06-18"),
        ),
    ],
)
def test_a_noun_of_state_before_since_still_tells_another_thing_s_state(
    coders: dict[str, Coder], text: str, lang: str, expected: tuple[str, str]
) -> None:
    # "la trêve en place depuis mars": when the truce began, not the accusation of Tuesday
    assert expected in dates_of(coders[lang], text, lang)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "La Russie a annoncé vendredi la reprise des livraisons à l'Ukraine, suspendues "
            "depuis lundi.",
            "fr",
            ("AID", "2024-06-14"),
        ),
        (
            "La Russie a annoncé vendredi la reprise des livraisons d'armes à la Syrie, "
            "interrompues depuis mardi.",
            "fr",
            ("AID", "2024-06-14"),
        ),
        (
            "Russia announced on Friday the resumption of deliveries to Ukraine, suspended "
            "since Monday.",
            "en",
            ("AID", "2024-06-14"),
        ),
    ],
)
def test_a_weekday_since_which_another_thing_holds_a_state_does_not_date_the_event(
    coders: dict[str, Coder], text: str, lang: str, expected: tuple[str, str]
) -> None:
    # « depuis lundi »: the span of the weekday leaves out the preposition before it
    assert expected in dates_of(coders[lang], text, lang)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("La Russie détient depuis lundi un journaliste français.", "fr", ("COERCE", "2024-06-17")),
        (
            "Un journaliste français est détenu par la Russie depuis lundi.",
            "fr",
            ("COERCE", "2024-06-17"),
        ),
        ("Russia has shelled Kyiv at night since Monday.", "en", ("ASSAULT", "2024-06-17")),
    ],
)
def test_a_weekday_since_which_the_event_itself_holds_dates_it(
    coders: dict[str, Coder], text: str, lang: str, expected: tuple[str, str]
) -> None:
    # the trigger's own state or manner before « depuis lundi »: the stretch is the event's
    assert expected in dates_of(coders[lang], text, lang)
