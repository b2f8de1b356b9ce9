"""`Customers`: the generated client, driven for the scenario tests.

It calls `ecwid_client.api.customers.*` (nothing else talks HTTP in the scenarios), asserts
the documented success shape, remembers every customer it creates so the suite can delete
them at the end, and throttles requests under a live store's rate limit.
"""

from __future__ import annotations

import functools
import ssl
from typing import Any, cast

import httpx

from contract_tests import _drift
from contract_tests._target import Target
from ecwid_client import AuthenticatedClient, Client, RetryPolicy
from ecwid_client.api.customer_groups import (
    create_customer_group,
    delete_customer_group,
    get_customer_group,
    search_customer_groups,
    update_customer_group,
)
from ecwid_client.api.customers import (
    create_customer,
    delete_customer,
    get_customer,
    search_customers,
    update_customer,
)
from ecwid_client.models import (
    CreateCustomerGroupResult,
    CreateCustomerResult,
    Customer,
    CustomerCreate,
    CustomerGroupCreate,
    CustomerGroupUpdate,
    CustomerUpdate,
    Error,
)
from ecwid_client.types import UNSET, Response

BAD_TOKENS = {"unknown": "secret_not_a_token_of_this_store"}


@functools.cache
def _tls() -> ssl.SSLContext:
    """The TLS settings httpx would make for each client (CA bundle loaded), made once: loading
    it took a tenth of the suite's time, one load for each of the ~150 drivers."""
    return httpx.create_ssl_context()


def make_client(target: Target, token: str | None = None, *, retries: bool = False) -> AuthenticatedClient:
    """A client for `target`. Retries are off by default: the scenarios assert each answer."""
    hooks = {"request": [lambda _request: target.throttle.wait()], "response": [_drift.observe_httpx]}
    return AuthenticatedClient(
        base_url=target.base_url,
        token=target.token if token is None else token,
        verify_ssl=_tls(),
        raise_on_unexpected_status=True,
        httpx_args={"event_hooks": hooks},
        retry=RetryPolicy() if retries else RetryPolicy.disabled(),
    )


class Customers:
    def __init__(self, target: Target, token: str | None = None, store_id: int | None = None) -> None:
        self.target = target
        self.store_id = target.store_id if store_id is None else store_id
        self.client = make_client(target, token)
        self.created: list[int] = []
        self.groups: list[int] = []

    def close(self) -> None:
        self.client.get_httpx_client().close()

    def __enter__(self) -> Customers:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- operations that must succeed ------------------------------------------------------
    def create(self, body: dict[str, Any]) -> int:
        response = create_customer.sync_detailed(self.store_id, client=self.client, body=CustomerCreate.from_dict(body))
        assert response.status_code == 200, _explain("createCustomer", response)
        assert isinstance(response.parsed, CreateCustomerResult), _explain("createCustomer", response)
        self.created.append(response.parsed.id)
        return response.parsed.id

    def get(self, customer_id: int) -> dict[str, Any]:
        response = get_customer.sync_detailed(self.store_id, customer_id, client=self.client)
        assert response.status_code == 200, _explain("getCustomer", response)
        assert isinstance(response.parsed, Customer), _explain("getCustomer", response)
        return response.parsed.to_dict()

    def update(self, customer_id: int, body: dict[str, Any]) -> int:
        response = update_customer.sync_detailed(
            self.store_id, customer_id, client=self.client, body=CustomerUpdate.from_dict(body)
        )
        assert response.status_code == 200, _explain("updateCustomer", response)
        assert response.parsed is not None
        assert not isinstance(response.parsed, Error)
        return response.parsed.update_count

    def delete(self, customer_id: int) -> int:
        response = delete_customer.sync_detailed(self.store_id, customer_id, client=self.client)
        assert response.status_code == 200, _explain("deleteCustomer", response)
        assert response.parsed is not None
        assert not isinstance(response.parsed, Error)
        return response.parsed.delete_count

    def search(self, **query: Any) -> dict[str, Any]:
        """One page of Search customers, as JSON; `query` takes the generated function's keywords."""
        response = search_customers.sync_detailed(self.store_id, client=self.client, **query)
        assert response.status_code == 200, _explain("searchCustomers", response)
        assert response.parsed is not None
        assert not isinstance(response.parsed, Error)
        return response.parsed.to_dict()

    def search_all(self, **query: Any) -> list[dict[str, Any]]:
        """Every match, through the generated paging iterator."""
        return [item.to_dict() for item in search_customers.sync_iter(self.store_id, client=self.client, **query)]

    def search_status(self, **query: Any) -> tuple[int, Error | None]:
        return _error(search_customers.sync_detailed(self.store_id, client=self.client, **query))

    def create_group(self, body: dict[str, Any]) -> int:
        response = create_customer_group.sync_detailed(
            self.store_id, client=self.client, body=CustomerGroupCreate.from_dict(body)
        )
        assert response.status_code == 200, _explain("createCustomerGroup", response)
        assert isinstance(response.parsed, CreateCustomerGroupResult), _explain("createCustomerGroup", response)
        self.groups.append(response.parsed.id)
        return response.parsed.id

    def get_group(self, group_id: int) -> dict[str, Any]:
        response = get_customer_group.sync_detailed(self.store_id, group_id, client=self.client)
        assert response.status_code == 200, _explain("getCustomerGroup", response)
        assert response.parsed is not None
        assert not isinstance(response.parsed, Error)
        return response.parsed.to_dict()

    def update_group(self, group_id: int, body: dict[str, Any]) -> int:
        response = update_customer_group.sync_detailed(
            self.store_id, group_id, client=self.client, body=CustomerGroupUpdate.from_dict(body)
        )
        assert response.status_code == 200, _explain("updateCustomerGroup", response)
        assert response.parsed is not None
        assert not isinstance(response.parsed, Error)
        return response.parsed.update_count

    def delete_group(self, group_id: int) -> int:
        response = delete_customer_group.sync_detailed(self.store_id, group_id, client=self.client)
        assert response.status_code == 200, _explain("deleteCustomerGroup", response)
        assert response.parsed is not None
        assert not isinstance(response.parsed, Error)
        return response.parsed.delete_count

    def search_groups(self, **query: Any) -> list[dict[str, Any]]:
        items = search_customer_groups.sync_iter(self.store_id, client=self.client, **query)
        return [item.to_dict() for item in items]

    # -- operations expected to fail ----------------------------------------------------------
    def create_expecting_error(self, body: dict[str, Any]) -> tuple[int, Error | None]:
        response = create_customer.sync_detailed(self.store_id, client=self.client, body=CustomerCreate.from_dict(body))
        if isinstance(response.parsed, CreateCustomerResult):
            self.created.append(response.parsed.id)
        return _error(response)

    def update_expecting_error(self, customer_id: int, body: dict[str, Any]) -> tuple[int, Error | None]:
        response = update_customer.sync_detailed(
            self.store_id, customer_id, client=self.client, body=CustomerUpdate.from_dict(body)
        )
        return _error(response)

    def get_expecting_error(self, customer_id: int) -> tuple[int, Error | None]:
        return _error(get_customer.sync_detailed(self.store_id, customer_id, client=self.client))

    def get_raw(self, customer_id: int, response_fields: str | None = None) -> Response[Customer | Error]:
        fields = UNSET if response_fields is None else response_fields
        return get_customer.sync_detailed(self.store_id, customer_id, client=self.client, response_fields=fields)

    def get_status(self, customer_id: int) -> int:
        return int(self.get_raw(customer_id).status_code)

    def group_expecting_error(self, operation_id: str, group_id: int, body: dict[str, Any] | None = None) -> Any:
        """(status, error) of a group operation expected to fail."""
        client, store = self.client, self.store_id
        if operation_id == "createCustomerGroup":
            created = create_customer_group.sync_detailed(store, client=client, body=_group_body(body))
            if isinstance(created.parsed, CreateCustomerGroupResult):
                self.groups.append(created.parsed.id)
            return _error(created)
        if operation_id == "updateCustomerGroup":
            update = CustomerGroupUpdate.from_dict(body or {})
            return _error(update_customer_group.sync_detailed(store, group_id, client=client, body=update))
        if operation_id == "deleteCustomerGroup":
            return _error(delete_customer_group.sync_detailed(store, group_id, client=client))
        return _error(get_customer_group.sync_detailed(store, group_id, client=client))

    def call_minimal(self, operation_id: str, customer_id: int = 1, group_id: int = 1) -> tuple[int, Error | None]:
        """Call an operation with the smallest valid request; for answers that come before any write."""
        client, store = self.client, self.store_id
        body = {"email": self.target.email(f"minimal-{operation_id}")}
        response: Response[Any]
        if operation_id in _GROUP_OPERATIONS:
            status, error = self.group_expecting_error(operation_id, group_id, {"name": f"minimal {operation_id}"})
            return status, error
        if operation_id == "searchCustomers":
            return _error(search_customers.sync_detailed(store, client=client, limit=1))
        if operation_id == "searchCustomerGroups":
            return _error(search_customer_groups.sync_detailed(store, client=client, limit=1))
        if operation_id == "createCustomer":
            response = create_customer.sync_detailed(store, client=client, body=CustomerCreate.from_dict(body))
            if isinstance(response.parsed, CreateCustomerResult):
                self.created.append(response.parsed.id)
        elif operation_id == "updateCustomer":
            response = update_customer.sync_detailed(store, customer_id, client=client, body=CustomerUpdate())
        elif operation_id == "getCustomer":
            response = get_customer.sync_detailed(store, customer_id, client=client)
        elif operation_id == "deleteCustomer":
            response = delete_customer.sync_detailed(store, customer_id, client=client)
        else:  # pragma: no cover - a new operation in the spec needs a line here
            raise AssertionError(f"no minimal call for {operation_id}")
        return _error(response)

    def call_with_bad_token(self, operation_id: str, kind: str) -> tuple[int, Error | None]:
        """The operation with a missing, unknown or other-store token."""
        if kind == "missing":
            with Customers(self.target) as anonymous:
                anonymous.close()
                anonymous.client = _anonymous(self.target)
                return anonymous.call_minimal(operation_id)
        if kind == "other-store":
            with Customers(self.target, store_id=self.target.store_id + 1) as other:
                return other.call_minimal(operation_id)
        with Customers(self.target, token=BAD_TOKENS[kind]) as stranger:
            return stranger.call_minimal(operation_id)

    def cleanup(self) -> list[int]:
        """Delete every customer and group this driver created; return the ids that could not be deleted."""
        left = []
        for customer_id in self.created:
            response = delete_customer.sync_detailed(self.store_id, customer_id, client=self.client)
            if response.status_code not in (200, 404):
                left.append(customer_id)
        for group_id in self.groups:
            response = delete_customer_group.sync_detailed(self.store_id, group_id, client=self.client)
            if response.status_code not in (200, 404):
                left.append(group_id)
        self.created.clear()
        self.groups.clear()
        return left


_GROUP_OPERATIONS = {"createCustomerGroup", "getCustomerGroup", "updateCustomerGroup", "deleteCustomerGroup"}


def _group_body(body: dict[str, Any] | None) -> CustomerGroupCreate:
    return CustomerGroupCreate.from_dict(body or {"name": "contract"})


def _anonymous(target: Target) -> AuthenticatedClient:
    """A client that sends no Authorization header at all.

    The generated operations are typed for `AuthenticatedClient` (the spec requires auth);
    sending without it is exactly what this test means to do, hence the cast.
    """
    hooks = {"request": [lambda _request: target.throttle.wait()], "response": [_drift.observe_httpx]}
    client = Client(
        base_url=target.base_url,
        raise_on_unexpected_status=True,
        httpx_args={"event_hooks": hooks},
        retry=RetryPolicy.disabled(),
    )
    return cast(AuthenticatedClient, client)


def _error(response: Response[Any]) -> tuple[int, Error | None]:
    """The status, and the error body when there is one (tests assert the status first)."""
    return int(response.status_code), response.parsed if isinstance(response.parsed, Error) else None


def _explain(operation_id: str, response: Response[Any]) -> str:
    return f"{operation_id} answered {int(response.status_code)}: {response.content[:500]!r}"
