"""The fact tables of the Dữ kiện page and its downloads: columns per kind, links, sorting."""

from __future__ import annotations

from typing import Any

from danvan.corpus import Corpus
from danvan.corpus.facts import KINDS
from danvan.web.params import BadParameter, State

SORT_WINDOW = 5000  # rows fetched to sort and page on screen; downloads are complete
COLUMNS: dict[str, tuple[tuple[str, str], ...]] = {
    "officials": (
        ("name", "Họ tên"),
        ("titles", "Chức vụ đã thấy"),
        ("provinces", "Tỉnh"),
        ("articles", "Số bài"),
        ("stories", "Số tin"),
        ("first_seen", "Lần đầu"),
        ("last_seen", "Lần cuối"),
    ),
    "documents": (
        ("type", "Loại"),
        ("number", "Số"),
        ("issuer", "Cơ quan ban hành"),
        ("date", "Ngày"),
        ("articles", "Số bài"),
        ("first_seen", "Lần đầu"),
        ("last_seen", "Lần cuối"),
    ),
    "figures": (
        ("value", "Giá trị"),
        ("unit", "Đơn vị"),
        ("sentence", "Câu"),
        ("article_title", "Bài viết"),
        ("published", "Ngày"),
    ),
    "campaigns": (
        ("name", "Phong trào"),
        ("articles", "Số bài"),
        ("stories", "Số tin"),
        ("first_seen", "Lần đầu"),
        ("last_seen", "Lần cuối"),
    ),
    "provinces": (
        ("name", "Tỉnh, thành"),
        ("merged_into", "Đơn vị 2025"),
        ("articles", "Số bài"),
        ("first_seen", "Lần đầu"),
        ("last_seen", "Lần cuối"),
    ),
    "themes": (
        ("theme", "Chủ đề"),
        ("articles", "Số bài"),
        ("mean_score", "Điểm TB"),
        ("first_seen", "Lần đầu"),
        ("last_seen", "Lần cuối"),
    ),
}
TITLES = {
    "officials": "Cán bộ",
    "documents": "Văn bản",
    "figures": "Số liệu",
    "campaigns": "Phong trào",
    "provinces": "Tỉnh, thành",
    "themes": "Chủ đề",
}


def check_kind(kind: str) -> str:
    if kind not in KINDS:
        raise BadParameter(f"kind must be one of {', '.join(KINDS)}")
    return kind


def fetch(corpus: Corpus, kind: str, state: State, limit: int) -> list[dict[str, Any]]:
    f = state.filters()
    return corpus.facts(check_kind(kind), limit=limit, **{n: getattr(f, n) for n in f.names()})


def list_href(kind: str, row: dict[str, Any], state: State) -> str | None:
    """The article list (or the article) behind one fact row, under the page's filters."""
    if kind == "figures":
        return f"/article/{row['article_id']}"
    change = {
        "officials": {"official": row.get("name")},
        "documents": {"document": row.get("number")} if row.get("number") else None,
        "campaigns": {"campaign": row.get("name")},
        "provinces": {"old_province": row.get("name")},
        "themes": {"theme": row.get("theme")},
    }[kind]
    return state.url("/search", **change) if change else None


def sort_rows(rows: list[dict[str, Any]], kind: str, order: str, descending: bool) -> list[dict[str, Any]]:
    if order not in {c for c, _ in COLUMNS[kind]}:
        raise BadParameter(f"order must be a column of {kind}: {', '.join(c for c, _ in COLUMNS[kind])}")

    def key(row: dict[str, Any]) -> tuple[int, Any]:
        value = row.get(order)
        if isinstance(value, list):
            value = ", ".join(value)
        return (value is None, value if value is not None else 0)

    present = [r for r in rows if r.get(order) is not None]
    missing = [r for r in rows if r.get(order) is None]
    return sorted(present, key=key, reverse=descending) + missing


def flat(row: dict[str, Any]) -> dict[str, Any]:
    """A row for CSV: lists joined with "; "."""
    return {k: "; ".join(map(str, v)) if isinstance(v, list) else v for k, v in row.items()}
