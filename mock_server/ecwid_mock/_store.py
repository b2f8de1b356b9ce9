"""All of the mock's state: one `CustomerStore`, with `reset()`.

Every mutation runs under one lock and works on a copy: a request that fails leaves the
stored customers exactly as they were.
"""

from __future__ import annotations

import copy
import itertools
import threading
import time
from typing import Any

from . import _geo
from ._errors import CustomerNotFoundError, DuplicateEmailError

Json = Any

_FIRST_IDS = {"customer": 310_000_001, "address": 241_000_001, "contact": 216_000_001}
_GROUPS = {0: "General"}


def ecwid_now() -> str:
    """Now, as Ecwid writes datetimes: `2024-06-04 21:15:10 +0000`."""
    return time.strftime("%Y-%m-%d %H:%M:%S +0000", time.gmtime())


class CustomerStore:
    """Customers of one store, kept in the read model's shape.

    Bodies reaching it are already validated and reduced to their writable fields; the
    store adds what the service computes (ids, datetimes, names, defaults).
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.reset()

    def reset(self) -> None:
        with self._lock:
            self._customers: dict[int, dict[str, Json]] = {}
            self._ids = {kind: itertools.count(first) for kind, first in _FIRST_IDS.items()}

    def __len__(self) -> int:
        return len(self._customers)

    # -- operations --------------------------------------------------------------------------
    def create(self, body: dict[str, Json]) -> int:
        with self._lock:
            if self._email_taken(body["email"]):
                raise DuplicateEmailError
            now = ecwid_now()
            customer_id = next(self._ids["customer"])
            customer = {"id": customer_id, "registered": now, "updated": now, **copy.deepcopy(body)}
            self._compute(customer, {}, now)
            self._customers[customer_id] = customer
            return customer_id

    def update(self, customer_id: int, body: dict[str, Json]) -> int:
        with self._lock:
            current = self._get(customer_id)
            email = body.get("email")
            if isinstance(email, str) and self._email_taken(email, except_id=customer_id):
                raise DuplicateEmailError
            updated = copy.deepcopy(current)
            for key, value in copy.deepcopy(body).items():
                if key == "billingPerson" and isinstance(value, dict):
                    updated[key] = {**updated.get(key, {}), **value}
                else:  # arrays sent replace the stored ones
                    updated[key] = value
            now = ecwid_now()
            self._compute(updated, current, now)
            updated["updated"] = now
            self._customers[customer_id] = updated
            return 1

    def get(self, customer_id: int) -> dict[str, Json]:
        with self._lock:
            return copy.deepcopy(self._get(customer_id))

    def delete(self, customer_id: int) -> int:
        with self._lock:
            self._get(customer_id)
            del self._customers[customer_id]
            return 1

    def all(self) -> list[dict[str, Json]]:
        with self._lock:
            return copy.deepcopy(list(self._customers.values()))

    # -- rules -------------------------------------------------------------------------------
    def _email_taken(self, email: str, *, except_id: int | None = None) -> bool:
        """Email is unique in the store, compared case-insensitively."""
        wanted = email.casefold()
        return any(
            customer_id != except_id and str(customer.get("email", "")).casefold() == wanted
            for customer_id, customer in self._customers.items()
        )

    def _get(self, customer_id: int) -> dict[str, Json]:
        try:
            return self._customers[customer_id]
        except KeyError:
            raise CustomerNotFoundError(customer_id) from None

    def _compute(self, customer: dict[str, Json], before: dict[str, Json], now: str) -> None:
        """Fill in what the service computes; `before` is the stored version (on Update)."""
        customer.setdefault("customerGroupId", 0)
        customer.pop("customerGroupName", None)
        if customer["customerGroupId"] in _GROUPS:
            customer["customerGroupName"] = _GROUPS[customer["customerGroupId"]]
        for key, default in (("b2b_b2c", "b2c"), ("taxExempt", False), ("taxIdValid", False)):
            customer.setdefault(key, default)
        customer.setdefault("acceptMarketing", False)
        customer.setdefault("stats", {"numberOfOrders": 0, "salesValue": 0, "averageOrderValue": 0})
        customer.setdefault("favorites", [])
        person = customer.get("billingPerson")
        customer.pop("name", None)
        if isinstance(person, dict):
            _geo.add_place_names(person)
            person.pop("firstName", None)
            person.pop("lastName", None)
            name = person.get("name")
            if isinstance(name, str) and name.strip():
                customer["name"] = name
                words = name.split()
                if len(words) >= 2:
                    person["firstName"], person["lastName"] = words[0], " ".join(words[1:])
        self._compute_addresses(customer, before, now)
        self._compute_contacts(customer, before, now)

    def _compute_addresses(self, customer: dict[str, Json], before: dict[str, Json], now: str) -> None:
        stored = {a["id"]: a for a in before.get("shippingAddresses", [])}
        addresses = []
        for index, sent in enumerate(customer.get("shippingAddresses", [])):
            old = stored.pop(sent.get("id"), None) if "id" in sent else None
            if old is not None:  # an address that carries a stored id is updated in place
                address = {**old, **sent}
            else:
                address = {**sent, "id": next(self._ids["address"]), "createdDate": now}
            _geo.add_place_names(address)
            address["orderBy"] = index
            address["defaultAddress"] = index == 0
            address["addressFormatted"] = _geo.formatted(address)
            addresses.append(address)
        if "shippingAddresses" in customer:
            customer["shippingAddresses"] = addresses

    def _compute_contacts(self, customer: dict[str, Json], before: dict[str, Json], now: str) -> None:
        stored = {c["id"]: c for c in before.get("contacts", [])}
        contacts = []
        for index, sent in enumerate(customer.get("contacts", [])):
            old = stored.pop(sent.get("id"), None) if "id" in sent else None
            if old is not None:
                contact = {**old, **sent}
            else:
                contact = {**sent, "id": next(self._ids["contact"]), "timestamp": now}
            contact.setdefault("orderBy", index)
            contact.setdefault("default", False)
            contacts.append(contact)
        if "contacts" in customer:
            customer["contacts"] = contacts
