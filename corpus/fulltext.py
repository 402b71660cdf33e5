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
    return " ".join(map("_".join, itertools.pairwise(words)))


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


# -"phrase", -(group), "phrase", (, ), word; a leading "-" on a word or phrase excludes it
_TOKEN = re.compile(r'(-?)"([^"]*)"|(-)(?=\()|(\()|(\))|([^\s()"]+)')
_WORD = re.compile(r"\w+")
_OPERATORS = {"AND": "AND", "OR": "OR", "or": "OR", "NOT": "NOT"}
EXAMPLE = 'dân vận NOT Hà Giang, dân vận -"Hà Giang", (Cần Thơ OR Hậu Giang) khéo'


@dataclass(slots=True)
class _Token:
    kind: str  # "word", "phrase", "(", ")", "AND", "OR", "NOT", "-"
    words: list[str] = field(default_factory=list)
    prefix: bool = False
    minus: bool = False
    end: int = 0


@dataclass(slots=True)
class _Phrase:
    words: list[str]
    prefix: bool

    def render(self, folded: bool) -> str:
        words = [fold(w) for w in self.words] if folded else self.words
        return '"' + " ".join(words) + '"' + ("*" if self.prefix else "")


@dataclass(slots=True)
class _And:
    include: list[_Node]
    exclude: list[_Node]

    def render(self, folded: bool) -> str:
        out = " AND ".join(_group(n, folded) for n in self.include)
        for node in self.exclude:
            out = f"({out}) NOT {_group(node, folded)}"
        return out


@dataclass(slots=True)
class _Or:
    options: list[_Node]

    def render(self, folded: bool) -> str:
        return " OR ".join(_group(n, folded) for n in self.options)


_Node = _Phrase | _And | _Or


def _group(node: _Node, folded: bool) -> str:
    text = node.render(folded)
    return text if isinstance(node, _Phrase) else f"({text})"


@dataclass(slots=True)
class ParsedQuery:
    """A user query as FTS5 expressions plus the words and phrases ("a b") to highlight."""

    exact: str
    folded: str
    negated: bool
    terms: list[str] = field(default_factory=list)
    runs: list[list[str]] = field(default_factory=list)  # folded words typed next to each other
    notices: list[str] = field(default_factory=list)  # how the query was cut to the limits

    def match_expression(self) -> str:
        """Match the folded columns; exact-diacritic hits add bm25 weight from the exact columns."""
        folded = f"{{title_folded body_folded}} : ({self.folded})"
        bonus = []
        if self.exact != self.folded:
            bonus.append(f"{{title body}} : ({self.exact})")
        if self.runs:
            # Vietnamese words span syllables: "dân vận" typed as words should rank
            # articles with the adjacent pair above articles with "dân" and "vận" apart,
            # and the whole run typed ("dân vận khéo") above its pairs.
            # each run's pairs are ANDed so that the bonus only matches what the query matches
            pairs = [
                " AND ".join(dict.fromkeys(f'"{a}_{b}"' for a, b in itertools.pairwise(r))) for r in self.runs
            ]
            bonus.append(f"{{title_pairs body_pairs}} : (({') OR ('.join(pairs)}))")
            whole = [f'"{" ".join(run)}"' for run in self.runs if len(run) > 2]
            if whole:
                bonus.append(f"{{title_folded body_folded}} : ({' OR '.join(whole)})")
        if not bonus:
            return folded
        scoring = " OR ".join(f"({b})" for b in bonus)
        if self.negated:
            # With exclusions, a bonus match is not a subset of the folded match: keep the
            # folded expression as the filter and the bonus only for scoring.
            return f"({folded}) AND (({folded}) OR {scoring})"
        return f"({folded}) OR {scoring}"


def _tokens(text: str) -> list[_Token]:
    tokens: list[_Token] = []
    for match in _TOKEN.finditer(text):
        minus, phrase, group_minus, opening, closing, word = match.groups()
        end = match.end()
        if opening:
            tokens.append(_Token("(", end=end))
        elif closing:
            tokens.append(_Token(")", end=end))
        elif group_minus:
            tokens.append(_Token("-", end=end))
        elif phrase is not None:
            words = _WORD.findall(phrase.lower())
            if words:
                tokens.append(_Token("phrase", words, minus=bool(minus), end=end))
        elif word in _OPERATORS:
            tokens.append(_Token(_OPERATORS[word], end=end))
        else:
            minus = word.startswith("-")
            words = _WORD.findall(word.lower())
            if words:
                tokens.append(_Token("word", words, prefix=word.endswith("*"), minus=minus, end=end))
    return tokens


def _limit(tokens: list[_Token], max_chars: int, max_terms: int, notices: list[str]) -> list[_Token]:
    """Keep the tokens within `max_chars` and `max_terms` distinct words; repeats are free."""
    kept: list[_Token] = []
    seen: set[str] = set()
    for token in tokens:
        if token.end > max_chars:
            notices.append(f"query cut to its first {max_chars} characters (the limit)")
            break
        new = {fold(w) for w in token.words} - seen
        if len(seen) + len(new) > max_terms:
            notices.append(f"query cut to its first {max_terms} different words (the limit)")
            words: list[str] = []
            for word in token.words:  # a long "phrase" keeps its first words
                if fold(word) not in seen and len(seen) >= max_terms:
                    break
                seen.add(fold(word))
                words.append(word)
            if words:
                kept.append(_Token(token.kind, words, minus=token.minus, end=token.end))
            break
        seen |= new
        kept.append(token)
    else:
        return kept
    # close what the cut left open: drop trailing operators and "(", add the missing ")"
    while kept and kept[-1].kind in {"AND", "OR", "NOT", "-", "("}:
        kept.pop()
    depth = sum(1 if t.kind == "(" else -1 if t.kind == ")" else 0 for t in kept)
    kept += [_Token(")") for _ in range(max(depth, 0))]
    return kept


class _Parser:
    """Recursive descent over the tokens: OR of AND-groups; NOT, -word and -"phrase" exclude."""

    def __init__(self, tokens: list[_Token]) -> None:
        self.tokens = tokens
        self.pos = 0
        self.terms: list[str] = []
        self.runs: list[str] = []
        self.negated = False
        self.depth = 0  # runs are taken from the top level only, where the words are all required

    def peek(self) -> _Token | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def take(self) -> _Token:
        token = self.tokens[self.pos]
        self.pos += 1
        return token

    def parse(self) -> _Node:
        node = self.expression()
        if self.peek() is not None:
            raise QuerySyntaxError("unbalanced parentheses in query")
        return node

    def expression(self) -> _Node:
        options = [self.conjunction()]
        while (token := self.peek()) is not None and token.kind == "OR":
            self.take()
            if self.peek() is None or self.peek().kind in {"OR", ")"}:
                raise QuerySyntaxError("OR needs a term after it")
            options.append(self.conjunction())
        unique = _unique(options)
        return unique[0] if len(unique) == 1 else _Or(unique)

    def conjunction(self) -> _Node:
        include: list[_Node] = []
        exclude: list[_Node] = []
        run: list[str] = []
        while (token := self.peek()) is not None and token.kind not in {"OR", ")"}:
            if token.kind == "AND":
                self.take()
                nxt = self.peek()
                if not include and not exclude:
                    raise QuerySyntaxError("AND needs a term before it")
                if nxt is None or nxt.kind in {"OR", ")", "AND"}:
                    raise QuerySyntaxError("AND needs a term after it")
                continue
            if token.kind == "NOT":
                self.take()
                self._flush(run)
                exclude.append(self.excluded())
                continue
            if token.kind == "-" or token.minus:
                self._flush(run)
                exclude.append(self.operand())
                continue
            if token.kind == "word" and not token.prefix:
                run += [fold(w) for w in token.words]
            else:
                self._flush(run)
            include.append(self.operand())
        self._flush(run)
        if not include:
            if exclude:
                raise QuerySyntaxError(f"an exclusion needs words to search for, e.g. {EXAMPLE}")
            token = self.peek()
            if token is not None and token.kind == ")":
                raise QuerySyntaxError("empty parentheses in query")
            raise QuerySyntaxError("OR needs a term before it" if token else "query has no searchable words")
        if exclude:
            self.negated = True
        include, exclude = _unique(include), _unique(exclude)
        return include[0] if len(include) == 1 and not exclude else _And(include, exclude)

    def excluded(self) -> _Node:
        """After NOT: a "phrase", a (group), or every plain word up to the next operator as one phrase."""
        token = self.peek()
        if token is None or token.kind in {"OR", "AND", "NOT", ")"}:
            raise QuerySyntaxError(f"NOT needs words after it, e.g. {EXAMPLE}")
        if token.kind != "word" or token.minus:
            return self.operand(negated=True)
        words: list[str] = []
        prefix = False
        while (token := self.peek()) is not None and token.kind == "word" and not token.minus and not prefix:
            self.take()
            words += token.words
            prefix = token.prefix
        return _Phrase(words, prefix)

    def operand(self, negated: bool = False) -> _Node:
        token = self.take()
        negated = negated or token.minus or token.kind == "-"
        if token.kind == "-":
            token = self.take()  # the "(" that the tokenizer saw after the minus
        if token.kind == "(":
            saved = self.terms, self.runs
            if negated:
                self.terms, self.runs = [], []
            self.depth += 1
            node = self.expression()
            self.depth -= 1
            if negated:
                self.terms, self.runs = saved
            if self.peek() is None or self.peek().kind != ")":
                raise QuerySyntaxError("unbalanced parentheses in query")
            self.take()
            return node
        if token.kind in {"word", "phrase"}:
            if not negated:
                self.terms.append(" ".join(token.words) + ("*" if token.prefix else ""))
            return _Phrase(token.words, token.prefix)
        raise QuerySyntaxError("unbalanced or empty parentheses in query")

    def _flush(self, run: list[str]) -> None:
        if len(run) > 1 and self.depth == 0:
            self.runs.append(list(run))
        run.clear()


def _unique(nodes: list[_Node]) -> list[_Node]:
    """Repeated operands folded into one: "dân dân dân" is "dân", "a OR a" is "a"."""
    seen: dict[str, _Node] = {}
    for node in nodes:
        seen.setdefault(node.render(True), node)
    return list(seen.values())


def _depth(tokens: list[_Token]) -> int:
    depth = deepest = 0
    for token in tokens:
        if token.kind == "(":
            depth += 1
            deepest = max(deepest, depth)
        elif token.kind == ")":
            depth -= 1
    return deepest


def parse(query: str, *, max_chars: int = 1000, max_terms: int = 32, max_depth: int = 8) -> ParsedQuery:
    """Words, "phrases", prefix*, AND, OR/or, NOT, -word, -"phrase" and (groups); adjacency means AND.

    NOT excludes the "phrase", (group) or the plain words after it up to the next operator, as one
    phrase: `dân vận NOT Hà Giang` excludes articles with "Hà Giang". Repeated words count once
    toward `max_terms`; a query over the limits is cut and `notices` say so.
    """
    text = nfc(query)
    if not text.strip():
        raise QuerySyntaxError("empty query: give words to search for")
    if text.count('"') % 2:
        raise QuerySyntaxError('unbalanced quote in query: close the "phrase"')
    notices: list[str] = []
    tokens = _limit(_tokens(text), max_chars, max_terms, notices)
    deepest = _depth(tokens)
    if deepest > max_depth:
        raise QuerySyntaxError(f"parentheses nested {deepest} deep; at most {max_depth} levels")
    if not tokens:
        raise QuerySyntaxError("query has no searchable words")
    if tokens[-1].kind in {"AND", "OR", "NOT", "-", "("}:
        raise QuerySyntaxError("query ends with an operator or an open parenthesis")
    parser = _Parser(tokens)
    node = parser.parse()
    terms = list(dict.fromkeys(parser.terms))
    runs = list({" ".join(run): run for run in parser.runs}.values())
    return ParsedQuery(node.render(False), node.render(True), parser.negated, terms, runs, notices)
