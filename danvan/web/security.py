"""Access and safety: token check (bearer or login cookie), request time limit, safe headers."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import ipaddress
from collections.abc import Awaitable, Callable
from urllib.parse import quote

from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response

COOKIE = "danvan_session"
OPEN_PATHS = ("/login", "/static/")
# our own pages run no script at all; /docs (Swagger UI) and /data (Datasette) need their own
_CSP = (
    "default-src 'self'; script-src 'none'; style-src 'self'; img-src 'self' data:;"
    " object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
_CSP_TOOLS = "default-src 'self' 'unsafe-inline' data:; frame-ancestors 'none'"


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def session_value(token: str) -> str:
    """What the login cookie holds: a digest of the token, never the token itself."""
    return hashlib.sha256(b"danvan-session:" + token.encode()).hexdigest()


def authorised(request: Request, token: str) -> bool:
    header = request.headers.get("authorization", "")
    if header.lower().startswith("bearer ") and hmac.compare_digest(header[7:].strip(), token):
        return True
    cookie = request.cookies.get(COOKIE, "")
    return bool(cookie) and hmac.compare_digest(cookie, session_value(token))


def middleware(
    token: str | None, timeout: float
) -> Callable[[Request, Callable[[Request], Awaitable[Response]]], Awaitable[Response]]:
    async def guard(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        path = request.url.path
        if token and not path.startswith(OPEN_PATHS) and not authorised(request, token):
            if path.startswith("/api/") or path == "/openapi.json":
                return JSONResponse(
                    {"detail": "missing or wrong token (Authorization: Bearer ...)"},
                    status_code=401,
                    headers={"WWW-Authenticate": "Bearer"},
                )
            target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
            return RedirectResponse(f"/login?next={quote(target)}", status_code=303)
        try:
            response = await asyncio.wait_for(call_next(request), timeout)
        except TimeoutError:
            if path.startswith("/api/"):
                response = JSONResponse({"detail": "request took too long"}, status_code=503)
            else:
                response = Response("Yêu cầu mất quá nhiều thời gian, hãy thu hẹp tìm kiếm.", 503)
        tools = path.startswith(("/docs", "/data", "/static-offline-docs", "/redoc"))
        response.headers.setdefault("Content-Security-Policy", _CSP_TOOLS if tools else _CSP)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        return response

    return guard
