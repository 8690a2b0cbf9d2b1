"""The PolNeAR adapter: brat standoff read, attributions scored."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest

from newsgraph.evaluate.adapters.polnear import (
    Attributed,
    GoldAttribution,
    _quoted,
    _speaker_right,
    main,
    quoted_misses,
    read_brat,
    read_polnear,
    score_polnear,
    wrong_speakers,
)

TEXT = "Intro.\n\n“We will win,” she said. Taxes will rise, officials said.\n"
ANN = "\n".join(
    [
        "T1\tContent 9 20\tWe will win",
        "T2\tSource 23 26\tshe",
        "T3\tCue 27 31\tsaid",
        "T4\tAttribution 27 31\tsaid",
        "E1\tAttribution:T4 Content:T1 Cue:T3 Source:T2",
        "T5\tContent 33 45;46 50\tTaxes will rise",
        "T6\tSource 52 61\tofficials",
        "T7\tAttribution 62 66\tsaid",
        "E2\tAttribution:T7 Content:T5 Source:T6",
        "T8\tAttribution 0 5\tIntro",
        "E3\tAttribution-no-source:T8",
    ]
)


class Fixed:
    """An attributor that answers the same quotes for every text."""

    def __init__(self, quotes: list[Attributed]) -> None:
        self.quotes = quotes

    def attribute(self, texts: Sequence[str]) -> list[list[Attributed]]:
        return [self.quotes for _ in texts]


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    for folder in ("text", "attributions"):
        (tmp_path / "data" / "dev" / folder).mkdir(parents=True)
    (tmp_path / "data" / "dev" / "text" / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "data" / "dev" / "attributions" / "a_ab12.ann").write_text(ANN, encoding="utf-8")
    (tmp_path / "data" / "dev" / "attributions" / "a_zz99.ann").write_text("", encoding="utf-8")
    return tmp_path


def test_brat_standoff_with_pieces_and_attributions_without_content() -> None:
    first, second = read_brat(ANN)
    assert (first.content, first.source, first.cue) == (((9, 20),), ((23, 26),), ((27, 31),))
    assert (second.content, second.cue) == (((33, 45), (46, 50)), ())


def test_the_first_annotator_is_read(corpus: Path) -> None:
    [article] = read_polnear(corpus / "data", "dev")
    assert (article.name, len(article.attributions)) == ("a", 2)
    assert [a.name for a in read_polnear(corpus, "dev", limit=0)] == []
    assert [a.name for a in read_polnear(corpus, "dev", skip=1)] == []


@pytest.mark.parametrize(
    ("quotes", "kinds"),
    [
        ([], ["missed"]),
        ([Attributed(9, 20, (0, 5), True)], ["speaker"]),
        ([Attributed(9, 20, (23, 26), True)], []),
    ],
)
def test_quoted_contents_missed_or_misattributed_are_listed(
    corpus: Path, quotes: list[Attributed], kinds: list[str]
) -> None:
    articles = list(read_polnear(corpus, "dev"))
    lines = list(quoted_misses(articles, Fixed(quotes)))
    assert [line.split("\t")[0] for line in lines] == kinds
    assert all("a@9" in line and "source='she'" in line for line in lines)


def test_contents_found_with_a_wrong_speaker_are_listed_quoted_or_not(corpus: Path) -> None:
    quotes = [
        Attributed(9, 20, (0, 5), True),  # the quote, its speaker wrong
        Attributed(33, 50, (52, 61), False),  # the unquoted content, its speaker right
        Attributed(62, 66, None, False),  # nothing gold
    ]
    lines = list(wrong_speakers(list(read_polnear(corpus, "dev")), Fixed(quotes)))
    assert [line.split("\t")[:3] for line in lines] == [
        ["quoted", "a@9", "source='she' got='Intro'"]
    ]
    quotes[1] = Attributed(33, 50, None, False)
    lines = list(wrong_speakers(list(read_polnear(corpus, "dev")), Fixed(quotes)))
    assert [line.split("\t")[0] for line in lines] == ["quoted", "unquoted"]


def test_content_recall_speaker_accuracy_and_precision(corpus: Path) -> None:
    quotes = [
        Attributed(9, 20, (23, 26), True),  # the quote, its speaker right
        Attributed(33, 40, (0, 5), False),  # 7 of 16 characters: not found
        Attributed(0, 5, None, False),  # no gold content there
    ]
    result = score_polnear(corpus, Fixed(quotes))
    assert (result.gold, result.found, result.with_source, result.speaker_right) == (2, 1, 1, 1)
    assert (result.recall, result.speaker_accuracy) == (0.5, 1.0)
    assert result.precision == pytest.approx(2 / 3)
    summary = result.to_dict()
    assert (summary["quoted_recall"], summary["unquoted_recall"]) == (1.0, 0.0)


SAID = "Weaver said it. “No,” said Weaver, who said more. So he said it, he said."


@pytest.mark.parametrize(
    ("source", "speaker", "right"),
    [
        ((27, 33), (27, 33), True),  # the source's own words
        ((27, 33), (0, 6), True),  # the same name elsewhere
        ((35, 38), (27, 33), True),  # the relative pronoun right after the speaker
        ((35, 38), (0, 6), False),  # a relative pronoun after another name
        ((65, 67), (53, 55), False),  # a pronoun names no one by its words
        ((12, 14), (0, 6), False),
    ],
)
def test_a_speaker_is_right_when_it_names_the_source(
    source: tuple[int, int], speaker: tuple[int, int], right: bool
) -> None:
    attribution = GoldAttribution(content=((14, 16),), source=(source,), cue=())
    quote = Attributed(14, 16, speaker, True)
    assert _speaker_right(quote, attribution, SAID) is right


def test_a_possessive_elsewhere_names_no_one() -> None:
    text = "His aide said so. His call for “a ban” stood."
    attribution = GoldAttribution(content=((32, 37),), source=((0, 3),), cue=())
    quote = Attributed(32, 37, (18, 21), True)  # "His" of "His call", not the aide's "His"
    assert not _speaker_right(quote, attribution, text)


@pytest.mark.parametrize(
    ("text", "start", "quoted"),
    [
        ("“We will win,” she said.", 0, True),
        ("“We will win,” she said.", 1, True),
        ("Trump wins Nevada.", 0, False),  # a headline: no mark before the text's start
        ("She said taxes will rise.", 9, False),
    ],
)
def test_a_content_is_quoted_when_a_mark_opens_it(text: str, start: int, quoted: bool) -> None:
    assert _quoted(text, ((start, start + 5),)) is quoted


def test_a_missing_folder_is_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(tmp_path)]) == 1
    assert "no PolNeAR split" in capsys.readouterr().err


@pytest.mark.model
@pytest.mark.shared
def test_newsgraph_on_polnear(shared: Path) -> None:
    """A few articles of the development split: most quoted contents are found, with their
    speakers, and almost every quote found is an annotated attribution."""
    result = score_polnear(shared / "data" / "polnear", split="dev", limit=20)
    summary = result.to_dict()
    assert result.gold > 400
    assert summary["quoted_recall"] >= 0.8
    assert summary["content_recall"] >= 0.45
    assert result.speaker_accuracy >= 0.65
    assert result.precision >= 0.9
