"""Dates an event takes from the text when its clause gives none
(:mod:`newsgraph.events.dating_context`): the publication day for the lead, the occasion just
dated, none for the background."""

from __future__ import annotations

import datetime as dt

import pytest

from newsgraph.events import Coder

from .helpers import dates_of, make_article

pytestmark = pytest.mark.model


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


def test_a_statement_with_no_time_is_the_news_of_the_day(coders: dict[str, Coder]) -> None:
    text = "La Chine a signé un accord avec le Vietnam. Les Philippines ont accusé Pékin."
    assert ("ACCUSE", "2024-06-20") in dates_of(coders["fr"], text, "fr")


def test_an_event_takes_the_date_of_the_occasion_just_dated(coders: dict[str, Coder]) -> None:
    text = "The United States met China on Monday. Washington accused Beijing of spying."
    assert dates_of(coders["en"], text, "en")[-1] == ("ACCUSE", "2024-06-17")


def test_the_pluperfect_is_background_with_no_date(coders: dict[str, Coder]) -> None:
    text = "La Chine a signé un accord avec le Vietnam. Les Philippines avaient accusé Pékin."
    assert ("ACCUSE", None) in dates_of(coders["fr"], text, "fr")


def test_a_planned_event_dates_no_occasion(coders: dict[str, Coder]) -> None:
    text = (
        "La Chine et le Vietnam signeront un accord le 28 juin. "
        "Les Philippines ont accusé Pékin d'espionnage."
    )
    assert ("ACCUSE", "2024-06-20") in dates_of(coders["fr"], text, "fr")


def test_a_statement_with_no_time_is_on_the_day_the_lead_gives(coders: dict[str, Coder]) -> None:
    text = (
        "La Russie a bombardé l'Ukraine mardi. Des écoles ont été touchées. "
        "Les secours sont mobilisés. Les États-Unis ont accusé la Russie."
    )
    assert ("ACCUSE", "2024-06-18") in dates_of(coders["fr"], text, "fr")


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


def test_a_plan_made_long_before_the_news_is_not_dated_by_it(coders: dict[str, Coder]) -> None:
    # the promise itself was made last October; the supply it plans is still to come
    text = "The United States agreed last October to supply missiles to Ukraine."
    dated = [(kind, date) for kind, date in dates_of(coders["en"], text, "en") if kind != "AGREE"]
    assert dated and all(date is None for _, date in dated)


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
    ("lang", "lead", "told"),
    [
        (
            "en",
            "Russia attacked Ukraine on Thursday.",
            "Fighting goes on. Russia recalled its ambassador to Ukraine.",
        ),
        (
            "fr",
            "La Russie a attaqué l'Ukraine jeudi.",
            "Les combats continuent. La Russie a rappelé son ambassadeur en Ukraine.",
        ),
    ],
)
def test_an_act_told_flat_near_the_lead_takes_its_day(
    coders: dict[str, Coder], lang: str, lead: str, told: str
) -> None:
    """The paragraph after the lead's goes on telling its news, even of the publication day,
    with no event of its own dated; three paragraphs on, the report has turned to background
    (GOLD.md: null)."""
    near = dict(dates_of(coders[lang], f"{lead}\n\n{told}", lang))
    assert near["SANCTION"] == "2024-06-20"
    filler = told.split(". ")[0] + "."
    far = dict(dates_of(coders[lang], f"{lead}\n\n{filler}\n\n{filler}\n\n{told}", lang))
    assert far["SANCTION"] is None


@pytest.mark.parametrize(
    ("lang", "occasion", "act"),
    [
        ("en", "The United States met China on Monday.", "Russia {} to Ukraine."),
        ("fr", "Les États-Unis ont rencontré la Chine lundi.", "La Russie {} à l'Ukraine."),
    ],
)
def test_a_standing_act_its_author_denies_takes_no_occasion(
    coders: dict[str, Coder], lang: str, occasion: str, act: str
) -> None:
    """A denial of arms supplied leaves when they would have been untold (GOLD.md: null),
    where the same act asserted takes the occasion just dated."""
    verbs = {
        "en": ("supplied weapons", "denied supplying weapons"),
        "fr": ("a livré des armes", "a démenti avoir livré des armes"),
    }
    done, denied = verbs[lang]
    asserted = dates_of(coders[lang], f"{occasion} {act.format(done)}", lang)
    assert asserted[-1] == ("AID", "2024-06-17")
    article = make_article(f"{occasion} {act.format(denied)}", lang, dt.date(2024, 6, 20))
    event = coders[lang].code_article(article)[-1]
    assert (event.type, event.modality, event.date) == ("AID", "denied", None)


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        (
            "en",
            "The United States met China on Monday. Russia denies waging war in Georgia.",
            "ASSAULT",
        ),
        (
            "en",
            "The United States met China on Monday. Georgia denies any crackdown on the press.",
            "COERCE",
        ),
        (
            "fr",
            "Les États-Unis ont rencontré la Chine lundi. "
            "L'Arménie nie occuper des villages azerbaïdjanais.",
            "COERCE",
        ),
    ],
)
def test_a_denied_standing_assault_takes_no_occasion(
    coders: dict[str, Coder], lang: str, text: str, kind: str
) -> None:
    """A war waged, a crackdown or a land occupied is a standing act, not an incident of the
    news: denied, it has no one date (GOLD.md: null), though its type is an incident's."""
    article = make_article(text, lang, dt.date(2024, 6, 20))
    denied = [e for e in coders[lang].code_article(article) if e.modality == "denied"]
    assert [(e.type, e.date) for e in denied] == [(kind, None)], denied


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "China attacked a Philippine vessel near the reef on Monday. "
            "China denied attacking the Philippines.",
        ),
        (
            "fr",
            "La Chine a attaqué lundi un navire philippin près du récif. "
            "La Chine a démenti avoir attaqué les Philippines.",
        ),
        (
            "fr",
            "La Chine a attaqué lundi un navire philippin. La Chine dément avoir attaqué Manille.",
        ),
    ],
)
def test_a_denied_incident_takes_the_occasion(
    coders: dict[str, Coder], lang: str, text: str
) -> None:
    """A strike its alleged author denies is the incident the report tells, dated like it,
    even told in the present."""
    article = make_article(text, lang, dt.date(2024, 6, 20))
    event = coders[lang].code_article(article)[-1]
    assert (event.type, event.modality, event.date) == ("ASSAULT", "denied", "2024-06-17")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "La Russie a bombardé mercredi le port d'Odessa, en Ukraine.\n\n"
            "« Aujourd'hui, nous sommes plus forts », s'est félicité le maire. "
            "Les États-Unis ont condamné la Russie.",
        ),
        (
            "en",
            "Russia struck the port of Odesa in Ukraine on Wednesday.\n\n"
            '"Today we are stronger," the mayor said. '
            "The United States condemned Russia.",
        ),
    ],
)
def test_a_time_in_quoted_words_sets_no_occasion(
    coders: dict[str, Coder], lang: str, text: str
) -> None:
    """A "today" in the quoted words of the sentence before is the day they were said, not
    the publication day: the statement after them is of the lead's day."""
    assert dates_of(coders[lang], text, lang)[-1] == ("ACCUSE", "2024-06-19")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "La Russie et l'Ukraine ont convenu jeudi de rouvrir la frontière.\n\nL'incident "
            "remonte au 2 juin. Ce jour-là, des soldats russes partis à la recherche de "
            "contrebandiers avaient franchi la frontière et échangé des tirs avec une patrouille "
            "ukrainienne. Kiev avait dénoncé le soir même une violation de sa souveraineté.",
        ),
        (
            "en",
            "Russia and Ukraine agreed on Thursday to reopen the border.\n\nThe incident dates "
            "back to June 2. That day, Russian soldiers looking for smugglers had crossed the "
            "border and exchanged fire with a Ukrainian patrol.",
        ),
    ],
)
def test_an_anaphor_dates_every_event_of_its_sentence_alike(
    coders: dict[str, Coder], lang: str, text: str
) -> None:
    dates = dates_of(coders[lang], text, lang)
    assert [date for kind, date in dates if kind != "AGREE"] == ["2024-06-02"] * (len(dates) - 1)


def test_quoted_words_that_do_not_open_their_paragraph_take_no_occasion_of_the_one_before(
    coders: dict[str, Coder],
) -> None:
    """Only quoted words that open a paragraph answer what the paragraph before told: those
    a colon introduces reach no further back than their own paragraph."""
    text = (
        "La Russie a bombardé lundi le port d'Odessa.\n\n"
        "Le 12 juin, l'Ukraine a attaqué un navire russe.\n\n"
        "Le maire a déclaré : « La Russie a bombardé nos entrepôts. »"
    )
    assert dates_of(coders["fr"], text, "fr")[-1] == ("ASSAULT", "2024-06-17")
