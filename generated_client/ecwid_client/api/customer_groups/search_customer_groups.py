from collections.abc import AsyncIterator, Iterator
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.customer_group import CustomerGroup
from ...models.customer_group_search_result import CustomerGroupSearchResult
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    store_id: int,
    *,
    customer_group_id: str | Unset = UNSET,
    keyword: str | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
    response_fields: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["customerGroupId"] = customer_group_id

    params["keyword"] = keyword

    params["offset"] = offset

    params["limit"] = limit

    params["responseFields"] = response_fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/{store_id}/customer_groups".format(
            store_id=quote(str(store_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CustomerGroupSearchResult | Error | None:
    if response.status_code == 200:
        response_200 = CustomerGroupSearchResult.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 402:
        response_402 = Error.from_dict(response.json())

        return response_402

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 413:
        response_413 = Error.from_dict(response.json())

        return response_413

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = Error.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CustomerGroupSearchResult | Error]:
    # A body that is not what the spec says (HTML from a proxy, truncated JSON, invalid UTF-8,
    # a missing required field, deep nesting) must not surface as a JSONDecodeError or
    # KeyError: an error status keeps `parsed=None` (`*_or_raise` still raises the matching
    # ApiError from the raw body); a success status raises MalformedResponseError. A status
    # outside the HTTP registry (a CDN's 520, a 299) cannot be an HTTPStatus: it raises at once
    # (ServerError for 520, UnexpectedStatusError for 299).
    try:
        status_code = HTTPStatus(response.status_code)
    except ValueError:
        raise errors.error_from_response(response) from None
    try:
        parsed = _parse_response(client=client, response=response)
    except errors.EcwidClientError:
        raise
    except (ValueError, TypeError, LookupError, AttributeError, ArithmeticError, RecursionError) as exc:
        if response.status_code < 400:
            raise errors.MalformedResponseError(response.status_code, response.content, exc) from exc
        parsed = None
    return Response(
        status_code=status_code,
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    store_id: int,
    *,
    client: AuthenticatedClient,
    customer_group_id: str | Unset = UNSET,
    keyword: str | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
    response_fields: str | Unset = UNSET,
) -> Response[CustomerGroupSearchResult | Error]:
    """Search customer groups

     The store's customer groups, the built-in group 0 "General" first, then by id. Same
    paging and `responseFields` as Search customers.

    Required scope: `read_customers`.

    Args:
        store_id (int):
        customer_group_id (str | Unset):
        keyword (str | Unset):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.
        response_fields (str | Unset):

    Raises:
        errors.EcwidClientError: and nothing else (see the tree in ``errors``): ``TransportError`` when no
            complete answer arrived (``RequestTimeoutError``, ``DeadlineExceededError``),
            ``ResponseTooLargeError``, ``MalformedResponseError`` for a success status with a body
            that does not parse, ``ApiError`` for a status outside the HTTP registry in 400-599,
            ``UnexpectedStatusError`` for any other such status, or for an undocumented one when
            ``Client.raise_on_unexpected_status`` is True.

    Returns:
        Response[CustomerGroupSearchResult | Error]: a documented error status whose body does
        not parse keeps ``parsed=None``.
    """

    kwargs = _get_kwargs(
        store_id=store_id,
        customer_group_id=customer_group_id,
        keyword=keyword,
        offset=offset,
        limit=limit,
        response_fields=response_fields,
    )

    with errors.guarded(client):
        response = client.get_httpx_client().request(
            **kwargs,
        )
        return _build_response(client=client, response=response)


def sync(
    store_id: int,
    *,
    client: AuthenticatedClient,
    customer_group_id: str | Unset = UNSET,
    keyword: str | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
    response_fields: str | Unset = UNSET,
) -> CustomerGroupSearchResult | Error | None:
    """Search customer groups

     The store's customer groups, the built-in group 0 "General" first, then by id. Same
    paging and `responseFields` as Search customers.

    Required scope: `read_customers`.

    Args:
        store_id (int):
        customer_group_id (str | Unset):
        keyword (str | Unset):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.
        response_fields (str | Unset):

    Raises:
        errors.EcwidClientError: and nothing else (see the tree in ``errors``): ``TransportError`` when no
            complete answer arrived (``RequestTimeoutError``, ``DeadlineExceededError``),
            ``ResponseTooLargeError``, ``MalformedResponseError`` for a success status with a body
            that does not parse, ``ApiError`` for a status outside the HTTP registry in 400-599,
            ``UnexpectedStatusError`` for any other such status, or for an undocumented one when
            ``Client.raise_on_unexpected_status`` is True.

    Returns:
        CustomerGroupSearchResult | Error
    """

    return sync_detailed(
        store_id=store_id,
        client=client,
        customer_group_id=customer_group_id,
        keyword=keyword,
        offset=offset,
        limit=limit,
        response_fields=response_fields,
    ).parsed


async def asyncio_detailed(
    store_id: int,
    *,
    client: AuthenticatedClient,
    customer_group_id: str | Unset = UNSET,
    keyword: str | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
    response_fields: str | Unset = UNSET,
) -> Response[CustomerGroupSearchResult | Error]:
    """Search customer groups

     The store's customer groups, the built-in group 0 "General" first, then by id. Same
    paging and `responseFields` as Search customers.

    Required scope: `read_customers`.

    Args:
        store_id (int):
        customer_group_id (str | Unset):
        keyword (str | Unset):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.
        response_fields (str | Unset):

    Raises:
        errors.EcwidClientError: and nothing else (see the tree in ``errors``): ``TransportError`` when no
            complete answer arrived (``RequestTimeoutError``, ``DeadlineExceededError``),
            ``ResponseTooLargeError``, ``MalformedResponseError`` for a success status with a body
            that does not parse, ``ApiError`` for a status outside the HTTP registry in 400-599,
            ``UnexpectedStatusError`` for any other such status, or for an undocumented one when
            ``Client.raise_on_unexpected_status`` is True.

    Returns:
        Response[CustomerGroupSearchResult | Error]: a documented error status whose body does
        not parse keeps ``parsed=None``.
    """

    kwargs = _get_kwargs(
        store_id=store_id,
        customer_group_id=customer_group_id,
        keyword=keyword,
        offset=offset,
        limit=limit,
        response_fields=response_fields,
    )

    with errors.guarded(client):
        response = await client.get_async_httpx_client().request(**kwargs)
        return _build_response(client=client, response=response)


async def asyncio(
    store_id: int,
    *,
    client: AuthenticatedClient,
    customer_group_id: str | Unset = UNSET,
    keyword: str | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
    response_fields: str | Unset = UNSET,
) -> CustomerGroupSearchResult | Error | None:
    """Search customer groups

     The store's customer groups, the built-in group 0 "General" first, then by id. Same
    paging and `responseFields` as Search customers.

    Required scope: `read_customers`.

    Args:
        store_id (int):
        customer_group_id (str | Unset):
        keyword (str | Unset):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.
        response_fields (str | Unset):

    Raises:
        errors.EcwidClientError: and nothing else (see the tree in ``errors``): ``TransportError`` when no
            complete answer arrived (``RequestTimeoutError``, ``DeadlineExceededError``),
            ``ResponseTooLargeError``, ``MalformedResponseError`` for a success status with a body
            that does not parse, ``ApiError`` for a status outside the HTTP registry in 400-599,
            ``UnexpectedStatusError`` for any other such status, or for an undocumented one when
            ``Client.raise_on_unexpected_status`` is True.

    Returns:
        CustomerGroupSearchResult | Error
    """

    return (
        await asyncio_detailed(
            store_id=store_id,
            client=client,
            customer_group_id=customer_group_id,
            keyword=keyword,
            offset=offset,
            limit=limit,
            response_fields=response_fields,
        )
    ).parsed


def sync_or_raise(
    store_id: int,
    *,
    client: AuthenticatedClient,
    customer_group_id: str | Unset = UNSET,
    keyword: str | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
    response_fields: str | Unset = UNSET,
) -> CustomerGroupSearchResult:
    """Search customer groups: the success model, or raise.

    Raises:
        errors.ApiError: for 400-599, the matching subclass (``ConflictError`` for 409,
            ``PermissionDeniedError`` for 403, ...) carrying ``status_code``, ``error_code``,
            ``error_message`` (scrubbed of the token) and ``retry_after``.
        errors.EcwidClientError: any other failure, and nothing else: ``UnexpectedStatusError``,
            ``MalformedResponseError``, ``ResponseTooLargeError``, ``TransportError`` (with
            ``RequestTimeoutError`` and ``DeadlineExceededError``); see the tree in ``errors``.
    """
    response = sync_detailed(
        store_id=store_id,
        client=client,
        customer_group_id=customer_group_id,
        keyword=keyword,
        offset=offset,
        limit=limit,
        response_fields=response_fields,
    )
    with errors.guarded(client):
        return errors.unwrap(response, CustomerGroupSearchResult)


async def asyncio_or_raise(
    store_id: int,
    *,
    client: AuthenticatedClient,
    customer_group_id: str | Unset = UNSET,
    keyword: str | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
    response_fields: str | Unset = UNSET,
) -> CustomerGroupSearchResult:
    """Search customer groups: the success model, or raise (see ``sync_or_raise``)."""
    response = await asyncio_detailed(
        store_id=store_id,
        client=client,
        customer_group_id=customer_group_id,
        keyword=keyword,
        offset=offset,
        limit=limit,
        response_fields=response_fields,
    )
    with errors.guarded(client):
        return errors.unwrap(response, CustomerGroupSearchResult)


def sync_iter(
    store_id: int,
    *,
    client: AuthenticatedClient,
    customer_group_id: str | Unset = UNSET,
    keyword: str | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
    response_fields: str | Unset = UNSET,
    max_pages: int = errors.DEFAULT_MAX_PAGES,
) -> Iterator[CustomerGroup]:
    """Search customer groups: every match, page after page.

    Asks pages of ``limit`` from ``offset`` until the answers reach ``total`` (or a page comes
    back empty), yielding each item. Bounded: more than ``max_pages`` pages raise
    ``errors.PagingError``. Each page is a ``sync_or_raise`` call, so its errors are raised.
    """
    for _ in range(max_pages):
        page = sync_or_raise(
            store_id=store_id,
            client=client,
            customer_group_id=customer_group_id,
            keyword=keyword,
            offset=offset,
            limit=limit,
            response_fields=response_fields,
        )
        items = [] if isinstance(page.items, Unset) else page.items
        yield from items
        offset = (0 if isinstance(offset, Unset) else offset) + len(items)
        if not items or isinstance(page.total, Unset) or offset >= page.total:
            return
    raise errors.PagingError(f"the search did not end within max_pages={max_pages} pages")


async def asyncio_iter(
    store_id: int,
    *,
    client: AuthenticatedClient,
    customer_group_id: str | Unset = UNSET,
    keyword: str | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
    response_fields: str | Unset = UNSET,
    max_pages: int = errors.DEFAULT_MAX_PAGES,
) -> AsyncIterator[CustomerGroup]:
    """Search customer groups: every match, page after page (see ``sync_iter``)."""
    for _ in range(max_pages):
        page = await asyncio_or_raise(
            store_id=store_id,
            client=client,
            customer_group_id=customer_group_id,
            keyword=keyword,
            offset=offset,
            limit=limit,
            response_fields=response_fields,
        )
        items = [] if isinstance(page.items, Unset) else page.items
        for item in items:
            yield item
        offset = (0 if isinstance(offset, Unset) else offset) + len(items)
        if not items or isinstance(page.total, Unset) or offset >= page.total:
            return
    raise errors.PagingError(f"the search did not end within max_pages={max_pages} pages")
