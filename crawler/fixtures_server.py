"""Serves a fixture site directory on 127.0.0.1 in a background thread (tests, demo, benchmark)."""

from __future__ import annotations

import contextlib
import hashlib
import socket
import threading
import time
import tomllib
from collections import Counter
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qsl, unquote, urlencode, urlsplit

from danvan.crawler.urls import is_tracking_param

RULES_FILE = "_rules.toml"
FIXTURE_SITES = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "sites"
TEMPLATED = (".html", ".htm", ".xml", ".txt", ".rss", ".php", ".asp", ".aspx", ".jsp", ".do", "")
CONTENT_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".php": "text/html; charset=utf-8",
    ".xml": "application/xml",
    ".rss": "application/rss+xml",
    ".txt": "text/plain",
    ".gz": "application/gzip",
}
HTML = "text/html; charset=utf-8"
LAST_MODIFIED = "Mon, 13 May 2024 01:00:00 GMT"


@dataclass(slots=True)
class Rule:
    """Special behaviour for one path (or 'path?sorted query'): fail_first N times with 500,
    delay seconds, a fixed status, or a Content-Type header that differs from the file's."""

    fail_first: int = 0
    delay: float = 0.0
    status: int = 0
    content_type: str = ""


STOP_SECONDS = 5.0  # how long stop() waits for the serving thread to end


@dataclass
class FixtureServer:
    """A running fixture site; `hits` counts requests per path (with query), `stop()` ends it."""

    base_url: str
    directory: Path
    httpd: ThreadingHTTPServer
    hits: Counter = field(default_factory=Counter)
    thread: threading.Thread | None = None

    def stop(self) -> None:
        if self.thread is None:
            self.httpd.shutdown()
        elif self.thread.is_alive():
            # shutdown() waits for the serving loop to see its request, which the loop checks when its poll
            # returns: asked from a daemon thread while a connection wakes the poll, until the thread ends
            # (a loop whose poll's timeout was seen to never fire, late in a long test session, kept
            # shutdown() waiting for ever)
            threading.Thread(target=self.httpd.shutdown, daemon=True).start()
            deadline = time.monotonic() + STOP_SECONDS
            while self.thread.is_alive() and time.monotonic() < deadline:
                with contextlib.suppress(OSError):
                    socket.create_connection(self.httpd.server_address[:2], timeout=0.5).close()
                self.thread.join(timeout=0.1)
        self.httpd.server_close()


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 256


def _file_for(root: Path, path: str, query: str) -> Path | None:
    relative = unquote(path).lstrip("/")
    if relative.endswith("/") or relative == "":
        relative += "index.html"
    kept = [(k, v) for k, v in parse_qsl(query, keep_blank_values=True) if not is_tracking_param(k)]
    if kept:
        relative += "@" + urlencode(sorted(kept))
    candidate = (root / relative).resolve()
    if root.resolve() not in candidate.parents or not candidate.is_file():
        return None
    return candidate


def _handler(root: Path, rules: dict[str, Rule], state: FixtureServer) -> type:
    lock = threading.Lock()
    rule_hits: Counter = Counter()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: object) -> None:
            pass

        def _send(self, status: int, body: bytes, headers: dict[str, str]) -> None:
            self.send_response(status)
            for k, v in headers.items():
                self.send_header(k, v)
            self.send_header("Content-Length", str(len(body)))
            # The crawler hangs up on purpose (timeouts); that is not a server error.
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                self.end_headers()
                if self.command != "HEAD":
                    self.wfile.write(body)

        def do_GET(self) -> None:
            parts = urlsplit(self.path)
            key = parts.path + (f"?{parts.query}" if parts.query else "")
            kept = urlencode(
                sorted(
                    (k, v)
                    for k, v in parse_qsl(parts.query, keep_blank_values=True)
                    if not is_tracking_param(k)
                )
            )
            rule_key = f"{parts.path}?{kept}" if f"{parts.path}?{kept}" in rules else parts.path
            rule = rules.get(rule_key, Rule())
            with lock:
                state.hits[key] += 1
                rule_hits[rule_key] += 1
                count = rule_hits[rule_key]
            if rule.delay:
                time.sleep(rule.delay)
            if rule.fail_first and count <= rule.fail_first:
                self._send(500, b"<h1>500 Internal Server Error</h1>", {"Content-Type": HTML})
                return
            found = _file_for(root, parts.path, parts.query)
            if rule.status or found is None:
                status = rule.status or 404
                self._send(status, f"<h1>{status}</h1>".encode(), {"Content-Type": HTML})
                return
            body = found.read_bytes()
            suffix = Path(found.name.split("@")[0]).suffix
            if suffix in TEMPLATED:
                body = body.replace(b"{{BASE}}", state.base_url.encode())
            etag = '"' + hashlib.md5(body).hexdigest() + '"'
            if self.headers.get("If-None-Match") == etag:
                self._send(304, b"", {"ETag": etag})
                return
            content_type = rule.content_type or CONTENT_TYPES.get(suffix, HTML)
            self._send(
                200,
                body,
                {
                    "Content-Type": content_type,
                    "ETag": etag,
                    "Last-Modified": LAST_MODIFIED,
                },
            )

        do_HEAD = do_GET

    return Handler


def load_rules(directory: Path) -> dict[str, Rule]:
    path = directory / RULES_FILE
    if not path.is_file():
        return {}
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    return {r.pop("path"): Rule(**r) for r in data.get("rule", [])}


def serve(directory: str | Path, port: int = 0) -> FixtureServer:
    """Serve a fixture directory on 127.0.0.1:<port> (0 = a free port) in a daemon thread.

    `{{BASE}}` in text files becomes the server's base URL; query strings map to files named
    '<path>@<sorted query without tracking parameters>'; `_rules.toml` adds failures."""
    root = Path(directory)
    httpd = _Server(("127.0.0.1", port), BaseHTTPRequestHandler)
    state = FixtureServer(f"http://127.0.0.1:{httpd.server_address[1]}", root, httpd)
    httpd.RequestHandlerClass = _handler(root, load_rules(root), state)
    state.thread = threading.Thread(target=httpd.serve_forever, name=f"fixture-{root.name}", daemon=True)
    state.thread.start()
    return state


def fixture_site(name: str) -> Path:
    """A bundled fixture site directory (tests/fixtures/sites/<name> in the source tree)."""
    path = FIXTURE_SITES / name
    if not path.is_dir():
        raise FileNotFoundError(f"no fixture site {name!r} in {FIXTURE_SITES}")
    return path
