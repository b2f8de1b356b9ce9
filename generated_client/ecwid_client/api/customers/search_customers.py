from collections.abc import AsyncIterator, Iterator
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.business_relation import BusinessRelation
from ...models.customer_search_item import CustomerSearchItem
from ...models.customer_search_result import CustomerSearchResult
from ...models.customer_sort_by import CustomerSortBy
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    store_id: int,
    *,
    keyword: str | Unset = UNSET,
    name: str | Unset = UNSET,
    email: str | Unset = UNSET,
    use_exact_email_match: bool | Unset = UNSET,
    phone: str | Unset = UNSET,
    city: str | Unset = UNSET,
    postal_code: str | Unset = UNSET,
    state_or_province_code: str | Unset = UNSET,
    country_codes: str | Unset = UNSET,
    company_name: str | Unset = UNSET,
    accept_marketing: bool | Unset = UNSET,
    tax_exempt: bool | Unset = UNSET,
    lang: str | Unset = UNSET,
    customer_group_ids: str | Unset = UNSET,
    min_order_count: int | Unset = UNSET,
    max_order_count: int | Unset = UNSET,
    min_sales_value: float | Unset = UNSET,
    max_sales_value: float | Unset = UNSET,
    purchased_product_ids: str | Unset = UNSET,
    b2b_b2c: BusinessRelation | Unset = UNSET,
    created_from: str | Unset = UNSET,
    created_to: str | Unset = UNSET,
    updated_from: str | Unset = UNSET,
    updated_to: str | Unset = UNSET,
    sort_by: CustomerSortBy | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
    response_fields: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["keyword"] = keyword

    params["name"] = name

    params["email"] = email

    params["useExactEmailMatch"] = use_exact_email_match

    params["phone"] = phone

    params["city"] = city

    params["postalCode"] = postal_code

    params["stateOrProvinceCode"] = state_or_province_code

    params["countryCodes"] = country_codes

    params["companyName"] = company_name

    params["acceptMarketing"] = accept_marketing

    params["taxExempt"] = tax_exempt

    params["lang"] = lang

    params["customerGroupIds"] = customer_group_ids

    params["minOrderCount"] = min_order_count

    params["maxOrderCount"] = max_order_count

    params["minSalesValue"] = min_sales_value

    params["maxSalesValue"] = max_sales_value

    params["purchasedProductIds"] = purchased_product_ids

    json_b2b_b2c: str | Unset = UNSET
    if not isinstance(b2b_b2c, Unset):
        json_b2b_b2c = b2b_b2c.value

    params["b2b_b2c"] = json_b2b_b2c

    params["createdFrom"] = created_from

    params["createdTo"] = created_to

    params["updatedFrom"] = updated_from

    params["updatedTo"] = updated_to

    json_sort_by: str | Unset = UNSET
    if not isinstance(sort_by, Unset):
        json_sort_by = sort_by.value

    params["sortBy"] = json_sort_by

    params["offset"] = offset

    params["limit"] = limit

    params["responseFields"] = response_fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/{store_id}/customers".format(
            store_id=quote(str(store_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CustomerSearchResult | Error | None:
    if response.status_code == 200:
        response_200 = CustomerSearchResult.from_dict(response.json())

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
) -> Response[CustomerSearchResult | Error]:
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
    keyword: str | Unset = UNSET,
    name: str | Unset = UNSET,
    email: str | Unset = UNSET,
    use_exact_email_match: bool | Unset = UNSET,
    phone: str | Unset = UNSET,
    city: str | Unset = UNSET,
    postal_code: str | Unset = UNSET,
    state_or_province_code: str | Unset = UNSET,
    country_codes: str | Unset = UNSET,
    company_name: str | Unset = UNSET,
    accept_marketing: bool | Unset = UNSET,
    tax_exempt: bool | Unset = UNSET,
    lang: str | Unset = UNSET,
    customer_group_ids: str | Unset = UNSET,
    min_order_count: int | Unset = UNSET,
    max_order_count: int | Unset = UNSET,
    min_sales_value: float | Unset = UNSET,
    max_sales_value: float | Unset = UNSET,
    purchased_product_ids: str | Unset = UNSET,
    b2b_b2c: BusinessRelation | Unset = UNSET,
    created_from: str | Unset = UNSET,
    created_to: str | Unset = UNSET,
    updated_from: str | Unset = UNSET,
    updated_to: str | Unset = UNSET,
    sort_by: CustomerSortBy | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
    response_fields: str | Unset = UNSET,
) -> Response[CustomerSearchResult | Error]:
    """Search customers

     Finds the store's customers matching every filter given (filters not given match
    everyone), sorted by `sortBy`, one page of at most `limit` at a time from `offset`.
    `total` counts every match, `count` the items in this page, `allCustomerCount` every
    customer of the store. Text filters match case-insensitively; unknown query
    parameters are ignored. A value that breaks a parameter's type or pattern (`limit`
    over 100, `offset` below 0, `acceptMarketing=maybe`, an unknown `sortBy`, a malformed
    date bound) is answered 400 `WRONG_PARAMETER` naming the parameter: the spec prefers
    a clear error to a silently wrong page. Booleans are read in any case (`true`, `True`),
    as the service's Java does and as Python's `requests` sends them. Walk every match by asking the
    next `offset`
    until it reaches `total` (the client's `iter_customers` helper does it).

    Required scope: `read_customers`.

    Args:
        store_id (int):
        keyword (str | Unset):
        name (str | Unset):
        email (str | Unset):
        use_exact_email_match (bool | Unset):
        phone (str | Unset):
        city (str | Unset):
        postal_code (str | Unset):
        state_or_province_code (str | Unset):
        country_codes (str | Unset):
        company_name (str | Unset):
        accept_marketing (bool | Unset):
        tax_exempt (bool | Unset):
        lang (str | Unset):
        customer_group_ids (str | Unset):
        min_order_count (int | Unset):
        max_order_count (int | Unset):
        min_sales_value (float | Unset):
        max_sales_value (float | Unset):
        purchased_product_ids (str | Unset):
        b2b_b2c (BusinessRelation | Unset): Business-to-customer relation: `b2c` business-to-
            customer (the default) or `b2b` business-to-business.
        created_from (str | Unset): A moment, as Search customers takes it: UNIX seconds
            (`1447804800`) or an Ecwid
            datetime (`2023-01-15 19:27:50`, optionally with its offset `+0000`; a date alone means
            its midnight, UTC). The vendor says "number or string"; one patterned string carries
            both without a union type in clients. A day past the month's end rolls over
            (`2023-02-30` is March 2), as the service's lenient calendar does.
        created_to (str | Unset): A moment, as Search customers takes it: UNIX seconds
            (`1447804800`) or an Ecwid
            datetime (`2023-01-15 19:27:50`, optionally with its offset `+0000`; a date alone means
            its midnight, UTC). The vendor says "number or string"; one patterned string carries
            both without a union type in clients. A day past the month's end rolls over
            (`2023-02-30` is March 2), as the service's lenient calendar does.
        updated_from (str | Unset): A moment, as Search customers takes it: UNIX seconds
            (`1447804800`) or an Ecwid
            datetime (`2023-01-15 19:27:50`, optionally with its offset `+0000`; a date alone means
            its midnight, UTC). The vendor says "number or string"; one patterned string carries
            both without a union type in clients. A day past the month's end rolls over
            (`2023-02-30` is March 2), as the service's lenient calendar does.
        updated_to (str | Unset): A moment, as Search customers takes it: UNIX seconds
            (`1447804800`) or an Ecwid
            datetime (`2023-01-15 19:27:50`, optionally with its offset `+0000`; a date alone means
            its midnight, UTC). The vendor says "number or string"; one patterned string carries
            both without a union type in clients. A day past the month's end rolls over
            (`2023-02-30` is March 2), as the service's lenient calendar does.
        sort_by (CustomerSortBy | Unset): How Search customers orders its results.
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
        Response[CustomerSearchResult | Error]: a documented error status whose body does
        not parse keeps ``parsed=None``.
    """

    kwargs = _get_kwargs(
        store_id=store_id,
        keyword=keyword,
        name=name,
        email=email,
        use_exact_email_match=use_exact_email_match,
        phone=phone,
        city=city,
        postal_code=postal_code,
        state_or_province_code=state_or_province_code,
        country_codes=country_codes,
        company_name=company_name,
        accept_marketing=accept_marketing,
        tax_exempt=tax_exempt,
        lang=lang,
        customer_group_ids=customer_group_ids,
        min_order_count=min_order_count,
        max_order_count=max_order_count,
        min_sales_value=min_sales_value,
        max_sales_value=max_sales_value,
        purchased_product_ids=purchased_product_ids,
        b2b_b2c=b2b_b2c,
        created_from=created_from,
        created_to=created_to,
        updated_from=updated_from,
        updated_to=updated_to,
        sort_by=sort_by,
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
    keyword: str | Unset = UNSET,
    name: str | Unset = UNSET,
    email: str | Unset = UNSET,
    use_exact_email_match: bool | Unset = UNSET,
    phone: str | Unset = UNSET,
    city: str | Unset = UNSET,
    postal_code: str | Unset = UNSET,
    state_or_province_code: str | Unset = UNSET,
    country_codes: str | Unset = UNSET,
    company_name: str | Unset = UNSET,
    accept_marketing: bool | Unset = UNSET,
    tax_exempt: bool | Unset = UNSET,
    lang: str | Unset = UNSET,
    customer_group_ids: str | Unset = UNSET,
    min_order_count: int | Unset = UNSET,
    max_order_count: int | Unset = UNSET,
    min_sales_value: float | Unset = UNSET,
    max_sales_value: float | Unset = UNSET,
    purchased_product_ids: str | Unset = UNSET,
    b2b_b2c: BusinessRelation | Unset = UNSET,
    created_from: str | Unset = UNSET,
    created_to: str | Unset = UNSET,
    updated_from: str | Unset = UNSET,
    updated_to: str | Unset = UNSET,
    sort_by: CustomerSortBy | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
    response_fields: str | Unset = UNSET,
) -> CustomerSearchResult | Error | None:
    """Search customers

     Finds the store's customers matching every filter given (filters not given match
    everyone), sorted by `sortBy`, one page of at most `limit` at a time from `offset`.
    `total` counts every match, `count` the items in this page, `allCustomerCount` every
    customer of the store. Text filters match case-insensitively; unknown query
    parameters are ignored. A value that breaks a parameter's type or pattern (`limit`
    over 100, `offset` below 0, `acceptMarketing=maybe`, an unknown `sortBy`, a malformed
    date bound) is answered 400 `WRONG_PARAMETER` naming the parameter: the spec prefers
    a clear error to a silently wrong page. Booleans are read in any case (`true`, `True`),
    as the service's Java does and as Python's `requests` sends them. Walk every match by asking the
    next `offset`
    until it reaches `total` (the client's `iter_customers` helper does it).

    Required scope: `read_customers`.

    Args:
        store_id (int):
        keyword (str | Unset):
        name (str | Unset):
        email (str | Unset):
        use_exact_email_match (bool | Unset):
        phone (str | Unset):
        city (str | Unset):
        postal_code (str | Unset):
        state_or_province_code (str | Unset):
        country_codes (str | Unset):
        company_name (str | Unset):
        accept_marketing (bool | Unset):
        tax_exempt (bool | Unset):
        lang (str | Unset):
        customer_group_ids (str | Unset):
        min_order_count (int | Unset):
        max_order_count (int | Unset):
        min_sales_value (float | Unset):
        max_sales_value (float | Unset):
        purchased_product_ids (str | Unset):
        b2b_b2c (BusinessRelation | Unset): Business-to-customer relation: `b2c` business-to-
            customer (the default) or `b2b` business-to-business.
        created_from (str | Unset): A moment, as Search customers takes it: UNIX seconds
            (`1447804800`) or an Ecwid
            datetime (`2023-01-15 19:27:50`, optionally with its offset `+0000`; a date alone means
            its midnight, UTC). The vendor says "number or string"; one patterned string carries
            both without a union type in clients. A day past the month's end rolls over
            (`2023-02-30` is March 2), as the service's lenient calendar does.
        created_to (str | Unset): A moment, as Search customers takes it: UNIX seconds
            (`1447804800`) or an Ecwid
            datetime (`2023-01-15 19:27:50`, optionally with its offset `+0000`; a date alone means
            its midnight, UTC). The vendor says "number or string"; one patterned string carries
            both without a union type in clients. A day past the month's end rolls over
            (`2023-02-30` is March 2), as the service's lenient calendar does.
        updated_from (str | Unset): A moment, as Search customers takes it: UNIX seconds
            (`1447804800`) or an Ecwid
            datetime (`2023-01-15 19:27:50`, optionally with its offset `+0000`; a date alone means
            its midnight, UTC). The vendor says "number or string"; one patterned string carries
            both without a union type in clients. A day past the month's end rolls over
            (`2023-02-30` is March 2), as the service's lenient calendar does.
        updated_to (str | Unset): A moment, as Search customers takes it: UNIX seconds
            (`1447804800`) or an Ecwid
            datetime (`2023-01-15 19:27:50`, optionally with its offset `+0000`; a date alone means
            its midnight, UTC). The vendor says "number or string"; one patterned string carries
            both without a union type in clients. A day past the month's end rolls over
            (`2023-02-30` is March 2), as the service's lenient calendar does.
        sort_by (CustomerSortBy | Unset): How Search customers orders its results.
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
        CustomerSearchResult | Error
    """

    return sync_detailed(
        store_id=store_id,
        client=client,
        keyword=keyword,
        name=name,
        email=email,
        use_exact_email_match=use_exact_email_match,
        phone=phone,
        city=city,
        postal_code=postal_code,
        state_or_province_code=state_or_province_code,
        country_codes=country_codes,
        company_name=company_name,
        accept_marketing=accept_marketing,
        tax_exempt=tax_exempt,
        lang=lang,
        customer_group_ids=customer_group_ids,
        min_order_count=min_order_count,
        max_order_count=max_order_count,
        min_sales_value=min_sales_value,
        max_sales_value=max_sales_value,
        purchased_product_ids=purchased_product_ids,
        b2b_b2c=b2b_b2c,
        created_from=created_from,
        created_to=created_to,
        updated_from=updated_from,
        updated_to=updated_to,
        sort_by=sort_by,
        offset=offset,
        limit=limit,
        response_fields=response_fields,
    ).parsed


async def asyncio_detailed(
    store_id: int,
    *,
    client: AuthenticatedClient,
    keyword: str | Unset = UNSET,
    name: str | Unset = UNSET,
    email: str | Unset = UNSET,
    use_exact_email_match: bool | Unset = UNSET,
    phone: str | Unset = UNSET,
    city: str | Unset = UNSET,
    postal_code: str | Unset = UNSET,
    state_or_province_code: str | Unset = UNSET,
    country_codes: str | Unset = UNSET,
    company_name: str | Unset = UNSET,
    accept_marketing: bool | Unset = UNSET,
    tax_exempt: bool | Unset = UNSET,
    lang: str | Unset = UNSET,
    customer_group_ids: str | Unset = UNSET,
    min_order_count: int | Unset = UNSET,
    max_order_count: int | Unset = UNSET,
    min_sales_value: float | Unset = UNSET,
    max_sales_value: float | Unset = UNSET,
    purchased_product_ids: str | Unset = UNSET,
    b2b_b2c: BusinessRelation | Unset = UNSET,
    created_from: str | Unset = UNSET,
    created_to: str | Unset = UNSET,
    updated_from: str | Unset = UNSET,
    updated_to: str | Unset = UNSET,
    sort_by: CustomerSortBy | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
    response_fields: str | Unset = UNSET,
) -> Response[CustomerSearchResult | Error]:
    """Search customers

     Finds the store's customers matching every filter given (filters not given match
    everyone), sorted by `sortBy`, one page of at most `limit` at a time from `offset`.
    `total` counts every match, `count` the items in this page, `allCustomerCount` every
    customer of the store. Text filters match case-insensitively; unknown query
    parameters are ignored. A value that breaks a parameter's type or pattern (`limit`
    over 100, `offset` below 0, `acceptMarketing=maybe`, an unknown `sortBy`, a malformed
    date bound) is answered 400 `WRONG_PARAMETER` naming the parameter: the spec prefers
    a clear error to a silently wrong page. Booleans are read in any case (`true`, `True`),
    as the service's Java does and as Python's `requests` sends them. Walk every match by asking the
    next `offset`
    until it reaches `total` (the client's `iter_customers` helper does it).

    Required scope: `read_customers`.

    Args:
        store_id (int):
        keyword (str | Unset):
        name (str | Unset):
        email (str | Unset):
        use_exact_email_match (bool | Unset):
        phone (str | Unset):
        city (str | Unset):
        postal_code (str | Unset):
        state_or_province_code (str | Unset):
        country_codes (str | Unset):
        company_name (str | Unset):
        accept_marketing (bool | Unset):
        tax_exempt (bool | Unset):
        lang (str | Unset):
        customer_group_ids (str | Unset):
        min_order_count (int | Unset):
        max_order_count (int | Unset):
        min_sales_value (float | Unset):
        max_sales_value (float | Unset):
        purchased_product_ids (str | Unset):
        b2b_b2c (BusinessRelation | Unset): Business-to-customer relation: `b2c` business-to-
            customer (the default) or `b2b` business-to-business.
        created_from (str | Unset): A moment, as Search customers takes it: UNIX seconds
            (`1447804800`) or an Ecwid
            datetime (`2023-01-15 19:27:50`, optionally with its offset `+0000`; a date alone means
            its midnight, UTC). The vendor says "number or string"; one patterned string carries
            both without a union type in clients. A day past the month's end rolls over
            (`2023-02-30` is March 2), as the service's lenient calendar does.
        created_to (str | Unset): A moment, as Search customers takes it: UNIX seconds
            (`1447804800`) or an Ecwid
            datetime (`2023-01-15 19:27:50`, optionally with its offset `+0000`; a date alone means
            its midnight, UTC). The vendor says "number or string"; one patterned string carries
            both without a union type in clients. A day past the month's end rolls over
            (`2023-02-30` is March 2), as the service's lenient calendar does.
        updated_from (str | Unset): A moment, as Search customers takes it: UNIX seconds
            (`1447804800`) or an Ecwid
            datetime (`2023-01-15 19:27:50`, optionally with its offset `+0000`; a date alone means
            its midnight, UTC). The vendor says "number or string"; one patterned string carries
            both without a union type in clients. A day past the month's end rolls over
            (`2023-02-30` is March 2), as the service's lenient calendar does.
        updated_to (str | Unset): A moment, as Search customers takes it: UNIX seconds
            (`1447804800`) or an Ecwid
            datetime (`2023-01-15 19:27:50`, optionally with its offset `+0000`; a date alone means
            its midnight, UTC). The vendor says "number or string"; one patterned string carries
            both without a union type in clients. A day past the month's end rolls over
            (`2023-02-30` is March 2), as the service's lenient calendar does.
        sort_by (CustomerSortBy | Unset): How Search customers orders its results.
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
        Response[CustomerSearchResult | Error]: a documented error status whose body does
        not parse keeps ``parsed=None``.
    """

    kwargs = _get_kwargs(
        store_id=store_id,
        keyword=keyword,
        name=name,
        email=email,
        use_exact_email_match=use_exact_email_match,
        phone=phone,
        city=city,
        postal_code=postal_code,
        state_or_province_code=state_or_province_code,
        country_codes=country_codes,
        company_name=company_name,
        accept_marketing=accept_marketing,
        tax_exempt=tax_exempt,
        lang=lang,
        customer_group_ids=customer_group_ids,
        min_order_count=min_order_count,
        max_order_count=max_order_count,
        min_sales_value=min_sales_value,
        max_sales_value=max_sales_value,
        purchased_product_ids=purchased_product_ids,
        b2b_b2c=b2b_b2c,
        created_from=created_from,
        created_to=created_to,
        updated_from=updated_from,
        updated_to=updated_to,
        sort_by=sort_by,
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
    keyword: str | Unset = UNSET,
    name: str | Unset = UNSET,
    email: str | Unset = UNSET,
    use_exact_email_match: bool | Unset = UNSET,
    phone: str | Unset = UNSET,
    city: str | Unset = UNSET,
    postal_code: str | Unset = UNSET,
    state_or_province_code: str | Unset = UNSET,
    country_codes: str | Unset = UNSET,
    company_name: str | Unset = UNSET,
    accept_marketing: bool | Unset = UNSET,
    tax_exempt: bool | Unset = UNSET,
    lang: str | Unset = UNSET,
    customer_group_ids: str | Unset = UNSET,
    min_order_count: int | Unset = UNSET,
    max_order_count: int | Unset = UNSET,
    min_sales_value: float | Unset = UNSET,
    max_sales_value: float | Unset = UNSET,
    purchased_product_ids: str | Unset = UNSET,
    b2b_b2c: BusinessRelation | Unset = UNSET,
    created_from: str | Unset = UNSET,
    created_to: str | Unset = UNSET,
    updated_from: str | Unset = UNSET,
    updated_to: str | Unset = UNSET,
    sort_by: CustomerSortBy | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
    response_fields: str | Unset = UNSET,
) -> CustomerSearchResult | Error | None:
    """Search customers

     Finds the store's customers matching every filter given (filters not given match
    everyone), sorted by `sortBy`, one page of at most `limit` at a time from `offset`.
    `total` counts every match, `count` the items in this page, `allCustomerCount` every
    customer of the store. Text filters match case-insensitively; unknown query
    parameters are ignored. A value that breaks a parameter's type or pattern (`limit`
    over 100, `offset` below 0, `acceptMarketing=maybe`, an unknown `sortBy`, a malformed
    date bound) is answered 400 `WRONG_PARAMETER` naming the parameter: the spec prefers
    a clear error to a silently wrong page. Booleans are read in any case (`true`, `True`),
    as the service's Java does and as Python's `requests` sends them. Walk every match by asking the
    next `offset`
    until it reaches `total` (the client's `iter_customers` helper does it).

    Required scope: `read_customers`.

    Args:
        store_id (int):
        keyword (str | Unset):
        name (str | Unset):
        email (str | Unset):
        use_exact_email_match (bool | Unset):
        phone (str | Unset):
        city (str | Unset):
        postal_code (str | Unset):
        state_or_province_code (str | Unset):
        country_codes (str | Unset):
        company_name (str | Unset):
        accept_marketing (bool | Unset):
        tax_exempt (bool | Unset):
        lang (str | Unset):
        customer_group_ids (str | Unset):
        min_order_count (int | Unset):
        max_order_count (int | Unset):
        min_sales_value (float | Unset):
        max_sales_value (float | Unset):
        purchased_product_ids (str | Unset):
        b2b_b2c (BusinessRelation | Unset): Business-to-customer relation: `b2c` business-to-
            customer (the default) or `b2b` business-to-business.
        created_from (str | Unset): A moment, as Search customers takes it: UNIX seconds
            (`1447804800`) or an Ecwid
            datetime (`2023-01-15 19:27:50`, optionally with its offset `+0000`; a date alone means
            its midnight, UTC). The vendor says "number or string"; one patterned string carries
            both without a union type in clients. A day past the month's end rolls over
            (`2023-02-30` is March 2), as the service's lenient calendar does.
        created_to (str | Unset): A moment, as Search customers takes it: UNIX seconds
            (`1447804800`) or an Ecwid
            datetime (`2023-01-15 19:27:50`, optionally with its offset `+0000`; a date alone means
            its midnight, UTC). The vendor says "number or string"; one patterned string carries
            both without a union type in clients. A day past the month's end rolls over
            (`2023-02-30` is March 2), as the service's lenient calendar does.
        updated_from (str | Unset): A moment, as Search customers takes it: UNIX seconds
            (`1447804800`) or an Ecwid
            datetime (`2023-01-15 19:27:50`, optionally with its offset `+0000`; a date alone means
            its midnight, UTC). The vendor says "number or string"; one patterned string carries
            both without a union type in clients. A day past the month's end rolls over
            (`2023-02-30` is March 2), as the service's lenient calendar does.
        updated_to (str | Unset): A moment, as Search customers takes it: UNIX seconds
            (`1447804800`) or an Ecwid
            datetime (`2023-01-15 19:27:50`, optionally with its offset `+0000`; a date alone means
            its midnight, UTC). The vendor says "number or string"; one patterned string carries
            both without a union type in clients. A day past the month's end rolls over
            (`2023-02-30` is March 2), as the service's lenient calendar does.
        sort_by (CustomerSortBy | Unset): How Search customers orders its results.
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
        CustomerSearchResult | Error
    """

    return (
        await asyncio_detailed(
            store_id=store_id,
            client=client,
            keyword=keyword,
            name=name,
            email=email,
            use_exact_email_match=use_exact_email_match,
            phone=phone,
            city=city,
            postal_code=postal_code,
            state_or_province_code=state_or_province_code,
            country_codes=country_codes,
            company_name=company_name,
            accept_marketing=accept_marketing,
            tax_exempt=tax_exempt,
            lang=lang,
            customer_group_ids=customer_group_ids,
            min_order_count=min_order_count,
            max_order_count=max_order_count,
            min_sales_value=min_sales_value,
            max_sales_value=max_sales_value,
            purchased_product_ids=purchased_product_ids,
            b2b_b2c=b2b_b2c,
            created_from=created_from,
            created_to=created_to,
            updated_from=updated_from,
            updated_to=updated_to,
            sort_by=sort_by,
            offset=offset,
            limit=limit,
            response_fields=response_fields,
        )
    ).parsed


def sync_or_raise(
    store_id: int,
    *,
    client: AuthenticatedClient,
    keyword: str | Unset = UNSET,
    name: str | Unset = UNSET,
    email: str | Unset = UNSET,
    use_exact_email_match: bool | Unset = UNSET,
    phone: str | Unset = UNSET,
    city: str | Unset = UNSET,
    postal_code: str | Unset = UNSET,
    state_or_province_code: str | Unset = UNSET,
    country_codes: str | Unset = UNSET,
    company_name: str | Unset = UNSET,
    accept_marketing: bool | Unset = UNSET,
    tax_exempt: bool | Unset = UNSET,
    lang: str | Unset = UNSET,
    customer_group_ids: str | Unset = UNSET,
    min_order_count: int | Unset = UNSET,
    max_order_count: int | Unset = UNSET,
    min_sales_value: float | Unset = UNSET,
    max_sales_value: float | Unset = UNSET,
    purchased_product_ids: str | Unset = UNSET,
    b2b_b2c: BusinessRelation | Unset = UNSET,
    created_from: str | Unset = UNSET,
    created_to: str | Unset = UNSET,
    updated_from: str | Unset = UNSET,
    updated_to: str | Unset = UNSET,
    sort_by: CustomerSortBy | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
    response_fields: str | Unset = UNSET,
) -> CustomerSearchResult:
    """Search customers: the success model, or raise.

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
        keyword=keyword,
        name=name,
        email=email,
        use_exact_email_match=use_exact_email_match,
        phone=phone,
        city=city,
        postal_code=postal_code,
        state_or_province_code=state_or_province_code,
        country_codes=country_codes,
        company_name=company_name,
        accept_marketing=accept_marketing,
        tax_exempt=tax_exempt,
        lang=lang,
        customer_group_ids=customer_group_ids,
        min_order_count=min_order_count,
        max_order_count=max_order_count,
        min_sales_value=min_sales_value,
        max_sales_value=max_sales_value,
        purchased_product_ids=purchased_product_ids,
        b2b_b2c=b2b_b2c,
        created_from=created_from,
        created_to=created_to,
        updated_from=updated_from,
        updated_to=updated_to,
        sort_by=sort_by,
        offset=offset,
        limit=limit,
        response_fields=response_fields,
    )
    with errors.guarded(client):
        return errors.unwrap(response, CustomerSearchResult)


async def asyncio_or_raise(
    store_id: int,
    *,
    client: AuthenticatedClient,
    keyword: str | Unset = UNSET,
    name: str | Unset = UNSET,
    email: str | Unset = UNSET,
    use_exact_email_match: bool | Unset = UNSET,
    phone: str | Unset = UNSET,
    city: str | Unset = UNSET,
    postal_code: str | Unset = UNSET,
    state_or_province_code: str | Unset = UNSET,
    country_codes: str | Unset = UNSET,
    company_name: str | Unset = UNSET,
    accept_marketing: bool | Unset = UNSET,
    tax_exempt: bool | Unset = UNSET,
    lang: str | Unset = UNSET,
    customer_group_ids: str | Unset = UNSET,
    min_order_count: int | Unset = UNSET,
    max_order_count: int | Unset = UNSET,
    min_sales_value: float | Unset = UNSET,
    max_sales_value: float | Unset = UNSET,
    purchased_product_ids: str | Unset = UNSET,
    b2b_b2c: BusinessRelation | Unset = UNSET,
    created_from: str | Unset = UNSET,
    created_to: str | Unset = UNSET,
    updated_from: str | Unset = UNSET,
    updated_to: str | Unset = UNSET,
    sort_by: CustomerSortBy | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
    response_fields: str | Unset = UNSET,
) -> CustomerSearchResult:
    """Search customers: the success model, or raise (see ``sync_or_raise``)."""
    response = await asyncio_detailed(
        store_id=store_id,
        client=client,
        keyword=keyword,
        name=name,
        email=email,
        use_exact_email_match=use_exact_email_match,
        phone=phone,
        city=city,
        postal_code=postal_code,
        state_or_province_code=state_or_province_code,
        country_codes=country_codes,
        company_name=company_name,
        accept_marketing=accept_marketing,
        tax_exempt=tax_exempt,
        lang=lang,
        customer_group_ids=customer_group_ids,
        min_order_count=min_order_count,
        max_order_count=max_order_count,
        min_sales_value=min_sales_value,
        max_sales_value=max_sales_value,
        purchased_product_ids=purchased_product_ids,
        b2b_b2c=b2b_b2c,
        created_from=created_from,
        created_to=created_to,
        updated_from=updated_from,
        updated_to=updated_to,
        sort_by=sort_by,
        offset=offset,
        limit=limit,
        response_fields=response_fields,
    )
    with errors.guarded(client):
        return errors.unwrap(response, CustomerSearchResult)


def sync_iter(
    store_id: int,
    *,
    client: AuthenticatedClient,
    keyword: str | Unset = UNSET,
    name: str | Unset = UNSET,
    email: str | Unset = UNSET,
    use_exact_email_match: bool | Unset = UNSET,
    phone: str | Unset = UNSET,
    city: str | Unset = UNSET,
    postal_code: str | Unset = UNSET,
    state_or_province_code: str | Unset = UNSET,
    country_codes: str | Unset = UNSET,
    company_name: str | Unset = UNSET,
    accept_marketing: bool | Unset = UNSET,
    tax_exempt: bool | Unset = UNSET,
    lang: str | Unset = UNSET,
    customer_group_ids: str | Unset = UNSET,
    min_order_count: int | Unset = UNSET,
    max_order_count: int | Unset = UNSET,
    min_sales_value: float | Unset = UNSET,
    max_sales_value: float | Unset = UNSET,
    purchased_product_ids: str | Unset = UNSET,
    b2b_b2c: BusinessRelation | Unset = UNSET,
    created_from: str | Unset = UNSET,
    created_to: str | Unset = UNSET,
    updated_from: str | Unset = UNSET,
    updated_to: str | Unset = UNSET,
    sort_by: CustomerSortBy | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
    response_fields: str | Unset = UNSET,
    max_pages: int = errors.DEFAULT_MAX_PAGES,
) -> Iterator[CustomerSearchItem]:
    """Search customers: every match, page after page.

    Asks pages of ``limit`` from ``offset`` until the answers reach ``total`` (or a page comes
    back empty), yielding each item. Bounded: more than ``max_pages`` pages raise
    ``errors.PagingError``. Each page is a ``sync_or_raise`` call, so its errors are raised.
    """
    for _ in range(max_pages):
        page = sync_or_raise(
            store_id=store_id,
            client=client,
            keyword=keyword,
            name=name,
            email=email,
            use_exact_email_match=use_exact_email_match,
            phone=phone,
            city=city,
            postal_code=postal_code,
            state_or_province_code=state_or_province_code,
            country_codes=country_codes,
            company_name=company_name,
            accept_marketing=accept_marketing,
            tax_exempt=tax_exempt,
            lang=lang,
            customer_group_ids=customer_group_ids,
            min_order_count=min_order_count,
            max_order_count=max_order_count,
            min_sales_value=min_sales_value,
            max_sales_value=max_sales_value,
            purchased_product_ids=purchased_product_ids,
            b2b_b2c=b2b_b2c,
            created_from=created_from,
            created_to=created_to,
            updated_from=updated_from,
            updated_to=updated_to,
            sort_by=sort_by,
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
    keyword: str | Unset = UNSET,
    name: str | Unset = UNSET,
    email: str | Unset = UNSET,
    use_exact_email_match: bool | Unset = UNSET,
    phone: str | Unset = UNSET,
    city: str | Unset = UNSET,
    postal_code: str | Unset = UNSET,
    state_or_province_code: str | Unset = UNSET,
    country_codes: str | Unset = UNSET,
    company_name: str | Unset = UNSET,
    accept_marketing: bool | Unset = UNSET,
    tax_exempt: bool | Unset = UNSET,
    lang: str | Unset = UNSET,
    customer_group_ids: str | Unset = UNSET,
    min_order_count: int | Unset = UNSET,
    max_order_count: int | Unset = UNSET,
    min_sales_value: float | Unset = UNSET,
    max_sales_value: float | Unset = UNSET,
    purchased_product_ids: str | Unset = UNSET,
    b2b_b2c: BusinessRelation | Unset = UNSET,
    created_from: str | Unset = UNSET,
    created_to: str | Unset = UNSET,
    updated_from: str | Unset = UNSET,
    updated_to: str | Unset = UNSET,
    sort_by: CustomerSortBy | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
    response_fields: str | Unset = UNSET,
    max_pages: int = errors.DEFAULT_MAX_PAGES,
) -> AsyncIterator[CustomerSearchItem]:
    """Search customers: every match, page after page (see ``sync_iter``)."""
    for _ in range(max_pages):
        page = await asyncio_or_raise(
            store_id=store_id,
            client=client,
            keyword=keyword,
            name=name,
            email=email,
            use_exact_email_match=use_exact_email_match,
            phone=phone,
            city=city,
            postal_code=postal_code,
            state_or_province_code=state_or_province_code,
            country_codes=country_codes,
            company_name=company_name,
            accept_marketing=accept_marketing,
            tax_exempt=tax_exempt,
            lang=lang,
            customer_group_ids=customer_group_ids,
            min_order_count=min_order_count,
            max_order_count=max_order_count,
            min_sales_value=min_sales_value,
            max_sales_value=max_sales_value,
            purchased_product_ids=purchased_product_ids,
            b2b_b2c=b2b_b2c,
            created_from=created_from,
            created_to=created_to,
            updated_from=updated_from,
            updated_to=updated_to,
            sort_by=sort_by,
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
