"""Helpers for extractor tests: run one extractor over a text written for the test."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def facts(extractor):
    def run(text: str, kind: str, year: int | None = None):
        doc = extractor.doc("", text, {"year": year})
        return doc.user_data["facts"][kind]

    return run


@pytest.fixture(scope="session")
def people(extractor):
    """The officials found in a text written for the test: name -> title."""

    def run(text: str) -> dict[str, str]:
        doc = extractor.doc("", text, {"year": None})
        return {f.name: f.title for f in doc.user_data["facts"]["officials"]}

    return run
