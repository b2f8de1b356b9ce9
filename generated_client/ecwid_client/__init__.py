"""A client library for accessing Ecwid REST API v3 — Customers"""

from .client import DEFAULT_TIMEOUT, USER_AGENT, AuthenticatedClient, Client, RetryPolicy
from .errors import (
    ApiError,
    BadRequestError,
    ConflictError,
    EcwidClientError,
    MalformedResponseError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
    UnexpectedStatusError,
)

__all__ = (
    "DEFAULT_TIMEOUT",
    "USER_AGENT",
    "ApiError",
    "AuthenticatedClient",
    "BadRequestError",
    "Client",
    "ConflictError",
    "EcwidClientError",
    "MalformedResponseError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "RetryPolicy",
    "ServerError",
    "UnexpectedStatusError",
)
