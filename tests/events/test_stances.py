"""Refusing to accept a state of affairs is no refusal (:mod:`newsgraph.events.stances`)."""

from __future__ import annotations

import pytest

from newsgraph.events import Coder

from .helpers import coded, types_coded

pytestmark = pytest.mark.model


def _types(coders: dict[str, Coder], text: str, code: str) -> list[str]:
    return types_coded(coders[code], text, code)


def test_not_accepting_a_state_of_affairs_is_no_refusal(coders: dict[str, Coder]) -> None:
    text = "Germany will not accept that Russia uses its gas as a weapon against it."
    assert "REJECT" not in _types(coders, text, "en")


def test_ne_pas_accepter_une_situation_n_est_pas_un_refus(coders: dict[str, Coder]) -> None:
    text = "La France ne peut pas accepter que la Russie utilise le gaz comme une arme."
    assert "REJECT" not in _types(coders, text, "fr")


def test_not_accepting_what_is_put_forward_stays_a_refusal(coders: dict[str, Coder]) -> None:
    text = "Ukraine could not accept a ceasefire proposed by Russia."
    assert "REJECT" in _types(coders, text, "en")


def test_acts_a_treaty_extends_to_are_no_events(coders: dict[str, Coder]) -> None:
    text = (
        "China fired water cannon at a Philippine boat. Washington said that the 1951 "
        "Mutual Defense Treaty extends to armed attacks on Philippine public vessels."
    )
    assert "ASSAULT" not in _types(coders, text, "en")


def test_les_actes_auxquels_s_applique_un_traite_ne_sont_pas_des_evenements(
    coders: dict[str, Coder],
) -> None:
    text = (
        "Washington a rappelé que le traité s'appliquait aux attaques armées contre les "
        "Philippines."
    )
    assert "ASSAULT" not in _types(coders, text, "fr")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The United States has not demanded that Russia withdraw its troops.", "REQUEST"),
        ("France did not warn that it would impose sanctions on Russia.", "THREATEN"),
    ],
)
def test_a_negated_verb_other_than_accepting_keeps_its_act(
    coders: dict[str, Coder], text: str, kind: str
) -> None:
    # only verbs of acceptance state a principle with a that-clause (modality.acceptance)
    assert kind in _types(coders, text, "en")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Russia extended the ceasefire after talks with Ukraine.", "en"),
        ("La Russie a étendu la trêve après des pourparlers avec l'Ukraine.", "fr"),
    ],
)
def test_a_verb_of_scope_covers_only_what_it_applies_to(
    coders: dict[str, Coder], text: str, code: str
) -> None:
    # "extends to" names what a rule covers; "after talks" names talks held
    assert "CONSULT" in _types(coders, text, code)


def _coded(coders: dict[str, Coder], text: str, code: str) -> list[tuple[str, str]]:
    return [(e[0], e[3]) for e in coded(coders[code], text, code)]


def test_a_meeting_cancelled_did_not_take_place(coders: dict[str, Coder]) -> None:
    text = "Russia cancelled a planned meeting with France in New York."
    assert _coded(coders, text, "en") == [("CONSULT", "negated")]


def test_an_agreement_cancelled_is_a_sanction_done(coders: dict[str, Coder]) -> None:
    text = "Russia cancelled a military cooperation agreement with France."
    assert _coded(coders, text, "en") == [("SANCTION", "asserted")]


def test_a_cancelled_visit_is_a_sanction_carried_out_fr(coders: dict[str, Coder]) -> None:
    # French codes the cancelled visit as the sanction itself, which stays asserted
    text = "La Russie a annulé une visite d'État en France."
    assert _coded(coders, text, "fr") == [("SANCTION", "asserted")]


def test_not_recognising_is_a_refusal(coders: dict[str, Coder]) -> None:
    found = coded(coders["en"], "Russia did not recognise the independence of Ukraine.", "en")
    assert ("REJECT", frozenset({"RUS"}), frozenset({"UKR"}), "asserted") in found, found


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
    ("text", "code", "kind"),
    [
        ("Georgia acted without coordination with Belarus, the minister said.", "en", "COOPERATE"),
        (
            "Georgia will keep its troops there, with or without an agreement with Belarus.",
            "en",
            "AGREE",
        ),
        ("The talks between Georgia and Belarus ended without agreement.", "en", "AGREE"),
        (
            "La Géorgie a modifié le texte sans véritable consultation avec la Biélorussie.",
            "fr",
            "CONSULT",
        ),
        (
            "Les discussions entre la Géorgie et la Biélorussie ont pris fin sans accord.",
            "fr",
            "AGREE",
        ),
        ("La Géorgie gardera ses troupes, avec ou sans accord avec la Biélorussie.", "fr", "AGREE"),
    ],
)
def test_an_act_named_as_missing_is_no_event(
    coders: dict[str, Coder], text: str, code: str, kind: str
) -> None:
    # a noun under "without" / « sans » names an act that is missing (modality.negation_marks)
    assert kind not in _types(coders, text, code)


@pytest.mark.parametrize(
    ("text", "code", "kind"),
    [
        ("Georgia signed the text after an agreement with Belarus.", "en", "AGREE"),
        (
            "La Géorgie a modifié le texte après une consultation avec la Biélorussie.",
            "fr",
            "CONSULT",
        ),
        ("La Géorgie a agi en coopération avec la Biélorussie.", "fr", "COOPERATE"),
    ],
)
def test_an_act_named_after_another_preposition_stays(
    coders: dict[str, Coder], text: str, code: str, kind: str
) -> None:
    assert kind in _types(coders, text, code)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Georgia closed the border with the backing of Armenia and without the consent of"
            " Belarus.",
            "SUPPORT",
        ),
        (
            "Georgia signed the accord with the support of Armenia and without the approval of"
            " Belarus.",
            "SUPPORT",
        ),
    ],
)
def test_an_act_under_a_preposition_coordinated_with_without_stays(
    coders: dict[str, Coder], text: str, kind: str
) -> None:
    # "without" heads its own object there, so "backing" is under "with" alone
    assert kind in _types(coders, text, "en")


def test_a_verb_under_sans_stays_a_negated_act(coders: dict[str, Coder]) -> None:
    text = "La Géorgie et la Biélorussie se sont entretenues sans parvenir à un accord."
    assert ("AGREE", "negated") in _coded(coders, text, "fr")


@pytest.mark.parametrize(
    ("text", "code", "kind"),
    [
        ("Georgia named a new minister for cooperation with Belarus.", "en", "COOPERATE"),
        ("Georgia appointed a special representative for dialogue with Belarus.", "en", "CONSULT"),
        (
            "La Géorgie a nommé un ministre de la Coopération avec la Biélorussie.",
            "fr",
            "COOPERATE",
        ),
        (
            "Le représentant de la Géorgie pour le dialogue avec la Biélorussie a démissionné.",
            "fr",
            "CONSULT",
        ),
    ],
)
def test_an_act_naming_an_office_s_remit_is_no_event(
    coders: dict[str, Coder], text: str, code: str, kind: str
) -> None:
    # "minister for cooperation" names a post (modality.offices, office_preps)
    assert kind not in _types(coders, text, code)


def test_an_act_a_verb_sends_the_office_holder_to_stays(coders: dict[str, Coder]) -> None:
    # "for talks" hangs on the verb, not on the title: the talks are an act
    text = "Georgia sent its minister for talks with Belarus."
    assert "CONSULT" in _types(coders, text, "en")
