"""Fixtures for the client's tests: scripted transports and a real mock on a free port."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import ExitStack
from typing import Any

import httpx
import pytest

from ecwid_client import AuthenticatedClient, RetryPolicy
from ecwid_mock import DEFAULT_TOKEN, BackgroundServer, create_app
from tests.client.hostile import HostileServer

TOKEN = "secret_client_unit_token"
BASE_URL = "https://app.ecwid.com/api/v3"


class Sleeps(list[float]):
    """A fake `sleep` (sync and async) that records each delay instead of waiting."""

    def __call__(self, seconds: float) -> None:
        self.append(seconds)

    async def async_sleep(self, seconds: float) -> None:
        self.append(seconds)


class Script:
    """A transport handler that answers from a list (the last answer repeats), recording every
    request it receives. Each answer is sent as a fresh copy, so one can be given many times."""

    def __init__(self, *answers: httpx.Response | Exception) -> None:
        self.answers = list(answers)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        answer = self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]
        if isinstance(answer, Exception):
            raise answer
        return httpx.Response(answer.status_code, headers=answer.headers, content=answer.content)

    @property
    def methods(self) -> list[str]:
        return [request.method for request in self.requests]


Scripted = Callable[..., tuple[AuthenticatedClient, Script]]


@pytest.fixture
def sleeps() -> Sleeps:
    return Sleeps()


@pytest.fixture
def scripted(sleeps: Sleeps) -> Iterator[Scripted]:
    """`scripted(*answers, **policy)`: a client (sync and async) whose requests go to a `Script`,
    waiting through `sleeps`; `policy` holds `RetryPolicy` fields."""
    made: list[AuthenticatedClient] = []

    def make(*answers: httpx.Response | Exception, **policy: Any) -> tuple[AuthenticatedClient, Script]:
        script = Script(*answers)
        retry = RetryPolicy(sleep=sleeps, async_sleep=sleeps.async_sleep, **policy)
        client = AuthenticatedClient(
            base_url=BASE_URL, token=TOKEN, retry=retry, httpx_args={"transport": httpx.MockTransport(script)}
        )
        made.append(client)
        return client, script

    yield make
    for client in made:
        client.get_httpx_client().close()


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


StartMock = Callable[..., tuple[BackgroundServer, Any]]


@pytest.fixture
def start_mock() -> Iterator[StartMock]:
    """`start_mock(**create_app_options)`: a real mock (its server and app); stopped after the test."""
    with ExitStack() as stack:

        def start(**options: Any) -> tuple[BackgroundServer, Any]:
            app = create_app(**options)
            return stack.enter_context(BackgroundServer(app)), app

        yield start


def mock_client(server: BackgroundServer, **policy: Any) -> AuthenticatedClient:
    """A client of the real mock, with the default retry policy but for `policy`."""
    return AuthenticatedClient(base_url=server.base_url, token=DEFAULT_TOKEN, retry=RetryPolicy(**policy))


@pytest.fixture
def hostile() -> Iterator[HostileServer]:
    """A started `HostileServer` (plain asyncio on 127.0.0.1, a free port), stopped after the test."""
    with HostileServer() as server:
        yield server


HostileClient = Callable[..., AuthenticatedClient]


@pytest.fixture
def hostile_client(hostile: HostileServer, sleeps: Sleeps) -> Iterator[HostileClient]:
    """`hostile_client(**options)`: a client of the hostile server waiting through `sleeps`, with a
    5 s timeout; `options` are `AuthenticatedClient` fields, or `RetryPolicy` fields under `retry`."""
    made: list[AuthenticatedClient] = []

    def make(retry: dict[str, Any] | None = None, **options: Any) -> AuthenticatedClient:
        policy = RetryPolicy(sleep=sleeps, async_sleep=sleeps.async_sleep, **(retry or {}))
        options.setdefault("timeout", httpx.Timeout(5.0))
        client = AuthenticatedClient(base_url=hostile.base_url, token=TOKEN, retry=policy, **options)
        made.append(client)
        return client

    yield make
    for client in made:
        client.get_httpx_client().close()
