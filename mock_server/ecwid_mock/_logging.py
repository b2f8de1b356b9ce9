"""One access-log line per request, on the `ecwid_mock.access` logger, with no token in it.

The token travels in the `Authorization` header, which is never logged; a legacy `?token=`
query parameter is redacted from the logged path.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable
from typing import Any
from urllib.parse import unquote_plus

logger = logging.getLogger("ecwid_mock.access")
_SEPARATORS = re.compile(r"([&;])")


def redact_query(query: str) -> str:
    """Replace the value of every `token` parameter (any case, even percent-encoded) by `***`."""
    parts = _SEPARATORS.split(query)
    for index in range(0, len(parts), 2):
        name, equals, _ = parts[index].partition("=")
        if equals and unquote_plus(name).strip().lower() == "token":
            parts[index] = f"{name}=***"
    return "".join(parts)


class AccessLogMiddleware:
    """`redact` rewrites the query string before it is logged (default: `redact_query`)."""

    def __init__(self, app: Any, redact: Callable[[str], str] = redact_query) -> None:
        self.app = app
        self.redact = redact

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
            logger.info('"%s %s" %d %.1fms', scope["method"], path, status, elapsed)
