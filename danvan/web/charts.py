"""Server-side SVG charts from Vega-Lite specs (vl-convert): no JavaScript, bars are links."""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any

from markupsafe import Markup

# Vega resolves relative hrefs against its own default base; links are given on this made-up
# absolute base instead and made relative again after rendering.
_BASE = "http://danvan.invalid"
_PALETTE = [
    "#1f5fa8",
    "#d9822b",
    "#2a9d5c",
    "#c23b3b",
    "#7b5ea7",
    "#8c6d31",
    "#d16ba5",
    "#5f6b7a",
    "#17becf",
    "#b8a41d",
    "#3d7ea6",
    "#9c5f3c",
]


def bar_spec(
    rows: list[dict[str, Any]],
    *,
    x_title: str,
    y_title: str,
    color_title: str | None = None,
    width: int = 640,
    height: int = 220,
    share: bool = False,
) -> dict[str, Any]:
    """Bars per period (stacked by `bucket` when rows have one); each row carries its `href`."""
    values = [{**r, "href": _BASE + r["href"]} for r in rows]
    encoding: dict[str, Any] = {
        "x": {"field": "period", "type": "ordinal", "title": x_title, "axis": {"labelAngle": -45}},
        "y": {
            "field": "value",
            "type": "quantitative",
            "title": y_title,
            "axis": {"format": ".0%"} if share else {"tickMinStep": 1, "format": "d"},
        },
        "href": {"field": "href"},
        "tooltip": [{"field": "period"}, {"field": "value", "format": ".1%" if share else "d"}],
    }
    if color_title and any(r.get("bucket") for r in rows):
        encoding["color"] = {
            "field": "bucket",
            "type": "nominal",
            "title": color_title,
            "scale": {"range": _PALETTE},
            "legend": {"orient": "bottom", "columns": 2, "labelLimit": 320},
        }
        encoding["tooltip"].insert(0, {"field": "bucket"})
    return {
        "$schema": "https://vega.github.io/schema/vega-lite/v5.json",
        "width": width,
        "height": height,
        "data": {"values": values},
        "mark": {"type": "bar", "cursor": "pointer"},
        "encoding": encoding,
        "config": {"font": "Noto Sans, DejaVu Sans, sans-serif", "view": {"stroke": None}},
    }


def line_spec(
    rows: list[dict[str, Any]], *, x_title: str, y_title: str, color_title: str, share: bool = False
) -> dict[str, Any]:
    """Lines with point links, one per bucket (queries compared side by side)."""
    spec = bar_spec(rows, x_title=x_title, y_title=y_title, color_title=color_title, share=share)
    spec["mark"] = {"type": "line", "point": {"size": 60, "filled": True, "cursor": "pointer"}}
    return spec


def svg(spec: dict[str, Any]) -> Markup:
    """The chart as inline SVG (cached by spec); hrefs point back into this app."""
    return Markup(_render(json.dumps(spec, sort_keys=True, ensure_ascii=False)))


@lru_cache(maxsize=512)
def _render(spec_json: str) -> str:
    import vl_convert

    out = vl_convert.vegalite_to_svg(spec_json)
    out = out.replace(_BASE, "")
    # the SVG's own preamble is dropped when inlined; keep only the <svg> element
    return out[out.index("<svg") :]


def warm_up() -> None:
    """Start the chart renderer's JavaScript engine now rather than on the first page view."""
    _render(json.dumps(bar_spec([{"period": "-", "value": 0, "href": "/"}], x_title="", y_title="")))
