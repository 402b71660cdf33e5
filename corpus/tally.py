"""Counting what an ingest run did, for the summary printed at its end."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from danvan.corpus.writer import StoreResult


@dataclass(slots=True)
class IngestTally:
    """Stored / updated / unchanged / duplicate counts and every rejected record with its reason."""

    counts: Counter[str] = field(default_factory=Counter)
    rejected: list[tuple[str, str]] = field(default_factory=list)  # (record, reason)
    near_duplicates: int = 0
    skipped: int = 0  # inputs a previous run already stored, skipped before NLP
    not_articles: int = 0  # web archive pages that are not articles (listings, home pages...)
    interrupted: bool = False  # stopped early (Ctrl-C); what was stored stays stored

    def add(self, result: StoreResult) -> None:
        self.counts[result.status] += 1
        if result.status == "rejected":
            self.rejected.append((result.article_id, result.reason or "rejected"))
        elif result.status == "stored" and result.duplicate_of:
            self.near_duplicates += 1

    def reject(self, record: str, reason: str) -> None:
        """A record that never became an article (unreadable file, bad JSONL line, ...)."""
        self.counts["rejected"] += 1
        self.rejected.append((record, reason))

    def summary(self) -> str:
        parts = [f"{self.counts[s]} {s}" for s in ("stored", "updated", "unchanged", "duplicate")]
        parts.insert(1, f"{self.near_duplicates} of them near-duplicates")
        if self.skipped:
            parts.append(f"{self.skipped} already stored (skipped)")
        if self.not_articles:
            parts.append(f"{self.not_articles} non-article pages skipped")
        parts.append(f"{self.counts['rejected']} rejected")
        lines = [", ".join(parts)]
        lines += [f"  rejected {record}: {reason}" for record, reason in self.rejected]
        if self.interrupted:
            lines.append("interrupted: run the same command again to continue where it stopped")
        return "\n".join(lines)
