"""Quoted words that name a work or a campaign: the title of a book, a film, a programme, a
plan, the words of a slogan or a hashtag, put right after the noun that says what they name
("le documentaire « Ils ont tout perdu à Gaza »", "son livre, « Ce que nous devons à
l'Europe », …") or after a participle that gives a name ("un plan intitulé « Agir pour … »").
They are a name, not a quotation, though they hold a clause: nobody says them in the article.
A name is capitalised on its first word; quoted words in lower case after such a noun go on
with its sentence ("l'opération « se poursuivra jusqu'à … »", said of the operation). The
nouns and participles are the language's ``naming_words``.
"""

from __future__ import annotations

from .layout import Layout
from .marks import Marked

#: Marks that may stand between such a noun and the quoted name ("son livre, « … »").
BETWEEN = frozenset({","})


def names_work(layout: Layout, quote: Marked) -> bool:
    """Whether the quoted words, capitalised, follow a noun or a participle of
    ``naming_words``, nothing but a comma between them: « L'émission « C'est pas tous les
    jours dimanche » a invité … » names a programme; « il a dit : « … » » follows no such
    word, and « l'opération « se poursuivra » » is said of the operation."""
    naming = layout.lexicon.naming_words
    first = layout.text[quote.start : quote.end].lstrip()[:1]
    if not naming or quote.dash or not first.isupper():
        return False
    before = layout.tokens(0, quote.open)
    if not before:
        return False
    i = before[-1]
    if layout.doc[i].text in BETWEEN and i > 0:
        i -= 1
    word = layout.doc[i]
    return word.lower_ in naming or word.lemma_.lower() in naming
