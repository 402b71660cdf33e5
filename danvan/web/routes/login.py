"""Login with the server token (when one is set): sets a cookie holding a digest of the token."""

from __future__ import annotations

import hmac

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from danvan.web.render import page
from danvan.web.security import COOKIE, session_value

router = APIRouter(include_in_schema=False)


def _safe_next(target: str) -> str:
    return target if target.startswith("/") and not target.startswith("//") else "/"


@router.get("/login", response_class=HTMLResponse)
def login_form(request: Request, next: str = "/") -> HTMLResponse:
    return page(request, "login.html", {"next": _safe_next(next), "failed": False})


@router.post("/login")
def login(request: Request, token: str = Form(""), next: str = Form("/")) -> Response:
    expected = request.app.state.token
    if not expected or not hmac.compare_digest(token, expected):
        return page(request, "login.html", {"next": _safe_next(next), "failed": True}, status=401)
    response = RedirectResponse(_safe_next(next), status_code=303)
    response.set_cookie(COOKIE, session_value(expected), httponly=True, samesite="strict")
    return response
