"""A definite noun takes up an international organisation, an armed group, a charity or a
state's armed forces named before it (model-backed)."""

from __future__ import annotations

import pytest

from newsgraph import Pipeline

from .helpers import mentions_of, run

pytestmark = pytest.mark.model


def test_the_organisation_takes_up_the_one_named_most_in_french(pipeline: Pipeline) -> None:
    article = run(pipeline, (
        "La Cédéao a suspendu le Niger en juillet. La Cédéao a fermé ses frontières et la BCEAO "
        "a gelé les avoirs de Niamey. En février, l'organisation a levé les sanctions."
    ))  # fmt: skip
    assert "l'organisation" in mentions_of(article, "Economic Community of West African States")
    assert "l'organisation" not in mentions_of(article, "Central Bank of West African States")


def test_the_bloc_takes_up_the_organisation_in_english(pipeline: Pipeline) -> None:
    article = run(pipeline, (
        "Mali and Niger left the Economic Community of West African States on Wednesday. "
        "The bloc urged them to reconsider."
    ))  # fmt: skip
    assert "The bloc" in mentions_of(article, "Economic Community of West African States")


def test_the_agency_takes_up_an_agency_only(pipeline: Pipeline) -> None:
    article = run(pipeline, (
        "Iran met the International Atomic Energy Agency in Vienna, and the United Nations "
        "called for calm. Tehran expelled two inspectors sent by the agency."
    ))  # fmt: skip
    assert "the agency" in mentions_of(article, "International Atomic Energy Agency")
    article = run(pipeline, (
        "L'ONU a appelé au calme jeudi. Selon l'agence officielle Irna, Téhéran a refusé."
    ))  # fmt: skip
    assert "l'agence" not in mentions_of(article, "United Nations")


def test_an_organisation_named_earlier_in_the_sentence_comes_first(pipeline: Pipeline) -> None:
    article = run(pipeline, (
        "NATO met in Vilnius. NATO warned Russia on Monday. The European Union's trade "
        "commissioner said the bloc would draft further measures."
    ))  # fmt: skip
    assert "the bloc" in mentions_of(article, "European Union")
    article = run(pipeline, (
        "L'Otan a averti la Russie lundi. L'Otan s'est réunie à Vilnius. La cheffe de la "
        "diplomatie de l'Union européenne a dit que l'organisation proposerait des sanctions."
    ))  # fmt: skip
    assert "l'organisation" in mentions_of(article, "European Union")


def test_a_noun_of_action_takes_up_no_organisation(pipeline: Pipeline) -> None:
    article = run(pipeline, (
        "La Cédéao a suspendu le Mali. Bamako a reporté l'organisation des élections."
    ))  # fmt: skip
    assert "l'organisation" not in mentions_of(article, "Economic Community of West African States")
    article = run(pipeline, (
        "ECOWAS suspended Mali in May. Bamako delayed the organisation of the vote."
    ))  # fmt: skip
    assert "the organisation" not in mentions_of(
        article, "Economic Community of West African States"
    )


def test_the_group_takes_up_an_armed_group(pipeline: Pipeline) -> None:
    article = run(pipeline, (
        "Les rebelles du M23 ont pris Goma en janvier. Le Burundi a démenti toute aide "
        "aux rebelles."
    ))  # fmt: skip
    assert "aux rebelles" in mentions_of(article, "M23")
    article = run(pipeline, (
        "The Houthis fired missiles at two ships on Monday. Oman says it has never armed the "
        "group."
    ))  # fmt: skip
    assert "the group" in mentions_of(article, "Houthis")


def test_a_possessive_takes_up_no_group(pipeline: Pipeline) -> None:
    article = run(pipeline, (
        "The Houthis fired missiles at ships. Officials in Aden said the losses came from "
        "the group's drone attacks."
    ))  # fmt: skip
    assert "the group" not in mentions_of(article, "Houthis")


def test_the_organisation_of_a_brief_is_not_one_of_the_brief_before(pipeline: Pipeline) -> None:
    """On a page of briefs, "l'organisation" takes up no organisation of an earlier brief."""
    page = (
        "Le point sur l'actualité africaine en bref\n\n"
        "Niger : la Cédéao maintient ses sanctions\n\n"
        "La Cédéao a maintenu mardi ses sanctions contre le Niger, réunie en sommet à Abuja. "
        "La Cédéao a aussi fermé ses frontières avec Niamey.\n\n"
        "Ghana : une conférence régionale à Accra\n\n"
        "Le Ghana accueille jeudi une conférence sur la sécurité maritime dans le golfe de "
        "Guinée. Selon les autorités ghanéennes, l'organisation a déjà reçu plus de deux cents "
        "inscriptions.\n"
    )
    article = run(pipeline, page)
    assert len(article.sections) == 2
    assert "l'organisation" not in mentions_of(article, "Economic Community of West African States")


def test_the_court_and_the_council_take_up_a_court_and_a_council(pipeline: Pipeline) -> None:
    article = run(pipeline, (
        "Norland asked the International Court of Justice to halt the dam. Westmark says it "
        "does not recognise the court. The UN Security Council met on Monday, and Norland "
        "urged the council to act."
    ))  # fmt: skip
    assert "the court" in mentions_of(article, "International Court of Justice")
    assert "the council" in mentions_of(article, "UN Security Council") + mentions_of(
        article, "United Nations Security Council"
    )
    article = run(pipeline, (
        "Le Norland a saisi la Cour internationale de justice en mars. La Westmarkie ne "
        "reconnaît pas cette juridiction."
    ))  # fmt: skip
    assert "cette juridiction" in mentions_of(article, "International Court of Justice")


def test_the_court_takes_up_no_organisation_of_another_kind(pipeline: Pipeline) -> None:
    article = run(pipeline, (
        "The United Nations called for calm on Monday. Westmark's prime minister appeared "
        "before the court of appeal in Tarn. The court of appeal adjourned."
    ))  # fmt: skip
    assert not any("court" in m for m in mentions_of(article, "United Nations"))


def test_the_un_agency_takes_up_a_un_body_whatever_its_name(pipeline: Pipeline) -> None:
    article = run(pipeline, (
        "Le Programme alimentaire mondial a dénoncé mardi le pillage d'un entrepôt à Kerou. "
        "L'agence onusienne a interrompu son aide aux villages de Kerou."
    ))  # fmt: skip
    assert "L'agence onusienne" in mentions_of(article, "World Food Programme")
    article = run(pipeline, (
        "L'Union africaine a salué l'accord lundi. L'agence onusienne n'a pas réagi."
    ))  # fmt: skip
    assert "L'agence onusienne" not in mentions_of(article, "African Union")


def test_a_described_armed_group_takes_up_the_group(pipeline: Pipeline) -> None:
    """A definite noun phrase describing an armed group ("le mouvement rebelle", "the militant
    group") takes up the group as "the group" does."""
    article = run(pipeline, (
        "Le M23 a lancé une offensive vers Sake. Le mouvement rebelle affirme n'avoir fait que "
        "riposter."
    ))  # fmt: skip
    assert "Le mouvement rebelle" in mentions_of(article, "M23")
    article = run(pipeline, (
        "Hamas rejected the resolution on Monday. In a statement, the terror group said its "
        "weapons were a red line."
    ))  # fmt: skip
    assert "the terror group" in mentions_of(article, "Hamas")


def test_the_army_takes_up_the_armed_forces_named_last(pipeline: Pipeline) -> None:
    article = run(pipeline, (
        "The Lebanese army redeployed near Tyre. The Lebanese army closed two roads, and the "
        "Israeli army struck a depot overnight. The military said the depot stored rockets."
    ))  # fmt: skip
    assert "The military" in mentions_of(article, "Israel Defense Forces")
    assert "The military" not in mentions_of(article, "Lebanese Armed Forces")
    article = run(pipeline, (
        "L'armée soudanaise a repris un pont jeudi près de Khartoum. Vendredi, l'armée a "
        "affirmé contrôler toute la rive."
    ))  # fmt: skip
    assert "l'armée" in mentions_of(article, "Sudanese Armed Forces")
    article = run(pipeline, (
        "The Israeli army shelled a village in the south. The navy intercepted a boat, and "
        "the army searched it."
    ))  # fmt: skip
    assert "the army" in mentions_of(article, "Israel Defense Forces")
    assert "The navy" not in mentions_of(article, "Israel Defense Forces")  # no navy named


def test_of_two_navies_or_armies_the_noun_takes_up_the_last(pipeline: Pipeline) -> None:
    article = run(pipeline, (
        "Ukraine's navy said it had hit a patrol boat. The Russian Navy denied the claim. The "
        "navy added that the boat was back in port."
    ))  # fmt: skip
    assert "The navy" in mentions_of(article, "Russian Navy")
    assert "The navy" not in mentions_of(article, "Ukrainian Navy")
    article = run(pipeline, (
        "The Russian army shelled a depot near the river. The Ukrainian army moved two "
        "brigades, and the army said the crossing was held."
    ))  # fmt: skip
    assert "the army" in mentions_of(article, "Ukrainian army")
    assert "the army" not in mentions_of(article, "Russian army")


def test_a_noun_of_a_charity_takes_up_the_charity_not_an_igo(pipeline: Pipeline) -> None:
    article = run(pipeline, (
        "Oxfam a distribué des vivres à Kerou jeudi, avec l'aide de l'Union européenne. Les "
        "convois ont été pillés, a précisé l'organisation humanitaire."
    ))  # fmt: skip
    assert "l'organisation humanitaire" in mentions_of(article, "Oxfam")
    assert "l'organisation humanitaire" not in mentions_of(article, "European Union")
    article = run(pipeline, (
        "Amnesty International met European Union envoys in Tarn. The rights group said two "
        "reporters had been detained."
    ))  # fmt: skip
    assert "The rights group" in mentions_of(article, "Amnesty International")
