"""One access-log line per request, on the `ecwid_mock.access` logger, with no token in it,
and the request journal the control API serves (`GET /__mock/requests`).

The token travels in the `Authorization` header, which is never logged nor journaled; a
legacy `?token=` query parameter is redacted from the logged path.
"""

from __future__ import annotations

import collections
import logging
import re
import threading
import time
from collections.abc import Callable
from typing import Any
from urllib.parse import unquote_plus

logger = logging.getLogger("ecwid_mock.access")
JOURNAL_SIZE = 1000
CONTROL_PREFIX = "/__mock/"
_SEPARATORS = re.compile(r"([&;])")


def redact_query(query: str) -> str:
    """Replace the value of every `token` parameter (any case, even percent-encoded) by `***`."""
    parts = _SEPARATORS.split(query)
    for index in range(0, len(parts), 2):
        name, equals, _ = parts[index].partition("=")
        if equals and unquote_plus(name).strip().lower() == "token":
            parts[index] = f"{name}=***"
    return "".join(parts)


class RequestJournal:
    """The last `size` API requests: time, method, path (query redacted), operationId, status."""

    def __init__(self, size: int = JOURNAL_SIZE) -> None:
        self._lock = threading.Lock()
        self._entries: collections.deque[dict[str, Any]] = collections.deque(maxlen=size)

    def record(self, entry: dict[str, Any]) -> None:
        with self._lock:
            self._entries.append(entry)

    def last(self, limit: int) -> list[dict[str, Any]]:
        with self._lock:
            return list(self._entries)[-limit:] if limit else []

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()


def journal_entry(scope: Any, status: int, started: float, path: str) -> dict[str, Any]:
    """One journal line for an API request (the access log's middleware records it)."""
    return {
        "time": time.strftime("%Y-%m-%d %H:%M:%S +0000", time.gmtime()),
        "method": scope["method"],
        "path": path,
        "operationId": scope.get("state", {}).get("operation_id"),
        "status": status,
        "durationMs": round((time.perf_counter() - started) * 1000, 3),
    }


class AccessLogMiddleware:
    """`redact` rewrites the query string before it is logged (default: `redact_query`);
    API requests (not the control API's) are also written to `journal`, when given; `log=False`
    keeps only the journal."""

    def __init__(
        self,
        app: Any,
        redact: Callable[[str], str] = redact_query,
        journal: RequestJournal | None = None,
        *,
        log: bool = True,
    ) -> None:
        self.app = app
        self.redact = redact
        self.journal = journal
        self.log = log

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        start = time.perf_counter()
        status = 500

        async def send_with_status(message: Any) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, send_with_status)
        finally:
            query = scope.get("query_string", b"").decode("latin-1")
            path = scope["path"] + (f"?{self.redact(query)}" if query else "")
            elapsed = (time.perf_counter() - start) * 1000
            if self.log:
                logger.info('"%s %s" %d %.1fms', scope["method"], path, status, elapsed)
            if self.journal is not None and not scope["path"].startswith(CONTROL_PREFIX):
                self.journal.record(journal_entry(scope, status, start, path))
