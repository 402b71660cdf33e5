"""What users type: -word and -"phrase" exclude, or/OR, NOT excludes the phrase after it, ranking."""

from __future__ import annotations

import pytest
from danvan.corpus import Corpus, QuerySyntaxError
from danvan.nlp.record import Article


def ids(rows: list[dict]) -> set[str]:
    return {r["id"] for r in rows}


def test_minus_word_excludes(filled: Corpus) -> None:
    assert ids(filled.search("dân vận -khéo")) == ids(filled.search("dân vận NOT khéo"))
    assert "hg-001" not in ids(filled.search("dân vận -khéo"))


def test_minus_phrase_excludes_the_phrase(filled: Corpus) -> None:
    found = ids(filled.search('giang -"Hà Giang"'))
    assert found == {"hg-001", "ttx-002", "hg-006"}
    assert ids(filled.search('giang -"ha giang"')) == found


def test_minus_group_excludes(filled: Corpus) -> None:
    assert ids(filled.search("giang -(Hà OR Hậu)")) == set()
    assert ids(filled.search("Giang -(phòng OR Hậu)")) == {"old-005"}


def test_lowercase_or_is_an_operator(filled: Corpus) -> None:
    assert ids(filled.search("Cà Mau or biên phòng")) == {"cm-007", "hgi-004"}
    assert ids(filled.search("Cà Mau or biên phòng")) == ids(filled.search("Cà Mau OR biên phòng"))


def test_not_excludes_the_whole_following_phrase(filled: Corpus) -> None:
    # the example of the error message: excludes articles about Hà Giang, not every "Hà"
    assert ids(filled.search("dân vận NOT Hà Giang")) == {"hg-001", "ttx-002", "ct-003", "cm-007"}
    # up to the next operator
    assert ids(filled.search('Giang NOT Hà Giang OR "biên phòng"')) == {
        "hg-001",
        "ttx-002",
        "hg-006",
        "hgi-004",
    }
    assert ids(filled.search('Giang NOT "Hậu Giang"')) == {"hgi-004", "old-005"}


@pytest.mark.parametrize("bad", ["-khéo", 'NOT "Hà Giang"', "-(dân vận)"])
def test_exclusion_alone_is_reported_with_an_example(filled: Corpus, bad: str) -> None:
    with pytest.raises(QuerySyntaxError, match="needs words to search for"):
        filled.search(bad)


def test_exclusion_may_come_first(filled: Corpus) -> None:
    assert ids(filled.search("-khéo dân vận")) == ids(filled.search("dân vận -khéo"))


def test_exact_phrase_ranks_above_scattered_words(filled: Corpus) -> None:
    scattered = Article(
        id="sc-020",
        source="x",
        title="Khéo léo vận động người dân",
        text="Cán bộ khéo léo vận động người dân; dân làng khéo tay, vận chuyển hàng khéo, "
        "người dân vui vẻ, vận động dân cùng làm. Khéo vận động thì dân nghe.",
        outlet="Báo Thử",
    )
    filled.store(scattered)
    rows = filled.search("dân vận khéo", limit=50)
    order = [r["id"] for r in rows]
    assert "sc-020" in order
    assert order.index("sc-020") > max(order.index("hg-001"), order.index("ttx-002"))
