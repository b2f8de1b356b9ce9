"""The clients: ``Client`` (no auth) and ``AuthenticatedClient`` (a token in a header).

Added by this project's templates to what openapi-python-client emits:

* a finite default timeout (``DEFAULT_TIMEOUT``: 30 s per socket operation, 10 s to connect)
  and an overall deadline per call (``DEFAULT_DEADLINE``, 120 s), both changeable per client;
* a cap on the size of a response body (``DEFAULT_MAX_RESPONSE_BYTES``, 16 MiB);
* retries, on by default (``RetryPolicy``): 429 for every method, honouring ``Retry-After``
  up to a cap; 500/502/503/504 and transport errors (a body cut off partway included) only
  for idempotent methods (GET, HEAD, OPTIONS, PUT, DELETE), with jittered exponential
  backoff. A POST that may have reached the server is never repeated, except after a 429
  (refused before any work);
* a ``User-Agent`` naming the client and its version;
* the token never appears in ``repr``/``str`` of a client (nor of its headers: it is added
  to each request by an ``httpx.Auth``, whatever ``auth_header_name`` and ``prefix`` are), nor
  in the log records of the retries (logger ``ecwid_client.client``), nor in the client's
  exceptions (``errors.guarded`` scrubs ``sensitive_values()`` from them).

The body of every response is read by ``RetryTransport`` / ``AsyncRetryTransport`` inside the
retry loop, so a failure while reading it is retried like any transport error, its size is
checked against the cap and the deadline is checked at every chunk.
"""

from __future__ import annotations

import http.cookiejar
import json
import logging
import random
import ssl
import time
import urllib.request
from collections.abc import Awaitable, Callable, Generator, Mapping
from typing import Any, Self

import anyio
import httpx
from attrs import define, evolve, field, validators

from .errors import DeadlineExceededError, ResponseTooLargeError, retry_after_seconds

__version__ = "3.0.0"
USER_AGENT = f"ecwid-client/{__version__} python-httpx/{httpx.__version__}"
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
DEFAULT_DEADLINE = 120.0
DEFAULT_MAX_RESPONSE_BYTES = 16 * 1024 * 1024
_TIMEOUT_PHASES = ("connect", "read", "write", "pool")
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
RETRY_STATUSES = frozenset({500, 502, 503, 504})
# Transport errors after which an idempotent request may be sent again: while connecting,
# sending, or reading the answer (its headers or its body). Timeouts other than ConnectTimeout
# are not retried: a read timeout already took the whole timeout once.
_RETRYABLE_ERRORS = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.ReadError,
    httpx.RemoteProtocolError,
    httpx.WriteError,
)
# Header names whose values are shown as "[redacted]" by repr and scrubbed from exceptions.
_SENSITIVE_WORDS = ("auth", "token", "key", "secret", "cookie", "session", "password", "signature", "credential")
_TRANSPORT_OPTIONS = ("cert", "trust_env", "http1", "http2", "limits", "proxy")
_logger = logging.getLogger(__name__)


def _is_sensitive(name: str) -> bool:
    lowered = name.lower()
    return any(word in lowered for word in _SENSITIVE_WORDS)


def _positive_or_none(_instance: object, attribute: Any, value: float | None) -> None:
    if value is not None and not value > 0:
        raise ValueError(f"'{attribute.name}' must be > 0 or None: {value!r}")


def _redact_headers(headers: Mapping[str, str]) -> str:
    return repr({k: ("[redacted]" if _is_sensitive(k) else v) for k, v in headers.items()})


def _secret_forms(values: list[str]) -> tuple[str, ...]:
    """Each secret as sent and as a JSON string would carry it back (escaped)."""
    forms = set()
    for value in values:
        if len(value.strip()) >= 4:  # never scrub "" or a stray letter out of every message
            forms.update({value, json.dumps(value)[1:-1], json.dumps(value, ensure_ascii=False)[1:-1]})
    return tuple(sorted(forms, key=len, reverse=True))


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
    ``attempts - 1`` waits of at most ``max(backoff_max, retry_after_max)`` seconds each; and
    all of it within the client's ``deadline`` (a wait that would end past it is not made).
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


class _Call:
    """One call through the transport: its deadline, and the checks made while reading a body."""

    def __init__(self, request: httpx.Request, deadline: float | None, max_bytes: int) -> None:
        self.request = request
        self.deadline = deadline
        self.ends_at = None if deadline is None else time.monotonic() + deadline
        self.max_bytes = max_bytes
        timeouts = request.extensions.get("timeout", {})
        self.limits: dict[str, float | None] = {phase: timeouts.get(phase) for phase in _TIMEOUT_PHASES}

    def remaining(self) -> float | None:
        return None if self.ends_at is None else self.ends_at - time.monotonic()

    def expired(self) -> DeadlineExceededError:
        return DeadlineExceededError(self.request.method, self.request.url.path, self.deadline or 0.0)

    def start_attempt(self) -> None:
        """Bound every socket operation of this attempt by the time left."""
        left = self.remaining()
        if left is None:
            return
        if left <= 0:
            raise self.expired()
        self.request.extensions["timeout"] = {
            phase: left if limit is None else min(limit, left) for phase, limit in self.limits.items()
        }

    def fits(self, delay: float) -> bool:
        left = self.remaining()
        return left is None or delay < left

    def check_length(self, response: httpx.Response) -> str | None:
        """Refuse a declared ``Content-Length`` over the cap; answer the header (None: not sent)."""
        declared: str | None = response.headers.get("Content-Length")
        if (
            declared is not None
            and declared.isascii()
            and declared.isdigit()
            and len(declared) < 20
            and int(declared) > self.max_bytes
        ):
            raise ResponseTooLargeError(response.status_code, self.max_bytes)
        return declared

    def add(self, response: httpx.Response, chunks: list[bytes], chunk: bytes, size: int) -> int:
        size += len(chunk)
        if size > self.max_bytes:
            raise ResponseTooLargeError(response.status_code, self.max_bytes)
        left = self.remaining()
        if left is not None and left <= 0:
            raise self.expired()
        chunks.append(chunk)
        return size

    def buffered(self, response: httpx.Response, body: bytes, declared: str | None) -> httpx.Response:
        """The response with its body read (and decoded: ``Content-Encoding`` is dropped, and
        ``Content-Length`` gives the length of ``body``); ``declared``: its Content-Length header."""
        headers = response.headers
        if declared is None or "Content-Encoding" in headers:
            headers = httpx.Headers(headers)
            headers.pop("Content-Encoding", None)
            headers["Content-Length"] = str(len(body))
        buffered = httpx.Response(
            response.status_code,
            headers=headers,
            stream=httpx.ByteStream(body),
            extensions=response.extensions,
            request=self.request,
        )
        # Read already, and closed, as `content=body` would leave it, but without passing the
        # body through httpx's decoders a second time (about a third of this transport's cost
        # per call): `_content` is what `Response.read()` stores. Should an httpx release
        # rename it, `read()` reads the stream instead: slower, the same bytes.
        buffered._content = body
        buffered.close()
        return buffered

    def error_delay(self, policy: RetryPolicy, exc: Exception, attempt: int) -> float | None:
        """The wait before retrying after a transport error, or None when it is final. A timeout
        cut short by the deadline becomes ``DeadlineExceededError``."""
        left = self.remaining()
        if isinstance(exc, httpx.TimeoutException) and left is not None and left <= 0:
            raise self.expired() from exc
        if not isinstance(exc, _RETRYABLE_ERRORS):
            return None
        delay = policy.delay_for(self.request, None, attempt)
        return delay if delay is not None and self.fits(delay) else None


class RetryTransport(httpx.BaseTransport):
    """Wraps a transport with ``RetryPolicy``, a body size cap and a per-call deadline.

    Each attempt sends the same request (its body read once, then replayed) and reads the
    whole answer (at most ``max_response_bytes``, decoded); a failure while reading is an
    outcome of that attempt like a refused connection. The responses that are retried are
    closed. ``deadline`` (seconds, None for none) bounds the whole call, waits included:
    past it ``DeadlineExceededError``; a body over ``max_response_bytes`` (declared or
    streamed) raises ``ResponseTooLargeError``.
    """

    def __init__(
        self,
        transport: httpx.BaseTransport,
        policy: RetryPolicy | None = None,
        *,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        deadline: float | None = DEFAULT_DEADLINE,
    ) -> None:
        self._transport = transport
        self._policy = policy or RetryPolicy()
        self._max_bytes = max_response_bytes
        self._deadline = deadline

    def _attempt(self, call: _Call) -> httpx.Response:
        call.start_attempt()
        response = self._transport.handle_request(call.request)
        try:
            declared = call.check_length(response)
            chunks: list[bytes] = []
            size = 0
            response.request = call.request
            for chunk in response.iter_bytes():
                size = call.add(response, chunks, chunk, size)
        finally:
            response.close()
        return call.buffered(response, b"".join(chunks), declared)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()  # the body must be replayable
        call = _Call(request, self._deadline, self._max_bytes)
        attempt = 1
        while True:
            try:
                response = self._attempt(call)
            except (httpx.TimeoutException, *_RETRYABLE_ERRORS) as exc:
                delay = call.error_delay(self._policy, exc, attempt)
                if delay is None:
                    raise
                outcome = type(exc).__name__
            else:
                delay = self._policy.delay_for(request, response, attempt)
                if delay is None or not call.fits(delay):
                    return response
                outcome = str(response.status_code)
            _log_retry(request, outcome, delay, attempt, self._policy.attempts)
            self._policy.sleep(delay)
            attempt += 1

    def close(self) -> None:
        self._transport.close()


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    """The async twin of ``RetryTransport``; here the deadline also interrupts a wait for the
    response headers (``anyio.fail_after``)."""

    def __init__(
        self,
        transport: httpx.AsyncBaseTransport,
        policy: RetryPolicy | None = None,
        *,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        deadline: float | None = DEFAULT_DEADLINE,
    ) -> None:
        self._transport = transport
        self._policy = policy or RetryPolicy()
        self._max_bytes = max_response_bytes
        self._deadline = deadline

    async def _attempt(self, call: _Call) -> httpx.Response:
        call.start_attempt()
        response = await self._transport.handle_async_request(call.request)
        try:
            declared = call.check_length(response)
            chunks: list[bytes] = []
            size = 0
            response.request = call.request
            async for chunk in response.aiter_bytes():
                size = call.add(response, chunks, chunk, size)
        finally:
            await response.aclose()
        return call.buffered(response, b"".join(chunks), declared)

    async def _bounded_attempt(self, call: _Call) -> httpx.Response:
        try:
            with anyio.fail_after(call.remaining()):
                return await self._attempt(call)
        except TimeoutError as exc:
            raise call.expired() from exc

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await request.aread()
        call = _Call(request, self._deadline, self._max_bytes)
        attempt = 1
        while True:
            try:
                response = await self._bounded_attempt(call)
            except (httpx.TimeoutException, *_RETRYABLE_ERRORS) as exc:
                delay = call.error_delay(self._policy, exc, attempt)
                if delay is None:
                    raise
                outcome = type(exc).__name__
            else:
                delay = self._policy.delay_for(request, response, attempt)
                if delay is None or not call.fits(delay):
                    return response
                outcome = str(response.status_code)
            _log_retry(request, outcome, delay, attempt, self._policy.attempts)
            await self._policy.async_sleep(delay)
            attempt += 1

    async def aclose(self) -> None:
        await self._transport.aclose()


class _RefuseServerCookies(http.cookiejar.DefaultCookiePolicy):
    """The API needs no cookie from a server: a ``Set-Cookie`` is never stored (a malformed one,
    non-ASCII say, would otherwise break every later request of the client)."""

    def set_ok(self, cookie: http.cookiejar.Cookie, request: urllib.request.Request) -> bool:
        return False


def _cookie_jar(cookies: Mapping[str, str]) -> http.cookiejar.CookieJar:
    # A CookieJar, not httpx.Cookies: httpx.Client copies the latter into a jar of its own.
    jar = httpx.Cookies(http.cookiejar.CookieJar(policy=_RefuseServerCookies()))
    for name, value in cookies.items():
        jar.set(name, value)
    return jar.jar


class _TokenAuth(httpx.Auth):
    """Puts the token in its header on each request, so it is never among a client's headers."""

    def __init__(self, header: str, value: str) -> None:
        self._header = header
        self._value = value

    def __repr__(self) -> str:
        return f"_TokenAuth({self._header!r}, '[redacted]')"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers[self._header] = self._value
        yield request


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

        ``timeout``: an ``httpx.Timeout``; default ``DEFAULT_TIMEOUT``: 10 s to connect, 30 s for
        each other socket operation (each read, each write, the wait for a pooled connection).
        It bounds no whole call: a server sending a byte every few seconds never exceeds it;
        ``deadline`` does. API functions raise ``errors.RequestTimeoutError`` when it is exceeded.

        ``verify_ssl``, ``follow_redirects``: as httpx.

        ``retry``: a ``RetryPolicy`` (default: 3 attempts); ``RetryPolicy.disabled()`` turns retries off.

        ``deadline``: seconds a whole call may take, retries and their waits included (default
        ``DEFAULT_DEADLINE``, 120 s; None for none). Past it: ``errors.DeadlineExceededError``.

        ``max_response_bytes``: the largest response body accepted, decoded (default
        ``DEFAULT_MAX_RESPONSE_BYTES``, 16 MiB). Past it: ``errors.ResponseTooLargeError``.

        ``httpx_args``: more arguments for ``httpx.Client`` / ``httpx.AsyncClient``. A ``transport``
        and the transports of ``mounts`` given here are wrapped with the retry policy; ``proxy``,
        ``http1``, ``http2``, ``cert``, ``limits`` and ``trust_env`` configure the transport
        the client builds otherwise. As in httpx, with no ``proxy`` and ``trust_env`` on, the
        environment's proxy for the host of ``base_url`` is used (``HTTPS_PROXY``, ``NO_PROXY`` ...).
        ``auth`` is refused by ``AuthenticatedClient``, which sends its token itself.

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
    deadline: float | None = field(default=DEFAULT_DEADLINE, kw_only=True, validator=_positive_or_none)
    max_response_bytes: int = field(default=DEFAULT_MAX_RESPONSE_BYTES, kw_only=True, validator=validators.ge(0))
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

    def _client_args(self) -> dict[str, Any]:
        args = dict(self._httpx_args)
        return args

    def sensitive_values(self) -> tuple[str, ...]:
        """The strings scrubbed from the client's exceptions: the cookies and
        the values of headers whose names look secret (``auth``, ``token``, ``key``, ``cookie``
        ...), each as sent and JSON-escaped."""
        values = [value for name, value in self._headers.items() if _is_sensitive(name)]
        values += list(self._cookies.values())
        return _secret_forms(values)

    def _wrap(self, transport: httpx.BaseTransport) -> httpx.BaseTransport:
        return RetryTransport(transport, self.retry, max_response_bytes=self.max_response_bytes, deadline=self.deadline)

    def _async_wrap(self, transport: httpx.AsyncBaseTransport) -> httpx.AsyncBaseTransport:
        return AsyncRetryTransport(
            transport, self.retry, max_response_bytes=self.max_response_bytes, deadline=self.deadline
        )

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Manually set the underlying httpx.Client

        **NOTE**: This overrides every other setting of this client: cookies, headers (the
        token and User-Agent included), timeout, retries, deadline and body cap. Configure them on
        ``client`` yourself; for retries, the cap and the deadline, give it
        ``transport=RetryTransport(httpx.HTTPTransport(), RetryPolicy())``.
        """
        self._client = client
        return self

    def get_httpx_client(self) -> httpx.Client:
        """Get the underlying httpx.Client, constructing a new one if not previously set"""
        if self._client is None:
            args = self._client_args()
            transport = args.pop("transport", None)
            if transport is None:
                transport = httpx.HTTPTransport(**_transport_options(self._base_url, self._verify_ssl, args))
            if args.get("mounts"):
                args["mounts"] = {
                    pattern: None if mounted is None else self._wrap(mounted)
                    for pattern, mounted in args["mounts"].items()
                }
            self._client = httpx.Client(
                base_url=self._base_url,
                cookies=_cookie_jar(self._cookies),
                headers=self._request_headers(),
                timeout=self._timeout,
                verify=self._verify_ssl,
                follow_redirects=self._follow_redirects,
                transport=self._wrap(transport),
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
            args = self._client_args()
            async_transport = args.pop("transport", None)
            if async_transport is None:
                async_transport = httpx.AsyncHTTPTransport(**_transport_options(self._base_url, self._verify_ssl, args))
            if args.get("mounts"):
                args["mounts"] = {
                    pattern: None if mounted is None else self._async_wrap(mounted)
                    for pattern, mounted in args["mounts"].items()
                }
            self._async_client = httpx.AsyncClient(
                base_url=self._base_url,
                cookies=_cookie_jar(self._cookies),
                headers=self._request_headers(),
                timeout=self._timeout,
                verify=self._verify_ssl,
                follow_redirects=self._follow_redirects,
                transport=self._async_wrap(async_transport),
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
    """A client for secured operations: ``Authorization: Bearer <token>`` on every request.

    Keyword arguments:

        ``base_url``: the API's base URL, e.g. ``https://app.ecwid.com/api/v3``.

        ``cookies``, ``headers``: sent with every request. A ``User-Agent`` (``USER_AGENT``) is
        added unless given. Shown redacted by ``repr``.

        ``timeout``: an ``httpx.Timeout``; default ``DEFAULT_TIMEOUT``: 10 s to connect, 30 s for
        each other socket operation (each read, each write, the wait for a pooled connection).
        It bounds no whole call: a server sending a byte every few seconds never exceeds it;
        ``deadline`` does. API functions raise ``errors.RequestTimeoutError`` when it is exceeded.

        ``verify_ssl``, ``follow_redirects``: as httpx.

        ``retry``: a ``RetryPolicy`` (default: 3 attempts); ``RetryPolicy.disabled()`` turns retries off.

        ``deadline``: seconds a whole call may take, retries and their waits included (default
        ``DEFAULT_DEADLINE``, 120 s; None for none). Past it: ``errors.DeadlineExceededError``.

        ``max_response_bytes``: the largest response body accepted, decoded (default
        ``DEFAULT_MAX_RESPONSE_BYTES``, 16 MiB). Past it: ``errors.ResponseTooLargeError``.

        ``httpx_args``: more arguments for ``httpx.Client`` / ``httpx.AsyncClient``. A ``transport``
        and the transports of ``mounts`` given here are wrapped with the retry policy; ``proxy``,
        ``http1``, ``http2``, ``cert``, ``limits`` and ``trust_env`` configure the transport
        the client builds otherwise. As in httpx, with no ``proxy`` and ``trust_env`` on, the
        environment's proxy for the host of ``base_url`` is used (``HTTPS_PROXY``, ``NO_PROXY`` ...).
        ``auth`` is refused by ``AuthenticatedClient``, which sends its token itself.

    Attributes:
        raise_on_unexpected_status: raise ``errors.UnexpectedStatusError`` for a status the
            OpenAPI document does not list, instead of answering ``parsed=None``.
        token: the access token; never shown by ``repr``/``str``, nor among the httpx client's
            headers (an ``httpx.Auth`` adds it to each request), nor in the client's exceptions.
        prefix: the Authorization scheme, ``Bearer`` ("" sends the bare token).
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
    deadline: float | None = field(default=DEFAULT_DEADLINE, kw_only=True, validator=_positive_or_none)
    max_response_bytes: int = field(default=DEFAULT_MAX_RESPONSE_BYTES, kw_only=True, validator=validators.ge(0))
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
        return headers

    def _client_args(self) -> dict[str, Any]:
        args = dict(self._httpx_args)
        if "auth" in args:
            raise ValueError("httpx_args may not set auth: the AuthenticatedClient sends its token itself")
        args["auth"] = _TokenAuth(self.auth_header_name, f"{self.prefix} {self.token}" if self.prefix else self.token)
        return args

    def sensitive_values(self) -> tuple[str, ...]:
        """The strings scrubbed from the client's exceptions: the token, the cookies and
        the values of headers whose names look secret (``auth``, ``token``, ``key``, ``cookie``
        ...), each as sent and JSON-escaped."""
        values = [value for name, value in self._headers.items() if _is_sensitive(name)]
        values += list(self._cookies.values())
        values.append(self.token)
        return _secret_forms(values)

    def _wrap(self, transport: httpx.BaseTransport) -> httpx.BaseTransport:
        return RetryTransport(transport, self.retry, max_response_bytes=self.max_response_bytes, deadline=self.deadline)

    def _async_wrap(self, transport: httpx.AsyncBaseTransport) -> httpx.AsyncBaseTransport:
        return AsyncRetryTransport(
            transport, self.retry, max_response_bytes=self.max_response_bytes, deadline=self.deadline
        )

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Manually set the underlying httpx.Client

        **NOTE**: This overrides every other setting of this client: cookies, headers (the
        token and User-Agent included), timeout, retries, deadline and body cap. Configure them on
        ``client`` yourself; for retries, the cap and the deadline, give it
        ``transport=RetryTransport(httpx.HTTPTransport(), RetryPolicy())``.
        """
        self._client = client
        return self

    def get_httpx_client(self) -> httpx.Client:
        """Get the underlying httpx.Client, constructing a new one if not previously set"""
        if self._client is None:
            args = self._client_args()
            transport = args.pop("transport", None)
            if transport is None:
                transport = httpx.HTTPTransport(**_transport_options(self._base_url, self._verify_ssl, args))
            if args.get("mounts"):
                args["mounts"] = {
                    pattern: None if mounted is None else self._wrap(mounted)
                    for pattern, mounted in args["mounts"].items()
                }
            self._client = httpx.Client(
                base_url=self._base_url,
                cookies=_cookie_jar(self._cookies),
                headers=self._request_headers(),
                timeout=self._timeout,
                verify=self._verify_ssl,
                follow_redirects=self._follow_redirects,
                transport=self._wrap(transport),
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
            args = self._client_args()
            async_transport = args.pop("transport", None)
            if async_transport is None:
                async_transport = httpx.AsyncHTTPTransport(**_transport_options(self._base_url, self._verify_ssl, args))
            if args.get("mounts"):
                args["mounts"] = {
                    pattern: None if mounted is None else self._async_wrap(mounted)
                    for pattern, mounted in args["mounts"].items()
                }
            self._async_client = httpx.AsyncClient(
                base_url=self._base_url,
                cookies=_cookie_jar(self._cookies),
                headers=self._request_headers(),
                timeout=self._timeout,
                verify=self._verify_ssl,
                follow_redirects=self._follow_redirects,
                transport=self._async_wrap(async_transport),
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
