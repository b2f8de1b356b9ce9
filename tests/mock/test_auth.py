"""Auth as Ecwid does it: Bearer only, 403 INVALID_API_TOKEN / INSUFFICIENT_APP_SCOPE, never 401."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from ecwid_mock import DEFAULT_TOKEN
from tests.mock.conftest import ALL_SCOPES, STORE, Mock, StartMock

CALLS: dict[str, tuple[str, str, dict[str, Any] | None]] = {
    "createCustomer": ("POST", "/customers", {"email": "z@example.com"}),
    "getCustomer": ("GET", "/customers/{id}", None),
    "updateCustomer": ("PUT", "/customers/{id}", {"lang": "en"}),
    "deleteCustomer": ("DELETE", "/customers/{id}", None),
}


def test_the_default_token_can_do_everything(mock: Mock) -> None:
    customer_id = mock.create(email="d@example.com")
    assert mock.http.put(f"/customers/{customer_id}", json={"lang": "en"}).status_code == 200
    assert mock.http.get(f"/customers/{customer_id}").status_code == 200
    assert mock.http.delete(f"/customers/{customer_id}").status_code == 200
    with mock.client(DEFAULT_TOKEN) as lower:  # the scheme is case-insensitive
        lower.headers["Authorization"] = f"bearer {DEFAULT_TOKEN}"
        assert lower.get("/customers/1").status_code == 404


BAD_AUTHORIZATIONS = [
    None,
    "",
    "Bearer",
    f"Bearer {DEFAULT_TOKEN} extra",
    "Bearer secret_unknown",
    f"Bearer {DEFAULT_TOKEN}x",
    f"Basic {DEFAULT_TOKEN}",
    DEFAULT_TOKEN,
    f"Token {DEFAULT_TOKEN}",
]


@pytest.mark.parametrize("operation", sorted(CALLS))
def test_every_operation_answers_403_invalid_api_token(mock: Mock, operation: str) -> None:
    customer_id = mock.create(email="owner@example.com")
    before = mock.store.all()
    method, path, body = CALLS[operation]
    with mock.client(None) as anonymous:
        for authorization in BAD_AUTHORIZATIONS:
            headers = {} if authorization is None else {"Authorization": authorization}
            response = anonymous.request(method, path.format(id=customer_id), json=body, headers=headers)
            assert response.status_code == 403, authorization
            assert response.json() == {
                "errorMessage": "API token is invalid or missing",
                "errorCode": "INVALID_API_TOKEN",
            }
    assert mock.store.all() == before


def test_a_legacy_query_token_is_not_accepted(mock: Mock) -> None:
    with mock.client(None) as anonymous:
        response = anonymous.get("/customers/1", params={"token": DEFAULT_TOKEN})
    assert response.status_code == 403
    assert response.json()["errorCode"] == "INVALID_API_TOKEN"


def test_auth_is_checked_before_the_parameters(mock: Mock) -> None:
    with mock.client(None) as anonymous:
        assert anonymous.get("/customers/abc").status_code == 403
        assert anonymous.post("/customers", content=b"not json").status_code == 403


def test_a_token_of_another_store_is_invalid(mock: Mock) -> None:
    for method, path, body in CALLS.values():
        with mock.client(DEFAULT_TOKEN, store=STORE + 1) as other:
            response = other.request(method, path.format(id=1), json=body)
        assert response.status_code == 403
        assert response.json()["errorCode"] == "INVALID_API_TOKEN"
    assert len(mock.store) == 0


def test_tokens_belong_to_the_configured_store(start_mock: StartMock) -> None:
    mock = start_mock(store_id=5555, tokens={"secret_other": ALL_SCOPES})
    with mock.client("secret_other", store=5555) as http:
        assert http.post("/customers", json={"email": "s@example.com"}).status_code == 200
    with mock.client("secret_other", store=1003) as http:
        assert http.get("/customers/1").status_code == 403
    with mock.client(DEFAULT_TOKEN, store=5555) as http:  # the default token is not configured there
        assert http.get("/customers/1").status_code == 403


@pytest.mark.parametrize(
    ("operation", "missing"),
    [
        ("createCustomer", "create_customers"),
        ("getCustomer", "read_customers"),
        ("updateCustomer", "read_customers"),
        ("updateCustomer", "update_customers"),
        ("deleteCustomer", "read_customers"),
        ("deleteCustomer", "update_customers"),
    ],
)
def test_each_missing_scope_answers_403_insufficient_app_scope(
    start_mock: StartMock, operation: str, missing: str
) -> None:
    mock = start_mock(tokens={"secret_all": ALL_SCOPES, "secret_less": [s for s in ALL_SCOPES if s != missing]})
    with mock.client("secret_all") as admin:
        customer_id = admin.post("/customers", json={"email": "s@example.com"}).json()["id"]
    before = mock.store.all()
    method, path, body = CALLS[operation]
    with mock.client("secret_less") as http:
        response = http.request(method, path.format(id=customer_id), json=body)
    assert response.status_code == 403
    assert response.json()["errorCode"] == "INSUFFICIENT_APP_SCOPE"
    assert f"'{missing}'" in response.json()["errorMessage"]
    assert mock.store.all() == before


def test_exactly_the_scopes_an_operation_needs_suffice(start_mock: StartMock) -> None:
    mock = start_mock(
        tokens={"secret_c": ["create_customers"], "secret_r": ["read_customers"], "secret_ru": ALL_SCOPES[1:]}
    )
    with mock.client("secret_c") as creator, mock.client("secret_r") as reader, mock.client("secret_ru") as writer:
        customer_id = creator.post("/customers", json={"email": "e@example.com"}).json()["id"]
        assert reader.get(f"/customers/{customer_id}").status_code == 200
        assert writer.put(f"/customers/{customer_id}", json={"lang": "en"}).status_code == 200
        assert writer.delete(f"/customers/{customer_id}").status_code == 200


def test_scopes_are_read_from_the_document(start_mock: StartMock, edited_spec: Callable[..., Path]) -> None:
    def get_needs_more(document: dict[str, Any]) -> None:
        get = document["paths"]["/{storeId}/customers/{customerId}"]["get"]
        get["security"] = [{"bearerAuth": ["read_customers", "read_secrets"]}]

    mock = start_mock(
        spec_path=edited_spec(get_needs_more),
        tokens={DEFAULT_TOKEN: ALL_SCOPES, "secret_more": [*ALL_SCOPES, "read_secrets"]},
    )
    response = mock.http.get("/customers/1")
    assert response.status_code == 403
    assert "'read_secrets'" in response.json()["errorMessage"]
    with mock.client("secret_more") as http:
        assert http.get("/customers/1").status_code == 404


def test_no_error_ever_shows_the_token(mock: Mock) -> None:
    leaky = {"Authorization": "Bearer secret_leak_me"}
    responses = [
        mock.http.get("/customers/1", headers=leaky),
        mock.http.get("/customers/abc"),
        mock.http.get("/customers/1"),
        mock.http.get("/customers/1", params={"token": "secret_leak_me"}),
        mock.http.post("/customers", json={"email": 5}),
        mock.http.patch("/customers/1"),
    ]
    for response in responses:
        assert "secret_leak_me" not in response.text
        assert DEFAULT_TOKEN not in response.text
        assert not any(DEFAULT_TOKEN in value for value in response.headers.values())
    assert "secret" not in repr(mock.app.state.store)
