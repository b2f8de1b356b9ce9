"""Errors raised by the client.

Every function of an operation module (``sync_detailed``, ``sync``, ``sync_or_raise`` and their
``asyncio`` twins) answers a documented result or raises one of these; no ``httpx`` exception,
``ValueError``, ``KeyError`` ... escapes. Hierarchy (every one a noun ending in ``Error``)::

    EcwidClientError                 base of everything the client raises
    ├── ApiError                     the server answered 400-599: status_code, error_code,
    │   │                            error_message, retry_after, content
    │   ├── BadRequestError          400 (e.g. WRONG_PARAMETER)
    │   ├── PermissionDeniedError    403 (INVALID_API_TOKEN, INSUFFICIENT_APP_SCOPE)
    │   ├── NotFoundError            404
    │   ├── ConflictError            409 (duplicate email)
    │   ├── RateLimitError           429 (RATE_LIMITED; retried by the client first)
    │   └── ServerError              500-599
    ├── UnexpectedStatusError        a status that is neither the success model nor 400-599
    │                                (1xx, 3xx, an undocumented 2xx such as 204 or 299, 600-999),
    │                                or any undocumented status with raise_on_unexpected_status
    │                                (alias: UnexpectedStatus, the generator's name)
    ├── MalformedResponseError       a success status whose body is not what the document says
    │                                (empty, not JSON, invalid UTF-8, the wrong shape)
    ├── ResponseTooLargeError        a body over the client's max_response_bytes
    ├── PagingError                  a paging iterator did not end within ``max_pages`` pages
    └── TransportError               no complete HTTP answer: connection refused or reset, the
        │                            body cut off, a garbage status line, a proxy failure...
        │                            (__cause__: the httpx exception)
        └── RequestTimeoutError      one socket operation exceeded the client's timeout
            └── DeadlineExceededError  the whole call exceeded the client's deadline

Messages and attributes of these errors never hold a token: ``guarded`` scrubs the client's
``sensitive_values()`` (its token, as sent or JSON-escaped) from every exception it lets out,
and from the exceptions chained to it, even when a server echoes the token back. The
``Response`` that ``sync_detailed`` answers is the server's answer, unscrubbed.
"""

from __future__ import annotations

import email.utils
import json
import math
import re
import time
from collections.abc import Sequence
from datetime import UTC
from types import TracebackType
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from .types import Response

if TYPE_CHECKING:
    from .client import AuthenticatedClient, Client

T = TypeVar("T")
_MAX_CONTENT_IN_MESSAGE = 500
_DELAY_SECONDS = re.compile(r"[0-9]+")
_BAD_JSON = (ValueError, RecursionError)  # UnicodeDecodeError is a ValueError


class EcwidClientError(Exception):
    """Base class of the client's errors."""


class ApiError(EcwidClientError):
    """The API answered an error status (400-599), documented or not."""

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
        code = f" {_shorten(error_code)}" if error_code else ""
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
    """500-599: the service (or a gateway before it) failed."""


class UnexpectedStatusError(EcwidClientError):
    """A status that is neither the operation's success nor an error status (400-599), or any
    status the OpenAPI document does not list when ``Client.raise_on_unexpected_status`` is True."""

    def __init__(self, status_code: int, content: bytes) -> None:
        self.status_code = status_code
        self.content = content
        super().__init__(f"Unexpected status code: {status_code}\n\nResponse content:\n{_text(content)}")


UnexpectedStatus = UnexpectedStatusError


DEFAULT_MAX_PAGES = 10_000  # the bound of the paging iterators: a million items at 100 a page


class PagingError(EcwidClientError):
    """A paging iterator (``sync_iter`` / ``asyncio_iter``) did not reach the end within ``max_pages``."""


class MalformedResponseError(EcwidClientError):
    """A success status whose body does not parse as the document's model (empty, not JSON, not
    UTF-8, a required field missing, the wrong shape)."""

    def __init__(self, status_code: int, content: bytes, cause: BaseException) -> None:
        self.status_code = status_code
        self.content = content
        reason = _shorten(f"{type(cause).__name__}: {cause}")
        super().__init__(f"Malformed {status_code} response ({reason}):\n{_text(content)}")


class ResponseTooLargeError(EcwidClientError):
    """The response body (declared by ``Content-Length`` or counted while reading it, decoded)
    is larger than the client's ``max_response_bytes``. Never retried."""

    def __init__(self, status_code: int, limit: int) -> None:
        self.status_code = status_code
        self.limit = limit
        super().__init__(f"The {status_code} response body is larger than max_response_bytes={limit}")


class TransportError(EcwidClientError):
    """No complete HTTP answer arrived (``__cause__`` holds the httpx exception). Raised after
    the retries the policy allows: idempotent methods only, never a POST."""


class RequestTimeoutError(TransportError):
    """A socket operation (connect, a read, a write, the wait for a pooled connection) took
    longer than the client's ``timeout``."""


class DeadlineExceededError(RequestTimeoutError):
    """The whole call (every attempt, every wait between them, every body read) took longer
    than the client's ``deadline``."""

    def __init__(self, method: str, path: str, deadline: float) -> None:
        self.deadline = deadline
        super().__init__(f"{method} {path} did not complete within the deadline of {deadline:g} s")


def retry_after_seconds(value: str | None) -> float | None:
    """``Retry-After`` as seconds (never negative, maybe infinite): ASCII digits or an HTTP
    date; None when absent or not understood (Unicode digits, a sign, a fraction...)."""
    value = (value or "").strip()
    if _DELAY_SECONDS.fullmatch(value):
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        return max(0.0, when.timestamp() - time.time())
    except (TypeError, ValueError, LookupError, ArithmeticError):
        return None


def _printable(text: str) -> str:
    """``text`` with lone surrogates escaped, so that it can be encoded, printed and logged."""
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def _shorten(text: str) -> str:
    """``text`` cut for an exception message: a server's body can be of any size."""
    text = text if len(text) <= _MAX_CONTENT_IN_MESSAGE else text[:_MAX_CONTENT_IN_MESSAGE] + " ..."
    return _printable(text)


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


def _message_and_code(content: bytes) -> tuple[str, str | None]:
    """``errorMessage`` and ``errorCode`` of an Ecwid error body, whatever the body is."""
    try:
        body = json.loads(content)
    except _BAD_JSON:
        return "", None
    if not isinstance(body, dict):
        return "", None
    message = body.get("errorMessage")
    if message is not None and not isinstance(message, str):
        try:
            message = json.dumps(message, ensure_ascii=False)
        except _BAD_JSON:
            message = None
    code = body.get("errorCode")
    return _printable(message or ""), _printable(code) if isinstance(code, str) and code else None


def error_from_response(response: Response[Any] | httpx.Response) -> ApiError | UnexpectedStatusError:
    """The error for a response that is not the operation's success: the ``ApiError`` subclass
    of a 400-599 status, read from its body whatever the body is; otherwise
    ``UnexpectedStatusError``.

    Only the status, the body and ``Retry-After`` are read: never a request header."""
    status = int(response.status_code)
    if not 400 <= status <= 599:
        return UnexpectedStatusError(status, response.content)
    message, code = _message_and_code(response.content)
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
    """The parsed success model of ``response``, or raise the matching error."""
    if 200 <= int(response.status_code) < 300 and isinstance(response.parsed, expected):
        return response.parsed
    raise error_from_response(response)


def transport_error(exc: Exception) -> TransportError:
    """The client's error for an httpx exception: ``RequestTimeoutError`` for a timeout."""
    kind = RequestTimeoutError if isinstance(exc, httpx.TimeoutException) else TransportError
    where = ""
    if isinstance(exc, httpx.RequestError):
        try:
            where = f"{exc.request.method} {exc.request.url.path}: "
        except RuntimeError:  # an httpx error raised before a request existed
            where = ""
    return kind(_shorten(f"{where}{type(exc).__name__}: {exc}"))


def _scrub_value(value: Any, secrets: Sequence[str]) -> Any:
    if isinstance(value, str):
        for secret in secrets:
            value = value.replace(secret, "[redacted]")
    elif isinstance(value, bytes):
        for secret in secrets:
            value = value.replace(secret.encode("utf-8", "surrogatepass"), b"[redacted]")
    return value


def scrub(error: BaseException, secrets: Sequence[str]) -> None:
    """Replace each of ``secrets`` by ``[redacted]`` in the arguments and the text attributes
    (``error_message``, ``content`` ...) of ``error`` and of the exceptions chained to it."""
    if not secrets:
        return
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        current.args = tuple(_scrub_value(arg, secrets) for arg in current.args)
        for name, value in list(vars(current).items()):
            if isinstance(value, str | bytes):
                setattr(current, name, _scrub_value(value, secrets))
        current = current.__cause__ or current.__context__


class guarded:  # noqa: N801 - used as a function: `with errors.guarded(client):`
    """Let out only the client's errors, scrubbed of its secrets: an httpx exception becomes a
    ``TransportError`` (``RequestTimeoutError`` for a timeout) with the original as ``__cause__``.

    A class rather than a ``@contextmanager`` generator: it is entered on every call, and the
    happy path then costs two method calls."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        if exc is None:
            return
        if isinstance(exc, EcwidClientError):
            scrub(exc, self._client.sensitive_values())
            return  # the exception propagates
        if isinstance(exc, (httpx.HTTPError, httpx.InvalidURL)):
            error = transport_error(exc)
            error.__cause__ = exc
            scrub(error, self._client.sensitive_values())
            raise error from exc


__all__ = [
    "DEFAULT_MAX_PAGES",
    "ApiError",
    "BadRequestError",
    "ConflictError",
    "DeadlineExceededError",
    "EcwidClientError",
    "MalformedResponseError",
    "NotFoundError",
    "PagingError",
    "PermissionDeniedError",
    "RateLimitError",
    "RequestTimeoutError",
    "ResponseTooLargeError",
    "ServerError",
    "TransportError",
    "UnexpectedStatus",
    "UnexpectedStatusError",
    "error_from_response",
    "guarded",
    "retry_after_seconds",
    "scrub",
    "transport_error",
    "unwrap",
]
