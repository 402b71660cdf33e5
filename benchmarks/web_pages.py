"""Benchmark: server time of the web app's pages (dashboard, search, article, facts, report) on a corpus.

Requests go through the whole ASGI app in-process (FastAPI TestClient): routing, queries, chart
rendering, templates; no network. Each URL is requested once cold (empty chart cache) and then
`--repeat` times warm; median and p95 per page kind. `--synthetic-dates` works on a copy of the corpus
whose undated articles get dates spread over one year (the baomoi archive has no dates, and the
dashboard's charts and "what changed" only do work on dated articles).
"""

from __future__ import annotations

import argparse
import random
import shlex
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlencode

QUERIES = [
    "dân vận",
    "dan van kheo",
    "nông thôn mới",
    '"Mặt trận Tổ quốc"',
    "hau giang",
    "Hà Nội",
    "giảm nghèo OR an sinh",
    "đảng viên NOT kỷ luật",
    "học sinh",
    "cải cách hành chính",
]
PROVINCES = ["Hậu Giang", "Cần Thơ", "Hà Nội", "Hồ Chí Minh", "Đà Nẵng", "Nghệ An", "Cà Mau", "Lào Cai"]


def _dated_copy(db: Path, workdir: Path, year: int) -> Path:
    copy = workdir / "dated.db"
    with sqlite3.connect(db) as src, sqlite3.connect(copy) as dst:
        src.backup(dst)
    with sqlite3.connect(copy) as conn:
        conn.execute(
            "UPDATE articles SET published_date = date(?, '+' || (abs(pk * 7919) % 365) || ' days')"
            " WHERE published_date IS NULL",
            (f"{year}-01-01",),
        )
    return copy


def urls(db: Path, n: int, seed: int) -> dict[str, list[str]]:
    rng = random.Random(seed)
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        ids = [r[0] for r in conn.execute("SELECT id FROM articles ORDER BY random() LIMIT ?", (n,))]
        months = [
            r[0]
            for r in conn.execute(
                "SELECT DISTINCT substr(published_date, 1, 7) FROM articles WHERE published_date IS NOT NULL"
            )
        ]
    months = sorted(months) or ["2017-01"]

    def month() -> str:
        return rng.choice(months)

    return {
        "dashboard": ["/"]
        + [
            "/?" + urlencode(p)
            for p in (
                {"interval": "week"},
                {"measure": "share"},
                {"province": rng.choice(PROVINCES)},
                {"theme": "dan_van_kheo"},
                {"from": months[0], "to": months[-1], "interval": "month"},
            )
        ]
        + ["/?" + urlencode({"province": p}) for p in rng.sample(PROVINCES, 3)],
        "search": [
            "/search?"
            + urlencode(
                {
                    "q": q,
                    **({"province": rng.choice(PROVINCES)} if i % 3 == 0 else {}),
                    **({"sort": "date"} if i % 2 else {}),
                }
            )
            for i, q in enumerate(QUERIES)
        ]
        + ["/search", "/search?page=50"],
        "article": [f"/article/{aid}" for aid in ids],
        "facts": [
            f"/facts?kind={k}"
            for k in ("officials", "documents", "figures", "campaigns", "provinces", "themes")
        ]
        + ["/facts?kind=officials&province=" + p for p in rng.sample(PROVINCES, 2)],
        "report": [
            "/report?" + urlencode({"province": p, "from": month(), "to": months[-1]}) for p in PROVINCES[:6]
        ]
        + ["/report"],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("db", type=Path)
    parser.add_argument("--repeat", type=int, default=3, help="warm runs per URL")
    parser.add_argument("--articles", type=int, default=30, help="article pages sampled")
    parser.add_argument(
        "--synthetic-dates", type=int, metavar="YEAR", help="date undated articles in YEAR (on a copy)"
    )
    parser.add_argument("--seed", type=int, default=16)
    args = parser.parse_args(argv)
    print("command:", shlex.join([sys.executable, *sys.argv]))
    from fastapi.testclient import TestClient

    from danvan.web.app import create_app

    with tempfile.TemporaryDirectory(prefix="danvan-web-bench-") as tmp:
        db = _dated_copy(args.db, Path(tmp), args.synthetic_dates) if args.synthetic_dates else args.db
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
            n, dated = conn.execute("SELECT COUNT(*), COUNT(published_date) FROM articles").fetchone()
        print(f"corpus: {n} articles, {dated} dated{' (synthetic dates)' if args.synthetic_dates else ''}")
        pages = urls(db, args.articles, args.seed)
        with TestClient(create_app(db, raw_tables=False), raise_server_exceptions=True) as client:
            client.get("/static/site.css")
            heads = ("urls", "cold med", "cold p95", "warm med", "warm p95", "max")
            print(f"{'page':10s} " + " ".join(f"{h:>9s}" for h in heads) + "  (ms)")
            for kind, page_urls in pages.items():
                cold, warm = [], []
                for url in page_urls:
                    start = time.perf_counter()
                    response = client.get(url)
                    cold.append((time.perf_counter() - start) * 1000)
                    if response.status_code != 200:
                        print(f"  {url}: HTTP {response.status_code}", file=sys.stderr)
                for _ in range(args.repeat):
                    for url in page_urls:
                        start = time.perf_counter()
                        client.get(url)
                        warm.append((time.perf_counter() - start) * 1000)
                print(
                    f"{kind:10s} {len(page_urls):5d} {statistics.median(cold):9.1f} {_p95(cold):9.1f}"
                    f" {statistics.median(warm):9.1f} {_p95(warm):9.1f} {max(cold + warm):9.1f}"
                )
    return 0


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


if __name__ == "__main__":
    raise SystemExit(main())
