"""The generated paging iterators (`sync_iter`, `asyncio_iter`) of the two searches."""

from __future__ import annotations

import httpx
import pytest

from ecwid_client import BadRequestError, PagingError
from ecwid_client.api.customer_groups import create_customer_group, search_customer_groups
from ecwid_client.api.customers import create_customer, search_customers
from ecwid_client.models import CustomerCreate, CustomerGroupCreate
from tests.client.conftest import Scripted, StartMock, mock_client

STORE = 1003


def _page(offset: int, total: int, count: int) -> httpx.Response:
    items = [{"id": offset + i + 1, "email": f"c{offset + i}@example.com"} for i in range(count)]
    body = {"total": total, "count": count, "offset": offset, "limit": count, "items": items}
    return httpx.Response(200, json=body)


def test_search_customers_sync_iter_walks_every_page_once(start_mock: StartMock) -> None:
    server, _ = start_mock(rate_limit=0, access_log=False)
    with mock_client(server) as client:
        created = {
            create_customer.sync_or_raise(STORE, client=client, body=CustomerCreate(email=f"p{i}@example.com")).id
            for i in range(23)
        }
        walked = [c.id for c in search_customers.sync_iter(STORE, client=client, limit=5, email="@example.com")]
    assert len(walked) == len(created)
    assert set(walked) == created


@pytest.mark.anyio
async def test_search_customers_asyncio_iter_walks_every_page_once(start_mock: StartMock) -> None:
    server, _ = start_mock(rate_limit=0, access_log=False)
    with mock_client(server) as client:
        created = {
            create_customer.sync_or_raise(STORE, client=client, body=CustomerCreate(email=f"a{i}@example.com")).id
            for i in range(12)
        }
    async with mock_client(server) as client:
        walked = [c.id async for c in search_customers.asyncio_iter(STORE, client=client, limit=5)]
    assert len(walked) == len(created)
    assert set(walked) == created


def test_search_customer_groups_sync_iter_starts_with_general(start_mock: StartMock) -> None:
    server, _ = start_mock(access_log=False)
    with mock_client(server) as client:
        for name in ("A", "B", "C"):
            create_customer_group.sync_or_raise(STORE, client=client, body=CustomerGroupCreate(name=name))
        names = [g.name for g in search_customer_groups.sync_iter(STORE, client=client, limit=2)]
    assert names == ["General", "A", "B", "C"]


def test_search_customers_sync_iter_is_bounded_by_max_pages(scripted: Scripted) -> None:
    # A server whose total never comes: every page says there are a billion more.
    client, script = scripted(*(_page(i, 10**9, 2) for i in range(0, 20, 2)))
    with pytest.raises(PagingError, match="max_pages=4"):
        list(search_customers.sync_iter(STORE, client=client, limit=2, max_pages=4))
    assert len(script.requests) == 4
    assert [r.url.params["offset"] for r in script.requests] == ["0", "2", "4", "6"]


def test_search_customers_sync_iter_stops_at_an_empty_page(scripted: Scripted) -> None:
    client, script = scripted(_page(0, 50, 3), _page(3, 50, 0))  # a server that lost customers meanwhile
    assert len(list(search_customers.sync_iter(STORE, client=client))) == 3
    assert len(script.requests) == 2


def test_search_customers_sync_iter_raises_the_page_error(scripted: Scripted) -> None:
    error = httpx.Response(400, json={"errorMessage": "Parameter 'limit' ...", "errorCode": "WRONG_PARAMETER"})
    client, _ = scripted(_page(0, 4, 2), error, attempts=1)
    walked: list[object] = []
    with pytest.raises(BadRequestError, match="WRONG_PARAMETER"):
        walked.extend(item.id for item in search_customers.sync_iter(STORE, client=client, limit=2))
    assert walked == [1, 2], "the first page was yielded before the second one failed"
