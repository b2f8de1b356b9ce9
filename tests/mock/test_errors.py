"""Bad input gets a clear JSON error (never a traceback or a 500) and changes nothing stored."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.mock.conftest import AUTH, Mock, StartMock

JSON = {"Content-Type": "application/json"}


def _assert_error(response: httpx.Response, status: int, code: str | None = None) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/json; charset=utf-8"
    error: dict[str, Any] = response.json()
    assert error["errorMessage"]
    assert error.get("errorCode") == code
    return error


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"email": 5}, "Field 'email': 5 is not of type \"string\""),
        ({}, 'Body: "email" is a required property'),
        ({"email": None}, "Field 'email': null is not of type"),
        ({"email": "e@example.com", "taxExempt": "yes"}, 'Field \'taxExempt\': "yes" is not of type "boolean"'),
        ({"email": "e@example.com", "taxId": True}, "Field 'taxId': true is not of type \"string\""),
        ({"email": "e@example.com", "billingPerson": {"countryCode": 12}}, "Field 'billingPerson.countryCode': 12 is"),
        ({"email": "e@example.com", "contacts": [{"type": "PIGEON"}]}, "Field 'contacts.0.type'"),
        ({"email": "e@example.com", "customerGroupId": -1}, "Field 'customerGroupId'"),
        ({"email": "e@example.com", "customerGroupId": 2**63}, "Field 'customerGroupId'"),
        ({"email": "e@example.com", "customerGroupId": 1.5}, "Field 'customerGroupId'"),
        ({"email": "e@example.com", "contacts": [{"orderBy": True}]}, "Field 'contacts.0.orderBy'"),
        ({"email": "e@example.com", "b2b_b2c": "B2C"}, "Field 'b2b_b2c'"),
        ({"email": "e@example.com", "shippingAddresses": {"city": "Ocala"}}, "Field 'shippingAddresses'"),
        ({"email": "e@example.com", "billingPerson": {"countryName": 5}}, "Field 'billingPerson.countryName'"),
        ({"email": "useratexample.com"}, "Field 'email'"),
        ({"email": "user@"}, "Field 'email'"),
        ({"email": "a..b@example.com"}, "Field 'email'"),
    ],
)
def test_create_customer_names_the_bad_field(mock: Mock, body: dict[str, object], message: str) -> None:
    error = _assert_error(mock.http.post("/customers", json=body), 400, "WRONG_PARAMETER")
    assert message in error["errorMessage"]
    assert len(mock.store) == 0


FULLWIDTH_12 = "\uff11\uff12"


@pytest.mark.parametrize(
    "customer_id", ["abc", "0", "-1", "1.5", "1e3", "+1", "%201", "9223372036854775808", "9" * 5000, FULLWIDTH_12]
)
def test_get_customer_rejects_a_bad_path_parameter(mock: Mock, customer_id: str) -> None:
    error = _assert_error(mock.http.get(f"/customers/{customer_id}"), 400, "WRONG_PARAMETER")
    assert "'customerId'" in error["errorMessage"]


def test_the_largest_int64_is_a_valid_customer_id(mock: Mock) -> None:
    response = mock.http.get(f"/customers/{2**63 - 1}")
    assert response.json() == {"errorMessage": f"Customer #{2**63 - 1} not found"}


def test_a_bad_store_id_is_400_and_a_well_formed_other_store_403(mock: Mock) -> None:
    with mock.client("secret_test", store=0) as zero:
        assert _assert_error(zero.get("/customers/1"), 400, "WRONG_PARAMETER")["errorMessage"].startswith(
            "Parameter 'storeId'"
        )
    with mock.client("secret_test", store=1004) as other:
        _assert_error(other.get("/customers/abc"), 400, "WRONG_PARAMETER")
        _assert_error(other.get("/customers/1"), 403, "INVALID_API_TOKEN")


def test_create_customer_needs_json(mock: Mock) -> None:
    for headers in ({"Content-Type": "text/plain"}, {"Content-Type": "application/xml"}, {}):
        error = _assert_error(mock.http.post("/customers", content=b'{"email": "x@example.com"}', headers=headers), 415)
        assert error["errorMessage"] == "Unsupported content-type: expected application/json or text/json"
    for content_type in ("text/json", "Application/JSON; charset=UTF-8"):
        ok = mock.http.post("/customers", content=b'{"email": "x@example.com"}', headers={"Content-Type": content_type})
        assert ok.status_code == 200
        mock.store.reset()


@pytest.mark.parametrize(
    "raw",
    [b'{"email": ', b"", b"   ", b"[]", b'"text"', b"null", b"[" * 100_000, b'{"email": "a@b.c", "n": NaN}', b"\xff"],
)
def test_create_customer_rejects_malformed_json(mock: Mock, raw: bytes) -> None:
    _assert_error(mock.http.post("/customers", content=raw, headers=JSON), 400, "WRONG_PARAMETER")
    assert len(mock.store) == 0


def test_update_customer_needs_a_body(mock: Mock) -> None:
    customer_id = mock.create(email="b@example.com")
    error = _assert_error(mock.http.put(f"/customers/{customer_id}", headers=JSON), 400, "WRONG_PARAMETER")
    assert error["errorMessage"] == "Request body is required"


def test_an_integral_number_is_read_as_an_integer(mock: Mock) -> None:
    customer_id = mock.create(email="i@example.com", customerGroupId=7.0)
    assert repr(mock.get(customer_id)["customerGroupId"]) == "7"


def test_create_customer_refuses_a_body_over_one_mebibyte(mock: Mock) -> None:
    body = b'{"email": "big@example.com", "privateAdminNotes": "' + b"x" * (1024 * 1024) + b'"}'
    _assert_error(mock.http.post("/customers", content=body, headers=JSON), 413)
    # Size is checked before the content type, as the service does.
    _assert_error(mock.http.post("/customers", content=body, headers={"Content-Type": "text/plain"}), 413)
    assert len(mock.store) == 0


def _chunks(size: int) -> Iterator[bytes]:
    yield b'{"privateAdminNotes": "'
    for _ in range(size // 65536):
        yield b"x" * 65536
    yield b'"}'


def test_update_customer_refuses_a_streamed_body_over_one_mebibyte(mock: Mock) -> None:
    customer_id = mock.create(email="s@example.com")
    before = mock.store.all()
    response = mock.http.put(f"/customers/{customer_id}", content=_chunks(20 * 65536), headers=JSON)
    _assert_error(response, 413)  # no Content-Length: counted as it is read
    assert mock.store.all() == before
    ok = mock.http.put(f"/customers/{customer_id}", content=_chunks(15 * 65536), headers=JSON)
    assert ok.status_code == 200


def test_a_method_the_path_lacks_gets_405_with_allow(mock: Mock) -> None:
    for method, path, allow in (
        ("PATCH", "/customers/1", "DELETE, GET, HEAD, PUT"),
        ("TRACE", "/customers/1", "DELETE, GET, HEAD, PUT"),
        ("OPTIONS", "/customers/1", "DELETE, GET, HEAD, PUT"),
        ("POST", "/customers/1", "DELETE, GET, HEAD, PUT"),
        ("DELETE", "/customers", "GET, HEAD, POST"),
        ("PUT", "/customers", "GET, HEAD, POST"),
        ("PATCH", "/customer_groups", "GET, HEAD, POST"),
        ("POST", "/customer_groups/1", "DELETE, GET, HEAD, PUT"),
    ):
        response = mock.http.request(method, path)
        assert response.status_code == 405, (method, path)
        assert response.headers["allow"] == allow
        if method != "HEAD":  # a HEAD answer has no body
            assert _assert_error(response, 405, "METHOD_NOT_ALLOWED")


def test_a_method_the_path_lacks_is_405_before_auth(mock: Mock) -> None:
    with mock.client(None) as anonymous:
        assert anonymous.patch("/customers/1").status_code == 405


def test_head_is_served_as_get_without_a_body(mock: Mock) -> None:
    customer_id = mock.create(email="h@example.com")
    response = mock.http.head(f"/customers/{customer_id}")
    assert response.status_code == 200
    assert response.content == b""
    assert mock.http.head("/customers/42").status_code == 404


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/api/v3",
        "/api/v3/1003",
        "/api/v3/1003/orders/1",
        "/api/v3/1003/customers/1/extra",
        "/api/v3/1003/customers/",
        "/api/v3/1003/customers/1/",
    ],
)
def test_an_unknown_path_gets_a_json_404(mock: Mock, path: str) -> None:
    response = mock.http.get(mock.server.root_url + path)
    assert _assert_error(response, 404, "NOT_FOUND")
    assert "location" not in response.headers  # no redirect for a trailing slash


def test_an_unknown_path_is_404_before_auth(mock: Mock) -> None:
    with mock.client(None) as anonymous:
        _assert_error(anonymous.get("/orders"), 404, "NOT_FOUND")


def test_a_failed_request_changes_nothing(mock: Mock) -> None:
    customer_id = mock.create(email="keep@example.com", contacts=[{"contact": "k", "type": "OTHER"}])
    mock.create(email="other@example.com")
    before = mock.store.all()
    attempts: list[tuple[str, str, dict[str, Any] | None]] = [
        ("PUT", f"/customers/{customer_id}", {"contacts": [{"contact": "x"}, {"type": "PIGEON"}], "lang": "xx"}),
        ("PUT", f"/customers/{customer_id}", {"email": "OTHER@example.com", "lang": "de", "shippingAddresses": [{}]}),
        ("PUT", f"/customers/{customer_id}", {"shippingAddresses": "not a list"}),
        ("PUT", "/customers/42", {"lang": "de"}),
        ("POST", "/customers", {"email": "Keep@example.com", "contacts": [{}]}),
        ("POST", "/customers", {"email": "new@example.com", "customerGroupId": "abc"}),
        ("DELETE", "/customers/42", None),
    ]
    for method, path, body in attempts:
        assert mock.http.request(method, path, json=body).status_code in (400, 404, 409)
    assert mock.store.all() == before
    assert mock.get(customer_id)["updated"] == before[0]["updated"]


def test_the_mock_refuses_a_document_it_cannot_use(tmp_path: Path, edited_spec: Callable[..., Path]) -> None:
    from ecwid_mock import SpecError, create_app

    with pytest.raises(SpecError, match="cannot read the OpenAPI document"):
        create_app(spec_path=tmp_path / "missing.yaml")
    (tmp_path / "bad.yaml").write_text("paths: [", encoding="utf-8")
    with pytest.raises(SpecError, match="not valid YAML"):
        create_app(spec_path=tmp_path / "bad.yaml")
    without_delete = edited_spec(lambda doc: doc["paths"]["/{storeId}/customers/{customerId}"].pop("delete"))
    with pytest.raises(SpecError, match="deleteCustomer"):
        create_app(spec_path=without_delete)


def test_validation_is_read_from_the_document(start_mock: StartMock, edited_spec: Callable[..., Path]) -> None:
    def limit_tax_id(document: dict[str, Any]) -> None:
        document["components"]["schemas"]["CustomerUpdate"]["properties"]["taxId"]["maxLength"] = 3

    mock = start_mock(spec_path=edited_spec(limit_tax_id))
    error = _assert_error(
        mock.http.post("/customers", json={"email": "t@example.com", "taxId": "ABCD"}), 400, "WRONG_PARAMETER"
    )
    assert error["errorMessage"].startswith("Field 'taxId'")
    assert mock.http.post("/customers", json={"email": "t@example.com", "taxId": "ABC"}).status_code == 200


def test_writable_fields_are_read_from_the_document(start_mock: StartMock, edited_spec: Callable[..., Path]) -> None:
    def lang_read_only(document: dict[str, Any]) -> None:
        document["components"]["schemas"]["CustomerUpdate"]["properties"]["lang"]["readOnly"] = True

    mock = start_mock(spec_path=edited_spec(lang_read_only))
    customer_id = mock.create(email="l@example.com", lang="fr", taxId="T")
    customer = mock.get(customer_id)
    assert "lang" not in customer
    assert customer["taxId"] == "T"


def test_no_answer_is_ever_a_traceback(mock: Mock) -> None:
    probes = [
        ("POST", "/customers", b'{"email": "a@b.c", "x": ' + b"1" * 5000 + b"}"),
        ("POST", "/customers", b'{"email": "a@b.c", "customerGroupId": 1e999}'),
        ("PUT", "/customers/1", b"\x00\x01"),
        ("GET", "/customers/1?responseFields=%00", None),
    ]
    for method, path, content in probes:
        response = mock.http.request(method, path, content=content, headers=AUTH | JSON)
        assert response.status_code < 500, response.text
        assert "Traceback" not in response.text
