"""Helpers for extractor tests: run one extractor over a text written for the test."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def facts(extractor):
    def run(text: str, kind: str, year: int | None = None):
        doc = extractor.doc("", text, {"year": year})
        return doc.user_data["facts"][kind]

    return run
