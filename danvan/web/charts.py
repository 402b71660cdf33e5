"""Server-side SVG charts from Vega-Lite specs (vl-convert): no JavaScript, bars are links."""

from __future__ import annotations

import json
import multiprocessing as mp
import os
import threading
from collections import OrderedDict
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from markupsafe import Markup

# Vega resolves relative hrefs against its own default base; links are given on this made-up
# absolute base instead and made relative again after rendering.
_BASE = "http://danvan.invalid"
MAX_AXIS_LABELS = 13
# the swatch is a fill attribute, not a style: the pages' CSP allows no inline styles
_LEGEND_ITEM = (
    '<li><svg class="swatch" width="12" height="12" viewBox="0 0 12 12" aria-hidden="true">'
    '<rect width="12" height="12" rx="2" fill="{}"/></svg>{}</li>'
)
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
    periods = list(dict.fromkeys(r["period"] for r in rows))
    # every label costs the renderer a text measurement (52 weekly labels were two thirds of a chart's
    # time) and crowds the axis; bars and tooltips keep every period
    step = -(-len(periods) // MAX_AXIS_LABELS)
    encoding: dict[str, Any] = {
        "x": {
            "field": "period",
            "type": "ordinal",
            "title": x_title,
            "axis": {"labelAngle": -45, "values": periods[::step]},
        },
        "y": {
            "field": "value",
            "type": "quantitative",
            "title": y_title,
            "axis": {"format": ".0%"} if share else {"tickMinStep": 1, "format": "d"},
        },
        "href": {"field": "href"},
        "tooltip": [{"field": "period"}, {"field": "value", "format": ".1%" if share else "d"}],
    }
    legend: list[list[str]] = []
    if color_title and any(r.get("bucket") for r in rows):
        buckets = sorted({r["bucket"] for r in rows if r.get("bucket")})
        legend = [[b, _PALETTE[i % len(_PALETTE)]] for i, b in enumerate(buckets)]
        encoding["color"] = {
            "field": "bucket",
            "type": "nominal",
            "title": color_title,
            "scale": {"domain": buckets, "range": [c for _, c in legend]},
            # drawn in HTML beside the chart: the renderer measures every legend label's text, which
            # was half of a chart's time, and an HTML legend wraps and prints like the page
            "legend": None,
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
        "usermeta": {"legend": legend, "legend_title": color_title or ""},
    }


def line_spec(
    rows: list[dict[str, Any]], *, x_title: str, y_title: str, color_title: str, share: bool = False
) -> dict[str, Any]:
    """Lines with point links, one per bucket (queries compared side by side)."""
    spec = bar_spec(rows, x_title=x_title, y_title=y_title, color_title=color_title, share=share)
    spec["mark"] = {"type": "line", "point": {"size": 60, "filled": True, "cursor": "pointer"}}
    return spec


def svg(spec: dict[str, Any]) -> Markup:
    """The chart as inline SVG (cached by spec) and its legend; hrefs point back into this app."""
    return svg_later(spec).result()


def svg_later(spec: dict[str, Any]) -> Future[Markup]:
    """`svg(spec)` drawn in the renderer's process while the caller goes on; `.result()` collects it."""
    key = json.dumps(spec, sort_keys=True, ensure_ascii=False)
    meta = spec.get("usermeta", {})
    legend = _legend(meta.get("legend") or [], meta.get("legend_title", ""))
    out: Future[Markup] = Future()
    drawing = _RENDERER.drawing(key)
    drawing.add_done_callback(
        lambda done: (
            out.set_exception(exc)
            if (exc := done.exception()) is not None
            else out.set_result(Markup(done.result()) + legend)
        )
    )
    return out


def _legend(items: list[list[str]], title: str) -> Markup:
    if not items:
        return Markup("")
    entries = Markup("").join(Markup(_LEGEND_ITEM).format(color, label) for label, color in items)
    return Markup('<ul class="chart-legend" aria-label="{}">{}</ul>').format(title, entries)


def render_svg(spec_json: str) -> str:
    """Vega-Lite JSON to the bare <svg> element, links relative to this app (runs in the renderer)."""
    import vl_convert

    out = vl_convert.vegalite_to_svg(spec_json)
    out = out.replace(_BASE, "")
    # the SVG's own preamble is dropped when inlined; keep only the <svg> element
    return out[out.index("<svg") :]


def _exit_with_parent() -> None:
    """In the renderer: end when the server ends, however it ends (a server killed by a signal never
    tells its pool to stop, and the worker would wait for charts forever)."""

    def watch() -> None:
        parent = mp.parent_process()
        if parent is not None:
            parent.join()
        os._exit(0)

    threading.Thread(target=watch, name="danvan-charts-parent", daemon=True).start()


class _Renderer:
    """Charts drawn in one worker process, results kept in an LRU by spec.

    vl-convert holds the GIL while it draws (100 ms and more for a chart), which would stall every
    other request thread; in its own process a page's SQL runs on the other core meanwhile.
    """

    def __init__(self, size: int = 512) -> None:
        self._size = size
        self._done: OrderedDict[str, str] = OrderedDict()
        self._running: dict[str, Future[str]] = {}
        self._lock = threading.Lock()
        self._pool: ProcessPoolExecutor | None = None

    def drawing(self, key: str) -> Future[str]:
        with self._lock:
            if key in self._done:
                self._done.move_to_end(key)
                ready: Future[str] = Future()
                ready.set_result(self._done[key])
                return ready
            if key in self._running:
                return self._running[key]
            future = self._submit(key)
            self._running[key] = future
        future.add_done_callback(lambda f: self._finished(key, f))
        return future

    def _submit(self, key: str) -> Future[str]:
        try:
            if self._pool is None:
                self._pool = ProcessPoolExecutor(
                    max_workers=1, mp_context=mp.get_context("spawn"), initializer=_exit_with_parent
                )
            return self._pool.submit(render_svg, key)
        except (BrokenProcessPool, RuntimeError, OSError):
            self._pool = None  # no worker process (or it died): draw here, slower but right
            local: Future[str] = Future()
            try:
                local.set_result(render_svg(key))
            except Exception as exc:
                local.set_exception(exc)
            return local

    def _finished(self, key: str, future: Future[str]) -> None:
        with self._lock:
            self._running.pop(key, None)
            if future.exception() is None:
                self._done[key] = future.result()
                while len(self._done) > self._size:
                    self._done.popitem(last=False)
            elif isinstance(future.exception(), BrokenProcessPool):
                self._pool = None


_RENDERER = _Renderer()


def warm_up() -> None:
    """Start the renderer's process and JavaScript engine now rather than on the first page view."""
    svg(bar_spec([{"period": "-", "value": 0, "href": "/"}], x_title="", y_title=""))
