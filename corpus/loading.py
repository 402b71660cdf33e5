"""Rebuilding `Article` objects, facts included, from stored rows in batches."""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Sequence

from danvan.nlp.record import (
    Article,
    CampaignFact,
    DocumentFact,
    FigureFact,
    OfficialFact,
    ProvinceFact,
    ThemeFact,
)


def _grouped(conn: sqlite3.Connection, sql: str, pks: Sequence[int]) -> dict[int, list[tuple]]:
    marks = ",".join("?" * len(pks))
    out: dict[int, list[tuple]] = defaultdict(list)
    for row in conn.execute(sql.format(marks=marks), list(pks)):
        out[row[0]].append(row[1:])
    return out


def load_articles(conn: sqlite3.Connection, pks: Sequence[int]) -> list[Article]:
    """The articles with these primary keys, in the given order (unknown keys are skipped)."""
    out: list[Article] = []
    for start in range(0, len(pks), 500):
        out.extend(_load_chunk(conn, pks[start : start + 500]))
    return out


def _load_chunk(conn: sqlite3.Connection, pks: Sequence[int]) -> list[Article]:
    if not pks:
        return []
    rows = _grouped(
        conn,
        "SELECT a.pk, a.id, a.origin, a.title, t.text, a.published, a.author, a.url, s.name,"
        " a.archive_ref FROM articles a JOIN article_texts t ON t.pk = a.pk"
        " LEFT JOIN sources s ON s.id = a.source_id WHERE a.pk IN ({marks})",
        pks,
    )
    provinces = _grouped(
        conn,
        "SELECT ap.article_pk, p.name, p.merged_into, ap.count FROM article_provinces ap"
        " JOIN provinces p ON p.id = ap.province_id WHERE ap.article_pk IN ({marks})"
        " ORDER BY ap.article_pk, ap.position",
        pks,
    )
    titles = _grouped(
        conn,
        "SELECT article_pk, official_id, title FROM official_titles WHERE article_pk IN ({marks})"
        " ORDER BY article_pk, position",
        pks,
    )
    officials = _grouped(
        conn,
        "SELECT ao.article_pk, o.id, o.name, ao.title, ao.province, ao.mentions"
        " FROM article_officials ao JOIN officials o ON o.id = ao.official_id"
        " WHERE ao.article_pk IN ({marks}) ORDER BY ao.article_pk, ao.position",
        pks,
    )
    documents = _grouped(
        conn,
        "SELECT article_pk, type, number, date, issuer, title, mentions FROM article_documents"
        " WHERE article_pk IN ({marks}) ORDER BY article_pk, position",
        pks,
    )
    figures = _grouped(
        conn,
        "SELECT article_pk, value, is_integer, unit, text, approx, sentence FROM figures"
        " WHERE article_pk IN ({marks}) ORDER BY article_pk, position",
        pks,
    )
    campaigns = _grouped(
        conn,
        "SELECT ac.article_pk, c.name, ac.count FROM article_campaigns ac"
        " JOIN campaigns c ON c.id = ac.campaign_id WHERE ac.article_pk IN ({marks})"
        " ORDER BY ac.article_pk, ac.position",
        pks,
    )
    terms = _grouped(
        conn,
        "SELECT article_pk, theme_id, term FROM theme_terms WHERE article_pk IN ({marks})"
        " ORDER BY article_pk, position",
        pks,
    )
    themes = _grouped(
        conn,
        "SELECT at.article_pk, t.id, t.key, at.score FROM article_themes at"
        " JOIN themes t ON t.id = at.theme_id WHERE at.article_pk IN ({marks})"
        " ORDER BY at.article_pk, at.position",
        pks,
    )
    articles = []
    for pk in pks:
        if pk not in rows:
            continue
        aid, origin, title, text, published, author, url, outlet, archive_ref = rows[pk][0]
        titles_by_official: dict[int, list[str]] = defaultdict(list)
        for oid, t in titles.get(pk, []):
            titles_by_official[oid].append(t)
        terms_by_theme: dict[int, list[str]] = defaultdict(list)
        for tid, term in terms.get(pk, []):
            terms_by_theme[tid].append(term)
        articles.append(
            Article(
                id=aid,
                source=origin,
                title=title,
                text=text,
                published=published,
                author=author,
                url=url,
                outlet=outlet,
                archive_ref=archive_ref,
                provinces=[ProvinceFact(n, m, c) for n, m, c in provinces.get(pk, [])],
                officials=[
                    OfficialFact(name, title_, prov, titles_by_official.get(oid, []), mentions)
                    for oid, name, title_, prov, mentions in officials.get(pk, [])
                ],
                documents=[DocumentFact(*d) for d in documents.get(pk, [])],
                figures=[
                    FigureFact(int(v) if is_int else v, unit, text_, approx, sentence)
                    for v, is_int, unit, text_, approx, sentence in figures.get(pk, [])
                ],
                campaigns=[CampaignFact(n, c) for n, c in campaigns.get(pk, [])],
                themes=[
                    ThemeFact(key, score, terms_by_theme.get(tid, []))
                    for tid, key, score in themes.get(pk, [])
                ],
            )
        )
    return articles
