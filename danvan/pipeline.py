"""The app pipeline: raw documents through nlp extraction and theme tagging to Articles."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from danvan.inputs import Reject
from danvan.nlp.record import Article, RawDocument


@dataclass(slots=True)
class Failed:
    """A document the pipeline could not process, and why."""

    source: str
    reason: str
    ref: str | None = None  # where in a web archive ("name.warc.gz#offset"), when it came from one


class Pipeline:
    """nlp extraction followed by the theme classifier (when a model is available)."""

    def __init__(self, *, themes: bool = True) -> None:
        from danvan.nlp.pipeline import ArticleExtractor  # spaCy and underthesea load here, not on import

        self.extractor = ArticleExtractor()
        self.tagger = None
        if themes:
            from danvan.models.themes.tagger import ThemeTagger

            self.tagger = ThemeTagger.load_default()

    def process(self, raw: RawDocument) -> Article:
        article = self.extractor(raw)
        if self.tagger is not None:
            article.themes = self.tagger.tag(article)
        return article

    def run(self, items: Iterable[RawDocument | Reject]) -> Iterator[Article | Reject | Failed]:
        """Process every document; bad ones come out as Reject/Failed with a reason."""
        from danvan.nlp.pipeline import NotText

        for item in items:
            if isinstance(item, Reject):
                yield item
                continue
            try:
                yield self.process(item)
            except NotText as exc:
                yield Failed(item.source, str(exc), item.archive_ref)
            except Exception as exc:  # a bug on one document must not stop a batch
                yield Failed(item.source, f"extraction failed: {type(exc).__name__}: {exc}", item.archive_ref)
