"""Officials precision/recall split by name shape: Vietnamese names against foreign ones, per set."""

from __future__ import annotations

import argparse
import json
import re
import unicodedata
from pathlib import Path

from danvan.nlp.names import SURNAMES, VN_SYLLABLE_SHAPE
from danvan.nlp.record import Article

from danvan.inputs import Reject, read_inputs
from danvan.pipeline import Pipeline


def key(name: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", name)).strip().casefold()


def vietnamese(name: str) -> bool:
    """2-5 Vietnamese syllables opening with a listed family name, no hyphen."""
    words = name.split()
    return (
        2 <= len(words) <= 5
        and words[0] in SURNAMES
        and "-" not in name
        and all(VN_SYLLABLE_SHAPE.match(w.lower()) for w in words)
    )


def f1(tp: int, fp: int, fn: int) -> str:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return f"P {p:.3f} / R {r:.3f} / F1 {2 * p * r / (p + r) if p + r else 0:.3f} ({tp + fn} names)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("gold", nargs="+", type=Path, help="annotated JSONL files")
    parser.add_argument("--texts", default="/tmp/baomoi/data", help="where the articles' texts are")
    args = parser.parse_args()
    sets = {f: [json.loads(ln) for ln in f.read_text().splitlines() if ln.strip()] for f in args.gold}
    wanted = {str(r["id"]) for rows in sets.values() for r in rows}
    inputs = (d for d in read_inputs([args.texts]) if isinstance(d, Reject) or d.id in wanted)
    preds = {a.id: a.to_json() for a in Pipeline(themes=False).run(inputs) if isinstance(a, Article)}
    total = {True: [0, 0, 0], False: [0, 0, 0]}
    for path, rows in sets.items():
        counts = {True: [0, 0, 0], False: [0, 0, 0]}
        for row in rows:
            gold = {key(o["name"]): o["name"] for o in row["officials"]}
            optional = {key(n) for n in row.get("officials_optional", [])}
            got = {key(o["name"]): o["name"] for o in preds.get(str(row["id"]), {}).get("officials", [])}
            for k, name in gold.items():
                counts[vietnamese(name)][0 if k in got else 2] += 1
            for k, name in got.items():
                if k not in gold and k not in optional:
                    counts[vietnamese(name)][1] += 1
        for shape in (True, False):
            total[shape] = [a + b for a, b in zip(total[shape], counts[shape], strict=True)]
        print(f"{path.name}: Vietnamese {f1(*counts[True])}; foreign {f1(*counts[False])}")
    print(f"all: Vietnamese {f1(*total[True])}; foreign {f1(*total[False])}")


if __name__ == "__main__":
    main()
