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
    console.print(Rule("done"))


if __name__ == "__main__":
    main()
