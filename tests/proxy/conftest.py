"""Fixtures for the validating proxy: an upstream the test controls (the mock, a broken variant,
or one that adds fields), the proxy in front of it, both on 127.0.0.1 and free ports, and a
recorder of exactly what the upstream sent, to compare with what the caller got."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest

from ecwid_mock import DEFAULT_STORE_ID, DEFAULT_TOKEN, BackgroundServer, ProxyApp, create_app, create_proxy_app

AUTH = {"Authorization": f"Bearer {DEFAULT_TOKEN}"}
STORE = DEFAULT_STORE_ID
# The upstream's own uvicorn adds no Server/Date here, so what it sent is exactly the app's answer.
BARE = {"server_header": False, "date_header": False}

Scope = dict[str, Any]
ASGI = Callable[..., Any]


@dataclass
class Sent:
    status: int
    headers: list[tuple[str, str]]
    body: bytes


@dataclass
class Recorder:
    """Wraps an ASGI app and keeps every answer it sends, in order."""

    app: ASGI
    sent: list[Sent] = field(default_factory=list)

    async def __call__(self, scope: Scope, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        answer = Sent(0, [], b"")

        async def capture(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                answer.status = message["status"]
                answer.headers = [(k.decode("latin-1"), v.decode("latin-1")) for k, v in message.get("headers", [])]
            elif message["type"] == "http.response.body":
                answer.body += message.get("body", b"")
                if not message.get("more_body"):
                    self.sent.append(answer)
            await send(message)

        await self.app(scope, receive, capture)


@dataclass
class Proxied:
    upstream: BackgroundServer
    proxy_server: BackgroundServer
    proxy: ProxyApp
    recorder: Recorder
    report: Path
    http: httpx.Client  # to the proxy, with the default token
    direct: httpx.Client  # to the upstream itself, with the default token

    def records(self, kind: str | None = None) -> list[dict[str, Any]]:
        lines = [json.loads(line) for line in self.report.read_text(encoding="utf-8").splitlines() if line]
        return [r for r in lines if kind is None or r["kind"] == kind]

    def assert_passed_unchanged(self, response: httpx.Response, raw: bytes | None = None) -> None:
        """The caller got the upstream's last answer: status, headers and body bytes (`raw`:
        the bytes as they came on the wire, where they are encoded)."""
        sent = self.recorder.sent[-1]
        assert response.status_code == sent.status
        expected = b"" if response.request.method == "HEAD" else sent.body  # uvicorn sends no HEAD body
        assert (response.content if raw is None else raw) == expected
        assert [(k.lower(), v) for k, v in response.headers.multi_items()] == [(k.lower(), v) for k, v in sent.headers]


StartProxy = Callable[..., Proxied]


@pytest.fixture
def start_proxy(tmp_path: Path) -> Iterator[StartProxy]:
    """`start_proxy(upstream_app, bare=True)`: the app behind a proxy; everything stops after the test."""
    with ExitStack() as stack:

        def start(upstream_app: ASGI | None = None, *, bare: bool = True, **proxy_options: Any) -> Proxied:
            recorder = Recorder(upstream_app or create_app(rate_limit=0, access_log=False))
            upstream = stack.enter_context(BackgroundServer(recorder, options=BARE if bare else None))
            report = tmp_path / f"report-{len(list(tmp_path.iterdir()))}.jsonl"
            proxy = create_proxy_app(upstream.base_url, report=report, **proxy_options)
            options = {**BARE, "lifespan": "on"}
            proxy_server = stack.enter_context(BackgroundServer(proxy, options=options))
            base = f"/{STORE}"
            http = stack.enter_context(httpx.Client(base_url=proxy_server.base_url + base, headers=AUTH, timeout=10))
            direct = stack.enter_context(httpx.Client(base_url=upstream.base_url + base, headers=AUTH, timeout=10))
            return Proxied(upstream, proxy_server, proxy, recorder, report, http, direct)

        yield start


@pytest.fixture
def proxied(start_proxy: StartProxy) -> Proxied:
    """The proxy in front of a faithful upstream: the mock itself."""
    return start_proxy()
