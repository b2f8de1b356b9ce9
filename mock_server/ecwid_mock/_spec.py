"""The OpenAPI document, compiled once at start-up into what the mock validates with.

No schema or field list lives in the mock's code: request bodies, path and query parameters,
the scopes each operation needs, which keys are writable (not `readOnly`) and which are
returned (the read model's properties) all come from the document.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from jsonschema import Draft202012Validator, FormatChecker
from jsonschema.exceptions import ValidationError, best_match
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from ._errors import SpecError, WrongParameterError

DEFAULT_SPEC_PATH = Path(__file__).resolve().parents[2] / "openapi" / "ecwid-customers.yaml"
_BASE_URI = "urn:ecwid-customers"
_INTEGER = re.compile(r"-?[0-9]+")
_MAX_MESSAGE = 300

Json = Any


@dataclass
class Operation:
    operation_id: str
    method: str
    path: str
    scopes: tuple[str, ...]
    params: dict[str, tuple[str, str | None, Draft202012Validator]]  # name -> (location, type, validator)
    body: Draft202012Validator | None
    body_schema: Json = None


@dataclass
class Spec:
    document: dict[str, Json]
    operations: dict[str, Operation] = field(default_factory=dict)
    path_methods: dict[str, list[str]] = field(default_factory=dict)

    def resolve(self, node: Json) -> Json:
        while isinstance(node, dict) and "$ref" in node:
            target: Json = self.document
            for part in node["$ref"].removeprefix("#/").split("/"):
                target = target[part]
            node = target
        return node

    def properties(self, schema: Json) -> dict[str, Json]:
        schema = self.resolve(schema)
        merged: dict[str, Json] = {}
        for part in schema.get("allOf", []):
            merged.update(self.properties(part))
        merged.update(schema.get("properties", {}))
        return merged

    def project(self, value: Json, schema: Json, *, writable: bool) -> Json:
        """Keep only what `schema` documents: on input, its non-`readOnly` properties; on output,
        every property. Unknown keys are dropped (the service ignores them); arrays recurse."""
        schema = self.resolve(schema)
        if isinstance(value, list) and "items" in schema:
            return [self.project(item, schema["items"], writable=writable) for item in value]
        if isinstance(value, dict):
            props = self.properties(schema)
            if not props:
                return value
            kept = {}
            for key, item in value.items():
                sub = props.get(key)
                if sub is None or (writable and _flag(self, sub, "readOnly")):
                    continue
                if not writable and _flag(self, sub, "writeOnly"):
                    continue
                kept[key] = self.project(item, sub, writable=writable)
            return kept
        return value

    def schema(self, name: str) -> Json:
        return self.document["components"]["schemas"][name]


def _flag(spec: Spec, schema: Json, name: str) -> bool:
    return bool(schema.get(name) or spec.resolve(schema).get(name))


def load(path: str | os.PathLike[str] | None = None) -> Spec:
    spec_path = Path(path) if path is not None else DEFAULT_SPEC_PATH
    try:
        text = spec_path.read_text(encoding="utf-8")
    except OSError as exc:
        raise SpecError(f"cannot read the OpenAPI document {spec_path}: {exc.strerror}") from None
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    document = yaml.load(text, Loader=loader)  # noqa: S506 - a safe loader
    if not isinstance(document, dict) or "paths" not in document:
        raise SpecError(f"{spec_path} is not an OpenAPI document")
    return compile_spec(document)


def compile_spec(document: dict[str, Json]) -> Spec:
    registry: Registry[Json] = Registry().with_resource(_BASE_URI, Resource.from_contents(document, DRAFT202012))
    spec = Spec(document)

    def validator(schema: Json) -> Draft202012Validator:
        return Draft202012Validator(
            {"$ref": f"{_BASE_URI}#{schema['$ref'][1:]}"} if "$ref" in schema else schema,
            registry=registry,
            format_checker=FormatChecker(),
        )

    for path, item in document["paths"].items():
        shared = item.get("parameters", [])
        for method, op in item.items():
            if not isinstance(op, dict) or "operationId" not in op:
                continue
            params = {}
            for param in [*shared, *op.get("parameters", [])]:
                param = spec.resolve(param)
                kind = spec.resolve(param["schema"]).get("type")
                params[param["name"]] = (param["in"], kind, validator(param["schema"]))
            body = None
            body_schema = None
            if "requestBody" in op:
                body_schema = op["requestBody"]["content"]["application/json"]["schema"]
                body = validator(body_schema)
            scopes = tuple(s for requirement in op.get("security", []) for names in requirement.values() for s in names)
            spec.operations[op["operationId"]] = Operation(
                op["operationId"], method.upper(), path, scopes, params, body, body_schema
            )
            spec.path_methods.setdefault(path, []).append(method.upper())
    if not spec.operations:
        raise SpecError("the OpenAPI document declares no operations")
    return spec


def check_params(operation: Operation, path_params: Mapping[str, str], query: Mapping[str, str]) -> dict[str, Json]:
    """Parse and validate the operation's parameters; integers are parsed from path text."""
    values: dict[str, Json] = {}
    for name, (location, kind, check) in operation.params.items():
        source = path_params if location == "path" else query
        if name not in source:
            if location == "path":
                raise WrongParameterError(f"Parameter '{name}' is required")
            continue
        raw = source[name]
        value: Json = raw
        if kind == "integer":
            if not _INTEGER.fullmatch(raw):
                raise WrongParameterError(f"Parameter '{name}' must be an integer, got '{raw[:50]}'")
            value = int(raw)
        _raise_first(check, value, f"Parameter '{name}'")
        values[name] = value
    return values


def check_body(operation: Operation, body: Json) -> None:
    if operation.body is not None:
        _raise_first(operation.body, body, None)


def _raise_first(check: Draft202012Validator, value: Json, label: str | None) -> None:
    error: ValidationError | None = best_match(check.iter_errors(value))
    if error is None:
        return
    where = label or (f"Field '{'.'.join(str(p) for p in error.absolute_path)}'" if error.absolute_path else "Body")
    message = error.message if len(error.message) <= _MAX_MESSAGE else error.message[:_MAX_MESSAGE] + "..."
    raise WrongParameterError(f"{where}: {message}")
