"""Scenarios of Search customers through the generated client: filters, sorts, pages, fields.

Every test writes its own customers, with emails that name the run and the test
(`contract-<run>-<label>-...@example.com`), and confines its searches to them with the
`email` filter (a part of an email matches), so a store with other customers (a live one, or
the mock after the property tests) changes nothing.
"""

from __future__ import annotations

import itertools
import re
import time
from collections.abc import Callable
from datetime import datetime
from typing import Any

import pytest
import requests

from contract_tests import _spec
from contract_tests._client import Customers
from contract_tests._target import Target
from ecwid_client.models import BusinessRelation, CustomerSortBy

WRITES = pytest.mark.writes
SORT_ORDERS = _spec.component("CustomerSortBy")["enum"]


def _scope(target: Target, label: str) -> str:
    """The part of an email every customer of this test has, and no one else."""
    return target.email(label).split("@")[0] + "-"


def _make(customers: Customers, target: Target, label: str, *bodies: dict[str, Any]) -> list[int]:
    prefix = _scope(target, label)
    return [customers.create({"email": f"{prefix}{i}@example.com", **body}) for i, body in enumerate(bodies)]


def _ids(page: dict[str, Any]) -> list[int]:
    return [item["id"] for item in page.get("items", [])]


# filter -> (a customer it must find, one it must not, the query), in the generated client's keywords
FILTERS: dict[str, tuple[dict[str, Any], dict[str, Any], dict[str, Any]]] = {
    "keyword": ({"billingPerson": {"name": "Zelda Quux"}}, {"billingPerson": {"name": "Ann Lee"}}, {"keyword": "quux"}),
    "name": ({"billingPerson": {"name": "Zelda Quux"}}, {"billingPerson": {"name": "Ann Lee"}}, {"name": "zelda"}),
    "phone": (
        {"billingPerson": {"phone": "+1 352 555 0101"}},
        {"billingPerson": {"phone": "+1 999"}},
        {"phone": "5550101"},
    ),
    "city": (
        {"shippingAddresses": [{"city": "Gainesville"}]},
        {"shippingAddresses": [{"city": "Ocala"}]},
        {"city": "gainesv"},
    ),
    "postalCode": (
        {"shippingAddresses": [{"postalCode": "32601"}]},
        {"shippingAddresses": [{"postalCode": "34470"}]},
        {"postal_code": "32601"},
    ),
    "stateOrProvinceCode": (
        {"shippingAddresses": [{"countryCode": "US", "stateOrProvinceCode": "FL"}]},
        {"shippingAddresses": [{"countryCode": "US", "stateOrProvinceCode": "CA"}]},
        {"state_or_province_code": "FL"},
    ),
    "countryCodes": (
        {"shippingAddresses": [{"countryCode": "US"}]},
        {"shippingAddresses": [{"countryCode": "DE"}]},
        {"country_codes": "US,CA"},
    ),
    "companyName": (
        {"shippingAddresses": [{"companyName": "Lima Ltd"}]},
        {"shippingAddresses": [{"companyName": "Other Co"}]},
        {"company_name": "lima"},
    ),
    "acceptMarketing=true": ({"acceptMarketing": True}, {"acceptMarketing": False}, {"accept_marketing": True}),
    "acceptMarketing=false": ({"acceptMarketing": False}, {"acceptMarketing": True}, {"accept_marketing": False}),
    "taxExempt": ({"taxExempt": True}, {"taxExempt": False}, {"tax_exempt": True}),
    "lang": ({"lang": "en"}, {}, {"lang": "en"}),
    "b2b_b2c": ({"b2b_b2c": "b2b"}, {"b2b_b2c": "b2c"}, {"b2b_b2c": "b2b"}),
    "minOrderCount": ({}, {}, {"min_order_count": 0}),
}


@WRITES
@pytest.mark.parametrize("name", sorted(FILTERS))
def test_search_customers_filter_finds_what_it_should_and_only_that(
    customers: Customers, target: Target, name: str
) -> None:
    matching, other, query = FILTERS[name]
    label = "filter-" + re.sub(r"\W", "-", name).lower()
    found, missed = _make(customers, target, label, matching, other)
    page = customers.search(email=_scope(target, label), **_typed(query))
    expected = {found, missed} if name == "minOrderCount" else {found}  # every new customer has 0 orders
    assert set(_ids(page)) == expected, f"{name}: {query} found {_ids(page)}, expected {sorted(expected)}"
    assert page["total"] == len(expected)


def _typed(query: dict[str, Any]) -> dict[str, Any]:
    """Enum-typed keywords as the generated client takes them."""
    return {key: BusinessRelation(value) if key == "b2b_b2c" else value for key, value in query.items()}


@WRITES
def test_search_customers_filter_by_customer_group(customers: Customers, target: Target) -> None:
    group = customers.create_group({"name": "Filter group"})
    found, _ = _make(customers, target, "filter-group", {"customerGroupId": group}, {})
    page = customers.search(email=_scope(target, "filter-group"), customer_group_ids=f"{group}")
    assert _ids(page) == [found]
    page = customers.search(email=_scope(target, "filter-group"), customer_group_ids=f"0,{group}")
    assert len(_ids(page)) == 2


@WRITES
def test_search_customers_filter_by_date_bounds(customers: Customers, target: Target) -> None:
    (customer_id,) = _make(customers, target, "dates", {})
    registered = customers.get(customer_id)["registered"]  # "2024-06-04 21:15:10 +0000"
    seconds = int(datetime.strptime(registered, "%Y-%m-%d %H:%M:%S %z").timestamp())
    scope = _scope(target, "dates")
    cases = {
        "created_from": ((seconds, True), (seconds + 1, False)),
        "created_to": ((seconds, True), (seconds - 1, False)),
        "updated_from": ((seconds - 60, True), (seconds + 3600, False)),
        "updated_to": ((seconds + 3600, True), (seconds - 3600, False)),
    }
    for param, bounds in cases.items():
        for bound, finds in bounds:
            for text in (str(bound), _datetime(bound)):
                page = customers.search(email=scope, **{param: text})
                assert (customer_id in _ids(page)) == finds, f"{param}={text} (registered {registered})"


def _datetime(seconds: int) -> str:
    return time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(seconds))


@WRITES
def test_search_customers_exact_email_finds_a_customer_just_created(customers: Customers, target: Target) -> None:
    email = target.email("exact")
    customer_id = customers.create({"email": email})
    longer = customers.create({"email": "x" + email})
    page = customers.search(email=email.upper(), use_exact_email_match=True)
    assert _ids(page) == [customer_id], "an exact, case-insensitive email search finds exactly the customer"
    assert {customer_id, longer} <= set(_ids(customers.search(email=email)))


@WRITES
@pytest.mark.parametrize("sort_by", SORT_ORDERS)
def test_search_customers_sort_by_orders_as_named(customers: Customers, target: Target, sort_by: str) -> None:
    names = ["carl Brown", "Alice Zed", "bob Young"]
    label = f"sort-{sort_by.lower()}"
    _make(customers, target, label, *({"billingPerson": {"name": name}} for name in names))
    items = customers.search(email=_scope(target, label), sort_by=CustomerSortBy(sort_by))["items"]
    assert len(items) == 3
    key = _sort_key(sort_by)
    values = [key(item) for item in items]
    descending = sort_by.endswith("_DESC")
    for (a, first), (b, second) in itertools.pairwise(zip(values, items, strict=True)):
        assert (a >= b) if descending else (a <= b), f"{sort_by}: {values}"
        if a == b:  # the spec: ties go by id, ascending
            assert first["id"] < second["id"], f"{sort_by}: a tie out of id order"


def _sort_key(sort_by: str) -> Callable[[dict[str, Any]], Any]:
    field = sort_by.rpartition("_")[0]
    stats: Callable[[dict[str, Any], str], Any] = lambda item, name: item.get("stats", {}).get(name, 0) or 0  # noqa: E731
    return {
        "NAME": lambda item: (item.get("name") or "").casefold(),
        "EMAIL": lambda item: item["email"].casefold(),
        "ORDER_COUNT": lambda item: stats(item, "numberOfOrders"),
        "REGISTERED_DATE": lambda item: item["registered"],
        "UPDATED_DATE": lambda item: item["updated"],
        "SALES_VALUE": lambda item: stats(item, "salesValue"),
        "FIRST_ORDER_DATE": lambda item: stats(item, "firstOrderDate") or "",
        "LAST_ORDER_DATE": lambda item: stats(item, "lastOrderDate") or "",
    }[field]


@WRITES
def test_search_customers_pages_return_each_match_exactly_once(customers: Customers, target: Target) -> None:
    created = set(_make(customers, target, "paging", *({} for _ in range(25))))
    scope = _scope(target, "paging")
    seen: list[int] = []
    for offset in (0, 10, 20, 30):
        page = customers.search(email=scope, offset=offset, limit=10)
        assert page["total"] == 25, page
        assert (page["offset"], page["limit"], page["count"]) == (offset, 10, len(page["items"]))
        assert page["allCustomerCount"] >= 25
        seen += _ids(page)
    assert sorted(seen) == sorted(created), "pages skipped or repeated a customer"
    walked = [item["id"] for item in customers.search_all(email=scope, limit=7)]
    assert sorted(walked) == sorted(created), "the paging iterator skipped or repeated a customer"
    counts = customers.search(email=scope, limit=0)
    assert (counts["total"], counts["count"], counts.get("items", [])) == (25, 0, []), "limit 0 answers the counts"


@WRITES
def test_search_customers_response_fields_trims_the_page_and_its_items(customers: Customers, target: Target) -> None:
    _make(customers, target, "fields", {"billingPerson": {"name": "Ann Lee"}})
    page = customers.search(email=_scope(target, "fields"), response_fields="total,items(id,email)")
    assert set(page) == {"total", "items"}
    assert [set(item) for item in page["items"]] == [{"id", "email"}]


@pytest.mark.parametrize(
    ("parameter", "value"),
    [
        ("sortBy", "NEWEST_FIRST"),
        ("offset", "-1"),
        ("limit", "101"),
        ("limit", "ten"),
        ("createdFrom", "2024-13-01"),
        ("updatedTo", "yesterday"),
        ("acceptMarketing", "maybe"),
        ("customerGroupIds", "1;2"),
    ],
)
def test_search_customers_refuses_bad_input_naming_the_parameter(
    target: Target, http_session: requests.Session, parameter: str, value: str
) -> None:
    url = f"{target.base_url}/{target.store_id}/customers"
    headers = {"Authorization": f"Bearer {target.token}"}
    response = http_session.get(url, params={parameter: value}, headers=headers, timeout=30)
    assert response.status_code == 400, f"{parameter}={value!r} answered {response.status_code}"
    body = response.json()
    assert body.get("errorCode") == "WRONG_PARAMETER"
    assert parameter in body["errorMessage"], body
