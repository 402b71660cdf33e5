"""Fact kinds: one module per kind registers how the corpus writes, loads, queries and shows it."""

from danvan.corpus.kinds import campaigns, documents, figures, officials, provinces, themes
from danvan.corpus.kinds.base import KINDS, FactKind, register
from danvan.nlp.record import FACT_TYPES

del campaigns, documents, figures, officials, provinces, themes
_missing = set(FACT_TYPES) - set(KINDS)
if _missing:
    raise ImportError(f"Article fact fields without a corpus kind: {', '.join(sorted(_missing))}")
# Listings, exports and stats follow the order of the Article's fact fields.
for _name in FACT_TYPES:
    KINDS[_name] = KINDS.pop(_name)

__all__ = ["KINDS", "FactKind", "register"]
