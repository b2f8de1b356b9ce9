"""One access-log line per request, on the `ecwid_mock.access` logger, with no token in it.

The token travels in the `Authorization` header, which is never logged; a legacy `?token=`
query parameter is redacted from the logged path.
"""

from __future__ import annotations

import logging
import re
import time
from typing import Any

logger = logging.getLogger("ecwid_mock.access")
_TOKEN_PARAM = re.compile(r"(?i)((?:^|&)token=)[^&]*")


def redact_query(query: str) -> str:
    return _TOKEN_PARAM.sub(r"\1***", query)


class AccessLogMiddleware:
    def __init__(self, app: Any) -> None:
        self.app = app

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
            path = scope["path"] + (f"?{redact_query(query)}" if query else "")
            elapsed = (time.perf_counter() - start) * 1000
            logger.info('"%s %s" %d %.1fms', scope["method"], path, status, elapsed)
