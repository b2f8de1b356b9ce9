"""The four operations, through real HTTP."""

from __future__ import annotations

import re

from tests.mock.conftest import Mock

ECWID_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} \+0000")


def test_create_customer_assigns_increasing_ids(mock: Mock) -> None:
    ids = [mock.create(email=f"c{n}@example.com") for n in range(5)]
    assert ids == sorted(ids)
    assert len(set(ids)) == 5


def test_create_customer_stamps_registered_and_updated_in_ecwid_format(mock: Mock) -> None:
    customer = mock.get(mock.create(email="stamp@example.com"))
    assert ECWID_DATETIME.fullmatch(customer["registered"])
    assert customer["updated"] == customer["registered"]


def test_create_customer_computes_what_the_service_computes(mock: Mock) -> None:
    customer_id = mock.create(
        email="ana@example.com",
        billingPerson={"name": "Ana Lima", "countryCode": "US", "stateOrProvinceCode": "FL", "countryName": "Nope"},
        shippingAddresses=[
            {
                "street": "1 Main St",
                "city": "Gainesville",
                "countryCode": "US",
                "postalCode": "32601",
                "stateOrProvinceCode": "FL",
                "addressFormatted": "ignored",
            }
        ],
        contacts=[{"contact": "ana@example.com", "type": "EMAIL", "timestamp": "1999-01-01 00:00:00 +0000"}],
    )
    customer = mock.get(customer_id)
    person = customer["billingPerson"]
    assert (person["firstName"], person["lastName"], person["countryName"]) == ("Ana", "Lima", "United States")
    assert person["stateOrProvinceName"] == "Florida"
    address = customer["shippingAddresses"][0]
    assert address["addressFormatted"] == "1 Main St, Gainesville, Florida 32601, United States"
    assert address["defaultAddress"] is True
    assert ECWID_DATETIME.fullmatch(address["createdDate"])
    assert customer["contacts"][0]["timestamp"] != "1999-01-01 00:00:00 +0000"
    assert customer["customerGroupName"] == "General"
    assert customer["name"] == "Ana Lima"


def test_create_customer_ignores_unknown_keys_and_never_returns_the_password(mock: Mock) -> None:
    customer = mock.get(mock.create(email="p@example.com", password="hunter2", favouriteColour="teal"))
    assert "password" not in customer
    assert "favouriteColour" not in customer


def test_update_customer_is_partial(mock: Mock) -> None:
    customer_id = mock.create(email="partial@example.com", lang="en", taxId="X1", acceptMarketing=True)
    response = mock.http.put(f"/customers/{customer_id}", json={"taxId": "X2"})
    assert response.json() == {"updateCount": 1}
    customer = mock.get(customer_id)
    assert (customer["taxId"], customer["lang"], customer["acceptMarketing"]) == ("X2", "en", True)


def test_update_customer_accepts_the_vendor_example_and_ignores_its_extra_keys(mock: Mock) -> None:
    customer_id = mock.create(email="vip@example.com")
    body = {"name": "Support team (VIP)", "customerGroupId": 9367001, "customerGroupName": "VIP"}
    assert mock.http.put(f"/customers/{customer_id}", json=body).json() == {"updateCount": 1}
    customer = mock.get(customer_id)
    assert customer["customerGroupId"] == 9367001
    assert customer.get("customerGroupName") != "VIP"
    assert customer.get("name") != "Support team (VIP)"


def test_update_customer_replaces_contacts(mock: Mock) -> None:
    customer_id = mock.create(
        email="c@example.com",
        contacts=[{"contact": "c@example.com", "type": "EMAIL"}, {"contact": "+1", "type": "PHONE"}],
    )
    mock.http.put(f"/customers/{customer_id}", json={"contacts": [{"contact": "@c", "type": "TELEGRAM"}]})
    contacts = mock.get(customer_id)["contacts"]
    assert [c["type"] for c in contacts] == ["TELEGRAM"]


def test_update_customer_updates_an_address_in_place_by_id(mock: Mock) -> None:
    customer_id = mock.create(email="a@example.com", shippingAddresses=[{"city": "Ocala"}, {"city": "Miami"}])
    first, _ = mock.get(customer_id)["shippingAddresses"]
    sent = [{"id": first["id"], "street": "2 Oak St"}, {"city": "Tampa"}]
    mock.http.put(f"/customers/{customer_id}", json={"shippingAddresses": sent})
    kept, new = mock.get(customer_id)["shippingAddresses"]
    assert kept["id"] == first["id"]
    assert (kept["city"], kept["street"], kept["createdDate"]) == ("Ocala", "2 Oak St", first["createdDate"])
    assert new["id"] != first["id"]
    assert new["city"] == "Tampa"


def test_update_customer_restamps_updated(mock: Mock) -> None:
    customer_id = mock.create(email="u@example.com")
    mock.store._customers[customer_id]["updated"] = "2000-01-01 00:00:00 +0000"
    mock.http.put(f"/customers/{customer_id}", json={"lang": "en"})
    assert mock.get(customer_id)["updated"] != "2000-01-01 00:00:00 +0000"


def test_get_customer_response_fields_trims_the_answer(mock: Mock) -> None:
    customer_id = mock.create(email="t@example.com", lang="en")
    response = mock.http.get(f"/customers/{customer_id}", params={"responseFields": "id, email,nope"})
    assert response.json() == {"id": customer_id, "email": "t@example.com"}


def test_delete_customer_answers_delete_count_and_forgets(mock: Mock) -> None:
    customer_id = mock.create(email="d@example.com")
    assert mock.http.delete(f"/customers/{customer_id}").json() == {"deleteCount": 1}
    assert mock.http.get(f"/customers/{customer_id}").status_code == 404
    assert len(mock.store) == 0


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
    assert response.json()["errorMessage"] == "The customer with the given email already exists"
    assert len(mock.store) == 1


def test_update_customer_rejects_a_duplicate_email_but_allows_its_own(mock: Mock) -> None:
    mock.create(email="one@example.com")
    two = mock.create(email="two@example.com")
    assert mock.http.put(f"/customers/{two}", json={"email": "ONE@example.com"}).status_code == 409
    assert mock.get(two)["email"] == "two@example.com"
    assert mock.http.put(f"/customers/{two}", json={"email": "TWO@example.com"}).status_code == 200


def test_the_store_resets(mock: Mock) -> None:
    mock.create(email="r@example.com")
    mock.store.reset()
    assert len(mock.store) == 0
    assert mock.create(email="r@example.com") == 310_000_001
