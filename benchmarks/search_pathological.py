"""Benchmark: pathological searches (long pasted text, repeats, many ORs, deep nesting) stay bounded."""

from __future__ import annotations

import argparse
import os
import shlex
import sys
import time
from pathlib import Path

from danvan.corpus import Corpus, QuerySyntaxError, SearchStopped

# A paragraph written for this benchmark in the style of the archive's news.
_PARAGRAPH = (
    "Sáng nay, Ban Dân vận Tỉnh ủy tổ chức hội nghị tổng kết công tác dân vận năm 2017 và triển khai "
    "nhiệm vụ năm 2018. Hội nghị đánh giá phong trào thi đua dân vận khéo đã lan tỏa sâu rộng trong "
    "cán bộ, đảng viên và nhân dân, góp phần thực hiện thắng lợi các mục tiêu phát triển kinh tế xã "
    "hội, xây dựng nông thôn mới, giảm nghèo bền vững và bảo đảm quốc phòng an ninh ở địa phương. "
)


def cases() -> list[tuple[str, str]]:
    words = _PARAGRAPH.split()
    return [
        ("paragraph 320 words", " ".join((words * 10)[:320])),
        ("paragraph 640 words", " ".join((words * 20)[:640])),
        ("10,000 characters", (_PARAGRAPH * 40)[:10_000]),
        ("one word x 2,000", "dân " * 2000),
        ("'dân OR' x 2,000", "dân OR " * 2000 + "dân"),
        ("200 different ORs", " OR ".join(f"{w}{n}" for n, w in enumerate(words[:200]))),
        ("common words ORed", " OR ".join(dict.fromkeys(words))),
        ("nested 200 deep", "(" * 200 + "dân" + ")" * 200),
        ("nested 8 deep", "(" * 8 + "dân OR vận" + ")" * 8),
        ("prefixes", " OR ".join(f"{w[:2]}*" for w in dict.fromkeys(words))),
        ("phrase of 60 words", '"' + " ".join(words[:60]) + '"'),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("db", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    if not args.db.exists():
        parser.error(f"no corpus at {args.db}")
    print("command:", shlex.join([sys.executable, *sys.argv]))
    worst = 0.0
    with Corpus(args.db) as corpus:
        print(f"articles: {corpus.stats()['articles']}")
        for name, query in cases():
            times, outcome = [], ""
            for _ in range(args.repeat):
                start = time.perf_counter()
                try:
                    rows = corpus.search(query, limit=20)
                    outcome = f"{len(rows)} hits" + (f"; {rows.notices[0]}" if rows.notices else "")
                except SearchStopped:
                    outcome = "stopped at the time limit"
                except QuerySyntaxError as exc:
                    outcome = f"refused: {exc}"
                times.append(time.perf_counter() - start)
            worst = max(worst, *times)
            print(f"  {max(times) * 1000:8.1f} ms max  {name:22s} {outcome}")
    print(f"p100 {worst * 1000:.1f} ms (load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
