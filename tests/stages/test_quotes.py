from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph import Article, Options, Pipeline
from newsgraph.article import Actor, Span
from newsgraph.errors import PipelineError
from newsgraph.evaluate import load_gold
from newsgraph.evaluate.run import article_for
from newsgraph.quotes import load
from newsgraph.stages import ORDER, build
from newsgraph.stages.parse import Parse
from newsgraph.stages.quotes import Quotes

ROOT = Path(__file__).resolve().parent.parent.parent


@pytest.fixture(scope="module")
def stage() -> Quotes:
    return Quotes(Options())


def test_declarations() -> None:
    assert (Quotes.name, Quotes.requires, Quotes.assigns) == (
        "quotes",
        ("doc", "actors"),
        ("quotes",),
    )
    assert Quotes.any_language is False
    assert ORDER.index("quotes") == ORDER.index("actors") + 1


def test_version_names_the_data_of_each_language(stage: Quotes) -> None:
    assert stage.version.startswith("quotes.v1+")
    for code in ("fr", "en"):
        assert f"{code}:{load(code).version}" in stage.version


def test_it_needs_the_actors_before_it() -> None:
    options = Options(stages=("clean", "language", "published", "parse", "quotes"))
    with pytest.raises(PipelineError, match="requires actors"):
        Pipeline(build(options), options)


def test_an_article_without_a_parse_or_in_another_language_gets_no_quotes(stage: Quotes) -> None:
    assert stage(Article(raw="« Bonjour à tous », dit-il.", language="fr")).quotes == []
    assert stage(Article(raw="x", text="« Hola a todos », dijo.", language="es")).quotes == []


@pytest.mark.model
def test_quotes_refer_to_actors_by_id(stage: Quotes) -> None:
    text = "« Nous ne céderons pas », a déclaré le ministre Jean Dupont."
    article = Parse(Options())(Article(raw=text, text=text, language="fr"))
    start = text.index("Jean Dupont")
    article.actors = [
        Actor(id="p1", name="Jean Dupont", kind="person", mentions=[Span(start, start + 11, "")])
    ]
    [quote] = stage(article).quotes
    assert (quote.text, quote.speaker, quote.direct, quote.cue) == (
        "Nous ne céderons pas",
        "p1",
        True,
        "a déclaré",
    )


@pytest.mark.model
@pytest.mark.shared
def test_the_sample_article(shared: Path) -> None:
    """The five direct quotes of the sample and its two reported statements, each with its
    speaker, through the whole pipeline (the actors stage included)."""
    options = Options(on_error="raise")
    pipeline = Pipeline(build(options.but(stages=(*ORDER[: ORDER.index("quotes") + 1],))), options)
    record = load_gold([ROOT / "gold" / "seed.jsonl"], shared)[0]
    article = next(pipeline.pipe([article_for(record)]))
    names = {actor.id: actor.name for actor in article.actors}
    said = [(q.text, names.get(q.speaker or ""), q.direct) for q in article.quotes]
    expected = [
        ("désespérément à la recherche d’équipements", "Antony Blinken", True),
        ("forgée dans le sang", "Antony Blinken", True),
        ("partenariat vital et mondial", "Antony Blinken", True),
        ("ensemble dans la lutte contre l’impérialisme", "Kim Jong-un", True),
        ("n’est pas de bon augure pour la Corée du Nord", "Jake Sullivan", True),
        ("cette relation menaçait la paix et la sécurité mondiales", "Antony Blinken", False),
        ("pourraient être sur le point de signer", "United States", False),
    ]
    for piece, speaker, direct in expected:
        first = next((q for q in said if piece in q[0] and q[2] is direct), None)
        assert first is not None, f"not found: {piece}"
        assert first[1] == speaker, f"{piece}: {first[1]} instead of {speaker}"
