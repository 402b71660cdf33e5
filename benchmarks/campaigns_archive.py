"""Campaign mentions over a whole archive: every mention with its id, and a seeded random sample to judge.

Campaign facts depend only on the cleaned text, so the script runs the cleaner and the campaigns extractor
(the same functions `danvan extract` runs) without the tokenizer, which the campaigns extractor never reads.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.archive import DEFAULT_ARCHIVE, read_archive


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--archive", type=Path, default=DEFAULT_ARCHIVE, help="archive .tar.gz or directory")
    parser.add_argument("--sample", type=int, default=220, help="mentions in the random sample")
    parser.add_argument("--seed", type=int, default=15)
    parser.add_argument("--out", type=Path, help="write the sample (id, name, mention offsets) as JSONL")
    parser.add_argument("--context", action="store_true", help="print each sampled mention in context")
    args = parser.parse_args()

    from danvan.nlp.extractors.campaigns import extract_campaigns, known_campaigns
    from danvan.nlp.extractors.campaigns import mentions as find_mentions
    from danvan.nlp.normalize import fold_diacritics, normalize_text
    from danvan.nlp.pipeline import clean
    from danvan.nlp.record import RawDocument
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    if args.archive.is_dir():
        files = sorted(args.archive.glob("*.txt"))
        articles = [(p.stem, p.read_text(encoding="utf-8", errors="replace")) for p in files]
    else:
        articles = read_archive(args.archive)
    # a mention is a known alias or a quoted name after a cue word: an article whose folded raw text holds
    # neither cannot yield one, so the cleaner never runs on it (the whole archive is still read)
    cue = re.compile(r"phong trao|van dong|chien dich|thi dua")
    known = [c.pattern for c in known_campaigns()]

    def may_mention(raw: str) -> bool:
        folded = fold_diacritics(raw).casefold()
        return cue.search(folded) is not None or any(p.search(folded) for p in known)

    vocab = Vocab()
    mentions: list[dict] = []
    scanned = 0
    names: Counter[str] = Counter()
    for doc_id, raw in articles:
        if not may_mention(raw):
            continue
        scanned += 1
        cleaned = clean(RawDocument(id=doc_id, source=doc_id, content=raw))
        text = normalize_text(f"{cleaned.title}\n{cleaned.body}")
        doc = Doc(vocab, words=["x"])
        doc.user_data["text"] = text
        for _s, _e, fact in extract_campaigns(doc):
            names[fact.name] += fact.count
        for start, end, name in find_mentions(text):
            mentions.append(
                {
                    "id": doc_id,
                    "name": name,
                    "start": start,
                    "end": end,
                    "surface": text[start:end],
                    "_text": text,
                }
            )
    print(
        f"{len(articles)} articles ({scanned} hold a cue word or alias), "
        f"{len(mentions)} mentions, {len(names)} distinct campaigns"
    )
    for name, n in names.most_common(40):
        print(f"{n:6d}  {name}")
    sample = random.Random(args.seed).sample(mentions, min(args.sample, len(mentions)))
    if args.context:
        for i, m in enumerate(sample):
            t = m["_text"]
            ctx = t[max(0, m["start"] - 90) : m["end"] + 40].replace("\n", " / ")
            print(f"[{i}] {m['id']} | {m['name']} || {ctx}")
    if args.out:
        rows = [{k: v for k, v in m.items() if k != "_text"} for m in sample]
        args.out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


if __name__ == "__main__":
    main()
