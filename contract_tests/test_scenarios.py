"""Scenarios through the generated client: what the property tests cannot express.

Each test is named for the operation it exercises (one operationId, followed everywhere).
Tests marked `writes` create, change or delete customers; against a live store they run
only with ECWID_ALLOW_WRITES=1, and everything they create is deleted at the end.
"""

from __future__ import annotations

import copy
from typing import Any

import pytest

from contract_tests import _spec
from contract_tests._client import Customers
from contract_tests._target import Target

WRITES = pytest.mark.writes
WRITE_ONLY = _spec.write_only_fields()


def _writable_body(schema_name: str, target: Target, label: str) -> dict[str, Any]:
    """A maximal request body from the spec: every writable field set, ids left to the server."""
    body: dict[str, Any] = _spec.sample(_spec.component(schema_name), writable_only=True)
    for key in ("shippingAddresses", "contacts"):
        for item in body.get(key, []):
            item.pop("id", None)
    for key in WRITE_ONLY:  # never read back (primaryPhone has a test of its own)
        body.pop(key, None)
    body["email"] = target.email(label)
    return body


def _example(operation_id: str, name: str) -> dict[str, Any]:
    _, _, op = _spec.operation(operation_id)
    value: dict[str, Any] = copy.deepcopy(op["requestBody"]["content"]["application/json"]["examples"][name]["value"])
    return value


def _assert_stored(sent: Any, stored: Any, where: str = "customer") -> None:
    """Every field sent is read back with the same value (the server may add fields)."""
    if isinstance(sent, dict):
        assert isinstance(stored, dict), where
        for key, value in sent.items():
            if key in WRITE_ONLY:  # never returned
                continue
            assert key in stored, f"{where}.{key} was not stored"
            _assert_stored(value, stored[key], f"{where}.{key}")
    elif isinstance(sent, list):
        assert isinstance(stored, list), where
        assert len(stored) == len(sent), f"{where}: sent {len(sent)} items, read back {len(stored)}"
        for index, (item, got) in enumerate(zip(sent, stored, strict=True)):
            _assert_stored(item, got, f"{where}[{index}]")
    else:
        assert stored == sent, f"{where}: sent {sent!r}, read back {stored!r}"


@WRITES
def test_create_customer_round_trips_every_field(customers: Customers, target: Target) -> None:
    body = _writable_body("CustomerCreate", target, "roundtrip")
    customer_id = customers.create(body)
    stored = customers.get(customer_id)
    _assert_stored(body, stored)
    assert stored["id"] == customer_id
    for stamp in ("registered", "updated"):
        assert stamp in stored, f"{stamp} not set by the server"


@WRITES
def test_create_customer_accepts_the_documented_examples(customers: Customers, target: Target) -> None:
    _, _, op = _spec.operation("createCustomer")
    examples = op["requestBody"]["content"]["application/json"]["examples"]
    assert examples
    for name, example in examples.items():
        body = copy.deepcopy(_spec.resolve(example)["value"])
        body["email"] = target.email(f"example-{name}")
        customer_id = customers.create(body)
        assert customers.get(customer_id)["email"] == body["email"]


@WRITES
def test_update_customer_accepts_the_documented_examples(customers: Customers, target: Target) -> None:
    _, _, op = _spec.operation("updateCustomer")
    examples = op["requestBody"]["content"]["application/json"]["examples"]
    customer_id = customers.create({"email": target.email("update-examples")})
    for example in examples.values():
        body = copy.deepcopy(_spec.resolve(example)["value"])
        if "customerGroupId" in body:  # the vendor's group: made here from Create group's own example
            body["customerGroupId"] = customers.create_group(_example("createCustomerGroup", "vip"))
        assert customers.update(customer_id, body) == 1
        if "customerGroupId" in body:
            assert customers.get(customer_id)["customerGroupName"] == _example("createCustomerGroup", "vip")["name"]


@WRITES
def test_update_customer_keeps_the_fields_not_sent(customers: Customers, target: Target) -> None:
    body = _writable_body("CustomerCreate", target, "partial")
    customer_id = customers.create(body)
    before = customers.get(customer_id)
    assert customers.update(customer_id, {"privateAdminNotes": "changed by the contract suite"}) == 1
    after = customers.get(customer_id)
    assert after["privateAdminNotes"] == "changed by the contract suite"
    for key, value in before.items():
        if key not in ("privateAdminNotes", "updated"):
            assert after.get(key) == value, f"{key} changed although it was not sent"


@WRITES
def test_update_customer_replaces_the_arrays_sent(customers: Customers, target: Target) -> None:
    body = _writable_body("CustomerCreate", target, "arrays")
    body["contacts"] = body["contacts"] * 2
    body["shippingAddresses"] = body["shippingAddresses"] * 2
    customer_id = customers.create(body)
    assert len(customers.get(customer_id)["contacts"]) == 2
    replacement = [{"contact": target.email("arrays-new"), "type": "EMAIL", "default": True, "orderBy": 0}]
    assert customers.update(customer_id, {"contacts": replacement, "shippingAddresses": []}) == 1
    stored = customers.get(customer_id)
    _assert_stored(replacement, stored.get("contacts"), "contacts")
    assert not stored.get("shippingAddresses"), "an empty shippingAddresses array must clear the stored ones"


@WRITES
def test_update_customer_updates_an_address_in_place(customers: Customers, target: Target) -> None:
    body = _writable_body("CustomerCreate", target, "address")
    customer_id = customers.create(body)
    address = customers.get(customer_id)["shippingAddresses"][0]
    changed = {"id": address["id"], "city": "Ocala"}
    assert customers.update(customer_id, {"shippingAddresses": [changed]}) == 1
    stored = customers.get(customer_id)["shippingAddresses"]
    assert [a["id"] for a in stored] == [address["id"]]
    assert stored[0]["city"] == "Ocala"


@WRITES
def test_create_customer_rejects_a_duplicate_email(customers: Customers, target: Target) -> None:
    email = target.email("duplicate")
    customers.create({"email": email})
    status, error = customers.create_expecting_error({"email": email.upper()})
    assert status == 409, "a second customer with the same email (other case) must be refused"
    assert error is not None
    assert error.error_message


@WRITES
def test_update_customer_rejects_a_duplicate_email(customers: Customers, target: Target) -> None:
    taken = target.email("taken")
    customers.create({"email": taken})
    other = customers.create({"email": target.email("other")})
    status, error = customers.update_expecting_error(other, {"email": taken})
    assert status == 409, "changing the email to one another customer has must be refused"
    assert error is not None
    assert customers.get(other)["email"] == target.email("other"), "a refused update changed the customer"


@WRITES
def test_delete_customer_then_get_customer_answers_404(customers: Customers, target: Target) -> None:
    customer_id = customers.create({"email": target.email("delete")})
    assert customers.delete(customer_id) == 1
    status, error = customers.get_expecting_error(customer_id)
    assert status == 404
    assert error is not None


def test_get_customer_unknown_answers_404(customers: Customers) -> None:
    status, error = customers.get_expecting_error(9_000_000_000_000_000_001)
    assert status == 404
    assert error is not None
    assert error.error_message


@pytest.mark.parametrize("operation_id", [op["operationId"] for _, _, op in _spec.operations()])
@pytest.mark.parametrize("token", ["missing", "unknown", "other-store"])
def test_every_operation_rejects_an_invalid_token(customers: Customers, operation_id: str, token: str) -> None:
    status, error = customers.call_with_bad_token(operation_id, token)
    assert status == 403, f"{operation_id} with a {token} token answered {status}, Ecwid answers 403"
    assert error is not None
    assert error.error_code == "INVALID_API_TOKEN"


@pytest.mark.parametrize(
    ("operation_id", "scope"),
    [
        (op["operationId"], scope)
        for _, _, op in _spec.operations()
        for scope in _spec.required_scopes(op["operationId"])
    ],
)
def test_every_operation_requires_each_of_its_scopes(scoped_customers: Any, operation_id: str, scope: str) -> None:
    customers = scoped_customers(without=scope)
    status, error = customers.call_minimal(operation_id)
    assert status == 403, f"{operation_id} without {scope} answered {status}, Ecwid answers 403"
    assert error is not None
    assert error.error_code == "INSUFFICIENT_APP_SCOPE"


def test_rate_limit_answers_429_with_retry_after(rate_limited_customers: Any) -> None:
    customers, limit, window = rate_limited_customers
    statuses = [customers.get_status(1) for _ in range(limit)]
    assert 429 not in statuses, f"refused within the limit of {limit}: {statuses}"
    response = customers.get_raw(1)
    assert response.status_code == 429
    assert response.parsed is not None
    assert response.parsed.error_code == "RATE_LIMITED"
    retry_after = response.headers.get("Retry-After")
    assert retry_after is not None, "429 without Retry-After"
    assert retry_after.isdigit(), f"Retry-After must be whole seconds, got {retry_after!r}"
    assert 1 <= int(retry_after) <= window


@WRITES
def test_get_customer_response_fields_trims_the_answer(customers: Customers, target: Target) -> None:
    customer_id = customers.create({"email": target.email("fields"), "lang": "en"})
    response = customers.get_raw(customer_id, response_fields="id,email")
    assert response.status_code == 200
    assert response.parsed is not None
    assert set(response.parsed.to_dict()) == {"id", "email"}, response.content[:300]


@pytest.mark.parametrize(
    "operation_id",
    ["updateCustomer", "deleteCustomer", "getCustomerGroup", "updateCustomerGroup", "deleteCustomerGroup"],
)
def test_an_unknown_customer_or_group_answers_404(customers: Customers, operation_id: str) -> None:
    unknown = 9_000_000_000_000_000_003
    status, error = customers.call_minimal(operation_id, customer_id=unknown, group_id=unknown)
    assert status == 404, f"{operation_id} of a customer that does not exist answered {status}"
    assert error is not None


@pytest.mark.parametrize("operation_id", [op["operationId"] for _, _, op in _spec.operations()])
def test_every_operation_works_with_exactly_its_scopes(scoped_customers: Any, operation_id: str) -> None:
    """No operation asks more than the scopes the spec lists for it."""
    owner = scoped_customers(without=None)
    customer_id = owner.create({"email": owner.target.email(f"exact-{operation_id}")})
    group_id = owner.create_group({"name": f"exact {operation_id}"})
    customers = scoped_customers(only=_spec.required_scopes(operation_id))
    status, _ = customers.call_minimal(operation_id, customer_id=customer_id, group_id=group_id)
    assert status == 200, f"{operation_id} with exactly {_spec.required_scopes(operation_id)} answered {status}"
