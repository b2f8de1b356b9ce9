"""`responseFields`: which fields to answer, nested with parentheses.

    parse("total,items(id,billingPerson(name))")
        -> {"total": None, "items": {"id": None, "billingPerson": {"name": None}}}

A name with no parentheses keeps its whole value; with them, only the listed fields of the
object, or of each object of the array. The parser is lenient as the service is: blanks are
ignored, an unclosed parenthesis closes at the end, a stray `)` is dropped, unknown names
select nothing. It never fails, so no text can make a read fail.
"""

from __future__ import annotations

from typing import Any

Json = Any
Fields = dict[str, "Fields | None"]
_MAX_DEPTH = 32


def parse(text: str) -> Fields:
    root: Fields = {}
    stack: list[Fields] = [root]
    name = ""
    for char in text:
        if char in ",()":
            name = name.strip()
            if char == "(" and name and len(stack) < _MAX_DEPTH:
                child: Fields = {}
                stack[-1][name] = child
                stack.append(child)
            elif name and name not in stack[-1]:
                stack[-1][name] = None
            if char == ")" and len(stack) > 1:
                stack.pop()
            name = ""
        else:
            name += char
    name = name.strip()
    if name and name not in stack[-1]:
        stack[-1][name] = None
    return root


def trim(value: Json, fields: Fields | None) -> Json:
    """`value` reduced to `fields` (None: all of it)."""
    if fields is None:
        return value
    if isinstance(value, list):
        return [trim(item, fields) for item in value]
    if isinstance(value, dict):
        return {key: trim(item, fields[key]) for key, item in value.items() if key in fields}
    return value
