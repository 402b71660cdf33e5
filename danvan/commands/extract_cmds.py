"""`danvan extract` and `danvan evaluate` (fact extraction and its accuracy)."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.table import Table

from danvan.corpus.kinds import KINDS
from danvan.inputs import Reject, read_inputs

if TYPE_CHECKING:
    from danvan.nlp.record import Article


class ExtractFormat(StrEnum):
    jsonl = "jsonl"
    table = "table"


def _summary_table(article: Article) -> Table:
    table = Table(title=f"{article.id}: {article.title[:90]}", show_lines=False, expand=False)
    table.add_column("kind", style="bold")
    table.add_column("facts")
    table.add_row("published", article.published or "-")
    table.add_row("author", article.author or "-")
    for name, kind in KINDS.items():
        table.add_row(name, "\n".join(kind.show(fact) for fact in getattr(article, name)) or "-")
    return table


def extract(
    paths: Annotated[
        list[str],
        typer.Argument(help=".txt/.html files, directories, archives, JSONL, or - for stdin"),
    ],
    fmt: Annotated[ExtractFormat, typer.Option("--format", "-f")] = ExtractFormat.jsonl,
    themes: Annotated[bool, typer.Option(help="tag themes with the packaged model")] = True,
) -> None:
    """Clean articles and print their facts (one JSON object per document, or tables)."""
    from danvan.pipeline import Failed, Pipeline

    pipeline = Pipeline(themes=themes)
    console = Console(soft_wrap=False)
    err = Console(stderr=True)
    rejected = 0
    for item in pipeline.run(read_inputs(paths)):
        if isinstance(item, Reject | Failed):
            rejected += 1
            err.print(f"danvan: rejected {item.source}: {item.reason}", highlight=False, markup=False)
            continue
        if fmt is ExtractFormat.jsonl:
            sys.stdout.write(json.dumps(item.to_json(), ensure_ascii=False) + "\n")
        else:
            console.print(_summary_table(item))
    sys.stdout.flush()
    if rejected:
        raise typer.Exit(code=2)


def evaluate(
    gold: Annotated[Path | None, typer.Argument(help="annotated JSONL (shared/spec/ANNOTATION.md)")] = None,
    texts: Annotated[
        list[str] | None,
        typer.Option(
            "--texts",
            help="where the gold articles' texts are: files, directories or archives (ids = file stems)",
        ),
    ] = None,
    themes_gold: Annotated[
        Path | None,
        typer.Option("--themes", help="theme gold JSONL: evaluate the theme classifier instead"),
    ] = None,
    errors: Annotated[Path | None, typer.Option(help="write every FP/FN to this file")] = None,
) -> None:
    """Precision, recall and F1 per field (or per theme) against annotated data."""
    if themes_gold is not None:
        from danvan.commands.themes_cmds import evaluate_themes

        evaluate_themes(themes_gold, texts or [])
        return
    if gold is None or not texts:
        raise typer.BadParameter("give GOLD.jsonl and --texts PATH (or --themes GOLD.jsonl)")
    from danvan.nlp.evaluation import FIELDS
    from danvan.nlp.evaluation import evaluate as score
    from danvan.nlp.record import Article
    from danvan.pipeline import Pipeline

    rows = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    wanted = {str(r["id"]) for r in rows}
    pipeline = Pipeline(themes=False)
    predictions: dict[str, dict] = {}
    sources = (d for d in read_inputs(texts) if isinstance(d, Reject) or d.id in wanted)
    for item in pipeline.run(sources):
        if isinstance(item, Article):
            predictions[item.id] = item.to_json()
    missing = wanted - predictions.keys()
    scores = score(rows, predictions)
    table = Table(title=f"{gold.name}: {len(rows)} articles ({len(missing)} without text)")
    for col in ("field", "precision", "recall", "F1", "TP", "FP", "FN"):
        table.add_column(col, justify="right" if col != "field" else "left")
    for kind in FIELDS:
        s = scores[kind]
        table.add_row(
            kind,
            f"{s.precision:.3f}",
            f"{s.recall:.3f}",
            f"{s.f1:.3f}",
            str(s.tp),
            str(s.fp),
            str(s.fn),
        )
    Console().print(table)
    if errors:
        errors.write_text("\n".join(e for k in FIELDS for e in scores[k].errors) + "\n", encoding="utf-8")


def register(app: typer.Typer) -> None:
    app.command()(extract)
    app.command()(evaluate)
