from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.customer_update import CustomerUpdate
from ...models.error import Error
from ...models.update_customer_result import UpdateCustomerResult
from ...types import Response


def _get_kwargs(
    store_id: int,
    customer_id: int,
    *,
    body: CustomerUpdate,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/{store_id}/customers/{customer_id}".format(
            store_id=quote(str(store_id), safe=""),
            customer_id=quote(str(customer_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | UpdateCustomerResult | None:
    if response.status_code == 200:
        response_200 = UpdateCustomerResult.from_dict(response.json())

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

    if response.status_code == 409:
        response_409 = Error.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = Error.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = Error.from_dict(response.json())

        return response_415

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
) -> Response[Error | UpdateCustomerResult]:
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
    customer_id: int,
    *,
    client: AuthenticatedClient,
    body: CustomerUpdate,
) -> Response[Error | UpdateCustomerResult]:
    """Update customer

     Partial update: fields not sent keep their values. A `contacts` or
    `shippingAddresses` array that is sent replaces the stored one; an address that
    carries the `id` of a stored address is updated in place. The new email, when sent,
    must not belong to another customer of the store (409). Computed and unknown keys
    (the vendor's own example sends `name` and `customerGroupName`) are ignored.

    Required scopes: `read_customers` and `update_customers`.

    Args:
        store_id (int):
        customer_id (int):
        body (CustomerUpdate): The fields of a customer that can be written. Used as is by Update,
            where it is partial
            (nothing required: fields not sent are kept), and extended by `CustomerCreate`.
            Unknown and read-only keys are accepted and ignored, as the service does.

    Raises:
        errors.EcwidClientError: and nothing else (see the tree in ``errors``): ``TransportError`` when no
            complete answer arrived (``RequestTimeoutError``, ``DeadlineExceededError``),
            ``ResponseTooLargeError``, ``MalformedResponseError`` for a success status with a body
            that does not parse, ``ApiError`` for a status outside the HTTP registry in 400-599,
            ``UnexpectedStatusError`` for any other such status, or for an undocumented one when
            ``Client.raise_on_unexpected_status`` is True.

    Returns:
        Response[Error | UpdateCustomerResult]: a documented error status whose body does
        not parse keeps ``parsed=None``.
    """

    kwargs = _get_kwargs(
        store_id=store_id,
        customer_id=customer_id,
        body=body,
    )

    with errors.guarded(client):
        response = client.get_httpx_client().request(
            **kwargs,
        )
        return _build_response(client=client, response=response)


def sync(
    store_id: int,
    customer_id: int,
    *,
    client: AuthenticatedClient,
    body: CustomerUpdate,
) -> Error | UpdateCustomerResult | None:
    """Update customer

     Partial update: fields not sent keep their values. A `contacts` or
    `shippingAddresses` array that is sent replaces the stored one; an address that
    carries the `id` of a stored address is updated in place. The new email, when sent,
    must not belong to another customer of the store (409). Computed and unknown keys
    (the vendor's own example sends `name` and `customerGroupName`) are ignored.

    Required scopes: `read_customers` and `update_customers`.

    Args:
        store_id (int):
        customer_id (int):
        body (CustomerUpdate): The fields of a customer that can be written. Used as is by Update,
            where it is partial
            (nothing required: fields not sent are kept), and extended by `CustomerCreate`.
            Unknown and read-only keys are accepted and ignored, as the service does.

    Raises:
        errors.EcwidClientError: and nothing else (see the tree in ``errors``): ``TransportError`` when no
            complete answer arrived (``RequestTimeoutError``, ``DeadlineExceededError``),
            ``ResponseTooLargeError``, ``MalformedResponseError`` for a success status with a body
            that does not parse, ``ApiError`` for a status outside the HTTP registry in 400-599,
            ``UnexpectedStatusError`` for any other such status, or for an undocumented one when
            ``Client.raise_on_unexpected_status`` is True.

    Returns:
        Error | UpdateCustomerResult
    """

    return sync_detailed(
        store_id=store_id,
        customer_id=customer_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    store_id: int,
    customer_id: int,
    *,
    client: AuthenticatedClient,
    body: CustomerUpdate,
) -> Response[Error | UpdateCustomerResult]:
    """Update customer

     Partial update: fields not sent keep their values. A `contacts` or
    `shippingAddresses` array that is sent replaces the stored one; an address that
    carries the `id` of a stored address is updated in place. The new email, when sent,
    must not belong to another customer of the store (409). Computed and unknown keys
    (the vendor's own example sends `name` and `customerGroupName`) are ignored.

    Required scopes: `read_customers` and `update_customers`.

    Args:
        store_id (int):
        customer_id (int):
        body (CustomerUpdate): The fields of a customer that can be written. Used as is by Update,
            where it is partial
            (nothing required: fields not sent are kept), and extended by `CustomerCreate`.
            Unknown and read-only keys are accepted and ignored, as the service does.

    Raises:
        errors.EcwidClientError: and nothing else (see the tree in ``errors``): ``TransportError`` when no
            complete answer arrived (``RequestTimeoutError``, ``DeadlineExceededError``),
            ``ResponseTooLargeError``, ``MalformedResponseError`` for a success status with a body
            that does not parse, ``ApiError`` for a status outside the HTTP registry in 400-599,
            ``UnexpectedStatusError`` for any other such status, or for an undocumented one when
            ``Client.raise_on_unexpected_status`` is True.

    Returns:
        Response[Error | UpdateCustomerResult]: a documented error status whose body does
        not parse keeps ``parsed=None``.
    """

    kwargs = _get_kwargs(
        store_id=store_id,
        customer_id=customer_id,
        body=body,
    )

    with errors.guarded(client):
        response = await client.get_async_httpx_client().request(**kwargs)
        return _build_response(client=client, response=response)


async def asyncio(
    store_id: int,
    customer_id: int,
    *,
    client: AuthenticatedClient,
    body: CustomerUpdate,
) -> Error | UpdateCustomerResult | None:
    """Update customer

     Partial update: fields not sent keep their values. A `contacts` or
    `shippingAddresses` array that is sent replaces the stored one; an address that
    carries the `id` of a stored address is updated in place. The new email, when sent,
    must not belong to another customer of the store (409). Computed and unknown keys
    (the vendor's own example sends `name` and `customerGroupName`) are ignored.

    Required scopes: `read_customers` and `update_customers`.

    Args:
        store_id (int):
        customer_id (int):
        body (CustomerUpdate): The fields of a customer that can be written. Used as is by Update,
            where it is partial
            (nothing required: fields not sent are kept), and extended by `CustomerCreate`.
            Unknown and read-only keys are accepted and ignored, as the service does.

    Raises:
        errors.EcwidClientError: and nothing else (see the tree in ``errors``): ``TransportError`` when no
            complete answer arrived (``RequestTimeoutError``, ``DeadlineExceededError``),
            ``ResponseTooLargeError``, ``MalformedResponseError`` for a success status with a body
            that does not parse, ``ApiError`` for a status outside the HTTP registry in 400-599,
            ``UnexpectedStatusError`` for any other such status, or for an undocumented one when
            ``Client.raise_on_unexpected_status`` is True.

    Returns:
        Error | UpdateCustomerResult
    """

    return (
        await asyncio_detailed(
            store_id=store_id,
            customer_id=customer_id,
            client=client,
            body=body,
        )
    ).parsed


def sync_or_raise(
    store_id: int,
    customer_id: int,
    *,
    client: AuthenticatedClient,
    body: CustomerUpdate,
) -> UpdateCustomerResult:
    """Update customer: the success model, or raise.

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
        customer_id=customer_id,
        client=client,
        body=body,
    )
    with errors.guarded(client):
        return errors.unwrap(response, UpdateCustomerResult)


async def asyncio_or_raise(
    store_id: int,
    customer_id: int,
    *,
    client: AuthenticatedClient,
    body: CustomerUpdate,
) -> UpdateCustomerResult:
    """Update customer: the success model, or raise (see ``sync_or_raise``)."""
    response = await asyncio_detailed(
        store_id=store_id,
        customer_id=customer_id,
        client=client,
        body=body,
    )
    with errors.guarded(client):
        return errors.unwrap(response, UpdateCustomerResult)
