"""Per-token rate limit and fault injection: the two ways the mock refuses work on purpose."""

from __future__ import annotations

import hashlib
import math
import random
import threading
import time

from ._errors import InjectedFaultError, RateLimitedError


class RateLimiter:
    """A fixed window per token: `limit` requests per `window` seconds; 0 turns it off.

    Beyond the limit every request is refused with 429 and `Retry-After` (whole seconds,
    at least 1) until the window ends; refused requests do not count.
    """

    def __init__(self, limit: int, window: float) -> None:
        self.limit = limit
        self.window = window
        self._lock = threading.Lock()
        self._windows: dict[str, tuple[float, int]] = {}

    def check(self, token: str) -> None:
        if self.limit <= 0:
            return
        key = hashlib.sha256(token.encode()).hexdigest()  # no token is kept in clear
        now = time.monotonic()
        with self._lock:
            start, count = self._windows.get(key, (now, 0))
            if now - start >= self.window:
                start, count = now, 0
            if count >= self.limit:
                raise RateLimitedError(max(1, math.ceil(start + self.window - now)))
            self._windows[key] = (start, count + 1)

    def reset(self) -> None:
        with self._lock:
            self._windows.clear()


class FaultInjector:
    """Answers a fraction `rate` of requests with 500 or 503, before anything is stored."""

    def __init__(self, rate: float, seed: int | None = None) -> None:
        self.rate = rate
        self._random = random.Random(seed)  # noqa: S311 - test faults, not cryptography
        self._lock = threading.Lock()

    def check(self) -> None:
        if self.rate <= 0:
            return
        with self._lock:
            hit = self._random.random() < self.rate
            status = self._random.choice((500, 503))
        if hit:
            raise InjectedFaultError(status)
