"""Server-side charts: bars as links, a thinned axis, an HTML legend that escapes its labels."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path

from danvan.web import charts


def _rows(periods: int, buckets: list[str]) -> list[dict]:
    return [
        {"period": f"2025-W{w:02d}", "bucket": b, "value": w % 5, "href": f"/search?week={w}&b={i}"}
        for w in range(1, periods + 1)
        for i, b in enumerate(buckets)
    ]


def test_every_bar_is_a_link_but_the_axis_names_at_most_thirteen_periods():
    spec = charts.bar_spec(_rows(52, ["a", "b"]), x_title="Tuần", y_title="Số bài", color_title="Chủ đề")
    drawn = charts.svg(spec)
    assert len(spec["encoding"]["x"]["axis"]["values"]) <= charts.MAX_AXIS_LABELS
    assert spec["encoding"]["x"]["axis"]["values"][0] == "2025-W01"
    links = re.findall(r'xlink:href="([^"]*)"', drawn)
    assert len(links) == 104  # every period of every bucket, including those the axis does not name
    assert all(link.startswith("/search?") for link in links)


def test_legend_is_html_with_the_bar_colours_and_escaped_labels():
    hostile = "<script>alert(1)</script> phong trào"
    spec = charts.bar_spec(_rows(3, ["Dân vận khéo", hostile]), x_title="", y_title="", color_title="Chủ đề")
    drawn = str(charts.svg(spec))
    legend = drawn[drawn.index('<ul class="chart-legend"') :]
    assert "<script>" not in drawn
    assert "&lt;script&gt;alert(1)&lt;/script&gt; phong trào" in legend
    colours = dict(spec["usermeta"]["legend"])
    assert colours["Dân vận khéo"] != colours[hostile]
    assert f'fill="{colours["Dân vận khéo"]}"' in drawn.split('<ul class="chart-legend"')[0]


def test_a_chart_without_buckets_has_no_legend_and_later_gives_the_same_drawing():
    spec = charts.bar_spec(
        [{"period": "2025-01", "value": 3, "href": "/search?from=2025-01"}], x_title="Tháng", y_title=""
    )
    now = charts.svg(spec)
    assert "chart-legend" not in now and now.startswith("<svg")
    assert charts.svg_later(spec).result(timeout=60) == now


def test_the_renderer_process_ends_when_the_server_is_killed(tmp_path):
    script = tmp_path / "server.py"
    script.write_text(
        "import os, signal\n"
        "from danvan.web import charts\n"
        "if __name__ == '__main__':\n"
        "    charts.warm_up()\n"
        "    print(*charts._RENDERER._pool._processes, flush=True)\n"
        "    os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=120)
    (worker,) = (int(pid) for pid in done.stdout.split())
    deadline = time.monotonic() + 20
    while _alive(worker) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not _alive(worker)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    status = Path(f"/proc/{pid}/status")
    return not (status.exists() and "zombie" in status.read_text())
