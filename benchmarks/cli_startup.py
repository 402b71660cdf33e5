"""CLI start-up time: `danvan --help` and `danvan extract` of one short file against bare Python."""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SAMPLE = Path(__file__).resolve().parents[1] / "danvan" / "samples" / "soc-trang-dan-van-kheo.txt"


def _time(cmd: list[str], runs: int) -> list[float]:
    out = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True)
        out.append(time.perf_counter() - start)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    danvan = str(Path(sys.executable).with_name("danvan"))
    with tempfile.TemporaryDirectory() as tmp:
        one = Path(tmp) / "one.txt"
        one.write_text(SAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
        cases = {
            "python -c pass": [sys.executable, "-c", "pass"],
            "danvan --help": [danvan, "--help"],
            "import pipeline + models (python -c)": [
                sys.executable,
                "-c",
                "from danvan.pipeline import Pipeline; Pipeline()",
            ],
            "danvan extract one.txt": [danvan, "extract", str(one)],
        }
        for name, cmd in cases.items():
            slow = "extract" in name or "Pipeline" in cmd[-1]
            runs = max(3, args.runs // 3) if slow else args.runs
            times = _time(cmd, runs)
            median, best = statistics.median(times), min(times)
            print(f"{name:40s} median {median:.3f} s  min {best:.3f} s  ({runs} runs)")


if __name__ == "__main__":
    main()
