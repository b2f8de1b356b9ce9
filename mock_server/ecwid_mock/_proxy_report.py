"""The validating proxy's report: JSON Lines at `--report PATH`, and the summary on exit.

One line a finding, written (and flushed) as it happens:

    {"kind": "violation", "operationId": "getCustomer", "method": "GET",
     "path": "/api/v3/1003/customers/7", "status": 200, "where": "response",
     "pointer": "/body/id", "message": "expected type integer, got string (length 1)"}
    {"kind": "drift", "operationId": "getCustomer", "status": 200, "path": "/loyaltyTier",
     "example": {"type": "string", "length": 4}, "count": 1}
    {"kind": "undocumented", "operationId": null, "method": "GET", "path": "/api/v3/1003/products", ...}
    {"kind": "upstream_error", "operationId": "getCustomer", ..., "status": 502, "message": "ConnectError"}

A drift path is written when first seen; when the proxy stops, a path seen again is written
once more with its total `count` (a later line for the same operation, status and path
supersedes an earlier one). Every string is scrubbed of the secrets the report was told about
(the tokens of the requests seen) before it is written.
"""

from __future__ import annotations

import collections
import json
import logging
import re
import threading
from pathlib import Path
from typing import IO, Any
from urllib.parse import unquote_plus

import httpx

from ._drift import DriftRecord

_SECRET_NAME = re.compile(r"token|secret|key|pass|auth|sig|credential|session", re.IGNORECASE)
_SECRET_VALUE = re.compile(r"^(secret|public)_", re.IGNORECASE)
_SEPARATORS = re.compile(r"([&;])")
KINDS = ("violation", "drift", "undocumented", "upstream_error")


def redact_secrets(query: str) -> str:
    """The query with the value of every token-like parameter (`token`, `api_key`, `secret`,
    `password`, ...; or a value like `secret_...`/`public_...`) as `***`."""
    parts = _SEPARATORS.split(query)
    for index in range(0, len(parts), 2):
        name, equals, value = parts[index].partition("=")
        if equals and (_SECRET_NAME.search(unquote_plus(name)) or _SECRET_VALUE.match(unquote_plus(value))):
            parts[index] = f"{name}=***"
    return "".join(parts)


def safe_target(path: str, query: str) -> str:
    """The request's path and its query, redacted."""
    return f"{path}?{redact_secrets(query)}" if query else path


class RedactedURLFilter(logging.Filter):
    """Redacts the query of URLs in httpx's own log records ("HTTP Request: GET <url> ...")."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple) and any(isinstance(arg, httpx.URL) for arg in record.args):
            record.args = tuple(_redacted_url(arg) if isinstance(arg, httpx.URL) else arg for arg in record.args)
        return True


def _redacted_url(url: httpx.URL) -> str:
    query = url.query.decode("latin-1")
    return str(url.copy_with(query=None)) + (f"?{redact_secrets(query)}" if query else "")


def quiet_httpx_urls() -> None:
    """Install `RedactedURLFilter` on the `httpx` logger, once."""
    httpx_logger = logging.getLogger("httpx")
    if not any(isinstance(f, RedactedURLFilter) for f in httpx_logger.filters):
        httpx_logger.addFilter(RedactedURLFilter())


class ProxyReport:
    """Writes findings to `path` (truncated at start; None: count only) and counts them."""

    def __init__(self, path: str | Path | None) -> None:
        self.path = None if path is None else Path(path)
        self._file: IO[str] | None = None
        if self.path is not None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._file = self.path.open("w", encoding="utf-8")
        self._lock = threading.Lock()
        self._secrets: set[str] = set()
        self._written_drift: dict[tuple[str, int, str], int] = {}
        self.counts: collections.Counter[tuple[str, str]] = collections.Counter()

    def forget(self, secret: str) -> None:
        """Never write `secret` (a token seen in a request), whatever record it turns up in."""
        if secret:
            with self._lock:
                self._secrets.add(secret)

    def write(self, record: dict[str, Any]) -> None:
        with self._lock:
            record = self._scrub(record)
            if record["kind"] == "drift":
                key = (str(record["operationId"]), int(record["status"]), str(record["path"]))
                if key not in self._written_drift:
                    self.counts[("drift", str(record["operationId"]))] += 1
                self._written_drift[key] = int(record["count"])
            else:
                self.counts[(record["kind"], str(record.get("operationId") or "-"))] += 1
            if self._file is not None:
                self._file.write(json.dumps(record, ensure_ascii=False) + "\n")
                self._file.flush()

    def finish(self, drift: list[DriftRecord]) -> None:
        """Write the final count of every drift path seen again since its first line; close."""
        for record in drift:
            key = (str(record["operationId"]), int(record["status"]), str(record["path"]))
            if self._written_drift.get(key, 0) != record["count"]:
                self.write(record)
        with self._lock:
            if self._file is not None:
                self._file.close()
                self._file = None

    def total(self, kind: str) -> int:
        return sum(n for (k, _), n in self.counts.items() if k == kind)

    def summary(self) -> str:
        totals = ", ".join(f"{self.total(kind)} {kind.replace('_', ' ')}" for kind in KINDS)
        where = f"; report: {self.path}" if self.path is not None else ""
        lines = [f"ecwid-mock proxy: {totals} (drift counted in field paths){where}"]
        for operation in sorted({op for _, op in self.counts}):
            per_kind = ", ".join(f"{self.counts[(k, operation)]} {k}" for k in KINDS if self.counts[(k, operation)])
            lines.append(f"  {operation:<32} {per_kind}")
        return "\n".join(lines)

    def _scrub(self, value: Any) -> Any:
        if isinstance(value, str):
            for secret in self._secrets:
                value = value.replace(secret, "***")
            return value
        if isinstance(value, dict):
            return {key: self._scrub(item) for key, item in value.items()}
        if isinstance(value, list):
            return [self._scrub(item) for item in value]
        return value
