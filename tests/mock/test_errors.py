"""Bad input gets a clear JSON error and changes nothing stored."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.mock.conftest import Mock


def _snapshot(mock: Mock) -> list[dict[str, object]]:
    result: list[dict[str, object]] = mock.store.all()
    return result


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"email": 5}, "email"),
        ({}, "email"),
        ({"email": "e@example.com", "billingPerson": {"countryCode": 12}}, "billingPerson.countryCode"),
        ({"email": "e@example.com", "contacts": [{"type": "PIGEON"}]}, "contacts.0.type"),
        ({"email": "e@example.com", "customerGroupId": -1}, "customerGroupId"),
        ({"email": "e@example.com", "contacts": [{"orderBy": True}]}, "contacts.0.orderBy"),
    ],
)
def test_create_customer_names_the_bad_field(mock: Mock, body: dict[str, object], field: str) -> None:
    response = mock.http.post("/customers", json=body)
    assert response.status_code == 400
    error = response.json()
    assert error["errorCode"] == "WRONG_PARAMETER"
    assert field in error["errorMessage"]
    assert len(mock.store) == 0


FULLWIDTH_12 = "\uff11\uff12"


@pytest.mark.parametrize("customer_id", ["abc", "0", "-1", "1.5", "9223372036854775808", FULLWIDTH_12])
def test_get_customer_rejects_a_bad_path_parameter(mock: Mock, customer_id: str) -> None:
    response = mock.http.get(f"/customers/{customer_id}")
    assert response.status_code == 400
    assert response.json()["errorCode"] == "WRONG_PARAMETER"
    assert "customerId" in response.json()["errorMessage"]


def test_create_customer_needs_json(mock: Mock) -> None:
    for headers in ({"Content-Type": "text/plain"}, {"Content-Type": "application/xml"}, {}):
        response = mock.http.post("/customers", content=b'{"email": "x@example.com"}', headers=headers)
        assert response.status_code == 415
        assert "application/json" in response.json()["errorMessage"]
    ok = mock.http.post("/customers", content=b'{"email": "x@example.com"}', headers={"Content-Type": "text/json"})
    assert ok.status_code == 200


def test_create_customer_rejects_malformed_json(mock: Mock) -> None:
    for raw in (b'{"email": ', b"", b"[]", b'"text"', b"[" * 100_000):
        response = mock.http.post("/customers", content=raw, headers={"Content-Type": "application/json"})
        assert response.status_code == 400, raw[:20]
        assert response.json()["errorCode"] == "WRONG_PARAMETER"
    assert len(mock.store) == 0


def test_create_customer_refuses_a_body_over_one_mebibyte(mock: Mock) -> None:
    body = b'{"email": "big@example.com", "privateAdminNotes": "' + b"x" * (1024 * 1024) + b'"}'
    response = mock.http.post("/customers", content=body, headers={"Content-Type": "application/json"})
    assert response.status_code == 413
    assert len(mock.store) == 0


def test_update_customer_refuses_a_streamed_body_over_one_mebibyte(mock: Mock) -> None:
    customer_id = mock.create(email="s@example.com")
    before = _snapshot(mock)

    def chunks() -> Iterator[bytes]:
        yield b'{"privateAdminNotes": "'
        for _ in range(20):
            yield b"x" * 65536
        yield b'"}'

    response = mock.http.put(
        f"/customers/{customer_id}", content=chunks(), headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 413
    assert _snapshot(mock) == before


def test_a_method_the_path_lacks_gets_405_with_allow(mock: Mock) -> None:
    for method, path in (
        ("PATCH", "/customers/1"),
        ("TRACE", "/customers/1"),
        ("GET", "/customers"),
        ("DELETE", "/customers"),
        ("OPTIONS", "/customers/1"),
    ):
        response = mock.http.request(method, path)
        assert response.status_code == 405, (method, path)
        assert response.headers["allow"], (method, path)
        if method != "TRACE":
            assert response.json()["errorCode"] == "METHOD_NOT_ALLOWED"
    allow = {m.strip() for m in mock.http.request("PATCH", "/customers/1").headers["allow"].split(",")}
    assert {"GET", "PUT", "DELETE"} <= allow


def test_an_unknown_path_gets_a_json_404(mock: Mock) -> None:
    for url in ("/nothing", "/orders/1", "/customers/1/extra"):
        response = mock.http.get(url)
        assert response.status_code == 404
        assert response.headers["content-type"].startswith("application/json")
        assert response.json()["errorMessage"]


def test_a_failed_request_changes_nothing(mock: Mock) -> None:
    customer_id = mock.create(email="keep@example.com", contacts=[{"contact": "k", "type": "OTHER"}])
    mock.create(email="other@example.com")
    before = _snapshot(mock)
    attempts = [
        ("PUT", {"contacts": [{"type": "PIGEON"}], "lang": "xx"}),
        ("PUT", {"email": "OTHER@example.com", "lang": "de"}),
        ("PUT", {"shippingAddresses": "not a list"}),
    ]
    for method, body in attempts:
        assert mock.http.request(method, f"/customers/{customer_id}", json=body).status_code in (400, 409)
    assert _snapshot(mock) == before
