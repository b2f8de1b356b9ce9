"""ecwid_mock: a stateful mock of Ecwid's REST API v3 customer endpoints.

Validation, scopes and field lists come from the project's OpenAPI document, read at
start-up. `create_app()` builds the ASGI app; `BackgroundServer` runs it on a free port.
"""

from __future__ import annotations

from ._app import DEFAULT_SCOPES, DEFAULT_STORE_ID, DEFAULT_TOKEN, create_app, render_error
from ._errors import (
    CustomerNotFoundError,
    DuplicateEmailError,
    EcwidError,
    InjectedFaultError,
    InsufficientScopeError,
    InvalidTokenError,
    PayloadTooLargeError,
    RateLimitedError,
    SpecError,
    UnsupportedMediaTypeError,
    WrongParameterError,
)
from ._logging import redact_query
from ._server import BackgroundServer, ServerStartError
from ._spec import DEFAULT_SPEC_PATH
from ._store import CustomerStore, ecwid_now

__all__ = [
    "DEFAULT_SCOPES",
    "DEFAULT_SPEC_PATH",
    "DEFAULT_STORE_ID",
    "DEFAULT_TOKEN",
    "BackgroundServer",
    "CustomerNotFoundError",
    "CustomerStore",
    "DuplicateEmailError",
    "EcwidError",
    "InjectedFaultError",
    "InsufficientScopeError",
    "InvalidTokenError",
    "PayloadTooLargeError",
    "RateLimitedError",
    "ServerStartError",
    "SpecError",
    "UnsupportedMediaTypeError",
    "WrongParameterError",
    "create_app",
    "ecwid_now",
    "redact_query",
    "render_error",
]
