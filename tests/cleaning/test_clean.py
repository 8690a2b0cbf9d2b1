from __future__ import annotations

import pytest

from newsgraph.cleaning import Lexicon, clean_text
from newsgraph.textutil import fold

from ..conftest import page

BODY_FR = [
    "Le ministre des Affaires étrangères a rencontré mardi son homologue à Paris pour évoquer "
    "la situation dans la région, a indiqué le ministère dans un communiqué.",
    "Les deux hommes ont souligné la nécessité d’un cessez-le-feu durable et ont appelé les "
    "parties à reprendre les négociations dans les prochaines semaines.",
    "Une nouvelle rencontre doit avoir lieu le mois prochain à Genève, selon une source "
    "diplomatique qui a requis l’anonymat.",
]


def test_body_kept_and_chrome_removed_with_reasons(lexicon: Lexicon) -> None:
    raw = page(
        "logo_site",
        "Rechercher",
        "La France et l’Allemagne appellent à un cessez-le-feu durable",
        *BODY_FR,
        "Par Julie Martin, avec AFP",
        "À lire aussi : Le sommet de Bruxelles s’ouvre sous tension",
        "Abonnez-vous à notre newsletter",
        "1 an : 49 € au lieu de 79 €",
    )
    result = clean_text(raw, lexicon)
    assert result.text == "\n\n".join(BODY_FR)
    assert result.title == "La France et l’Allemagne appellent à un cessez-le-feu durable"
    assert result.authors == ["Julie Martin"]
    reasons = {line.text: line.reason for line in result.removed}
    assert reasons["logo_site"] == "site-asset"
    assert reasons["Rechercher"] == "site"
    assert reasons["Par Julie Martin, avec AFP"] == "byline"
    assert reasons["À lire aussi : Le sommet de Bruxelles s’ouvre sous tension"] == "related"
    assert reasons["1 an : 49 € au lieu de 79 €"] == "price"


def test_paragraph_offsets_index_the_clean_text(lexicon: Lexicon) -> None:
    result = clean_text(page("Titre de l’article sur la diplomatie", *BODY_FR), lexicon)
    assert [result.text[p.start : p.end] for p in result.paragraphs] == BODY_FR


def test_non_breaking_spaces_and_apostrophes_are_kept(lexicon: Lexicon) -> None:
    sentence = (
        "Le président a jugé la décision «\u00a0inacceptable\u00a0» et l’a dit "
        "devant l’Assemblée mardi soir."
    )
    result = clean_text(page(sentence, BODY_FR[0]), lexicon)
    assert sentence in result.text


def test_caption_with_glued_alt_text_and_credit(lexicon: Lexicon) -> None:
    caption = (
        "Olaf ScholzLe chancelier allemand Olaf Scholz à Berlin, le 3 mai 2024. "
        "| Source : Getty Images"
    )
    result = clean_text(page("Un titre assez long pour un article", caption, *BODY_FR), lexicon)
    assert caption not in result.text
    assert result.captions[0].alt == "Olaf Scholz"
    assert result.captions[0].credit == "Getty Images"
    assert result.captions[0].text.startswith("Le chancelier allemand")


def test_translated_byline(lexicon: Lexicon) -> None:
    byline = "Article traduit de The Economist – Auteur : Jean Dupont"
    result = clean_text(page(*BODY_FR, byline), lexicon)
    assert result.translated_from == "The Economist"
    assert result.authors == ["Jean Dupont"]


@pytest.mark.parametrize(
    "line",
    [
        "Par ailleurs, les États-Unis ont averti que la Russie pourrait bientôt signer un accord.",
        "By the end of the week, both delegations had agreed to resume talks in Geneva.",
        "Le rapport publié mardi par l’ONU accuse les deux camps de violations graves.",
        "Le Kremlin a refusé de commenter ces informations dans l’immédiat, mardi soir.",
    ],
)
def test_prose_that_resembles_chrome_is_kept(lexicon: Lexicon, line: str) -> None:
    result = clean_text(
        page("Un titre assez long pour un article", BODY_FR[0], line, BODY_FR[1]), lexicon
    )
    assert line in result.text


def test_english_page(lexicon: Lexicon) -> None:
    body = [
        "The foreign ministers of both countries met on Tuesday in Vienna to discuss the "
        "ceasefire, the ministry said in a statement.",
        "They agreed to meet again next month, according to a senior official who asked not "
        "to be named.",
    ]
    raw = page(
        "Home | World | Politics | Business",
        "Sign in",
        "Ministers meet in Vienna as ceasefire talks resume",
        *body,
        "Sign up for our daily briefing",
        "We use cookies to improve your experience. Accept all",
    )
    result = clean_text(raw, lexicon)
    assert result.text == "\n\n".join(body)
    assert result.title == "Ministers meet in Vienna as ceasefire talks resume"
    assert {line.reason for line in result.removed} >= {
        "navigation",
        "site",
        "newsletter",
        "cookies",
    }


def test_repeated_lines_of_a_source_are_removed(lexicon: Lexicon) -> None:
    blurb = "Tous les jours, le meilleur de l’actualité internationale dans votre boîte."
    result = clean_text(page(*BODY_FR, blurb), lexicon, repeated={fold(blurb)})
    assert blurb not in result.text
    assert result.removed[-1].reason == "repeated-in-source"


def test_metadata_title_is_removed_from_the_body(lexicon: Lexicon) -> None:
    title = "Les ministres se retrouvent à Paris"
    result = clean_text(page(title, *BODY_FR), lexicon, title=title)
    assert result.title == title and title not in result.text


def test_text_without_prose_keeps_what_is_not_chrome(lexicon: Lexicon) -> None:
    result = clean_text("Sommet à Paris\nLes dirigeants arrivent", lexicon)
    assert "Les dirigeants arrivent" in result.text


def test_extracted_text_keeps_every_line_that_is_not_chrome(lexicon: Lexicon) -> None:
    lines = ["Uma palinha das brincadeiras", "Eugênio: Por sua causa, Carlos.", *BODY_FR]
    raw = page(*lines, "Newsletter quotidienne")
    assert clean_text(raw, lexicon, title="Titre", extracted=True).text == "\n\n".join(lines)
    assert "Eugênio" not in clean_text(raw, lexicon, title="Titre").text


def test_a_credit_line_of_correspondents_names_its_editor(lexicon: Lexicon) -> None:
    credit = "(Avec nos correspondants à Alger et Niamey ; édition : Fatou Ndiaye)"
    result = clean_text(page(*BODY_FR, credit), lexicon)
    assert result.authors == ["Fatou Ndiaye"]
    assert credit not in result.text
    plain = clean_text(page(*BODY_FR, "(Avec notre correspondante à Kiev)"), lexicon)
    assert "correspondante" not in plain.text


def test_a_credit_line_of_sentences_is_a_byline(lexicon: Lexicon) -> None:
    body = [
        "The minister met his counterpart on Tuesday in Paris to discuss the situation in the "
        "region, the ministry said in a statement.",
        "Both men stressed the need for a lasting ceasefire and called on the parties to resume "
        "talks in the coming weeks.",
    ]
    credit = "Editing by Marta Ruiz. Additional reporting by Anna Horváth in Budapest."
    result = clean_text(page(*body, credit), lexicon)
    assert credit not in result.text
    assert result.authors == ["Anna Horváth"]
    prose = "By then, talks had failed. Additional reporting was needed."
    assert prose in clean_text(page(*body, prose), lexicon).text  # sentences of prose stay
