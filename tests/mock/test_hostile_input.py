"""Property-based: whatever a request carries, the mock answers it without a 5xx, every 4xx is
a JSON error in Ecwid's shape, and a rejected request leaves the store as it was.

Requests go over real HTTP as raw bytes (httpx would refuse some of these headers and
paths), one mock for the whole module, the store snapshotted around each request.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import socket
from collections.abc import Iterator
from typing import Any
from urllib.parse import quote

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ecwid_mock import DEFAULT_TOKEN, BackgroundServer, CustomerStore, create_app

SETTINGS = settings(
    max_examples=150, deadline=None, database=None, derandomize=True, suppress_health_check=list(HealthCheck)
)
AUTH = f"Bearer {DEFAULT_TOKEN}"
_COUNTER = itertools.count()
FIELDS = [
    "email",
    "billingPerson",
    "contacts",
    "shippingAddresses",
    "customerGroupId",
    "taxId",
    "lang",
    "b2b_b2c",
    "taxExempt",
    "acceptMarketing",
    "privateAdminNotes",
    "name",
    "countryCode",
    "orderBy",
    "type",
    "id",
]

# Text with what breaks naive servers: lone surrogates, NUL and controls, odd digits, huge runs.
odd_text = st.one_of(
    st.text(st.characters(codec=None, exclude_categories=()), max_size=30),
    st.sampled_from(
        [
            "\ud800",
            "a\udfffb",
            "\x00",
            "\x1f\x7f",
            "\u00b2",
            "\u0661\u0662",
            "\uff11",
            "\u2028",
            "\ufeff",
            "ana@example.com",
            " ana@example.com ",
            "ANA@EXAMPLE.COM",
            '"ana"@example.com',
            "a@localhost",
        ]
    ),
    st.integers(0, 5000).map(lambda n: "9" * n),
)
huge_numbers = st.one_of(
    st.integers(min_value=-(2**80), max_value=2**80),
    st.sampled_from([2**63, 2**63 - 1, -(2**63) - 1, 10**400, 1e308, -1e-320, 0.5, 7.0]),
)
scalars = st.one_of(st.none(), st.booleans(), huge_numbers, st.floats(allow_nan=False, allow_infinity=False), odd_text)
json_values = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.one_of(st.sampled_from(FIELDS), odd_text), inner, max_size=4)
    ),
    max_leaves=20,
)


def _nested(depth: int) -> Any:
    value: Any = 1
    for _ in range(depth):
        value = {"billingPerson": value} if depth % 2 else [value]
    return value


# Valid but for the text in it: with a fresh email it reaches the store.
storable = st.fixed_dictionaries(
    {},
    optional={
        "taxId": odd_text,
        "privateAdminNotes": odd_text,
        "lang": odd_text,
        "billingPerson": st.fixed_dictionaries({}, optional={"name": odd_text, "city": odd_text}),
        "contacts": st.lists(st.fixed_dictionaries({"contact": odd_text, "type": st.just("OTHER")}), max_size=2),
    },
)
bodies = st.one_of(
    storable,
    storable,
    st.dictionaries(st.sampled_from(FIELDS), json_values, max_size=6),
    json_values,
    st.tuples(st.sampled_from(["x", "contacts", "billingPerson"]), st.integers(1, 990)).map(
        lambda pair: {pair[0]: _nested(pair[1])}
    ),
)


def _encode(body: Any) -> bytes:
    """JSON text as a client would send it; lone surrogates travel as `\\ud800` escapes."""
    return json.dumps(body, ensure_ascii=True).encode()


class Raw:
    """One HTTP/1.1 request as raw bytes on a fresh connection; the answer parsed loosely."""

    def __init__(self, port: int) -> None:
        self.port = port

    def send(
        self, method: str, target: bytes, headers: list[tuple[bytes, bytes]], body: bytes = b""
    ) -> tuple[int, bytes]:
        head = [method.encode() + b" " + target + b" HTTP/1.1", b"Host: 127.0.0.1", b"Connection: close"]
        head += [name + b": " + value for name, value in headers]
        head.append(b"Content-Length: %d" % len(body))
        with socket.create_connection(("127.0.0.1", self.port), timeout=10) as sock:
            with contextlib.suppress(OSError):
                sock.sendall(b"\r\n".join(head) + b"\r\n\r\n" + body)
            chunks = []
            try:
                while chunk := sock.recv(65536):
                    chunks.append(chunk)
            except (ConnectionResetError, TimeoutError):
                pass
        answer = b"".join(chunks)
        assert answer.startswith(b"HTTP/1.1 "), answer[:100]
        status = int(answer[9:12])
        return status, answer.partition(b"\r\n\r\n")[2]


@pytest.fixture(scope="module")
def served() -> Iterator[tuple[Raw, CustomerStore]]:
    app = create_app(rate_limit=0, access_log=False)
    with BackgroundServer(app) as server:
        yield Raw(server.port), app.state.store


def _snapshot(store: CustomerStore) -> list[dict[str, Any]]:
    return sorted(store.all(), key=lambda customer: customer["id"])


def _check(store: CustomerStore, before: list[dict[str, Any]], status: int, body: bytes) -> None:
    assert status < 500, body[:300]
    if status >= 400:
        error = json.loads(body)
        assert isinstance(error, dict), error
        assert set(error) <= {"errorMessage", "errorCode"}, error
        assert isinstance(error["errorMessage"], str)
        assert error["errorMessage"]
        assert isinstance(error.get("errorCode", ""), str)
        assert _snapshot(store) == before
    for customer in store.all():  # every stored customer can be served back as UTF-8 JSON
        json.dumps(customer, ensure_ascii=False).encode("utf-8")


@SETTINGS
@given(
    method=st.sampled_from(["POST", "PUT"]),
    body=bodies,
    fresh_email=st.booleans(),
    content_type=st.sampled_from([b"application/json", b"text/json"]),
)
def test_any_json_body_is_a_clean_answer(
    served: tuple[Raw, CustomerStore], method: str, body: Any, fresh_email: bool, content_type: bytes
) -> None:
    raw, store = served
    if fresh_email and isinstance(body, dict):  # past the email check, so the rest reaches the store
        body["email"] = f"p{next(_COUNTER)}@example.com"
    if len(store) > 50:
        store.reset()
    existing = store.create({"email": "seed@example.com"}) if len(store) == 0 else store.all()[0]["id"]
    target = b"/api/v3/1003/customers" + (b"" if method == "POST" else b"/%d" % existing)
    before = _snapshot(store)
    status, answer = raw.send(
        method, target, [(b"Authorization", AUTH.encode()), (b"Content-Type", content_type)], _encode(body)
    )
    _check(store, before, status, answer)
    if status == 200 and method == "POST":  # what was stored is served back, and can be deleted
        customer_id = json.loads(answer)["id"]
        got, served_body = raw.send(
            "GET", b"/api/v3/1003/customers/%d" % customer_id, [(b"Authorization", AUTH.encode())]
        )
        assert got == 200, served_body[:300]
        assert (
            raw.send("DELETE", b"/api/v3/1003/customers/%d" % customer_id, [(b"Authorization", AUTH.encode())])[0]
            == 200
        )


path_segments = st.one_of(
    odd_text.map(lambda text: quote(text.encode("utf-8", "surrogatepass"), safe="")),
    st.binary(max_size=40).map(lambda data: quote(data, safe="")),
    st.integers(0, 12_000).map(lambda n: "1" * n),
    st.sampled_from(["", ".", "..", "%", "%zz", "%2F", "1/", "1?", "-0", "+1"]),
)


@SETTINGS
@given(
    method=st.sampled_from(["GET", "PUT", "DELETE", "POST", "HEAD", "PATCH", "OPTIONS"]),
    store_id=path_segments,
    customer_id=path_segments,
    query=st.one_of(st.just(""), odd_text.map(lambda t: "responseFields=" + quote(t.encode("utf-8", "surrogatepass")))),
    slash=st.booleans(),
)
def test_any_path_and_query_is_a_clean_answer(
    served: tuple[Raw, CustomerStore], method: str, store_id: str, customer_id: str, query: str, slash: bool
) -> None:
    raw, store = served
    before = _snapshot(store)
    target = f"/api/v3/{store_id}/customers/{customer_id}{'/' if slash else ''}{'?' + query if query else ''}"
    status, answer = raw.send(method, target.encode("ascii"), [(b"Authorization", AUTH.encode())])
    if method != "HEAD":
        _check(store, before, status, answer)
    else:
        assert status < 500


header_bytes = st.one_of(
    st.binary(max_size=60).map(lambda data: data.replace(b"\r", b"").replace(b"\n", b"")),
    odd_text.map(lambda text: text.encode("utf-8", "surrogatepass").replace(b"\r", b"").replace(b"\n", b"")),
    st.integers(0, 20_000).map(lambda n: b"v" * n),
)


@SETTINGS
@given(
    auth=st.one_of(st.just(AUTH.encode()), header_bytes),
    headers=st.lists(
        st.tuples(
            st.sampled_from(
                [
                    b"Content-Type",
                    b"Content-Length",
                    b"X-Any",
                    b"Accept",
                    b"Authorization",
                    b"Transfer-Encoding",
                    b"Expect",
                    b"Host",
                ]
            ),
            header_bytes,
        ),
        max_size=4,
    ),
    count=st.integers(0, 120),
)
def test_any_header_is_a_clean_answer(
    served: tuple[Raw, CustomerStore], auth: bytes, headers: list[tuple[bytes, bytes]], count: int
) -> None:
    raw, store = served
    before = _snapshot(store)
    extra = [(b"X-N%d" % n, b"1") for n in range(count)]
    status, answer = raw.send(
        "POST", b"/api/v3/1003/customers", [(b"Authorization", auth), *headers, *extra], b'{"email": "h@example.com"}'
    )
    if status == 200:
        store.reset()
        return
    _check(store, before, status, answer)
