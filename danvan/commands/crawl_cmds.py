"""`danvan crawl` and `danvan sites`: the crawler wired to the corpus pipeline."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

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
    explain: str | None = typer.Option(
        None, "--explain", metavar="URL", help="Fetch one page (robots.txt obeyed) and explain the verdict."
    ),
) -> None:
    """Crawl registry sites and/or any news site into the corpus, archiving raw pages as WARC."""
    from danvan.crawler.request import DEFAULT_USER_AGENT, CrawlRequest
    from danvan.crawler.run import crawl
    from danvan.crawler.sites import SiteConfigError, load_sites, select_sites
    from danvan.nlp.dates import parse_date

    try:
        registry = load_sites(sites_file)
        chosen = select_sites(sites or [], registry)
    except SiteConfigError as exc:
        raise typer.BadParameter(str(exc)) from exc
    if explain:
        _explain(explain, user_agent or DEFAULT_USER_AGENT, registry, timeout)
        return
    if not chosen and not url:
        raise typer.BadParameter("give registry site names and/or --url")
    is_known = close = None
    pipelines: dict[str, int] = {}
    settings: dict[str, str] = {}
    db_path = None
    if not archive_only:
        from danvan.corpus import Corpus
        from danvan.corpus.location import default_db_path
        from danvan.crawl_store import DB_SETTING, PIPELINE

        db_path = db or default_db_path()
        known = Corpus(db_path)  # read side: which URLs are stored already
        is_known, close = known.has_url, known.close
        pipelines, settings = {PIPELINE: 500}, {DB_SETTING: str(db_path)}
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
        parse_date=parse_date,
        item_pipelines=pipelines,
        settings=settings,
    )
    try:
        stats = crawl(request)
    finally:
        if close is not None:
            close()
    if db_path is not None:
        from danvan.corpus import Corpus
        from danvan.crawl_store import crawl_runs

        with Corpus(db_path) as corpus:
            for run in crawl_runs(stats):
                corpus.record_crawl_run(run)
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


def _explain(url: str, user_agent: str, registry: list, timeout: float) -> None:
    from danvan.crawler.explain import ExplainError, explain

    try:
        result = explain(url, user_agent, registry, timeout)
    except ExplainError as exc:
        console.print(f"[red]{exc}[/]")
        raise typer.Exit(2) from exc
    verdict = "[green]ARTICLE[/]" if result.is_article else "[yellow]NOT AN ARTICLE[/]"
    console.print(f"{verdict}  {result.url}  (site {result.site})")
    if result.canonical != result.url:
        console.print(f"canonical: {result.canonical}")
    console.print("signals:")
    for signal in result.signals:
        console.print(f"  {signal}", markup=False)
    console.print(f"title:     {result.title or '-'}", markup=False)
    console.print(f"published: {result.published or '-'}")
    console.print(f"author:    {result.author or '-'}", markup=False)
    if result.is_article:
        console.print("body (first lines):")
        for line in result.body[:5]:
            console.print(f"  {line[:200]}", markup=False)
    else:
        console.print(f"article links ({len(result.article_links)}):")
        for link in result.article_links[:30]:
            console.print(f"  {link}", markup=False)
        console.print(f"next page: {', '.join(result.next_pages) or '-'}", markup=False)


def crawls_command(
    db: Path | None = typer.Option(None, help="Corpus database (default: $DANVAN_DB or the user data dir)."),
    site: str | None = typer.Option(None, help="Only this site."),
    limit: int = typer.Option(20, help="Runs to list."),
    stale_days: int = typer.Option(7, help="Flag a site with no new article for this many days."),
    error_jump: float = typer.Option(0.2, help="Flag a site whose error share rose by this much."),
) -> None:
    """Crawl runs per site (source health) and the sites that need a look."""
    from danvan.corpus import Corpus
    from danvan.corpus.location import default_db_path

    with Corpus(db or default_db_path()) as corpus:
        runs = corpus.crawl_runs(site, limit)
        health = [h for h in corpus.source_health(stale_days, error_jump) if not site or h["site"] == site]
    table = Table(title="crawl runs")
    for column in ("site", "finished", "pages", "new", "updated", "rejects", "errors", "reason"):
        table.add_column(column)
    for run in runs:
        errors = ", ".join(f"{k} {v}" for k, v in sorted(run["errors_by_kind"].items()))
        table.add_row(
            run["site"],
            run["finished_at"],
            str(run["pages"]),
            str(run["articles_new"]),
            str(run["articles_updated"]),
            str(run["rejects"]),
            f"{run['errors']} {errors}".strip(),
            run["finish_reason"],
        )
    console.print(table)
    if not runs:
        console.print("no crawl recorded yet")
    for row in health:
        status = "; ".join(row["flags"]) or "ok"
        colour = "yellow" if row["flags"] else "green"
        console.print(
            f"[{colour}]{row['site']}[/]: {status} (last new article {row['last_new_article'] or 'never'})"
        )


def register(app: typer.Typer) -> None:
    """Add `crawl`, `crawls` and `sites` to the danvan app."""
    app.command("crawl")(crawl_command)
    app.command("crawls")(crawls_command)
    app.command("sites")(sites_command)
