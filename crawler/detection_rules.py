"""The article detector's thresholds, word lists and patterns (crawler/detection.toml), read once."""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path
from typing import Any

RULES_PATH = Path(__file__).with_name("detection.toml")


@cache
def rules() -> dict[str, Any]:
    return tomllib.loads(RULES_PATH.read_text(encoding="utf-8"))
