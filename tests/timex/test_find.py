"""``resolve`` on tables of French and English expressions, and the spans ``find`` returns."""

from __future__ import annotations

import datetime as dt

import pytest

from newsgraph.timex import Granularity, TimeValue, find, resolve

THU = dt.date(2024, 6, 20)  # a Thursday
TUE = dt.date(2024, 6, 18)
LEAP = dt.date(2024, 3, 1)
NEW_YEAR = dt.date(2024, 1, 10)
FEB = dt.date(2024, 2, 10)
MAR = dt.date(2024, 3, 6)  # a Wednesday
MON = dt.date(2025, 2, 17)

FRENCH = [
    ("hier", THU, "2024-06-19"),
    ("hier", LEAP, "2024-02-29"),
    ("hier", dt.date(2024, 1, 1), "2023-12-31"),
    ("hier soir", THU, "2024-06-19"),
    ("avant-hier", THU, "2024-06-18"),
    ("aujourd’hui", THU, "2024-06-20"),
    ("demain", THU, "2024-06-21"),
    ("après-demain", THU, "2024-06-22"),
    ("cette nuit", THU, "2024-06-20"),
    ("la veille", THU, "2024-06-19"),
    ("le lendemain", THU, "2024-06-21"),
    ("mardi", TUE, "2024-06-18"),
    ("vendredi", THU, "2024-06-14"),
    ("mardi dernier", THU, "2024-06-18"),
    ("mardi dernier", TUE, "2024-06-11"),
    ("jeudi prochain", THU, "2024-06-27"),
    ("jeudi prochain", MON, "2025-02-20"),
    ("dans la nuit de samedi à dimanche", MON, "2025-02-16"),
    ("lundi 4 mars", MAR, "2024-03-04"),
    ("il y a deux semaines", THU, "2024-06-06"),
    ("il y a une semaine", THU, "2024-06-13"),
    ("il y a trois jours", THU, "2024-06-17"),
    ("il y a 3 mois", THU, "2024-03"),
    ("il y a deux ans", THU, "2022"),
    ("il y a près de deux ans", THU, "2022"),
    ("dans deux semaines", THU, "2024-07-04"),
    ("la semaine dernière", THU, "2024-06"),
    ("la semaine dernière", dt.date(2024, 3, 4), "2024-02"),
    ("cette semaine", THU, "2024-06"),
    ("la semaine prochaine", dt.date(2024, 6, 28), "2024-07"),
    ("au début du mois", THU, "2024-06"),
    ("plus tôt ce mois-ci", THU, "2024-06"),
    ("à la fin du mois dernier", THU, "2024-05"),
    ("le mois dernier", NEW_YEAR, "2023-12"),
    ("le mois prochain", THU, "2024-07"),
    ("le mois prochain", dt.date(2024, 12, 5), "2025-01"),
    ("en avril", THU, "2024-04"),
    ("en avril", FEB, "2024-04"),
    ("en mars", FEB, "2024-03"),
    ("en septembre", FEB, "2023-09"),
    ("en décembre", NEW_YEAR, "2023-12"),
    ("en avril dernier", MAR, "2023-04"),
    ("début septembre", THU, "2023-09"),
    ("fin février", MAR, "2024-02"),
    ("mi-mars", THU, "2024-03"),
    ("à la mi-mars", THU, "2024-03"),
    ("en juin de l’année dernière", THU, "2023-06"),
    ("cette année", THU, "2024"),
    ("l’an dernier", THU, "2023"),
    ("l’année dernière", NEW_YEAR, "2023"),
    ("l’an prochain", THU, "2025"),
    ("le 3 août", THU, "2024-08-03"),
    ("le 3 mai", THU, "2024-05-03"),
    ("le 3 août", dt.date(2024, 8, 3), "2024-08-03"),
    ("le 1er mars", THU, "2024-03-01"),
    ("le 29 février", dt.date(2025, 3, 1), "2024-02-29"),
    ("d’ici au 15 septembre", THU, "2024-09-15"),
    ("le 3 août 2023", THU, "2023-08-03"),
    ("2023-08-03", THU, "2023-08-03"),
    ("03/08/2023", THU, "2023-08-03"),
    ("en 2019", THU, "2019"),
    ("en avril 2022", THU, "2022-04"),
    ("fin 2023", THU, "2023"),
]

ENGLISH = [
    ("yesterday", THU, "2024-06-19"),
    ("yesterday", LEAP, "2024-02-29"),
    ("the day before yesterday", THU, "2024-06-18"),
    ("today", THU, "2024-06-20"),
    ("tomorrow", THU, "2024-06-21"),
    ("overnight", THU, "2024-06-20"),
    ("the day before", THU, "2024-06-19"),
    ("the next day", THU, "2024-06-21"),
    ("Tuesday", TUE, "2024-06-18"),
    ("Friday", THU, "2024-06-14"),
    ("last Tuesday", THU, "2024-06-18"),
    ("last Tuesday", TUE, "2024-06-11"),
    ("next Thursday", THU, "2024-06-27"),
    ("overnight Saturday into Sunday", MON, "2025-02-16"),
    ("Monday, March 4", MAR, "2024-03-04"),
    ("two days ago", THU, "2024-06-18"),
    ("two weeks ago", THU, "2024-06-06"),
    ("a week ago", THU, "2024-06-13"),
    ("3 months ago", THU, "2024-03"),
    ("three years ago", dt.date(2025, 2, 19), "2022"),
    ("about two weeks ago", THU, "2024-06-06"),
    ("two weeks from now", THU, "2024-07-04"),
    ("last week", THU, "2024-06"),
    ("earlier this week", THU, "2024-06"),
    ("next week", dt.date(2024, 6, 28), "2024-07"),
    ("earlier this month", THU, "2024-06"),
    ("last month", NEW_YEAR, "2023-12"),
    ("next month", dt.date(2024, 12, 5), "2025-01"),
    ("in April", THU, "2024-04"),
    ("in April", FEB, "2024-04"),
    ("in March", FEB, "2024-03"),
    ("in September", FEB, "2023-09"),
    ("in December", NEW_YEAR, "2023-12"),
    ("last April", MAR, "2023-04"),
    ("early September", THU, "2023-09"),
    ("late February", MAR, "2024-02"),
    ("mid-March", THU, "2024-03"),
    ("March 5 last year", THU, "2023-03-05"),
    ("this year", THU, "2024"),
    ("later this year", THU, "2024"),
    ("last year", THU, "2023"),
    ("next year", THU, "2025"),
    ("Aug. 3", THU, "2024-08-03"),
    ("May 3", THU, "2024-05-03"),
    ("August 3", dt.date(2024, 8, 3), "2024-08-03"),
    ("the 3rd of August", THU, "2024-08-03"),
    ("Aug. 3, 2023", THU, "2023-08-03"),
    ("2023-08-03", THU, "2023-08-03"),
    ("08/03/2023", THU, "2023-08-03"),
    ("in 2019", THU, "2019"),
    ("in March 2022", THU, "2022-03"),
    ("the end of 2023", THU, "2023"),
]


def _expected(value: str) -> TimeValue:
    granularity: Granularity = "year" if len(value) == 4 else "month" if len(value) == 7 else "day"
    return TimeValue(value, granularity)


@pytest.mark.parametrize(("expression", "reference", "expected"), FRENCH)
def test_french(expression: str, reference: dt.date, expected: str) -> None:
    assert resolve(expression, reference, "fr") == _expected(expected)


@pytest.mark.parametrize(("expression", "reference", "expected"), ENGLISH)
def test_english(expression: str, reference: dt.date, expected: str) -> None:
    assert resolve(expression, reference, "en") == _expected(expected)


@pytest.mark.parametrize(
    ("expression", "lang", "reference", "expected"),
    [
        ("en avril", "fr", FEB, "2024-04"),
        ("in April", "en", FEB, "2024-04"),
        ("le 3 août", "fr", THU, "2024-08-03"),
        ("Aug. 3", "en", THU, "2024-08-03"),
        ("jeudi", "fr", dt.date(2024, 6, 21), "2024-06-27"),
        ("hier", "fr", THU, "2024-06-19"),
    ],
)
def test_future_sentences_turn_the_bias_forward(
    expression: str, lang: str, reference: dt.date, expected: str
) -> None:
    value = resolve(expression, reference, lang, future=True)
    assert value is not None and value.value == expected


@pytest.mark.parametrize(
    ("expression", "lang"),
    [("le 31 avril", "fr"), ("Feb. 30", "en"), ("rien à signaler", "fr"), ("the weekend", "en")],
)
def test_what_names_no_date_resolves_to_none(expression: str, lang: str) -> None:
    assert resolve(expression, THU, lang) is None


def test_a_bare_month_resolves_alone_but_is_not_found_in_running_text() -> None:
    assert resolve("May", THU, "en") == TimeValue("2024-05", "month")
    assert find("Kopp may have fled, Theresa May said.", THU, "en") == []
    assert [m.text for m in find("It fell in May.", THU, "en")] == ["in May"]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Les dirigeants doivent se retrouver début avril.", "fr", "2024-04"),
        ("The two leaders are to meet in April.", "en", "2024-04"),
        ("Paris a reconnu l'État le 3 mars.", "fr", "2024-03-03"),
        ("Paris recognised the state on March 3.", "en", "2024-03-03"),
    ],
)
def test_a_name_short_of_a_year_back_is_the_coming_one_unless_told_as_past(
    text: str, lang: str, expected: str
) -> None:
    assert [m.value for m in find(text, FEB, lang)] == [expected]
    past = expected.replace("2024", "2023")
    assert [m.value for m in find(text, FEB, lang, future=False)] == [past]


def test_mentions_in_order_with_their_values() -> None:
    text = "Budapest a levé son veto mardi dernier ; le 3 août, puis l’an dernier, en avril."
    found = [(m.text, m.value, m.granularity, m.kind) for m in find(text, THU, "fr")]
    assert found == [
        ("mardi dernier", "2024-06-18", "day", "weekday"),
        ("le 3 août", "2024-08-03", "day", "calendar"),
        ("l’an dernier", "2023", "year", "relative"),
        ("en avril", "2024-04", "month", "calendar"),
    ]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("signé le 3\u00a0août 2023 à Paris", "fr", "le 3\u00a0août 2023"),
        ("il y a deux\u202fsemaines", "fr", "il y a deux\u202fsemaines"),
        ("il y a deux\u00a0semaines", "fr", "il y a deux\u00a0semaines"),
        ("dès l’an\u00a0prochain", "fr", "dès l’an\u00a0prochain"),
        ("aujourd’hui même", "fr", "aujourd’hui"),
        ("ce mois\u2011ci", "fr", "ce mois\u2011ci"),
        ("on Aug.\u00a03, 2023,", "en", "on Aug.\u00a03, 2023"),
        ("the U.N.’s vote last\u00a0week", "en", "last\u00a0week"),
    ],
)
def test_spans_index_the_text_exactly(text: str, lang: str, expected: str) -> None:
    [mention] = find(text, THU, lang)
    assert mention.text == expected == text[mention.start : mention.end]


def test_the_longest_form_wins() -> None:
    assert [m.text for m in find("le 3 août 2023", THU, "fr")] == ["le 3 août 2023"]
    assert [m.text for m in find("avant-hier", THU, "fr")] == ["avant-hier"]
    assert [m.text for m in find("the day before yesterday", THU, "en")] == [
        "the day before yesterday"
    ]


def test_without_a_reference_only_absolute_dates_have_a_value() -> None:
    found = find("hier, le 3 août 2023, en avril", None, "fr")
    assert [(m.value, m.granularity, m.kind) for m in found] == [
        (None, "day", "relative"),
        ("2023-08-03", "day", "absolute"),
        (None, "month", "calendar"),
    ]


@pytest.mark.parametrize(
    ("text", "lang", "future"),
    [
        ("demain", "fr", True),
        ("jeudi prochain", "fr", True),
        ("le mois prochain", "fr", True),
        ("dans deux semaines", "fr", True),
        ("hier", "fr", False),
        ("en avril", "fr", False),
        ("le lendemain", "fr", False),
        ("next Thursday", "en", True),
        ("later this year", "en", True),
        ("two days ago", "en", False),
    ],
)
def test_future_marks(text: str, lang: str, future: bool) -> None:
    [mention] = find(text, THU, lang)
    assert mention.future is future


def test_a_future_sentence_marks_its_names_future() -> None:
    [mention] = find("doit accueillir le 14 mars à Pékin", dt.date(2025, 3, 12), "fr", future=True)
    assert (mention.value, mention.future) == ("2025-03-14", True)


@pytest.mark.parametrize(
    ("text", "lang", "found"),
    [
        ("Le même soir, le collège a condamné l'attaque.", "fr", [("Le même soir", True)]),
        ("Il a réagi le jour même.", "fr", [("le jour même", True)]),
        ("The FSB opened a case the same day.", "en", [("the same day", True)]),
        ("That night Washington voiced concern.", "en", [("That night", True)]),
        # the same day as a named event counts from that event, not from the last date given
        ("It fired a missile the same day as the talks.", "en", []),
        # "the day after" a named event likewise; alone, it counts from the last date given
        ("He negotiated throughout the day after a phone call.", "en", []),
        ("The day after, he left.", "en", [("The day after", True)]),
    ],
)
def test_the_same_day_counts_from_the_day_given_before(
    text: str, lang: str, found: list[tuple[str, bool]]
) -> None:
    assert [(m.text, m.kind == "anaphoric") for m in find(text, THU, lang)] == found


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        # a collective number counts like the number it rounds ("une dizaine de jours": ten)
        ("Ils se sont rencontrés il y a une dizaine de jours.", "fr", "2024-06-10"),
        ("Le traité a été signé il y a une quinzaine d'années.", "fr", "2009"),
        ("The treaty was signed a dozen years ago.", "en", "2012"),
        # a range of days is dated by its first day
        ("Ils se sont retrouvés les 10 et 11 mai à Almaty.", "fr", "2024-05-10"),
        ("Le sommet s'est tenu du 3 au 5 juin 2023.", "fr", "2023-06-03"),
        ("The talks were held on 10-11 May.", "en", "2024-05-10"),
        # a week of a month names that month
        ("He phoned him repeatedly in the last week of January.", "en", "2024-01"),
        ("Il l'a appelé la dernière semaine de mai.", "fr", "2024-05"),
    ],
)
def test_counts_ranges_and_weeks_of_a_month(text: str, lang: str, value: str) -> None:
    assert [m.value for m in find(text, THU, lang)] == [value]


@pytest.mark.parametrize(
    ("text", "lang", "values"),
    [
        # the recent days or weeks name the publication's month, as "this week" does
        ("Les combats ont repris ces dernières semaines dans le Nord-Kivu.", "fr", ["2024-06"]),
        ("On a libéré ces derniers jours des centaines de détenus.", "fr", ["2024-06"]),
        ("Fighting has intensified in recent weeks around Pokrovsk.", "en", ["2024-06"]),
        ("Police arrested dozens of protesters over the past few days.", "en", ["2024-06"]),
        # a word after them that only begins like "of" or "de" ("often", "devant")
        ("Officials in recent weeks offered talks.", "en", ["2024-06"]),
        ("Ils ont défilé au cours des dernières semaines devant le Parlement.", "fr", ["2024-06"]),
        # not the last days or weeks of another period
        ("Il est mort lors des derniers jours de la campagne.", "fr", []),
        ("Talks stalled in the last weeks of the campaign.", "en", []),
    ],
)
def test_the_recent_days_and_weeks_name_the_month(text: str, lang: str, values: list[str]) -> None:
    assert [m.value for m in find(text, THU, lang)] == values


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Orbán had met them the previous evening.", "en"),
        ("The following week, the talks resumed.", "en"),
        ("ECOWAS activated a standby force in August that year.", "en"),
        ("Le mois suivant, les pourparlers ont repris.", "fr"),
        ("Le pays a rompu ses relations en août de la même année.", "fr"),
    ],
)
def test_times_counted_from_the_date_told_before_are_anaphoric(text: str, lang: str) -> None:
    [mention] = find(text, THU, lang)
    assert mention.kind == "anaphoric"


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        # "N units after X" after the words of an event counts back to the event X it names
        (
            "Ces frappes interviennent deux jours après l'adoption de la résolution.",
            "fr",
            "2024-06-18",
        ),
        ("Le front s'est ouvert, au lendemain de l'attaque.", "fr", "2024-06-19"),
        ("Their meeting came a week after Russia freed him.", "en", "2024-06-13"),
        ("They signed the treaty six months after announcing their withdrawal.", "en", "2023-12"),
    ],
)
def test_a_count_after_an_event_dates_the_event_it_names(text: str, lang: str, value: str) -> None:
    [mention] = find(text, THU, lang)
    assert (mention.value, mention.ahead) == (value, True)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Deux jours après le lancement de l'offensive, il a présenté ses excuses.", "fr"),
        ("Au lendemain de l'attaque, il a parlé.", "fr"),
        ("Vingt mois après le dépôt\nde la candidature.", "fr"),
        ("A week after the vote, he resigned.", "en"),
    ],
)
def test_a_count_after_an_event_at_the_start_of_a_sentence_is_left_out(
    text: str, lang: str
) -> None:
    assert [m for m in find(text, THU, lang) if m.ahead] == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a night named by its two days dates the second, as "la nuit de samedi à dimanche"
        ("Des frappes ont visé Kiev dans la nuit du 3 au 4 juin.", "2024-06-04"),
        ("La crise couvait depuis la nuit du 31 mars au 1er avril.", "2024-04-01"),
        ("Le drone a été abattu dans la nuit du 31 mars au 1er avril 2023.", "2023-04-01"),
        # a night named by its weekday is that day, not tonight
        ("Des frappes ont visé Kiev dans la nuit de mardi.", "2024-06-18"),
    ],
)
def test_a_named_night_is_no_tonight(text: str, value: str) -> None:
    assert [m.value for m in find(text, THU, "fr")] == [value]


def test_a_night_with_no_name_is_tonight() -> None:
    [mention] = find("L'armée a frappé dans la nuit, tuant trois civils.", THU, "fr")
    assert mention.value == "2024-06-20"


@pytest.mark.parametrize(
    "text",
    [
        "Cette nuit-là, l'armée a frappé Kiev.",
        "Ce soir-là, le ministre a rappelé son ambassadeur.",
        "Ce matin-là, la police a dispersé la foule.",
    ],
)
def test_a_time_of_day_pointed_back_to_is_that_day_not_today(text: str) -> None:
    # "cette nuit-là" counts from the day the narrative named, as "ce jour-là"; "cette nuit"
    # alone is tonight
    [mention] = find(text, THU, "fr")
    assert mention.kind == "anaphoric"
    assert mention.text.endswith("-là")
