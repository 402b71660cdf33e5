"""Fact extractors, each a spaCy pipeline component registered under "danvan_<name>"."""

from danvan.nlp.extractors import campaigns, documents, figures, officials, provinces  # noqa: F401  (registers)
from danvan.nlp.extractors.registry import EXTRACTORS, facts_of

__all__ = ["EXTRACTORS", "facts_of"]
