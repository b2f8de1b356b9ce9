"""The ASGI app: routes, the four handlers, and the one exception handler.

Each request goes through the same gate, in Ecwid's order: the route (unknown path 404,
missing method 405 with `Allow`), the token (403 INVALID_API_TOKEN), the rate limit (429),
the path and query parameters (400), the token's store (403 INVALID_API_TOKEN), its scopes
(403 INSUFFICIENT_APP_SCOPE), injected faults (500/503), then the body (413, 415, 400).
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

from . import _spec
from ._errors import (
    EcwidError,
    InsufficientScopeError,
    InvalidTokenError,
    PayloadTooLargeError,
    UnsupportedMediaTypeError,
    WrongParameterError,
)
from ._limits import FaultInjector, RateLimiter
from ._logging import AccessLogMiddleware
from ._store import CustomerStore

DEFAULT_TOKEN = "secret_test"  # noqa: S105 - the documented test token of the mock
DEFAULT_STORE_ID = 1003
DEFAULT_SCOPES = ("create_customers", "read_customers", "update_customers")
MAX_BODY = 1024 * 1024
PREFIX = "/api/v3"
_JSON_TYPES = ("application/json", "text/json")


class EcwidJSONResponse(JSONResponse):
    media_type = "application/json; charset=utf-8"

    def render(self, content: Any) -> bytes:
        return json.dumps(content, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


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
    access_log: bool = True,
) -> Starlette:
    """Build the mock. `tokens` maps each token to its scopes (default: `DEFAULT_TOKEN`)."""
    spec = _spec.load(spec_path)
    if rate_limit < 0 or rate_window <= 0:
        raise ValueError("rate_limit must be >= 0 and rate_window > 0")
    if not 0.0 <= fail_rate <= 1.0:
        raise ValueError("fail_rate must be between 0 and 1")
    scopes_by_token = {t: frozenset(s) for t, s in (tokens or {DEFAULT_TOKEN: DEFAULT_SCOPES}).items()}
    gate = _Gate(spec, store_id, scopes_by_token, RateLimiter(rate_limit, rate_window), FaultInjector(fail_rate, seed))
    customers = store if store is not None else CustomerStore()

    async def create_customer(request: Request) -> EcwidJSONResponse:
        body = await gate.enter(request, "createCustomer")
        return EcwidJSONResponse({"id": customers.create(body)})

    async def get_customer(request: Request) -> EcwidJSONResponse:
        await gate.enter(request, "getCustomer")
        customer = spec.project(customers.get(_customer_id(request)), spec.schema("Customer"), writable=False)
        fields = request.query_params.get("responseFields")
        if fields is not None:
            wanted = {name.strip() for name in fields.split(",") if name.strip()}
            customer = {key: value for key, value in customer.items() if key in wanted}
        return EcwidJSONResponse(customer)

    async def update_customer(request: Request) -> EcwidJSONResponse:
        body = await gate.enter(request, "updateCustomer")
        return EcwidJSONResponse({"updateCount": customers.update(_customer_id(request), body)})

    async def delete_customer(request: Request) -> EcwidJSONResponse:
        await gate.enter(request, "deleteCustomer")
        return EcwidJSONResponse({"deleteCount": customers.delete(_customer_id(request))})

    handlers = {
        "createCustomer": create_customer,
        "getCustomer": get_customer,
        "updateCustomer": update_customer,
        "deleteCustomer": delete_customer,
    }
    routes = [_route(spec, path, handlers) for path in spec.path_methods]
    app = Starlette(routes=routes, exception_handlers={HTTPException: render_error, Exception: render_error})
    if access_log:
        app.add_middleware(AccessLogMiddleware)
    app.state.store = customers
    app.state.rate_limiter = gate.limiter
    app.state.spec = spec
    return app


def _route(spec: _spec.Spec, path: str, handlers: Mapping[str, Any]) -> Route:
    """One route a path; the methods the document gives it, dispatched by method."""
    by_method = {spec.operations[op].method: handlers[op] for op in spec.operations if spec.operations[op].path == path}

    async def endpoint(request: Request) -> EcwidJSONResponse:
        method = "GET" if request.method == "HEAD" else request.method
        result: EcwidJSONResponse = await by_method[method](request)
        return result

    return Route(PREFIX + path, endpoint, methods=sorted(by_method), name=path)


def _customer_id(request: Request) -> int:
    value: int = request.state.params["customerId"]
    return value


async def render_error(request: Request, exc: Exception) -> EcwidJSONResponse:
    """The one exception handler: every error as the spec's `Error` body."""
    if isinstance(exc, HTTPException):
        status, headers = exc.status_code, dict(exc.headers or {})
        message = str(exc.detail)
        code = exc.code if isinstance(exc, EcwidError) else None
        if code is None and not isinstance(exc, EcwidError):
            code = {404: "NOT_FOUND", 405: "METHOD_NOT_ALLOWED"}.get(status)
            message = {404: f"Not found: {request.url.path}", 405: f"Method {request.method} is not allowed"}.get(
                status, message
            )
    else:  # a bug: answer as the service would, without a traceback
        status, headers, message, code = 500, {}, "Internal server error", "INTERNAL_ERROR"
    body = {"errorMessage": message} | ({"errorCode": code} if code else {})
    return EcwidJSONResponse(body, status_code=status, headers=headers)


class _Gate:
    def __init__(
        self,
        spec: _spec.Spec,
        store_id: int,
        tokens: Mapping[str, frozenset[str]],
        limiter: RateLimiter,
        faults: FaultInjector,
    ) -> None:
        self.spec, self.store_id, self.tokens, self.limiter, self.faults = spec, store_id, tokens, limiter, faults

    async def enter(self, request: Request, operation_id: str) -> Any:
        """Check the request in Ecwid's order; answer the body reduced to writable fields."""
        operation = self.spec.operations[operation_id]
        token = _bearer(request.headers.get("authorization", ""))
        if token is None or token not in self.tokens:
            raise InvalidTokenError
        self.limiter.check(token)
        params = _spec.check_params(operation, request.path_params, request.query_params)
        request.state.params = params
        if params.get("storeId") != self.store_id:
            raise InvalidTokenError("API token does not belong to this store")
        missing = [scope for scope in operation.scopes if scope not in self.tokens[token]]
        if missing:
            raise InsufficientScopeError(missing)
        self.faults.check()
        if operation.body is None:
            return None
        body = await _read_json(request)
        _spec.check_body(operation, body)
        return self.spec.project(body, operation.body_schema, writable=True)


def _bearer(header: str) -> str | None:
    scheme, _, token = header.strip().partition(" ")
    token = token.strip()
    return token if scheme.lower() == "bearer" and token else None


async def _read_json(request: Request) -> Any:
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > MAX_BODY:
        raise PayloadTooLargeError(MAX_BODY)
    media_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if media_type not in _JSON_TYPES:
        raise UnsupportedMediaTypeError
    raw = bytearray()
    async for chunk in request.stream():
        raw += chunk
        if len(raw) > MAX_BODY:
            raise PayloadTooLargeError(MAX_BODY)
    if not raw.strip():
        raise WrongParameterError("Request body is required")
    try:
        return json.loads(raw)
    except (ValueError, RecursionError):
        raise WrongParameterError("Request body is not valid JSON") from None
