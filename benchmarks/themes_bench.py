"""Theme tagging cost: milliseconds per article given its tokens, with the packaged model."""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

from danvan.models.themes.tagger import ThemeTagger
from danvan.nlp.record import Article


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("tokens", type=Path, help="JSONL of {id, tokens} (nlp.tokenize.segment)")
    parser.add_argument("--limit", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    docs = []
    with args.tokens.open(encoding="utf-8") as fh:
        for line in fh:
            docs.append(json.loads(line)["tokens"])
            if len(docs) >= args.limit:
                break
    tagger = ThemeTagger.load_default()
    if tagger is None:
        raise SystemExit("no packaged model")
    tagger.tag(Article("warm", "", "", " ".join(docs[0]), tokens=docs[0]))
    runs = []
    for _ in range(args.repeat):
        start = time.perf_counter()
        for tokens in docs:
            # what the pipeline runs: model + campaign anchors on already normalised text
            text = " ".join(tokens)
            tagger.tag(Article("a", "", text[:120], text, tokens=tokens))
        runs.append((time.perf_counter() - start) * 1000 / len(docs))
    words = statistics.mean(len(t) for t in docs)
    print(
        f"{len(docs)} articles, mean {words:.0f} tokens: "
        f"{min(runs):.3f} ms/article (best of {args.repeat}; all {', '.join(f'{r:.3f}' for r in runs)})"
    )


if __name__ == "__main__":
    main()
