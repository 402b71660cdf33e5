"""The `danvan` command line: mounts the command modules of each part of the app."""

from __future__ import annotations

import importlib

import typer

app = typer.Typer(
    name="danvan",
    no_args_is_help=True,
    add_completion=False,
    help="Vietnamese dân vận news: extract facts, tag themes, build and query a corpus, crawl.",
)

COMMAND_MODULES = (
    "danvan.commands.extract_cmds",
    "danvan.commands.themes_cmds",
    "danvan.commands.ingest_cmds",
    "danvan.commands.corpus_cmds",
    "danvan.commands.crawl_cmds",
    "danvan.commands.web_cmds",
)

for _module in COMMAND_MODULES:
    importlib.import_module(_module).register(app)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
