"""French trigger words of the event lexicon (``lang/fr/events.json``): the senses a verb takes
with its object (tariffs eased, aid cut, rebels backed) and the objects that make it no event."""

from __future__ import annotations

import pytest

from newsgraph.events import Coder

from .helpers import coded, types_coded

pytestmark = pytest.mark.model


@pytest.fixture
def coder(coders: dict[str, Coder]) -> Coder:
    """The shared French coder."""
    return coders["fr"]


def types_of(coder: Coder, text: str) -> list[str]:
    return types_coded(coder, text, "fr")


Described = tuple[str, frozenset[str], frozenset[str], str]


def found_in(coder: Coder, text: str) -> list[Described]:
    return coded(coder, text, "fr")


def row(kind: str, source: str, target: str, modality: str = "asserted") -> Described:
    return kind, frozenset({source}), frozenset({target}), modality


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # lowering a state's customs duties eases a measure (CONCEDE), as lifting sanctions
        (
            "L'Allemagne a réduit ses droits de douane sur les importations du Japon.",
            row("CONCEDE", "DEU", "JPN"),
        ),
        (
            "Le Japon a abaissé ses tarifs sur les produits chinois.",
            row("CONCEDE", "JPN", "CHN"),
        ),
        # cutting another state's aid withdraws it (SANCTION)
        ("L'Allemagne a réduit son aide à l'Ukraine.", row("SANCTION", "DEU", "UKR")),
        # sharing one's findings with a state is cooperation, as sharing intelligence
        (
            "La France a partagé ses conclusions avec l'Allemagne.",
            ("COOPERATE", frozenset({"FRA", "DEU"}), frozenset({"FRA", "DEU"}), "asserted"),
        ),
        # reinforcing border controls is a show of force at the border
        (
            "La Russie a renforcé les contrôles à la frontière avec l'Ukraine.",
            row("MOBILIZE", "RUS", "UKR"),
        ),
        # pulling one's fighters back is a retreat, reflexive or not
        (
            "Israël a exigé le retrait. Le Liban devra replier ses combattants au nord du fleuve.",
            row("RETREAT", "LBN", "ISR", "future"),
        ),
        # not following up on a demand withholds the agreement asked for
        (
            "La Russie a demandé l'extradition. La France n'a pas donné suite.",
            row("AGREE", "FRA", "RUS", "negated"),
        ),
        # a law or a treaty promulgated is agreed, as one ratified
        (
            "La France a promulgué le traité avec l'Allemagne.",
            row("AGREE", "FRA", "DEU"),
        ),
        # barricades put up are a protest (blocking the way) of those who put them up
        (
            "Des manifestants géorgiens ont dressé des barricades à Tbilissi.",
            row("PROTEST", "GEO", "GEO"),
        ),
        # a leader expected in a capital is a visit to come
        ("Vladimir Poutine est attendu mardi à Pékin.", row("CONSULT", "RUS", "CHN")),
        # backing a state is words (SUPPORT); backing armed rebels arms them (AID, below)
        ("La France soutient l'Ukraine.", row("SUPPORT", "FRA", "UKR")),
    ],
)
def test_sense(coder: Coder, text: str, expected: Described) -> None:
    found = found_in(coder, text)
    assert expected in found, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La Russie soutient les rebelles ukrainiens.", "AID"),
        # a judgement adjective said of an act condemns it
        ("La France a jugé la décision russe cynique.", "ACCUSE"),
        # occupying land is a seizure, a strike against a state a protest
        ("La Russie occupe une partie de l'Ukraine.", "COERCE"),
        ("La France a lancé une grève contre la Russie.", "PROTEST"),
    ],
)
def test_type(coder: Coder, text: str, expected: str) -> None:
    assert expected in types_of(coder, text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # declining to comment refuses no one's demand
        ("L'Allemagne a demandé des explications. La Russie a refusé de commenter.", "REJECT"),
        ("L'Allemagne a accusé la Russie. La Russie s'est refusée à tout commentaire.", "REJECT"),
        # selling a state its gas or its oil is commerce, no aid
        ("La Russie fournit du gaz à l'Allemagne.", "AID"),
        ("La Russie a livré du gaz à la Chine.", "AID"),
        # an account given ("livrer sa version") is no delivery
        ("La Russie a livré une tout autre version à la France.", "AID"),
        # a message or a letter sent is no aid
        ("La France a envoyé un message à la Russie.", "AID"),
        # expecting something is no visit
        ("Les Russes s'attendent à une réponse de la France.", "CONSULT"),
        # an answer received is no visit
        ("La Russie recevra une réponse de la France.", "CONSULT"),
        # holding a place or a rank is no occupation
        ("La Russie occupe une place à part en Ukraine.", "COERCE"),
        ("La Russie occupe le premier rang des partenaires de l'Ukraine.", "COERCE"),
        # a strike fund is no strike
        ("La France a créé une caisse de grève contre la Russie.", "PROTEST"),
    ],
)
def test_no_event_of_type(coder: Coder, text: str, absent: str) -> None:
    assert absent not in types_of(coder, text)


def test_delivering_tanks_is_aid(coder: Coder) -> None:
    # the exclusions of "livrer" leave arms deliveries alone
    found = found_in(coder, "La France a livré des hélicoptères de combat à l'Ukraine.")
    assert found == [row("AID", "FRA", "UKR")], found


def test_refusing_an_offer_is_a_rejection(coder: Coder) -> None:
    # the comment exclusion leaves refusals of an offer alone
    assert "REJECT" in types_of(coder, "La Russie a refusé l'offre de l'Allemagne.")


def test_not_taking_part_is_a_rejection(coder: Coder) -> None:
    # staying away from a meeting turns it down (REJECT), no talks denied
    found = found_in(coder, "La France n'a pas participé au sommet de la Russie.")
    assert found == [row("REJECT", "FRA", "RUS")], found


def test_a_gerund_tagged_as_a_noun_is_a_trigger(coder: Coder) -> None:
    # the tagger reads "avertissant" as a noun; mended, it warns with its clause's subject
    text = (
        "La Russie a expulsé deux diplomates ukrainiens, "
        "tout en avertissant l'Ukraine que sa réponse serait ferme."
    )
    found = found_in(coder, text)
    assert row("THREATEN", "RUS", "UKR") in found, found


def test_not_ruling_out_force_is_a_threat(coder: Coder) -> None:
    # "n'exclut pas" an act of force warns (THREATEN), as "would not rule out" in English
    found = found_in(coder, "L'Allemagne n'exclut pas une action militaire contre la Russie.")
    assert row("THREATEN", "DEU", "RUS") in found, found


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
