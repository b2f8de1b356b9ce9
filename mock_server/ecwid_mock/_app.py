"""The ASGI app: routes, the gate every request passes, and the one exception handler.

Every request passes the same gate, in this order (the first failure answers):

 0. HTTP limits (`_http`): URL over 8 KiB 414, headers past their limits 431
 1. route: unknown path 404 `NOT_FOUND`; a method the path lacks 405 `METHOD_NOT_ALLOWED`
    with `Allow` (HEAD is served as GET where GET is, as HTTP asks)
 2. token: missing, unknown, or not `Bearer` 403 `INVALID_API_TOKEN`
 3. rate limit: 429 `RATE_LIMITED` with `Retry-After`
 4. parameters: path (and query) parameters that break the document 400 `WRONG_PARAMETER`
 5. store: the path's storeId is not the token's store 403 `INVALID_API_TOKEN`
 6. scopes: 403 `INSUFFICIENT_APP_SCOPE`
 7. injected fault: 500 `INTERNAL_ERROR` or 503
 8. body (`_body`): over 1 MiB 413, not JSON 415, malformed, unstorable (too deep, lone
    surrogates) or breaking the document 400
 9. the operation (`_handlers`, one per operationId): 400 `LANGUAGES_NOT_ALLOWED`, 404 unknown
    customer or group, 409 duplicate email

Parameters (4) come before the store (5): a storeId that is no store id at all ("abc", 0) is
a malformed request, and its 400 names the parameter; a well-formed id of another store is 403.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Mapping
from typing import Any

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from . import _control, _handlers, _spec
from ._body import read_json
from ._errors import (
    EcwidError,
    InsufficientScopeError,
    InvalidTokenError,
    SpecError,
)
from ._http import ErrorBoundaryMiddleware, HttpLimitsMiddleware, bearer_token
from ._limits import FaultInjector, RateLimiter
from ._logging import AccessLogMiddleware
from ._store import DEFAULT_LANGUAGES, CustomerStore

DEFAULT_TOKEN = "secret_test"  # noqa: S105 - the documented test token of the mock
DEFAULT_STORE_ID = 1003
DEFAULT_SCOPES = ("create_customers", "read_customers", "update_customers")
PREFIX = "/api/v3"

Handler = _handlers.Handler


class EcwidJSONResponse(JSONResponse):
    media_type = "application/json; charset=utf-8"

    def render(self, content: Any) -> bytes:
        try:
            return json.dumps(content, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate, sent as "\ud800": answer it escaped
            return json.dumps(content, separators=(",", ":")).encode("ascii")


def create_app(
    *,
    spec_path: str | os.PathLike[str] | None = None,
    store_id: int = DEFAULT_STORE_ID,
    tokens: Mapping[str, Iterable[str]] | None = None,
    rate_limit: int = 600,
    rate_window: float = 60.0,
    fail_rate: float = 0.0,
    seed: int | None = None,
    store: CustomerStore | None = None,
    languages: Iterable[str] | None = DEFAULT_LANGUAGES,
    access_log: bool = True,
    control: bool = True,
    control_token: str | None = None,
) -> Starlette:
    """Build the mock. `tokens` maps each token to its scopes (None: `DEFAULT_TOKEN`, all scopes);
    `languages` are the store's enabled language codes (None: any; ignored when `store` is given).
    `control` serves the control API under `/__mock/` (`_control`), behind `control_token` if given.

    Raises `SpecError` when the document cannot be read or lacks an operation the mock serves,
    `ValueError` for settings out of range. `app.state.store` is the store.
    """
    spec = _spec.load(spec_path)
    if store_id < 1:
        raise ValueError("store_id must be a positive integer")
    limiter, faults = RateLimiter(rate_limit, rate_window), FaultInjector(fail_rate)
    given = tokens if tokens is not None else {DEFAULT_TOKEN: DEFAULT_SCOPES}
    scopes_by_token = {token: frozenset(scopes) for token, scopes in given.items()}
    customers = store if store is not None else CustomerStore(languages)
    customers.fault_dice.seed(seed)
    gate = Gate(spec, store_id, scopes_by_token, limiter, faults, customers)

    by_operation = _handlers.handlers(gate, customers, spec, EcwidJSONResponse)
    missing = sorted(set(by_operation) - set(spec.operations))
    if missing:
        raise SpecError(f"the OpenAPI document lacks the operation(s) the mock serves: {', '.join(missing)}")
    by_path: dict[str, dict[str, Handler]] = {}
    for operation in spec.operations.values():
        if operation.operation_id in by_operation:  # operations the mock does not serve answer 405
            by_path.setdefault(operation.path, {})[operation.method] = by_operation[operation.operation_id]
    routes = [_route(path, methods) for path, methods in by_path.items()]
    if control:
        routes += _control.routes(customers, spec, limiter, faults, EcwidJSONResponse, control_token)
    app = Starlette(routes=routes, exception_handlers={HTTPException: render_error})
    app.router.redirect_slashes = False  # `/customers/1/` is an unknown path (JSON 404), not a redirect
    app.add_middleware(ErrorBoundaryMiddleware)  # a bug: JSON 500, and the connection stays open
    app.add_middleware(HttpLimitsMiddleware)  # 414/431 past the limits of `_http`, whatever the server
    if access_log or control:
        journal = customers.journal if control else None
        app.add_middleware(AccessLogMiddleware, journal=journal, log=access_log)
    app.state.store = customers
    app.state.spec = spec
    return app


def _route(path: str, by_method: Mapping[str, Handler]) -> Route:
    """One route a path, for the methods the document gives it (HEAD too where GET is)."""

    async def endpoint(request: Request) -> JSONResponse:
        return await by_method["GET" if request.method == "HEAD" else request.method](request)

    return Route(PREFIX + path, endpoint, methods=sorted(by_method), name=path)


async def render_error(request: Request, exc: Exception) -> EcwidJSONResponse:
    """The one exception handler: every error as the spec's `Error` body."""
    if isinstance(exc, EcwidError):
        status, headers, message, code = exc.status_code, dict(exc.headers or {}), str(exc.detail), exc.code
    elif isinstance(exc, HTTPException):  # routing: unknown path, method the path lacks
        status, headers = exc.status_code, dict(exc.headers or {})
        message, code = str(exc.detail), None
        if status == 404:
            message, code = f"Not found: {request.scope['path'][:200]}", "NOT_FOUND"  # never the Host header
        elif status == 405:
            allowed = sorted(m.strip() for m in headers.get("Allow", "").split(",") if m.strip())
            headers["Allow"] = ", ".join(allowed)
            message, code = f"Method {request.method} is not allowed; allowed: {headers['Allow']}", "METHOD_NOT_ALLOWED"
    else:  # not reached: other exceptions are answered by `ErrorBoundaryMiddleware`
        status, headers, message, code = 500, {}, "Internal server error", "INTERNAL_ERROR"
    body = {"errorMessage": message} | ({"errorCode": code} if code else {})
    return EcwidJSONResponse(body, status_code=status, headers=headers)


class Gate:
    """The checks every request passes before its operation runs, in the module's order."""

    def __init__(
        self,
        spec: _spec.Spec,
        store_id: int,
        tokens: Mapping[str, frozenset[str]],
        limiter: RateLimiter,
        faults: FaultInjector,
        store: CustomerStore,
    ) -> None:
        self.spec, self.store_id, self.tokens = spec, store_id, tokens
        self.limiter, self.faults, self.store = limiter, faults, store

    async def enter(self, request: Request, operation_id: str) -> Any:
        """Check the request; answer its body reduced to the writable fields (None without one)."""
        operation = self.spec.operations[operation_id]
        request.state.operation_id = operation_id  # for the request journal
        token = bearer_token(request.headers.get("authorization", ""))
        if token is None or token not in self.tokens:
            raise InvalidTokenError
        self.limiter.check(self.store.request_windows, token)
        params = _spec.check_params(operation, request.path_params, request.query_params, request.headers)
        request.state.params = params
        if params.get("storeId") != self.store_id:
            raise InvalidTokenError("API token does not belong to this store")
        missing = [scope for scope in operation.scopes if scope not in self.tokens[token]]
        if missing:
            raise InsufficientScopeError(missing)
        self.faults.check(self.store.fault_dice)
        if operation.body is None:
            return None
        body = await read_json(request)
        _spec.check_body(operation, body)
        return self.spec.project(body, operation.body_schema, writable=True)
