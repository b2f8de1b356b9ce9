"""Every error the mock answers, rendered as the spec's `Error` body by one handler.

Hierarchy (each a noun ending in `Error`; `status` and `code` are what the client sees):

    starlette.exceptions.HTTPException
    └── EcwidError                      base: status, errorMessage, errorCode, headers
        ├── WrongParameterError         400 WRONG_PARAMETER
        ├── LanguageNotAllowedError     400 LANGUAGES_NOT_ALLOWED
        ├── InvalidTokenError           403 INVALID_API_TOKEN
        ├── ControlForbiddenError       403, the control API without its --control-token
        ├── InsufficientScopeError      403 INSUFFICIENT_APP_SCOPE
        ├── CustomerNotFoundError       404 "Customer #N not found"
        ├── CustomerGroupNotFoundError  404 "Customer group #N not found"
        ├── DuplicateEmailError         409
        ├── NoSeedError                 409, POST /__mock/reset?to=seed with no seed loaded
        ├── PayloadTooLargeError        413
        ├── UnsupportedMediaTypeError   415
        ├── RateLimitedError            429 RATE_LIMITED, Retry-After
        └── InjectedFaultError          500 INTERNAL_ERROR or 503, from --fail-rate

    Exception
    ├── SpecError                       the OpenAPI document cannot drive the mock (start-up)
    ├── StoreDataError                  a --data database that cannot be used (newer, not SQLite)
    ├── SeedError                       a seed that cannot be loaded, naming the record and field
    └── ServerStartError                `BackgroundServer` did not come up in time

Routing errors (unknown path 404 `NOT_FOUND`, method not allowed 405 `METHOD_NOT_ALLOWED`
with `Allow`) are Starlette's own HTTPExceptions, rendered by the same handler. Anything else
(a bug) is answered 500 `INTERNAL_ERROR` by `_http.ErrorBoundaryMiddleware`, never with a
traceback and without closing the connection; the HTTP limits (414, 431) are in `_http` too.
"""

from __future__ import annotations

import json
from collections.abc import Mapping

from starlette.exceptions import HTTPException


class EcwidError(HTTPException):
    code: str | None = None

    def __init__(
        self, status: int, message: str, code: str | None = None, headers: Mapping[str, str] | None = None
    ) -> None:
        super().__init__(status_code=status, detail=message, headers=dict(headers or {}))
        self.code = code if code is not None else type(self).code


class WrongParameterError(EcwidError):
    code = "WRONG_PARAMETER"

    def __init__(self, message: str) -> None:
        super().__init__(400, message)


class LanguageNotAllowedError(EcwidError):
    code = "LANGUAGES_NOT_ALLOWED"

    def __init__(self, lang: str, enabled: list[str]) -> None:
        shown = json.dumps(lang[:50], ensure_ascii=True)
        super().__init__(400, f"Language {shown} is not enabled in the store; enabled: {', '.join(enabled)}")


class InvalidTokenError(EcwidError):
    code = "INVALID_API_TOKEN"

    def __init__(self, message: str = "API token is invalid or missing") -> None:
        super().__init__(403, message)


class InsufficientScopeError(EcwidError):
    code = "INSUFFICIENT_APP_SCOPE"

    def __init__(self, missing: list[str]) -> None:
        needs = ", ".join(f"'{scope}'" for scope in missing)
        super().__init__(403, f"Insufficient access scope: this request needs {needs}")


class CustomerNotFoundError(EcwidError):
    def __init__(self, customer_id: int) -> None:
        super().__init__(404, f"Customer #{customer_id} not found")


class CustomerGroupNotFoundError(EcwidError):
    def __init__(self, group_id: int) -> None:
        super().__init__(404, f"Customer group #{group_id} not found")


class DuplicateEmailError(EcwidError):
    def __init__(self) -> None:
        super().__init__(409, "The customer with the given email already exists")


class PayloadTooLargeError(EcwidError):
    def __init__(self, limit: int) -> None:
        super().__init__(413, f"Request body is too large: the limit is {limit} bytes")


class UnsupportedMediaTypeError(EcwidError):
    def __init__(self) -> None:
        super().__init__(415, "Unsupported content-type: expected application/json or text/json")


class RateLimitedError(EcwidError):
    code = "RATE_LIMITED"

    def __init__(self, retry_after: int) -> None:
        super().__init__(429, "Too many requests", headers={"Retry-After": str(retry_after)})


class InjectedFaultError(EcwidError):
    def __init__(self, status: int) -> None:
        if status == 503:
            super().__init__(503, "Service temporarily unavailable", headers={"Retry-After": "1"})
        else:
            super().__init__(500, "Internal server error (injected by --fail-rate)", code="INTERNAL_ERROR")


class ControlForbiddenError(EcwidError):
    def __init__(self) -> None:
        super().__init__(403, "The control API needs its own token: Authorization: Bearer <control token>")


class NoSeedError(EcwidError):
    def __init__(self) -> None:
        super().__init__(409, "No seed is loaded: reset to empty (POST /__mock/reset), or load one first")


class SpecError(Exception):
    """The OpenAPI document is missing or does not describe what the mock serves."""


class StoreDataError(Exception):
    """The --data database cannot be used: written by a newer mock, or not a database at all."""


class SeedError(Exception):
    """A seed cannot be loaded; the message names the record and the field. Nothing was loaded."""


class ServerStartError(Exception):
    """The server did not come up in time."""
