"""The FastAPI application factory: pages, JSON API, downloads, raw tables, error handling."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from fastapi_offline import FastAPIOffline
from starlette.exceptions import HTTPException

from danvan.corpus import QuerySyntaxError
from danvan.web import charts, security
from danvan.web.cache import ResultCache
from danvan.web.guard import QueryTooLarge, TimeBudgetExceeded
from danvan.web.params import BadParameter
from danvan.web.pool import CorpusPool
from danvan.web.render import page

log = logging.getLogger("danvan.web")
STATIC = Path(__file__).resolve().parent / "static"


def create_app(
    db_path: str | Path,
    *,
    token: str | None = None,
    budget: float = 5.0,
    timeout: float = 15.0,
    raw_tables: bool = True,
    prewarm: bool = False,
) -> FastAPI:
    """The app over one corpus file, opened read-only; `token` guards every page and API call."""
    app = FastAPIOffline(
        title="danvan",
        description="Độ phủ tin dân vận: tìm kiếm, dữ kiện, chuỗi thời gian (JSON).",
        version="1",
        redoc_url=None,
    )
    app.state.pool = CorpusPool(Path(db_path), budget=budget)
    app.state.db_path = Path(db_path)
    app.state.cache = ResultCache(Path(db_path))
    app.state.token = token
    app.middleware("http")(security.middleware(token, timeout))
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    _errors(app)
    charts.warm_up()
    if prewarm:
        threading.Thread(target=prewarm_dashboard, args=(app,), daemon=True).start()

    from danvan.web.routes import api, article, dashboard, downloads, facts, login, report, search, sources

    for module in (dashboard, search, article, facts, report, sources, downloads, login, api):
        app.include_router(module.router)
    if raw_tables:
        from danvan.web.raw_tables import mount_datasette

        mount_datasette(app, Path(db_path))
    return app


def prewarm_dashboard(app: FastAPI) -> None:
    """Compute the unfiltered dashboards in the background, so the first visitors find them cached."""
    from danvan.web.params import State
    from danvan.web.routes.dashboard import dashboard_context

    try:
        for interval in ("month", "week", "year"):
            for measure in ("raw", "share"):
                state = State(interval=interval, measure=measure)
                with app.state.pool.corpus(budget=120.0) as corpus:
                    app.state.cache.get(
                        ("dashboard", state.query_string()),
                        lambda c=corpus, s=state: dashboard_context(c, s),
                    )
    except Exception:  # a cold cache is only slower
        log.exception("prewarming the dashboard failed")


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path.endswith((".json", ".csv"))


def _error(request: Request, status: int, message: str) -> object:
    if _wants_json(request):
        return JSONResponse({"detail": message}, status_code=status)
    return page(request, "error.html", {"status": status, "message": message}, status=status)


def _errors(app: FastAPI) -> None:
    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> object:
        messages = {404: "Không tìm thấy trang hoặc bài viết.", 405: "Phương thức không được hỗ trợ."}
        return _error(
            request,
            exc.status_code,
            str(exc.detail)
            if exc.status_code not in messages or _wants_json(request)
            else messages[exc.status_code],
        )

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> object:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e.get('loc', ()))}: {e.get('msg', '')}" for e in exc.errors()
        )
        return _error(request, 422, f"tham số không hợp lệ: {problems}")

    for kind in (BadParameter, QuerySyntaxError, QueryTooLarge, ValueError):

        @app.exception_handler(kind)
        async def bad_request(request: Request, exc: Exception) -> object:
            return _error(request, 400, f"tham số không hợp lệ: {exc}")

    @app.exception_handler(TimeBudgetExceeded)
    async def too_slow(request: Request, exc: TimeBudgetExceeded) -> object:
        return _error(request, 503, "Truy vấn mất quá nhiều thời gian; hãy thu hẹp tìm kiếm.")

    @app.exception_handler(Exception)
    async def server_error(request: Request, exc: Exception) -> object:
        log.exception("error on %s", request.url.path)
        return _error(request, 500, "Lỗi máy chủ; chi tiết được ghi vào nhật ký máy chủ.")
