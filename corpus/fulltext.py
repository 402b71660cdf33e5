"""The FTS5 index: rows as written and folded, and user queries translated to FTS5 syntax."""

from __future__ import annotations

import itertools
import re
import sqlite3
from dataclasses import dataclass, field

from danvan.corpus.folding import fold, nfc

# bm25 column weights: title, body, title_folded, body_folded, title_pairs, body_pairs
WEIGHTS = (4.0, 1.0, 4.0, 1.0, 4.0, 1.0)
_COLUMNS = "title, body, title_folded, body_folded, title_pairs, body_pairs"
_SYLLABLE = re.compile(r"[^\W_]+")


def pairs(folded: str) -> str:
    """Adjacent syllable pairs of folded text: "dan van kheo" -> "dan_van van_kheo"."""
    words = _SYLLABLE.findall(folded)
    return " ".join(f"{a}_{b}" for a, b in itertools.pairwise(words))


def values(title: str, text: str, folded_text: str | None = None) -> tuple[str, ...]:
    """The indexed columns of a row (see `_COLUMNS`)."""
    title, text = nfc(title), nfc(text)
    folded_title = fold(title)
    folded_text = folded_text if folded_text is not None else fold(text)
    return (title, text, folded_title, folded_text, pairs(folded_title), pairs(folded_text))


def index_row(
    conn: sqlite3.Connection,
    pk: int,
    title: str,
    text: str,
    folded_text: str | None = None,
    row: tuple[str, ...] | None = None,
) -> None:
    """Index a row; `row` is its `values(...)` when already computed."""
    conn.execute(
        f"INSERT INTO article_fts(rowid, {_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (pk, *(row or values(title, text, folded_text))),
    )


def unindex_row(conn: sqlite3.Connection, pk: int, title: str, text: str) -> None:
    """Remove a row from the contentless index: FTS5 needs the exact values that were indexed."""
    conn.execute(
        f"INSERT INTO article_fts(article_fts, rowid, {_COLUMNS}) VALUES ('delete', ?, ?, ?, ?, ?, ?, ?)",
        (pk, *values(title, text)),
    )


def rebuild(conn: sqlite3.Connection) -> None:
    """Drop and refill the whole index from the articles table."""
    conn.execute("INSERT INTO article_fts(article_fts) VALUES ('delete-all')")
    rows = conn.execute("SELECT a.pk, a.title, t.text FROM articles a JOIN article_texts t ON t.pk = a.pk")
    for pk, title, text in rows.fetchall():
        index_row(conn, pk, title, text)


class QuerySyntaxError(ValueError):
    """The search query cannot be parsed (unbalanced quotes or parentheses, dangling operator)."""


_TOKEN = re.compile(r'"([^"]*)"|(\()|(\))|([^\s()"]+)')
_WORD = re.compile(r"\w+")
_OPERATORS = {"AND", "OR", "NOT"}


@dataclass(slots=True)
class ParsedQuery:
    """A user query as FTS5 expressions plus the words and phrases ("a b") to highlight."""

    exact: str
    folded: str
    negated: bool
    terms: list[str] = field(default_factory=list)
    runs: list[str] = field(default_factory=list)  # adjacent bare words as syllable pairs

    def match_expression(self) -> str:
        """Match the folded columns; exact-diacritic hits add bm25 weight from the exact columns."""
        folded = f"{{title_folded body_folded}} : ({self.folded})"
        bonus = []
        if self.exact != self.folded:
            bonus.append(f"{{title body}} : ({self.exact})")
        if self.runs:
            # Vietnamese words span syllables: "dân vận" typed as words should rank
            # articles with the adjacent pair above articles with "dân" and "vận" apart.
            bonus.append(f"{{title_pairs body_pairs}} : ({' OR '.join(self.runs)})")
        if not bonus:
            return folded
        scoring = " OR ".join(f"({b})" for b in bonus)
        if self.negated:
            # With NOT, a bonus match is not a subset of the folded match: keep the folded
            # expression as the filter and the bonus only for scoring.
            return f"({folded}) AND (({folded}) OR {scoring})"
        return f"({folded}) OR {scoring}"


def _phrase(words: list[str], prefix: bool) -> str:
    return '"' + " ".join(words) + '"' + ("*" if prefix else "")


def parse(query: str) -> ParsedQuery:
    """Words, "phrases", prefix*, AND/OR/NOT (upper case) and parentheses; adjacency means AND.

    NOT excludes the one word, phrase or (group) after it, as FTS5's precedence has it.
    """
    exact_parts: list[str] = []
    folded_parts: list[str] = []
    terms: list[str] = []
    negated = False
    depth = 0
    expect_operand = True
    after_not = False
    runs: list[str] = []
    run: list[list[str]] = []  # folded words of each bare token in the current run

    def flush() -> None:
        words = [w for token in run for w in token]
        if len(run) > 1:
            runs.append(" AND ".join(f'"{a}_{b}"' for a, b in itertools.pairwise(words)))
        run.clear()

    text = nfc(query)
    if text.count('"') % 2:
        raise QuerySyntaxError("unbalanced quote in query")
    for match in _TOKEN.finditer(text):
        phrase, opening, closing, word = match.groups()
        bare = word is not None and word not in _OPERATORS and not word.endswith("*")
        if not bare or after_not:
            flush()
        if opening:
            if not expect_operand:
                exact_parts.append("AND")
                folded_parts.append("AND")
            exact_parts.append("(")
            folded_parts.append("(")
            depth += 1
            expect_operand = True
            continue
        if closing:
            if depth == 0 or expect_operand:
                raise QuerySyntaxError("unbalanced or empty parentheses in query")
            exact_parts.append(")")
            folded_parts.append(")")
            depth -= 1
            continue
        if word in _OPERATORS:
            if expect_operand and word != "NOT":
                raise QuerySyntaxError(f"{word} needs a term before it")
            if word == "NOT":
                negated = True
                if expect_operand:
                    # a leading NOT ("NOT x") has nothing to subtract from in FTS5
                    raise QuerySyntaxError("NOT needs a term before it: 'dân vận NOT Hà Giang'")
            exact_parts.append(word)
            folded_parts.append(word)
            expect_operand = True
            after_not = word == "NOT"
            continue
        source = phrase if phrase is not None else word
        prefix = phrase is None and source.endswith("*")
        words = _WORD.findall(source.lower())
        if not words:
            continue
        if not expect_operand:
            exact_parts.append("AND")
            folded_parts.append("AND")
        exact_parts.append(_phrase(words, prefix))
        folded_parts.append(_phrase([fold(w) for w in words], prefix))
        if not after_not:
            terms.append(" ".join(words) + ("*" if prefix else ""))
            if bare:
                run.append([fold(w) for w in words])
        after_not = False
        expect_operand = False
    flush()
    if depth or (expect_operand and exact_parts):
        raise QuerySyntaxError("query ends with an operator or an open parenthesis")
    if not exact_parts:
        raise QuerySyntaxError("query has no searchable words")
    return ParsedQuery(" ".join(exact_parts), " ".join(folded_parts), negated, terms, runs)
