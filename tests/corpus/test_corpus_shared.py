"""The five real seed pages from ../shared stored as raw articles (skipped when ../shared is absent)."""

from __future__ import annotations

from pathlib import Path

import pytest
from danvan.corpus import Corpus
from danvan.nlp.record import Article

pytestmark = pytest.mark.shared
SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "seeds"


@pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds is absent (not bundled with the repo)")
def test_seed_pages_are_searchable_without_diacritics(tmp_path: Path) -> None:
    pages = sorted(SEEDS.glob("*.txt"))
    articles = []
    for page in pages:
        title, _, body = page.read_text(encoding="utf-8").strip().partition("\n")
        articles.append(Article(id=page.stem, source=str(page), title=title, text=body))
    with Corpus(tmp_path / "seeds.db") as corpus:
        assert {r.status for r in corpus.store_many(articles)} <= {"stored", "duplicate"}
        found = {r["id"] for r in corpus.search("dan van", limit=10)}
        assert len(found) >= 3
        assert found <= {p.stem for p in pages}
        assert all("[" in r["snippet"] for r in corpus.search("dân vận", limit=10))
        assert {r.status for r in corpus.store_many(articles)} <= {"unchanged", "duplicate"}
