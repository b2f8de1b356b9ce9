"""This project's rules on top of api-smart-diff, for an API whose users are client programs.

The library's verdict stands except where a rule below says otherwise:
* removing an operation, a request parameter or a response field breaks (the library calls
  removing an optional response property non-breaking: a client reading it breaks);
* a changed `type` breaks, in requests and responses alike;
* a new required request field or parameter breaks; a new optional one does not;
* a request enum losing a value breaks; an enum gaining one does not (responses here keep
  enums open, e.g. `anyOf: [ContactType, string]`);
* a scope or requirement added to an operation's `security` breaks: an existing token may
  lack it.
Changes under `components/` that an operation reaches through `$ref` are reported once per
operation (the library resolves references), so the component copy is left out.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from tools.spec_gate._model import Change, RawDiff, Verdict

_METHODS = frozenset({"get", "put", "post", "delete", "options", "head", "patch", "trace"})
_LIBRARY = "api-smart-diff"
B, NB = Verdict.BREAKING, Verdict.NON_BREAKING


def judge(before: dict[str, Any], after: dict[str, Any], diffs: list[RawDiff]) -> list[Change]:
    """Every change between `before` and `after`, judged, in the library's order."""
    reachable = _reachable_components(before) | _reachable_components(after)
    required_pairs = _required_with_property(diffs)
    changes: list[Change] = []
    for raw in diffs:
        path = raw.path
        if _is_required_entry(raw) and (path[:-2], raw.action, _item_value(raw)) in required_pairs:
            continue  # reported with the property it makes required
        if path[:1] == ("paths",) and len(path) >= 3 and path[2] in _METHODS:
            operation, rest = _operation_label(before, after, str(path[1]), str(path[2])), path[3:]
            made_required = (path[:-2], raw.action, path[-1]) in required_pairs
            verdict, what, rule = _judge_operation_diff(raw, rest, made_required)
            if rule == "project: response field removed" and _still_declared(after, path[1], path[2], rest):
                verdict, what, rule = NB, f"{what[: -len(' removed')]} moved within allOf", "project: field moved"
        elif path[:1] == ("components",) and len(path) >= 3 and f"#/components/{path[1]}/{path[2]}" in reachable:
            continue
        else:
            operation = str(path[0]) if path[:1] == ("components",) else "document"
            rest = path[1:] if operation == "components" else path
            verdict, what, rule = _judge_other_diff(raw, rest)
        changes.append(Change(operation, _pointer(raw, rest), what, verdict, rule))
    return changes


def _judge_operation_diff(raw: RawDiff, rest: tuple[str | int, ...], made_required: bool) -> tuple[Verdict, str, str]:
    lib, action = raw.type, raw.action
    tail = rest[-1] if rest else None
    parent = rest[-2] if len(rest) >= 2 else None
    side = (
        "request"
        if rest[:1] in (("requestBody",), ("parameters",))
        else "response"
        if rest[:1] == ("responses",)
        else ""
    )

    def verdict(wanted: Verdict, what: str, rule: str) -> tuple[Verdict, str, str]:
        return wanted, what, (_LIBRARY if wanted == lib else f"project: {rule}")

    if not rest:
        return verdict(B if action == "remove" else lib, f"operation {_past(action)}", "operation removed")
    if rest[0] == "security":
        if action == "remove":
            return verdict(NB, f"security {_value_text(raw)} removed", "security relaxed")
        return verdict(B, f"security {_value_text(raw)} {_past(action)}", "scope added")
    if tail == "type" and action == "replace":
        return verdict(B, f"{side} type changed from {raw.before!r} to {raw.after!r}", "type changed")
    if parent == "enum":
        if action == "add":
            return verdict(NB, f"{side} enum value {raw.after!r} added (widened)", "enum widened")
        if action == "remove" and side == "request":
            return verdict(B, f"request enum value {raw.before!r} removed (narrowed)", "request enum narrowed")
    if parent == "properties":
        name = str(tail)
        if action == "remove" and side == "response":
            return verdict(B, f"response field {name!r} removed", "response field removed")
        if action == "add" and made_required and side == "request":
            return verdict(B, f"required request field {name!r} added", "required request field added")
        if action == "add":
            return verdict(
                NB, f"{'required ' if made_required else 'optional '}{side} field {name!r} added", "field added"
            )
    if parent == "required" and action == "add" and side == "request":
        return verdict(B, f"request field {_item_value(raw)!r} made required", "field made required")
    if rest[0] == "parameters" and len(rest) == 2:
        if action == "remove":
            return verdict(B, f"parameter {raw.parameter} removed", "parameter removed")
        if action == "add":
            required = isinstance(raw.after, dict) and raw.after.get("required") is True
            kind = "required" if required else "optional"
            return verdict(B if required else NB, f"{kind} parameter {raw.parameter} added", "parameter added")
    if rest[0] == "parameters" and tail == "required" and raw.after is True:
        return verdict(B, f"parameter {raw.parameter} made required", "parameter made required")
    return lib, raw.description or f"{_past(action)}: {_pointer(raw, rest)}", _LIBRARY


def _judge_other_diff(raw: RawDiff, rest: tuple[str | int, ...]) -> tuple[Verdict, str, str]:
    if rest[:1] == ("security",) and raw.action != "remove":
        return B, f"default security {_value_text(raw)} {_past(raw.action)}", "project: scope added"
    return raw.type, raw.description or f"{_past(raw.action)}: {_pointer(raw, rest)}", _LIBRARY


def _still_declared(doc: dict[str, Any], path: str | int, method: str | int, rest: tuple[str | int, ...]) -> bool:
    """Whether a response property removed from one `allOf` part is still declared by another
    part of the same schema in `doc` (moved between the parts: a client sees no change)."""
    if len(rest) < 4 or rest[-4] != "allOf":
        return False
    node: Any = doc.get("paths", {}).get(path, {}).get(method)
    for seg in rest[:-4]:
        node = _deref(doc, node)
        if isinstance(node, dict):
            node = node.get(str(seg)) if not isinstance(seg, int) else node.get(seg)
        elif isinstance(node, list) and isinstance(seg, int) and 0 <= seg < len(node):
            node = node[seg]
        else:
            return False
    return rest[-1] in _flat_properties(doc, node)


def _deref(doc: dict[str, Any], node: Any) -> Any:
    for _ in range(64):  # bounded: a cycle of $refs ends here
        if not (isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"].startswith("#/")):
            return node
        target: Any = doc
        for part in node["$ref"][2:].split("/"):
            target = target.get(part.replace("~1", "/").replace("~0", "~"), {}) if isinstance(target, dict) else {}
        node = target
    return node


def _flat_properties(doc: dict[str, Any], schema: Any, depth: int = 0) -> set[str]:
    schema = _deref(doc, schema)
    if not isinstance(schema, dict) or depth > 32:
        return set()
    names = set(schema.get("properties", {}))
    for part in schema.get("allOf", []):
        names |= _flat_properties(doc, part, depth + 1)
    return names


def _pointer(raw: RawDiff, rest: tuple[str | int, ...]) -> str:
    """JSON pointer of `rest`; parameters by `in:name`, enum/required/scope items by value."""
    parts: list[str] = []
    for i, seg in enumerate(rest):
        prev = rest[i - 1] if i else None
        if prev == "parameters" and isinstance(seg, int) and raw.parameter:
            seg = raw.parameter
        elif i == len(rest) - 1 and isinstance(seg, int) and _is_item_list(rest, i):
            seg = str(_item_value(raw))
        parts.append(str(seg).replace("~", "~0").replace("/", "~1"))
    return "/" + "/".join(parts)


def _is_item_list(rest: tuple[str | int, ...], i: int) -> bool:
    """Whether rest[i] indexes a list whose items are known by value: enum, required, scopes."""
    if rest[i - 1] in ("enum", "required"):
        return True
    return i >= 3 and rest[i - 3] == "security"


def _is_required_entry(raw: RawDiff) -> bool:
    return len(raw.path) >= 2 and raw.path[-2] == "required" and isinstance(raw.path[-1], int)


def _item_value(raw: RawDiff) -> Any:
    return raw.after if raw.action == "add" else raw.before


def _required_with_property(diffs: list[RawDiff]) -> set[tuple[tuple[str | int, ...], str, Any]]:
    """(schema path, action, name) where a property and its `required` entry change together."""
    props = {(d.path[:-2], d.action, d.path[-1]) for d in diffs if len(d.path) >= 2 and d.path[-2] == "properties"}
    pairs = {(d.path[:-2], d.action, _item_value(d)) for d in diffs if _is_required_entry(d)}
    return props & pairs


def _operation_label(before: dict[str, Any], after: dict[str, Any], path: str, method: str) -> str:
    for doc in (after, before):
        operation = doc.get("paths", {}).get(path, {}).get(method)
        if isinstance(operation, dict) and operation.get("operationId"):
            return str(operation["operationId"])
    return f"{method.upper()} {path}"


def _reachable_components(doc: dict[str, Any]) -> set[str]:
    """`#/components/<kind>/<name>` of every component the operations reach."""
    seen: set[str] = set()
    pending = list(_refs(doc.get("paths", {})))
    while pending:
        ref = pending.pop()
        parts = ref.split("/")
        if len(parts) < 4 or parts[:2] != ["#", "components"]:
            continue
        key = "/".join(parts[:4])
        if key in seen:
            continue
        seen.add(key)
        pending.extend(_refs(doc.get("components", {}).get(parts[2], {}).get(parts[3], {})))
    for requirement in _security_requirements(doc):
        seen.update(f"#/components/securitySchemes/{name}" for name in requirement)
    return seen


def _refs(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                yield value
            else:
                yield from _refs(value)
    elif isinstance(node, list):
        for item in node:
            yield from _refs(item)


def _security_requirements(doc: dict[str, Any]) -> Iterator[dict[str, Any]]:
    yield from doc.get("security", []) or []
    for item in doc.get("paths", {}).values():
        for method, operation in item.items():
            if method in _METHODS and isinstance(operation, dict):
                yield from operation.get("security", []) or []


def _value_text(raw: RawDiff) -> str:
    value = _item_value(raw)
    if isinstance(value, str):
        return f"scope {value!r}"
    return f"requirement {value!r}"


def _past(action: str) -> str:
    return {"add": "added", "remove": "removed", "replace": "replaced", "rename": "renamed"}.get(action, action)
