"""`BackgroundServer`: a free port on 127.0.0.1, ready when started, stopped and joined on exit."""

from __future__ import annotations

import logging
import threading
import time

import httpx
import pytest

from ecwid_mock import BackgroundServer, create_app


def _mock_threads() -> list[threading.Thread]:
    return [thread for thread in threading.enumerate() if thread.name.startswith("ecwid-mock:")]


def test_background_server_serves_on_a_free_port_and_stops() -> None:
    before = len(_mock_threads())
    with BackgroundServer(create_app()) as one, BackgroundServer(create_app()) as two:
        assert one.port != two.port
        assert one.base_url == f"http://127.0.0.1:{one.port}/api/v3"
        assert one.root_url == f"http://127.0.0.1:{one.port}"
        assert httpx.get(f"{one.base_url}/1003/customers/1").status_code == 403  # ready at once
        assert str(one.port) in repr(one)
    assert len(_mock_threads()) == before
    with pytest.raises(httpx.TransportError):
        httpx.get(f"{one.base_url}/1003/customers/1", timeout=2.0)


def test_background_server_stops_with_a_connection_still_open() -> None:
    with BackgroundServer(create_app()) as server, httpx.Client(timeout=5.0) as http:
        http.get(f"{server.base_url}/1003/customers/1")
        started = time.monotonic()
        server.stop()
        assert time.monotonic() - started < server.stop_timeout + 2
    assert not _mock_threads()


def test_background_server_runs_any_asgi_app_with_uvicorns_access_log_on_request(
    caplog: pytest.LogCaptureFixture,
) -> None:
    uvicorn_access = logging.getLogger("uvicorn.access")  # uvicorn does not propagate it to the root
    app = create_app(access_log=False)
    with caplog.at_level(logging.INFO), BackgroundServer(app, access_log=True) as server:
        uvicorn_access.addHandler(caplog.handler)
        try:
            httpx.get(f"{server.base_url}/1003/customers/1")
            deadline = time.monotonic() + 5
            while not any(r.name == "uvicorn.access" for r in caplog.records) and time.monotonic() < deadline:
                time.sleep(0.01)
        finally:
            uvicorn_access.removeHandler(caplog.handler)
    assert any(r.name == "uvicorn.access" for r in caplog.records)
    assert not any(r.name == "ecwid_mock.access" for r in caplog.records)


def test_a_background_server_cannot_start_twice() -> None:
    with BackgroundServer(create_app()) as server, pytest.raises(RuntimeError, match="running already"):
        server.start()
