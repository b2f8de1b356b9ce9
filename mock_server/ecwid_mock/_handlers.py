"""One thin handler an operation, named for its operationId: pass the gate, ask the store, answer.

Each answers what the store gives, reduced by the spec to the fields the operation's 200
response documents (`Spec.project`), and, where asked, to `responseFields`.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import JSONResponse

from . import _fields

if TYPE_CHECKING:
    from ._app import Gate
    from ._spec import Spec
    from ._store import CustomerStore

Handler = Callable[[Request], Awaitable[JSONResponse]]
Respond = Callable[[Any], JSONResponse]


def handlers(gate: Gate, store: CustomerStore, spec: Spec, respond: Respond) -> dict[str, Handler]:
    """The handler of every operation the mock serves, by operationId."""

    def answer(operation_id: str, value: Any, fields: str | None = None) -> JSONResponse:
        value = spec.project(value, spec.operations[operation_id].response_schema, writable=False)
        return respond(value if fields is None else _fields.trim(value, _fields.parse(fields)))

    async def create_customer(request: Request) -> JSONResponse:
        body = await gate.enter(request, "createCustomer")
        return respond({"id": store.create(body)})

    async def get_customer(request: Request) -> JSONResponse:
        await gate.enter(request, "getCustomer")
        params = request.state.params
        return answer("getCustomer", store.get(params["customerId"]), params.get("responseFields"))

    async def update_customer(request: Request) -> JSONResponse:
        body = await gate.enter(request, "updateCustomer")
        return respond({"updateCount": store.update(request.state.params["customerId"], body)})

    async def delete_customer(request: Request) -> JSONResponse:
        await gate.enter(request, "deleteCustomer")
        return respond({"deleteCount": store.delete(request.state.params["customerId"])})

    async def search_customers(request: Request) -> JSONResponse:
        await gate.enter(request, "searchCustomers")
        params = request.state.params
        return answer("searchCustomers", store.search(params), params.get("responseFields"))

    async def create_customer_group(request: Request) -> JSONResponse:
        body = await gate.enter(request, "createCustomerGroup")
        return respond({"id": store.create_group(body)})

    async def get_customer_group(request: Request) -> JSONResponse:
        await gate.enter(request, "getCustomerGroup")
        return answer("getCustomerGroup", store.get_group(request.state.params["groupId"]))

    async def update_customer_group(request: Request) -> JSONResponse:
        body = await gate.enter(request, "updateCustomerGroup")
        return respond({"updateCount": store.update_group(request.state.params["groupId"], body)})

    async def delete_customer_group(request: Request) -> JSONResponse:
        await gate.enter(request, "deleteCustomerGroup")
        return respond({"deleteCount": store.delete_group(request.state.params["groupId"])})

    async def search_customer_groups(request: Request) -> JSONResponse:
        await gate.enter(request, "searchCustomerGroups")
        params = request.state.params
        return answer("searchCustomerGroups", store.search_groups(params), params.get("responseFields"))

    return {
        "createCustomer": create_customer,
        "getCustomer": get_customer,
        "updateCustomer": update_customer,
        "deleteCustomer": delete_customer,
        "searchCustomers": search_customers,
        "createCustomerGroup": create_customer_group,
        "getCustomerGroup": get_customer_group,
        "updateCustomerGroup": update_customer_group,
        "deleteCustomerGroup": delete_customer_group,
        "searchCustomerGroups": search_customer_groups,
    }
