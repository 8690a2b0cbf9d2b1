from __future__ import annotations

import pytest

from newsgraph import Article, Options
from newsgraph.stages.parse import Parse

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def stage() -> Parse:
    return Parse(Options())


SCHEME = {
    "PERSON",
    "ORG",
    "PLACE",
    "NORP",
    "EVENT",
    "LAW",
    "DATE",
    "TIME",
    "MONEY",
    "NUMBER",
    "MISC",
}


def test_entities_are_mapped_to_one_scheme(stage: Parse) -> None:
    fr = stage(
        Article(
            raw="", text="Le président Emmanuel Macron est arrivé à Berlin lundi.", language="fr"
        )
    )
    en = stage(
        Article(
            raw="", text="President Emmanuel Macron arrived in Berlin on Monday.", language="en"
        )
    )
    for article in (fr, en):
        labels = {e.text: e.label for e in article.entities}
        assert labels.get("Emmanuel Macron") == "PERSON"
        assert labels.get("Berlin") == "PLACE"
        assert set(labels.values()) <= SCHEME


def test_offsets_index_the_text_with_non_breaking_spaces(stage: Parse) -> None:
    text = "Le président a jugé «\u00a0inacceptable\u00a0» l’attitude d’Antony\u00a0Blinken."
    article = stage(Article(raw="", text=text, language="fr"))
    assert all(text[e.start : e.end] == e.text for e in article.entities)
    assert len(article.doc.text) == len(text)


def test_batches_give_the_same_result_as_single_articles(stage: Parse) -> None:
    texts = [
        "Vladimir Poutine a rencontré Kim Jong-un à Vladivostok.",
        "Joe Biden met Yoon Suk-yeol in Washington in April.",
    ]
    codes = ["fr", "en"]
    batch = [Article(raw="", text=t, language=c) for t, c in zip(texts, codes, strict=True)]
    stage.prepare(batch)
    batched = [stage(article) for article in batch]
    single = [stage(Article(raw="", text=t, language=c)) for t, c in zip(texts, codes, strict=True)]
    assert [a.entities for a in batched] == [a.entities for a in single]


def test_the_headline_is_parsed_apart_from_the_body(stage: Parse) -> None:
    titled = Article(
        raw="", text="Le président est arrivé.", title="Kiev accuse Moscou", language="fr"
    )
    untitled = Article(raw="", text="Le président est arrivé.", language="fr")
    stage.prepare([titled, untitled])
    stage(titled), stage(untitled)
    assert titled.title_doc.text == "Kiev accuse Moscou"
    assert titled.doc.text == "Le président est arrivé."
    assert untitled.title_doc is None
    alone = stage(Article(raw="", text="Texte.", title="Titre du jour", language="fr"))
    assert alone.title_doc.text == "Titre du jour"


def test_a_compound_tense_split_by_an_adverbial_keeps_its_subject(stage: Parse) -> None:
    text = "L'Otan a de son côté condamné des activités malveillantes."
    doc = stage(Article(raw="", text=text, language="fr")).doc
    verb = next(t for t in doc if t.text == "condamné")
    assert any(c.text == "Otan" and c.dep_.startswith("nsubj") for c in verb.children)
    assert doc.text == text.replace("de son côté", " " * len("de son côté"))
