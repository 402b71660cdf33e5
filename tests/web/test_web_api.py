"""The JSON API, parameter validation, token access, read-only corpus and raw tables."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest


def test_search_with_filters_facets_and_pagination(client):
    body = client.get(
        "/api/search", params={"q": "dan van kheo", "province": "Cần Thơ", "per_page": 3}
    ).json()
    assert body["total"] > 3 and body["pages"] == -(-body["total"] // 3) and len(body["results"]) == 3
    assert all("<mark>" in r["snippet"] for r in body["results"])
    provinces = {f["value"] for f in body["facets"]["province"]}
    assert provinces <= {"Cần Thơ", "Hậu Giang", "Sóc Trăng"}
    units = {f["value"]: f["articles"] for f in body["facets"]["province2025"]}
    assert units["Cần Thơ"] == body["total"]
    dated = client.get("/api/search", params={"q": "dan van kheo", "sort": "date", "per_page": 50}).json()
    days = [r["published"] for r in dated["results"]]
    assert days == sorted(days, reverse=True)


@pytest.mark.parametrize(
    "params",
    [
        {"per_page": 0},
        {"per_page": 1000},
        {"page": "x"},
        {"interval": "decade"},
        {"sort": "random"},
        {"from": "yesterday"},
        {"q": '"unbalanced'},
        {"q": "NOT"},
        {"q": " ".join(f"xã{n}" for n in range(40))},  # more different words than SearchLimits allows
        {"q": "dân vận " * 130},  # longer than SearchLimits allows
    ],
)
def test_bad_parameters_get_a_clear_4xx(client, params):
    response = client.get("/api/search", params=params)
    assert response.status_code in (400, 422)
    assert response.json()["detail"]
    page = client.get("/search", params=params)
    assert page.status_code in (400, 422) and "Traceback" not in page.text and "Lỗi" in page.text


def test_article_404_and_facts_kinds(client):
    assert client.get("/api/articles/no-such-id").status_code == 404
    assert client.get("/article/no-such-id").status_code == 404
    assert client.get("/api/facts/nonsense").status_code == 404
    body = client.get("/api/facts/documents", params={"per_page": 2}).json()
    assert len(body["results"]) == 2 and body["has_more"]
    page2 = client.get("/api/facts/documents", params={"per_page": 2, "page": 2}).json()
    assert page2["results"] != body["results"]


def test_coverage_series_raw_and_share(client):
    raw = client.get("/api/coverage", params={"by": "province2025", "interval": "month"}).json()["series"]
    assert raw and all(r["articles"] <= r["all_articles"] for r in raw)
    share = client.get("/api/coverage", params={"by": "theme", "measure": "share"}).json()["series"]
    assert all(0 < r["share"] <= 1 for r in share)
    assert client.get("/api/coverage", params={"by": "weather"}).status_code == 400


def test_docs_are_served_locally(client):
    html = client.get("/docs").text
    assert "/static-offline-docs/swagger-ui-bundle.js" in html
    assert "cdn" not in html.lower()
    assert client.get("/static-offline-docs/swagger-ui-bundle.js").status_code == 200
    assert "/api/search" in client.get("/openapi.json").json()["paths"]


def test_corpus_file_is_never_written(client, web_db):
    before = hashlib.sha256(web_db.read_bytes()).hexdigest()
    for url in ("/", "/search?q=dan+van", "/article/web-001", "/facts", "/report", "/data/"):
        assert client.get(url).status_code == 200
    assert hashlib.sha256(web_db.read_bytes()).hexdigest() == before
    from danvan.corpus import Corpus

    with Corpus(web_db, readonly=True) as c, pytest.raises(sqlite3.OperationalError):
        c.connection.execute("DELETE FROM articles")


def test_raw_tables_read_only(client):
    name = client.app.state.db_path.stem
    assert client.get(f"/data/{name}/articles.json").status_code == 200
    flat = client.get(f"/data/{name}/article_provinces_flat.json", params={"limit": 5, "_shape": "array"})
    assert flat.status_code == 200 and len(flat.json()) == 5
    # the articles table is searchable through the full-text index, accents optional
    found = client.get(
        f"/data/{name}/articles.json", params={"_search": "dan van kheo", "_shape": "array", "_size": "max"}
    )
    ours = client.get("/search.json", params={"q": "dan van kheo"}).json()
    assert found.status_code == 200 and {a["id"] for a in found.json()} == {a["id"] for a in ours}
    write = client.get(f"/data/{name}.json", params={"sql": "DELETE FROM articles"})
    assert write.status_code >= 400


def test_token_guards_pages_and_api(web_db):
    from fastapi.testclient import TestClient

    from danvan.web.app import create_app

    with TestClient(create_app(web_db, token="s3cret", raw_tables=False)) as c:
        assert c.get("/api/search").status_code == 401
        assert c.get("/api/search", headers={"Authorization": "Bearer wrong"}).status_code == 401
        assert c.get("/api/search", headers={"Authorization": "Bearer s3cret"}).status_code == 200
        page = c.get("/search?q=x", follow_redirects=False)
        assert page.status_code == 303 and page.headers["location"].startswith("/login?next=")
        assert c.post("/login", data={"token": "nope", "next": "/"}).status_code == 401
        ok = c.post("/login", data={"token": "s3cret", "next": "/search"}, follow_redirects=False)
        assert ok.status_code == 303 and "s3cret" not in ok.headers["set-cookie"]
        assert c.get("/search").status_code == 200  # the cookie now carries the session


def test_serve_refuses_other_addresses_without_token(web_db):
    from typer.testing import CliRunner

    from danvan.cli import app

    result = CliRunner().invoke(app, ["serve", "--db", str(web_db), "--host", "0.0.0.0"])
    assert result.exit_code == 2
    assert "--token" in result.output


def test_time_budget_interrupts_slow_queries_with_a_clean_503(web_db):
    from fastapi.testclient import TestClient

    from danvan.web.app import create_app

    with TestClient(create_app(web_db, budget=1e-9, raw_tables=False), raise_server_exceptions=False) as c:
        for _ in range(2):  # the interrupted connection goes back to the pool in a usable state
            response = c.get("/search", params={"q": "dan* OR van* OR kheo*"})
            assert response.status_code == 503
            assert "Traceback" not in response.text and "quá nhiều thời gian" in response.text
        assert c.get("/static/site.css").status_code == 200
