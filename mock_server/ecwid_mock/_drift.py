"""Drift: response fields the service sends that the document does not declare.

The document lets objects carry more fields (Ecwid adds fields over time), so an undeclared
field is no violation; it is what the spec is missing. `undeclared(spec, schema, value)`
walks a response against its schema (through `$ref`, `allOf`, `anyOf`/`oneOf`, `items`,
`properties`, `patternProperties`, `additionalProperties`) and yields the path of every field
no schema declares: `/billingPerson/vatNumber`, array items as `*`
(`/shippingAddresses/*/note`). Below an undeclared field nothing more is reported: its path
is the news.

A record, the same in the proxy's report, `reports/drift.json` and `make drift`:

    {"kind": "drift", "operationId": "getCustomer", "status": 200,
     "path": "/billingPerson/vatNumber", "example": {"type": "string", "length": 11}, "count": 3}

`example` never holds a value: strings give their length, arrays their length, objects
their number of keys, numbers and booleans their type only.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from ._responses import OperationIndex, compile_responses
from ._spec import Json, Spec

DriftRecord = dict[str, Any]
_MAX_DEPTH = 64


def example_of(value: Json) -> dict[str, Any]:
    """What a value looks like, never what it is."""
    if isinstance(value, bool):
        return {"type": "boolean"}
    if isinstance(value, int):
        return {"type": "integer"}
    if isinstance(value, float):
        return {"type": "number"}
    if isinstance(value, str):
        return {"type": "string", "length": len(value)}
    if isinstance(value, list):
        return {"type": "array", "length": len(value)}
    if isinstance(value, dict):
        return {"type": "object", "keys": len(value)}
    return {"type": "null"}


def undeclared(spec: Spec, schema: Json, value: Json, path: str = "") -> Iterator[tuple[str, Json]]:
    """(field path, value) for every field of `value` that `schema` does not declare."""
    yield from _walk(spec, _flatten(spec, [schema]), value, path, 0)


def _flatten(spec: Spec, schemas: Iterable[Json], depth: int = 0) -> list[dict[str, Any]]:
    """The schemas that apply to one value: `$ref` followed, `allOf` parts and every
    `anyOf`/`oneOf` branch included (a field any branch declares is declared)."""
    flat: list[dict[str, Any]] = []
    for schema in schemas:
        node = spec.resolve(schema)
        if not isinstance(node, dict) or depth > _MAX_DEPTH:
            continue
        flat.append(node)
        for keyword in ("allOf", "anyOf", "oneOf"):
            flat.extend(_flatten(spec, node.get(keyword, []), depth + 1))
    return flat


def _walk(spec: Spec, schemas: list[dict[str, Any]], value: Json, path: str, depth: int) -> Iterator[tuple[str, Json]]:
    if depth > _MAX_DEPTH:
        return
    if isinstance(value, list):
        items = [s["items"] for s in schemas if isinstance(s.get("items"), dict)]
        if items:
            for item in value:
                yield from _walk(spec, _flatten(spec, items), item, f"{path}/*", depth + 1)
        return
    if not isinstance(value, dict):
        return
    objects = [s for s in schemas if _describes_object(s)]
    if not objects:  # nothing says what this object holds (or it should not be one: a violation)
        return
    for key, item in value.items():
        child = _escape(key)
        declared = [s["properties"][key] for s in objects if key in (s.get("properties") or {})]
        declared += [
            sub
            for s in objects
            for pattern, sub in (s.get("patternProperties") or {}).items()
            if re.search(pattern, key)
        ]
        extra = [s["additionalProperties"] for s in objects if isinstance(s.get("additionalProperties"), dict)]
        if declared:
            yield from _walk(spec, _flatten(spec, declared), item, f"{path}/{child}", depth + 1)
        elif extra:  # a map: its keys are data, so they are all one path
            yield from _walk(spec, _flatten(spec, extra), item, f"{path}/*", depth + 1)
        elif not any(s.get("additionalProperties") is False for s in objects):
            yield f"{path}/{child}", item


def _describes_object(schema: dict[str, Any]) -> bool:
    return schema.get("type") == "object" or any(
        key in schema for key in ("properties", "patternProperties", "additionalProperties")
    )


def _escape(key: str) -> str:
    return key.replace("~", "~0").replace("/", "~1")


class DriftCollector:
    """Counts undeclared response fields per (operation, status, path); thread-safe.

    `observe(method, url_path, status, body)` matches the operation from the document's paths
    (below `base_path`, by default the document's server path `/api/v3`) and answers the
    records seen for the first time, which a caller may write at once.
    """

    def __init__(self, spec: Spec, base_path: str | None = None) -> None:
        self.spec = spec
        self.index = OperationIndex(spec, base_path)
        self.rules = compile_responses(spec)
        self._records: dict[tuple[str, int, str], DriftRecord] = {}
        self._lock = threading.Lock()

    def observe(self, method: str, url_path: str, status: int, body: Json) -> list[DriftRecord]:
        found = self.index.match(method, url_path)
        if found is None:
            return []
        return self.observe_operation(found[0].operation_id, status, body)

    def observe_bytes(
        self, method: str, url_path: str, status: int, content_type: str, body: bytes
    ) -> list[DriftRecord]:
        """As `observe`, from a raw answer: only JSON bodies are walked."""
        if "json" not in content_type.lower() or not body:
            return []
        try:
            document = json.loads(body)
        except (ValueError, RecursionError):
            return []
        return self.observe(method, url_path, status, document)

    def observe_operation(self, operation_id: str, status: int, body: Json) -> list[DriftRecord]:
        rules = self.rules.get(operation_id)
        schema = None if rules is None else rules.schema(status)
        if schema is None:
            return []
        new = []
        with self._lock:
            for path, value in undeclared(self.spec, schema, body):
                key = (operation_id, status, path)
                record = self._records.get(key)
                if record is None:
                    record = self._records[key] = drift_record(operation_id, status, path, example_of(value), 0)
                    new.append(dict(record, count=1))
                record["count"] += 1
        return new

    def records(self) -> list[DriftRecord]:
        with self._lock:
            return sorted((dict(r) for r in self._records.values()), key=_order)


def drift_record(operation_id: str, status: int, path: str, example: dict[str, Any], count: int) -> DriftRecord:
    return {
        "kind": "drift",
        "operationId": operation_id,
        "status": status,
        "path": path,
        "example": example,
        "count": count,
    }


def _order(record: DriftRecord) -> tuple[str, int, str]:
    return str(record.get("operationId")), int(record.get("status") or 0), str(record.get("path"))


def _key(record: DriftRecord) -> tuple[str, int, str]:
    return _order(record)


def read_drift(path: str | Path) -> list[DriftRecord]:
    """Drift records from a proxy report (JSON Lines) or a drift.json (a JSON array).

    Within one proxy report a later line for the same (operation, status, path) supersedes
    an earlier one: its count is the total so far.
    """
    text = Path(path).read_text(encoding="utf-8")
    stripped = text.lstrip()
    if stripped.startswith("["):
        loaded = json.loads(stripped)
        lines = loaded if isinstance(loaded, list) else []
    else:
        lines = [json.loads(line) for line in text.splitlines() if line.strip()]
    latest: dict[tuple[str, int, str], DriftRecord] = {}
    for record in lines:
        if isinstance(record, dict) and record.get("kind") == "drift":
            latest[_key(record)] = record
    return list(latest.values())


def merge_drift(groups: Iterable[Iterable[DriftRecord]]) -> list[DriftRecord]:
    """One record per (operation, status, path): counts added, the first example kept."""
    merged: dict[tuple[str, int, str], DriftRecord] = {}
    for records in groups:
        for record in records:
            key = _key(record)
            if key in merged:
                merged[key]["count"] += int(record.get("count", 1))
            else:
                merged[key] = drift_record(
                    key[0], key[1], key[2], record.get("example", {}), int(record.get("count", 1))
                )
    return sorted(merged.values(), key=_order)


def write_drift(path: str | Path, records: Iterable[DriftRecord]) -> None:
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(list(records), indent=2) + "\n", encoding="utf-8")


def drift_table(records: Iterable[DriftRecord]) -> str:
    """A Markdown table of drift records (`_no drift_` when there is none)."""
    rows = []
    for r in records:
        example = _example_text(r.get("example", {}))
        rows.append(f"| `{r['operationId']}` | {r['status']} | `{r['path']}` | {example} | {r['count']} |")
    if not rows:
        return "_no drift: every response field seen is declared by the spec_\n"
    return "\n".join(["| operation | status | field path | example | seen |", "|---|---|---|---|---|", *rows]) + "\n"


def _example_text(example: dict[str, Any]) -> str:
    details = ", ".join(f"{k} {v}" for k, v in example.items() if k != "type")
    return f"{example.get('type', '?')}" + (f" ({details})" if details else "")
