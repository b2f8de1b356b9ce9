"""Schemathesis hooks of the suite, for pytest (imported by `test_properties`) and the CLI
(`SCHEMATHESIS_HOOKS=contract_tests.st_hooks`).

`schemathesis.toml` pins `path.storeId` to the target's store (a token belongs to one store).
Schemathesis 4.32.5 still draws "negative" storeIds and then overrides them with the pinned
one, so the request it sends is valid, yet it expects a rejection: with an id it saw created
earlier the server rightly answers 200 and `negative_data_rejection` reports a false ST201.
Such cases test nothing, so they are dropped; every other negative case is kept.
"""

from __future__ import annotations

import itertools
import os
from typing import Any

import schemathesis

PINNED_PATH_PARAMETERS = frozenset({"storeId"})


@schemathesis.hook
def filter_case(context: Any, case: Any) -> bool:
    meta = case.meta
    if meta is None or not meta.generation.mode.is_negative:
        return True
    parameter = getattr(meta.phase.data, "parameter", None)
    location = getattr(meta.phase.data, "parameter_location", None)
    return not (parameter in PINNED_PATH_PARAMETERS and str(getattr(location, "value", location)) == "path")


_created = itertools.count(1)


@schemathesis.hook
def before_call(context: Any, case: Any, **kwargs: Any) -> None:
    """Positive writes get an email no other customer has, so that they create (or update).

    Generated emails repeat (`0@A.com` ...): left alone, most positive Creates would answer
    409 and the operations that need a customer would see almost none. The suite's own tests
    tag their emails already (`contract-<run>-...`, for clean-up on a live store); those are
    kept. Negative cases are left as generated: their email may be the very thing made invalid.
    """
    body = case.body
    meta = case.meta
    if case.method.upper() not in ("POST", "PUT") or meta is None or meta.generation.mode.is_negative:
        return
    if isinstance(body, dict) and isinstance(body.get("email"), str) and not body["email"].startswith("contract-"):
        _, _, domain = body["email"].rpartition("@")
        body["email"] = f"st-{os.getpid()}-{next(_created)}@{domain}"
