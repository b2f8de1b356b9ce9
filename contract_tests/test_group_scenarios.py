"""Scenarios of customer groups through the generated client, and the new customer fields.

A customer's `customerGroupName` follows its group (computed at every read), and deleting a
group moves its customers to the built-in group 0 "General": the spec's decisions, checked.
"""

from __future__ import annotations

from typing import Any

import pytest
import requests

from contract_tests._client import Customers
from contract_tests._target import Target

WRITES = pytest.mark.writes


@WRITES
def test_create_customer_group_round_trips(customers: Customers) -> None:
    group_id = customers.create_group({"name": "Wholesale", "externalReferenceId": "crm-7"})
    assert customers.get_group(group_id) == {"id": group_id, "name": "Wholesale", "externalReferenceId": "crm-7"}


@WRITES
def test_update_customer_group_rename_shows_in_get_and_search(customers: Customers, target: Target) -> None:
    group_id = customers.create_group({"name": "VIP"})
    email = target.email("renamed-group")
    customer_id = customers.create({"email": email, "customerGroupId": group_id})
    assert customers.get(customer_id)["customerGroupName"] == "VIP"
    assert customers.update_group(group_id, {"name": "VIP customers"}) == 1
    assert customers.get_group(group_id)["name"] == "VIP customers"
    assert customers.get(customer_id)["customerGroupName"] == "VIP customers", "Get shows a stale group name"
    items = customers.search(email=email, use_exact_email_match=True)["items"]
    assert [item["customerGroupName"] for item in items] == ["VIP customers"], "Search shows a stale group name"
    assert customers.update_group(group_id, {"externalReferenceId": "crm-9"}) == 1
    assert customers.get_group(group_id)["name"] == "VIP customers", "a partial update changed the name"


@WRITES
def test_delete_customer_group_moves_its_customers_to_general(customers: Customers, target: Target) -> None:
    group_id = customers.create_group({"name": "Short-lived"})
    customer_id = customers.create({"email": target.email("group-deleted"), "customerGroupId": group_id})
    assert customers.delete_group(group_id) == 1
    status, _ = customers.group_expecting_error("getCustomerGroup", group_id)
    assert status == 404
    customer = customers.get(customer_id)
    assert (customer["customerGroupId"], customer["customerGroupName"]) == (0, "General")


def test_get_customer_group_general_is_built_in(customers: Customers) -> None:
    assert customers.get_group(0) == {"id": 0, "name": "General"}
    assert {"id": 0, "name": "General"} in customers.search_groups(customer_group_id="0")


@pytest.mark.parametrize("operation_id", ["updateCustomerGroup", "deleteCustomerGroup"])
def test_customer_group_general_cannot_be_changed(customers: Customers, operation_id: str) -> None:
    status, error = customers.group_expecting_error(operation_id, 0, {"name": "Renamed"})
    assert status == 400
    assert error is not None
    assert error.error_code == "WRONG_PARAMETER"
    assert customers.get_group(0)["name"] == "General"


@WRITES
def test_search_customer_groups_filters_and_pages(customers: Customers, target: Target) -> None:
    tag = target.run_id
    ids = [customers.create_group({"name": f"Tier {tag} {n}"}) for n in range(5)]
    found = customers.search_groups(keyword=f"tier {tag}", limit=2)
    assert [g["id"] for g in found] == ids, "keyword search, walked 2 a page, in id order"
    chosen = customers.search_groups(customer_group_id=f"{ids[1]},{ids[3]}")
    assert [g["id"] for g in chosen] == [ids[1], ids[3]]


@pytest.mark.parametrize("name", ["", "   ", "x" * 256])
def test_create_customer_group_refuses_a_bad_name(
    customers: Customers, target: Target, http_session: requests.Session, name: str
) -> None:
    before = customers.search_groups()
    url = f"{target.base_url}/{target.store_id}/customer_groups"
    response = http_session.post(url, json={"name": name}, headers={"Authorization": f"Bearer {target.token}"})
    assert response.status_code == 400, response.text
    body: dict[str, Any] = response.json()
    assert body.get("errorCode") == "WRONG_PARAMETER"
    assert "name" in body["errorMessage"]
    assert customers.search_groups() == before, "a refused group changed the store"


@WRITES
def test_create_customer_primary_phone_becomes_the_default_phone_contact(customers: Customers, target: Target) -> None:
    contacts = [{"contact": "+1 111", "type": "PHONE", "default": True}]
    customer_id = customers.create({"email": target.email("phone"), "contacts": contacts, "primaryPhone": "+1 222"})
    phones = [c for c in customers.get(customer_id)["contacts"] if c["type"] == "PHONE"]
    assert {c["contact"]: c["default"] for c in phones} == {"+1 111": False, "+1 222": True}


@WRITES
def test_create_customer_keeps_exactly_one_default_address(customers: Customers, target: Target) -> None:
    sent = [{"city": "A", "note": "gate code 12"}, {"city": "B", "defaultAddress": True}, {"city": "C"}]
    customer_id = customers.create({"email": target.email("default-address"), "shippingAddresses": sent})
    stored = customers.get(customer_id)["shippingAddresses"]
    assert [a["defaultAddress"] for a in stored] == [False, True, False]
    assert stored[0]["note"] == "gate code 12"
    assert customers.update(customer_id, {"shippingAddresses": [*stored, {"city": "D", "defaultAddress": True}]}) == 1
    assert [a["defaultAddress"] for a in customers.get(customer_id)["shippingAddresses"]] == [False, True, False, False]


@WRITES
def test_create_customer_refuses_a_language_the_store_has_not_enabled(customers: Customers, target: Target) -> None:
    email = target.email("language")
    status, error = customers.create_expecting_error({"email": email, "lang": "xx"})
    assert status == 400
    assert error is not None
    assert error.error_code == "LANGUAGES_NOT_ALLOWED"
    assert customers.search(email=email, use_exact_email_match=True)["total"] == 0, "a refused Create stored a customer"
