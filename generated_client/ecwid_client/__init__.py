"""A client library for accessing Ecwid REST API v3 — Customers"""

from .client import (
    DEFAULT_TIMEOUT,
    USER_AGENT,
    AsyncRetryTransport,
    AuthenticatedClient,
    Client,
    RetryPolicy,
    RetryTransport,
)
from .errors import (
    ApiError,
    BadRequestError,
    ConflictError,
    EcwidClientError,
    MalformedResponseError,
    NotFoundError,
    PagingError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
    UnexpectedStatusError,
)

__all__ = (
    "DEFAULT_TIMEOUT",
    "USER_AGENT",
    "ApiError",
    "AsyncRetryTransport",
    "AuthenticatedClient",
    "BadRequestError",
    "Client",
    "ConflictError",
    "EcwidClientError",
    "MalformedResponseError",
    "NotFoundError",
    "PagingError",
    "PermissionDeniedError",
    "RateLimitError",
    "RetryPolicy",
    "RetryTransport",
    "ServerError",
    "UnexpectedStatusError",
)
