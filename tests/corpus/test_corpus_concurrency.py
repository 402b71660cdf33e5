"""A reader querying the corpus file while another process ingests into it (WAL, real SQLite)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from danvan.corpus import Corpus

WRITER = textwrap.dedent(
    """
    import sys
    import time
    from danvan.corpus import Corpus
    from danvan.nlp.record import Article, ProvinceFact

    path, batches = sys.argv[1], int(sys.argv[2])
    with Corpus(path) as corpus:
        for b in range(batches):
            articles = [
                Article(id=f"w-{b}-{i}", source="writer", outlet="Báo Thử",
                        title=f"Tin dân vận số {b}-{i}",
                        text=f"Bản tin thứ {b} {i}: cán bộ dân vận xuống cơ sở lắng nghe ý kiến "
                             f"nhân dân về con đường số {b * 100 + i} ở ấp {i}.",
                        published=f"2025-0{1 + b % 9}-1{i % 10}",
                        provinces=[ProvinceFact("Sóc Trăng", "Cần Thơ")])
                for i in range(20)
            ]
            results = corpus.store_many(articles)
            assert all(r.status == "stored" for r in results), results
            time.sleep(0.05)  # give the reader a chance to look between two batches
    print("done")
    """
)


def test_reader_queries_while_writer_ingests(db_path: Path) -> None:
    batches = 15
    with Corpus(db_path):
        pass  # create the schema before both sides start
    root = Path(__file__).resolve().parents[2]
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(db_path), str(batches)],
        cwd=root,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    seen: list[int] = []
    with Corpus(db_path) as reader:
        while writer.poll() is None:
            with reader.snapshot():  # one consistent state for the four queries
                total = reader.stats()["articles"]
                hits = reader.search("dan van", province="Cần Thơ", limit=1000)
                first = reader.search("dan van", province="Cần Thơ", limit=5)
                cover = reader.coverage("province", interval="month")
            assert len(hits) == total  # every stored article matches, and only those
            assert len(first) == min(5, total)
            assert sum(r["articles"] for r in cover) == total
            seen.append(total)
        out, err = writer.communicate()
        assert writer.returncode == 0, err
        assert out.strip() == "done"
        assert seen == sorted(seen)  # a reader never sees a batch disappear
        assert all(n % 20 == 0 for n in seen)  # nor half a batch: one transaction per batch
        assert any(0 < n < batches * 20 for n in seen), seen  # it did look while the writer wrote
        assert reader.stats()["articles"] == batches * 20
        assert len(reader.search("dan van", province="Sóc Trăng", limit=1000)) == batches * 20
