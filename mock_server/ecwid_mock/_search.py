"""Search customers and customer groups: filters, sort orders, pages and `responseFields`.

Pure functions over the customers the store hands in, as stored; the store runs them under its
lock so that `total` and `allCustomerCount` describe one moment.
The mock has no orders: every customer has 0 orders and 0 sales, so `purchasedProductIds`
matches nobody and the order-count and sales bounds match as 0 does.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any

Json = Any
Query = Mapping[str, Json]

_DATETIME = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?: (\d{2}):(\d{2}):(\d{2})(?: ([+-])(\d{2})(\d{2}))?)?")
_DIGITS = re.compile(r"[0-9]+")


def epoch_seconds(text: str) -> int | None:
    """UNIX seconds of a `DateBound` (`1447804800`, `2023-01-15 19:27:50`, `... +0300`)."""
    if _DIGITS.fullmatch(text):
        return int(text)
    match = _DATETIME.fullmatch(text)
    if match is None:
        return None
    year, month, day, hour, minute, second = (int(g or 0) for g in match.groups()[:6])
    sign, off_h, off_m = match.groups()[6:]
    offset = (int(off_h) * 3600 + int(off_m) * 60) * (-1 if sign == "-" else 1) if sign else 0
    # days from 1970-01-01 (Howard Hinnant's days_from_civil): lenient like the service's
    # calendar, so 2023-02-30 is March 2 and any four-digit year works.
    y = year - (month <= 2)
    era = y // 400
    yoe = y - era * 400
    doy = (153 * (month + (-3 if month > 2 else 9)) + 2) // 5 + day - 1
    days = era * 146097 + yoe * 365 + yoe // 4 - yoe // 100 + doy - 719468
    return days * 86400 + hour * 3600 + minute * 60 + second - offset


def _ids(text: str) -> set[int]:
    return {int(part) for part in text.split(",") if part}


def _has(haystack: Json, needle: str) -> bool:
    return isinstance(haystack, str) and needle.casefold() in haystack.casefold()


def _phone_matches(customer: Json, needle: str) -> bool:
    digits = re.sub(r"\D", "", needle)
    values = [customer.get("billingPerson", {}).get("phone")]
    values += [a.get("phone") for a in customer.get("shippingAddresses", [])]
    values += [c.get("contact") for c in customer.get("contacts", [])]
    for value in values:
        if not isinstance(value, str):
            continue
        if needle in value or (digits and digits in re.sub(r"\D", "", value)):
            return True
    return False


def _address_matches(customer: Json, key: str, test: Callable[[Json], bool]) -> bool:
    return any(test(address.get(key)) for address in customer.get("shippingAddresses", []))


Test = Callable[[Json], bool]


def _field_has(key: str, needle: str) -> Test:
    return lambda c: _has(c.get(key), needle)


def _address_has(key: str, needle: str, *, whole: bool) -> Test:
    def test(value: Json) -> bool:
        return _has(value, needle) and (not whole or len(value) == len(needle))

    return lambda c: _address_matches(c, key, test)


def _equals(key: str, wanted: Json) -> Test:
    return lambda c: c.get(key) == wanted


def _stat_bound(stat: str, bound: float, sign: int) -> Test:
    return lambda c: sign * (c.get("stats", {}).get(stat, 0) - bound) >= 0


def _date_bound(field: str, bound: int, sign: int) -> Test:
    return lambda c: sign * ((epoch_seconds(c.get(field, "")) or 0) - bound) >= 0


_STAT_BOUNDS = {
    "minOrderCount": ("numberOfOrders", 1),
    "maxOrderCount": ("numberOfOrders", -1),
    "minSalesValue": ("salesValue", 1),
    "maxSalesValue": ("salesValue", -1),
}
_DATE_BOUNDS = {
    "createdFrom": ("registered", 1),
    "createdTo": ("registered", -1),
    "updatedFrom": ("updated", 1),
    "updatedTo": ("updated", -1),
}


def _filters(query: Query, email_key: Callable[[str], str]) -> list[Test]:
    """One predicate a filter given; a customer matches when every one holds. An empty value
    (`?name=`, as form builders send) is no filter, as the service reads it."""
    q = {key: value for key, value in query.items() if value != ""}
    tests: list[Test] = []
    if "keyword" in q:
        name, email = _field_has("name", q["keyword"]), _field_has("email", q["keyword"])
        tests.append(lambda c: name(c) or email(c))
    if "name" in q:
        tests.append(lambda c: _has(c.get("billingPerson", {}).get("name"), q["name"]))
    if "email" in q and q.get("useExactEmailMatch") is True:
        wanted = email_key(q["email"])
        tests.append(lambda c: email_key(c["email"]) == wanted)
    elif "email" in q:
        tests.append(_field_has("email", q["email"]))
    if "phone" in q:
        tests.append(lambda c: _phone_matches(c, q["phone"]))
    tests += [_address_has(key, q[key], whole=False) for key in ("city", "companyName") if key in q]
    tests += [_address_has(key, q[key], whole=True) for key in ("postalCode", "stateOrProvinceCode") if key in q]
    if "countryCodes" in q:
        codes = {code.upper() for code in q["countryCodes"].split(",")}
        tests.append(lambda c: _address_matches(c, "countryCode", lambda v: isinstance(v, str) and v.upper() in codes))
    tests += [_equals(key, q[key]) for key in ("acceptMarketing", "taxExempt", "lang", "b2b_b2c") if key in q]
    if "customerGroupIds" in q:
        groups = _ids(q["customerGroupIds"])
        tests.append(lambda c: c.get("customerGroupId", 0) in groups)
    tests += [_stat_bound(stat, q[param], sign) for param, (stat, sign) in _STAT_BOUNDS.items() if param in q]
    if "purchasedProductIds" in q:
        tests.append(lambda c: False)  # the mock has no orders
    for param, (field, sign) in _DATE_BOUNDS.items():
        if param in q and (bound := epoch_seconds(q[param])) is not None:
            tests.append(_date_bound(field, bound, sign))
    return tests


def _stat(name: str) -> Callable[[Json], Json]:
    return lambda c: c.get("stats", {}).get(name)


# The value each `sortBy` orders by; None sorts last (a customer with no name, no orders).
_SORT_VALUES: dict[str, Callable[[Json], Json]] = {
    "NAME": lambda c: (c.get("name") or "").casefold() or None,
    "EMAIL": lambda c: c.get("email", "").casefold(),
    "ORDER_COUNT": lambda c: c.get("stats", {}).get("numberOfOrders", 0),
    "REGISTERED_DATE": lambda c: c.get("registered"),
    "UPDATED_DATE": lambda c: c.get("updated"),
    "SALES_VALUE": lambda c: c.get("stats", {}).get("salesValue", 0),
    "FIRST_ORDER_DATE": _stat("firstOrderDate"),
    "LAST_ORDER_DATE": _stat("lastOrderDate"),
}


def sort_customers(customers: list[Json], sort_by: str | None) -> list[Json]:
    """Ordered as `sortBy` names; ties, and no `sortBy`, by id ascending (stable pages)."""
    if sort_by is None:
        return sorted(customers, key=lambda c: c["id"])
    field, _, direction = sort_by.rpartition("_")
    value = _SORT_VALUES[field]
    keyed = [(value(c), c["id"], c) for c in customers]
    present = [k for k in keyed if k[0] is not None]
    absent = sorted((k for k in keyed if k[0] is None), key=lambda k: k[1])
    if direction == "DESC":  # values descending, ties by id ascending
        present.sort(key=lambda k: (k[0], -k[1]), reverse=True)
    else:
        present.sort(key=lambda k: (k[0], k[1]))
    return [k[2] for k in present + absent]


def search_customers(
    customers: Iterable[Json], query: Query, all_count: int, email_key: Callable[[str], str]
) -> dict[str, Json]:
    tests = _filters(query, email_key)
    matches = [c for c in customers if all(test(c) for test in tests)] if tests else list(customers)
    ordered = sort_customers(matches, query.get("sortBy"))
    page = page_of(ordered, query)
    page["items"] = [{**c, "totalOrderCount": c.get("stats", {}).get("numberOfOrders", 0)} for c in page["items"]]
    page["allCustomerCount"] = all_count
    return page


def search_groups(groups: Iterable[Json], query: Query) -> dict[str, Json]:
    wanted = _ids(query["customerGroupId"]) if "customerGroupId" in query else None
    keyword = query.get("keyword")
    matches = [
        g for g in groups if (wanted is None or g["id"] in wanted) and (keyword is None or _has(g.get("name"), keyword))
    ]
    return page_of(sorted(matches, key=lambda g: g["id"]), query)


def page_of(ordered: list[Json], query: Query) -> dict[str, Json]:
    offset, limit = query.get("offset", 0), query.get("limit", 100)
    items = ordered[offset : offset + limit]
    return {"total": len(ordered), "count": len(items), "offset": offset, "limit": limit, "items": items}
