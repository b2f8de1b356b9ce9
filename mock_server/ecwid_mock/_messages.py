"""Validation errors in words, quoting values as JSON does (`null`, `true`, `"text"`).

jsonschema's own messages quote with Python's `repr` (`None`, `True`, `'text'`); these are
rendered from each error's validator, its value and the instance instead.
"""

from __future__ import annotations

import json
from typing import Any

from jsonschema.exceptions import ValidationError

MAX_VALUE = 80  # characters of a value quoted in a message


def quote(value: Any, limit: int = MAX_VALUE) -> str:
    """`value` as JSON text, shortened to `limit` characters with `...`."""
    try:
        text = json.dumps(value, ensure_ascii=False, separators=(", ", ": "))
    except (TypeError, ValueError, RecursionError):
        text = "<value>"
    return text if len(text) <= limit else text[:limit] + "..."


def _types(expected: Any) -> str:
    return " or ".join(quote(kind) for kind in (expected if isinstance(expected, list) else [expected]))


def describe(error: ValidationError) -> str:
    """What is wrong with `error.instance`, in one sentence."""
    kind, value = str(error.validator), error.instance
    expected: Any = error.validator_value
    shown = quote(value)
    if kind == "type":
        return f"{shown} is not of type {_types(expected)}"
    if kind == "required":
        missing = [name for name in expected if isinstance(value, dict) and name not in value]
        return f"{quote(missing[0] if missing else expected)} is a required property"
    if kind == "format":
        return f"{shown} is not a valid {expected}"
    if kind == "enum":
        return f"{shown} is not one of {quote(expected, 200)}"
    if kind == "const":
        return f"{shown} should be {quote(expected)}"
    if kind == "pattern":
        return f"{shown} does not match the pattern {quote(expected, 200)}"
    bounds = {
        "minimum": "less than the minimum of",
        "maximum": "greater than the maximum of",
        "exclusiveMinimum": "less than or equal to the exclusive minimum of",
        "exclusiveMaximum": "greater than or equal to the exclusive maximum of",
    }
    if kind in bounds:
        return f"{shown} is {bounds[kind]} {quote(expected)}"
    sizes = {
        "minLength": "is shorter than {} characters",
        "maxLength": "is longer than {} characters",
        "minItems": "has fewer than {} items",
        "maxItems": "has more than {} items",
        "minProperties": "has fewer than {} properties",
        "maxProperties": "has more than {} properties",
    }
    if kind in sizes:
        return f"{shown} {sizes[kind].format(expected)}"
    if kind in ("anyOf", "oneOf"):
        return f"{shown} is not valid under any of the given schemas"
    if kind == "additionalProperties":
        return f"{shown} has properties the schema does not allow"
    if kind == "uniqueItems":
        return f"{shown} has non-unique items"
    return f"{shown} is not valid (`{kind}`)"
