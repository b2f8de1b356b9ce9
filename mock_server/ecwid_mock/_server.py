"""`BackgroundServer`: run an ASGI app under uvicorn on 127.0.0.1 and a free port, in a thread.

    with BackgroundServer(create_app()) as server:
        httpx.get(f"{server.base_url}/1003/customers/1", headers=...)

The socket is bound (port 0) before the thread starts, so there is no race for the port;
start and stop are bounded in time. It runs with the same HTTP limits as `ecwid-mock`
(`ecwid_mock._http`: URL, header and head sizes, keep-alive idle timeout).
"""

from __future__ import annotations

import logging
import socket
import threading
import time
from collections.abc import Mapping
from types import TracebackType
from typing import Any

import uvicorn

from ._errors import ServerStartError
from ._http import server_options


class BackgroundServer:
    """Runs `app` on `host` and a free port until `stop()` (or the end of the `with` block).

    `access_log` turns on uvicorn's own access log, for apps that have none of their own; the
    mock logs each request itself (`create_app(access_log=...)`, logger `ecwid_mock.access`).
    `options` are more `uvicorn.Config` keywords (the proxy runs with `server_header=False,
    date_header=False`, so that the upstream's headers are the only ones).
    """

    def __init__(
        self,
        app: Any,
        *,
        host: str = "127.0.0.1",
        access_log: bool = False,
        start_timeout: float = 10.0,
        stop_timeout: float = 10.0,
        options: Mapping[str, Any] | None = None,
    ) -> None:
        self.app = app
        self.host = host
        self.access_log = access_log
        self.start_timeout = start_timeout
        self.stop_timeout = stop_timeout
        self.options = dict(options or {})
        self.port = 0
        self._socket: socket.socket | None = None
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None

    def __repr__(self) -> str:
        state = "running" if self._thread is not None else "stopped"
        return f"<BackgroundServer {self.root_url} {state}>"

    @property
    def root_url(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def base_url(self) -> str:
        return f"{self.root_url}/api/v3"

    def start(self) -> BackgroundServer:
        if self._thread is not None:
            raise RuntimeError("the server is running already")
        # IPPROTO_TCP explicitly: asyncio sets TCP_NODELAY only on sockets whose proto says TCP,
        # and without it every response waits ~40 ms for a delayed ACK.
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        sock.bind((self.host, 0))
        self._socket = sock
        self.port = sock.getsockname()[1]
        settings: dict[str, Any] = {"lifespan": "off", "timeout_graceful_shutdown": 2, **server_options()}
        config = uvicorn.Config(self.app, log_level="warning", access_log=self.access_log, **(settings | self.options))
        if self.access_log:  # uvicorn's access lines are INFO, under the WARNING level set above
            logging.getLogger("uvicorn.access").setLevel(logging.INFO)
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(
            target=self._server.run, kwargs={"sockets": [sock]}, name=f"ecwid-mock:{self.port}", daemon=True
        )
        self._thread.start()
        deadline = time.monotonic() + self.start_timeout
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                self.stop()
                raise ServerStartError(f"the server did not start on {self.root_url} within {self.start_timeout} s")
            time.sleep(0.005)
        return self

    def stop(self) -> None:
        """Ask uvicorn to finish (open connections get `timeout_graceful_shutdown`), then force it."""
        server, thread, sock = self._server, self._thread, self._socket
        self._server = self._thread = self._socket = None
        if server is not None:
            server.should_exit = True
        if thread is not None:
            thread.join(self.stop_timeout)
            if thread.is_alive() and server is not None:
                server.force_exit = True
                thread.join(1.0)
        if sock is not None:
            sock.close()

    def __enter__(self) -> BackgroundServer:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()
