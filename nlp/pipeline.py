"""The nlp stage: RawDocument -> cleaned, tokenized Article with extracted facts."""

from __future__ import annotations

from danvan.nlp.cleaning.html import clean_article_lines, clean_html
from danvan.nlp.cleaning.text import CleanedText, clean_text_dump
from danvan.nlp.extractors import EXTRACTORS, facts_of
from danvan.nlp.extractors.registry import token_texts
from danvan.nlp.normalize import normalize_text
from danvan.nlp.record import ARTICLE_LINES, Article, RawDocument
from danvan.nlp.tokenize import blank_pipeline
from spacy.language import Language
from spacy.tokens import Doc

DEFAULT_COMPONENTS = ("provinces", "documents", "figures", "officials", "campaigns")
# Every word seen goes into the spaCy vocabulary and stays there: a batch of hundreds of thousands of
# articles would grow it without end, so the pipeline is rebuilt (10 ms) after this many documents.
RENEW_AFTER = 2000


class NotText(ValueError):
    """The input has no article text to work on."""


def build_pipeline(components: tuple[str, ...] = DEFAULT_COMPONENTS) -> Language:
    """A spaCy pipeline: underthesea tokenizer, then the named extractor components."""
    nlp = blank_pipeline()
    for name in components:
        if name not in EXTRACTORS:
            raise KeyError(f"unknown extractor {name!r}; known: {', '.join(sorted(EXTRACTORS))}")
        nlp.add_pipe(f"danvan_{name}")
    return nlp


def clean(raw: RawDocument) -> CleanedText:
    """Title, body, date and byline of a raw document; given metadata wins over what is found."""
    if raw.content_type == "text/html":
        cleaned, _meta = clean_html(raw.content)
    elif raw.content_type == ARTICLE_LINES:
        cleaned = clean_article_lines(raw.content, raw.title or "")
    elif raw.title is not None:
        cleaned = CleanedText(
            title=normalize_text(raw.title).strip(),
            body="\n".join(ln.strip() for ln in normalize_text(raw.content).split("\n") if ln.strip()),
            published=None,
            author=None,
        )
    else:
        cleaned = clean_text_dump(raw.content)
    if raw.title:
        cleaned.title = normalize_text(raw.title).strip()
    if raw.published:
        cleaned.published = raw.published
    if raw.author:
        cleaned.author = raw.author
    return cleaned


class ArticleExtractor:
    """Cleans and tokenizes documents and runs the fact extractors on them."""

    def __init__(self, components: tuple[str, ...] = DEFAULT_COMPONENTS) -> None:
        self.components = components
        self.nlp = build_pipeline(components)
        self._documents = 0

    def doc(self, title: str, body: str, context: dict | None = None) -> Doc:
        """The annotated Doc of a raw title + body (normalised here; facts come from the text only)."""
        text = f"{title}\n{body}" if title else body
        return self._annotate(normalize_text(text), context)

    def _annotate(self, text: str, context: dict | None) -> Doc:
        """The annotated Doc of normalised text."""
        doc = self.nlp.make_doc(text)
        doc.user_data["text"] = text
        doc.user_data["context"] = dict(context or {})
        for _name, proc in self.nlp.pipeline:
            doc = proc(doc)
        return doc

    def __call__(self, raw: RawDocument) -> Article:
        cleaned = clean(raw)
        if not (cleaned.body.strip() or cleaned.title.strip()):
            raise NotText("no article text found")
        year = int(cleaned.published[:4]) if cleaned.published else None
        self._documents += 1
        if self._documents % RENEW_AFTER == 0:
            self.nlp = build_pipeline(self.components)
        text = f"{cleaned.title}\n{cleaned.body}" if cleaned.title else cleaned.body
        doc = self._annotate(
            text,  # `clean` normalised title and body: the boundary
            {
                "year": year,
                "author": cleaned.author,
                "byline_title": cleaned.byline_title,
            },
        )
        return Article(
            id=raw.id,
            source=raw.source,
            url=raw.url,
            outlet=raw.outlet,
            archive_ref=raw.archive_ref,
            title=cleaned.title,
            text=cleaned.body,
            published=cleaned.published,
            author=cleaned.author,
            **{name: facts_of(doc, name) for name in self.components},
            tokens=[w for w in token_texts(doc) if not w.isspace()],
        )
