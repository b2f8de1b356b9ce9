"""Seed files: known data for the mock at start-up (`--seed-file`) or through the control API.

A seed is a JSON or YAML object:

    languages: [en, fr]                       # optional: the store's enabled languages
    tokens: {secret_abc: [read_customers]}    # optional: tokens and their scopes (start-up only)
    groups:                                   # optional: Create customer group bodies
      - {id: 9367001, name: VIP}              #   each with an optional id of its own
    customers:                                # optional: Create customer bodies
      - {email: ana@example.com, customerGroupId: 9367001}

Every record is validated against the spec's own request schema (`CustomerCreate`,
`CustomerGroupCreate`), then reduced to its writable fields, as a request body would be. A
bad seed raises `SeedError` naming the record and the field (`customers[3].email: ...`), and
nothing is loaded: `read_seed` checks the whole file before the store sees any of it.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import yaml
from jsonschema.exceptions import best_match

from ._body import check_storable
from ._customers import json_copy, new_customer
from ._errors import SeedError, WrongParameterError
from ._messages import describe, quote
from ._spec import Spec

Json = Any
SeedMode = Literal["replace", "merge"]
_KEYS = ("customers", "groups", "languages", "tokens")
_SCHEMAS = {"customers": "CustomerCreate", "groups": "CustomerGroupCreate"}
_MAX_ID = 2**63 - 1


@dataclass(frozen=True)
class Seed:
    """Validated seed records (`_seed.read_seed` makes them): Create bodies, each with an optional `id`.

    `tokens` (token -> scopes) are the app's, given to `create_app`; the store keeps the rest.
    """

    customers: list[dict[str, Json]] = field(default_factory=list)
    groups: list[dict[str, Json]] = field(default_factory=list)
    languages: list[str] | None = None
    tokens: dict[str, list[str]] | None = field(default=None, repr=False)  # for the app, not the store


def plan_seed(
    seed: Seed,
    current: dict[int, Json],
    counters: dict[str, int],
    languages: frozenset[str] | None,
    email_key: Callable[[str], str],
) -> tuple[dict[int, Json | None], dict[int, Json | None], dict[str, int]]:
    """The customers and groups a seed writes over `current` (the stored customers, or {} to
    replace them), and the next ids after it; `SeedError` naming the record when it cannot load.

    A record with the `id` (or, without one, the email) of a stored customer replaces it, so
    merging the same seed twice changes nothing. Nothing is changed here: the store commits.
    """

    def new_id(kind: str) -> int:
        counters[kind] += 1
        return counters[kind] - 1

    groups: dict[int, Json | None] = {}
    for record in seed.groups:
        body = dict(record)
        group_id = body.pop("id", None) or new_id("group")
        counters["group"] = max(counters["group"], group_id + 1)
        groups[group_id] = {"id": group_id, **json_copy(body)}
    owners = {email_key(c["email"]): i for i, c in current.items()}
    seeded: dict[str, int] = {}
    customers: dict[int, Json | None] = {}
    for index, record in enumerate(seed.customers):
        body, where = dict(record), f"customers[{index}]"
        key = email_key(body["email"])
        if key in seeded:
            raise SeedError(f"{where}.email: the email of customers[{seeded[key]}] too")
        seeded[key] = index
        given, owner = body.pop("id", None), owners.get(key)
        customer_id = given or owner or new_id("customer")
        counters["customer"] = max(counters["customer"], customer_id + 1)
        lang = body.get("lang")
        if isinstance(lang, str) and languages is not None and lang not in languages:
            raise SeedError(f"{where}.lang: {quote(lang)} is not an enabled language ({', '.join(sorted(languages))})")
        if owner is not None and owner != customer_id:
            raise SeedError(f"{where}.email: {quote(body['email'])} belongs to customer #{owner} already")
        owners[key] = customer_id
        customers[customer_id] = new_customer(customer_id, body, new_id)
    return customers, groups, counters


def read_seed_file(path: str | os.PathLike[str], spec: Spec) -> Seed:
    """The seed in the JSON or YAML file at `path`, validated."""
    source = Path(path)
    try:
        text = source.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise SeedError(f"{source}: cannot read the seed file: {exc}") from None
    try:
        data = json.loads(text) if source.suffix.lower() == ".json" else yaml.safe_load(text)
    except (ValueError, yaml.YAMLError) as exc:
        raise SeedError(
            f"{source}: not valid {'JSON' if source.suffix.lower() == '.json' else 'YAML'}: {exc}"
        ) from None
    try:
        return read_seed(data, spec)
    except SeedError as exc:
        raise SeedError(f"{source}: {exc}") from None


def read_seed(data: Json, spec: Spec) -> Seed:
    """A seed from its parsed JSON, validated against the spec's request schemas."""
    if not isinstance(data, dict):
        raise SeedError("a seed is an object with `customers`, `groups`, `languages` and `tokens`")
    unknown = sorted(str(key) for key in data if key not in _KEYS)
    if unknown:
        raise SeedError(f"unknown key(s) {', '.join(unknown)}; a seed has {', '.join(_KEYS)}")
    try:
        check_storable(data)  # what a request body may not carry, a seed may not either
    except WrongParameterError as exc:
        raise SeedError(str(exc.detail)) from None
    records = {kind: _records(data, kind, spec) for kind in _SCHEMAS}
    return Seed(
        customers=records["customers"],
        groups=records["groups"],
        languages=_languages(data.get("languages")),
        tokens=_tokens(data.get("tokens"), spec),
    )


def _records(data: dict[str, Json], kind: str, spec: Spec) -> list[dict[str, Json]]:
    items = data.get(kind, [])
    if not isinstance(items, list):
        raise SeedError(f"{kind}: expected a list of records, got {type(items).__name__}")
    schema = {"$ref": f"#/components/schemas/{_SCHEMAS[kind]}"}
    validator = spec.validator(schema)
    seen: set[int] = set()
    records = []
    for index, item in enumerate(items):
        where = f"{kind}[{index}]"
        if not isinstance(item, dict):
            raise SeedError(f"{where}: expected an object, got {type(item).__name__}")
        body = dict(item)
        record_id = body.pop("id", None)
        if record_id is not None:
            if isinstance(record_id, bool) or not isinstance(record_id, int) or not 1 <= record_id <= _MAX_ID:
                raise SeedError(f"{where}.id: expected a positive integer, got {json.dumps(record_id)}")
            if record_id in seen:
                raise SeedError(f"{where}.id: {record_id} is given to another record of {kind} already")
            seen.add(record_id)
        error = best_match(validator.iter_errors(body))
        if error is not None:
            field = ".".join(str(part) for part in error.absolute_path)
            raise SeedError(f"{where}{'.' + field if field else ''}: {describe(error)[:300]}")
        writable = spec.project(body, schema, writable=True)
        records.append(writable if record_id is None else {"id": record_id, **writable})
    return records


def _languages(value: Json) -> list[str] | None:
    if value is None:
        return None
    if not isinstance(value, list) or not all(isinstance(code, str) and code.strip() for code in value):
        raise SeedError("languages: expected a list of language codes, e.g. [en, fr]")
    return [code.strip() for code in value]


def _tokens(value: Json, spec: Spec) -> dict[str, list[str]] | None:
    if value is None:
        return None
    known = {scope for operation in spec.operations.values() for scope in operation.scopes}
    if not isinstance(value, dict):
        raise SeedError("tokens: expected an object of token: [scope, ...]")
    tokens: dict[str, list[str]] = {}
    for position, (token, scopes) in enumerate(value.items()):
        where = f"tokens[{position}]"  # never the token itself: it is a secret
        if not isinstance(token, str) or not token.strip():
            raise SeedError(f"{where}: a token is a non-empty string")
        if not isinstance(scopes, list) or not all(isinstance(s, str) for s in scopes):
            raise SeedError(f"{where}: expected a list of scopes")
        unknown = sorted(set(scopes) - known)
        if unknown:
            raise SeedError(f"{where}: unknown scope(s) {', '.join(unknown)}; known: {', '.join(sorted(known))}")
        tokens[token.strip()] = list(scopes)
    return tokens
