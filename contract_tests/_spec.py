"""Read what the suite needs from the OpenAPI document: nothing here copies a field list.

`sample()` builds a maximal valid instance of a schema (every property present, values from
the schema's own `examples` where it has them), so that a field added to the spec is
written, read back and compared without touching the tests.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

SPEC_PATH = Path(__file__).resolve().parents[1] / "openapi" / "ecwid-customers.yaml"

Json = Any


@functools.cache
def load() -> dict[str, Json]:
    with SPEC_PATH.open(encoding="utf-8") as f:
        document: dict[str, Json] = yaml.safe_load(f)
    return document


def resolve(node: Json, spec: dict[str, Json] | None = None) -> Json:
    """Follow `$ref`s (local ones only, as the document uses) to the node they name."""
    spec = spec or load()
    while isinstance(node, dict) and "$ref" in node:
        target: Json = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def operations(spec: dict[str, Json] | None = None) -> Iterator[tuple[str, str, dict[str, Json]]]:
    """(path, method, operation) for every operation of the document."""
    spec = spec or load()
    for path, item in spec["paths"].items():
        for method, op in item.items():
            if isinstance(op, dict) and "operationId" in op:
                yield path, method, op


def operation(operation_id: str) -> tuple[str, str, dict[str, Json]]:
    for path, method, op in operations():
        if op["operationId"] == operation_id:
            return path, method, op
    raise KeyError(operation_id)


def required_scopes(operation_id: str) -> list[str]:
    """The scopes listed in the operation's security requirement."""
    _, _, op = operation(operation_id)
    scopes: list[str] = []
    for requirement in op["security"]:
        for names in requirement.values():
            scopes.extend(names)
    return scopes


def properties(schema: Json) -> dict[str, Json]:
    """The properties of an object schema, `allOf` parts merged."""
    schema = resolve(schema)
    merged: dict[str, Json] = {}
    for part in schema.get("allOf", []):
        merged.update(properties(part))
    merged.update(schema.get("properties", {}))
    return merged


def component(name: str) -> Json:
    return load()["components"]["schemas"][name]


def sample(schema: Json, *, writable_only: bool = False) -> Json:
    """A maximal valid instance of `schema`.

    With `writable_only`, properties marked `readOnly` (computed by the service, ignored on
    input) are left out, which is what a request that expects to read its data back sends.
    """
    schema = resolve(schema)
    if "allOf" in schema or schema.get("type") == "object":
        props = properties(schema)
        if not props:
            extra = schema.get("additionalProperties")
            return {"key": sample(extra if isinstance(extra, dict) else {"type": "string"})}
        return {
            name: sample(sub, writable_only=writable_only)
            for name, sub in props.items()
            if not (writable_only and resolve(sub).get("readOnly", sub.get("readOnly", False)))
        }
    if "anyOf" in schema:
        return sample(schema["anyOf"][0], writable_only=writable_only)
    if "enum" in schema:
        return schema["enum"][-1]
    if schema.get("examples"):
        return schema["examples"][0]
    kind = schema.get("type")
    if kind == "array":
        return [sample(schema["items"], writable_only=writable_only)]
    if kind == "integer":
        return int(schema.get("minimum", 0)) + 1 if schema.get("maximum", 2) > 1 else schema["maximum"]
    if kind == "number":
        return 12.5
    if kind == "boolean":
        return True
    return "text"


def write_only_fields() -> frozenset[str]:
    """Names of the properties marked `writeOnly` anywhere in the document (never answered)."""
    names: set[str] = set()
    for schema in load()["components"]["schemas"].values():
        for part in [schema, *schema.get("allOf", [])]:
            for name, prop in part.get("properties", {}).items():
                if prop.get("writeOnly"):
                    names.add(name)
    return frozenset(names)
