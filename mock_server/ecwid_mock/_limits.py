"""Per-token rate limit and fault injection: the two ways the mock refuses work on purpose.

The policies (`RateLimiter`, `FaultInjector`) hold only their settings; what changes as
requests arrive (each token's window, the dice of the faults) belongs to the store, so that
`CustomerStore.reset()` puts all of it back.
"""

from __future__ import annotations

import hashlib
import math
import random
import threading
import time

from ._errors import InjectedFaultError, RateLimitedError


class RequestWindows:
    """Each token's fixed window: when it opened and how many requests it has admitted.

    Tokens are kept as SHA-256 digests, never in clear.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._windows: dict[str, tuple[float, int]] = {}

    def admit(self, token: str, limit: int, window: float, now: float) -> int:
        """Count one request; answer 0 when admitted, else the whole seconds left (>= 1)."""
        key = hashlib.sha256(token.encode()).hexdigest()
        with self._lock:
            start, count = self._windows.get(key, (now, 0))
            if now - start >= window:
                start, count = now, 0
            if count >= limit:  # refused requests do not count
                return max(1, math.ceil(start + window - now))
            self._windows[key] = (start, count + 1)
            return 0

    def reset(self) -> None:
        with self._lock:
            self._windows.clear()


class FaultDice:
    """A seeded random source for injected faults; `reset()` starts the sequence again."""

    def __init__(self, seed: int | None = None) -> None:
        self._lock = threading.Lock()
        self.seed(seed)

    def seed(self, seed: int | None) -> None:
        self._seed = seed
        self._random = random.Random(seed)  # noqa: S311 - test faults, not cryptography

    def roll(self, rate: float) -> int | None:
        """500 or 503 for a fraction `rate` of the rolls, else None."""
        with self._lock:
            hit = self._random.random() < rate
            status = self._random.choice((500, 503))
        return status if hit else None

    def reset(self) -> None:
        with self._lock:
            self.seed(self._seed)


class RateLimiter:
    """`limit` requests per `window` seconds per token (a fixed window); 0 turns it off.

    Beyond the limit every request is refused with 429 and `Retry-After` (whole seconds, at
    least 1, rounded up) until the window ends; refused requests do not count.
    """

    def __init__(self, limit: int, window: float) -> None:
        if limit < 0 or not window > 0:
            raise ValueError("rate_limit must be >= 0 and rate_window > 0")
        self.limit = limit
        self.window = window

    def check(self, windows: RequestWindows, token: str) -> None:
        if self.limit == 0:
            return
        retry_after = windows.admit(token, self.limit, self.window, time.monotonic())
        if retry_after:
            raise RateLimitedError(retry_after)


class FaultInjector:
    """Answers a fraction `rate` of requests with 500 or 503, before anything is stored."""

    def __init__(self, rate: float) -> None:
        if not 0.0 <= rate <= 1.0:
            raise ValueError("fail_rate must be between 0 and 1")
        self.rate = rate

    def check(self, dice: FaultDice) -> None:
        if self.rate == 0:
            return
        status = dice.roll(self.rate)
        if status is not None:
            raise InjectedFaultError(status)
