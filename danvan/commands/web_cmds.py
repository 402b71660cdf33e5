"""The web commands of the `danvan` CLI: `serve` (the web app) and `report` (a standalone HTML report)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape

from danvan.commands.corpus_cmds import DbOption
from danvan.commands.failures import fail, reported
from danvan.commands.filter_options import FILTER_OPTIONS
from danvan.corpus.location import default_db_path

ProvinceOption = FILTER_OPTIONS["province"]
Province2025Option = FILTER_OPTIONS["province2025"]
ThemeOption = FILTER_OPTIONS["theme"]
FromOption = FILTER_OPTIONS["date_from"]
ToOption = FILTER_OPTIONS["date_to"]


def serve(
    db: DbOption = None,
    host: Annotated[
        str, typer.Option(help="Address to listen on; other than loopback needs --token.")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port.")] = 8000,
    token: Annotated[
        str | None,
        typer.Option(envvar="DANVAN_TOKEN", help="Require this token (bearer header or login page)."),
    ] = None,
    raw_tables: Annotated[bool, typer.Option(help="Mount Datasette at /data.")] = True,
) -> None:
    """Serve the web app (dashboard, search, articles, facts, reports, JSON API) over a corpus, read-only."""
    from danvan.web.security import is_loopback

    path = db or default_db_path()
    if not path.is_file():
        fail(f"no corpus at {path} (run `danvan ingest` first or pass --db)")
    if not is_loopback(host) and not token:
        fail(f"listening on {host} exposes the corpus beyond this machine: pass --token (or DANVAN_TOKEN)")
    import uvicorn

    from danvan.web.app import create_app

    with reported(path):
        app = create_app(path, token=token, raw_tables=raw_tables, prewarm=True)
    Console(stderr=True).print(f"danvan: serving {escape(str(path))} at http://{host}:{port}/ (Ctrl-C stops)")
    uvicorn.run(app, host=host, port=port, log_level="warning", server_header=False)


def report(
    out: Annotated[Path, typer.Option("--out", help="HTML file to write.")],
    province: ProvinceOption = None,
    province2025: Province2025Option = None,
    campaign: Annotated[str | None, typer.Option(help="Campaign name as stored.")] = None,
    theme: ThemeOption = None,
    date_from: FromOption = None,
    date_to: ToOption = None,
    db: DbOption = None,
) -> None:
    """Write the printable coverage report as one self-contained HTML file (charts inline)."""
    from danvan.corpus import Corpus
    from danvan.web.params import BadParameter, State
    from danvan.web.reporting import standalone

    path = db or default_db_path()
    if not path.is_file():
        fail(f"no corpus at {path} (run `danvan ingest` first or pass --db)")
    try:
        state = State(
            province=province2025 or "",
            old_province=province or "",
            campaign=campaign or "",
            theme=theme or "",
            date_from=date_from or "",
            date_to=date_to or "",
        )
        state.validate()
        with reported(path), Corpus(path, readonly=True) as corpus:
            html = standalone(corpus, state)
    except (BadParameter, ValueError) as exc:
        fail(str(exc))
    with reported(out):
        out.write_text(html, encoding="utf-8")
    Console(stderr=True).print(f"wrote {escape(str(out))}")


def register(app: typer.Typer) -> None:
    """Add serve and report to the `danvan` app."""
    app.command("serve")(serve)
    app.command("report")(report)
