"""The printable report for a province (old or 2025 unit) or campaign over a period, page or file."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from importlib import resources
from typing import Any

from markupsafe import Markup

from danvan.corpus import Corpus, browse
from danvan.web.coverage_charts import chart_later
from danvan.web.params import State
from danvan.web.render import MARK, render

_LINK = re.compile(r'<a xlink:href="[^"]*">|</a>')


def _day(value: str, *, upper: bool) -> dt.date:
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 1:
        return dt.date(parts[0], 12, 31) if upper else dt.date(parts[0], 1, 1)
    if len(parts) == 2:
        last = calendar.monthrange(parts[0], parts[1])[1]
        return dt.date(parts[0], parts[1], last if upper else 1)
    return dt.date(*parts)


def _previous_start(start: dt.date, end: dt.date) -> dt.date:
    """The start of the period of equal length just before [start, end]: whole months stay months."""
    if start.day == 1 and (end + dt.timedelta(days=1)).day == 1:
        months = (end.year * 12 + end.month) - (start.year * 12 + start.month) + 1
        total = start.year * 12 + start.month - 1 - months
        return dt.date(total // 12, total % 12 + 1, 1)
    return start - (end - start + dt.timedelta(days=1))


def period(corpus: Corpus, state: State) -> State:
    """The state with both dates set: missing ones default to the latest month with articles."""
    if state.date_from and state.date_to:
        return state
    latest = corpus.connection.execute("SELECT MAX(published_date) FROM articles").fetchone()[0]
    month = (latest or dt.date.today().isoformat())[:7]
    return state.with_(date_from=state.date_from or month, date_to=state.date_to or month)


def context(corpus: Corpus, state: State) -> dict[str, Any]:
    state = period(corpus, state)
    conn = corpus.connection
    start, end = _day(state.date_from, upper=False), _day(state.date_to, upper=True)
    length = end - start + dt.timedelta(days=1)
    previous = state.with_(
        date_from=_previous_start(start, end).isoformat(), date_to=(start - dt.timedelta(days=1)).isoformat()
    )
    filters, scope = state.filters(), state.scope()
    count = browse.count(conn, state.q, filters, scope)
    prev_count = browse.count(conn, previous.q, previous.filters(), scope)
    charted = state.with_(interval="week" if length.days <= 92 else "month")
    theme_chart, _ = chart_later(corpus, charted, "theme", width=620, height=200)
    f = filters
    named = {n: getattr(f, n) for n in f.names()}
    officials = corpus.facts("officials", limit=15, **named)
    before = {**named, "date_from": None}
    new_documents = [
        d
        for d in corpus.facts("documents", limit=1000, **before)
        if (d["first_seen"] or "") >= start.isoformat()
    ][:20]
    return {
        "state": state,
        "previous": previous,
        "count": count,
        "prev_count": prev_count,
        "theme_chart": theme_chart.result(),
        "themes": corpus.facts("themes", limit=12, **named),
        "outlets": browse.facets(conn, state.q, filters, scope=scope, names=("outlet",), limit=10)["outlet"],
        "top": browse.page(
            conn, state.q, filters, scope=scope, sort="relevance" if state.q else "date", limit=15, mark=MARK
        ),
        "officials": officials,
        "new_documents": new_documents,
        "generated": dt.datetime.now().strftime("%d/%m/%Y %H:%M"),
    }


def standalone(corpus: Corpus, state: State) -> str:
    """The report as one HTML file: stylesheet inline, charts inline SVG, nothing loaded from elsewhere."""
    # our own stylesheet, trusted: inserted as is (escaping would break its quotes)
    css = Markup(resources.files("danvan.web").joinpath("static/site.css").read_text(encoding="utf-8"))
    html = render(
        "report.html", {"path": "/report", "inline_css": css, "standalone": True, **context(corpus, state)}
    )
    return _LINK.sub("", html)  # chart bars link into the app, which a file does not have
