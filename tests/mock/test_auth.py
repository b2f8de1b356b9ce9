"""Auth as Ecwid does it: Bearer only, 403 INVALID_API_TOKEN / INSUFFICIENT_APP_SCOPE, never 401."""

from __future__ import annotations

from collections.abc import Callable

import httpx
import pytest

from ecwid_mock import DEFAULT_TOKEN
from tests.mock.conftest import STORE, Mock

ALL = ["create_customers", "read_customers", "update_customers"]
CALLS = {
    "createCustomer": ("POST", "/customers", {"email": "z@example.com"}),
    "getCustomer": ("GET", "/customers/{id}", None),
    "updateCustomer": ("PUT", "/customers/{id}", {"lang": "en"}),
    "deleteCustomer": ("DELETE", "/customers/{id}", None),
}


@pytest.mark.parametrize(
    "authorization",
    [None, "", "Bearer", "Bearer secret_unknown", f"Basic {DEFAULT_TOKEN}", DEFAULT_TOKEN, f"Token {DEFAULT_TOKEN}"],
)
@pytest.mark.parametrize("operation", sorted(CALLS))
def test_every_operation_answers_403_invalid_api_token(mock: Mock, operation: str, authorization: str | None) -> None:
    customer_id = mock.create(email="owner@example.com")
    method, path, body = CALLS[operation]
    headers = {} if authorization is None else {"Authorization": authorization}
    with httpx.Client(base_url=f"{mock.server.base_url}/{STORE}") as anonymous:
        response = anonymous.request(method, path.format(id=customer_id), json=body, headers=headers)
    assert response.status_code == 403
    assert response.json()["errorCode"] == "INVALID_API_TOKEN"
    assert len(mock.store) == 1


def test_a_token_of_another_store_is_invalid(mock: Mock) -> None:
    response = mock.http.get(f"{mock.server.base_url}/{STORE + 1}/customers/1")
    assert response.status_code == 403
    assert response.json()["errorCode"] == "INVALID_API_TOKEN"


def test_tokens_belong_to_the_configured_store(start_mock: Callable[..., Mock]) -> None:
    mock = start_mock(store_id=5555, tokens={"secret_other": ALL})
    with httpx.Client(headers={"Authorization": "Bearer secret_other"}) as http:
        assert http.post(f"{mock.server.base_url}/5555/customers", json={"email": "s@example.com"}).status_code == 200
        assert http.get(f"{mock.server.base_url}/1003/customers/1").status_code == 403
    assert mock.http.get("/customers/1").status_code == 403  # the default token is not configured there


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
    start_mock: Callable[..., Mock], operation: str, missing: str
) -> None:
    mock = start_mock(tokens={"secret_all": ALL, "secret_less": [s for s in ALL if s != missing]})
    with httpx.Client(base_url=f"{mock.server.base_url}/{STORE}") as http:
        created = http.post(
            "/customers", json={"email": "s@example.com"}, headers={"Authorization": "Bearer secret_all"}
        )
        customer_id = created.json()["id"]
        method, path, body = CALLS[operation]
        response = http.request(
            method, path.format(id=customer_id), json=body, headers={"Authorization": "Bearer secret_less"}
        )
    assert response.status_code == 403
    assert response.json()["errorCode"] == "INSUFFICIENT_APP_SCOPE"
    assert missing in response.json()["errorMessage"]


def test_no_error_ever_shows_the_token(mock: Mock) -> None:
    leaky = {"Authorization": "Bearer secret_leak_me"}
    responses = [
        mock.http.get("/customers/1", headers=leaky),
        mock.http.get("/customers/abc"),
        mock.http.get("/customers/1"),
        mock.http.post("/customers", json={"email": 5}),
        mock.http.patch("/customers/1"),
    ]
    for response in responses:
        assert "secret_leak_me" not in response.text
        assert DEFAULT_TOKEN not in response.text
        assert not any(DEFAULT_TOKEN in value for value in response.headers.values())
