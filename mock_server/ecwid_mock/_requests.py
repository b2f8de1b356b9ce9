"""A request checked against the document without answering it: what the proxy reports.

The mock's own checks, run to the end instead of stopping at the first: each parameter by
`check_params` (one at a time, so each finding names its place), the body by the operation's
compiled body validator, and a bearer token where the operation's `security` asks for one.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Mapping

from . import _spec
from ._errors import WrongParameterError
from ._responses import Problem, schema_problems

JSON_TYPES = ("application/json", "text/json")


def check_request(
    spec: _spec.Spec,
    operation: _spec.Operation,
    path_params: Mapping[str, str],
    query: Mapping[str, str],
    headers: Mapping[str, str],
    body: bytes,
    *,
    has_token: bool,
) -> list[Problem]:
    """Every way the request breaks the document (`headers` case-insensitive)."""
    problems = []
    requirement = spec.document["paths"][operation.path][operation.method.lower()].get(
        "security", spec.document.get("security", [])
    )
    if requirement and not has_token:
        problems.append(Problem("/headers/Authorization", "no `Authorization: Bearer` token; the operation needs one"))
    for param in operation.params:
        single = dataclasses.replace(operation, params=(param,))
        try:
            _spec.check_params(single, path_params, query, headers)
        except WrongParameterError as exc:
            problems.append(Problem(f"/{param.location}/{param.name}", str(exc.detail)))
    if operation.body is None:
        return problems
    media_type = headers.get("content-type", "").split(";")[0].strip().lower()
    if media_type not in JSON_TYPES:
        return [*problems, Problem("/content-type", f"{media_type or 'no Content-Type'}: the body must be JSON")]
    try:
        document = json.loads(body)
    except (ValueError, RecursionError):
        return [*problems, Problem("/body", f"the body is not JSON ({len(body)} bytes)")]
    return [*problems, *schema_problems(operation.body, document, "/body")]
