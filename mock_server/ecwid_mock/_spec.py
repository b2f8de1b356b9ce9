"""The OpenAPI document, compiled once at start-up into what the mock validates with.

No schema or field list lives in the mock's code: path, query and header parameters, request
bodies (through each operation's `requestBody`), the scopes each operation needs (its
`security`), which keys are writable (not `readOnly`) and which are answered (the properties
of the operation's 200 response schema) all come from the document. Schemas are compiled
with jsonschema, Draft 2020-12, every `$ref` resolved against the whole document.
"""

from __future__ import annotations

import itertools
import math
import os
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError, best_match
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from . import _fast
from ._errors import SpecError, WrongParameterError
from ._formats import format_checker
from ._messages import describe, quote

DEFAULT_SPEC_PATH = Path(__file__).resolve().parents[2] / "openapi" / "ecwid-customers.yaml"
_BASE_URI = "urn:ecwid-customers"
_INTEGER = re.compile(r"-?[0-9]+")  # ASCII digits only: int() would also take '١٢' or ' 12'
_NUMBER = re.compile(r"-?[0-9]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]{1,3})?")  # JSON's number, ASCII digits
_MAX_DIGITS = 40  # far past int64, short of int()'s limit on huge strings
_MAX_MESSAGE = 300
_MAX_ERRORS = 50
_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_CHECKER = format_checker()

Json = Any


@dataclass(frozen=True)
class Parameter:
    name: str
    location: str  # path, query, header (cookies are not used by the service)
    required: bool
    kind: str | None  # the schema's `type`: integers are parsed from the text first
    validator: Draft202012Validator = field(repr=False)
    # A plain predicate equal to `validator` for simple schemas (None: always ask the validator);
    # the validator still words every refusal.
    fast: Callable[[Json], bool] | None = field(default=None, repr=False)


@dataclass(frozen=True)
class Operation:
    operation_id: str
    method: str
    path: str
    scopes: tuple[str, ...]
    params: tuple[Parameter, ...]
    body: Draft202012Validator | None = field(default=None, repr=False)
    body_schema: Json = field(default=None, repr=False)
    response_schema: Json = field(default=None, repr=False)
    # The same check compiled by jsonschema-rs (what schemathesis judges validity by): a fast
    # yes for valid bodies; a refusal is still worded by `body` (None: always ask `body`).
    body_fast: Callable[[Json], bool] | None = field(default=None, repr=False)


@dataclass
class Spec:
    document: dict[str, Json]
    operations: dict[str, Operation] = field(default_factory=dict)
    registry: Registry[Json] | None = field(default=None, repr=False)
    # (id(schema), writable) -> (the schema itself, which keeps its id from being reused; what `_shown` answers)
    _projections: dict[tuple[int, bool], tuple[Json, tuple[dict[str, Json] | None, Json]]] = field(
        default_factory=dict, repr=False
    )

    def validator(self, schema: Json) -> Draft202012Validator:
        """A validator for `schema`, its `$ref`s resolved in the whole document (as the mock's)."""
        if isinstance(schema, dict) and "$ref" in schema:
            schema = {**schema, "$ref": f"{_BASE_URI}#{schema['$ref'].removeprefix('#')}"}
        registry = self.registry if self.registry is not None else _registry(self.document)
        return Draft202012Validator(schema, registry=registry, format_checker=_CHECKER)

    def resolve(self, node: Json) -> Json:
        while isinstance(node, dict) and "$ref" in node:
            target: Json = self.document
            for part in node["$ref"].removeprefix("#/").split("/"):
                target = target[part.replace("~1", "/").replace("~0", "~")]
            node = target
        return node

    def properties(self, schema: Json) -> dict[str, Json]:
        """The properties a schema documents, through `$ref` and `allOf`."""
        schema = self.resolve(schema)
        merged: dict[str, Json] = {}
        for part in schema.get("allOf", []):
            merged.update(self.properties(part))
        merged.update(schema.get("properties", {}))
        return merged

    def project(self, value: Json, schema: Json, *, writable: bool) -> Json:
        """Keep what `schema` documents: on input its non-`readOnly` properties, on output its
        non-`writeOnly` ones. Unknown keys are dropped (the service ignores them); arrays recurse."""
        if isinstance(value, list):
            items = self._shown(schema, writable)[1]
            if items is None:
                return value
            return [self.project(item, items, writable=writable) for item in value]
        if not isinstance(value, dict):
            return value
        shown = self._shown(schema, writable)[0]
        if shown is None:  # nothing documented: nothing to go by
            return value
        return {key: self.project(item, shown[key], writable=writable) for key, item in value.items() if key in shown}

    def _shown(self, schema: Json, writable: bool) -> tuple[dict[str, Json] | None, Json]:
        """(the properties kept, by name; the array's item schema), worked out once per schema:
        projection runs on every answer and every body."""
        key = (id(schema), writable)
        cached = self._projections.get(key)
        if cached is not None:
            return cached[1]
        resolved = self.resolve(schema)
        shown: tuple[dict[str, Json] | None, Json] = (None, None)
        if isinstance(resolved, dict):
            props = self.properties(resolved)
            hidden = "readOnly" if writable else "writeOnly"
            kept = {name: sub for name, sub in props.items() if not self._flag(sub, hidden)}
            shown = (kept if props else None, resolved.get("items"))
        self._projections[key] = (schema, shown)
        return shown

    def _flag(self, schema: Json, name: str) -> bool:
        return bool(schema.get(name) or self.resolve(schema).get(name))


def load(path: str | os.PathLike[str] | None = None) -> Spec:
    spec_path = Path(path) if path is not None else DEFAULT_SPEC_PATH
    try:
        text = spec_path.read_text(encoding="utf-8")
    except OSError as exc:
        raise SpecError(f"cannot read the OpenAPI document {spec_path}: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise SpecError(f"{spec_path} is not UTF-8 text") from None
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        document = yaml.load(text, Loader=loader)  # noqa: S506 - a safe loader
    except yaml.YAMLError as exc:
        raise SpecError(f"{spec_path} is not valid YAML: {exc}") from None
    if not isinstance(document, dict) or not isinstance(document.get("paths"), dict):
        raise SpecError(f"{spec_path} is not an OpenAPI document (no `paths`)")
    try:
        return compile_spec(document)
    except (KeyError, TypeError, AttributeError) as exc:
        raise SpecError(f"{spec_path}: cannot compile the document ({type(exc).__name__}: {exc})") from None


def _registry(document: dict[str, Json]) -> Registry[Json]:
    registry: Registry[Json] = Registry().with_resource(_BASE_URI, Resource.from_contents(document, DRAFT202012))
    return registry


def compile_spec(document: dict[str, Json]) -> Spec:
    spec = Spec(document, registry=_registry(document))
    validator = spec.validator

    for path, item in document["paths"].items():
        shared = item.get("parameters", [])
        for method in _METHODS:
            op = item.get(method)
            if not isinstance(op, dict) or "operationId" not in op:
                continue
            params = []
            for param in (spec.resolve(p) for p in [*shared, *op.get("parameters", [])]):
                kind = spec.resolve(param["schema"]).get("type")
                required = bool(param.get("required")) or param["in"] == "path"
                params.append(
                    Parameter(
                        param["name"],
                        param["in"],
                        required,
                        kind,
                        validator(param["schema"]),
                        _fast.param_predicate(spec.resolve(param["schema"])),
                    )
                )
            body_schema = None
            if "requestBody" in op:
                body_schema = spec.resolve(op["requestBody"])["content"]["application/json"]["schema"]
            scopes = tuple(s for requirement in op.get("security", []) for names in requirement.values() for s in names)
            ok = spec.resolve(op.get("responses", {}).get("200", {}))
            response_schema = ok.get("content", {}).get("application/json", {}).get("schema")
            spec.operations[op["operationId"]] = Operation(
                op["operationId"],
                method.upper(),
                path,
                scopes,
                tuple(params),
                None if body_schema is None else validator(body_schema),
                body_schema,
                response_schema,
                None if body_schema is None else _fast.body_predicate(document, body_schema, _BASE_URI, _CHECKER),
            )
    return spec


def check_params(
    operation: Operation, path: Mapping[str, str], query: Mapping[str, str], headers: Mapping[str, str]
) -> dict[str, Json]:
    """Parse and validate the operation's parameters; integers are parsed from their text."""
    sources = {"path": path, "query": query, "header": headers}
    values: dict[str, Json] = {}
    for param in operation.params:
        source = sources.get(param.location, {})
        if param.name not in source:
            if param.required:
                raise WrongParameterError(f"Parameter '{param.name}' is required")
            continue
        raw = source[param.name]
        value: Json = raw
        if param.kind == "integer":
            if not _INTEGER.fullmatch(raw):
                raise WrongParameterError(f"Parameter '{param.name}' must be an integer, got {quote(raw, 60)}")
            if len(raw) > _MAX_DIGITS:
                raise WrongParameterError(f"Parameter '{param.name}' is out of range: {quote(raw, 60)}")
            value = int(raw)
        elif param.kind == "boolean":
            if raw.lower() not in ("true", "false"):  # any case, as the service's Java reads booleans
                raise WrongParameterError(f"Parameter '{param.name}' must be true or false, got {quote(raw, 60)}")
            value = raw.lower() == "true"
        elif param.kind == "number":
            value = _number(param.name, raw)
        if param.fast is None or not param.fast(value):
            _raise_first(param.validator, value, f"Parameter '{param.name}'")
        values[param.name] = value
    return values


def _number(name: str, raw: str) -> float | int:
    if not _NUMBER.fullmatch(raw) or len(raw) > _MAX_DIGITS:
        raise WrongParameterError(f"Parameter '{name}' must be a number, got {quote(raw, 60)}")
    value = float(raw)
    if not math.isfinite(value):
        raise WrongParameterError(f"Parameter '{name}' is out of range: {quote(raw, 60)}")
    return int(value) if value.is_integer() and abs(value) < 2**53 else value


def check_body(operation: Operation, body: Json) -> None:
    if operation.body is not None and (operation.body_fast is None or not operation.body_fast(body)):
        _raise_first(operation.body, body, None)


def _raise_first(check: Draft202012Validator, value: Json, label: str | None) -> None:
    # The most relevant of the first errors: a body of 10,000 bad items is not read to its end.
    error: ValidationError | None = best_match(itertools.islice(check.iter_errors(value), _MAX_ERRORS))
    if error is None:
        return
    path = ".".join(str(part) for part in error.absolute_path)
    where = label or (f"Field '{path}'" if path else "Body")
    message = describe(error)
    message = message if len(message) <= _MAX_MESSAGE else message[:_MAX_MESSAGE] + "..."
    raise WrongParameterError(f"{where}: {message}")
