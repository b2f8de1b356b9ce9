"""A hostile HTTP server in plain asyncio: it answers each request with raw bytes a test scripts.

It listens on 127.0.0.1 on a free port, in its own event loop on a thread (so sync and async
clients can both call it), answers one request a connection and then closes it. Every answer
is bounded in bytes and time; `stop()` cancels whatever is still running.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Awaitable, Callable
from contextlib import suppress
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any

READ_LIMIT = 64 * 1024
STEP_TIMEOUT = 5.0  # the longest the server waits for one read from a client


@dataclass
class Request:
    method: str
    path: str
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""


Answer = Callable[[Request, asyncio.StreamWriter], Awaitable[None]]


def response_bytes(status: int | str, body: bytes = b"", headers: list[tuple[str, str]] | None = None) -> bytes:
    """A raw HTTP/1.1 answer; `Content-Length` and `Connection: close` unless `headers` set them."""
    headers = list(headers or [])
    names = {name.lower() for name, _ in headers}
    if "content-length" not in names and "transfer-encoding" not in names:
        headers.append(("Content-Length", str(len(body))))
    if "connection" not in names:
        headers.append(("Connection", "close"))
    head = f"HTTP/1.1 {status} Hostile\r\n" + "".join(f"{name}: {value}\r\n" for name, value in headers)
    return head.encode("utf-8", "surrogateescape") + b"\r\n" + body


def raw(data: bytes) -> Answer:
    """Send `data` as it is, then close."""

    async def answer(_request: Request, writer: asyncio.StreamWriter) -> None:
        writer.write(data)
        await writer.drain()

    return answer


def respond(status: int | str, body: bytes = b"", headers: list[tuple[str, str]] | None = None) -> Answer:
    return raw(response_bytes(status, body, headers))


def silence() -> Answer:
    """Read the request, answer nothing, close."""

    async def answer(_request: Request, _writer: asyncio.StreamWriter) -> None:
        return None

    return answer


def trickle(length: int, every: float) -> Answer:
    """Declare `length` bytes, then send one byte every `every` seconds (a `length`-byte bound)."""

    async def answer(_request: Request, writer: asyncio.StreamWriter) -> None:
        writer.write(response_bytes(200, headers=[("Content-Length", str(length))]))
        for _ in range(length):
            await writer.drain()
            await asyncio.sleep(every)
            writer.write(b" ")
        await writer.drain()

    return answer


def chunked(chunk: bytes, count: int, *, finish: bool = True, status: int = 200) -> Answer:
    """A chunked body of `count` copies of `chunk`; with `finish=False` it ends without the last chunk."""

    async def answer(_request: Request, writer: asyncio.StreamWriter) -> None:
        writer.write(response_bytes(status, headers=[("Transfer-Encoding", "chunked")]))
        for _ in range(count):
            writer.write(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n")
            await writer.drain()
        if finish:
            writer.write(b"0\r\n\r\n")
            await writer.drain()

    return answer


def echo_header(status: int, header: str) -> Answer:
    """An Ecwid error body whose message (and whose every field) quotes a request header."""

    async def answer(request: Request, writer: asyncio.StreamWriter) -> None:
        value = request.headers.get(header.lower(), "")
        body = f'{{"errorMessage": "Bad header: {value}", "errorCode": "{value}", "value": "{value}"}}'.encode()
        writer.write(response_bytes(status, body, [("Content-Type", "application/json")]))
        await writer.drain()

    return answer


async def _read_request(reader: asyncio.StreamReader) -> Request:
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    method, path, _ = [*lines[0].split(" "), "", "", ""][:3]
    headers = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        if name:
            headers[name.strip().lower()] = value.strip()
    length = int(headers.get("content-length", "0") or "0")
    body = await reader.readexactly(min(length, READ_LIMIT))
    return Request(method, path, headers, body)


class HostileServer:
    """`with HostileServer() as server: server.script(answer, ...)`; `server.requests` records
    each request received. The last scripted answer repeats."""

    def __init__(self) -> None:
        self.requests: list[Request] = []
        self._answers: list[Answer] = [respond(500)]
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name="hostile-server", daemon=True)
        self._tasks: set[asyncio.Task[Any]] = set()
        self._writers: list[asyncio.StreamWriter] = []
        self._server: asyncio.Server | None = None
        self.port = 0

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/v3"

    def script(self, *answers: Answer) -> None:
        self._answers = list(answers)
        self.requests.clear()

    def start(self) -> HostileServer:
        self._thread.start()
        asyncio.run_coroutine_threadsafe(self._start(), self._loop).result(STEP_TIMEOUT)
        return self

    def stop(self) -> None:
        asyncio.run_coroutine_threadsafe(self._stop(), self._loop).result(STEP_TIMEOUT)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(STEP_TIMEOUT)
        self._loop.close()

    def __enter__(self) -> HostileServer:
        return self.start()

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.stop()

    async def _start(self) -> None:
        self._server = await asyncio.start_server(self._handle, "127.0.0.1", 0, limit=READ_LIMIT)
        self.port = self._server.sockets[0].getsockname()[1]

    async def _stop(self) -> None:
        assert self._server is not None
        self._server.close()
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        for writer in self._writers:
            writer.close()
            with suppress(ConnectionError):
                await writer.wait_closed()
        await self._server.wait_closed()

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._tasks.add(task)
        self._writers.append(writer)
        try:
            request = await asyncio.wait_for(_read_request(reader), STEP_TIMEOUT)
            self.requests.append(request)
            answer = self._answers.pop(0) if len(self._answers) > 1 else self._answers[0]
            await asyncio.wait_for(answer(request, writer), STEP_TIMEOUT)
        except (ConnectionError, asyncio.IncompleteReadError, asyncio.LimitOverrunError, TimeoutError, ValueError):
            pass  # the client went away, or sent what this server does not read: just close
        finally:
            writer.close()
            self._tasks.discard(task)
