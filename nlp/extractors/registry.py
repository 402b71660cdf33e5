"""Registry of fact extractors; each becomes a spaCy component writing spans and facts to the Doc."""

from collections.abc import Callable
from dataclasses import dataclass
from itertools import accumulate
from operator import add
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


def token_texts(doc: Doc) -> list[str]:
    """Token texts of the Doc, as the tokenizer made them (no Token objects built)."""
    words = doc.user_data.get("words")
    if words is None:
        words = doc.user_data["words"] = [t.text for t in doc]
    return words


def token_starts(doc: Doc) -> list[int]:
    """Character offset of every token (what `Token.idx` gives, without building Tokens)."""
    starts = doc.user_data.get("starts")
    if starts is None:
        spaces = doc.user_data.get("spaces")
        if spaces is None:
            starts = [t.idx for t in doc]
        else:
            # running sum of word lengths plus trailing spaces, all in C
            starts = list(accumulate(map(add, map(len, token_texts(doc)), spaces), initial=0))[:-1]
        doc.user_data["starts"] = starts
    return starts


def doc_context(doc: Doc) -> dict[str, Any]:
    """Per-document context set by the pipeline (publication year and such)."""
    return doc.user_data.setdefault("context", {})
