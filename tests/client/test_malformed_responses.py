"""Servers that break the contract: the client answers with a clear error, never a traceback
from deep inside the parser."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from ecwid_client import ApiError, AuthenticatedClient, MalformedResponseError, ServerError
from ecwid_client.api.customers import create_customer, delete_customer, get_customer
from ecwid_client.models import CustomerCreate
from tests.client.conftest import Scripted


@pytest.mark.parametrize(
    "response",
    [
        httpx.Response(200, text="<html>maintenance</html>"),
        httpx.Response(200, json={}),
        httpx.Response(200, json=[1, 2]),
        httpx.Response(200, content=b'{"id": 1'),
    ],
    ids=["html", "missing-id", "array", "truncated"],
)
def test_create_customer_reports_a_malformed_success(scripted: Scripted, response: httpx.Response) -> None:
    client, _ = scripted(response)
    with pytest.raises(MalformedResponseError) as caught:
        create_customer.sync_detailed(1003, client=client, body=CustomerCreate(email="a@example.com"))
    assert caught.value.status_code == 200


def test_get_customer_reports_a_body_that_is_not_an_object(scripted: Scripted) -> None:
    client, _ = scripted(httpx.Response(200, json="customer"))
    with pytest.raises(MalformedResponseError):
        get_customer.sync(1003, 1, client=client)


@pytest.mark.parametrize("status", [400, 403, 404, 429, 500, 503])
def test_an_error_status_with_a_non_json_body_keeps_its_status(scripted: Scripted, status: int) -> None:
    client, _ = scripted(httpx.Response(status, text="<html>proxy error</html>"), attempts=1)
    response = delete_customer.sync_detailed(1003, 1, client=client)
    assert int(response.status_code) == status
    assert response.parsed is None
    with pytest.raises(ApiError) as caught:
        delete_customer.sync_or_raise(1003, 1, client=client)
    assert caught.value.status_code == status
    assert "proxy error" in str(caught.value)


def test_an_error_body_missing_its_message_still_raises_by_status(scripted: Scripted) -> None:
    client, _ = scripted(httpx.Response(503, json={"unexpected": True}), attempts=1)
    with pytest.raises(ServerError) as caught:
        get_customer.sync_or_raise(1003, 1, client=client)
    assert caught.value.status_code == 503


@pytest.mark.parametrize(
    ("module", "body"),
    [
        (create_customer, {"id": "310000001"}),
        (create_customer, {"id": True}),
        (get_customer, {"id": 7, "acceptMarketing": "yes"}),
        (get_customer, {"id": 7, "email": 12}),
        (get_customer, {"id": 7, "stats": {"salesValue": "12.5"}}),
        (get_customer, {"id": 7, "extrafields": [{"key": "k", "orderBy": 1.5}]}),
        (get_customer, {"id": 7, "contacts": [{"type": 3}]}),
    ],
)
def test_a_success_body_with_a_field_of_the_wrong_type_is_malformed(module: Any, body: dict[str, Any]) -> None:
    client = AuthenticatedClient(base_url="https://app.ecwid.com/api/v3", token="secret_unit")
    with pytest.raises(MalformedResponseError, match=r"TypeError: \w+(_type_\d)?: (expected|no type of)"):
        module._build_response(client=client, response=httpx.Response(200, json=body))


def test_a_success_body_keeps_both_shapes_a_union_allows() -> None:
    client = AuthenticatedClient(base_url="https://app.ecwid.com/api/v3", token="secret_unit")
    body = {
        "id": 7,
        "extrafields": [{"key": "a", "orderBy": 0}, {"key": "b", "orderBy": "1"}],
        "stats": {"salesValue": 3},
    }
    parsed = get_customer._build_response(client=client, response=httpx.Response(200, json=body)).parsed
    assert parsed is not None
    assert parsed.to_dict() == body


def test_a_null_in_an_optional_field_reads_as_absent() -> None:
    client = AuthenticatedClient(base_url="https://app.ecwid.com/api/v3", token="secret_unit")
    body = {
        "id": 7,
        "email": None,
        "billingPerson": None,
        "contacts": None,
        "b2b_b2c": None,
        "stats": {"salesValue": None},
    }
    parsed = get_customer._build_response(client=client, response=httpx.Response(200, json=body)).parsed
    assert parsed is not None
    assert parsed.to_dict() == {"id": 7, "stats": {}}


@pytest.mark.parametrize("body", [{"id": None}, {"id": 7, "contacts": "EMAIL"}, {"id": 7, "favorites": {"a": 1}}])
def test_a_null_required_field_or_a_non_array_is_malformed(body: dict[str, Any]) -> None:
    client = AuthenticatedClient(base_url="https://app.ecwid.com/api/v3", token="secret_unit")
    module = create_customer if set(body) == {"id"} else get_customer
    with pytest.raises(MalformedResponseError, match="TypeError"):
        module._build_response(client=client, response=httpx.Response(200, json=body))
