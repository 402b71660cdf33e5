"""The CLI starts without the heavy libraries: they load inside the commands that use them."""

from __future__ import annotations

import json
import subprocess
import sys

HEAVY = ("spacy", "scrapy", "sklearn", "pyarrow", "underthesea", "trafilatura", "twisted", "datasketch")


def test_cli_module_imports_no_heavy_library() -> None:
    probe = "import sys, json, danvan.cli; print(json.dumps(sorted(sys.modules)))"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    loaded = {name.split(".")[0] for name in json.loads(done.stdout)}
    assert not loaded & set(HEAVY), sorted(loaded & set(HEAVY))


def test_help_lists_every_command() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "danvan.cli", "--help"], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0
    for command in (
        "extract",
        "evaluate",
        "ingest",
        "search",
        "facts",
        "coverage",
        "export",
        "train",
        "crawl",
    ):
        assert command in done.stdout
