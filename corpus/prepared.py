"""Storage work that needs no database (hashes, folded text, MinHash, index values), done beside the NLP."""

from __future__ import annotations

from dataclasses import dataclass

from danvan.corpus import fulltext, neardup
from danvan.corpus.folding import fold
from danvan.corpus.hashing import content_hash as text_hash
from danvan.corpus.hashing import record_hash
from danvan.nlp.record import Article


@dataclass(slots=True)
class PreparedArticle:
    """An article with what storing it computes from its content alone.

    Made in the extraction workers so that the one writer process only runs SQL.
    """

    article: Article
    content_hash: str
    record_hash: str
    signature: bytes | None  # MinHash signature (uint32), None when the text is too short
    fts: tuple[str, ...]  # the full-text index values of (title, text)

    @property
    def folded_text(self) -> str:
        return self.fts[3]


def prepare(article: Article, content_hash: str | None = None) -> PreparedArticle:
    """Everything `writer.write` derives from `article` without the database."""
    folded = fold(article.text or "")
    sig = neardup.signature(folded)
    return PreparedArticle(
        article=article,
        content_hash=content_hash or text_hash(article.text or article.title),
        record_hash=record_hash(article),
        signature=None if sig is None else sig.tobytes(),
        fts=fulltext.values(article.title or "", article.text or "", folded),
    )
