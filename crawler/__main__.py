"""`python -m danvan.crawler`: one crawl from the command line (archive only, or pages to JSONL)."""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import json
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from danvan.crawler.page import FetchedPage
from danvan.crawler.request import DEFAULT_USER_AGENT, CrawlRequest
from danvan.crawler.run import crawl
from danvan.crawler.sites import load_sites, select_sites


def load_callable(spec: str) -> Callable:
    """'package.module:function' or 'path/to/file.py:function' -> the function."""
    module, _, attr = spec.rpartition(":")
    if module.endswith(".py"):
        spec_obj = importlib.util.spec_from_file_location(Path(module).stem, module)
        if spec_obj is None or spec_obj.loader is None:
            raise ImportError(f"cannot load {module}")
        loaded = importlib.util.module_from_spec(spec_obj)
        spec_obj.loader.exec_module(loaded)
        return getattr(loaded, attr)
    return getattr(importlib.import_module(module), attr)


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m danvan.crawler", description=__doc__)
    p.add_argument("sites", nargs="*", help="registry site names")
    p.add_argument("--url", action="append", default=[], help="start URL for the generic spider")
    p.add_argument("--sites-file", type=Path, help="registry TOML (default: crawler/sites.toml)")
    p.add_argument("--max-pages", type=int)
    p.add_argument("--since", type=date.fromisoformat, help="YYYY-MM-DD")
    p.add_argument("--warc-dir", type=Path)
    p.add_argument("--jobdir", type=Path, help="resume state (Scrapy JOBDIR)")
    p.add_argument("--validators-db", type=Path, help="ETag/Last-Modified store")
    p.add_argument("--user-agent", default=DEFAULT_USER_AGENT)
    p.add_argument("--refresh", action="store_true", help="fetch URLs even when known")
    p.add_argument("--depth", type=int, default=8)
    p.add_argument("--concurrency", type=int, default=16)
    p.add_argument("--per-domain", type=int, default=2)
    p.add_argument("--delay", type=float, default=0.5)
    p.add_argument("--no-autothrottle", action="store_true")
    p.add_argument("--timeout", type=float, default=30.0)
    p.add_argument("--retries", type=int, default=3)
    p.add_argument("--backoff", type=float, default=1.0)
    p.add_argument("--known", type=Path, help="file of already-stored URLs, one a line")
    p.add_argument("--pages-out", type=Path, help="append one JSON line per article page")
    p.add_argument("--stats-out", type=Path, help="write the CrawlStats JSON here")
    p.add_argument("--date-parser", help="module:function parsing dates printed on listings")
    p.add_argument("--log-level", default="WARNING")
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    registry = load_sites(args.sites_file)
    known: set[str] = set()
    if args.known and args.known.exists():
        known = {line.strip() for line in args.known.read_text().splitlines() if line.strip()}
    on_page = None
    if args.pages_out:
        args.pages_out.parent.mkdir(parents=True, exist_ok=True)
        out = args.pages_out.open("a", encoding="utf-8")

        def on_page(page: FetchedPage) -> None:
            record = page.summary()
            record["text"] = page.text()
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            out.flush()

    request = CrawlRequest(
        sites=select_sites(args.sites, registry),
        urls=args.url,
        max_pages=args.max_pages,
        since=args.since,
        warc_dir=args.warc_dir,
        user_agent=args.user_agent,
        refresh=args.refresh,
        jobdir=args.jobdir,
        depth_limit=args.depth,
        concurrency=args.concurrency,
        per_domain=args.per_domain,
        download_delay=args.delay,
        autothrottle=not args.no_autothrottle,
        timeout=args.timeout,
        retries=args.retries,
        retry_backoff=args.backoff,
        validators_db=args.validators_db,
        known_sites=registry,
        log_level=args.log_level,
        is_known=known.__contains__ if known else None,
        on_page=on_page,
        parse_date=load_callable(args.date_parser) if args.date_parser else None,
    )
    if not request.sites and not request.urls:
        print("nothing to crawl: give site names or --url", file=sys.stderr)
        return 2
    stats = crawl(request)
    summary = json.dumps(stats.to_json(), ensure_ascii=False, indent=2)
    if args.stats_out:
        args.stats_out.write_text(summary, encoding="utf-8")
    print(summary)
    return 0


if __name__ == "__main__":
    sys.exit(main())
