"""All of the mock's state: one `CustomerStore`, with `reset()`.

It holds the customers (in the read model's shape, less what is computed at read time), the
customer groups, the store's enabled languages, an index of the emails, each token's
rate-limit window, the dice of injected faults and the request journal; a backend
(`_persist`: memory or SQLite) keeps customers, groups and ids across restarts. Every
mutation runs under one lock and is built on copies, committed only when nothing can fail any
more: a request that fails leaves the store exactly as it was. The rules of a customer write
live in `_customers`, searching in `_search`; the store keeps the state and its invariants
(unique emails, ids that never repeat).
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from typing import Any

from . import _customers, _formats, _search
from ._customers import ecwid_now, json_copy
from ._errors import (
    CustomerGroupNotFoundError,
    CustomerNotFoundError,
    DuplicateEmailError,
    LanguageNotAllowedError,
)
from ._limits import FaultDice, RequestWindows
from ._logging import RequestJournal
from ._persist import Backend, MemoryBackend
from ._seed import Seed, SeedMode, plan_seed

Json = Any

FIRST_IDS = {"customer": 310_000_001, "address": 241_000_001, "contact": 216_000_001, "group": 9_367_001}
GENERAL_GROUP = {"id": 0, "name": "General"}
DEFAULT_LANGUAGES = ("en",)


def _email_key(email: str) -> str:
    return _formats.email_key(email)  # one mailbox, one customer: trimmed, NFC, case-folded


class CustomerStore:
    """Customers and customer groups of one store. Subclass it to change a rule (e.g. `_email_taken`).

    Bodies reaching it are validated and reduced to their writable fields already; the store
    adds what the service computes (ids, datetimes, names, defaults). Ids are big, increasing
    and never repeat for the life of the store, not even across `reset()`, so an id a client
    still holds can never name another customer or group.

    `languages` are the store's enabled language codes (None: any code is accepted); a
    customer's `lang` must be one of them (400 `LANGUAGES_NOT_ALLOWED`).
    """

    def __init__(self, languages: Iterable[str] | None = DEFAULT_LANGUAGES, backend: Backend | None = None) -> None:
        self._lock = threading.RLock()
        self._backend: Backend = backend if backend is not None else MemoryBackend()
        snapshot = self._backend.load()
        self._customers: dict[int, dict[str, Json]] = snapshot.customers
        self._groups: dict[int, dict[str, Json]] = snapshot.groups
        self._emails: dict[str, set[int]] = {}
        for customer_id, customer in self._customers.items():
            self._emails.setdefault(_email_key(customer["email"]), set()).add(customer_id)
        taken = {"customer": max(self._customers, default=0), "group": max(self._groups, default=0)}
        self._next = {
            kind: max(first, snapshot.next_ids.get(kind, first), taken.get(kind, 0) + 1)
            for kind, first in FIRST_IDS.items()
        }
        self._written_next = dict(self._next)
        self.languages: frozenset[str] | None = None if languages is None else frozenset(languages)
        self.seed: Seed | None = None  # the last seed loaded: what a reset "to the seed" restores
        self.request_windows = RequestWindows()
        self.fault_dice = FaultDice()
        self.journal = RequestJournal()

    @property
    def persisted_at(self) -> str | None:
        """The database file the state is kept in (None: memory only)."""
        return None if self._backend.path is None else str(self._backend.path)

    def reset(self, *, to_seed: bool = False) -> None:
        """Forget every customer and group (then load the last seed again, with `to_seed`), every
        token's rate-limit window; restart the fault dice. Ids keep increasing."""
        with self._lock:
            self._backend.clear()
            self._customers, self._groups, self._emails = {}, {}, {}
            if to_seed and self.seed is not None:
                self.load_seed(self.seed, "merge")
        self.request_windows.reset()
        self.fault_dice.reset()
        self.journal.clear()

    def close(self) -> None:
        with self._lock:
            self._backend.close()

    def counts(self) -> tuple[int, int]:
        """(customers, groups) stored (the built-in group 0 is not counted)."""
        with self._lock:
            return len(self._customers), len(self._groups)

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
            customer_id = self._new_id("customer")
            self._save(customers={customer_id: _customers.new_customer(customer_id, body, self._new_id)})
            return customer_id

    def update(self, customer_id: int, body: dict[str, Json]) -> int:
        with self._lock:
            current = self._get(customer_id)
            self._check_language(body)
            email = body.get("email")
            if isinstance(email, str) and self._email_taken(email, except_id=customer_id):
                raise DuplicateEmailError
            now = ecwid_now()
            updated = {**_customers.apply_write(current, body, self._new_id, now), "updated": now}
            self._save(customers={customer_id: updated})
            return 1

    def get(self, customer_id: int) -> dict[str, Json]:
        """The customer as Get answers it (its group's current name included)."""
        with self._lock:
            return self._read(self._get(customer_id))

    def delete(self, customer_id: int) -> int:
        with self._lock:
            self._get(customer_id)
            self._save(customers={customer_id: None})
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
            group_id = self._new_id("group")
            self._save(groups={group_id: {"id": group_id, **json_copy(body)}})
            return group_id

    def get_group(self, group_id: int) -> dict[str, Json]:
        with self._lock:
            return json_copy(self._group(group_id))

    def update_group(self, group_id: int, body: dict[str, Json]) -> int:
        with self._lock:
            group = self._group(group_id)
            self._save(groups={group_id: {**group, **json_copy(body), "id": group_id}})
            return 1

    def delete_group(self, group_id: int) -> int:
        """Delete the group; its customers move to the built-in group 0 "General"."""
        with self._lock:
            self._group(group_id)
            members: dict[int, dict[str, Json] | None] = {
                customer_id: {**customer, "customerGroupId": 0}
                for customer_id, customer in self._customers.items()
                if customer.get("customerGroupId") == group_id
            }
            self._save(customers=members, groups={group_id: None})
            return 1

    def search_groups(self, query: dict[str, Json]) -> dict[str, Json]:
        with self._lock:
            groups = [dict(GENERAL_GROUP), *(json_copy(g) for g in self._groups.values())]
            return _search.search_groups(groups, query)

    # -- seeds and dumps -------------------------------------------------------------------
    def load_seed(self, seed: Seed, mode: SeedMode = "replace") -> None:
        """Load `seed`: all of it, or nothing (`SeedError` names the record and the field).

        `replace` forgets everything first; `merge` adds the seed to what is stored: a record
        with the `id` (or, without one, the email) of a stored customer replaces it, so merging
        the same seed twice changes nothing. Groups load before customers, so customers
        can name them. The seed's `languages`, when given, become the store's.
        """
        with self._lock:
            languages = self.languages if seed.languages is None else frozenset(seed.languages)
            current = {} if mode == "replace" else self._customers
            customers, groups, counters = plan_seed(seed, current, dict(self._next), languages, _email_key)
            self._backend.write(customers, groups, counters, replace=mode == "replace")
            if mode == "replace":
                self._customers, self._groups, self._emails = {}, {}, {}
            self._next, self._written_next = counters, dict(counters)
            self._apply(customers, groups)
            self.languages = languages
            self.seed = seed

    def dump(self) -> dict[str, Json]:
        """Every customer and group as read, and the enabled languages: JSON, usable as a seed."""
        with self._lock:
            return {
                "customers": [self._read(self._customers[i]) for i in sorted(self._customers)],
                "groups": [json_copy(self._groups[i]) for i in sorted(self._groups)],
                "languages": None if self.languages is None else sorted(self.languages),
            }

    # -- rules -----------------------------------------------------------------------------
    def _email_taken(self, email: str, *, except_id: int | None = None) -> bool:
        """Email is unique in the store, compared case-insensitively. The one place it is checked."""
        return any(owner != except_id for owner in self._emails.get(_email_key(email), ()))

    def _check_language(self, body: dict[str, Json]) -> None:
        lang = body.get("lang")
        if isinstance(lang, str) and self.languages is not None and lang not in self.languages:
            raise LanguageNotAllowedError(lang, sorted(self.languages))

    def _new_id(self, kind: str) -> int:
        value = self._next[kind]
        self._next[kind] = value + 1
        return value

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
        answer = json_copy(customer)
        group_id = answer.get("customerGroupId", 0)
        group = GENERAL_GROUP if group_id == 0 else self._groups.get(group_id)
        if group is not None:
            answer["customerGroupName"] = group["name"]
        return answer

    def _save(
        self, customers: dict[int, dict[str, Json] | None] | None = None, groups: dict[int, Json | None] | None = None
    ) -> None:
        """Commit changes (None deletes): first to the backend, then to memory. The one way state changes."""
        customers, groups = customers or {}, groups or {}
        next_ids = None if self._next == self._written_next else dict(self._next)  # only when ids were taken
        self._backend.write(customers, groups, next_ids)
        self._written_next = dict(self._next)
        self._apply(customers, groups)

    def _apply(self, customers: dict[int, dict[str, Json] | None], groups: dict[int, Json | None]) -> None:
        for customer_id, customer in customers.items():
            old = self._customers.pop(customer_id, None)
            if old is not None:
                self._unindex(customer_id, old)
            if customer is not None:
                self._customers[customer_id] = customer
                self._emails.setdefault(_email_key(customer["email"]), set()).add(customer_id)
        for group_id, group in groups.items():
            if group is None:
                self._groups.pop(group_id, None)
            else:
                self._groups[group_id] = group

    def _unindex(self, customer_id: int, customer: dict[str, Json]) -> None:
        key = _email_key(customer["email"])
        owners = self._emails.get(key, set())
        owners.discard(customer_id)
        if not owners:
            self._emails.pop(key, None)
