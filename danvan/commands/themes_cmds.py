"""`danvan train` and the theme part of `danvan evaluate`: the campaign-theme classifier's CLI."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.table import Table

import danvan.models.themes
from danvan.inputs import Reject, read_inputs

if TYPE_CHECKING:
    from danvan.models.themes.evaluation import Report
    from danvan.models.themes.features import ModelInput
    from danvan.models.themes.model import ThemeModel
# scikit-learn, spaCy and underthesea load inside the commands that use them, not with the CLI.
DEFAULT_MODEL = Path(danvan.models.themes.__file__).with_name("default.skops")

REPO = Path(__file__).resolve().parents[2]
DEFAULT_SPLIT = REPO / "annotations" / "themes-split.json"
SHARED = REPO.parent / "shared"
DEFAULT_TEXTS = [SHARED / "corpus" / "baomoi-2017.tar.gz", SHARED / "seeds"]

err = Console(stderr=True)


def _fail(message: str) -> typer.Exit:
    err.print(f"danvan: {message}", highlight=False, markup=False)
    return typer.Exit(code=2)


def inline_texts(paths: list[Path]) -> dict[str, str]:
    """id -> "title\\ntext" for gold lines that carry their own text."""
    texts: dict[str, str] = {}
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                obj = json.loads(line)
                if isinstance(obj.get("text"), str):
                    texts[str(obj["id"])] = f"{obj.get('title') or ''}\n{obj['text']}".strip()
    return texts


def _read_texts(wanted: set[str], paths: list[str]) -> dict[str, str]:
    """id -> raw text of the wanted ids found under `paths` (unreadable inputs are reported)."""
    found: dict[str, str] = {}
    for item in read_inputs(paths):
        if isinstance(item, Reject):
            err.print(f"danvan: skipped {item.source}: {item.reason}", highlight=False, markup=False)
        elif item.id in wanted and item.id not in found:
            found[item.id] = item.content.strip()
    return found


def _read_token_cache(path: Path | None, wanted: set[str]) -> dict[str, list[str]]:
    cache: dict[str, list[str]] = {}
    if path is None:
        return cache
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            obj = json.loads(line)
        except json.JSONDecodeError:
            continue
        if obj.get("id") in wanted:
            cache[obj["id"]] = obj["tokens"]
    return cache


def _title_body(text: str) -> tuple[str, str]:
    title, _, body = text.partition("\n")
    return title, body


def load_documents(
    gold_paths: list[Path], ids: set[str], texts: list[str], tokens: Path | None = None
) -> tuple[dict[str, str], dict[str, list[str]]]:
    """Raw texts and word tokens of `ids`: inline texts first, then the text inputs."""
    from danvan.nlp.tokenize import segment

    raw = {i: t for i, t in inline_texts(gold_paths).items() if i in ids}
    missing = ids - raw.keys()
    if missing:
        paths = texts or [str(p) for p in DEFAULT_TEXTS if p.exists()]
        raw.update(_read_texts(missing, paths))
    cached = _read_token_cache(tokens, ids)
    return raw, {i: cached.get(i) or segment(t) for i, t in raw.items()}


def model_inputs(raw: dict[str, str], toks: dict[str, list[str]]) -> dict[str, ModelInput]:
    """What the model reads of each raw document ("title\nbody" in `raw`, word tokens in `toks`)."""
    from danvan.models.themes.features import raw_model_input

    return {i: raw_model_input(*_title_body(raw[i]), t) for i, t in toks.items()}


def recorded_split(path: Path = DEFAULT_SPLIT) -> tuple[dict, list[Path], dict[str, set[str]]]:
    """A split file, the label files it names and their gold themes."""
    from danvan.models.themes.dataset import read_gold

    parts = json.loads(path.read_text(encoding="utf-8"))
    sources = [REPO / s for s in parts["sources"]]
    return parts, sources, read_gold(sources)


def predicted_themes(
    model: ThemeModel, inputs: dict[str, ModelInput]
) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """Per id, the model's themes and the campaign-anchored ones (the tagger ships their union)."""
    from danvan.models.themes.anchors import anchor_hits

    found = model.predict(list(inputs.values()))
    by_model = {i: {p.theme for p in ps} for i, ps in zip(inputs, found, strict=True)}
    anchored = {i: {h.theme for h in anchor_hits(x.cues)} for i, x in inputs.items()}
    return by_model, anchored


def split_roles(parts: dict) -> tuple[set[str], dict[str, float]]:
    """The recorded split's fit-only ids and per-id sample weights (ids of weighted sources)."""
    from danvan.models.themes.dataset import read_gold

    fit_only = set(read_gold([REPO / s for s in parts.get("fit_only_sources", [])]))
    weight = {i: float(w) for s, w in parts.get("source_weights", {}).items() for i in read_gold([REPO / s])}
    return fit_only, weight


def data_hash(gold: dict[str, set[str]], docs: dict[str, str]) -> str:
    """sha256 of the labeled training data: sorted ids, their themes and model documents."""
    h = hashlib.sha256()
    for doc_id in sorted(gold):
        h.update(
            json.dumps([doc_id, sorted(gold[doc_id]), docs.get(doc_id, "")], ensure_ascii=False).encode()
        )
    return h.hexdigest()


def train_cmd(
    data: Annotated[
        list[Path] | None,
        typer.Option(
            "--data",
            help="theme gold JSONL ({id, themes[, title, text]}); default: the sources of the recorded split",
        ),
    ] = None,
    split: Annotated[
        Path | None,
        typer.Option(
            help="split JSON with train/dev/test id lists (default: the recorded one when --data "
            "is not given; else a seeded stratified split of --data)"
        ),
    ] = None,
    texts: Annotated[
        list[str] | None,
        typer.Option("--texts", help="where texts of ids without inline text are (files, dirs, archives)"),
    ] = None,
    tokens: Annotated[
        Path | None,
        typer.Option(help="JSONL of precomputed {id, tokens} (nlp.tokenize.segment of title+body)"),
    ] = None,
    out: Annotated[Path, typer.Option(help="model file to write (.skops + .json)")] = DEFAULT_MODEL,
    seed: Annotated[int, typer.Option(help="seed of the split made when --split is absent")] = 5,
    cv_folds: Annotated[
        int,
        typer.Option(
            help="fit on train+dev with thresholds from this many folds (1: fit on train, "
            "thresholds on dev; measured worse, see BENCHMARKS.md)"
        ),
    ] = 5,
) -> None:
    """Train the theme classifier on hand labels; thresholds out of fold (or on dev), scores on test."""
    from danvan.models.themes.dataset import GoldError, read_gold, stratified_split
    from danvan.models.themes.evaluation import evaluate
    from danvan.models.themes.labels import UnknownTheme
    from danvan.models.themes.rules import rule_themes
    from danvan.models.themes.training import Example, TrainingError, TrainParams, train, train_cv

    if data is None:
        split = split or DEFAULT_SPLIT
        recorded = json.loads(split.read_text(encoding="utf-8"))
        data = [REPO / s for s in recorded["sources"]]
    try:
        gold = read_gold(data)
    except (GoldError, UnknownTheme, OSError) as exc:
        raise _fail(str(exc)) from exc
    if split is not None:
        parts = json.loads(split.read_text(encoding="utf-8"))
    else:
        parts = stratified_split(gold, seed, (0.6, 0.2, 0.2))
    raw, toks = load_documents(data, set(gold), texts or [], tokens)
    if len(raw) < len(gold):
        err.print(f"danvan: {len(gold) - len(raw)} labeled ids have no text; left out", highlight=False)
    inputs = model_inputs(raw, toks)
    fit_only, weight = split_roles(parts)

    def examples(name: str) -> list[Example]:
        return [
            Example(inputs[i], gold[i], weight.get(i, 1.0), scored=i not in fit_only)
            for i in parts.get(name, [])
            if i in inputs
        ]

    params = TrainParams()
    try:
        if cv_folds > 1:
            model = train_cv(examples("train") + examples("dev"), params, cv_folds)
        else:
            model = train(examples("train"), examples("dev"), params)
    except TrainingError as exc:
        raise _fail(str(exc)) from exc
    test_ids = [i for i in parts.get("test", []) if i in inputs]
    metrics: dict[str, object] = {}
    if test_ids:
        test_gold = {i: gold[i] for i in test_ids}
        predicted, anchored = predicted_themes(model, {i: inputs[i] for i in test_ids})
        rules = {i: rule_themes(*_title_body(raw[i])) for i in test_ids}
        shipped = {i: predicted[i] | anchored[i] for i in test_ids}
        metrics = {
            "test_model": evaluate(test_gold, predicted).as_dict(),
            "test_rules": evaluate(test_gold, rules).as_dict(),
            "test_model_and_anchors": evaluate(test_gold, shipped).as_dict(),
        }
        print_report(evaluate(test_gold, predicted), f"model on {len(test_ids)} test articles")
    from danvan.models.themes.artifact import save_model

    save_model(
        model,
        out,
        {
            "trained_at": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "training_data": {
                "sources": [str(p.relative_to(REPO)) if p.is_relative_to(REPO) else str(p) for p in data],
                "sha256": data_hash(
                    {i: gold[i] for i in parts.get("train", []) + parts.get("dev", []) if i in inputs},
                    {i: x.doc for i, x in inputs.items()},
                ),
                "train": len(examples("train")),
                "dev": len(examples("dev")),
                "test": len(test_ids),
            },
            "params": {
                "C": params.C,
                "ngram_max": params.ngram_max,
                "min_df": params.min_df,
                "max_features": params.max_features,
                "cue_weight": params.cue_weight,
                "opening_weight": params.opening_weight,
                "unrelated_clean": params.unrelated_clean,
                "min_threshold": params.min_threshold,
                "cv_folds": cv_folds,
            },
            "metrics": metrics,
        },
    )
    Console().print(f"wrote {out} ({out.stat().st_size / 1e6:.2f} MB) and {out.with_suffix('.json')}")


def print_report(report: Report, title: str) -> None:
    """Per-theme P/R/F1, micro and macro averages and the most frequent confusions."""
    table = Table(title=title)
    for col in ("theme", "precision", "recall", "F1", "support", "TP", "FP", "FN"):
        table.add_column(col, justify="left" if col == "theme" else "right")
    for theme, s in report.per_theme.items():
        table.add_row(
            theme,
            f"{s.precision:.3f}",
            f"{s.recall:.3f}",
            f"{s.f1:.3f}",
            str(s.support),
            str(s.tp),
            str(s.fp),
            str(s.fn),
        )
    micro = report.micro
    table.add_row(
        "micro",
        f"{micro.precision:.3f}",
        f"{micro.recall:.3f}",
        f"{micro.f1:.3f}",
        str(micro.support),
        str(micro.tp),
        str(micro.fp),
        str(micro.fn),
        style="bold",
    )
    console = Console()
    console.print(table)
    console.print(
        f"macro-F1 {report.macro_f1(1):.3f} over themes with examples; "
        f"{report.macro_f1(5):.3f} over themes with ≥5 examples; "
        f"unrelated articles left without theme: {report.unrelated_clean}/{report.unrelated}",
        highlight=False,
    )
    if report.confusions:
        conf = Table(title="confusions (gold theme missed → theme assigned instead)")
        for col in ("gold", "predicted", "articles"):
            conf.add_column(col)
        for (g, p), n in report.confusions.most_common(12):
            conf.add_row(g, p, str(n))
        console.print(conf)


def evaluate_themes(gold_path: Path, texts: list[str]) -> None:
    """`danvan evaluate --themes GOLD.jsonl`: the packaged tagger against gold themes."""
    from danvan.models.themes.dataset import GoldError, read_gold
    from danvan.models.themes.evaluation import evaluate
    from danvan.models.themes.labels import UnknownTheme
    from danvan.models.themes.tagger import ThemeTagger

    try:
        gold = read_gold([gold_path])
    except (GoldError, UnknownTheme, OSError) as exc:
        raise _fail(str(exc)) from exc
    tagger = ThemeTagger.load_default()
    if tagger is None:
        raise _fail("no theme model installed; train one with `danvan train`")
    raw, toks = load_documents([gold_path], set(gold), texts)
    missing = set(gold) - raw.keys()
    predicted = {i: {f.theme for f in tagger.tag_document(*_title_body(raw[i]), t)} for i, t in toks.items()}
    report = evaluate({i: gold[i] for i in raw}, predicted)
    print_report(report, f"{gold_path.name}: {len(raw)} articles ({len(missing)} without text, not scored)")


def register(app: typer.Typer) -> None:
    app.command("train")(train_cmd)
