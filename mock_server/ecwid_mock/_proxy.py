"""The validating proxy: forward every request upstream, check both directions against the
document, and pass the answer back unchanged.

    app = create_proxy_app("https://app.ecwid.com/api/v3", report="reports/proxy.jsonl")

`/api/v3/<rest>` goes to `<upstream>/<rest>` with its method, query, body bytes and headers
(the caller's `Authorization` too; hop-by-hop headers dropped, `Host` the upstream's): one
attempt, no redirects followed, bounded timeouts. The caller gets the upstream's status,
headers (less hop-by-hop ones) and body bytes as they came, still encoded if they were.
Findings (`_proxy_report`): request violations (`_requests`), response violations (status,
content type, headers, schema: `_responses`), drift (`_drift`), undocumented routes (still
forwarded), and upstream errors (answered 502, or 504 on a timeout, in Ecwid's error shape).
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Awaitable, Callable, MutableMapping
from pathlib import Path
from typing import Any

import httpx
from starlette.datastructures import Headers, QueryParams

from . import _spec
from ._app import PREFIX
from ._drift import DriftCollector
from ._http import bearer_token
from ._logging import AccessLogMiddleware
from ._proxy_report import ProxyReport, quiet_httpx_urls, redact_secrets, safe_target
from ._requests import check_request
from ._responses import OperationIndex, Problem, compile_responses

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

logger = logging.getLogger("ecwid_mock.proxy")
HOP_BY_HOP = frozenset(
    {
        "connection",
        "keep-alive",
        "proxy-authenticate",
        "proxy-authorization",
        "te",
        "trailer",
        "trailers",
        "transfer-encoding",
        "upgrade",
        "proxy-connection",
    }
)
_NOT_FORWARDED = HOP_BY_HOP | {"host", "content-length"}
_HTTPX_DEFAULTS = ("accept", "accept-encoding", "user-agent")  # httpx adds these; send only the caller's


class ProxyApp:
    """The ASGI app `create_proxy_app` builds; `report` holds the findings, `close()` ends it."""

    def __init__(
        self,
        upstream: str,
        report: ProxyReport,
        spec: _spec.Spec,
        timeout: httpx.Timeout,
        *,
        access_log: bool = True,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.upstream = upstream.rstrip("/")
        self.report, self.spec = report, spec
        self.index = OperationIndex(spec, PREFIX)
        self.rules = compile_responses(spec)
        self.drift = DriftCollector(spec, PREFIX)
        self._timeout, self._transport = timeout, transport
        self._client: httpx.AsyncClient | None = None
        self._closed = False
        self.on_close: Callable[[], None] | None = None  # the CLI prints its summary here
        self._handler: Callable[[Scope, Receive, Send], Awaitable[None]] = (
            AccessLogMiddleware(self._dispatch, redact_secrets) if access_log else self._dispatch
        )
        quiet_httpx_urls()  # httpx logs each upstream URL at INFO: never with a token in its query

    def __repr__(self) -> str:
        return f"<ProxyApp upstream={self.upstream}>"

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await self._handler(scope, receive, send)

    async def _dispatch(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await self._lifespan(receive, send)
        elif scope["type"] == "http":
            await self._exchange(scope, receive, send)

    def close(self) -> None:
        """Write the drift paths' final counts, close the report, run `on_close` (once)."""
        if self._closed:
            return
        self._closed = True
        self.report.finish(self.drift.records())
        if self.on_close is not None:
            self.on_close()

    async def aclose(self) -> None:
        if self._client is not None:
            await self._client.aclose()
            self._client = None
        self.close()

    async def _lifespan(self, receive: Receive, send: Send) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await self.aclose()
                await send({"type": "lifespan.shutdown.complete"})
                return

    def _http(self) -> httpx.AsyncClient:
        if self._client is None:
            self._client = httpx.AsyncClient(
                timeout=self._timeout, follow_redirects=False, trust_env=False, transport=self._transport
            )
        return self._client

    async def _exchange(self, scope: Scope, receive: Receive, send: Send) -> None:
        body = await _read_body(receive)
        method: str = scope["method"]
        headers = Headers(scope=scope)
        token = bearer_token(headers.get("authorization", ""))
        self.report.forget(token or "")
        query = scope.get("query_string", b"").decode("latin-1")
        shown = safe_target(scope["path"], query)
        found = self.index.match(method, scope["path"])
        context = {"operationId": found[0].operation_id if found else None, "method": method, "path": shown}
        if found is None:
            self.report.write(
                {
                    "kind": "undocumented",
                    **context,
                    "status": None,
                    "where": "request",
                    "pointer": "",
                    "message": f"no operation of the document matches {method} {scope['path']}",
                }
            )
        else:
            self._guard(self._check_request, context, found, query, headers, body, token)
        try:
            answer = await self._forward(scope, headers, body, query)
        except httpx.TimeoutException as exc:
            await self._gateway_error(send, context, 504, f"Upstream timed out ({type(exc).__name__})")
            return
        except httpx.HTTPError as exc:
            await self._gateway_error(send, context, 502, f"Upstream unreachable ({type(exc).__name__})")
            return
        status, raw_headers, raw_body = answer
        if found is not None:
            self._guard(self._check_response, {**context, "status": status}, found[0], raw_headers, raw_body, method)
        out = [(k, v) for k, v in raw_headers if k.decode("latin-1").lower() not in HOP_BY_HOP]
        await send({"type": "http.response.start", "status": status, "headers": out})
        await send({"type": "http.response.body", "body": b"" if method == "HEAD" else raw_body})

    async def _forward(
        self, scope: Scope, headers: Headers, body: bytes, query: str
    ) -> tuple[int, list[tuple[bytes, bytes]], bytes]:
        raw_path: bytes = scope.get("raw_path") or scope["path"].encode()
        rest = raw_path.decode("latin-1")
        if rest == PREFIX or rest.startswith(PREFIX + "/"):
            rest = rest[len(PREFIX) :]
        connection = {t.strip().lower() for t in headers.get("connection", "").split(",")}
        forwarded = [
            (k, v)
            for k, v in scope["headers"]
            if (name := k.decode("latin-1").lower()) not in _NOT_FORWARDED and name not in connection
        ]
        client = self._http()
        url = httpx.URL(self.upstream + rest, query=query.encode("latin-1"))
        request = client.build_request(scope["method"], url, headers=forwarded, content=body)
        for name in _HTTPX_DEFAULTS:
            if name not in headers:
                del request.headers[name]
        response = await client.send(request, stream=True)
        try:
            raw = b"".join([chunk async for chunk in response.aiter_raw()])
        finally:
            await response.aclose()
        return response.status_code, list(response.headers.raw), raw

    def _check_request(
        self,
        context: dict[str, Any],
        found: tuple[_spec.Operation, dict[str, str]],
        query: str,
        headers: Headers,
        body: bytes,
        token: str | None,
    ) -> None:
        operation, path_params = found
        has_token = token is not None
        problems = check_request(
            self.spec, operation, path_params, QueryParams(query), headers, body, has_token=has_token
        )
        for problem in problems:
            self.report.write({"kind": "violation", **context, "status": None, "where": "request", **_finding(problem)})

    def _check_response(
        self,
        context: dict[str, Any],
        operation: _spec.Operation,
        raw_headers: list[tuple[bytes, bytes]],
        raw: bytes,
        method: str,
    ) -> None:
        status, headers = context["status"], httpx.Headers(raw_headers)
        record = {"kind": "violation", **context, "where": "response"}
        try:
            body = httpx.Response(status, headers=headers, content=raw).content  # undo any Content-Encoding
        except httpx.DecodingError:
            message = f"the body cannot be decoded as {headers.get('content-encoding')}"
            self.report.write({**record, "pointer": "/body", "message": message})
            return
        has_body = method != "HEAD"
        for problem in self.rules[operation.operation_id].check(status, headers, body, has_body=has_body):
            self.report.write({**record, **_finding(problem)})
        if has_body and "json" in headers.get("content-type", "").lower():
            try:
                document = json.loads(body)
            except (ValueError, RecursionError):
                return  # reported above
            for drift in self.drift.observe_operation(operation.operation_id, status, document):
                self.report.write(drift)

    def _guard(self, check: Callable[..., None], context: dict[str, Any], *args: Any) -> None:
        """A check that fails must not stop the request: the proxy forwards whatever it is sent."""
        try:
            check(context, *args)
        except Exception as exc:  # the caller still gets the upstream's answer
            logger.error("the proxy could not check %s %s: %s", context["method"], context["path"], type(exc).__name__)

    async def _gateway_error(self, send: Send, context: dict[str, Any], status: int, message: str) -> None:
        code = "UPSTREAM_TIMEOUT" if status == 504 else "UPSTREAM_UNREACHABLE"
        self.report.write(
            {
                "kind": "upstream_error",
                **context,
                "status": status,
                "where": "upstream",
                "pointer": "",
                "message": message,
            }
        )
        payload = json.dumps({"errorMessage": message, "errorCode": code}).encode()
        headers = [
            (b"content-type", b"application/json; charset=utf-8"),
            (b"content-length", str(len(payload)).encode()),
        ]
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": payload})


def create_proxy_app(
    upstream: str,
    *,
    report: str | os.PathLike[str] | ProxyReport | None = None,
    spec_path: str | os.PathLike[str] | None = None,
    timeout: float = 30.0,
    connect_timeout: float = 10.0,
    access_log: bool = True,
    transport: httpx.AsyncBaseTransport | None = None,
) -> ProxyApp:
    """The proxy to `upstream` (an API base such as https://app.ecwid.com/api/v3), an ASGI app.

    `app.report` holds the findings; `app.close()` (or the ASGI lifespan's shutdown) writes
    the drift paths' final counts. Raises `SpecError` when the document cannot be read.
    """
    if not upstream.startswith(("http://", "https://")):
        raise ValueError(f"the upstream must be an http(s) URL, got {upstream!r}")
    sink = report if isinstance(report, ProxyReport) else ProxyReport(None if report is None else Path(report))
    limits = httpx.Timeout(timeout, connect=connect_timeout)
    return ProxyApp(upstream, sink, _spec.load(spec_path), limits, access_log=access_log, transport=transport)


async def _read_body(receive: Receive) -> bytes:
    body = bytearray()
    while True:
        message = await receive()
        if message["type"] != "http.request":
            break
        body += message.get("body", b"")
        if not message.get("more_body"):
            break
    return bytes(body)


def _finding(problem: Problem) -> dict[str, str]:
    return {"pointer": problem.pointer, "message": problem.message}
