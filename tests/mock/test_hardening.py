"""Named regressions of issue 9: each hole an adversarial pass found, now closed."""

from __future__ import annotations

import contextlib
import logging
import socket
from typing import Any

import httpx
import pytest

from ecwid_mock import CustomerStore
from ecwid_mock._http import KEEP_ALIVE_SECONDS, MAX_HEAD_BYTES, MAX_HEADER_BYTES, MAX_HEADERS, MAX_URL_BYTES
from tests.mock.conftest import AUTH, Mock, StartMock

JSON = {"Content-Type": "application/json"}


def _error(response: httpx.Response, status: int, code: str | None = None) -> str:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/json; charset=utf-8"
    body: dict[str, Any] = response.json()
    assert set(body) <= {"errorMessage", "errorCode"}
    assert body.get("errorCode") == code
    message: str = body["errorMessage"]
    return message


def raw_exchange(port: int, request: bytes, *, timeout: float = 5.0) -> bytes:
    """Send `request` as is on a fresh connection; answer everything read until it closes."""
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as sock:
        with contextlib.suppress(OSError):  # the server may close before reading all of it
            sock.sendall(request)
        chunks = []
        try:
            while chunk := sock.recv(65536):
                chunks.append(chunk)
        except (ConnectionResetError, TimeoutError):
            pass
    return b"".join(chunks)


# -- path parameters of unusual length ------------------------------------------------------
@pytest.mark.parametrize("length", [19, 20, 40, 41, 1000, 8000])
def test_get_customer_answers_any_id_length_with_a_json_4xx(mock: Mock, length: int) -> None:
    for text in ("9" * length, "a" * length, "-" + "1" * length, "0" * length):
        response = mock.http.get(f"/customers/{text}")
        assert 400 <= response.status_code < 500, response.text
        assert response.json()["errorMessage"]


def test_a_url_over_the_limit_is_414(mock: Mock) -> None:
    message = _error(mock.http.get("/customers/" + "1" * MAX_URL_BYTES), 414, "URI_TOO_LONG")
    assert str(MAX_URL_BYTES) in message


def test_too_many_headers_is_431(mock: Mock) -> None:
    headers = {f"x-h{n}": "v" for n in range(MAX_HEADERS + 1)}
    _error(mock.http.get("/customers/1", headers=headers), 431, "HEADERS_TOO_LARGE")


def test_headers_over_the_size_limit_are_431(mock: Mock) -> None:
    _error(mock.http.get("/customers/1", headers={"x-big": "v" * MAX_HEADER_BYTES}), 431, "HEADERS_TOO_LARGE")


def test_a_head_that_never_ends_is_refused_and_closed(mock: Mock) -> None:
    request = b"GET /api/v3/1003/customers/1 HTTP/1.1\r\nHost: x\r\nX-Big: " + b"v" * (4 * MAX_HEAD_BYTES)
    answer = raw_exchange(mock.server.port, request)
    assert answer.startswith(b"HTTP/1.1 431 ")
    assert answer.endswith(b'"errorCode":"HEADERS_TOO_LARGE"}')
    assert b"connection: close" in answer


def test_malformed_http_gets_a_json_400(mock: Mock) -> None:
    answer = raw_exchange(mock.server.port, b"GET /\x00 HTTP/1.1\r\nHost: x\r\n\r\n")
    assert answer.startswith(b"HTTP/1.1 400 ")
    assert answer.endswith(b'"errorCode":"BAD_REQUEST"}')


def test_a_keep_alive_connection_idle_past_the_timeout_is_closed(mock: Mock) -> None:
    request = b"GET /api/v3/1003/customers/1 HTTP/1.1\r\nHost: x\r\n\r\n"
    with socket.create_connection(("127.0.0.1", mock.server.port), timeout=KEEP_ALIVE_SECONDS + 10) as sock:
        sock.sendall(request)
        assert sock.recv(65536).startswith(b"HTTP/1.1 403 ")
        assert sock.recv(65536) == b""  # closed by the server, not by this socket's timeout


# -- bodies the mock could not store and serve back ------------------------------------------
@pytest.mark.parametrize("depth", [33, 100, 500, 900, 990])
def test_create_customer_refuses_deep_nesting_with_a_400(mock: Mock, depth: int) -> None:
    for field in ("billingPerson", "unknownField"):
        raw = '{{"email": "d@example.com", "{}": {}1{}}}'.format(field, "[" * depth, "]" * depth)
        message = _error(mock.http.post("/customers", content=raw, headers=JSON), 400, "WRONG_PARAMETER")
        assert message.startswith((f"Field '{field}", "Request body is not valid JSON"))
    assert len(mock.store) == 0


def test_create_customer_accepts_nesting_within_the_limit(mock: Mock) -> None:
    raw = '{{"email": "d@example.com", "unknownField": {}1{}}}'.format("[" * 30, "]" * 30)
    assert mock.http.post("/customers", content=raw, headers=JSON).status_code == 200


@pytest.mark.parametrize(
    "raw",
    [
        b'{"email": "s@example.com", "taxId": "\\ud800"}',
        b'{"email": "s@example.com", "billingPerson": {"name": "a\\udfffb"}}',
        b'{"email": "s@example.com", "contacts": [{"contact": "\\udc00", "type": "OTHER"}]}',
        b'{"email": "s@example.com", "extra": {"\\ud800": 1}}',
    ],
)
def test_create_customer_refuses_a_lone_surrogate_naming_the_field(mock: Mock, raw: bytes) -> None:
    message = _error(mock.http.post("/customers", content=raw, headers=JSON), 400, "WRONG_PARAMETER")
    assert message.startswith("Field '")
    assert "surrogate" in message
    assert len(mock.store) == 0


def test_update_customer_refuses_a_lone_surrogate_and_keeps_the_customer_readable(mock: Mock) -> None:
    customer_id = mock.create(email="keep@example.com")
    raw = b'{"privateAdminNotes": "\\ud83d"}'
    assert "privateAdminNotes" in _error(
        mock.http.put(f"/customers/{customer_id}", content=raw, headers=JSON), 400, "WRONG_PARAMETER"
    )
    assert mock.get(customer_id)["email"] == "keep@example.com"


def test_nul_and_control_characters_round_trip(mock: Mock) -> None:
    text = "a\x00b\x01\x1f\u2028\U0001f600"
    customer_id = mock.create(email="nul@example.com", taxId=text)
    assert mock.get(customer_id)["taxId"] == text


@pytest.mark.parametrize("value", [2**63, -(2**63) - 1, 10**30, 1e300])
def test_an_int64_field_refuses_numbers_beyond_int64(mock: Mock, value: object) -> None:
    body = {"email": "n@example.com", "customerGroupId": value}
    assert "customerGroupId" in _error(mock.http.post("/customers", json=body), 400, "WRONG_PARAMETER")


def test_an_integral_float_is_stored_as_an_exact_integer(mock: Mock) -> None:
    raw = b'{"email": "f@example.com", "contacts": [{"contact": "c", "type": "OTHER", "orderBy": 1e20}]}'
    customer_id = mock.http.post("/customers", content=raw, headers=JSON).json()["id"]
    response = mock.http.get(f"/customers/{customer_id}")
    assert b'"orderBy":100000000000000000000' in response.content


# -- emails -------------------------------------------------------------------------------
@pytest.mark.parametrize("second", ["ANA@EXAMPLE.COM", '"ana"@example.com', "Ana@Example.com"])
def test_one_mailbox_is_one_customer(mock: Mock, second: str) -> None:
    mock.create(email="ana@example.com")
    _error(mock.http.post("/customers", json={"email": second}), 409)
    assert len(mock.store) == 1


@pytest.mark.parametrize(
    "email", [" ana@example.com", "ana@example.com\n", "ana@localhost", "ana@shop.local", "é@example.com", "a@é.com"]
)
def test_create_customer_refuses_an_email_the_spec_does_not_allow(mock: Mock, email: str) -> None:
    assert "'email'" in _error(mock.http.post("/customers", json={"email": email}), 400, "WRONG_PARAMETER")


@pytest.mark.parametrize(
    "email", ["ana@shop.test", '"a b"@example.com', "a@[127.0.0.1]", "a@b", "a@xn--80ak6aa92e.com"]
)
def test_create_customer_accepts_rfc_5321_mailboxes(mock: Mock, email: str) -> None:
    assert mock.get(mock.create(email=email))["email"] == email  # stored as sent


# -- messages, redirects, connections ------------------------------------------------------
def test_error_messages_quote_values_as_json(mock: Mock) -> None:
    for body, quoted in (
        ({"email": None}, "null is not"),
        ({"email": "e@example.com", "acceptMarketing": "true"}, '"true" is not of type "boolean"'),
        ({"email": "e@example.com", "b2b_b2c": "B2C"}, '"B2C" is not one of ["b2c", "b2b"]'),
    ):
        message = _error(mock.http.post("/customers", json=body), 400, "WRONG_PARAMETER")
        assert quoted in message
        assert "None" not in message
        assert "'B2C'" not in message
    assert '"abc"' in _error(mock.http.get("/customers/abc"), 400, "WRONG_PARAMETER")


@pytest.mark.parametrize("host", ["evil.example", "evil[.example", "a b", "x:99999", ""])
def test_a_trailing_slash_is_a_json_404_never_a_redirect_built_from_host(mock: Mock, host: str) -> None:
    for path in ("/api/v3/1003/customers/", "/api/v3/1003/customers/1/"):
        request = f"GET {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n".encode()
        answer = raw_exchange(mock.server.port, request)
        assert answer.startswith(b"HTTP/1.1 404 "), answer[:200]
        assert b"location:" not in answer.lower()
        assert host.encode() not in answer.split(b"\r\n\r\n", 1)[1] or not host
        assert answer.endswith(b'"errorCode":"NOT_FOUND"}')


def _local_port(response: httpx.Response) -> int:
    port: int = response.extensions["network_stream"].get_extra_info("client_addr")[1]
    return port


def test_an_injected_500_keeps_the_keep_alive_connection(start_mock: StartMock) -> None:
    mock = start_mock(fail_rate=0.5, seed=3, rate_limit=0)
    statuses, ports = [], set()
    for n in range(30):
        response = mock.http.post("/customers", json={"email": f"k{n}@example.com"})
        statuses.append(response.status_code)
        ports.add(_local_port(response))
    assert 500 in statuses[:-1]
    assert statuses[statuses.index(500) + 1] in (200, 500, 503)
    assert 200 in statuses
    assert len(ports) == 1  # one connection all along


class _BrokenStore(CustomerStore):
    def create(self, body: dict[str, Any]) -> int:
        raise RuntimeError("a bug")


def test_an_unexpected_error_is_a_json_500_and_keeps_the_connection(
    start_mock: StartMock, caplog: pytest.LogCaptureFixture
) -> None:
    mock = start_mock(store=_BrokenStore())
    with caplog.at_level(logging.ERROR, logger="ecwid_mock.error"):
        first = mock.http.post("/customers", json={"email": "b@example.com"})
    assert _error(first, 500, "INTERNAL_ERROR") == "Internal server error"
    assert "Traceback" not in first.text
    second = mock.http.get("/customers/1")
    assert second.status_code == 404
    assert _local_port(first) == _local_port(second)
    assert any("a bug" in (r.exc_text or "") or r.exc_info for r in caplog.records)


def test_a_unicode_digit_content_length_is_not_a_500(mock: Mock) -> None:
    request = (
        b"POST /api/v3/1003/customers HTTP/1.1\r\nHost: x\r\nAuthorization: "
        + AUTH["Authorization"].encode()
        + b"\r\nContent-Type: application/json\r\nContent-Length: \xb2\r\nConnection: close\r\n\r\n{}"
    )
    answer = raw_exchange(mock.server.port, request)
    assert answer.startswith(b"HTTP/1.1 4"), answer[:200]
