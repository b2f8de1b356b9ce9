"""Schemathesis property tests of the spec against the target.

`test_api` runs every operation in positive and negative modes through the examples,
coverage and fuzzing phases, applying every check (less the one `schemathesis.toml` turns off,
with its reason). `test_customer_lifecycle_stateful` follows the spec's links: create →
search by email, update, get, delete → get (404); create group → get, rename, delete, search
its customers.
"""

from __future__ import annotations

import itertools
import os
import tomllib
from pathlib import Path
from typing import Any

import hypothesis
import pytest
import requests
import schemathesis
from schemathesis.config import SchemathesisConfig
from schemathesis.schemas import BaseSchema

from contract_tests import _report, st_hooks  # noqa: F401 - st_hooks registers the suite's schemathesis hooks
from contract_tests._client import Customers
from contract_tests._target import Target, live_from_env
from ecwid_mock import DEFAULT_STORE_ID, DEFAULT_TOKEN

Case = schemathesis.Case[Any]
ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "openapi" / "ecwid-customers.yaml"


def _config() -> SchemathesisConfig:
    """schemathesis.toml, with `path.storeId` pinned to the target's store.

    The mock (and Ecwid) binds a token to one store, so every other drawn storeId would be
    refused and almost nothing positive would get through.
    """
    with (ROOT / "schemathesis.toml").open("rb") as f:
        data = tomllib.load(f)
    live = live_from_env()
    data.setdefault("parameters", {})["path.storeId"] = live.store_id if live else DEFAULT_STORE_ID
    # The token is schemathesis' to apply (not a header we force on every call), so that the
    # negative cases that leave it out really go without it.
    token = live.token if live else DEFAULT_TOKEN
    data.setdefault("auth", {}).setdefault("openapi", {})["bearerAuth"] = {"bearer": token}
    return SchemathesisConfig.from_dict(data, base_dir=str(ROOT))


_counter = itertools.count(1)
ENABLED_LANGUAGE = os.environ.get("ECWID_LANGUAGE", "en")
_live = live_from_env()
schema: BaseSchema = schemathesis.openapi.from_path(SPEC, config=_config())
if _live is not None and not _live.allow_writes:
    schema = schema.include(method="GET")


def _call_kwargs(target: Target, session: requests.Session) -> dict[str, Any]:
    return {"base_url": target.base_url, "session": session}


@schema.parametrize()
def test_api(case: Case, target: Target, http_session: requests.Session, property_customers: Customers) -> None:
    _tag_created_email(case, target)
    _report.record(case.operation.label, _mode(case))
    kwargs = _call_kwargs(target, http_session)
    response = case.call(**kwargs)
    _remember_created(case, response, property_customers)
    case.validate_response(response, transport_kwargs=kwargs)


@pytest.mark.writes
def test_customer_lifecycle_stateful(
    target: Target, http_session: requests.Session, property_customers: Customers
) -> None:
    class CustomerLifecycle(schema.as_state_machine()):  # type: ignore[misc]
        def get_call_kwargs(self, case: Case) -> dict[str, Any]:
            return _call_kwargs(target, http_session)

        def before_call(self, case: Case) -> None:
            _tag_created_email(case, target)
            _report.record(case.operation.label, "stateful")

        def after_call(self, response: Any, case: Case) -> None:
            super().after_call(response, case)
            _remember_created(case, response, property_customers)

    CustomerLifecycle.run(
        settings=hypothesis.settings(
            max_examples=100,
            stateful_step_count=8,
            deadline=None,
            derandomize=False,
            suppress_health_check=list(hypothesis.HealthCheck),
            phases=[hypothesis.Phase.generate],
        )
    )


def _mode(case: Case) -> str:
    return case.meta.generation.mode.value if case.meta is not None else "explicit"


def _tag_created_email(case: Case, target: Target) -> None:
    """Positive writes use a run-tagged @example.com address, so a live store can be cleaned up,
    and a language the store has enabled (`ENABLED_LANGUAGE`): any other is refused (400
    `LANGUAGES_NOT_ALLOWED`), which the spec documents but a generator cannot know.

    Negative cases are left as generated: their email may be the very thing made invalid.
    """
    body = case.body
    if case.operation.method.upper() not in ("POST", "PUT") or _mode(case) != "positive":
        return
    if isinstance(body, dict) and isinstance(body.get("email"), str):
        body["email"] = target.email(f"st-{next(_counter)}")
    if isinstance(body, dict) and isinstance(body.get("lang"), str):
        body["lang"] = ENABLED_LANGUAGE


def _remember_created(case: Case, response: Any, customers: Customers) -> None:
    """Hand every customer and group the property tests create to the clean-up at the end of the run."""
    if case.operation.method.upper() != "POST" or response.status_code != 200:
        return
    try:
        created_id = response.json()["id"]
    except (ValueError, KeyError, TypeError):
        return  # the checks report the malformed body
    if isinstance(created_id, int):
        made = customers.groups if case.operation.path.endswith("customer_groups") else customers.created
        made.append(created_id)
