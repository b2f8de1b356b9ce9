"""Where the suite points: the embedded mock (default) or a live store from the environment.

Environment:
    ECWID_BASE_URL, ECWID_STORE_ID, ECWID_TOKEN   all three: test that server instead of the mock
    ECWID_ALLOW_WRITES=1                          let the suite create, change and delete customers there
    ECWID_RATE_PER_MINUTE                         request budget against a live store (default 500 < 600),
                                                  shared out between pytest-xdist workers
    ECWID_MOCK_FACTORY=module:callable            build the embedded server with another app factory
                                                  (same keywords as `ecwid_mock.create_app`); the
                                                  project's own tests use it to run deliberately
                                                  broken servers
"""

from __future__ import annotations

import contextlib
import importlib
import os
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import requests

from contract_tests import _drift
from ecwid_mock import DEFAULT_STORE_ID, DEFAULT_TOKEN, BackgroundServer, create_app

AppFactory = Callable[..., Any]


class TargetConfigError(Exception):
    """The environment names a target the suite cannot use."""


class Throttle:
    """Spaces requests at least `interval` seconds apart, across threads."""

    def __init__(self, per_minute: float) -> None:
        self.interval = 60.0 / per_minute if per_minute > 0 else 0.0
        self._lock = threading.Lock()
        self._next = 0.0

    def wait(self) -> None:
        if not self.interval:
            return
        with self._lock:
            now = time.monotonic()
            delay = self._next - now
            self._next = max(now, self._next) + self.interval
        if delay > 0:
            time.sleep(delay)


@dataclass(frozen=True)
class Target:
    """A server under test. `token` is kept out of `repr` so it never reaches a report."""

    base_url: str
    store_id: int
    token: str = field(repr=False)
    is_mock: bool
    allow_writes: bool
    throttle: Throttle = field(repr=False, compare=False)
    run_id: str = field(default_factory=lambda: uuid.uuid4().hex[:10])

    def email(self, label: str) -> str:
        """An address that names this run, so anything left behind can be found and removed."""
        return f"contract-{self.run_id}-{label}@example.com".lower()


class ThrottledSession(requests.Session):
    """A requests session that keeps under the target's rate budget (a no-op on the mock)."""

    def __init__(self, target: Target) -> None:
        super().__init__()
        self._target = target

    def request(self, method: str | bytes, url: str | bytes, *args: Any, **kwargs: Any) -> requests.Response:
        self._target.throttle.wait()
        response = super().request(method, url, *args, **kwargs)  # type: ignore[arg-type]
        _drift.observe_requests(response)
        return response


def mock_factory() -> AppFactory:
    spec = os.environ.get("ECWID_MOCK_FACTORY", "").strip()
    if not spec:
        return create_app
    module_name, _, attr = spec.partition(":")
    if not module_name or not attr:
        raise TargetConfigError(f"ECWID_MOCK_FACTORY must look like 'package.module:callable', got {spec!r}")
    factory: AppFactory = getattr(importlib.import_module(module_name), attr)
    return factory


@contextlib.contextmanager
def embedded(**options: Any) -> Iterator[BackgroundServer]:
    """Run an app from the configured factory on 127.0.0.1 and a free port, and stop it after."""
    app = mock_factory()(access_log=False, **options)
    with BackgroundServer(app) as server:
        yield server


def live_from_env() -> Target | None:
    names = ("ECWID_BASE_URL", "ECWID_STORE_ID", "ECWID_TOKEN")
    values = {name: os.environ.get(name, "").strip() for name in names}
    if not any(values.values()):
        return None
    missing = [name for name, value in values.items() if not value]
    if missing:
        raise TargetConfigError(f"set all of {', '.join(names)} to test a live store; missing: {missing}")
    try:
        store_id = int(values["ECWID_STORE_ID"])
    except ValueError:
        raise TargetConfigError("ECWID_STORE_ID must be an integer") from None
    per_minute = float(os.environ.get("ECWID_RATE_PER_MINUTE", "500"))
    # Under pytest-xdist every worker sends requests: the budget is shared out between them.
    per_minute /= max(1, int(os.environ.get("PYTEST_XDIST_WORKER_COUNT", "1") or 1))
    return Target(
        base_url=values["ECWID_BASE_URL"].rstrip("/"),
        store_id=store_id,
        token=values["ECWID_TOKEN"],
        is_mock=False,
        allow_writes=os.environ.get("ECWID_ALLOW_WRITES") == "1",
        throttle=Throttle(per_minute),
    )


def mock_target(server: BackgroundServer) -> Target:
    return Target(
        base_url=server.base_url,
        store_id=DEFAULT_STORE_ID,
        token=DEFAULT_TOKEN,
        is_mock=True,
        allow_writes=True,
        throttle=Throttle(0),
    )
