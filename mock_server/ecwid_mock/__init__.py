"""ecwid_mock: a stateful mock of Ecwid's REST API v3 customer and customer-group endpoints.

Validation, scopes and field lists come from the project's OpenAPI document, read at
start-up (`DEFAULT_SPEC_PATH`, or `spec_path=` / `--spec`).

    create_app(...)      the Starlette app; `app.state.store` is its `CustomerStore`
    CustomerStore        all of the mock's state (customers, groups, languages), with `reset()`
    BackgroundServer     runs an ASGI app under uvicorn on 127.0.0.1 and a free port, in a thread
    DEFAULT_TOKEN        `secret_test`, with `DEFAULT_SCOPES`, for store `DEFAULT_STORE_ID` (1003)
    ecwid-mock           the console script (`ecwid_mock._cli:main`)

The sandbox (`--data`, `--seed-file`, the control API under `/__mock/`):

    open_store(spec, data=..., seed_file=..., seed_mode=...)   the store, persisted and seeded
    SqliteBackend, MemoryBackend   where the store keeps its state (`CustomerStore(backend=...)`)
    Seed, read_seed, read_seed_file   seeds, validated against the spec's request schemas

The validating proxy (`ecwid-mock --upstream URL --report PATH`) and drift:

    create_proxy_app(upstream, report=...)   forwards to a live store, checks both directions
    ProxyReport          its JSON Lines findings and the summary printed on exit
    DriftCollector       counts response fields the document does not declare, per operation
    read_drift / merge_drift / write_drift / drift_table   drift records in and out
    compile_responses, OperationIndex        the documented answers; (method, path) -> operation

Errors are `EcwidError`s (see `ecwid_mock._errors` for the hierarchy), each rendered as the
spec's `Error` body by `render_error`, the app's one exception handler.
"""

from __future__ import annotations

from ._app import DEFAULT_SCOPES, DEFAULT_STORE_ID, DEFAULT_TOKEN, create_app, render_error
from ._customers import ecwid_now
from ._drift import DriftCollector, drift_table, merge_drift, read_drift, undeclared, write_drift
from ._errors import (
    ControlForbiddenError,
    CustomerGroupNotFoundError,
    CustomerNotFoundError,
    DuplicateEmailError,
    EcwidError,
    InjectedFaultError,
    InsufficientScopeError,
    InvalidTokenError,
    LanguageNotAllowedError,
    NoSeedError,
    PayloadTooLargeError,
    RateLimitedError,
    SeedError,
    ServerStartError,
    SpecError,
    StoreDataError,
    UnsupportedMediaTypeError,
    WrongParameterError,
)
from ._logging import redact_query
from ._persist import MemoryBackend, SqliteBackend
from ._proxy import ProxyApp, create_proxy_app
from ._proxy_report import ProxyReport
from ._responses import OperationIndex, ResponseRules, compile_responses
from ._sandbox import control_allowed, open_store
from ._seed import Seed, read_seed, read_seed_file
from ._server import BackgroundServer
from ._spec import DEFAULT_SPEC_PATH
from ._spec import load as load_spec
from ._store import DEFAULT_LANGUAGES, CustomerStore

__all__ = [
    "DEFAULT_LANGUAGES",
    "DEFAULT_SCOPES",
    "DEFAULT_SPEC_PATH",
    "DEFAULT_STORE_ID",
    "DEFAULT_TOKEN",
    "BackgroundServer",
    "ControlForbiddenError",
    "CustomerGroupNotFoundError",
    "CustomerNotFoundError",
    "CustomerStore",
    "DriftCollector",
    "DuplicateEmailError",
    "EcwidError",
    "InjectedFaultError",
    "InsufficientScopeError",
    "InvalidTokenError",
    "LanguageNotAllowedError",
    "MemoryBackend",
    "NoSeedError",
    "OperationIndex",
    "PayloadTooLargeError",
    "ProxyApp",
    "ProxyReport",
    "RateLimitedError",
    "ResponseRules",
    "Seed",
    "SeedError",
    "ServerStartError",
    "SpecError",
    "SqliteBackend",
    "StoreDataError",
    "UnsupportedMediaTypeError",
    "WrongParameterError",
    "compile_responses",
    "control_allowed",
    "create_app",
    "create_proxy_app",
    "drift_table",
    "ecwid_now",
    "load_spec",
    "merge_drift",
    "open_store",
    "read_drift",
    "read_seed",
    "read_seed_file",
    "redact_query",
    "render_error",
    "undeclared",
    "write_drift",
]
