"""Officials by a CRF over syllables (underthesea_core's CRFTrainer): leave-one-group-out over the
non-blind annotated groups, the CRF alone and its union with the rule-based extractor."""

from __future__ import annotations

import argparse
import json
import os
import re
import unicodedata
from pathlib import Path

import underthesea_core
from danvan.nlp.evaluation import evaluate
from danvan.nlp.extractors.officials.lexicon import ORG_WORDS, POSITION_FIRST_WORDS, POSITION_RE, TITLE_WORDS
from danvan.nlp.names import MIDDLE_NAMES, SURNAMES
from danvan.nlp.record import Article

from danvan.inputs import Reject, read_inputs
from danvan.pipeline import Pipeline

TOKEN = re.compile(r"\w+(?:[-.]\w+)*|[^\w\s]")
SENTENCE_END = re.compile(r"(?<=[.!?…])\s+(?=[\"“A-ZÀ-ỸĐ])|\n+")


def shape(w: str) -> str:
    if w[:1].isdigit():
        return "d"
    if not w[:1].isalpha():
        return "p"
    s = "XX" if len(w) > 1 and w.isupper() else ("X" if w[:1].isupper() else "x")
    return s + ("-" if "-" in w else "") + ("a" if w.isascii() else "")


def sentences(text: str):
    for part in SENTENCE_END.split(unicodedata.normalize("NFC", text)):
        toks = [(m.group(), m.start()) for m in TOKEN.finditer(part)]
        if toks:
            inside = {i for m in POSITION_RE.finditer(part) for i in range(m.start(), m.end())}
            yield part, toks, inside


def features(toks: list[tuple[str, int]], inside: set[int]) -> list[list[str]]:
    words = [t for t, _ in toks]
    out = []
    for i, w in enumerate(words):
        lw = w.casefold()
        f = [f"w={lw}", f"s={shape(w)}", "bias"]
        f += [
            name
            for name, on in (
                ("sur", w in SURNAMES),
                ("mid", w in MIDDLE_NAMES),
                ("posfirst", lw in POSITION_FIRST_WORDS),
                ("tw", lw in TITLE_WORDS),
                ("org", w in ORG_WORDS),
                ("inpos", toks[i][1] in inside),
            )
            if on
        ]
        for d in (-3, -2, -1, 1, 2):
            j = i + d
            if 0 <= j < len(words):
                f += [f"w{d}={words[j].casefold()}", f"s{d}={shape(words[j])}"]
                f += [f"inpos{d}"] if toks[j][1] in inside else []
                f += [f"sur{d}"] if words[j] in SURNAMES else []
            else:
                f.append(f"w{d}=<>")
        if i >= 1:
            f.append(f"b-1={words[i - 1].casefold()}|{lw}")
        if i >= 2:
            f.append(f"b-2={words[i - 2].casefold()}|{words[i - 1].casefold()}")
        out.append(f)
    return out


def labels(part: str, toks: list[tuple[str, int]], names: list[str]) -> list[str]:
    tags = ["O"] * len(toks)
    starts = {s: k for k, (_, s) in enumerate(toks)}
    for name in names:
        for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", part):
            k, first = starts.get(m.start()), True
            while k is not None and k < len(toks) and toks[k][1] < m.end():
                tags[k], first, k = ("B" if first else "I"), False, k + 1
    return tags


def train(rows: list[dict], texts: dict[str, str]) -> underthesea_core.CRFTagger:
    xs, ys = [], []
    for row in rows:
        names = {unicodedata.normalize("NFC", o["name"]) for o in row["officials"]}
        names |= {unicodedata.normalize("NFC", o) for o in row.get("officials_optional", [])}
        ordered = sorted(names, key=len, reverse=True)
        for part, toks, inside in sentences(texts[str(row["id"])]):
            xs.append(features(toks, inside))
            ys.append(labels(part, toks, ordered))
    trainer = underthesea_core.CRFTrainer()
    trainer.set_l2_penalty(0.05)
    trainer.set_max_iterations(150)
    saved, null = (os.dup(1), os.dup(2)), os.open(os.devnull, os.O_WRONLY)
    os.dup2(null, 1)  # the trainer prints every iteration
    os.dup2(null, 2)
    try:
        trainer.train(xs, ys)
    finally:
        os.dup2(saved[0], 1)
        os.dup2(saved[1], 2)
    return underthesea_core.CRFTagger.from_model(trainer.get_model())


def tagged_names(tagger: underthesea_core.CRFTagger, text: str) -> list[str]:
    found: list[str] = []
    for part, toks, inside in sentences(text):
        span: list[int] | None = None
        for (w, s), tag in zip(toks, tagger.tag(features(toks, inside)), strict=True):
            if tag == "I" and span:
                span[1] = s + len(w)
                continue
            if span:
                found.append(part[span[0] : span[1]])
            span = [s, s + len(w)] if tag == "B" else None
        if span:
            found.append(part[span[0] : span[1]])
    return list(dict.fromkeys(found))


def f1(tp: int, fp: int, fn: int) -> float:
    p, r = tp / (tp + fp) if tp + fp else 1.0, tp / (tp + fn) if tp + fn else 1.0
    return 2 * p * r / (p + r) if p + r else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--texts", default="/tmp/baomoi/data")
    parser.add_argument("--blind", nargs="*", default=[], help="annotation files left out entirely")
    args = parser.parse_args()
    groups = {
        f.name: [json.loads(line) for line in f.read_text().splitlines() if line.strip()]
        for f in sorted(Path("annotations").glob("extract-*.jsonl"))
        if f.name not in args.blind
    }
    wanted = {str(r["id"]) for rows in groups.values() for r in rows}
    texts, rules = {}, {}
    items = (d for d in read_inputs([args.texts]) if isinstance(d, Reject) or d.id in wanted)
    for item in Pipeline(themes=False).run(items):
        if isinstance(item, Article):
            texts[item.id] = item.title + "\n" + item.text
            rules[item.id] = [o["name"] for o in item.to_json().get("officials", [])]
    groups = {g: [r for r in rows if str(r["id"]) in texts] for g, rows in groups.items()}
    totals = {"rules": [0, 0, 0], "crf": [0, 0, 0], "union": [0, 0, 0]}
    for held in groups:
        tagger = train([r for g, rows in groups.items() if g != held for r in rows], texts)
        found = {str(r["id"]): tagged_names(tagger, texts[str(r["id"])]) for r in groups[held]}
        for kind in totals:
            preds = {}
            for rid, names in found.items():
                chosen = {"rules": rules[rid], "crf": names, "union": rules[rid] + names}[kind]
                preds[rid] = {"officials": [{"name": n} for n in dict.fromkeys(chosen)]}
            score = evaluate(groups[held], preds)["officials"]
            totals[kind] = [a + b for a, b in zip(totals[kind], (score.tp, score.fp, score.fn), strict=True)]
        print(held, flush=True)
    for kind, (tp, fp, fn) in totals.items():
        print(f"{kind}: tp {tp} fp {fp} fn {fn}  F1 {f1(tp, fp, fn):.3f}")


if __name__ == "__main__":
    main()
