"""Dates an event takes from the text around it: a live report's entries, the time the text
gave just before ("alors", "at the time")."""

from __future__ import annotations

import datetime as dt

import pytest

from newsgraph import Article
from newsgraph.events import Coder
from newsgraph.events.dating import (
    ahead_of_news,
    fronted,
    not_after,
    reported,
    said_day,
    tense,
    told_just_before,
)
from newsgraph.events.dating_context import later, near_lead, news_before, time_before
from newsgraph.events.discourse import Discourse, TimeWords, load_time_words
from newsgraph.events.timing import Moment

from .helpers import dates_of, make_article


def test_then_words_are_whole_words_and_not_a_conjunction() -> None:
    then = load_time_words("fr").then
    assert then is not None
    assert then.search("Pékin avait alors dénoncé une manipulation")
    assert not then.search("alors que Pékin dénonçait une manipulation")
    en = load_time_words("en").then
    assert en is not None and en.search("Katz said at the time that")


@pytest.mark.model
def test_alors_puts_a_background_event_at_the_time_just_given(coders: dict[str, Coder]) -> None:
    text = (
        "La Chine a signé un accord avec le Vietnam. "
        "En mars, Washington avait sanctionné des entreprises chinoises. "
        "Pékin avait alors accusé Washington d'ingérence."
    )
    assert dates_of(coders["fr"], text, "fr")[-1] == ("ACCUSE", "2024-03")


@pytest.mark.model
def test_an_entry_of_a_live_report_tells_the_news_of_its_day(coders: dict[str, Coder]) -> None:
    text = (
        "Live updates\n\n"
        "20.05 BST – The Kremlin says the talks are over. Russia attacked Ukraine.\n\n"
        "18.10 BST – Germany condemned the strikes."
    )
    assert ("ASSAULT", "2024-06-20") in dates_of(coders["en"], text, "en")


@pytest.mark.model
def test_an_entry_takes_the_occasion_it_has_just_dated(coders: dict[str, Coder]) -> None:
    text = (
        "En direct\n\n"
        "20h05. L'armée russe a bombardé hier soir la ville de Kharkiv. "
        "L'Ukraine a abattu douze drones.\n\n"
        "18h10. Le ministre français a condamné les frappes."
    )
    found = dates_of(coders["fr"], text, "fr")
    assert found[:2] == [("ASSAULT", "2024-06-19")] * 2  # last night, not the report's day
    text = (
        "Live\n\n20.05 BST – Russian forces shelled Kharkiv on Tuesday night. "
        "Ukraine shot down twelve drones. Russia still occupies Crimea.\n\n"
        "18.10 BST – Germany condemned the strikes."
    )
    found = dates_of(coders["en"], text, "en")
    assert found[1] == ("ASSAULT", "2024-06-18")
    assert ("COERCE", "2024-06-20") in found  # a state told in the present: the report's day


@pytest.mark.model
def test_a_denied_incident_is_the_one_told_before(coders: dict[str, Coder]) -> None:
    text = (
        "Ukraine and Poland signed a security pact on Thursday in Warsaw.\n\n"
        "The pact covers air defence.\n\nPoland will train Ukrainian pilots.\n\n"
        "Russian missiles hit the port of Odesa on Monday, Ukrainian officials said.\n\n"
        "Ukraine called it a war crime. The port handles grain exports.\n\n"
        "Moscow denied striking any civilian site."
    )
    assert dates_of(coders["en"], text, "en")[-1] == ("ASSAULT", "2024-06-17")
    text = (
        "La Pologne et l'Ukraine ont signé jeudi à Varsovie un pacte de sécurité.\n\n"
        "Le pacte couvre la défense aérienne.\n\nLa Pologne formera des pilotes ukrainiens.\n\n"
        "Des missiles russes ont frappé lundi le port d'Odessa, selon Kiev.\n\n"
        "L'Ukraine a dénoncé un crime de guerre. Le port exporte des céréales.\n\n"
        "Moscou a démenti avoir visé des infrastructures civiles."
    )
    assert dates_of(coders["fr"], text, "fr")[-1] == ("ASSAULT", "2024-06-17")


@pytest.mark.model
def test_an_event_named_aside_in_a_participle_is_no_occasion(coders: dict[str, Coder]) -> None:
    text = (
        "La Russie et l'Ukraine appliquent l'accord conclu lundi. "
        "Moscou a rappelé son ambassadeur à Kiev."
    )
    dates = dict(dates_of(coders["fr"], text, "fr", dt.date(2024, 12, 12)))
    assert dates["AGREE"] == "2024-12-09"
    assert dates["SANCTION"] != "2024-12-09"


def test_a_date_after_the_publication_is_later_at_its_own_grain() -> None:
    published = dt.date(2024, 6, 20)
    assert (
        later("2024-07", published) and later("2024-06-21", published) and later("2025", published)
    )
    assert not later("2024-06", published) and not later("2024-06-20", published)
    assert not later("2024", published) and not later("2024-07", None)


@pytest.mark.model
def test_a_time_after_the_publication_dates_what_an_event_asks_not_the_event(
    coders: dict[str, Coder],
) -> None:
    text = "France urged the European Union to prepare new sanctions against Russia next month."
    dates = dict(dates_of(coders["en"], text, "en", dt.date(2024, 6, 20)))
    assert dates["REQUEST"] == "2024-06-20"  # the news of the day, not July


@pytest.mark.model
def test_a_day_the_sentence_before_names_is_the_occasion(coders: dict[str, Coder]) -> None:
    lead = "Germany and France signed a trade agreement on Monday.\n\nThe crisis began on 3 May. "
    assert ("ACCUSE", "2024-05-03") in dates_of(
        coders["en"], lead + "Russia condemned Ukraine.", "en"
    )
    # told in the present: a state, not the occasion just named
    assert ("ACCUSE", "2024-05-03") not in dates_of(
        coders["en"], lead + "Russia condemns China.", "en"
    )
    text = (
        "L'Allemagne et la France ont signé lundi un accord commercial.\n\n"
        "La crise a commencé le 3 mai. La Russie a rappelé son ambassadeur en Ukraine."
    )
    assert ("SANCTION", "2024-05-03") in dates_of(coders["fr"], text, "fr")


def test_words_of_an_act_done_again_and_again() -> None:
    en, fr = load_time_words("en").habitual, load_time_words("fr").habitual
    assert en is not None and en.search("Moscow has repeatedly denied sabotaging cables")
    assert fr is not None and fr.search("Pékin a démenti à plusieurs reprises")
    assert not fr.search("Pékin a démenti une nouvelle fois")  # once more: one act


@pytest.mark.model
def test_an_act_done_again_and_again_takes_no_date_from_context(
    coders: dict[str, Coder],
) -> None:
    lead = "Germany and France signed a trade agreement on Monday. "
    text = lead + "Russia has repeatedly condemned Ukraine."
    assert ("ACCUSE", None) in dates_of(coders["en"], text, "en")


@pytest.mark.model
def test_a_year_before_a_noun_names_that_thing_not_the_time_of_the_clause(
    coders: dict[str, Coder],
) -> None:
    text = "China condemned the 2022 invasion of Ukraine by Russia."
    assert dates_of(coders["en"], text, "en") == [("ACCUSE", "2024-06-20")]


def test_right_after_puts_an_act_at_the_time_just_told() -> None:
    # "Bamako a dans la foulée convoqué l'ambassadeur": right after what was just told
    fr, en = load_time_words("fr").then, load_time_words("en").then
    assert fr is not None and en is not None
    assert fr.search("Bamako a dans la foulée convoqué l'ambassadeur d'Algérie")
    assert fr.search("L'Algérie avait aussitôt rappelé son ambassadeur")
    assert not fr.search("dans la foulée de l'attaque, Bamako a convoqué l'ambassadeur")
    assert not fr.search("aussitôt que le vote fut acquis")
    assert en.search("Shortly afterwards, Bamako summoned the ambassador")
    assert not en.search("shortly after the vote")


@pytest.mark.model
def test_a_calendar_day_that_names_a_noun_dates_that_thing_not_the_clause(
    coders: dict[str, Coder],
) -> None:
    # before the noun in English, after it behind "du" in French
    en = "China condemned the Oct. 7 attack on Israel by Hamas."
    assert dates_of(coders["en"], en, "en") == [("ACCUSE", "2024-06-20")]
    fr = "La Chine a condamné la frappe du 1er avril contre le consulat iranien menée par Israël."
    assert dates_of(coders["fr"], fr, "fr") == [("ACCUSE", "2024-06-20")]


@pytest.mark.model
def test_a_dated_occasion_still_dates_the_event_held_at_it(coders: dict[str, Coder]) -> None:
    en = "At the June 3 summit, Germany and France signed a trade agreement."
    assert ("AGREE", "2024-06-03") in dates_of(coders["en"], en, "en")
    fr = "Lors du sommet du 3 juin, la France et l'Allemagne ont signé un accord."
    assert ("AGREE", "2024-06-03") in dates_of(coders["fr"], fr, "fr")


def test_the_word_lists_of_timex_json_and_none_without_the_file() -> None:
    fr, en = load_time_words("fr"), load_time_words("en")
    assert fr.genitives == ("du ",)  # with the space that follows it
    assert "night" in en.time_nouns and "nuit" in fr.time_nouns
    assert "jusqu'en" in fr.bounds and en.stamp is not None
    assert "depuis" in fr.since and "since" in en.since
    assert load_time_words("xx") == TimeWords("xx")
    assert load_time_words("xx").then is None


@pytest.mark.model
def test_a_background_year_of_the_sentence_before_leaves_its_day_the_occasion(
    coders: dict[str, Coder],
) -> None:
    # the accord of 2019 dates a background fact, not the occasion the sentence sets
    text = (
        "Germany and France signed a trade agreement on Monday.\n\n"
        "The crisis began on 3 May, five years after Russia signed an accord with Ukraine in "
        "2019. Russia condemned Ukraine."
    )
    assert dates_of(coders["en"], text, "en")[-1] == ("ACCUSE", "2024-05-03")


def test_a_day_just_after_an_estimated_publication_is_not_later() -> None:
    """An estimated publication date may precede by a day the last day the page reports."""
    published = dt.date(2024, 3, 4)
    assert not later("2024-03-05", published, estimated=True)
    assert later("2024-03-05", published) and later("2024-03-09", published, estimated=True)
    assert later("2024-04", published, estimated=True)


def test_a_time_word_reaches_back_to_the_paragraph_before_when_nothing_is_dated() -> None:
    """ "Within hours" puts its clause at the last day the narrative named, back to the
    paragraph before, when no event has taken a date yet."""
    text = (
        "When Tepco opened the valves on August 24, 2023, Japan believed it had won.\n\n"
        "It did not persuade Beijing. Within hours, China suspended imports."
    )
    article = Article(raw=text, text=text, published=dt.date(2023, 9, 6))
    discourse = Discourse()
    discourse.previous = text.index("It did")
    assert (
        time_before(discourse, article, text.index("Within"), load_time_words("en")) == "2023-08-24"
    )


@pytest.mark.model
def test_a_pluperfect_under_a_verb_of_saying_is_reported_not_background() -> None:
    """ "said he had spoken by phone with Hun Manet": the pluperfect is shifted back under the
    saying; "Paris had spoken with Hanoi" alone is not reported."""
    article = make_article("Anwar said he had spoken with Hun Manet. Paris had met Hanoi.", "en")
    assert article.doc is not None
    saying = {"say", "tell"}
    spoken = next(t for t in article.doc if t.text == "spoken")
    met = next(t for t in article.doc if t.text == "met")
    assert reported(spoken, frozenset(saying)) and not reported(met, frozenset(saying))


def test_the_hours_that_followed_put_an_act_at_the_time_just_told() -> None:
    # "Dans les heures qui ont suivi, Moscou a expulsé": right after what was just told, as
    # "within hours" and "shortly afterwards"
    fr = load_time_words("fr").then
    assert fr is not None
    assert fr.search("Dans les heures qui ont suivi, Moscou a expulsé deux diplomates")
    assert fr.search("Peu après, Moscou a expulsé deux diplomates")
    assert not fr.search("Moscou a expulsé deux diplomates peu après l'attaque")


@pytest.mark.model
def test_a_threat_stated_as_an_act_to_come_is_dated_as_said(coders: dict[str, Coder]) -> None:
    # "Pékin prendra toutes les mesures nécessaires": the threat is made when said, so it takes
    # the occasion just told, not the no-date of the act it announces
    text = (
        "Le ministre a parlé.\n\nMardi, Pékin a accusé Washington d'ingérence. "
        "Pékin prendra toutes les mesures nécessaires contre Washington."
    )
    assert ("THREATEN", "2024-06-18") in dates_of(coders["fr"], text, "fr")


@pytest.mark.model
def test_a_day_taken_from_the_time_just_told_is_the_occasion_after_it(
    coders: dict[str, Coder],
) -> None:
    # "Within hours, China suspended imports" takes August 24 from the paragraph before; the
    # accusation told flat next is part of that occasion, even where no news day is known
    # (an estimated publication date)
    text = (
        "When Tepco opened the valves on August 24, 2023, Japan believed it had won.\n\n"
        "It did not persuade Beijing. Within hours, China suspended all imports of seafood "
        'from Japan, saying it needed to "protect the health of Chinese consumers." The '
        'foreign ministry accused Tokyo of treating the ocean as its "private sewer."'
    )
    article = make_article(text, "en", published=dt.date(2023, 9, 6))
    article.published_estimated = True
    found = [(e.type, e.date) for e in coders["en"].code_article(article)]
    assert ("SANCTION", "2023-08-24") in found
    assert ("ACCUSE", "2023-08-24") in found


def test_the_lead_news_day_before_publication_dates_an_act_told_flat() -> None:
    """ "announced yesterday that they had concluded a trade deal. ¶ … The two governments
    also concluded a social security agreement": yesterday; not a lead dated the day of
    publication, the news of the moment."""
    published = dt.date(2025, 5, 7)
    assert news_before("2025-05-06", published) == "2025-05-06"
    assert news_before("2025-05-07", published) is None
    assert news_before(None, published) is None


@pytest.mark.model
def test_a_time_counted_from_an_earlier_date_is_the_occasion_it_sets(
    coders: dict[str, Coder],
) -> None:
    # "The same day" counts from the day told before; the act told flat after it takes it
    text = (
        "Japan released treated water into the sea.\n\n"
        "On August 24, China suspended all imports of seafood from Japan.\n\n"
        "The same day, heavy rain fell on Beijing. "
        "Japan's ambassador rejected the Chinese protest."
    )
    found = dates_of(coders["en"], text, "en", dt.date(2023, 9, 6))
    assert ("REJECT", "2023-08-24") in found


@pytest.mark.model
def test_a_time_that_opens_a_when_clause_dates_that_clause(coders: dict[str, Coder]) -> None:
    # "2008, when Russia attacked Georgia": a bare year outside the event's clause names the
    # time of the clause it opens with "when" / "lorsque", not some other thing
    cases = (
        ("en", "Georgians still remember 2008, when Russia attacked Georgia."),
        ("fr", "La guerre a commencé en 2014, lorsque la Russie a attaqué l'Ukraine."),
    )
    for code, text in cases:
        found = dates_of(coders[code], text, code, dt.date(2024, 12, 6))
        assert ("ASSAULT", "2008" if code == "en" else "2014") in found, (code, found)


def test_later_and_afterwards_put_an_act_at_the_time_just_told() -> None:
    # "Rubio later toured the locks", "Il a ensuite visité": after what was just told, not at
    # a time of their own; "no later than", "plus tard que prévu" set no time
    fr, en = load_time_words("fr").then, load_time_words("en").then
    assert fr is not None and en is not None
    assert en.search("Rubio later toured the Miraflores Locks")
    assert en.search("Rubio told reporters afterward")
    assert not en.search("the troops will leave no later than September")
    assert not en.search("talks will resume at a later date")
    assert fr.search("Rubio a ensuite visité les écluses")
    assert fr.search("Rubio a visité plus tard les écluses")
    assert fr.search("Par la suite, Moscou a expulsé deux diplomates")
    assert not fr.search("Le vote a eu lieu plus tard que prévu")


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Rubio and Lavrov met in Riyadh yesterday, the first talks since the invasion three "
            "years ago. The two sides agreed afterwards to restore their embassies.",
            "en",
            "2025-02-18",
        ),
        (
            "Rubio et Lavrov se sont réunis hier à Riyad, une première depuis l'invasion il y a "
            "trois ans. Les deux camps ont ensuite convenu de rouvrir leurs ambassades.",
            "fr",
            "2025-02-18",
        ),
    ],
)
def test_the_time_just_told_is_a_day_before_a_background_year(
    text: str, lang: str, expected: str
) -> None:
    """A day the sentence before names is the time just told, not the year of a background
    fact it names after it ("three years ago", "il y a trois ans")."""
    article = Article(raw=text, text=text, published=dt.date(2025, 2, 19))
    discourse = Discourse()
    start = text.index("The two" if lang == "en" else "Les deux")
    assert time_before(discourse, article, start, load_time_words(lang)) == expected


def test_what_a_report_tells_is_no_later_than_the_report() -> None:
    """A day on or before the day of a saying may date the act it reports, at the coarser
    grain of the two; the dateline's day after it ("KINSHASA, June 12 - … agreed …, officials
    said on Wednesday", June 11) may not."""
    assert not_after("2024-04-13", "2024-04-14") and not_after("2024-04-14", "2024-04-14")
    assert not not_after("2025-06-12", "2025-06-11")
    assert not_after("2024-04", "2024-04-14") and not not_after("2024-05-01", "2024-04")


@pytest.mark.model
@pytest.mark.parametrize(
    ("lang", "lead", "present", "past"),
    [
        (
            "fr",
            "L'Allemagne et la France ont signé lundi un accord commercial.\n\n",
            "La Russie accuse l'Ukraine d'attaquer ses navires.",
            "La Russie a accusé l'Ukraine d'attaquer ses navires.",
        ),
        (
            "en",
            "Germany and France signed a trade agreement on Monday.\n\n",
            "Russia accuses Ukraine of attacking its ships.",
            "Russia accused Ukraine of attacking its ships.",
        ),
    ],
)
def test_a_position_the_narrator_tells_in_the_present_takes_no_date(
    coders: dict[str, Coder], lang: str, lead: str, present: str, past: str
) -> None:
    coder = coders[lang]
    assert ("ACCUSE", None) in dates_of(coder, lead + present, lang)
    assert ("ACCUSE", "2024-06-17") in dates_of(coder, lead + past, lang)
    # the present of the lead is the news of the day
    assert dates_of(coder, present, lang) == [("ACCUSE", "2024-06-20")]


@pytest.mark.model
def test_quoted_words_in_the_present_are_said_the_day_they_are_reported(
    coders: dict[str, Coder],
) -> None:
    lead = "Germany and France signed a trade agreement on Monday.\n\n"
    text = lead + '"Russia accuses Ukraine of attacking its ships," the minister said.'
    assert ("ACCUSE", "2024-06-17") in dates_of(coders["en"], text, "en")
    lead = "L'Allemagne et la France ont signé lundi un accord commercial.\n\n"
    text = lead + "« La Russie accuse l'Ukraine d'attaquer ses navires », a déclaré le ministre."
    assert ("ACCUSE", "2024-06-17") in dates_of(coders["fr"], text, "fr")


def test_the_two_paragraphs_after_the_lead_tell_its_news() -> None:
    text = "Lead one. Lead two.\n\nNext.\n\n\nThen.\n\nFar."
    assert near_lead(text, 10, text.index("Next"))
    assert near_lead(text, 0, text.index("Then"))
    assert not near_lead(text, 0, text.index("Far"))
    assert not near_lead(text, -1, text.index("Next"))
    assert not near_lead(text, text.index("Next"), text.index("Next"))  # the lead's own


@pytest.mark.model
def test_an_event_told_in_the_pluperfect_is_no_occasion_for_the_next(
    coders: dict[str, Coder],
) -> None:
    # "La semaine dernière, la Russie avait rappelé …": the pluperfect steps back from the news;
    # the act told flat after it is not of last week's month
    fr = (
        "L'Allemagne et la France ont signé lundi un accord commercial.\n\n"
        "Le mois dernier, la Russie avait rappelé son ambassadeur en Ukraine. "
        "La Russie a en revanche expulsé trois diplomates ukrainiens."
    )
    assert ("SANCTION", "2024-05") not in dates_of(coders["fr"], fr, "fr")[2:]
    en = (
        "Germany and France signed a trade agreement on Monday.\n\n"
        "Last month, Russia had recalled its ambassador to Ukraine. "
        "Russia expelled three Ukrainian diplomats."
    )
    assert ("SANCTION", "2024-05") not in dates_of(coders["en"], en, "en")[2:]


@pytest.mark.model
def test_a_possible_act_takes_no_past_day_its_sentence_gives(coders: dict[str, Coder]) -> None:
    # "pourrait expulser …, a averti mardi le Kremlin": Tuesday is when the possibility was
    # raised, not when the act would come about; a day or month ahead is the act's own time
    fr = (
        "Le ministre a parlé.\n\nLa Russie pourrait expulser des diplomates ukrainiens, "
        "a averti mardi le Kremlin."
    )
    en = (
        "The minister spoke.\n\nRussia could expel Ukrainian diplomats, the Kremlin warned "
        "on Tuesday."
    )
    assert ("SANCTION", None) in dates_of(coders["fr"], fr, "fr")
    assert ("SANCTION", None) in dates_of(coders["en"], en, "en")
    ahead = (
        "Le ministre a parlé.\n\nLa Russie pourrait expulser dès demain des diplomates "
        "ukrainiens, a averti mardi le Kremlin."
    )
    assert ("SANCTION", "2024-06-21") in dates_of(coders["fr"], ahead, "fr")
    later = (
        "The minister spoke.\n\nRussia could expel Ukrainian diplomats next month, the Kremlin "
        "warned on Tuesday."
    )
    assert ("SANCTION", "2024-07") in dates_of(coders["en"], later, "en")


def test_a_day_on_or_before_the_publication_is_the_day_a_possibility_was_raised() -> None:
    published = dt.date(2024, 6, 20)
    assert said_day("2024-06-18", published) and said_day("2024-06-20", published)
    assert not said_day("2024-06-21", published)
    assert not said_day("2024-06", published)  # a month: the time the act would take
    assert not said_day("2024-06-18", None)


@pytest.mark.model
def test_a_time_that_opens_the_sentence_frames_it(coders: dict[str, Coder]) -> None:
    # "Il y a un an, …": the parser reads "il y a" as the main verb and leaves the year outside
    # the clause of "ont signé"; set off at the head of the sentence, it still dates it
    text = (
        "La Russie a expulsé lundi deux diplomates ukrainiens.\n\n"
        "Le contexte. Il y a un an, la Russie et l'Ukraine ont signé à Minsk un traité."
    )
    assert ("AGREE", "2023") in dates_of(coders["fr"], text, "fr")


def test_fronted_needs_the_opening_words_and_a_comma() -> None:
    text = "Il y a un an, Vilnius a signé. Vilnius a signé il y a un an."
    found = [Moment(0, 12, "2023"), Moment(43, 55, "2023")]
    assert fronted(text, 0, found, lambda _: 0) == found[0]
    assert fronted(text, 0, found, lambda _: -1) is None  # a year that names another thing
    assert fronted(text, 31, found[1:], lambda _: 0) is None  # not at the head of the sentence


@pytest.mark.model
def test_a_plan_takes_its_own_time_not_the_day_it_was_announced(
    coders: dict[str, Coder],
) -> None:
    text = (
        "Russia expelled two Ukrainian diplomats on Wednesday.\n\n"
        "French negotiators are due in Berlin in early May for steel talks, and a German "
        "minister said on Thursday that the meeting would take place as scheduled."
    )
    dates = dates_of(coders["en"], text, "en", dt.date(2026, 4, 17))
    assert ("CONSULT", "2026-05") in dates
    assert ("CONSULT", "2026-04-23") not in dates  # not a Thursday after the publication


def test_a_time_ahead_of_the_news_within_its_month_dates_no_fact() -> None:
    ahead = Moment(0, 9, "2023-07", text="next week", kind="relative", later=True)
    assert ahead_of_news(ahead, "2023-07")
    assert not ahead_of_news(ahead, "2023-07", estimated=True)
    # a time that counts from a date told before is no look ahead from the news
    following = Moment(0, 18, "2023-07", text="the following week", later=True, anaphoric=True)
    assert not ahead_of_news(following, "2023-07")
    assert not ahead_of_news(Moment(0, 6, "2023-07-10", later=True), "2023-07-10")


@pytest.mark.model
def test_next_week_in_what_a_statement_looks_ahead_to_is_not_its_date(
    coders: dict[str, Coder],
) -> None:
    text = (
        "The Ukrainian president said on Thursday that Russia should not expect Ukraine to "
        "ratify the treaty before the summit in Kyiv next week."
    )
    dates = dict(dates_of(coders["en"], text, "en", dt.date(2023, 7, 6)))
    assert dates["REJECT"] == "2023-07-06"  # the day it was said, not July at large


@pytest.mark.model
def test_the_day_a_plan_was_told_is_read_as_past(coders: dict[str, Coder]) -> None:
    text = (
        "Russia expelled two Ukrainian diplomats on Wednesday.\n\n"
        "The Ukrainian president said on Monday that Ukraine would back the American plan."
    )
    dates = dict(dates_of(coders["en"], text, "en", dt.date(2024, 6, 20)))
    assert dates["SUPPORT"] == "2024-06-17"  # the Monday it was said, not the Monday after


def test_tense_reads_a_future_act_as_ahead_and_leaves_a_possible_one_open() -> None:
    assert tense("hypothetical") is None
    assert tense("future") is True and tense("asserted") is False


@pytest.mark.model
def test_a_possible_act_is_dated_by_the_coming_month_and_not_by_the_day_it_was_raised(
    coders: dict[str, Coder],
) -> None:
    coming = "La Russie pourrait sanctionner la Biélorussie dès juillet, selon des diplomates."
    assert ("SANCTION", "2024-07") in dates_of(coders["fr"], coming, "fr")
    raised = "Le ministre a dit lundi que la Russie pourrait sanctionner la Biélorussie."
    assert ("SANCTION", None) in dates_of(coders["fr"], raised, "fr")


def test_the_same_day_counts_from_the_day_its_own_sentence_names_before_it() -> None:
    tuesday = Moment(10, 15, "2024-06-18")
    same = Moment(40, 52, "2024-06-20", anaphoric=True, text="le même jour")
    year = Moment(0, 7, "2023")
    assert told_just_before([tuesday, same], same) == "2024-06-18"
    later = Moment(60, 65, "2024-06-18")
    assert told_just_before([same, later], same) is None  # named after it
    assert told_just_before([year, same], same) is None  # coarser than a day


@pytest.mark.model
def test_the_day_after_does_not_count_from_a_date_a_participle_ties_to_another_noun(
    coders: dict[str, Coder],
) -> None:
    text = (
        "Mardi, l'Ukraine a dénoncé une attaque menée le 3 juin, et Kiev a rappelé le "
        "lendemain son ambassadeur en Russie."
    )
    dates = dates_of(coders["fr"], text, "fr")
    assert ("SANCTION", "2024-06-19") in dates
    assert ("SANCTION", "2024-06-04") not in dates


@pytest.mark.model
def test_an_act_the_same_day_takes_the_weekday_of_its_sentence(coders: dict[str, Coder]) -> None:
    text = (
        "La Russie a bombardé Kiev le 3 juin. "
        "Le ministre ukrainien, arrivé mardi à Lviv, a convoqué le même jour l'ambassadeur "
        "russe pour protester."
    )
    assert ("ACCUSE", "2024-06-18") in dates_of(coders["fr"], text, "fr")


@pytest.mark.model
def test_a_new_paragraph_told_flat_takes_no_occasion_of_the_paragraph_before(
    coders: dict[str, Coder],
) -> None:
    text = (
        "La Chine et les Philippines ont signé mercredi un accord à Manille.\n\n"
        "La crise remonte au 2 mai. Le lendemain, la Chine a rappelé son ambassadeur à "
        "Manille.\n\n"
        "Le ministre chinois a rencontré son homologue philippin avant la signature."
    )
    found = dates_of(coders["fr"], text, "fr")
    assert ("SANCTION", "2024-05-03") in found
    assert ("CONSULT", "2024-06-19") in found
