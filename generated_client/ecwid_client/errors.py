"""Errors raised by the client.

Hierarchy (every one a noun ending in ``Error``)::

    EcwidClientError                 base of everything the client raises on purpose
    ├── ApiError                     the server answered an error status: status_code, error_code,
    │   │                            error_message, retry_after, content
    │   ├── BadRequestError          400 (e.g. WRONG_PARAMETER)
    │   ├── PermissionDeniedError    403 (INVALID_API_TOKEN, INSUFFICIENT_APP_SCOPE)
    │   ├── NotFoundError            404
    │   ├── ConflictError            409 (duplicate email)
    │   ├── RateLimitError           429 (RATE_LIMITED; retried by the client first)
    │   └── ServerError              5xx
    ├── UnexpectedStatusError        a status the OpenAPI document does not list
    │                                (alias: UnexpectedStatus, the generator's name)
    ├── MalformedResponseError       a success status whose body is not what the document says
    └── PagingError                  a paging iterator did not end within ``max_pages`` pages

``sync_or_raise`` / ``asyncio_or_raise`` in each operation module answer the success model
and raise an ``ApiError`` otherwise. No request header (so no token) is ever part of an error.
"""

from __future__ import annotations

import json
import math
from typing import Any, TypeVar

import httpx

from .client import retry_after_seconds
from .types import Response

T = TypeVar("T")
_MAX_CONTENT_IN_MESSAGE = 500


class EcwidClientError(Exception):
    """Base class of the client's errors."""


class ApiError(EcwidClientError):
    """The API answered an error status (4xx or 5xx, or a body that is not the success model)."""

    def __init__(
        self,
        status_code: int,
        error_message: str,
        error_code: str | None = None,
        *,
        retry_after: float | None = None,
        content: bytes = b"",
    ) -> None:
        self.status_code = status_code
        self.error_message = error_message
        self.error_code = error_code
        self.retry_after = retry_after
        self.content = content
        code = f" {error_code}" if error_code else ""
        super().__init__(f"{status_code}{code}: {_shorten(error_message)}")


class BadRequestError(ApiError):
    """400: a parameter or the body is malformed."""


class PermissionDeniedError(ApiError):
    """403: the token is missing, unknown, of another store, or lacks a scope."""


class NotFoundError(ApiError):
    """404: no such customer (or store)."""


class ConflictError(ApiError):
    """409: another customer already has this email."""


class RateLimitError(ApiError):
    """429: too many requests; ``retry_after`` says how many seconds to wait (None if not said)."""


class ServerError(ApiError):
    """5xx: the service failed."""


class UnexpectedStatusError(EcwidClientError):
    """Raised by api functions when the response status is not documented in the OpenAPI document
    and ``Client.raise_on_unexpected_status`` is True."""

    def __init__(self, status_code: int, content: bytes) -> None:
        self.status_code = status_code
        self.content = content
        super().__init__(f"Unexpected status code: {status_code}\n\nResponse content:\n{_text(content)}")


UnexpectedStatus = UnexpectedStatusError


DEFAULT_MAX_PAGES = 10_000  # the bound of the paging iterators: a million items at 100 a page


class PagingError(EcwidClientError):
    """A paging iterator (``sync_iter`` / ``asyncio_iter``) did not reach the end within ``max_pages``."""


class MalformedResponseError(EcwidClientError):
    """A success status whose body does not parse as the document's model (not JSON, a required
    field missing, the wrong shape)."""

    def __init__(self, status_code: int, content: bytes, cause: Exception) -> None:
        self.status_code = status_code
        self.content = content
        reason = _shorten(f"{type(cause).__name__}: {cause}")
        super().__init__(f"Malformed {status_code} response ({reason}):\n{_text(content)}")


def _shorten(text: str) -> str:
    """``text`` cut for an exception message: a server's body can be of any size."""
    return text if len(text) <= _MAX_CONTENT_IN_MESSAGE else text[:_MAX_CONTENT_IN_MESSAGE] + " ..."


def _text(content: bytes) -> str:
    text = content[:_MAX_CONTENT_IN_MESSAGE].decode(errors="replace")
    return text + " ..." if len(content) > _MAX_CONTENT_IN_MESSAGE else text


_BY_STATUS: dict[int, type[ApiError]] = {
    400: BadRequestError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    429: RateLimitError,
}


def error_from_response(response: Response[Any] | httpx.Response) -> ApiError:
    """The ``ApiError`` subclass for a response, read from its body whether or not it parsed.

    Only the status, the body and ``Retry-After`` are read: never a request header."""
    status = int(response.status_code)
    message, code = "", None
    try:
        body = json.loads(response.content)
    except ValueError:
        body = None
    if isinstance(body, dict):
        message = str(body.get("errorMessage", ""))
        code = body.get("errorCode") if isinstance(body.get("errorCode"), str) else None
    if not message:
        message = _text(response.content) or f"HTTP {status}"
    retry_after = retry_after_seconds(response.headers.get("Retry-After"))
    kind = _BY_STATUS.get(status, ServerError if status >= 500 else ApiError)
    return kind(
        status,
        message,
        code,
        retry_after=retry_after if retry_after is not None and math.isfinite(retry_after) else None,
        content=response.content,
    )


def unwrap(response: Response[Any], expected: type[T]) -> T:
    """The parsed success model of ``response``, or raise the matching ``ApiError``."""
    if 200 <= int(response.status_code) < 300 and isinstance(response.parsed, expected):
        return response.parsed
    raise error_from_response(response)


__all__ = [
    "DEFAULT_MAX_PAGES",
    "ApiError",
    "BadRequestError",
    "ConflictError",
    "EcwidClientError",
    "MalformedResponseError",
    "NotFoundError",
    "PagingError",
    "PermissionDeniedError",
    "RateLimitError",
    "ServerError",
    "UnexpectedStatus",
    "UnexpectedStatusError",
    "error_from_response",
    "unwrap",
]
