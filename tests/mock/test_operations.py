"""The four operations, through real HTTP."""

from __future__ import annotations

import re
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from tests.mock.conftest import Mock, StartMock

ECWID_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} \+0000")


def _response_validator(spec: dict[str, Any], operation_id: str) -> Draft202012Validator:
    """The document's own 200 schema of an operation, `$ref`s resolved in the document."""
    registry: Registry[Any] = Registry().with_resource("urn:spec", Resource.from_contents(spec, DRAFT202012))
    for item in spec["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict) and operation.get("operationId") == operation_id:
                schema = operation["responses"]["200"]["content"]["application/json"]["schema"]
                return Draft202012Validator({"$ref": "urn:spec" + schema["$ref"]}, registry=registry)
    raise LookupError(operation_id)


def _request_example(spec: dict[str, Any], operation_id: str, name: str) -> dict[str, Any]:
    for item in spec["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict) and operation.get("operationId") == operation_id:
                value: dict[str, Any] = operation["requestBody"]["content"]["application/json"]["examples"][name][
                    "value"
                ]
                return value
    raise LookupError(operation_id)


def test_create_customer_assigns_increasing_ids(mock: Mock) -> None:
    ids = [mock.create(email=f"c{n}@example.com") for n in range(5)]
    assert ids == sorted(ids)
    assert len(set(ids)) == 5
    assert all(customer_id > 100_000_000 for customer_id in ids)


def test_create_customer_assigns_address_and_contact_ids_that_never_repeat(mock: Mock) -> None:
    first = mock.get(mock.create(email="a@example.com", shippingAddresses=[{}, {}], contacts=[{}, {}]))
    second = mock.get(mock.create(email="b@example.com", shippingAddresses=[{}], contacts=[{}]))
    address_ids = [a["id"] for c in (first, second) for a in c["shippingAddresses"]]
    contact_ids = [c["id"] for customer in (first, second) for c in customer["contacts"]]
    assert address_ids == sorted(address_ids)
    assert len(set(address_ids)) == 3
    assert contact_ids == sorted(contact_ids)
    assert len(set(contact_ids)) == 3


def test_create_customer_answers_only_the_id(mock: Mock) -> None:
    response = mock.http.post("/customers", json={"email": "only@example.com"})
    assert response.status_code == 200
    assert list(response.json()) == ["id"]
    assert response.headers["content-type"] == "application/json; charset=utf-8"


def test_create_customer_stamps_registered_and_updated_in_ecwid_format(mock: Mock) -> None:
    customer = mock.get(mock.create(email="stamp@example.com"))
    assert ECWID_DATETIME.fullmatch(customer["registered"])
    assert customer["updated"] == customer["registered"]


def test_create_customer_computes_what_the_service_computes(mock: Mock) -> None:
    customer_id = mock.create(
        email="ana@example.com",
        billingPerson={
            "name": "Ana Maria Lima",
            "countryCode": "US",
            "stateOrProvinceCode": "FL",
            "countryName": "Nope",
        },
        shippingAddresses=[
            {
                "street": "1 Main St",
                "city": "Gainesville",
                "countryCode": "US",
                "postalCode": "32601",
                "stateOrProvinceCode": "FL",
                "addressFormatted": "ignored",
                "createdDate": "1999-01-01 00:00:00 +0000",
            },
            {"city": "Toronto", "countryCode": "CA"},
        ],
        contacts=[{"contact": "ana@example.com", "type": "EMAIL", "timestamp": "1999-01-01 00:00:00 +0000"}],
    )
    customer = mock.get(customer_id)
    person = customer["billingPerson"]
    assert (person["firstName"], person["lastName"]) == ("Ana", "Maria Lima")
    assert (person["countryName"], person["stateOrProvinceName"]) == ("United States", "Florida")
    assert customer["name"] == "Ana Maria Lima"
    first, second = customer["shippingAddresses"]
    assert first["addressFormatted"] == "1 Main St, Gainesville, Florida 32601, United States"
    assert (first["defaultAddress"], first["orderBy"], second["defaultAddress"], second["orderBy"]) == (
        True,
        0,
        False,
        1,
    )
    assert ECWID_DATETIME.fullmatch(first["createdDate"])
    assert first["createdDate"] != "1999-01-01 00:00:00 +0000"
    assert second["countryName"] == "Canada"
    assert customer["contacts"][0]["timestamp"] != "1999-01-01 00:00:00 +0000"
    assert customer["customerGroupName"] == "General"
    assert customer["stats"] == {"numberOfOrders": 0, "salesValue": 0, "averageOrderValue": 0}
    assert customer["favorites"] == []


def test_a_one_word_name_gets_no_first_and_last_name(mock: Mock) -> None:
    customer = mock.get(mock.create(email="cher@example.com", billingPerson={"name": "Cher"}))
    assert customer["name"] == "Cher"
    assert "firstName" not in customer["billingPerson"]
    assert "lastName" not in customer["billingPerson"]


def test_create_customer_ignores_unknown_keys_and_never_returns_the_password(mock: Mock) -> None:
    customer = mock.get(mock.create(email="p@example.com", password="hunter2", favouriteColour="teal"))
    assert "password" not in customer
    assert "favouriteColour" not in customer


def test_every_request_example_of_the_document_is_accepted(mock: Mock, spec: dict[str, Any]) -> None:
    for name in ("minimal", "full"):
        body = _request_example(spec, "createCustomer", name) | {"email": f"{name}@example.com"}
        mock.create(**body)
    customer_id = mock.create(email="updated@example.com")
    for name in ("vendorExample", "marketing"):
        response = mock.http.put(f"/customers/{customer_id}", json=_request_example(spec, "updateCustomer", name))
        assert response.json() == {"updateCount": 1}


@pytest.mark.parametrize(
    ("operation_id", "method", "path"),
    [
        ("createCustomer", "POST", "/customers"),
        ("getCustomer", "GET", "/customers/{id}"),
        ("updateCustomer", "PUT", "/customers/{id}"),
        ("deleteCustomer", "DELETE", "/customers/{id}"),
    ],
)
def test_answers_validate_against_the_document(
    mock: Mock, spec: dict[str, Any], operation_id: str, method: str, path: str
) -> None:
    full = _request_example(spec, "createCustomer", "full")
    customer_id = mock.create(**full)
    body = {"email": "new@example.com"} if method == "POST" else {"lang": "en"} if method == "PUT" else None
    response = mock.http.request(method, path.format(id=customer_id), json=body)
    assert response.status_code == 200
    _response_validator(spec, operation_id).validate(response.json())


def test_update_customer_is_partial(mock: Mock) -> None:
    customer_id = mock.create(
        email="partial@example.com", lang="en", taxId="X1", acceptMarketing=True, billingPerson={"name": "A B"}
    )
    response = mock.http.put(f"/customers/{customer_id}", json={"taxId": "X2", "billingPerson": {"city": "Ocala"}})
    assert response.json() == {"updateCount": 1}
    customer = mock.get(customer_id)
    assert (customer["taxId"], customer["lang"], customer["acceptMarketing"]) == ("X2", "en", True)
    assert customer["billingPerson"] == {"name": "A B", "firstName": "A", "lastName": "B", "city": "Ocala"}


def test_update_customer_accepts_the_vendor_example_and_ignores_its_extra_keys(mock: Mock) -> None:
    customer_id = mock.create(email="vip@example.com")
    body = {"name": "Support team (VIP)", "customerGroupId": 9367001, "customerGroupName": "VIP"}
    assert mock.http.put(f"/customers/{customer_id}", json=body).json() == {"updateCount": 1}
    customer = mock.get(customer_id)
    assert customer["customerGroupId"] == 9367001
    assert "customerGroupName" not in customer  # only the built-in group 0 has a known name
    assert "name" not in customer


def test_update_customer_replaces_contacts(mock: Mock) -> None:
    customer_id = mock.create(
        email="c@example.com",
        contacts=[{"contact": "c@example.com", "type": "EMAIL"}, {"contact": "+1", "type": "PHONE"}],
    )
    mock.http.put(f"/customers/{customer_id}", json={"contacts": [{"contact": "@c", "type": "TELEGRAM"}]})
    contacts = mock.get(customer_id)["contacts"]
    assert [c["type"] for c in contacts] == ["TELEGRAM"]


def test_update_customer_replaces_shipping_addresses_and_leaves_unsent_arrays(mock: Mock) -> None:
    customer_id = mock.create(
        email="s@example.com", shippingAddresses=[{"city": "Ocala"}], contacts=[{"contact": "+1", "type": "PHONE"}]
    )
    mock.http.put(f"/customers/{customer_id}", json={"shippingAddresses": [{"city": "Tampa"}, {"city": "Miami"}]})
    customer = mock.get(customer_id)
    assert [a["city"] for a in customer["shippingAddresses"]] == ["Tampa", "Miami"]
    assert [c["contact"] for c in customer["contacts"]] == ["+1"]
    mock.http.put(f"/customers/{customer_id}", json={"shippingAddresses": []})
    assert mock.get(customer_id)["shippingAddresses"] == []


def test_update_customer_updates_an_address_in_place_by_id(mock: Mock) -> None:
    customer_id = mock.create(email="a@example.com", shippingAddresses=[{"city": "Ocala"}, {"city": "Miami"}])
    first, _ = mock.get(customer_id)["shippingAddresses"]
    sent = [{"city": "Tampa"}, {"id": first["id"], "street": "2 Oak St"}]
    mock.http.put(f"/customers/{customer_id}", json={"shippingAddresses": sent})
    new, kept = mock.get(customer_id)["shippingAddresses"]
    assert kept["id"] == first["id"]
    assert (kept["city"], kept["street"], kept["createdDate"]) == ("Ocala", "2 Oak St", first["createdDate"])
    assert (kept["defaultAddress"], kept["orderBy"]) == (True, 1), "the stored default stays the default"
    assert new["id"] != first["id"]
    assert (new["city"], new["defaultAddress"], new["orderBy"]) == ("Tampa", False, 0)


def test_an_address_id_the_customer_does_not_have_gets_a_new_id(mock: Mock) -> None:
    customer_id = mock.create(email="n@example.com", shippingAddresses=[{"id": 5, "city": "Ocala"}])
    assert mock.get(customer_id)["shippingAddresses"][0]["id"] != 5


def test_update_customer_restamps_updated(mock: Mock) -> None:
    customer_id = mock.create(email="u@example.com")
    mock.store._customers[customer_id]["updated"] = "2000-01-01 00:00:00 +0000"
    mock.http.put(f"/customers/{customer_id}", json={"lang": "en"})
    customer = mock.get(customer_id)
    assert customer["updated"] != "2000-01-01 00:00:00 +0000"
    assert ECWID_DATETIME.fullmatch(customer["updated"])


def test_get_customer_response_fields_trims_the_answer(mock: Mock) -> None:
    customer_id = mock.create(email="t@example.com", lang="en")
    response = mock.http.get(f"/customers/{customer_id}", params={"responseFields": "id, email,nope"})
    assert response.json() == {"id": customer_id, "email": "t@example.com"}


def test_delete_customer_answers_delete_count_and_forgets(mock: Mock) -> None:
    customer_id = mock.create(email="d@example.com")
    assert mock.http.delete(f"/customers/{customer_id}").json() == {"deleteCount": 1}
    assert mock.http.get(f"/customers/{customer_id}").status_code == 404
    assert len(mock.store) == 0
    mock.create(email="D@example.com")  # the email is free again


def test_an_unknown_customer_is_404_on_get_update_and_delete(mock: Mock) -> None:
    for method, body in (("GET", None), ("PUT", {"lang": "en"}), ("DELETE", None)):
        response = mock.http.request(method, "/customers/42", json=body)
        assert response.status_code == 404, method
        assert response.json() == {"errorMessage": "Customer #42 not found"}
        assert response.headers["content-type"] == "application/json; charset=utf-8"


def test_create_customer_rejects_a_duplicate_email_case_insensitively(mock: Mock) -> None:
    mock.create(email="Dup@Example.com")
    response = mock.http.post("/customers", json={"email": "dup@example.COM"})
    assert response.status_code == 409
    assert response.json() == {"errorMessage": "The customer with the given email already exists"}
    assert len(mock.store) == 1


def test_update_customer_rejects_a_duplicate_email_but_allows_its_own(mock: Mock) -> None:
    mock.create(email="one@example.com")
    two = mock.create(email="two@example.com")
    response = mock.http.put(f"/customers/{two}", json={"email": "ONE@example.com"})
    assert response.status_code == 409
    assert response.json()["errorMessage"] == "The customer with the given email already exists"
    assert mock.get(two)["email"] == "two@example.com"
    assert mock.http.put(f"/customers/{two}", json={"email": "TWO@example.com"}).status_code == 200
    assert mock.http.put(f"/customers/{two}", json={"email": "three@example.com"}).status_code == 200
    mock.create(email="two@example.com")  # the old email is free again


def test_the_store_resets_and_never_reuses_an_id(start_mock: StartMock) -> None:
    mock = start_mock(rate_limit=2, rate_window=60.0)
    first = mock.create(email="r@example.com")
    assert mock.http.get(f"/customers/{first}").status_code == 200
    assert mock.http.get(f"/customers/{first}").status_code == 429
    mock.store.reset()
    assert len(mock.store) == 0
    second = mock.create(email="r@example.com")  # the email is free and the rate window is new
    assert second > first
    assert mock.http.get(f"/customers/{first}").status_code == 404


def test_search_customers_reads_booleans_in_any_case_and_refuses_others(mock: Mock) -> None:
    opted_in = mock.create(email="in@example.com", acceptMarketing=True)
    mock.create(email="out@example.com", acceptMarketing=False)
    for text in ("true", "True", "TRUE"):
        page = mock.http.get("/customers", params={"acceptMarketing": text}).json()
        assert [item["id"] for item in page["items"]] == [opted_in], text
    refused = mock.http.get("/customers", params={"acceptMarketing": "yes"})
    assert refused.status_code == 400
    assert refused.json()["errorMessage"] == "Parameter 'acceptMarketing' must be true or false, got \"yes\""


def test_search_customers_ignores_empty_filters(mock: Mock) -> None:
    named = mock.create(email="named@example.com", billingPerson={"name": "Ann Lee"})
    nameless = mock.create(email="nameless@example.com")
    page = mock.http.get("/customers", params={"name": "", "keyword": "", "lang": "", "city": ""}).json()
    assert sorted(item["id"] for item in page["items"]) == sorted([named, nameless])
    assert page["total"] == 2
