"""The theme tagger the app calls: Article in, ThemeFacts (theme, score, top terms) out."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from danvan.models.themes.anchors import anchor_facts, merge
from danvan.models.themes.artifact import load_model
from danvan.models.themes.features import ModelInput, model_input, raw_model_input
from danvan.models.themes.model import ThemeModel
from danvan.nlp.record import Article, ThemeFact
from danvan.nlp.tokenize import segment

DEFAULT_MODEL = Path(__file__).with_name("default.skops")


class ThemeTagger:
    """Tags articles with campaign themes using a trained ThemeModel."""

    def __init__(self, model: ThemeModel, metadata: dict[str, Any] | None = None, n_terms: int = 5) -> None:
        self.model = model
        self.metadata = metadata or {}
        self.n_terms = n_terms

    @classmethod
    def load(cls, path: Path) -> ThemeTagger:
        """The tagger of the model file at `path` (IncompatibleModel if it cannot be used)."""
        model, meta = load_model(path)
        return cls(model, meta)

    @classmethod
    def load_default(cls) -> ThemeTagger | None:
        """The packaged model's tagger, or None when no model ships with this install."""
        if not DEFAULT_MODEL.exists():
            return None
        return cls.load(DEFAULT_MODEL)

    def tag_document(
        self, title: str, text: str, tokens: list[str] | None = None, *, anchors: bool = True
    ) -> list[ThemeFact]:
        """Themes of a document that did not go through the nlp stage (it is normalised here).

        `anchors=False` gives the model's themes alone.
        """
        tokens = tokens or segment(f"{title}\n{text}")
        return self.tag_input(raw_model_input(title, text, tokens), anchors=anchors)

    def tag(self, article: Article) -> list[ThemeFact]:
        """Themes of an article from the nlp stage (its text and tokens are normalised already)."""
        tokens = article.tokens or segment(f"{article.title}\n{article.text}")
        return self.tag_input(model_input(article.title, article.text, tokens))

    def tag_input(self, item: ModelInput, *, anchors: bool = True) -> list[ThemeFact]:
        """The model's themes of one model input, plus campaign-anchored ones (models.themes.anchors)."""
        [predictions] = self.model.predict([item], self.n_terms)
        found = [ThemeFact(p.theme, p.score, p.terms) for p in predictions]
        return merge(found, anchor_facts(item.cues)) if anchors else found
