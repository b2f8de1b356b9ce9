"""All of the mock's state: one `CustomerStore`, with `reset()`.

It holds the customers (in the read model's shape, less what is computed at read time), the
customer groups, the store's enabled languages, an index of the emails, each token's
rate-limit window and the dice of injected faults. Every mutation runs under one lock and is
built on copies, committed only when nothing can fail any more: a request that fails leaves
the store exactly as it was. The rules of a customer write live in `_customers`, searching in
`_search`; the store keeps the state and its invariants (unique emails, ids that never repeat).
"""

from __future__ import annotations

import copy
import itertools
import threading
import time
from collections.abc import Iterable
from typing import Any

from . import _customers, _search
from ._errors import CustomerGroupNotFoundError, CustomerNotFoundError, DuplicateEmailError, LanguageNotAllowedError
from ._limits import FaultDice, RequestWindows

Json = Any

FIRST_IDS = {"customer": 310_000_001, "address": 241_000_001, "contact": 216_000_001, "group": 9_367_001}
GENERAL_GROUP = {"id": 0, "name": "General"}
DEFAULT_LANGUAGES = ("en",)


def ecwid_now() -> str:
    """Now, as Ecwid writes datetimes: `2024-06-04 21:15:10 +0000` (UTC)."""
    return time.strftime("%Y-%m-%d %H:%M:%S +0000", time.gmtime())


def _email_key(email: str) -> str:
    return email.casefold()


class CustomerStore:
    """Customers and customer groups of one store. Subclass it to change a rule (e.g. `_email_taken`).

    Bodies reaching it are validated and reduced to their writable fields already; the store
    adds what the service computes (ids, datetimes, names, defaults). Ids are big, increasing
    and never repeat for the life of the store, not even across `reset()`, so an id a client
    still holds can never name another customer or group.

    `languages` are the store's enabled language codes (None: any code is accepted); a
    customer's `lang` must be one of them (400 `LANGUAGES_NOT_ALLOWED`).
    """

    def __init__(self, languages: Iterable[str] | None = DEFAULT_LANGUAGES) -> None:
        self._lock = threading.RLock()
        self._ids = {kind: itertools.count(first) for kind, first in FIRST_IDS.items()}
        self._customers: dict[int, dict[str, Json]] = {}
        self._groups: dict[int, dict[str, Json]] = {}
        self._emails: dict[str, set[int]] = {}
        self.languages: frozenset[str] | None = None if languages is None else frozenset(languages)
        self.request_windows = RequestWindows()
        self.fault_dice = FaultDice()

    def reset(self) -> None:
        """Forget every customer and group, every token's rate-limit window; restart the fault dice."""
        with self._lock:
            self._customers = {}
            self._groups = {}
            self._emails = {}
        self.request_windows.reset()
        self.fault_dice.reset()

    def __len__(self) -> int:
        return len(self._customers)

    def __repr__(self) -> str:
        return f"<{type(self).__name__}: {len(self)} customer(s), {len(self._groups)} group(s)>"

    # -- customers -------------------------------------------------------------------------
    def create(self, body: dict[str, Json]) -> int:
        with self._lock:
            self._check_language(body)
            if self._email_taken(body["email"]):
                raise DuplicateEmailError
            now = ecwid_now()
            customer_id = next(self._ids["customer"])
            customer = _customers.apply_write({}, body, self._new_id, now)
            customer = {"id": customer_id, "registered": now, "updated": now, **customer}
            self._commit(customer_id, customer)
            return customer_id

    def update(self, customer_id: int, body: dict[str, Json]) -> int:
        with self._lock:
            current = self._get(customer_id)
            self._check_language(body)
            email = body.get("email")
            if isinstance(email, str) and self._email_taken(email, except_id=customer_id):
                raise DuplicateEmailError
            updated = _customers.apply_write(current, body, self._new_id, ecwid_now())
            updated["updated"] = ecwid_now()
            self._commit(customer_id, updated)
            return 1

    def get(self, customer_id: int) -> dict[str, Json]:
        """The customer as Get answers it (its group's current name included)."""
        with self._lock:
            return self._read(self._get(customer_id))

    def delete(self, customer_id: int) -> int:
        with self._lock:
            customer = self._get(customer_id)
            self._unindex(customer_id, customer)
            del self._customers[customer_id]
            return 1

    def all(self) -> list[dict[str, Json]]:
        with self._lock:
            return [self._read(customer) for customer in self._customers.values()]

    def search(self, query: dict[str, Json]) -> dict[str, Json]:
        """One page of Search customers; `total` and `allCustomerCount` are of the same moment."""
        with self._lock:
            if query.get("useExactEmailMatch") is True and "email" in query:  # the index answers it
                ids = self._emails.get(_email_key(query["email"]), set())
                candidates: Iterable[dict[str, Json]] = [self._customers[i] for i in ids]
            else:
                candidates = self._customers.values()
            page = _search.search_customers(candidates, query, len(self._customers), _email_key)
            page["items"] = [self._read(customer) for customer in page["items"]]
            return page

    # -- customer groups -------------------------------------------------------------------
    def create_group(self, body: dict[str, Json]) -> int:
        with self._lock:
            group_id = next(self._ids["group"])
            self._groups[group_id] = {"id": group_id, **copy.deepcopy(body)}
            return group_id

    def get_group(self, group_id: int) -> dict[str, Json]:
        with self._lock:
            return copy.deepcopy(self._group(group_id))

    def update_group(self, group_id: int, body: dict[str, Json]) -> int:
        with self._lock:
            group = self._group(group_id)
            self._groups[group_id] = {**group, **copy.deepcopy(body), "id": group_id}
            return 1

    def delete_group(self, group_id: int) -> int:
        """Delete the group; its customers move to the built-in group 0 "General"."""
        with self._lock:
            self._group(group_id)
            del self._groups[group_id]
            for customer_id, customer in self._customers.items():
                if customer.get("customerGroupId") == group_id:
                    self._customers[customer_id] = {**customer, "customerGroupId": 0}
            return 1

    def search_groups(self, query: dict[str, Json]) -> dict[str, Json]:
        with self._lock:
            groups = [dict(GENERAL_GROUP), *(copy.deepcopy(g) for g in self._groups.values())]
            return _search.search_groups(groups, query)

    # -- rules -----------------------------------------------------------------------------
    def _email_taken(self, email: str, *, except_id: int | None = None) -> bool:
        """Email is unique in the store, compared case-insensitively. The one place it is checked."""
        return any(owner != except_id for owner in self._emails.get(_email_key(email), ()))

    def _check_language(self, body: dict[str, Json]) -> None:
        lang = body.get("lang")
        if isinstance(lang, str) and self.languages is not None and lang not in self.languages:
            raise LanguageNotAllowedError(lang, sorted(self.languages))

    def _new_id(self, kind: str) -> int:
        return next(self._ids[kind])

    def _get(self, customer_id: int) -> dict[str, Json]:
        try:
            return self._customers[customer_id]
        except KeyError:
            raise CustomerNotFoundError(customer_id) from None

    def _group(self, group_id: int) -> dict[str, Json]:
        if group_id == 0:
            return dict(GENERAL_GROUP)
        try:
            return self._groups[group_id]
        except KeyError:
            raise CustomerGroupNotFoundError(group_id) from None

    def _read(self, customer: dict[str, Json]) -> dict[str, Json]:
        """A copy of the stored customer with what is computed at read time."""
        answer = copy.deepcopy(customer)
        group_id = answer.get("customerGroupId", 0)
        group = GENERAL_GROUP if group_id == 0 else self._groups.get(group_id)
        if group is not None:
            answer["customerGroupName"] = group["name"]
        return answer

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
