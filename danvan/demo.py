"""`make demo`: the whole pipeline offline on the bundled sample articles, with readable output."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from rich.console import Console
from rich.rule import Rule

from danvan.demo_crawl import crawl_fixture_site

SAMPLES = Path(__file__).resolve().parent / "samples"
# dated articles from several outlets, written for the web tests: the dashboard has periods to show
WEB_ARTICLES = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "web" / "articles.jsonl"
WEB_DB = Path(os.environ.get("DANVAN_DEMO_DB", "build/demo.db"))
console = Console()


def run(*args: str) -> None:
    """Run a `danvan` command as a user would, echoing it first."""
    console.print(f"[bold cyan]$ danvan {' '.join(args)}[/]")
    result = subprocess.run([sys.executable, "-m", "danvan.cli", *args], check=False)
    if result.returncode not in (0, 2):
        raise SystemExit(f"demo step failed: danvan {' '.join(args)}")


def main() -> None:
    if not sys.stdout.isatty():
        os.environ.setdefault("COLUMNS", "150")  # readable tables in logs too
    console.print(Rule("1. Fact extraction from the bundled sample articles"))
    run("extract", str(SAMPLES), "--format", "table")
    with tempfile.TemporaryDirectory(prefix="danvan-demo-") as tmp:
        db = str(Path(tmp) / "demo.db")
        console.print(Rule("2. Ingest into a corpus, then search, facts and coverage"))
        run("ingest", str(SAMPLES), "--db", db)
        run("search", "dan van kheo", "--db", db)
        run("search", "nông thôn mới", "--province", "Cà Mau", "--db", db)
        run("facts", "officials", "--db", db)
        run("facts", "documents", "--db", db)
        run("coverage", "--by", "province", "--interval", "month", "--db", db)
        console.print(Rule("3. Crawl the bundled fixture news site on loopback"))
        crawl_fixture_site(db, Path(tmp) / "warc", run)
    console.print(Rule("4. A corpus for the web app"))
    WEB_DB.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{WEB_DB}{suffix}").unlink(missing_ok=True)
    inputs = [str(SAMPLES)] + ([str(WEB_ARTICLES)] if WEB_ARTICLES.is_file() else [])
    run("ingest", *inputs, "--db", str(WEB_DB))
    run(
        "report",
        "--province2025",
        "Cần Thơ",
        "--from",
        "2025-07",
        "--to",
        "2025-09",
        "--db",
        str(WEB_DB),
        "--out",
        str(WEB_DB.with_name("report-can-tho.html")),
    )
    console.print(Rule("done"))
    console.print(
        f"Web app: [bold]make serve[/] (or `.venv/bin/danvan serve --db {WEB_DB}`), then open "
        "[bold]http://127.0.0.1:8000/[/] (API docs at /docs, raw tables at /data)."
    )


if __name__ == "__main__":
    main()
