"""Stage ``language``: the article's language, detected offline (lingua) unless given."""

from __future__ import annotations

from typing import ClassVar

from lingua import Language, LanguageDetector, LanguageDetectorBuilder

from ..article import Article
from ..options import Options

#: Characters read by the detector, headline first: lingua's time grows with the sample, and
#: 400 characters decide as 1000 do on news text (1,300 French and English articles, and the
#: multilingual ScrapingHub pages, gave the same languages).
SAMPLE = 400
#: Samples shorter than this are read in lingua's high-accuracy mode: the low-accuracy mode is
#: made for longer texts and takes short English sentences for French ("Paris condemned
#: Russia's invasion of Ukraine."). Its models load on the first short text (a few seconds).
SHORT = 200
UNDETERMINED = "und"


class DetectLanguage:
    name: ClassVar[str] = "language"
    version = "language.v2"
    requires: ClassVar[tuple[str, ...]] = ("text", "title")
    assigns: ClassVar[tuple[str, ...]] = ("language", "status")
    any_language: ClassVar[bool] = True

    def __init__(self, options: Options) -> None:
        self.forced = options.language
        self.supported = options.languages
        self.detector = (
            LanguageDetectorBuilder.from_all_languages().with_low_accuracy_mode().build()
        )
        self._accurate: LanguageDetector | None = None
        #: The languages :meth:`prepare` found, by the id of their article, with the article
        #: itself: an id is only unique among live objects, so a later article that reuses
        #: the id of one left over from a batch must not take its language.
        self._detected: dict[int, tuple[Article, str]] = {}

    def prepare(self, batch: list[Article]) -> None:
        """Detect the languages the batch leaves open in one call, which lingua spreads over
        the machine's cores; each text gets the language :meth:`detect` gives it alone.
        Samples short enough for the accurate mode are left to :meth:`detect`."""
        self._detected = {}
        if self.forced:
            return
        open_ = [a for a in batch if not _normalise(a.language)]
        samples = [(a, sample) for a in open_ for sample in (_sample(a),) if _long(sample)]
        found = self.detector.detect_languages_in_parallel_of([s for _, s in samples])
        self._detected = {id(a): (a, _code(f)) for (a, _), f in zip(samples, found, strict=True)}

    def __call__(self, article: Article) -> Article:
        code = (
            self.forced
            or _normalise(article.language)
            or self._prepared(article)
            or self.detect(article)
        )
        article.language = code
        if code not in self.supported:
            article.status = "unsupported-language"
            supported = ", ".join(sorted(self.supported))
            article.warnings.append(
                f"language '{code}' is not supported (supported: {supported}); "
                "the article was cleaned but not analysed"
            )
        return article

    def _prepared(self, article: Article) -> str | None:
        """The language :meth:`prepare` found for this very article, if it did."""
        kept, code = self._detected.pop(id(article), (None, None))
        return code if kept is article else None

    def detect(self, article: Article) -> str:
        sample = _sample(article)
        detector = self.detector if _long(sample) else self.accurate()
        return _code(detector.detect_language_of(sample))

    def accurate(self) -> LanguageDetector:
        """The high-accuracy detector, built on first use."""
        if self._accurate is None:
            self._accurate = LanguageDetectorBuilder.from_all_languages().build()
        return self._accurate


def _normalise(code: str | None) -> str | None:
    """``fr-FR`` and ``FR`` are ``fr``."""
    return code.split("-")[0].split("_")[0].lower() if code else None


def _sample(article: Article) -> str:
    """What the detector reads: the headline and the start of the body."""
    return f"{article.title or ''}\n{article.text or article.raw}"[:SAMPLE]


def _long(sample: str) -> bool:
    """Whether a sample is long enough for the low-accuracy mode (:data:`SHORT`)."""
    return len(sample.strip()) >= SHORT


def _code(found: Language | None) -> str:
    """The ISO 639-1 code of a detected language; :data:`UNDETERMINED` for none."""
    if found is None:
        return UNDETERMINED
    return str(found.iso_code_639_1.name.lower())
