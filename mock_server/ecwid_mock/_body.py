"""Request bodies at the door: read, parsed, and refused when the mock could not keep them.

What a request body may not carry, whatever the schema says (each 400 `WRONG_PARAMETER`
naming the field):

- nesting deeper than `MAX_DEPTH` (the spec's deepest field is 3 levels down): deeper JSON
  would only reach Python's recursion limit somewhere in validation or encoding;
- a lone UTF-16 surrogate (`"\\ud800"`) in a string or a key: JSON can carry it, UTF-8
  cannot, so it could not be served back. NUL and other control characters are kept
  (they round-trip as `\\u0000`).

Numbers: NaN and Infinity are not JSON; a number out of the float range is refused; an
integral number is read as an integer, exactly (`7.0` and `7e0` are `7`).
"""

from __future__ import annotations

import json
import math
import re
from decimal import Decimal
from typing import Any

from starlette.requests import Request

from ._errors import PayloadTooLargeError, UnsupportedMediaTypeError, WrongParameterError

MAX_BODY = 1024 * 1024
MAX_DEPTH = 32
_JSON_TYPES = ("application/json", "text/json")
_DIGITS = re.compile(r"[0-9]{1,19}")  # ASCII digits only: str.isdigit() also takes '²'


async def read_json(request: Request) -> Any:
    """The body as JSON: 413 over 1 MiB (declared or read), 415 not JSON, 400 malformed."""
    declared = request.headers.get("content-length", "")
    if _DIGITS.fullmatch(declared) and int(declared) > MAX_BODY:
        raise PayloadTooLargeError(MAX_BODY)
    raw = bytearray()
    async for chunk in request.stream():
        raw += chunk
        if len(raw) > MAX_BODY:
            raise PayloadTooLargeError(MAX_BODY)
    media_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if media_type not in _JSON_TYPES:
        raise UnsupportedMediaTypeError
    if not raw.strip():
        raise WrongParameterError("Request body is required")
    try:
        body = json.loads(raw, parse_float=_number, parse_constant=_no_constant)
    except (ValueError, RecursionError):
        raise WrongParameterError("Request body is not valid JSON") from None
    check_storable(body)
    return body


def check_storable(body: Any) -> None:
    """Refuse what could not be stored and served back (see the module); no recursion."""
    stack: list[tuple[Any, tuple[str, ...]]] = [(body, ())]
    while stack:
        value, path = stack.pop()
        if len(path) > MAX_DEPTH:
            where = ".".join(path[:MAX_DEPTH])
            raise WrongParameterError(f"Field '{where}': nested deeper than {MAX_DEPTH} levels")
        if isinstance(value, str):
            _check_text(value, path)
        elif isinstance(value, dict):
            for key, item in value.items():
                _check_text(key, (*path, key))
                stack.append((item, (*path, key)))
        elif isinstance(value, list):
            stack.extend((item, (*path, str(index))) for index, item in enumerate(value))


def _check_text(text: str, path: tuple[str, ...]) -> None:
    if text.isascii():
        return
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        where = ".".join(path).encode("utf-8", "backslashreplace").decode("ascii", "backslashreplace")
        raise WrongParameterError(
            f"Field '{where}': a lone UTF-16 surrogate is not text (it cannot be encoded as UTF-8)"
        ) from None


def _number(text: str) -> float | int:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(f"number out of range: {text[:20]}")
    if value.is_integer():
        return int(Decimal(text))
    return value


def _no_constant(text: str) -> None:
    raise ValueError(f"{text} is not JSON")
