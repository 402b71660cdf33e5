"""Vietnamese display names for theme keys, facets, entity kinds and intervals (labels.toml)."""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources


@cache
def labels() -> dict[str, dict[str, str]]:
    return tomllib.loads(resources.files("danvan.web").joinpath("labels.toml").read_text(encoding="utf-8"))


def theme(key: str | None) -> str:
    return labels()["themes"].get(key or "", key or "")


def facet(name: str) -> str:
    return labels()["facets"].get(name, name)
