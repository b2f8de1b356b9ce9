"""Fixtures for the mock's tests: each test starts its own servers on 127.0.0.1 and a free port,
talks to them over real HTTP with httpx, and stops them when it ends."""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from ecwid_mock import DEFAULT_SCOPES, DEFAULT_STORE_ID, DEFAULT_TOKEN, BackgroundServer, CustomerStore, create_app

AUTH = {"Authorization": f"Bearer {DEFAULT_TOKEN}"}
STORE = DEFAULT_STORE_ID
ALL_SCOPES = list(DEFAULT_SCOPES)


class Mock:
    """A running mock, its app and store, and an httpx client on `/api/v3/1003` with the default token."""

    def __init__(self, server: BackgroundServer, app: Any) -> None:
        self.server = server
        self.app = app
        self.store: CustomerStore = app.state.store
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

    def client(self, token: str | None = None, *, store: int = STORE) -> httpx.Client:
        """Another client of this server, with `token` (or none) for `store`."""
        headers = {} if token is None else {"Authorization": f"Bearer {token}"}
        return httpx.Client(base_url=f"{self.server.base_url}/{store}", headers=headers, timeout=10.0)


StartMock = Callable[..., Mock]


@pytest.fixture
def start_mock() -> Iterator[StartMock]:
    """`start_mock(**create_app_options)`: every mock started is stopped after the test."""
    with ExitStack() as stack:

        def start(**options: Any) -> Mock:
            app = create_app(**options)
            server = stack.enter_context(BackgroundServer(app))
            mock = Mock(server, app)
            stack.callback(mock.http.close)
            return mock

        yield start


@pytest.fixture
def mock(start_mock: StartMock) -> Mock:
    return start_mock()


@pytest.fixture
def edited_spec(spec: dict[str, Any], tmp_path: Path) -> Callable[[Callable[[dict[str, Any]], None]], Path]:
    """`edited_spec(edit)`: a copy of the OpenAPI document changed by `edit`, written to a file."""

    def write(edit: Callable[[dict[str, Any]], None]) -> Path:
        document = copy.deepcopy(spec)
        edit(document)
        path = tmp_path / "edited.yaml"
        path.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
        return path

    return write
