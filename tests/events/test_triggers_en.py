"""English trigger words of the event lexicon (``lang/en/events.json``): the synonyms and
spellings an article may use for an act the lexicon already codes under another word."""

from __future__ import annotations

import pytest

from newsgraph.events import Coder

from .helpers import coded, make_article

pytestmark = pytest.mark.model

Row = tuple[str, str, tuple[str, set[str], set[str], str]]

ROWS: list[Row] = [
    # lifting a state's measures against another is a concession, as lifting its sanctions
    (
        "lift measures",
        "Japan lifted the measures against China in February.",
        ("CONCEDE", {"JPN"}, {"CHN"}, "asserted"),
    ),
    # lifting defensive measures is de-escalation, not a concession
    (
        "lift defensive measures",
        "Japan lifted its defensive measures against China.",
        ("RETREAT", {"JPN"}, {"CHN"}, "asserted"),
    ),
    # moving forces to a new place is a deployment, as redeploying them
    (
        "reposition",
        "The United States repositioned drones and troops to the Philippines.",
        ("MOBILIZE", {"USA"}, {"PHL"}, "asserted"),
    ),
    (
        "clinch a deal",
        "Russia clinched a gas deal with China.",
        ("AGREE", {"RUS", "CHN"}, {"RUS", "CHN"}, "asserted"),
    ),
    (
        "forge an alliance",
        "Russia and China forged an alliance.",
        ("AGREE", {"RUS", "CHN"}, {"RUS", "CHN"}, "asserted"),
    ),
    (
        "consultations",
        "The consultations between Russia and China ended on Monday.",
        ("CONSULT", {"RUS", "CHN"}, {"RUS", "CHN"}, "asserted"),
    ),
    (
        "despatch",
        "Russia despatched troops to Belarus.",
        ("MOBILIZE", {"RUS"}, {"BLR"}, "asserted"),
    ),
    # cutting tariffs eases a measure (CONCEDE), as lifting sanctions does; not a sanction
    (
        "cut tariffs",
        "Germany will cut tariffs on Japanese textiles.",
        ("CONCEDE", {"DEU"}, {"JPN"}, "future"),
    ),
    (
        "lower duties",
        "Germany will lower duties on Japanese cars.",
        ("CONCEDE", {"DEU"}, {"JPN"}, "future"),
    ),
    # halving tariffs eases a measure (CONCEDE), as lowering them does
    (
        "halve tariffs",
        "Germany halved the tariffs on Japanese textiles in May.",
        ("CONCEDE", {"DEU"}, {"JPN"}, "asserted"),
    ),
    # halving aid or deliveries withholds them (SANCTION), as cutting them does
    (
        "halve aid",
        "Japan halved its aid to Georgia in 2022.",
        ("SANCTION", {"JPN"}, {"GEO"}, "asserted"),
    ),
    (
        "halve deliveries",
        "Japan halved oil deliveries to Georgia on Friday.",
        ("SANCTION", {"JPN"}, {"GEO"}, "asserted"),
    ),
    # reducing aid withholds it (SANCTION), as cutting aid does
    (
        "slash aid",
        "Germany slashed aid to Ukraine.",
        ("SANCTION", {"DEU"}, {"UKR"}, "asserted"),
    ),
    # backing an armed group is material support (AID, GOLD.md), denied here
    (
        "back rebels",
        "Russia denies backing the rebels in Ukraine.",
        ("AID", {"RUS"}, {"UKR"}, "denied"),
    ),
    (
        "backing for separatists",
        "Russia's backing for the separatists in Georgia angered Washington.",
        ("AID", {"RUS"}, {"GEO"}, "asserted"),
    ),
    # words of judgement said of a side's act accuse its author
    (
        "senseless",
        "Germany called the decision by Russia completely senseless and incorrect.",
        ("ACCUSE", {"DEU"}, {"RUS"}, "asserted"),
    ),
    (
        "cynical",
        "Germany said Russia's exit from the deal was a cynical attack on food security.",
        ("ACCUSE", {"DEU"}, {"RUS"}, "asserted"),
    ),
    # granting a pardon or a permission yields (CONCEDE); granting money is aid
    (
        "grant a pardon",
        "Russia granted a pardon to Ukraine's commander.",
        ("CONCEDE", {"RUS"}, {"UKR"}, "asserted"),
    ),
    (
        "grant permission",
        "Russia granted Ukraine permission to use the port.",
        ("CONCEDE", {"RUS"}, {"UKR"}, "asserted"),
    ),
    # accepting another side's demands yields to them
    (
        "accept demands",
        "Japan accepted China's demands.",
        ("CONCEDE", {"JPN"}, {"CHN"}, "asserted"),
    ),
    # withdrawing peacekeepers or observers is a sanction (CAMEO 1661), not a retreat
    (
        "withdraw peacekeepers",
        "France withdrew its peacekeepers from Lebanon.",
        ("SANCTION", {"FRA"}, {"LBN"}, "asserted"),
    ),
    (
        "withdrawal of peacekeepers",
        "The withdrawal of French peacekeepers from Lebanon began on Monday.",
        ("SANCTION", {"FRA"}, {"LBN"}, "asserted"),
    ),
    # lifting a state of emergency or martial law eases a measure at home (CONCEDE on itself)
    (
        "lift a state of emergency",
        "Georgia lifted the state of emergency.",
        ("CONCEDE", {"GEO"}, {"GEO"}, "asserted"),
    ),
    # troops kept on alert are mobilised, as troops put on alert
    # launching an investigation is opening one (PLOVER INVESTIGATE, an ACCUSE)
    (
        "launch an investigation",
        "Germany launched an investigation into Russia's spying.",
        ("ACCUSE", {"DEU"}, {"RUS"}, "asserted"),
    ),
    (
        "launch a probe",
        "China has launched a probe of the Japanese company.",
        ("ACCUSE", {"CHN"}, {"JPN"}, "asserted"),
    ),
    (
        "order an investigation",
        "Germany ordered an investigation into Russia's spying.",
        ("ACCUSE", {"DEU"}, {"RUS"}, "asserted"),
    ),
    (
        "begin an investigation",
        "China began an investigation into the Japanese company.",
        ("ACCUSE", {"CHN"}, {"JPN"}, "asserted"),
    ),
    # announcing a ceasefire is declaring one: a concession (GOLD.md)
    (
        "announce a ceasefire",
        "Russia announced a ceasefire with Ukraine on Friday.",
        ("CONCEDE", {"RUS", "UKR"}, {"RUS", "UKR"}, "asserted"),
    ),
    (
        "launch cyber warfare",
        "Russia launched cyber warfare against Ukraine.",
        ("ASSAULT", {"RUS"}, {"UKR"}, "asserted"),
    ),
    # being willing to do an act of cooperation promises it (AGREE), the act itself to come
    (
        "willing to withdraw",
        "Israel is willing to withdraw its troops from Lebanon.",
        ("AGREE", {"ISR"}, {"LBN"}, "asserted"),
    ),
    (
        "willing to send",
        "China said it was willing to send troops to Lebanon.",
        ("AGREE", {"CHN"}, {"LBN"}, "asserted"),
    ),
    # returning cultural property to its country yields it (CAMEO 0874)
    (
        "return artifacts",
        "Russia returned the looted artifacts to Ukraine.",
        ("CONCEDE", {"RUS"}, {"UKR"}, "asserted"),
    ),
    (
        "return paintings",
        "The United States returned the stolen paintings to China.",
        ("CONCEDE", {"USA"}, {"CHN"}, "asserted"),
    ),
    # expelling an organisation's inspectors or aid workers cuts ties with it (CAMEO 1662/1663)
    (
        "expel inspectors",
        "Iran expelled the Israeli inspectors.",
        ("SANCTION", {"IRN"}, {"ISR"}, "asserted"),
    ),
    (
        "expel aid workers",
        "Russia expelled French humanitarian workers.",
        ("SANCTION", {"RUS"}, {"FRA"}, "asserted"),
    ),
    # expelling other people is still a deportation
    (
        "expel migrants",
        "Russia expelled Ukrainian migrants.",
        ("COERCE", {"RUS"}, {"UKR"}, "asserted"),
    ),
    (
        "remain on alert",
        "Philippine troops remained on alert against China.",
        ("MOBILIZE", {"PHL"}, {"CHN"}, "asserted"),
    ),
    # pressing a side to act asks it to (CAMEO 10), as urging it
    (
        "pressure to act",
        "Germany pressured Russia to withdraw its troops.",
        ("REQUEST", {"DEU"}, {"RUS"}, "asserted"),
    ),
    # ending one's mediation halts it (CAMEO 165)
    (
        "end mediation",
        "France ended its mediation between Israel and Lebanon.",
        ("SANCTION", {"FRA"}, {"ISR", "LBN"}, "asserted"),
    ),
    # a deadline given to a side to act is an ultimatum (CAMEO 139)
    (
        "give a deadline",
        "Germany gave Russia a deadline to withdraw its troops.",
        ("THREATEN", {"DEU"}, {"RUS"}, "asserted"),
    ),
    # not ruling out force or action is a threat (CAMEO 130), as "n'exclut pas" in French
    (
        "not rule out action",
        "Germany would not rule out military action against Russia.",
        ("THREATEN", {"DEU"}, {"RUS"}, "asserted"),
    ),
]


@pytest.fixture
def coder(coders: dict[str, Coder]) -> Coder:
    """The shared English coder."""
    return coders["en"]


@pytest.mark.parametrize(("name", "text", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_english_trigger(
    coder: Coder, name: str, text: str, expected: tuple[str, set[str], set[str], str]
) -> None:
    found = coded(coder, text, "en")
    kind, source, target, modality = expected
    assert (kind, frozenset(source), frozenset(target), modality) in found, found


def test_an_ambassador_recalled_for_consultations_holds_no_talks(coder: Coder) -> None:
    # "for consultations" is the purpose of a recall (SANCTION), no meeting of the two states
    found = coded(coder, "Washington recalled its ambassador to Russia for consultations.", "en")
    assert [f[0] for f in found] == ["SANCTION"], found


def test_backing_a_state_is_support(coder: Coder) -> None:
    # a state or a plan is backed in words (SUPPORT); only armed groups are armed
    found = coded(coder, "The United States backed Ukraine.", "en")
    assert [f[0] for f in found] == ["SUPPORT"], found


def test_cutting_tariffs_is_no_sanction(coder: Coder) -> None:
    found = coded(coder, "Germany will reduce tariffs on Chinese goods.", "en")
    assert [f[0] for f in found] == ["CONCEDE"], found


@pytest.mark.parametrize(
    "text",
    [
        # declining to comment refuses no one's demand
        "Germany demanded answers. Russia declined to comment.",
        "Germany demanded answers. Russia refused to comment on the report.",
        # selling a state its gas or routing trade through it is commerce, no aid
        "Russia supplies almost all of Germany's gas.",
        "Russia now sends more than 90 per cent of its trade through Ukraine.",
        # willing to weigh something promises no act
        "Russia and Ukraine are willing to consider a way forward.",
        # pressure on a side is no request
        "Russia kept up the pressure on Ukraine.",
    ],
)
def test_no_event(coder: Coder, text: str) -> None:
    article = make_article(text, "en")
    assert coder.code_article(article) == []


def test_declining_an_invitation_is_a_refusal(coder: Coder) -> None:
    found = coded(coder, "Russia declined Germany's invitation.", "en")
    assert ("REJECT", frozenset({"RUS"}), frozenset({"DEU"}), "asserted") in found, found


def test_going_on_strike_is_a_protest(coder: Coder) -> None:
    # a labour strike: "on strike" under a verb of being or going, not an air strike
    found = coded(coder, "French teachers went on strike.", "en")
    assert [f[0] for f in found] == ["PROTEST"], found


def test_going_on_strike_is_no_visit_with_the_derived_verbs() -> None:
    # the derived dictionary's "go" is a visit (CONSULT); going on strike is a protest
    coder = Coder("en", derived=True)  # built here: the shared coders leave the derived verbs out
    found = coded(coder, "French teachers went on strike.", "en")
    assert [f[0] for f in found] == ["PROTEST"], found


def test_a_ban_on_strikes_names_air_strikes(coder: Coder) -> None:
    # "on" under a noun ("a ban on strikes") is no labour strike
    found = coded(coder, "Russia and Ukraine agreed on a ban on strikes on power plants.", "en")
    assert "PROTEST" not in [f[0] for f in found], found


def test_an_inquiry_into_a_strike_is_no_attack(coder: Coder) -> None:
    # the strike under "into" is what is looked into, not what the investigator launched
    found = coded(coder, "Ukraine launched an inquiry into the Russian strike.", "en")
    assert ("ACCUSE", frozenset({"UKR"}), frozenset({"RUS"}), "asserted") in found, found
    assert ("ASSAULT", frozenset({"UKR"}), frozenset({"RUS"}), "asserted") not in found, found


def test_talks_that_end_are_no_halt_of_mediation(coder: Coder) -> None:
    found = coded(coder, "The mediation between Russia and Ukraine ended on Friday.", "en")
    assert "SANCTION" not in [f[0] for f in found], found


def test_an_order_to_act_is_still_a_request(coder: Coder) -> None:
    # the investigation sense of "order" needs an investigation: an order to act is a demand
    found = coded(coder, "Russia ordered Ukraine to withdraw.", "en")
    assert ("REQUEST", frozenset({"RUS"}), frozenset({"UKR"}), "asserted") in found, found
    assert "ACCUSE" not in [f[0] for f in found], found


def test_ruling_out_force_is_no_threat(coder: Coder) -> None:
    # only the negation of "rule out" warns: ruling force out turns it down
    found = coded(coder, "Germany ruled out military action against Russia.", "en")
    assert ("REJECT", frozenset({"DEU"}), frozenset({"RUS"}), "asserted") in found, found
    assert "THREATEN" not in [f[0] for f in found], found


def test_a_court_ruling_is_no_threat(coder: Coder) -> None:
    found = coded(coder, "The court did not rule on the action against Russia.", "en")
    assert "THREATEN" not in [f[0] for f in found], found


def test_halting_participation_in_a_deal_is_a_sanction(coder: Coder) -> None:
    text = "Russia is halting its participation in the grain deal with Ukraine."
    found = {e[:3] for e in coded(coder, text, "en")}
    assert ("SANCTION", frozenset({"RUS"}), frozenset({"UKR"})) in found, found
