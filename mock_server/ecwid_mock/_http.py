"""The HTTP server's limits, enforced twice: by the protocol as bytes arrive, and by the app.

    MAX_URL_BYTES      8 KiB   request target (path and query)        414 URI_TOO_LONG
    MAX_HEADERS        100     header fields                          431 HEADERS_TOO_LARGE
    MAX_HEADER_BYTES   16 KiB  header names and values, all together  431 HEADERS_TOO_LARGE
    MAX_HEAD_BYTES     64 KiB  a request head not complete by then    431, connection closed
    KEEP_ALIVE_SECONDS 5 s     an idle keep-alive connection is closed

`LimitedHttpToolsProtocol` (uvicorn's httptools protocol, as `uvicorn.Config(http=...)`)
counts the request target and header fields as the parser hands them over, and the raw bytes
of a head still incomplete, and answers the same JSON errors then closes the connection:
nothing past a limit is buffered. `HttpLimitsMiddleware` checks the same limits in the app,
for any other server that runs it. `ErrorBoundaryMiddleware` turns a bug into a JSON 500
`INTERNAL_ERROR` without closing the connection (Starlette's own error middleware re-raises,
and uvicorn then closes it). `server_options()` is what both `ecwid-mock` and `BackgroundServer`
run with.
"""

from __future__ import annotations

import json
import logging
from typing import Any

import httptools  # type: ignore[import-untyped]
from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

MAX_URL_BYTES = 8 * 1024
MAX_HEADERS = 100
MAX_HEADER_BYTES = 16 * 1024
MAX_HEAD_BYTES = 64 * 1024
KEEP_ALIVE_SECONDS = 5.0

logger = logging.getLogger("ecwid_mock.error")
_REASONS = {414: b"URI Too Long", 431: b"Request Header Fields Too Large", 500: b"Internal Server Error"}


def error_body(message: str, code: str) -> bytes:
    return json.dumps({"errorMessage": message, "errorCode": code}, separators=(",", ":")).encode()


URL_TOO_LONG = (414, error_body(f"URL is too long: the limit is {MAX_URL_BYTES} bytes", "URI_TOO_LONG"))
TOO_MANY_HEADERS = (431, error_body(f"Too many header fields: the limit is {MAX_HEADERS}", "HEADERS_TOO_LARGE"))
HEADERS_TOO_LARGE = (
    431,
    error_body(f"Header fields are too large: the limit is {MAX_HEADER_BYTES} bytes in all", "HEADERS_TOO_LARGE"),
)
BAD_REQUEST = (400, error_body("Malformed HTTP request", "BAD_REQUEST"))
INTERNAL = (500, error_body("Internal server error", "INTERNAL_ERROR"))


def refusal(scope: dict[str, Any]) -> tuple[int, bytes] | None:
    """The limit a parsed request breaks, as (status, JSON body), or None."""
    target = len(scope.get("raw_path") or scope["path"].encode()) + len(scope.get("query_string", b""))
    if target > MAX_URL_BYTES:
        return URL_TOO_LONG
    headers = scope.get("headers", [])
    if len(headers) > MAX_HEADERS:
        return TOO_MANY_HEADERS
    if sum(len(name) + len(value) for name, value in headers) > MAX_HEADER_BYTES:
        return HEADERS_TOO_LARGE
    return None


async def _answer(send: Any, status: int, body: bytes) -> None:
    headers = [(b"content-type", b"application/json; charset=utf-8"), (b"content-length", str(len(body)).encode())]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


class HttpLimitsMiddleware:
    """414 or 431 (JSON) for a request past a limit, before the app sees it."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        refused = refusal(scope) if scope["type"] == "http" else None
        if refused is None:
            await self.app(scope, receive, send)
        else:
            await _answer(send, *refused)


class ErrorBoundaryMiddleware:
    """A bug is logged and answered 500 `INTERNAL_ERROR` (JSON, no traceback); the connection stays."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        started = False

        async def watch(message: Any) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, receive, watch)
        except Exception:
            if started or scope["type"] != "http":
                raise  # half an answer is out: only closing the connection can tell the client
            logger.exception("unexpected error in %s %s", scope.get("method"), scope.get("path"))
            await _answer(send, *INTERNAL)


class _LimitExceededError(Exception):
    """Raised inside a parser callback to stop parsing a request past a limit."""


class LimitedHttpToolsProtocol(HttpToolsProtocol):
    """uvicorn's httptools protocol, refusing a request head past a limit as it arrives."""

    def connection_made(self, transport: Any) -> None:
        super().connection_made(transport)
        self._head_bytes = self._url_bytes = self._field_bytes = self._completed = 0
        self._in_head = True
        self._refused: tuple[int, bytes] | None = None

    def data_received(self, data: bytes) -> None:
        if self._refused is not None:  # the answer is out and the connection closing
            return
        completed = self._completed
        self._unset_keepalive_if_required()
        try:
            self.parser.feed_data(data)
        except httptools.HttpParserUpgrade:  # served as a plain request: the mock has no websockets
            self._unsupported_upgrade_warning()
        except httptools.HttpParserError:  # a limit (from a callback below) or malformed HTTP
            self._refuse(BAD_REQUEST)  # no-op when a limit has answered already
            return
        if self._in_head and self._completed == completed:  # count only chunks wholly in a head
            self._head_bytes += len(data)
            if self._head_bytes > MAX_HEAD_BYTES:
                self._refuse(HEADERS_TOO_LARGE)

    def on_message_begin(self) -> None:
        super().on_message_begin()
        self._url_bytes = self._field_bytes = 0
        self._in_head = True

    def on_url(self, url: bytes) -> None:
        self._url_bytes += len(url)
        if self._url_bytes > MAX_URL_BYTES:
            self._stop(URL_TOO_LONG)
        super().on_url(url)

    def on_header(self, name: bytes, value: bytes) -> None:
        self._field_bytes += len(name) + len(value)
        if len(self.headers) >= MAX_HEADERS:
            self._stop(TOO_MANY_HEADERS)
        if self._field_bytes > MAX_HEADER_BYTES:
            self._stop(HEADERS_TOO_LARGE)
        super().on_header(name, value)

    def on_headers_complete(self) -> None:
        self._in_head = False
        self._head_bytes = 0
        super().on_headers_complete()

    def on_message_complete(self) -> None:
        self._completed += 1
        self._in_head = True
        super().on_message_complete()

    def _stop(self, answer: tuple[int, bytes]) -> None:
        self._refuse(answer)
        raise _LimitExceededError

    def _refuse(self, answer: tuple[int, bytes]) -> None:
        """Answer `answer` and close: the rest of this connection's bytes are not read."""
        if self._refused is not None:
            return
        self._refused = answer
        status, body = answer
        head = [b"HTTP/1.1 %d %s\r\n" % (status, _REASONS.get(status, b"Bad Request"))]
        head += [name + b": " + value + b"\r\n" for name, value in self.server_state.default_headers]
        head += [
            b"content-type: application/json; charset=utf-8\r\n",
            b"content-length: %d\r\n" % len(body),
            b"connection: close\r\n\r\n",
        ]
        self.transport.write(b"".join(head) + body)
        self.transport.close()


def server_options() -> dict[str, Any]:
    """The uvicorn settings the mock always runs with (`uvicorn.run(app, **server_options(), ...)`)."""
    return {"http": LimitedHttpToolsProtocol, "timeout_keep_alive": KEEP_ALIVE_SECONDS, "ws": "none"}


def bearer_token(header: str) -> str | None:
    """The token of an `Authorization: Bearer <token>` header (any case of `Bearer`), else None."""
    scheme, _, token = header.strip().partition(" ")
    token = token.strip()
    return token if scheme.lower() == "bearer" and token else None
