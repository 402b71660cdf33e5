"""Article detection on the fixture layouts: precision/recall per layout, title/date/clean-body checks.

Each layout of tests/fixtures/layouts is served on 127.0.0.1; one generic-spider crawl (`--url`, no
registry entry) takes them all; the stored pages are compared with each layout's _manifest.json, and
every stored article goes through the app's cleaning (what `danvan crawl` would store)."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from danvan.crawler.fixtures_server import FixtureServer, serve
from danvan.crawler.page import FetchedPage
from danvan.crawler.urls import normalize_url

REPO = Path(__file__).resolve().parent.parent
LAYOUTS = REPO / "tests" / "fixtures" / "layouts"
FAST = [
    "--delay",
    "0",
    "--no-autothrottle",
    "--timeout",
    "5",
    "--retries",
    "1",
    "--backoff",
    "0.05",
    "--per-domain",
    "8",
    "--concurrency",
    "16",
]


@dataclass
class LayoutResult:
    """Ground truth against what the crawl stored, for one layout."""

    name: str
    split: str
    expected: set[str]
    stored: set[str]
    problems: list[str] = field(default_factory=list)
    checked: int = 0

    @property
    def true_positives(self) -> int:
        return len(self.expected & self.stored)

    @property
    def precision(self) -> float:
        return self.true_positives / len(self.stored) if self.stored else 1.0

    @property
    def recall(self) -> float:
        return self.true_positives / len(self.expected) if self.expected else 1.0


def layout_dirs(names: list[str] | None = None) -> list[Path]:
    found = sorted(p.parent for p in LAYOUTS.glob("*/_manifest.json"))
    return [p for p in found if not names or p.name in names]


def crawl_layouts(
    servers: dict[str, FixtureServer], manifests: dict[str, dict], out: Path, extra: list[str] | None = None
) -> list[dict]:
    """One `python -m danvan.crawler` process over every layout; returns the stored page rows."""
    urls = [servers[n].base_url + manifests[n]["start"] for n in servers]
    pages = out / "pages.jsonl"
    cmd = [
        sys.executable,
        "-m",
        "danvan.crawler",
        *[a for u in urls for a in ("--url", u)],
        *FAST,
        "--warc-dir",
        str(out / "warc"),
        "--pages-out",
        str(pages),
        "--stats-out",
        str(out / "stats.json"),
        *(extra or []),
    ]
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    done = subprocess.run(cmd, cwd=REPO, env=env, capture_output=True, text=True, timeout=300)
    if done.returncode != 0:
        raise RuntimeError(done.stderr[-3000:])
    return [json.loads(line) for line in pages.read_text().splitlines()] if pages.exists() else []


def _nfc(text: str | None) -> str:
    """The app's normal form (NFC, straight quotes, single spaces), so formatting is not an error."""
    from danvan.nlp.normalize import normalize_text

    return " ".join(normalize_text(unicodedata.normalize("NFC", text or "")).split())


def stored_article(row: dict):
    """What the app stores for a crawled page (its cleaning: title, date, body)."""
    from danvan.nlp.pipeline import clean

    from danvan.pages import page_to_raw

    names = set(FetchedPage.__slots__) - {"body"}
    page = FetchedPage(**{k: row[k] for k in names if k in row}, body=row["text"].encode("utf-8"))
    page.encoding = "utf-8"
    return clean(page_to_raw(page))


def compare(name: str, manifest: dict, server: FixtureServer, rows: list[dict]) -> LayoutResult:
    base = server.base_url
    truth = {normalize_url(base + a["path"]): a for a in manifest["articles"]}
    mine = {r["canonical_url"]: r for r in rows if r["canonical_url"].startswith(base + "/")}
    result = LayoutResult(name, manifest["split"], set(truth), set(mine))
    for url in sorted(result.stored - result.expected):
        result.problems.append(f"not an article, stored: {url[len(base) :]}")
    for url in sorted(result.expected - result.stored):
        result.problems.append(f"article missed: {url[len(base) :]}")
    for url in sorted(result.expected & result.stored):
        want, got = truth[url], stored_article(mine[url])
        result.checked += 1
        where = url[len(base) :]
        if _nfc(got.title) != _nfc(want["title"]):
            result.problems.append(f"title {where}: {got.title!r}")
        if got.published != want["date"]:
            result.problems.append(f"date {where}: {got.published!r} != {want['date']}")
        body = _nfc(got.body)
        for key in ("first", "last"):
            # the manifests hold a paragraph's first 60 characters: its last word may be cut mid-syllable,
            # which the app's tone placement rewrites ('đoà' of 'đoàn' becomes 'đòa'), so it is left out
            if _nfc(want[key].rsplit(" ", 1)[0]) not in body:
                result.problems.append(f"body {where}: {key} paragraph missing")
        lines = [_nfc(ln).lower() for ln in (got.body or "").splitlines()]
        for junk in manifest["not_in_body"]:
            # a snippet in capitals is a heading set in capitals ('TỈNH ĐOÀN SÓC TRĂNG'): matched as written,
            # for the same words in a sentence of the article ('Bí thư Tỉnh đoàn Sóc Trăng') are its text; a
            # box's heading of one to three words ('Liên kết', 'Giờ mở cửa') opens a line when it is left in
            # the body, the same words inside a sentence ('tổ liên kết nuôi gà', 'đến trong giờ mở cửa') are
            # the article's own
            if junk.isupper():
                found = _nfc(junk) in body
            elif len(junk.split()) <= 3:
                found = any(ln.startswith(_nfc(junk).lower()) for ln in lines)
            else:
                # as written anywhere, or opening a line in any case: the same words in another case inside a
                # sentence ('Chiều 19/8, Ban Chỉ huy chiến dịch … tổ chức …') are the article's own
                found = _nfc(junk) in body or any(ln.startswith(_nfc(junk).lower()) for ln in lines)
            if found:
                result.problems.append(f"body {where}: contains {junk[:40]!r}")
    for path in server.hits:
        if any(urlsplit(path).path.startswith(p) for p in manifest["never_fetch"]):
            result.problems.append(f"disallowed path fetched: {path}")
    return result


def run(names: list[str] | None = None, workdir: Path | None = None) -> list[LayoutResult]:
    dirs = layout_dirs(names)
    manifests = {d.name: json.loads((d / "_manifest.json").read_text(encoding="utf-8")) for d in dirs}
    servers = {d.name: serve(d) for d in dirs}
    try:
        with tempfile.TemporaryDirectory(prefix="danvan-detect-") as tmp:
            rows = crawl_layouts(servers, manifests, workdir or Path(tmp))
            return [compare(n, manifests[n], servers[n], rows) for n in servers]
    finally:
        for server in servers.values():
            server.stop()


def summary(results: list[LayoutResult]) -> list[str]:
    lines = [
        "| layout | split | articles | stored | precision | recall | field/body problems |",
        "|---|---|---|---|---|---|---|",
    ]
    for r in results:
        field_problems = [p for p in r.problems if p.split(" ", 1)[0] in ("title", "date", "body")]
        lines.append(
            f"| {r.name} | {r.split} | {len(r.expected)} | {len(r.stored)} | {r.precision:.2f} | "
            f"{r.recall:.2f} | {len(field_problems)} of {r.checked} articles checked |"
        )
    for split in ("dev", "heldout"):
        part = [r for r in results if r.split == split]
        tp = sum(r.true_positives for r in part)
        stored = sum(len(r.stored) for r in part)
        expected = sum(len(r.expected) for r in part)
        lines.append(
            f"| **all {split}** | {split} | {expected} | {stored} | {tp / stored if stored else 1:.2f} | "
            f"{tp / expected if expected else 1:.2f} | |"
        )
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("layouts", nargs="*", help="layout names (default: all)")
    parser.add_argument("--json", type=Path, help="write the per-layout results here")
    args = parser.parse_args()
    results = run(args.layouts or None)
    print("\n".join(summary(results)))
    for r in results:
        for problem in r.problems:
            print(f"{r.name}: {problem}")
    if args.json:
        args.json.write_text(
            json.dumps(
                [
                    {
                        "layout": r.name,
                        "split": r.split,
                        "precision": r.precision,
                        "recall": r.recall,
                        "problems": r.problems,
                    }
                    for r in results
                ],
                ensure_ascii=False,
                indent=1,
            )
        )


if __name__ == "__main__":
    main()
