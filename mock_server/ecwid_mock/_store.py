"""All of the mock's state: one `CustomerStore`, with `reset()`.

It holds the customers (in the read model's shape), an index of their emails, each token's
rate-limit window and the dice of injected faults. Every mutation runs under one lock and is
built on a deep copy, committed only when nothing can fail any more: a request that fails
leaves the store exactly as it was.
"""

from __future__ import annotations

import copy
import itertools
import threading
import time
from typing import Any

from . import _formats, _geo
from ._errors import CustomerNotFoundError, DuplicateEmailError
from ._limits import FaultDice, RequestWindows

Json = Any

_FIRST_IDS = {"customer": 310_000_001, "address": 241_000_001, "contact": 216_000_001}
_GROUPS = {0: "General"}
_DEFAULTS = {"customerGroupId": 0, "b2b_b2c": "b2c", "taxExempt": False, "taxIdValid": False, "acceptMarketing": False}


def ecwid_now() -> str:
    """Now, as Ecwid writes datetimes: `2024-06-04 21:15:10 +0000` (UTC)."""
    return time.strftime("%Y-%m-%d %H:%M:%S +0000", time.gmtime())


def _email_key(email: str) -> str:
    return _formats.email_key(email)  # one mailbox, one customer: trimmed, NFC, case-folded


class CustomerStore:
    """Customers of one store. Subclass it to change a rule (e.g. `_email_taken`).

    Bodies reaching it are validated and reduced to their writable fields already; the store
    adds what the service computes (ids, datetimes, names, defaults). Ids are big, increasing
    and never repeat for the life of the store, not even across `reset()`, so an id a client
    still holds can never name another customer.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._ids = {kind: itertools.count(first) for kind, first in _FIRST_IDS.items()}
        self._customers: dict[int, dict[str, Json]] = {}
        self._emails: dict[str, set[int]] = {}
        self.request_windows = RequestWindows()
        self.fault_dice = FaultDice()

    def reset(self) -> None:
        """Forget every customer, every token's rate-limit window, and restart the fault dice."""
        with self._lock:
            self._customers = {}
            self._emails = {}
        self.request_windows.reset()
        self.fault_dice.reset()

    def __len__(self) -> int:
        return len(self._customers)

    def __repr__(self) -> str:
        return f"<{type(self).__name__}: {len(self)} customer(s)>"

    # -- operations ------------------------------------------------------------------------
    def create(self, body: dict[str, Json]) -> int:
        with self._lock:
            if self._email_taken(body["email"]):
                raise DuplicateEmailError
            now = ecwid_now()
            customer_id = next(self._ids["customer"])
            customer = {"id": customer_id, "registered": now, "updated": now, **copy.deepcopy(body)}
            self._compute(customer, {}, now)
            self._commit(customer_id, customer)
            return customer_id

    def update(self, customer_id: int, body: dict[str, Json]) -> int:
        with self._lock:
            current = self._get(customer_id)
            email = body.get("email")
            if isinstance(email, str) and self._email_taken(email, except_id=customer_id):
                raise DuplicateEmailError
            updated = copy.deepcopy(current)
            for key, value in copy.deepcopy(body).items():
                if key == "billingPerson" and isinstance(value, dict):  # partial, like the customer
                    updated[key] = {**updated.get(key, {}), **value}
                else:  # scalars, and the arrays sent, replace the stored ones
                    updated[key] = value
            now = ecwid_now()
            self._compute(updated, current, now)
            updated["updated"] = now
            self._commit(customer_id, updated)
            return 1

    def get(self, customer_id: int) -> dict[str, Json]:
        with self._lock:
            return copy.deepcopy(self._get(customer_id))

    def delete(self, customer_id: int) -> int:
        with self._lock:
            customer = self._get(customer_id)
            self._unindex(customer_id, customer)
            del self._customers[customer_id]
            return 1

    def all(self) -> list[dict[str, Json]]:
        with self._lock:
            return copy.deepcopy(list(self._customers.values()))

    # -- rules -----------------------------------------------------------------------------
    def _email_taken(self, email: str, *, except_id: int | None = None) -> bool:
        """Email is unique in the store, compared case-insensitively. The one place it is checked."""
        return any(owner != except_id for owner in self._emails.get(_email_key(email), ()))

    def _get(self, customer_id: int) -> dict[str, Json]:
        try:
            return self._customers[customer_id]
        except KeyError:
            raise CustomerNotFoundError(customer_id) from None

    def _commit(self, customer_id: int, customer: dict[str, Json]) -> None:
        old = self._customers.get(customer_id)
        if old is not None:
            self._unindex(customer_id, old)
        self._customers[customer_id] = customer
        self._emails.setdefault(_email_key(customer["email"]), set()).add(customer_id)

    def _unindex(self, customer_id: int, customer: dict[str, Json]) -> None:
        key = _email_key(customer["email"])
        owners = self._emails.get(key, set())
        owners.discard(customer_id)
        if not owners:
            self._emails.pop(key, None)

    def _compute(self, customer: dict[str, Json], before: dict[str, Json], now: str) -> None:
        """Fill in what the service computes; `before` is the stored version (on Update)."""
        for key, default in _DEFAULTS.items():
            customer.setdefault(key, default)
        customer.pop("customerGroupName", None)
        if customer["customerGroupId"] in _GROUPS:
            customer["customerGroupName"] = _GROUPS[customer["customerGroupId"]]
        customer.setdefault("stats", {"numberOfOrders": 0, "salesValue": 0, "averageOrderValue": 0})
        customer.setdefault("favorites", [])
        customer.pop("name", None)
        person = customer.get("billingPerson")
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
        if "shippingAddresses" in customer:
            customer["shippingAddresses"] = self._addresses(customer["shippingAddresses"], before, now)
        if "contacts" in customer:
            customer["contacts"] = self._contacts(customer["contacts"], before, now)

    def _addresses(self, sent: list[dict[str, Json]], before: dict[str, Json], now: str) -> list[dict[str, Json]]:
        stored = {a["id"]: a for a in before.get("shippingAddresses", [])}
        addresses = []
        for index, item in enumerate(sent):
            old = stored.pop(item["id"], None) if "id" in item else None
            if old is not None:  # an address that carries a stored id is updated in place
                address = {**old, **item}
            else:
                address = {**item, "id": next(self._ids["address"]), "createdDate": now}
            _geo.add_place_names(address)
            address["orderBy"] = index
            address["defaultAddress"] = index == 0
            address.pop("addressFormatted", None)
            if formatted := _geo.formatted(address):  # the service omits empty fields
                address["addressFormatted"] = formatted
            addresses.append(address)
        return addresses

    def _contacts(self, sent: list[dict[str, Json]], before: dict[str, Json], now: str) -> list[dict[str, Json]]:
        stored = {c["id"]: c for c in before.get("contacts", [])}
        contacts = []
        for index, item in enumerate(sent):
            old = stored.pop(item["id"], None) if "id" in item else None
            if old is not None:  # a contact that carries a stored id keeps its id and timestamp
                contact = {**old, **item}
            else:
                contact = {**item, "id": next(self._ids["contact"]), "timestamp": now}
            contact.setdefault("orderBy", index)
            contact.setdefault("default", False)
            contacts.append(contact)
        return contacts
