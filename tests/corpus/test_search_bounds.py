"""Bounded search: long, repeated, many-OR and deeply nested queries are cut, refused or stopped."""

from __future__ import annotations

import pytest
from danvan.corpus import Corpus, QuerySyntaxError, SearchLimits, SearchStopped


def ids(rows: list[dict]) -> list[str]:
    return [r["id"] for r in rows]


def test_repeated_words_count_once(filled: Corpus) -> None:
    rows = filled.search("dân " * 2000)
    assert ids(rows) == ids(filled.search("dân"))
    assert rows.notices == [] or all("character" in n for n in rows.notices)


def test_many_ors_of_one_word_fold_to_the_word(filled: Corpus) -> None:
    query = " OR ".join(["biên phòng"] * 100)
    rows = filled.search(query, limits=SearchLimits(max_chars=100_000))
    assert ids(rows) == ids(filled.search("biên phòng"))
    assert rows.notices == []


def test_too_many_different_words_are_cut_with_a_notice(filled: Corpus) -> None:
    words = " ".join(f"từ{n}" for n in range(100))
    rows = filled.search("biên phòng " + words, limits=SearchLimits(max_terms=5))
    assert rows.notices and "5 different words" in rows.notices[0]


def test_long_query_is_cut_at_the_character_limit(filled: Corpus) -> None:
    rows = filled.search("biên phòng " + "x" * 50 + " khéo", limits=SearchLimits(max_chars=30))
    assert ids(rows) == ids(filled.search("biên phòng"))
    assert "30 characters" in rows.notices[0]


def test_cut_inside_a_group_still_parses(filled: Corpus) -> None:
    query = "(biên OR " + " OR ".join(f"w{n}" for n in range(50)) + ")"
    rows = filled.search(query, limits=SearchLimits(max_terms=3))
    assert "hgi-004" in ids(rows) and rows.notices


def test_deep_nesting_is_refused_before_sqlite(filled: Corpus) -> None:
    with pytest.raises(QuerySyntaxError, match="nested 200 deep"):
        filled.search("(" * 200 + "dân" + ")" * 200)
    assert ids(filled.search("((dân)) vận"))  # modest nesting is fine


def test_time_budget_stops_the_query_inside_sqlite(filled: Corpus) -> None:
    with pytest.raises(SearchStopped, match="time limit"):
        filled.search("dân", limits=SearchLimits(seconds=0.0, check_every=1))
    with pytest.raises(SearchStopped):
        filled.search(None, limits=SearchLimits(seconds=0.0, check_every=1))
    assert ids(filled.search("dân"))  # the connection is usable afterwards


@pytest.mark.parametrize("empty", ["", "   ", "\t"])
def test_empty_query_is_an_error(filled: Corpus, empty: str) -> None:
    with pytest.raises(QuerySyntaxError, match="empty query"):
        filled.search(empty)


def test_none_lists_everything_explicitly(filled: Corpus) -> None:
    assert len(filled.search(None, limit=50)) == 7


def test_long_phrase_keeps_its_first_words(filled: Corpus) -> None:
    words = " ".join(f"từ{n}" for n in range(50))
    rows = filled.search(f'"biên phòng {words}"', limits=SearchLimits(max_terms=2))
    assert ids(rows) == ids(filled.search('"biên phòng"'))
    assert rows.notices
