"""Officials: people with their positions; every title seen is kept per article; namesakes kept apart."""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Sequence

from danvan.corpus.filters import Filters
from danvan.corpus.folding import fold
from danvan.corpus.kinds.base import (
    SEEN,
    TOTAL,
    FactKind,
    Rows,
    clean,
    contains,
    grouped,
    register,
    rows,
)
from danvan.nlp.record import OfficialFact


def write(conn: sqlite3.Connection, pk: int, facts: list[OfficialFact]) -> None:
    for pos, o in enumerate(facts):
        name = clean(o.name)
        if not name:
            continue
        oid = _official_id(conn, name, clean(o.province), [t for t in (o.title, *o.titles) if t])
        conn.execute(
            "INSERT INTO article_officials(article_pk, official_id, title, province, mentions,"
            " position) VALUES (?, ?, ?, ?, ?, ?)"
            " ON CONFLICT DO UPDATE SET mentions = mentions + excluded.mentions",
            (pk, oid, clean(o.title) or "", clean(o.province), int(o.mentions or 1), pos),
        )
        for tpos, title in enumerate(o.titles):
            title = clean(title)
            if (
                title
                and not conn.execute(
                    "SELECT 1 FROM official_titles WHERE article_pk = ? AND official_id = ? AND title = ?",
                    (pk, oid, title),
                ).fetchone()
            ):
                conn.execute(
                    "INSERT INTO official_titles(article_pk, official_id, title, position)"
                    " VALUES (?, ?, ?, ?)",
                    (pk, oid, title, pos * 1000 + tpos),
                )


def _official_id(conn: sqlite3.Connection, name: str, province: str | None, titles: list[str]) -> int:
    """The person a mention names: one official per name and home province.

    With a province: the namesake of that province, or else a namesake with no province yet (who takes
    it), or a new official. Without: the only namesake, or else the one whose titles fit this mention's,
    or else the namesake seen in most articles.
    """
    namesakes = conn.execute(
        "SELECT o.id, o.home FROM officials o WHERE o.name = ?"
        " ORDER BY (SELECT COUNT(*) FROM article_officials ao WHERE ao.official_id = o.id) DESC, o.id",
        (name,),
    ).fetchall()
    homes = {home: oid for oid, home in namesakes}
    if province:
        oid = homes.get(province) or homes.get("")
        if oid is None:
            return _add(conn, name, province)
        conn.execute("UPDATE officials SET home = ? WHERE id = ?", (province, oid))
        return oid
    if not namesakes:
        return _add(conn, name, "")
    fitting = fits(conn, [oid for oid, _ in namesakes], titles)
    return fitting[0] if len(fitting) == 1 else namesakes[0][0]


def _add(conn: sqlite3.Connection, name: str, home: str) -> int:
    return conn.execute(
        "INSERT INTO officials(name, key, home) VALUES (?, ?, ?) RETURNING id", (name, fold(name), home)
    ).fetchone()[0]


def fits(conn: sqlite3.Connection, ids: list[int], titles: list[str], placed: bool = False) -> list[int]:
    """The officials of `ids` one of whose titles contains, or is contained in, one of `titles`
    (`placed`: only titles of mentions that give a province)."""
    wanted = {fold(t) for t in titles if t.strip()}
    if not wanted:
        return []
    found = []
    for oid in ids:
        seen = {
            fold(t)
            for (t,) in conn.execute(
                "SELECT t.title FROM official_titles t JOIN article_officials ao"
                " ON ao.article_pk = t.article_pk AND ao.official_id = t.official_id"
                " WHERE t.official_id = ? AND (? OR ao.province IS NOT NULL)"
                " UNION SELECT title FROM article_officials WHERE official_id = ? AND title != ''"
                " AND (? OR province IS NOT NULL)",
                (oid, not placed, oid, not placed),
            )
        }
        if any(w in s or s in w for w in wanted for s in seen):
            found.append(oid)
    return found


def split_namesakes(conn: sqlite3.Connection) -> None:
    """Split officials stored as one row per name into one per name and province (schema v5).

    The province seen most keeps the row; a mention without a province goes to the namesake whose
    titles it fits when exactly one does.
    """
    for oid, name in conn.execute("SELECT id, name FROM officials").fetchall():
        provinces = [
            p
            for (p,) in conn.execute(
                "SELECT province FROM article_officials WHERE official_id = ? AND province IS NOT NULL"
                " GROUP BY province ORDER BY COUNT(*) DESC, province",
                (oid,),
            )
        ]
        conn.execute("UPDATE officials SET home = ? WHERE id = ?", (provinces[0] if provinces else "", oid))
        people = {provinces[0]: oid} if provinces else {}
        for province in provinces[1:]:
            new = _add(conn, name, province)
            people[province] = new
            _move(conn, oid, new, "province = ?", [province])
        if len(people) < 2:
            continue
        homeless = conn.execute(
            "SELECT article_pk, title FROM article_officials WHERE official_id = ? AND province IS NULL",
            (oid,),
        ).fetchall()
        for pk, title in homeless:
            titles = [
                t
                for (t,) in conn.execute(
                    "SELECT title FROM official_titles WHERE official_id = ? AND article_pk = ?", (oid, pk)
                )
            ] + [title]
            fitting = fits(conn, list(people.values()), titles, placed=True)
            if len(fitting) == 1 and fitting[0] != oid:
                _move(conn, oid, fitting[0], "article_pk = ?", [pk])


def _move(conn: sqlite3.Connection, old: int, new: int, where: str, params: list[object]) -> None:
    """Give the mentions of official `old` that match `where` (over article_officials) to `new`."""
    pks = [
        pk
        for (pk,) in conn.execute(
            f"SELECT article_pk FROM article_officials WHERE official_id = ? AND {where}", [old, *params]
        )
    ]
    for pk in pks:
        conn.execute(
            "UPDATE article_officials SET official_id = ? WHERE official_id = ? AND article_pk = ?",
            (new, old, pk),
        )
        conn.execute(
            "UPDATE official_titles SET official_id = ? WHERE official_id = ? AND article_pk = ?",
            (new, old, pk),
        )


def load(conn: sqlite3.Connection, pks: Sequence[int]) -> dict[int, list[OfficialFact]]:
    titles = grouped(
        conn,
        "SELECT article_pk, official_id, title FROM official_titles WHERE article_pk IN ({marks})"
        " ORDER BY article_pk, position",
        pks,
    )
    found = grouped(
        conn,
        "SELECT ao.article_pk, o.id, o.name, ao.title, ao.province, ao.mentions"
        " FROM article_officials ao JOIN officials o ON o.id = ao.official_id"
        " WHERE ao.article_pk IN ({marks}) ORDER BY ao.article_pk, ao.position",
        pks,
    )
    out: dict[int, list[OfficialFact]] = {}
    for pk, items in found.items():
        by_official: dict[int, list[str]] = defaultdict(list)
        for oid, title in titles.get(pk, []):
            by_official[oid].append(title)
        out[pk] = [
            OfficialFact(name, title, prov, by_official.get(oid, []), mentions)
            for oid, name, title, prov, mentions in items
        ]
    return out


def query(conn: sqlite3.Connection, filters: Filters, limit: int, title: str | None = None) -> Rows:
    """Officials most seen first; `title`: one of their titles (in the filtered articles) contains it."""
    where, params = filters.sql("a")
    has_title, title_params = contains("t.title", title)
    if title_params:
        where += (
            " AND EXISTS (SELECT 1 FROM (SELECT title FROM official_titles WHERE article_pk = a.pk"
            " AND official_id = o.id UNION ALL SELECT ao.title) t WHERE " + has_title + ")"
        )
        params = [*params, *title_params]
    found = rows(
        conn,
        f"SELECT o.id AS _id, o.name AS name, {SEEN}, SUM(ao.mentions) AS mentions, {TOTAL}"
        " FROM article_officials ao JOIN officials o ON o.id = ao.official_id"
        f" JOIN articles a ON a.pk = ao.article_pk WHERE {where}"
        " GROUP BY o.id ORDER BY articles DESC, mentions DESC, o.name LIMIT ?",
        [*params, limit],
    )
    ids = [row.pop("_id") for row in found]
    titles: dict[int, list[str]] = defaultdict(list)
    provinces: dict[int, list[str]] = defaultdict(list)
    # one statement each for all listed officials (not two per official: 5,000 rows made 10,000 queries)
    chosen = "SELECT value FROM json_each(?)"
    for oid, title in conn.execute(
        "SELECT official_id, title FROM ("
        f" SELECT official_id, title, article_pk FROM official_titles WHERE official_id IN ({chosen})"
        " UNION SELECT official_id, title, article_pk FROM article_officials"
        f" WHERE official_id IN ({chosen}) AND title != '')"
        " GROUP BY official_id, title ORDER BY official_id, COUNT(*) DESC, title",
        (json.dumps(ids), json.dumps(ids)),
    ):
        titles[oid].append(title)
    for oid, province in conn.execute(
        "SELECT DISTINCT official_id, province FROM article_officials"
        f" WHERE official_id IN ({chosen}) AND province IS NOT NULL ORDER BY official_id, province",
        (json.dumps(ids),),
    ):
        provinces[oid].append(province)
    for oid, row in zip(ids, found, strict=True):
        row["titles"] = titles.get(oid, [])
        row["provinces"] = provinces.get(oid, [])
    return found


def show(o: OfficialFact) -> str:
    return f"{o.name} — {o.title}"


KIND = register(
    FactKind(
        "officials",
        ("official_titles", "article_officials"),
        ("officials",),
        write,
        load,
        query,
        show,
        facets=("title",),
    )
)
