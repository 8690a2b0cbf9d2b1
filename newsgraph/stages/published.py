"""Stage ``published``: the publication date, from metadata, the page, or estimated from the text.

Order of trust: the ``published`` option, the input's metadata, a publication line on the page
("Publié le 12 mars 2024", "Updated March 12, 2024"), a date in the byline ("Par Aminata Koné ·
Publié le 1er juillet 2023"); failing those, the latest absolute date the
article mentions, since an article is not published before the dates it reports (marked
``published_estimated``).
"""

from __future__ import annotations

import datetime as dt
from typing import ClassVar

from ..article import Article
from ..dates import grammar
from ..options import Options

#: Kinds of removed lines that state the publication date, most trusted first.
_STATED_IN = ("publication-info", "byline")


class Published:
    name: ClassVar[str] = "published"
    version = "published.v2"
    requires: ClassVar[tuple[str, ...]] = ("text", "removed", "captions", "language")
    assigns: ClassVar[tuple[str, ...]] = ("published", "published_estimated")
    any_language: ClassVar[bool] = False

    def __init__(self, options: Options) -> None:
        self.forced = options.published

    def __call__(self, article: Article) -> Article:
        if self.forced is not None:
            article.published, article.published_estimated = self.forced, False
        elif article.published is None:
            stated = self.stated(article)
            if stated is not None:
                article.published, article.published_estimated = stated, False
            else:
                article.published = self.estimate(article)
                article.published_estimated = article.published is not None
        return article

    def stated(self, article: Article) -> dt.date | None:
        """The first date of a publication line ("Publié le …") on the page, else of a byline.

        A byline that carries a date carries the publication's ("By Jane Doe, March 12, 2024").
        """
        dates = grammar(_code(article))
        for reason in _STATED_IN:
            for line in article.removed:
                if line.reason == reason:
                    for date in dates.find(line.text):
                        return date
        return None

    def estimate(self, article: Article) -> dt.date | None:
        """The latest absolute date in the body and the captions."""
        dates = grammar(_code(article))
        texts = [article.text, *(caption.text for caption in article.captions)]
        found = [date for text in texts for date in dates.find(text)]
        return max(found, default=None)


def _code(article: Article) -> str:
    assert article.language is not None
    return article.language
