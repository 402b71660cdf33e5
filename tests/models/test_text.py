"""Model documents and TF-IDF rows: the fast paths give what the plain definitions give."""

import numpy as np
import pytest
from danvan.models.themes.ngrams import NgramIndex
from danvan.models.themes.text import model_document, normalize
from sklearn.feature_extraction.text import TfidfVectorizer


def _plain_document(tokens: list[str]) -> str:
    words = [t.strip().replace(" ", "_") for t in tokens if any(c.isalpha() for c in t)]
    return normalize(" ".join(words))


@pytest.mark.parametrize(
    "tokens",
    [
        ["Ban", "Dân vận", "tỉnh", ",", "năm", "2017", "(", "Hà Nội", ")", "."],
        ["Hà Nội\n1", "đã", "2.000", "hộ"],  # a token holding a line break
        [" Cà Mau", "xã\tmới", "a\xa0b", "ấp  Một", "_", ""],  # odd whitespace
        ["1", "2", ","],
        [],
        ["Xã", "An Ninh Tây", "–", "huyện", "Tuy An"],
    ],
)
def test_model_document_matches_plain_definition(tokens):
    assert model_document(tokens) == _plain_document(tokens)


def test_normalize_collapses_every_whitespace_run():
    assert normalize("Dân\t vận\n\nkhéo \xa0 ,  Cà Mau") == "dân vận khéo, cà mau"


def test_raw_documents_are_normalised_once_at_the_boundary():
    """Old-style tone marks and typographic quotes: the raw entry normalises, the article entry trusts."""
    from danvan.models.themes.features import model_input, raw_model_input
    from danvan.nlp.normalize import normalize_text

    title, body, tokens = "Hoà giải ở cơ sở", "Tổ hoà giải “Dân vận khéo” họp.", ["Tổ", "hoà giải", "họp"]
    raw = raw_model_input(title, body, tokens)
    assert "hòa_giải" in raw.doc.split() and "t|hòa" in raw.doc.split()
    trusted = model_input(normalize_text(title), normalize_text(body), [normalize_text(t) for t in tokens])
    assert trusted == raw
    assert "hoà_giải" in model_input(title, body, tokens).doc.split()  # not normalised again


@pytest.mark.parametrize("ngrams", [(1, 1), (1, 2), (1, 3), (2, 3)])
def test_ngram_index_row_equals_vectorizer_transform(ngrams):
    docs = [
        "mặt_trận tổ_quốc vận_động hộ nghèo xây nhà đại_đoàn_kết",
        "hội nông_dân xã vận_động hộ nghèo vay vốn",
        "công_an xã vận_động người dân giữ an_ninh trật_tự",
        "hộ nghèo hộ nghèo vay vốn ngân_hàng chính_sách",
    ]
    vectorizer = TfidfVectorizer(
        token_pattern=r"\S+", lowercase=False, ngram_range=ngrams, sublinear_tf=True, dtype=np.float32
    ).fit(docs)
    index = NgramIndex(vectorizer)
    for doc in [*docs, "vận_động hộ nghèo vận_động hộ nghèo từ_khoá_lạ", "", "từ_khoá_lạ"]:
        idx, values = index.row(doc)
        dense = np.zeros(len(vectorizer.vocabulary_), dtype=np.float32)
        dense[idx] = values
        assert np.allclose(dense, vectorizer.transform([doc]).toarray()[0], atol=1e-6)
