"""``resolve`` on tables of French and English expressions, and the bias of a future sentence."""

from __future__ import annotations

import datetime as dt

import pytest

from newsgraph.timex import Granularity, TimeValue, find, resolve

from .helpers import FEB, LEAP, MAR, MON, NEW_YEAR, THU, TUE

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
    ("last night", THU, "2024-06-19"),
    ("late last night", THU, "2024-06-19"),
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


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Vaduz and Lomé signed the pact on New Year’s Day.", "en", ["2024-01-01"]),
        ("Shelling resumed on Christmas Day.", "en", ["2023-12-25"]),
        ("The drones struck on New Year's Eve 2022.", "en", ["2022-12-31"]),
        ("Le pacte a été signé le jour de l’An à Vaduz.", "fr", ["2024-01-01"]),
        ("Les frappes ont repris à Noël.", "fr", ["2023-12-25"]),
        ("La veille de Noël, les rebelles ont attaqué Korvan.", "fr", ["2023-12-24"]),
        ("Jean-Noël Dufresne a salué la trêve de Noël.", "fr", []),
        ("The Lunar New Year holiday began.", "en", []),
        ("Pendant le Nouvel An chinois, les rebelles ont attaqué Korvan.", "fr", []),
        ("Le pacte a été signé le Nouvel An 2023.", "fr", ["2023-01-01"]),
    ],
)
def test_a_fixed_date_holiday_is_its_day_in_the_year_nearest_back(
    text: str, lang: str, expected: list[str]
) -> None:
    assert [m.value for m in find(text, dt.date(2024, 1, 9), lang, future=False)] == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Les deux pays se retrouveront au printemps prochain à Vaduz.", "fr", ["2027"]),
        ("Korvan avait fermé sa frontière l'été dernier.", "fr", ["2026"]),
        ("Les manœuvres reprendront cet automne.", "fr", ["2026"]),
        ("Les rebelles ont pris la ville au printemps 2022.", "fr", ["2022"]),
        ("La crise de l'automne 2024 a duré.", "fr", ["2024"]),
        ("À l'automne suivant, Lomé avait rappelé son ambassadeur.", "fr", []),
        ("Le ministre a été reçu depuis le printemps arabe.", "fr", []),
        ("The two sides will meet again next spring in Vaduz.", "en", ["2027"]),
        ("Korvan closed the border last fall.", "en", ["2025"]),
        ("Troops were sent in the summer of 2022.", "en", ["2022"]),
        ("The talks stalled after the fall of the government.", "en", []),
        ("Talks resumed in the following spring.", "en", []),
        ("After the fall, the regime collapsed.", "en", []),
        ("The rebels pressed their spring offensive.", "en", []),
        ("During the spring offensive, Korvan shelled the port.", "en", []),
    ],
)
def test_a_season_names_the_year_its_middle_month_falls_in(
    text: str, lang: str, expected: list[str]
) -> None:
    """Seasons straddle months: a year, the one under way for "this", the next one that has
    not begun for "next", the last one over for "last" (late November: last fall is 2025)."""
    assert [m.value for m in find(text, dt.date(2026, 11, 24), lang, future=False)] == expected


def test_a_deadline_is_ahead_even_in_a_sentence_told_in_the_past() -> None:
    text = "Ils ont promis un rapport d'ici à fin juillet."
    assert [m.value for m in find(text, THU, "fr", future=False)] == ["2024-07"]
