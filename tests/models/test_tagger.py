"""The packaged default model: it loads on a fresh install and tags the demo articles."""

from __future__ import annotations

from pathlib import Path

import pytest
from danvan.models.themes.tagger import DEFAULT_MODEL, ThemeTagger
from danvan.nlp.record import Article, ThemeFact

SAMPLES = Path(__file__).resolve().parents[2] / "danvan" / "samples"


@pytest.fixture(scope="module")
def tagger() -> ThemeTagger:
    assert DEFAULT_MODEL.exists(), "the default model ships with the package"
    loaded = ThemeTagger.load_default()
    assert loaded is not None
    return loaded


def test_default_model_metadata(tagger):
    meta = tagger.metadata
    assert meta["training_data"]["sha256"]
    assert meta["metrics"]["test_model"]["per_theme"]
    assert DEFAULT_MODEL.stat().st_size < 8_000_000


def test_tags_the_citizen_reception_demo_article(tagger):
    title, _, body = (SAMPLES / "ha-noi-tiep-cong-dan.txt").read_text(encoding="utf-8").partition("\n")
    facts = tagger.tag(Article(id="demo", source="demo", title=title, text=body))
    assert "dan_van_chinh_quyen" in {f.theme for f in facts}
    for fact in facts:
        assert isinstance(fact, ThemeFact)
        assert 0.0 <= fact.score <= 1.0
        assert fact.terms


def test_uses_article_tokens_when_present(tagger):
    title, _, body = (SAMPLES / "ha-noi-tiep-cong-dan.txt").read_text(encoding="utf-8").partition("\n")
    own = tagger.tag(Article(id="x", source="x", title=title, text=body))
    assert own
    sports = ["Đội tuyển", "bóng đá", "thắng", "trận", "giao hữu", "tối", "qua"] * 20
    given = tagger.tag(Article(id="x", source="x", title=title, text=body, tokens=sports))
    # the model reads the given tokens (the cue features still read title and text)
    assert [(f.theme, f.score) for f in given] != [(f.theme, f.score) for f in own]


def test_empty_article_gets_no_theme(tagger):
    assert tagger.tag(Article(id="e", source="e", title="", text="")) == []


def test_fast_vector_equals_sklearn_transform():
    """The per-article inference path computes exactly the fitted vectorizer's TF-IDF row."""
    import numpy as np
    from danvan.models.themes.features import ModelInput
    from danvan.models.themes.tagger import ThemeTagger
    from danvan.models.themes.text import model_document

    model = ThemeTagger.load_default().model
    doc = model_document(
        "Ban Dân vận Tỉnh ủy tổ chức hội nghị tổng kết phong trào thi đua Dân vận khéo , "
        "Mặt trận Tổ quốc vận động hộ nghèo xây dựng nông thôn mới".split(" ")
    )
    idx, values = model.vector(doc)
    dense = np.zeros(len(model.vectorizer.vocabulary_), dtype=np.float32)
    dense[idx] = values
    row = model.transform([ModelInput(doc)]).toarray()[0]
    assert np.allclose(dense, row[: len(dense)], atol=1e-6)
