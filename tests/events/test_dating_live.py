"""Entries of a live report whose clock times the cleaner took out of the body."""

from __future__ import annotations

from newsgraph import Article
from newsgraph.events.dating_live import in_live_entry
from newsgraph.events.discourse import load_time_words

BODY = (
    "L'accord a été signé mercredi à Pretoria.\n\n"
    "« C'est un premier pas », a réagi António Guterres. Il appelle les deux camps au calme.\n\n"
    "Le président kényan a salué l'accord."
)


def _article(raw: str) -> Article:
    return Article(raw=raw, text=BODY, language="fr")


def test_stamps_on_lines_of_their_own_in_the_raw_text_open_entries() -> None:
    stamp = load_time_words("fr").stamp
    raw = BODY.replace("« C'est", "20h55\n\n« C'est")
    raw = raw.replace("Le président", "20h30\n\nLe président")
    article = _article(raw)
    assert in_live_entry(article, BODY.index("Il appelle"), stamp)
    assert not in_live_entry(article, 0, stamp)  # before the first entry


def test_one_stamp_is_no_live_report() -> None:
    stamp = load_time_words("fr").stamp
    article = _article(BODY.replace("« C'est", "20h55\n\n« C'est"))
    assert not in_live_entry(article, BODY.index("Il appelle"), stamp)


def test_stamps_in_the_body_still_count() -> None:
    stamp = load_time_words("en").stamp
    text = "Live\n\n20.05 BST – Russia attacked Kyiv.\n\n18.10 BST – Germany condemned it."
    article = Article(raw=text, text=text, language="en")
    assert in_live_entry(article, text.index("Germany"), stamp)


def test_stamps_in_the_page_header_open_no_entries() -> None:
    stamp = load_time_words("fr").stamp
    article = _article("Publié le 3 mars\n10h12\nMis à jour\n12h40\n\n" + BODY)
    assert not in_live_entry(article, BODY.index("Il appelle"), stamp)
