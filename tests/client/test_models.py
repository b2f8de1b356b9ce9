"""The generated models against the documented and realistic JSON.

Every expectation is read from the OpenAPI document (its examples and schemas), never
copied: a field added to the spec is covered here without touching this file.
"""

from __future__ import annotations

import copy
import importlib
import inspect
import json
import re
from collections.abc import Iterator
from http import HTTPStatus
from typing import Any

import httpx
import pytest

import ecwid_client.models as models
from contract_tests import _spec
from ecwid_client import AuthenticatedClient, errors
from ecwid_client.api.customers import get_customer
from ecwid_client.models import (
    BillingPerson,
    Contact,
    ContactType,
    Customer,
    CustomerCreate,
    CustomerUpdate,
    Error,
    ErrorArgs,
    ShippingAddress,
)
from ecwid_client.types import UNSET


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower().replace(" ", "_").replace("__", "_")


def _documented_operations() -> Iterator[tuple[str, dict[str, Any]]]:
    """(the generated package of its tag, the operation) for every operation of the document."""
    for _, _, op in _spec.operations():
        yield _snake(op["tags"][0]), op


OPERATIONS = {
    op["operationId"]: importlib.import_module(f"ecwid_client.api.{tag}.{_snake(op['operationId'])}")
    for tag, op in _documented_operations()
}


def _resolve(spec: dict[str, Any], node: Any) -> Any:
    return _spec.resolve(node, spec)


def _operations(spec: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    return _spec.operations(spec)


def _model_schemas(spec: dict[str, Any]) -> list[str]:
    return [
        name
        for name, schema in spec["components"]["schemas"].items()
        if schema.get("type") == "object" or "allOf" in schema
    ]


def test_every_object_schema_has_a_model(spec: dict[str, Any]) -> None:
    names = _model_schemas(spec)
    assert names
    for name in names:
        assert inspect.isclass(getattr(models, name)), name


@pytest.mark.parametrize("with_extra", [False, True], ids=["documented", "with-unknown-fields"])
def test_every_model_round_trips_a_maximal_instance(spec: dict[str, Any], with_extra: bool) -> None:
    for name in _model_schemas(spec):
        data = _spec.sample(spec["components"]["schemas"][name])
        if with_extra:
            data["fieldAddedLater"] = {"nested": [1, "two"]}
        before = copy.deepcopy(data)
        model: Any = getattr(models, name).from_dict(data)
        assert model.to_dict() == before, name
        assert data == before, f"{name}.from_dict mutated its input"


def test_enum_models_hold_every_documented_value(spec: dict[str, Any]) -> None:
    schemas = spec["components"]["schemas"]
    enums = {name: s["enum"] for name, s in schemas.items() if "enum" in s}
    assert set(enums) == {"ContactType", "BusinessRelation", "CustomerSortBy", "ExtraFieldType"}
    for name, values in enums.items():
        enum_cls = getattr(models, name)
        assert sorted(member.value for member in enum_cls) == sorted(values)
    assert len(enums["ContactType"]) == 15


def test_request_examples_serialize_to_the_documented_json(spec: dict[str, Any]) -> None:
    bodies: dict[str, type[CustomerCreate] | type[CustomerUpdate]] = {
        "createCustomer": CustomerCreate,
        "updateCustomer": CustomerUpdate,
    }
    seen = 0
    for _, _, op in _operations(spec):
        if op["operationId"] not in bodies:
            continue
        media = op["requestBody"]["content"]["application/json"]
        for example in media["examples"].values():
            value = _resolve(spec, example)["value"]
            body = bodies[op["operationId"]].from_dict(value)
            assert json.loads(json.dumps(body.to_dict())) == value
            seen += 1
    assert seen >= 4


def test_update_customer_vendor_example_keeps_ignored_keys_apart(spec: dict[str, Any]) -> None:
    item = spec["paths"]["/{storeId}/customers/{customerId}"]["put"]
    value = item["requestBody"]["content"]["application/json"]["examples"]["vendorExample"]["value"]
    body = CustomerUpdate.from_dict(value)
    assert body.customer_group_id == 9367001
    assert body.additional_properties == {"name": "Support team (VIP)", "customerGroupName": "VIP"}


def test_update_customer_sends_only_the_fields_set() -> None:
    assert CustomerUpdate(accept_marketing=False).to_dict() == {"acceptMarketing": False}
    assert CustomerUpdate().to_dict() == {}


def test_get_customer_parses_the_sample_customer(spec: dict[str, Any]) -> None:
    value = spec["components"]["examples"]["SampleCustomer"]["value"]
    customer = Customer.from_dict(value)
    assert customer.id == 310000001
    assert customer.registered == "2025-07-30 22:41:45 +0000"  # kept verbatim, not re-formatted
    assert isinstance(customer.billing_person, BillingPerson)
    assert customer.billing_person.first_name == "Ana"
    assert isinstance(customer.shipping_addresses, list)
    address = customer.shipping_addresses[0]
    assert isinstance(address, ShippingAddress)
    assert address.default_address is True
    assert isinstance(customer.contacts, list)
    assert customer.contacts[0].type_ == ContactType.EMAIL
    assert customer.to_dict() == value


def test_get_customer_parses_a_sparse_customer() -> None:
    customer = Customer.from_dict({"id": 5, "email": "b@example.com"})
    assert customer.email == "b@example.com"
    assert customer.billing_person is UNSET
    assert customer.contacts is UNSET
    assert customer.to_dict() == {"id": 5, "email": "b@example.com"}


def test_get_customer_tolerates_fields_and_values_added_later() -> None:
    data = {
        "id": 9,
        "b2b_b2c": "b2g",
        "externalReferenceId": "crm-1",
        "loyaltyTier": "gold",
        "contacts": [{"id": 1, "type": "MASTODON", "contact": "@ana@example.social", "sinceVersion": 4}],
        "billingPerson": {"name": "Ana", "vatNumber": "X1"},
    }
    customer = Customer.from_dict(data)
    assert customer.b2b_b2c == "b2g"
    assert customer.external_reference_id == "crm-1"
    assert customer["loyaltyTier"] == "gold"
    assert isinstance(customer.contacts, list)
    contact = customer.contacts[0]
    assert isinstance(contact, Contact)
    assert contact.type_ == "MASTODON"
    assert contact["sinceVersion"] == 4
    assert customer.to_dict() == data


def test_every_documented_error_body_parses(spec: dict[str, Any]) -> None:
    seen = 0
    for response in spec["components"]["responses"].values():
        for example in response["content"]["application/json"]["examples"].values():
            error = Error.from_dict(example["value"])
            assert error.error_message == example["value"]["errorMessage"]
            assert error.to_dict() == example["value"]
            seen += 1
    assert seen >= 10
    with_args = Error.from_dict({"errorMessage": "m", "errorCode": "C", "args": {"field": "email"}})
    assert isinstance(with_args.args, ErrorArgs)
    assert with_args.args["field"] == "email"


def _documented_statuses(spec: dict[str, Any]) -> Iterator[tuple[str, int, Any]]:
    for _, _, op in _operations(spec):
        for status, response in op["responses"].items():
            response = _resolve(spec, response)
            for example in response["content"]["application/json"]["examples"].values():
                yield op["operationId"], int(status), _resolve(spec, example)["value"]


def _client() -> AuthenticatedClient:
    return AuthenticatedClient(base_url="https://app.ecwid.com/api/v3", token="secret_unit")


def test_every_documented_status_parses_to_a_model(spec: dict[str, Any]) -> None:
    client = _client()
    cases = list(_documented_statuses(spec))
    assert len(cases) > 40
    for operation_id, status, body in cases:
        module: Any = OPERATIONS[operation_id]
        response = httpx.Response(status, json=body)
        built = module._build_response(client=client, response=response)
        assert built.status_code == HTTPStatus(status)
        if status >= 400:
            assert isinstance(built.parsed, Error), (operation_id, status)
        else:
            assert built.parsed is not None, (operation_id, status)
            assert built.parsed.to_dict() == body, (operation_id, status)


def test_an_undocumented_status_raises_when_asked() -> None:
    response = httpx.Response(418, json={"errorMessage": "teapot"})
    assert get_customer._build_response(client=_client(), response=response).parsed is None
    strict = AuthenticatedClient(
        base_url="https://app.ecwid.com/api/v3", token="secret_unit", raise_on_unexpected_status=True
    )
    with pytest.raises(errors.UnexpectedStatus) as caught:
        get_customer._build_response(client=strict, response=response)
    assert caught.value.status_code == 418


def test_every_operation_is_generated_where_the_issue_says() -> None:
    assert len(OPERATIONS) == 10
    for module in OPERATIONS.values():
        for function in ("sync", "sync_detailed", "asyncio", "asyncio_detailed", "sync_or_raise", "asyncio_or_raise"):
            assert callable(getattr(module, function))
