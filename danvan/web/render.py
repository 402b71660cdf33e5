"""Jinja2 templates (autoescaped) and the filters they use to show crawled text safely."""

from __future__ import annotations

from functools import cache
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup, escape
from starlette.requests import Request
from starlette.responses import HTMLResponse

from danvan.web import labels

MARK = ("\x02", "\x03")  # snippet highlight marks, swapped for <mark> after escaping
NAV = (
    ("/", "Tổng quan"),
    ("/search", "Tìm kiếm"),
    ("/facts", "Dữ kiện"),
    ("/report", "Báo cáo"),
    ("/sources", "Nguồn tin"),
    ("/docs", "API"),
    ("/data", "Dữ liệu thô"),
)


def marked(text: str | None) -> Markup:
    """Escape crawled text, then turn the highlight marks into <mark> elements."""
    safe = str(escape(text or ""))
    return Markup(safe.replace(MARK[0], "<mark>").replace(MARK[1], "</mark>"))


def number(value: Any) -> str:
    """Vietnamese thousands separator: 35440 -> "35.440"."""
    if isinstance(value, float) and not value.is_integer():
        return f"{value:,.2f}".replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return f"{int(value):,}".replace(",", ".")


def percent(value: float) -> str:
    return f"{value * 100:.1f}".replace(".", ",") + "%"


def safe_href(url: str | None) -> str | None:
    """Only http(s) links to originals: a crawled `javascript:` URL is shown as text, not linked."""
    if url and url.lower().startswith(("http://", "https://")):
        return url
    return None


@cache
def environment() -> Environment:
    env = Environment(
        loader=PackageLoader("danvan.web", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(
        marked=marked,
        number=number,
        percent=percent,
        theme=labels.theme,
        facet=labels.facet,
        safe_href=safe_href,
    )
    env.globals.update(nav=NAV, labels=labels.labels())
    return env


def render(name: str, context: dict[str, Any]) -> str:
    return environment().get_template(name).render(**context)


def page(request: Request | None, name: str, context: dict[str, Any], status: int = 200) -> HTMLResponse:
    path = request.url.path if request is not None else ""
    return HTMLResponse(render(name, {"path": path, "inline_css": None, **context}), status_code=status)
