"""Time expressions found in running text (:func:`newsgraph.timex.find`): their spans, order and
kinds, future marks, and times counted from a day told before or from an event."""

from __future__ import annotations

import datetime as dt

import pytest

from newsgraph.timex import find

from .helpers import THU


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
        ("Le front s'est ouvert au lendemain d'une attaque.", "fr", "2024-06-19"),
        ("Le front s'est ouvert au lendemain d’une attaque.", "fr", "2024-06-19"),
        ("Le pacte a été signé à la veille d'une élection.", "fr", "2024-06-21"),
        ("The pact was signed on the eve of the election.", "en", "2024-06-21"),
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


@pytest.mark.parametrize(
    ("text", "lang", "values"),
    [
        ("Ils vivent ici depuis la fin des années 1990, dit-il mardi.", "fr", ["2024-06-18"]),
        ("Dans les années 2000, la ville a grandi.", "fr", []),
        ("Il a parlé en 1990.", "fr", ["1990"]),
        ("They have been there since the early 1990s, he said on Tuesday.", "en", ["2024-06-18"]),
        ("In 1990, the city grew.", "en", ["1990"]),
    ],
)
def test_a_decade_names_no_year(text: str, lang: str, values: list[str]) -> None:
    assert [m.value for m in find(text, THU, lang)] == values


@pytest.mark.parametrize(
    ("text", "lang", "values"),
    [
        ("Newsletter : chaque vendredi, le meilleur de l'actualité.", "fr", []),
        ("Il l'a dit vendredi.", "fr", ["2024-06-14"]),
        ("Newsletter: every Friday, the week in review.", "en", []),
        ("Each Monday, they meet.", "en", []),
        ("He said it on Friday.", "en", ["2024-06-14"]),
    ],
)
def test_a_recurring_day_names_no_date(text: str, lang: str, values: list[str]) -> None:
    assert [m.value for m in find(text, THU, lang)] == values


@pytest.mark.parametrize(
    ("text", "lang", "values"),
    [
        ("Il est arrivé cette semaine-là, puis reparti ce mois-là.", "fr", []),
        ("Il est arrivé cette semaine, puis reparti ce mois-ci.", "fr", ["2024-06", "2024-06"]),
        ("He arrived that week and left that month.", "en", []),
    ],
)
def test_that_week_is_not_the_week_of_publication(text: str, lang: str, values: list[str]) -> None:
    assert [m.value for m in find(text, THU, lang)] == values
