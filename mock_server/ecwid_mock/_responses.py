"""What the document promises about answers, compiled with the mock's own validator machinery.

    rules = compile_responses(spec)          # operationId -> ResponseRules
    index = OperationIndex(spec)             # (method, URL path) -> the operation, path params
    problems = rules["getCustomer"].check(200, headers, body_bytes, has_body=True)

For each operation: the documented statuses (exact, `4XX`-style ranges, `default`), each
status's media types and body schema, and its headers (required ones must be there, present
ones must match their schema: `Retry-After` on 429). Schemas are compiled by `Spec.validator`,
jsonschema Draft 2020-12 against the whole document, the same as the request checks, so
Ecwid's datetimes are checked by the spec's own patterns.

Messages never quote a value: they name the keyword, the expected value and the type (and
length) of what was found, so no personal data and no token reaches a report.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from urllib.parse import unquote, urlsplit

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError

from ._spec import Json, Operation, Spec

MAX_PROBLEMS = 20  # a body that breaks everything is reported by its first problems
_INTEGER = re.compile(r"-?[0-9]+")


@dataclass(frozen=True)
class Problem:
    """One broken promise: `pointer` is a JSON pointer into the exchange (`/body/id`,
    `/headers/Retry-After`, `/status`, `/content-type`, `/path/customerId`)."""

    pointer: str
    message: str


@dataclass(frozen=True)
class HeaderRule:
    name: str
    required: bool
    kind: str | None
    validator: Draft202012Validator = field(repr=False)


@dataclass(frozen=True)
class StatusRule:
    status: str  # "200", "4XX", "default"
    media_types: Mapping[str, Draft202012Validator | None] = field(repr=False)
    schemas: Mapping[str, Json] = field(repr=False)
    headers: tuple[HeaderRule, ...] = ()


@dataclass(frozen=True)
class ResponseRules:
    operation: Operation
    statuses: Mapping[str, StatusRule]

    def rule(self, status: int) -> StatusRule | None:
        for key in (str(status), f"{status // 100}XX", f"{status // 100}xx", "default"):
            if key in self.statuses:
                return self.statuses[key]
        return None

    def schema(self, status: int, media_type: str = "application/json") -> Json:
        """The body schema documented for `status` (None where there is none)."""
        rule = self.rule(status)
        return None if rule is None else rule.schemas.get(media_type)

    def check(self, status: int, headers: Mapping[str, str], body: bytes, *, has_body: bool = True) -> list[Problem]:
        """Every way the answer breaks the document (empty: it keeps it). `headers` is
        case-insensitive (httpx's or Starlette's); `has_body` is False for HEAD."""
        rule = self.rule(status)
        if rule is None:
            documented = ", ".join(self.statuses)
            return [
                Problem(
                    "/status",
                    f"status {status} is not documented for {self.operation.operation_id} (documented: {documented})",
                )
            ]
        problems = list(_check_headers(rule, headers))
        if not rule.media_types or not has_body:
            return problems
        media_type = headers.get("content-type", "").split(";")[0].strip().lower()
        if media_type not in rule.media_types:
            listed = ", ".join(rule.media_types)
            found = media_type or "no Content-Type"
            return [*problems, Problem("/content-type", f"{found} is not documented for {status} (expected {listed})")]
        validator = rule.media_types[media_type]
        if validator is None:
            return problems
        try:
            document = json.loads(body)
        except (ValueError, RecursionError):
            return [*problems, Problem("/body", f"the body is not JSON ({len(body)} bytes)")]
        return [*problems, *schema_problems(validator, document, "/body")]


def schema_problems(validator: Draft202012Validator, value: Json, prefix: str) -> list[Problem]:
    """Up to MAX_PROBLEMS errors of `value`, each at its JSON pointer under `prefix`."""
    found: list[Problem] = []
    for error in validator.iter_errors(value):
        found.extend(_leaf_problems(error, prefix))
        if len(found) >= MAX_PROBLEMS:
            break
    return found[:MAX_PROBLEMS]


def _leaf_problems(error: ValidationError, prefix: str) -> Iterator[Problem]:
    """anyOf/oneOf errors name their branches' own errors; the others are reported as they are."""
    keyword = str(error.validator)
    if keyword in ("anyOf", "oneOf") and error.context:
        best = min(error.context, key=lambda e: len(e.relative_path))  # shallowest: the likeliest branch
        depth = [e for e in error.context if len(e.relative_path) == len(best.relative_path)]
        messages = sorted({describe(e) for e in depth})
        yield Problem(pointer(prefix, error.absolute_path), f"matches none of {keyword}: {'; '.join(messages)}")
        return
    yield Problem(pointer(prefix, error.absolute_path), describe(error))


def pointer(prefix: str, parts: Iterable[str | int]) -> str:
    tokens = [str(part).replace("~", "~0").replace("/", "~1") for part in parts]
    return prefix + "".join(f"/{token}" for token in tokens)


def describe(error: ValidationError) -> str:
    """The error without the instance's value: keyword, expectation, and what was found."""
    keyword, expected, found = str(error.validator), error.validator_value, kind_of(error.instance)
    if keyword == "type":
        return f"expected type {expected}, got {found}"
    if keyword == "required":
        return error.message  # "'id' is a required property": a key of the schema, not a value
    if keyword == "pattern":
        return f"{found} does not match the pattern {expected}"
    if keyword == "format":
        return f"{found} is not a valid {expected}"
    if keyword in ("enum", "const"):
        shown = json.dumps(expected)[:200]
        return f"{found} is not {'one of ' if keyword == 'enum' else ''}{shown}"
    if keyword == "additionalProperties" and expected is False:
        return "a property the schema forbids"
    if isinstance(expected, bool | int | float | str):
        return f"{found} fails {keyword} {expected}"
    return f"{found} fails {keyword}"


def kind_of(value: Json) -> str:
    """A value's JSON type, with the length of strings and arrays: never the value itself."""
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return f"string (length {len(value)})"
    if isinstance(value, list):
        return f"array (length {len(value)})"
    if isinstance(value, dict):
        return "object"
    return "null"


def _check_headers(rule: StatusRule, headers: Mapping[str, str]) -> Iterator[Problem]:
    for header in rule.headers:
        where = f"/headers/{header.name}"
        if header.name.lower() not in headers and header.name not in headers:
            if header.required:
                yield Problem(where, f"the required header {header.name} is missing")
            continue
        raw = headers.get(header.name.lower(), headers.get(header.name, ""))
        value: Json = raw
        if header.kind == "integer":
            if not _INTEGER.fullmatch(raw.strip()):
                yield Problem(where, f"expected an integer, got {kind_of(raw)}")
                continue
            value = int(raw.strip())
        yield from schema_problems(header.validator, value, where)


def compile_responses(spec: Spec) -> dict[str, ResponseRules]:
    """operationId -> what the document says its answers are."""
    compiled: dict[str, ResponseRules] = {}
    for operation in spec.operations.values():
        raw = spec.document["paths"][operation.path][operation.method.lower()].get("responses", {})
        statuses = {}
        for status, response in raw.items():
            response = spec.resolve(response)
            content = response.get("content") or {}
            schemas = {media.lower(): spec.resolve(body).get("schema") for media, body in content.items()}
            media_types = {
                media: None if schema is None else spec.validator(schema) for media, schema in schemas.items()
            }
            headers = []
            for name, header in (response.get("headers") or {}).items():
                header = spec.resolve(header)
                schema = header.get("schema", {})
                kind = spec.resolve(schema).get("type") if isinstance(schema, dict) else None
                headers.append(HeaderRule(name, bool(header.get("required")), kind, spec.validator(schema)))
            statuses[str(status)] = StatusRule(str(status), media_types, schemas, tuple(headers))
        compiled[operation.operation_id] = ResponseRules(operation, statuses)
    return compiled


class OperationIndex:
    """Finds the operation a request is for, from the document's paths alone.

    `path` is the URL path below the API base (`base_path`, by default the path of the
    document's first server, `/api/v3`); a literal segment wins over a template
    (`/{storeId}/customers/groups` before `/{storeId}/customers/{customerId}`). HEAD is
    matched as GET, as the service serves it.
    """

    def __init__(self, spec: Spec, base_path: str | None = None) -> None:
        self.base_path = (base_path if base_path is not None else default_base_path(spec)).rstrip("/")
        routes = []
        for operation in spec.operations.values():
            segments = operation.path.strip("/").split("/")
            literal = sum(1 for s in segments if not s.startswith("{"))
            routes.append(
                (-len(segments), -literal, operation.path, operation.method, _template(operation.path), operation)
            )
        routes.sort(key=lambda route: route[:4])
        self._routes = [(method, regex, operation) for _, _, _, method, regex, operation in routes]

    def relative(self, url_path: str) -> str | None:
        """The path below the base, or None when `url_path` is not under it."""
        if not self.base_path:
            return url_path
        if url_path == self.base_path or url_path.startswith(self.base_path + "/"):
            return url_path[len(self.base_path) :] or "/"
        return None

    def match(self, method: str, url_path: str) -> tuple[Operation, dict[str, str]] | None:
        """The operation for `method` on `url_path` (a full URL path), and its path parameters."""
        relative = self.relative(url_path)
        if relative is None:
            return None
        method = "GET" if method.upper() == "HEAD" else method.upper()
        for route_method, (regex, names), operation in self._routes:
            found = regex.fullmatch(relative)
            if found is not None and route_method == method:
                return operation, {name: unquote(value) for name, value in zip(names, found.groups(), strict=True)}
        return None


def default_base_path(spec: Spec) -> str:
    servers = spec.document.get("servers") or [{}]
    return urlsplit(str(servers[0].get("url", ""))).path.rstrip("/")


def _template(path: str) -> tuple[re.Pattern[str], tuple[str, ...]]:
    """`/{storeId}/customers` -> a pattern with one group a parameter, and the parameters' names."""
    pattern, names = "", []
    for part in re.split(r"(\{[^}/]+\})", path):
        if part.startswith("{") and part.endswith("}"):
            pattern += "([^/]+)"
            names.append(part[1:-1])
        else:
            pattern += re.escape(part)
    return re.compile(pattern), tuple(names)
