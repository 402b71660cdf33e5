"""`danvan crawl` and `danvan sites`: the crawler wired to the corpus pipeline."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from danvan.nlp.dates import parse_date

console = Console()


def _parse_since(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise typer.BadParameter(f"--since wants YYYY-MM-DD, got {value!r}") from exc


def sites_command(
    sites_file: Path | None = typer.Option(None, help="Registry TOML (default: the bundled one)."),
) -> None:
    """List the site registry."""
    from danvan.crawler.sites import load_sites

    table = Table(title="danvan site registry")
    table.add_column("name", no_wrap=True)
    table.add_column("status", no_wrap=True)
    for column in ("kind", "title", "domains"):
        table.add_column(column)
    for site in load_sites(sites_file):
        table.add_row(
            site.name,
            "verified" if site.verified else "unverified",
            site.kind,
            site.title,
            ", ".join(site.domains),
        )
    console.print(table)


def crawl_command(
    sites: list[str] = typer.Argument(None, help="Registry site names (see `danvan sites`)."),
    url: list[str] = typer.Option(None, "--url", help="Start URL for the generic news spider."),
    max_pages: int | None = typer.Option(None, help="Stop after this many articles."),
    since: str | None = typer.Option(None, help="Skip articles and listing pages older than YYYY-MM-DD."),
    db: Path | None = typer.Option(None, help="Corpus database (default: $DANVAN_DB or the user data dir)."),
    warc_dir: Path = typer.Option(Path("warc"), help="Where raw article responses are archived."),
    refresh: bool = typer.Option(False, help="Fetch URLs already in the corpus again."),
    jobdir: Path | None = typer.Option(
        None, help="Resume state: rerun with the same directory to continue an interrupted crawl."
    ),
    user_agent: str | None = typer.Option(None, help="User-Agent (put your contact in it)."),
    depth: int = typer.Option(8, help="Link depth limit (0 = none)."),
    concurrency: int = typer.Option(16, help="Requests in flight overall."),
    per_domain: int = typer.Option(2, help="Requests in flight per site."),
    delay: float = typer.Option(0.5, help="Minimum seconds between requests to one site."),
    autothrottle: bool = typer.Option(True, help="Adapt the delay to the server's latency."),
    timeout: float = typer.Option(30.0, help="Seconds before a request times out."),
    retries: int = typer.Option(3, help="Retries on 5xx and timeouts (exponential backoff)."),
    backoff: float = typer.Option(1.0, help="First retry waits this many seconds, then 2x."),
    sites_file: Path | None = typer.Option(None, help="Registry TOML (default: the bundled one)."),
    archive_only: bool = typer.Option(False, help="Fetch and archive only; store nothing (extraction off)."),
) -> None:
    """Crawl registry sites and/or any news site into the corpus, archiving raw pages as WARC."""
    from danvan.crawler.request import DEFAULT_USER_AGENT, CrawlRequest
    from danvan.crawler.run import crawl
    from danvan.crawler.sites import SiteConfigError, load_sites, select_sites

    try:
        registry = load_sites(sites_file)
        chosen = select_sites(sites or [], registry)
    except SiteConfigError as exc:
        raise typer.BadParameter(str(exc)) from exc
    if not chosen and not url:
        raise typer.BadParameter("give registry site names and/or --url")
    is_known = on_page = close = None
    if not archive_only:
        from danvan.corpus.location import default_db_path
        from danvan.ingest import page_sink

        is_known, on_page, close = page_sink(db or default_db_path())
    request = CrawlRequest(
        sites=chosen,
        urls=list(url or []),
        max_pages=max_pages,
        since=_parse_since(since),
        warc_dir=warc_dir,
        user_agent=user_agent or DEFAULT_USER_AGENT,
        refresh=refresh,
        jobdir=jobdir,
        depth_limit=depth,
        concurrency=concurrency,
        per_domain=per_domain,
        download_delay=delay,
        autothrottle=autothrottle,
        timeout=timeout,
        retries=retries,
        retry_backoff=backoff,
        validators_db=warc_dir / "validators.sqlite",
        known_sites=registry,
        is_known=is_known,
        on_page=on_page,
        parse_date=parse_date,
    )
    try:
        stats = crawl(request)
    finally:
        if close is not None:
            close()
    verb = "archived" if archive_only else "stored"
    console.print(
        f"[bold]{stats.articles}[/] articles {verb} from {stats.responses} responses in "
        f"{stats.elapsed_seconds:.1f}s ({stats.finish_reason}); skipped: {stats.skipped_known} "
        f"known, {stats.duplicates} duplicates, {stats.too_old} too old, {stats.not_modified} "
        f"not modified, {stats.robots_blocked} disallowed by robots.txt"
    )
    for url_, reason in stats.failed + stats.page_errors:
        console.print(f"[yellow]failed[/] {url_}: {reason}")
    for path in stats.warc_files:
        console.print(f"archive: {path}")


def register(app: typer.Typer) -> None:
    """Add `crawl` and `sites` to the danvan app."""
    app.command("crawl")(crawl_command)
    app.command("sites")(sites_command)
