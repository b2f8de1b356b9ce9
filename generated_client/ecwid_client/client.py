"""The clients: ``Client`` (no auth) and ``AuthenticatedClient`` (Bearer token).

Added by this project's templates to what openapi-python-client emits:

* a finite default timeout (``DEFAULT_TIMEOUT``), changeable per client;
* retries, on by default (``RetryPolicy``): 429 for every method, honouring ``Retry-After``
  up to a cap; 500/502/503/504 and transport errors only for idempotent methods
  (GET, HEAD, OPTIONS, PUT, DELETE), with jittered exponential backoff. A POST that may
  have reached the server is never repeated, except after a 429 (refused before any work);
* a ``User-Agent`` naming the client and its version;
* the token never appears in ``repr``/``str`` of a client (nor of its headers), nor in the
  log records of the retries (logger ``ecwid_client.client``).
"""

from __future__ import annotations

import email.utils
import logging
import random
import re
import ssl
import time
import urllib.request
from collections.abc import Awaitable, Callable, Mapping
from datetime import UTC
from typing import Any, Self

import anyio
import httpx
from attrs import define, evolve, field, validators

__version__ = "3.0.0"
USER_AGENT = f"ecwid-client/{__version__} python-httpx/{httpx.__version__}"
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
RETRY_STATUSES = frozenset({500, 502, 503, 504})
# Transport errors after which an idempotent request may be sent again. Timeouts other than
# ConnectTimeout are not retried: a read timeout already took the whole timeout once.
_RETRYABLE_ERRORS = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.ReadError,
    httpx.RemoteProtocolError,
    httpx.WriteError,
)
_SENSITIVE_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie", "x-api-key"})
# The options httpx.Client hands its default transport; this client builds that transport
# itself (to wrap it with retries), so it hands them on the same way.
_TRANSPORT_OPTIONS = ("cert", "trust_env", "http1", "http2", "limits", "proxy")
_DELAY_SECONDS = re.compile(r"[0-9]+")
_logger = logging.getLogger(__name__)


def _redact_headers(headers: Mapping[str, str]) -> str:
    return repr({k: ("[redacted]" if k.lower() in _SENSITIVE_HEADERS else v) for k, v in headers.items()})


@define(frozen=True)
class RetryPolicy:
    """How the client retries.

    Attributes:
        attempts: tries in all, the first included (1 turns retries off).
        backoff: base delay in seconds of the exponential backoff (doubled each attempt).
        backoff_max: the longest backoff delay in seconds.
        retry_after_max: the longest wait a ``Retry-After`` may impose, in seconds: a longer
            one is cut to this (the official Ecwid client does the same, with 60 s).
        jitter: randomise backoff delays (half fixed, half random).
        sleep / async_sleep: how to wait (tests pass fakes).

    A call is bounded: at most ``attempts`` requests, each within the client's timeout, and
    ``attempts - 1`` waits of at most ``max(backoff_max, retry_after_max)`` seconds each.
    """

    attempts: int = field(default=3, validator=validators.ge(1))
    backoff: float = field(default=0.5, validator=validators.ge(0.0))
    backoff_max: float = field(default=8.0, validator=validators.ge(0.0))
    retry_after_max: float = field(default=60.0, validator=validators.ge(0.0))
    jitter: bool = True
    sleep: Callable[[float], None] = field(default=time.sleep, repr=False)
    async_sleep: Callable[[float], Awaitable[None]] = field(default=anyio.sleep, repr=False)

    @classmethod
    def disabled(cls) -> RetryPolicy:
        """A policy that never retries."""
        return cls(attempts=1)

    def backoff_delay(self, attempt: int) -> float:
        """Delay before retry number ``attempt`` (1 for the first retry)."""
        delay = min(self.backoff * 2.0 ** min(attempt - 1, 64), self.backoff_max)
        return delay / 2 + random.uniform(0.0, delay / 2) if self.jitter else delay  # noqa: S311

    def delay_for(self, request: httpx.Request, response: httpx.Response | None, attempt: int) -> float | None:
        """Seconds to wait before sending ``request`` again after ``attempt`` tries, or None when
        this outcome (``response``, or a transport error when None) is final."""
        if attempt >= self.attempts:
            return None
        if response is None:  # a transport error
            return self.backoff_delay(attempt) if request.method in IDEMPOTENT_METHODS else None
        if response.status_code == 429:
            after = retry_after_seconds(response.headers.get("Retry-After"))
            return min(after, self.retry_after_max) if after is not None else self.backoff_delay(attempt)
        if response.status_code in RETRY_STATUSES and request.method in IDEMPOTENT_METHODS:
            return self.backoff_delay(attempt)
        return None


def retry_after_seconds(value: str | None) -> float | None:
    """``Retry-After`` as seconds (never negative): whole seconds or an HTTP date; None when
    absent or not understood."""
    value = (value or "").strip()
    if _DELAY_SECONDS.fullmatch(value):
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        return max(0.0, when.timestamp() - time.time())
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


def _log_retry(request: httpx.Request, outcome: str, delay: float, attempt: int, attempts: int) -> None:
    # The path only: no query string, no header, so never a token.
    _logger.info(
        "Retrying %s %s after %s in %.2f s (attempt %d of %d)",
        request.method,
        request.url.path,
        outcome,
        delay,
        attempt + 1,
        attempts,
    )


class RetryTransport(httpx.BaseTransport):
    """Wraps a transport with ``RetryPolicy``; bounded by ``policy.attempts``.

    Each attempt sends the same request (its body read once, then replayed); the responses
    that are retried are closed.
    """

    def __init__(self, transport: httpx.BaseTransport, policy: RetryPolicy) -> None:
        self._transport = transport
        self._policy = policy

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()  # the body must be replayable
        attempt = 1
        while True:
            try:
                response = self._transport.handle_request(request)
            except _RETRYABLE_ERRORS as exc:
                delay = self._policy.delay_for(request, None, attempt)
                if delay is None:
                    raise
                outcome = type(exc).__name__
            else:
                delay = self._policy.delay_for(request, response, attempt)
                if delay is None:
                    return response
                response.close()
                outcome = str(response.status_code)
            _log_retry(request, outcome, delay, attempt, self._policy.attempts)
            self._policy.sleep(delay)
            attempt += 1

    def close(self) -> None:
        self._transport.close()


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    """The async twin of ``RetryTransport``."""

    def __init__(self, transport: httpx.AsyncBaseTransport, policy: RetryPolicy) -> None:
        self._transport = transport
        self._policy = policy

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await request.aread()
        attempt = 1
        while True:
            try:
                response = await self._transport.handle_async_request(request)
            except _RETRYABLE_ERRORS as exc:
                delay = self._policy.delay_for(request, None, attempt)
                if delay is None:
                    raise
                outcome = type(exc).__name__
            else:
                delay = self._policy.delay_for(request, response, attempt)
                if delay is None:
                    return response
                await response.aclose()
                outcome = str(response.status_code)
            _log_retry(request, outcome, delay, attempt, self._policy.attempts)
            await self._policy.async_sleep(delay)
            attempt += 1

    async def aclose(self) -> None:
        await self._transport.aclose()


def _with_retries(transport: httpx.BaseTransport, policy: RetryPolicy) -> httpx.BaseTransport:
    return RetryTransport(transport, policy) if policy.attempts > 1 else transport


def _with_async_retries(transport: httpx.AsyncBaseTransport, policy: RetryPolicy) -> httpx.AsyncBaseTransport:
    return AsyncRetryTransport(transport, policy) if policy.attempts > 1 else transport


def _transport_options(base_url: str, verify: str | bool | ssl.SSLContext, args: dict[str, Any]) -> dict[str, Any]:
    """Take out of ``args`` what httpx.Client would hand its own transport. Like httpx, read a
    proxy from the environment (``HTTPS_PROXY``, ``ALL_PROXY``, ``NO_PROXY`` ...) when none is
    given and ``trust_env`` is on; it is chosen once, for the host of ``base_url``."""
    options = {name: args.pop(name) for name in _TRANSPORT_OPTIONS if name in args}
    if options.get("proxy") is None and options.get("trust_env", True):
        options["proxy"] = _environment_proxy(base_url)
    return {"verify": verify, **options}


def _environment_proxy(base_url: str) -> httpx.Proxy | None:
    url = httpx.URL(base_url)
    proxies = urllib.request.getproxies()
    proxy = proxies.get(url.scheme) or proxies.get("all")
    if not proxy or not url.host or urllib.request.proxy_bypass(url.host):
        return None
    return httpx.Proxy(proxy if "://" in proxy else f"http://{proxy}")


@define
class Client:
    """A client for operations that need no authentication.

    Keyword arguments:

        ``base_url``: the API's base URL, e.g. ``https://app.ecwid.com/api/v3``.

        ``cookies``, ``headers``: sent with every request. A ``User-Agent`` (``USER_AGENT``) is
        added unless given. Shown redacted by ``repr``.

        ``timeout``: an ``httpx.Timeout``; default ``DEFAULT_TIMEOUT`` (30 s, 10 s to connect).
        API functions raise ``httpx.TimeoutException`` when it is exceeded.

        ``verify_ssl``, ``follow_redirects``: as httpx.

        ``retry``: a ``RetryPolicy`` (default: 3 attempts); ``RetryPolicy.disabled()`` turns retries off.

        ``httpx_args``: more arguments for ``httpx.Client`` / ``httpx.AsyncClient``. A ``transport``
        and the transports of ``mounts`` given here are wrapped with the retry policy; ``proxy``,
        ``http1``, ``http2``, ``cert``, ``limits`` and ``trust_env`` configure the transport
        the client builds otherwise. As in httpx, with no ``proxy`` and ``trust_env`` on, the
        environment's proxy for the host of ``base_url`` is used (``HTTPS_PROXY``, ``NO_PROXY`` ...).

    Attributes:
        raise_on_unexpected_status: raise ``errors.UnexpectedStatusError`` for a status the
            OpenAPI document does not list, instead of answering ``parsed=None``.
    """

    raise_on_unexpected_status: bool = field(default=False, kw_only=True)
    _base_url: str = field(alias="base_url")
    _cookies: dict[str, str] = field(factory=dict, kw_only=True, alias="cookies", repr=False)
    _headers: dict[str, str] = field(factory=dict, kw_only=True, alias="headers", repr=_redact_headers)
    _timeout: httpx.Timeout | None = field(default=DEFAULT_TIMEOUT, kw_only=True, alias="timeout")
    _verify_ssl: str | bool | ssl.SSLContext = field(default=True, kw_only=True, alias="verify_ssl")
    _follow_redirects: bool = field(default=False, kw_only=True, alias="follow_redirects")
    _httpx_args: dict[str, Any] = field(factory=dict, kw_only=True, alias="httpx_args", repr=False)
    retry: RetryPolicy = field(factory=RetryPolicy, kw_only=True)
    _client: httpx.Client | None = field(default=None, init=False, repr=False)
    _async_client: httpx.AsyncClient | None = field(default=None, init=False, repr=False)

    def with_headers(self, headers: dict[str, str]) -> Client:
        """Get a new client matching this one with additional headers"""
        if self._client is not None:
            self._client.headers.update(headers)
        if self._async_client is not None:
            self._async_client.headers.update(headers)
        return evolve(self, headers={**self._headers, **headers})

    def with_cookies(self, cookies: dict[str, str]) -> Client:
        """Get a new client matching this one with additional cookies"""
        if self._client is not None:
            self._client.cookies.update(cookies)
        if self._async_client is not None:
            self._async_client.cookies.update(cookies)
        return evolve(self, cookies={**self._cookies, **cookies})

    def with_timeout(self, timeout: httpx.Timeout) -> Client:
        """Get a new client matching this one with a new timeout configuration"""
        if self._client is not None:
            self._client.timeout = timeout
        if self._async_client is not None:
            self._async_client.timeout = timeout
        return evolve(self, timeout=timeout)

    def with_retry(self, retry: RetryPolicy) -> Client:
        """Get a new client (with new connections) matching this one with another retry policy"""
        return evolve(self, retry=retry)

    def _request_headers(self) -> httpx.Headers:
        # httpx.Headers: a caller's "user-agent" replaces ours instead of adding a second one.
        headers = httpx.Headers({"User-Agent": USER_AGENT})
        headers.update(self._headers)
        return headers

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Manually set the underlying httpx.Client

        **NOTE**: This overrides every other setting of this client: cookies, headers (the
        Authorization header and User-Agent included), timeout and retries. Configure them on
        ``client`` yourself; for retries, give it ``transport=RetryTransport(httpx.HTTPTransport(),
        RetryPolicy())``.
        """
        self._client = client
        return self

    def get_httpx_client(self) -> httpx.Client:
        """Get the underlying httpx.Client, constructing a new one if not previously set"""
        if self._client is None:
            args = dict(self._httpx_args)
            transport = args.pop("transport", None)
            if transport is None:
                transport = httpx.HTTPTransport(**_transport_options(self._base_url, self._verify_ssl, args))
            if args.get("mounts"):
                args["mounts"] = {
                    pattern: None if mounted is None else _with_retries(mounted, self.retry)
                    for pattern, mounted in args["mounts"].items()
                }
            self._client = httpx.Client(
                base_url=self._base_url,
                cookies=self._cookies,
                headers=self._request_headers(),
                timeout=self._timeout,
                verify=self._verify_ssl,
                follow_redirects=self._follow_redirects,
                transport=_with_retries(transport, self.retry),
                **args,
            )
        return self._client

    def __enter__(self) -> Self:
        """Enter a context manager for self.client—you cannot enter twice (see httpx docs)"""
        self.get_httpx_client().__enter__()
        return self

    def __exit__(self, *args: Any, **kwargs: Any) -> None:
        """Exit a context manager for internal httpx.Client (see httpx docs)"""
        self.get_httpx_client().__exit__(*args, **kwargs)

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Manually set the underlying httpx.AsyncClient

        **NOTE**: This overrides every other setting of this client, as ``set_httpx_client`` does
        (``AsyncRetryTransport`` for retries).
        """
        self._async_client = async_client
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """Get the underlying httpx.AsyncClient, constructing a new one if not previously set"""
        if self._async_client is None:
            args = dict(self._httpx_args)
            async_transport = args.pop("transport", None)
            if async_transport is None:
                async_transport = httpx.AsyncHTTPTransport(**_transport_options(self._base_url, self._verify_ssl, args))
            if args.get("mounts"):
                args["mounts"] = {
                    pattern: None if mounted is None else _with_async_retries(mounted, self.retry)
                    for pattern, mounted in args["mounts"].items()
                }
            self._async_client = httpx.AsyncClient(
                base_url=self._base_url,
                cookies=self._cookies,
                headers=self._request_headers(),
                timeout=self._timeout,
                verify=self._verify_ssl,
                follow_redirects=self._follow_redirects,
                transport=_with_async_retries(async_transport, self.retry),
                **args,
            )
        return self._async_client

    async def __aenter__(self) -> Self:
        """Enter a context manager for underlying httpx.AsyncClient—you cannot enter twice (see httpx docs)"""
        await self.get_async_httpx_client().__aenter__()
        return self

    async def __aexit__(self, *args: Any, **kwargs: Any) -> None:
        """Exit a context manager for underlying httpx.AsyncClient (see httpx docs)"""
        await self.get_async_httpx_client().__aexit__(*args, **kwargs)


@define
class AuthenticatedClient:
    """A client for secured operations: ``Authorization: Bearer <token>``.

    Keyword arguments:

        ``base_url``: the API's base URL, e.g. ``https://app.ecwid.com/api/v3``.

        ``cookies``, ``headers``: sent with every request. A ``User-Agent`` (``USER_AGENT``) is
        added unless given. Shown redacted by ``repr``.

        ``timeout``: an ``httpx.Timeout``; default ``DEFAULT_TIMEOUT`` (30 s, 10 s to connect).
        API functions raise ``httpx.TimeoutException`` when it is exceeded.

        ``verify_ssl``, ``follow_redirects``: as httpx.

        ``retry``: a ``RetryPolicy`` (default: 3 attempts); ``RetryPolicy.disabled()`` turns retries off.

        ``httpx_args``: more arguments for ``httpx.Client`` / ``httpx.AsyncClient``. A ``transport``
        and the transports of ``mounts`` given here are wrapped with the retry policy; ``proxy``,
        ``http1``, ``http2``, ``cert``, ``limits`` and ``trust_env`` configure the transport
        the client builds otherwise. As in httpx, with no ``proxy`` and ``trust_env`` on, the
        environment's proxy for the host of ``base_url`` is used (``HTTPS_PROXY``, ``NO_PROXY`` ...).

    Attributes:
        raise_on_unexpected_status: raise ``errors.UnexpectedStatusError`` for a status the
            OpenAPI document does not list, instead of answering ``parsed=None``.
        token: the access token; never shown by ``repr``/``str``.
        prefix: the Authorization scheme, ``Bearer``.
        auth_header_name: the header that carries the token, ``Authorization``.
    """

    raise_on_unexpected_status: bool = field(default=False, kw_only=True)
    _base_url: str = field(alias="base_url")
    _cookies: dict[str, str] = field(factory=dict, kw_only=True, alias="cookies", repr=False)
    _headers: dict[str, str] = field(factory=dict, kw_only=True, alias="headers", repr=_redact_headers)
    _timeout: httpx.Timeout | None = field(default=DEFAULT_TIMEOUT, kw_only=True, alias="timeout")
    _verify_ssl: str | bool | ssl.SSLContext = field(default=True, kw_only=True, alias="verify_ssl")
    _follow_redirects: bool = field(default=False, kw_only=True, alias="follow_redirects")
    _httpx_args: dict[str, Any] = field(factory=dict, kw_only=True, alias="httpx_args", repr=False)
    retry: RetryPolicy = field(factory=RetryPolicy, kw_only=True)
    _client: httpx.Client | None = field(default=None, init=False, repr=False)
    _async_client: httpx.AsyncClient | None = field(default=None, init=False, repr=False)

    token: str = field(repr=False)
    prefix: str = "Bearer"
    auth_header_name: str = "Authorization"

    def with_headers(self, headers: dict[str, str]) -> AuthenticatedClient:
        """Get a new client matching this one with additional headers"""
        if self._client is not None:
            self._client.headers.update(headers)
        if self._async_client is not None:
            self._async_client.headers.update(headers)
        return evolve(self, headers={**self._headers, **headers})

    def with_cookies(self, cookies: dict[str, str]) -> AuthenticatedClient:
        """Get a new client matching this one with additional cookies"""
        if self._client is not None:
            self._client.cookies.update(cookies)
        if self._async_client is not None:
            self._async_client.cookies.update(cookies)
        return evolve(self, cookies={**self._cookies, **cookies})

    def with_timeout(self, timeout: httpx.Timeout) -> AuthenticatedClient:
        """Get a new client matching this one with a new timeout configuration"""
        if self._client is not None:
            self._client.timeout = timeout
        if self._async_client is not None:
            self._async_client.timeout = timeout
        return evolve(self, timeout=timeout)

    def with_retry(self, retry: RetryPolicy) -> AuthenticatedClient:
        """Get a new client (with new connections) matching this one with another retry policy"""
        return evolve(self, retry=retry)

    def _request_headers(self) -> httpx.Headers:
        # httpx.Headers: a caller's "user-agent" replaces ours instead of adding a second one.
        headers = httpx.Headers({"User-Agent": USER_AGENT})
        headers.update(self._headers)
        headers[self.auth_header_name] = f"{self.prefix} {self.token}" if self.prefix else self.token
        return headers

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Manually set the underlying httpx.Client

        **NOTE**: This overrides every other setting of this client: cookies, headers (the
        Authorization header and User-Agent included), timeout and retries. Configure them on
        ``client`` yourself; for retries, give it ``transport=RetryTransport(httpx.HTTPTransport(),
        RetryPolicy())``.
        """
        self._client = client
        return self

    def get_httpx_client(self) -> httpx.Client:
        """Get the underlying httpx.Client, constructing a new one if not previously set"""
        if self._client is None:
            args = dict(self._httpx_args)
            transport = args.pop("transport", None)
            if transport is None:
                transport = httpx.HTTPTransport(**_transport_options(self._base_url, self._verify_ssl, args))
            if args.get("mounts"):
                args["mounts"] = {
                    pattern: None if mounted is None else _with_retries(mounted, self.retry)
                    for pattern, mounted in args["mounts"].items()
                }
            self._client = httpx.Client(
                base_url=self._base_url,
                cookies=self._cookies,
                headers=self._request_headers(),
                timeout=self._timeout,
                verify=self._verify_ssl,
                follow_redirects=self._follow_redirects,
                transport=_with_retries(transport, self.retry),
                **args,
            )
        return self._client

    def __enter__(self) -> Self:
        """Enter a context manager for self.client—you cannot enter twice (see httpx docs)"""
        self.get_httpx_client().__enter__()
        return self

    def __exit__(self, *args: Any, **kwargs: Any) -> None:
        """Exit a context manager for internal httpx.Client (see httpx docs)"""
        self.get_httpx_client().__exit__(*args, **kwargs)

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Manually set the underlying httpx.AsyncClient

        **NOTE**: This overrides every other setting of this client, as ``set_httpx_client`` does
        (``AsyncRetryTransport`` for retries).
        """
        self._async_client = async_client
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """Get the underlying httpx.AsyncClient, constructing a new one if not previously set"""
        if self._async_client is None:
            args = dict(self._httpx_args)
            async_transport = args.pop("transport", None)
            if async_transport is None:
                async_transport = httpx.AsyncHTTPTransport(**_transport_options(self._base_url, self._verify_ssl, args))
            if args.get("mounts"):
                args["mounts"] = {
                    pattern: None if mounted is None else _with_async_retries(mounted, self.retry)
                    for pattern, mounted in args["mounts"].items()
                }
            self._async_client = httpx.AsyncClient(
                base_url=self._base_url,
                cookies=self._cookies,
                headers=self._request_headers(),
                timeout=self._timeout,
                verify=self._verify_ssl,
                follow_redirects=self._follow_redirects,
                transport=_with_async_retries(async_transport, self.retry),
                **args,
            )
        return self._async_client

    async def __aenter__(self) -> Self:
        """Enter a context manager for underlying httpx.AsyncClient—you cannot enter twice (see httpx docs)"""
        await self.get_async_httpx_client().__aenter__()
        return self

    async def __aexit__(self, *args: Any, **kwargs: Any) -> None:
        """Exit a context manager for underlying httpx.AsyncClient (see httpx docs)"""
        await self.get_async_httpx_client().__aexit__(*args, **kwargs)
