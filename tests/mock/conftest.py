"""Fixtures for the mock's tests: each test gets its own server on 127.0.0.1 and a free port."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import ExitStack
from typing import Any

import httpx
import pytest

from ecwid_mock import DEFAULT_STORE_ID, DEFAULT_TOKEN, BackgroundServer, create_app

AUTH = {"Authorization": f"Bearer {DEFAULT_TOKEN}"}
STORE = DEFAULT_STORE_ID


class Mock:
    """A running mock, its app and an httpx client that sends the default token."""

    def __init__(self, server: BackgroundServer, app: Any) -> None:
        self.server = server
        self.app = app
        self.store = app.state.store
        self.http = httpx.Client(base_url=f"{server.base_url}/{STORE}", headers=AUTH, timeout=10.0)

    def create(self, **body: Any) -> int:
        response = self.http.post("/customers", json=body)
        assert response.status_code == 200, response.text
        customer_id: int = response.json()["id"]
        return customer_id

    def get(self, customer_id: int) -> dict[str, Any]:
        response = self.http.get(f"/customers/{customer_id}")
        assert response.status_code == 200, response.text
        customer: dict[str, Any] = response.json()
        return customer


@pytest.fixture
def start_mock() -> Iterator[Callable[..., Mock]]:
    """Start a mock with `create_app` options; every one started is stopped after the test."""
    with ExitStack() as stack:

        def start(**options: Any) -> Mock:
            app = create_app(**options)
            server = stack.enter_context(BackgroundServer(app))
            mock = Mock(server, app)
            stack.callback(mock.http.close)
            return mock

        yield start


@pytest.fixture
def mock(start_mock: Callable[..., Mock]) -> Mock:
    return start_mock()
