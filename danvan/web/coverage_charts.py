"""Period charts of the pages: counts or shares per period, stacked by a dimension, bars linking to lists."""

from __future__ import annotations

from concurrent.futures import Future
from typing import Any

from markupsafe import Markup

from danvan.corpus import Corpus, browse
from danvan.web import charts, labels
from danvan.web.params import State

# a dimension's bucket -> the State field that restricts a list to it
STATE_FIELD = {
    "theme": "theme",
    "campaign": "campaign",
    "province": "old_province",
    "province2025": "province",
    "outlet": "outlet",
}


def bucket_label(dim: str | None, bucket: str | None) -> str:
    return labels.theme(bucket) if dim == "theme" else (bucket or "")


def period_state(state: State, period: str) -> dict[str, str]:
    start, end = browse.period_bounds(period, state.interval)
    return {"date_from": start, "date_to": end}


TOP_BUCKETS = 8  # a stacked chart shows the buckets with most articles; the rest are in the tables


def rows(corpus: Corpus, state: State, by: str | None, *, query: str | None = None) -> list[dict[str, Any]]:
    """Chart rows: period, bucket (display name), value (count or share), href to the article list."""
    q = state.q if query is None else query
    series = browse.series(
        corpus.connection, q, state.filters(), by=by, interval=state.interval, scope=state.scope()
    )
    if by and by != "theme":  # the 12 themes all fit; campaigns, provinces, outlets are many
        sizes: dict[str, int] = {}
        for r in series:
            sizes[r["bucket"]] = sizes.get(r["bucket"], 0) + r["articles"]
        top = set(sorted(sizes, key=lambda b: (-sizes[b], b))[:TOP_BUCKETS])
        series = [r for r in series if r["bucket"] in top]
    totals = (
        browse.totals(corpus.connection, state.interval, state.filters()) if state.measure == "share" else {}
    )
    out = []
    for r in series:
        change: dict[str, Any] = {**period_state(state, r["period"]), "q": q}
        if by:
            change[STATE_FIELD[by]] = r["bucket"]
        value = r["articles"] / totals[r["period"]] if totals.get(r["period"]) else r["articles"]
        out.append(
            {
                "period": r["period"],
                "bucket": bucket_label(by, r["bucket"]) if by else None,
                "value": value,
                "articles": r["articles"],
                "href": state.url("/search", **change),
            }
        )
    return out


def chart_later(
    corpus: Corpus, state: State, by: str | None, *, width: int = 640, height: int = 220
) -> tuple[Future[Markup | None], list[dict[str, Any]]]:
    """The SVG chart, still being drawn while the page's other queries run (its future gives None when
    there is nothing to draw), and its rows for the table beside it."""
    data = rows(corpus, state, by)
    if not data:
        nothing: Future[Markup | None] = Future()
        nothing.set_result(None)
        return nothing, data
    spec = charts.bar_spec(
        data,
        x_title=labels.labels()["intervals"][state.interval],
        y_title="Tỉ lệ trong tất cả bài" if state.measure == "share" else "Số bài",
        color_title=labels.facet(by) if by else None,
        width=width,
        height=height,
        share=state.measure == "share",
    )
    return charts.svg_later(spec), data


def compare_chart(corpus: Corpus, state: State) -> Markup | None:
    """Several queries over time on one chart: each point links to that query's list for the period."""
    data: list[dict[str, Any]] = []
    for query in (state.q, *state.compare):
        for r in rows(corpus, state, None, query=query):
            data.append({**r, "bucket": query or "(tất cả)", "href": r["href"]})
    if not data:
        return None
    spec = charts.line_spec(
        data,
        x_title=labels.labels()["intervals"][state.interval],
        y_title="Tỉ lệ trong tất cả bài" if state.measure == "share" else "Số bài",
        color_title="Truy vấn",
        share=state.measure == "share",
    )
    return charts.svg(spec)
