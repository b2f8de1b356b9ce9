"""What the service computes when a customer is written: the rules, apart from the store.

`apply_write` turns a validated body (already reduced to its writable fields) into the stored
customer: defaults, the name and its two halves, place names, addresses (ids, one default,
order), contacts (ids, timestamps, `primaryPhone`), extra fields. Group names are not stored:
the store computes `customerGroupName` at every read, so it follows a rename.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any, TypeVar, cast

from . import _geo

Json = Any
T = TypeVar("T")
NewId = Callable[[str], int]

DEFAULTS = {"customerGroupId": 0, "b2b_b2c": "b2c", "taxExempt": False, "taxIdValid": False, "acceptMarketing": False}
_MERGED = ("billingPerson",)  # partial on Update, like the customer itself
_WRITE_ONLY = ("primaryPhone",)  # applied, never stored as such


def ecwid_now() -> str:
    """Now, as Ecwid writes datetimes: `2024-06-04 21:15:10 +0000` (UTC)."""
    return time.strftime("%Y-%m-%d %H:%M:%S +0000", time.gmtime())


def json_copy(value: T) -> T:
    """A deep copy of JSON data (dicts, lists, scalars): what `copy.deepcopy` does here, faster."""
    if isinstance(value, dict):
        return cast(T, {key: json_copy(item) for key, item in value.items()})
    if isinstance(value, list):
        return cast(T, [json_copy(item) for item in value])
    return value


def new_customer(customer_id: int, body: dict[str, Json], new_id: NewId) -> dict[str, Json]:
    """The customer a Create (or a seed record) makes: `apply_write` over nothing, stamped now."""
    now = ecwid_now()
    return {"id": customer_id, "registered": now, "updated": now, **apply_write({}, body, new_id, now)}


def apply_write(before: dict[str, Json], body: dict[str, Json], new_id: NewId, now: str) -> dict[str, Json]:
    """The customer after writing `body` over `before` ({} on Create); neither is changed."""
    customer = json_copy(before)
    sent = json_copy(body)
    for key, value in sent.items():
        if key in _MERGED and isinstance(value, dict):
            customer[key] = {**customer.get(key, {}), **value}
        elif key not in _WRITE_ONLY:  # scalars, and the arrays sent, replace the stored ones
            customer[key] = value
    for key, default in DEFAULTS.items():
        customer.setdefault(key, default)
    customer.setdefault("stats", {"numberOfOrders": 0, "salesValue": 0, "averageOrderValue": 0})
    customer.setdefault("favorites", [])
    _names(customer)
    if "shippingAddresses" in sent:
        customer["shippingAddresses"] = _addresses(sent["shippingAddresses"], before, new_id, now)
    if "contacts" in sent:
        customer["contacts"] = _contacts(sent["contacts"], before, new_id, now)
    if isinstance(sent.get("primaryPhone"), str) and sent["primaryPhone"].strip():
        customer["contacts"] = _primary_phone(customer.get("contacts", []), sent["primaryPhone"].strip(), new_id, now)
    if "extrafields" in sent:
        customer["extrafields"] = _extra_fields(sent["extrafields"])
    return customer


def _names(customer: dict[str, Json]) -> None:
    customer.pop("name", None)
    person = customer.get("billingPerson")
    if not isinstance(person, dict):
        return
    _geo.add_place_names(person)
    person.pop("firstName", None)
    person.pop("lastName", None)
    name = person.get("name")
    if isinstance(name, str) and name.strip():
        customer["name"] = name
        words = name.split()
        if len(words) >= 2:
            person["firstName"], person["lastName"] = words[0], " ".join(words[1:])


def _merged_by_id(sent: list[dict[str, Json]], stored: list[Json], new: Callable[[], dict[str, Json]]) -> list[Json]:
    """`sent` over `stored`: an item that carries a stored id is updated in place (keeping what
    it does not send); any other is new, with what `new()` gives it (its id, its stamp)."""
    by_id = {item["id"]: item for item in stored}
    merged = []
    for item in sent:
        old = by_id.pop(item["id"], None) if "id" in item else None
        merged.append({**old, **item} if old is not None else {**item, **new()})
    return merged


def _addresses(sent: list[dict[str, Json]], before: dict[str, Json], new_id: NewId, now: str) -> list[Json]:
    stored = before.get("shippingAddresses", [])
    addresses = _merged_by_id(sent, stored, lambda: {"id": new_id("address"), "createdDate": now})
    for index, (item, address) in enumerate(zip(sent, addresses, strict=True)):
        _geo.add_place_names(address)
        address["orderBy"] = item.get("orderBy", index)
        address.pop("addressFormatted", None)
        if formatted := _geo.formatted(address):  # the service omits empty fields
            address["addressFormatted"] = formatted
    # exactly one default: the first sent as default, else the stored default still listed, else the first
    flagged = [i for i, item in enumerate(sent) if item.get("defaultAddress") is True]
    kept = [i for i, address in enumerate(addresses) if address.get("defaultAddress") is True]
    chosen = (flagged or kept or [0])[0]
    for index, address in enumerate(addresses):
        address["defaultAddress"] = index == chosen
    return addresses


def _contacts(sent: list[dict[str, Json]], before: dict[str, Json], new_id: NewId, now: str) -> list[Json]:
    contacts = _merged_by_id(sent, before.get("contacts", []), lambda: {"id": new_id("contact"), "timestamp": now})
    for index, contact in enumerate(contacts):
        contact.setdefault("orderBy", index)
        contact.setdefault("default", False)
    return contacts


def _primary_phone(contacts: list[Json], phone: str, new_id: NewId, now: str) -> list[Json]:
    """`primaryPhone` becomes the default PHONE contact (added when no contact has it)."""
    contacts = [dict(c) for c in contacts]
    phones = [c for c in contacts if c.get("type") == "PHONE"]
    match = next((c for c in phones if c.get("contact") == phone), None)
    if match is None:
        match = {"id": new_id("contact"), "contact": phone, "type": "PHONE", "orderBy": len(contacts), "timestamp": now}
        contacts.append(match)
    for contact in phones:
        contact["default"] = False
    match["default"] = True
    return contacts


def _extra_fields(sent: list[dict[str, Json]]) -> list[Json]:
    return [{**item, "orderBy": index, "entityTypes": ["CUSTOMERS"]} for index, item in enumerate(sent)]
