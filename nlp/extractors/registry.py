"""Registry of fact extractors; each becomes a spaCy component writing spans and facts to the Doc."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

ExtractFn = Callable[[Doc], list[tuple[int, int, Any]]]
"""An extractor returns (start_char, end_char, fact) triples; facts are nlp.record dataclasses."""

EXTRACTORS: dict[str, ExtractFn] = {}


@dataclass(slots=True)
class _Component:
    key: str
    fn: ExtractFn

    def __call__(self, doc: Doc) -> Doc:
        found = self.fn(doc)
        spans: list[Span] = []
        facts: list[Any] = []
        for start, end, fact in found:
            span = doc.char_span(start, end, label=self.key, alignment_mode="expand")
            if span is not None:
                spans.append(span)
            facts.append(fact)
        doc.spans[self.key] = spans
        doc.user_data.setdefault("facts", {})[self.key] = facts
        return doc


def register(key: str) -> Callable[[ExtractFn], ExtractFn]:
    """Register `fn` as extractor `key` and as the spaCy factory "danvan_<key>"."""

    def deco(fn: ExtractFn) -> ExtractFn:
        EXTRACTORS[key] = fn

        def make(nlp: Language, name: str) -> _Component:
            return _Component(key, fn)

        Language.factory(f"danvan_{key}", func=make)

        return fn

    return deco


def facts_of(doc: Doc, name: str) -> list[Any]:
    """Facts an extractor left on the Doc (empty when it did not run)."""
    return list(doc.user_data.get("facts", {}).get(name, []))


def doc_text(doc: Doc) -> str:
    """The Doc's text, computed once (spaCy rebuilds `doc.text` from its tokens on every access)."""
    text = doc.user_data.get("text")
    if text is None:
        text = doc.user_data["text"] = doc.text
    return text


def doc_context(doc: Doc) -> dict[str, Any]:
    """Per-document context set by the pipeline (publication year and such)."""
    return doc.user_data.setdefault("context", {})
