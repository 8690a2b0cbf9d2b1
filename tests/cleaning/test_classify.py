from __future__ import annotations

import pytest

from newsgraph.cleaning import Lexicon
from newsgraph.cleaning.classify import chrome_reason
from newsgraph.cleaning.lines import split_lines


def reason(text: str, lexicon: Lexicon) -> str | None:
    return chrome_reason(split_lines(text, lexicon)[0], lexicon)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("logo_blanc", "site-asset"),
        ("Rechercher", "site"),
        ("Sign in", "site"),
        ("Accueil International Politique Économie", "navigation"),
        ("Home | World | Politics | Business", "navigation"),
        ("Vous avez aimé cet article ? Likez-nous sur Facebook", "social"),
        ("Newsletter quotidienne", "newsletter"),
        ("Recevez chaque matin l’essentiel de l’actualité.", "call-to-action"),
        ("Abonnez-vous au magazine papier", "subscription"),
        ("Subscribe now for $1 a week", "subscription"),
        ("<<< À lire également : un autre article >>>", "related"),
        ("Read more: Talks resume in Geneva", "related"),
        ("1 an, 4 numéros : 30 € TTC au lieu de 36 € TTC", "price"),
        ("Nous utilisons des cookies pour améliorer votre expérience.", "cookies"),
        ("Publié le 12/03/2024 à 14h05", "publication-info"),
        ("Published March 12, 2024 2:05 PM", "publication-info"),
        ("By Jane Doe and John Roe", "byline"),
        ("Reporting by Jane Doe; Editing by John Roe", "byline"),
        ("Le président à Kyiv, le 3 mars 2024. (Photo : AFP)", "caption"),
        ("Soldiers on patrol near the border. REUTERS/Jane Doe", "caption"),
        ("Tanks roll past a depot in Tarvia, Thursday, May 7, 2026. (AP Photo/Jan Roe)", "caption"),
        ("© 2025 Example Media. All rights reserved.", "copyright"),
        ("Des soldats lors d'un exercice près de Bardufoss. (Photo : Forsvaret)", "caption"),
        ("(Reporting by Jane Doe; Writing by John Roe; Editing by Ann Poe)", "byline"),
        ("(Reportage de Jean Dupont ; rédigé par Léa Martin)", "byline"),
        (
            "Vous aimez nos articles ? Soutenez un journalisme indépendant : faites un don.",
            "subscription",
        ),
        ("Ce direct est désormais terminé. Merci de l'avoir suivi.", "editor-note"),
        ("Cet entretien a été édité pour des raisons de longueur et de clarté.", "editor-note"),
        ("This is a developing story and will be updated.", "editor-note"),
        ("The views expressed are the author’s own.", "editor-note"),
        ("About the author: Jane Doe leads the institute's Arctic programme.", "editor-note"),
        ("Réservé à nos abonnés. Il vous reste 2 articles gratuits.", "subscription"),
    ],
)
def test_chrome(text: str, expected: str, lexicon: Lexicon) -> None:
    assert reason(text, lexicon) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Le Conseil de sécurité de l’ONU se réunira jeudi à New York pour examiner la situation.",
        "The ministry said the aid package was worth $50 million and would arrive next week.",
        "L’Union européenne a débloqué une aide de 50 millions d’euros pour la reconstruction.",
        "Support for the ceasefire has grown among members of the Security Council this week.",
        "Les manifestants ont partagé des images de la répression sur les réseaux sociaux.",
        "PARIS, 14 mars (AFP) - Le gouvernement a annoncé mardi de nouvelles mesures.",
        "Le ministre a dit que ce dialogue direct était terminé depuis la rupture de mars.",
        "The author of the report said the views of the mission were ignored.",
    ],
)
def test_prose_is_not_chrome(text: str, lexicon: Lexicon) -> None:
    assert reason(text, lexicon) is None
