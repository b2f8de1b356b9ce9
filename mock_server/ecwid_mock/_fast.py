"""Fast paths of the checks every request passes, equal to the validators they stand in for.

    param_predicate(schema)   a plain predicate for simple parameter schemas (type, bounds,
                              enum, pattern, int32/int64), or None
    body_predicate(...)       a request body schema compiled by jsonschema-rs, with the mock's
                              own format checks, or None

Both only ever say yes faster: a refusal is still worded by the `jsonschema` validator
(`_spec._raise_first`), so messages do not change. jsonschema-rs is what schemathesis judges
validity by, so the mock and the tool agree on what a valid body is.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import Any

import jsonschema_rs
from jsonschema import FormatChecker

Json = Any

_SIMPLE_KEYS = frozenset({"type", "minimum", "maximum", "enum", "pattern", "format", "default"})
_NOTES = frozenset({"description", "example", "examples", "title", "deprecated"})
_FORMAT_BOUNDS = {"int64": (-(2**63), 2**63 - 1), "int32": (-(2**31), 2**31 - 1), None: (None, None)}
_TYPES: dict[str, Callable[[Json], bool]] = {
    "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "number": lambda v: isinstance(v, int | float) and not isinstance(v, bool),
    "string": lambda v: isinstance(v, str),
    "boolean": lambda v: isinstance(v, bool),
}


def param_predicate(schema: Json) -> Callable[[Json], bool] | None:
    """A predicate for parameter schemas made only of `type`, bounds, `enum`, `pattern` and the
    int32/int64 formats: what the validator would answer, without its machinery (a request's
    parameters are checked on every call). None for anything else."""
    if not isinstance(schema, dict) or not set(schema) - _NOTES <= _SIMPLE_KEYS:
        return None
    kind, fmt = schema.get("type"), schema.get("format")
    if kind not in _TYPES or fmt not in _FORMAT_BOUNDS:
        return None
    is_type = _TYPES[kind]
    low, high = schema.get("minimum"), schema.get("maximum")
    fmt_low, fmt_high = _FORMAT_BOUNDS[fmt] if kind == "integer" else (None, None)
    enum = schema.get("enum")
    pattern = re.compile(schema["pattern"]) if "pattern" in schema else None

    def check(value: Json) -> bool:
        if not is_type(value):
            return False
        for bound, below in ((low, True), (fmt_low, True), (high, False), (fmt_high, False)):
            if bound is not None and (value < bound if below else value > bound):
                return False
        if enum is not None and value not in enum:
            return False
        return pattern is None or not isinstance(value, str) or bool(pattern.search(value))

    return check


def body_predicate(
    document: dict[str, Json], schema: Json, base_uri: str, checker: FormatChecker
) -> Callable[[Json], bool] | None:
    """`schema` compiled by jsonschema-rs, with the mock's own format checks; None if it cannot be."""
    if not isinstance(schema, dict) or set(schema) != {"$ref"}:
        return None
    formats: dict[str, Callable[..., bool]] = {
        name: functools.partial(checker.conforms, format=name) for name in checker.checkers
    }
    try:
        registry = jsonschema_rs.Registry([(base_uri, document)])
        target = {"$ref": f"{base_uri}#{schema['$ref'].removeprefix('#')}"}
        compiled = jsonschema_rs.Draft202012Validator(target, registry=registry, formats=formats, validate_formats=True)
    except (ValueError, jsonschema_rs.ReferencingError):
        return None
    is_valid: Callable[[Json], bool] = compiled.is_valid
    return is_valid
