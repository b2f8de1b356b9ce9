"""Spec drift from a live run: every response field the target sends that the spec does not declare.

Against a live store (ECWID_BASE_URL ...), the requests session of the property tests
(`ThrottledSession`) and the httpx clients of the scenarios (`make_client`) hand each answer
to `observe`; `ecwid_mock.DriftCollector` walks it against the operation's response schema.
At the end `_report` writes the records to `reports/drift.json` and the report's "Spec drift"
section. Drift is no failure unless ECWID_FAIL_ON_DRIFT=1. Against the embedded mock nothing
is collected (it answers from the spec itself).
"""

from __future__ import annotations

import os
from typing import Any
from urllib.parse import urlsplit

from ecwid_mock import DriftCollector, load_spec

_collector: DriftCollector | None = None


def start(base_url: str) -> None:
    """Collect drift from answers under `base_url` (its path is the API base, e.g. /api/v3)."""
    global _collector
    _collector = DriftCollector(load_spec(), base_path=urlsplit(base_url).path)


def active() -> bool:
    return _collector is not None


def fail_on_drift() -> bool:
    return os.environ.get("ECWID_FAIL_ON_DRIFT", "").strip() == "1"


def observe(method: str, url: str, status: int, content_type: str, content: bytes) -> None:
    if _collector is not None:
        _collector.observe_bytes(method, urlsplit(url).path, status, content_type, content)


def observe_requests(response: Any) -> None:
    """A `requests.Response` (the property tests' session)."""
    if _collector is not None:
        request = response.request
        content_type = response.headers.get("content-type", "")
        observe(str(request.method), str(request.url), response.status_code, content_type, response.content)


def observe_httpx(response: Any) -> None:
    """An `httpx.Response`, as a client's response event hook sees it (body not yet read)."""
    if _collector is not None:
        response.read()
        content_type = response.headers.get("content-type", "")
        observe(
            response.request.method, str(response.request.url), response.status_code, content_type, response.content
        )


def records() -> list[dict[str, Any]]:
    return [] if _collector is None else _collector.records()
