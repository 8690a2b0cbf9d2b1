"""Pages of several stories: their titles, kept in the body, and the stories they open."""

from __future__ import annotations

from newsgraph.article import Article, Span
from newsgraph.cleaning import Lexicon, clean_text

from ..conftest import page

BRIEFS_FR = [
    "LE COURRIER DU MONDE",
    "Accueil | International | Europe | Afrique",
    "Le tour du monde en bref : Pérou, Moldavie, Gabon",
    "Pérou : la présidente Ana Quispe limoge son ministre de l'Intérieur",
    "La présidente péruvienne Ana Quispe a limogé lundi son ministre de l'Intérieur, "
    "Carlos Ramírez, après une semaine de manifestations dans le sud du pays, a annoncé "
    "le palais présidentiel dans un communiqué.",
    "Moldavie : Chisinau expulse deux diplomates",
    "La Moldavie a expulsé mardi deux diplomates accusés d'ingérence dans la campagne "
    "électorale, a indiqué le ministère moldave des Affaires étrangères, qui n'a pas "
    "précisé leur nationalité.",
    "Gabon : l'opposition appelle à manifester samedi",
    "Les principaux partis de l'opposition gabonaise ont appelé leurs partisans à défiler "
    "samedi à Libreville pour réclamer la publication du fichier électoral avant le scrutin.",
    "© Le Courrier du monde 2025 - Tous droits réservés",
]

BRIEFS_EN = [
    "THE GLOBE DISPATCH",
    "World briefing: a minister dismissed in Peru, diplomats expelled from Moldova",
    "Peru: President dismisses interior minister",
    "Peruvian President Ana Quispe dismissed her interior minister, Carlos Ramirez, on "
    "Monday after a week of protests in the south of the country, the presidential palace "
    "said in a statement.",
    "Moldova: Two diplomats expelled",
    "Moldova expelled two diplomats on Tuesday over what it called interference in the "
    "election campaign, the foreign ministry said, without naming their country.",
    "Gabon: Opposition calls for Saturday march",
    "Gabon's main opposition parties urged their supporters to march in Libreville on "
    "Saturday to demand the publication of the voter roll before the election.",
]


def _starts(text: str, sections: list[Span]) -> list[str]:
    return [text[s.start : s.end].split("\n")[0] for s in sections]


def test_a_page_of_briefs_keeps_each_title_in_the_body_and_knows_its_stories(
    lexicon: Lexicon,
) -> None:
    result = clean_text(page(*BRIEFS_FR), lexicon)
    assert result.title == "Le tour du monde en bref : Pérou, Moldavie, Gabon"
    assert result.text.startswith("Pérou : la présidente Ana Quispe limoge")
    assert _starts(result.text, result.sections) == [
        "Pérou : la présidente Ana Quispe limoge son ministre de l'Intérieur",
        "Moldavie : Chisinau expulse deux diplomates",
        "Gabon : l'opposition appelle à manifester samedi",
    ]
    assert result.sections[-1].end == len(result.text)


def test_an_english_world_briefing_has_one_story_per_title(lexicon: Lexicon) -> None:
    result = clean_text(page(*BRIEFS_EN), lexicon)
    assert result.title == BRIEFS_EN[1]
    assert _starts(result.text, result.sections) == [
        "Peru: President dismisses interior minister",
        "Moldova: Two diplomats expelled",
        "Gabon: Opposition calls for Saturday march",
    ]


def test_a_flash_and_its_follow_up_under_a_second_header_are_both_body(
    lexicon: Lexicon,
) -> None:
    """The flash above a second headline with its own byline is a story, not chrome."""
    raw = page(
        "La Gazette des Andes",
        "Bolivie : le référendum sur la réforme de la justice reporté",
        "Publié le 03/03/2025 à 09h10",
        "Le tribunal électoral bolivien a annoncé lundi le report du référendum sur la réforme "
        "de la justice, prévu le mois prochain, en invoquant des retards dans l'impression "
        "des bulletins de vote. Plus d'informations à suivre.",
        "Lire aussi : Pérou : la présidente limoge son ministre de l'Intérieur",
        "Mis à jour le 03/03/2025 à 18h00",
        "Référendum reporté : l'opposition dénonce une manœuvre du pouvoir",
        "Par Lucía Ferreira, à La Paz",
        "L'opposition bolivienne a dénoncé lundi soir une manœuvre destinée à gagner du temps, "
        "au lendemain de l'annonce du report du référendum par le tribunal électoral.",
        "Le gouvernement a rejeté ces accusations et assuré que le vote aurait lieu avant "
        "la fin de l'année, selon un communiqué publié dans la soirée.",
    )
    result = clean_text(raw, lexicon)
    assert result.title == "Bolivie : le référendum sur la réforme de la justice reporté"
    assert result.text.startswith("Le tribunal électoral bolivien a annoncé lundi")
    assert _starts(result.text, result.sections) == [
        "Le tribunal électoral bolivien a annoncé lundi le report du référendum sur la réforme "
        "de la justice, prévu le mois prochain, en invoquant des retards dans l'impression "
        "des bulletins de vote. Plus d'informations à suivre.",
        "Référendum reporté : l'opposition dénonce une manœuvre du pouvoir",
    ]
    reasons = {line.text: line.reason for line in result.removed}
    assert reasons["Par Lucía Ferreira, à La Paz"] == "byline"


def test_the_subheadings_of_one_story_make_no_stories(lexicon: Lexicon) -> None:
    """Subheadings cut one long story: no label and colon, no header of their own."""
    raw = page(
        "Le Courrier du monde",
        "Pérou : la présidente Ana Quispe limoge son ministre de l'Intérieur",
        "La présidente péruvienne Ana Quispe a limogé lundi son ministre de l'Intérieur après "
        "une semaine de manifestations dans le sud du pays, a annoncé le palais présidentiel.",
        "Une semaine de colère dans le sud",
        "Les manifestants réclamaient depuis des jours le départ du ministre, qu'ils tiennent "
        "pour responsable de la mort de deux jeunes lors d'une marche à Puno.",
        "Pérou : un précédent en 2023",
        "Le prédécesseur de la présidente avait lui aussi dû se séparer de son ministre de "
        "l'Intérieur après des heurts meurtriers dans la même région.",
    )
    result = clean_text(raw, lexicon)
    assert result.sections == []
    assert "Une semaine de colère dans le sud" in result.text


def test_a_position_is_in_the_story_of_its_section() -> None:
    text = "Pérou : titre\n\nUn.\n\nGabon : titre\n\nDeux."
    second = text.index("Gabon")
    article = Article(raw=text, text=text)
    assert article.story(second + 3) == (0, len(text))
    article.sections = [Span(0, second, text[:second]), Span(second, len(text), text[second:])]
    assert article.story(3) == (0, second)
    assert article.story(second + 3) == (second, len(text))


def test_a_page_announced_as_briefs_has_one_story_per_title_even_with_no_label(
    lexicon: Lexicon,
) -> None:
    raw = page(
        "THE GLOBE DISPATCH",
        "News in brief",
        "President dismisses interior minister",
        "Peruvian President Ana Quispe dismissed her interior minister, Carlos Ramirez, on "
        "Monday after a week of protests in the south of the country, the palace said.",
        "Two diplomats expelled from Chisinau",
        "Moldova expelled two diplomats on Tuesday over what it called interference in the "
        "election campaign, the foreign ministry said, without naming their country.",
    )
    result = clean_text(raw, lexicon)
    assert _starts(result.text, result.sections) == [
        "President dismisses interior minister",
        "Two diplomats expelled from Chisinau",
    ]


def test_subheadings_under_a_headline_that_announces_no_briefs_make_no_stories(
    lexicon: Lexicon,
) -> None:
    raw = page(
        "THE GLOBE DISPATCH",
        "Peru's president dismisses her interior minister after a week of protests",
        "Peruvian President Ana Quispe dismissed her interior minister, Carlos Ramirez, on "
        "Monday after a week of protests in the south of the country, the palace said.",
        "A week of anger",
        "Protesters had for days demanded the minister's departure, blaming him for the deaths "
        "of two young men during a march in Puno.",
        "A familiar pattern",
        "The president's predecessor also had to part with his interior minister after deadly "
        "clashes in the same region.",
    )
    assert clean_text(raw, lexicon).sections == []


def test_a_headline_about_a_briefing_announces_no_briefs(lexicon: Lexicon) -> None:
    # "news briefing" inside the headline's sentence is the news, not a rubric naming the page
    raw = page(
        "THE GLOBE DISPATCH",
        "Pentagon news briefing: defence secretary warns Tarvia over attacks on shipping",
        "The defence secretary, Ruth Adebayo, warned Tarvia on Monday that attacks on "
        "merchant ships in the strait would not go unanswered, the ministry said.",
        "Pressure on Tarvia grows",
        "Several navies have sent frigates to the strait since the first attack in March, "
        "officials said on Monday.",
        "What comes next",
        "She said the allies would meet again in Lisbon next week to agree on escorts.",
    )
    assert clean_text(raw, lexicon).sections == []
