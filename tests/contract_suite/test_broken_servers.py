"""The contract suite must fail against a broken server: each variant is caught by name.

Each case runs the relevant part of `contract_tests/` in a subprocess against one variant
from `broken.py` (through ECWID_MOCK_FACTORY) and asserts that the named tests fail, with
the named schemathesis check where one applies.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.contract_suite.conftest import run_contract_suite

# variant -> (the part of the suite to run, the tests that must fail, text their failure must show)
CAUGHT_BY = {
    "ignores_auth": (
        "rejects_an_invalid_token or (test_api and POST)",
        ["test_every_operation_rejects_an_invalid_token", "test_api"],
        "API accepts requests without authentication",  # schemathesis' ignored_auth check (ST401)
    ),
    "answers_401": (
        "rejects_an_invalid_token or requires_each_of_its_scopes",
        ["test_every_operation_rejects_an_invalid_token", "test_every_operation_requires_each_of_its_scopes"],
        "401",
    ),
    "loses_writes": (
        "keeps_the_fields_not_sent or replaces_the_arrays",
        ["test_update_customer_keeps_the_fields_not_sent", "test_update_customer_replaces_the_arrays_sent"],
        "changed by the contract suite",
    ),
    "unknown_field_500": (
        "accepts_the_documented_examples or (test_api and PUT)",
        ["test_update_customer_accepts_the_documented_examples", "test_api"],
        "Server error",  # schemathesis' not_a_server_error check (ST1xx)
    ),
    "wrong_type": (
        "round_trips_every_field or (test_api and GET)",
        ["test_create_customer_round_trips_every_field", "test_api"],
        "Response violates schema",  # schemathesis' response_schema_conformance check (ST108)
    ),
    "drops_retry_after": (
        "rate_limit",
        ["test_rate_limit_answers_429_with_retry_after"],
        "429 without Retry-After",
    ),
    "accepts_duplicate_email": (
        "duplicate_email",
        ["test_create_customer_rejects_a_duplicate_email", "test_update_customer_rejects_a_duplicate_email"],
        "must be refused",
    ),
    "search_ignores_a_filter": (
        "filter_finds_what_it_should",
        ["test_search_customers_filter_finds_what_it_should_and_only_that"],
        "countryCodes",
    ),
    "pages_skip_a_customer": (
        "pages_return_each_match_exactly_once",
        ["test_search_customers_pages_return_each_match_exactly_once"],
        "skipped or repeated a customer",
    ),
    "stale_group_name": (
        "rename_shows_in_get_and_search",
        ["test_update_customer_group_rename_shows_in_get_and_search"],
        "stale group name",
    ),
    "drops_address_note": (
        "round_trips_every_field",
        ["test_create_customer_round_trips_every_field"],
        "note was not stored",
    ),
}


def _failures(junit: Path) -> dict[str, str]:
    """Failed test names (parametrization stripped) -> their failure text."""
    failed: dict[str, str] = {}
    for case in ET.parse(junit).getroot().iter("testcase"):
        problems = [*case.findall("failure"), *case.findall("error")]
        if not problems:
            continue
        name = case.get("name", "")
        base = name.split("[")[0]
        text = "\n".join((p.get("message") or "") + "\n" + (p.text or "") for p in problems)
        failed[base] = failed.get(base, "") + text
    return failed


@pytest.mark.parametrize("variant", sorted(CAUGHT_BY))
def test_contract_suite_catches_a_broken_server(variant: str, tmp_path: Path) -> None:
    selection, must_fail, evidence = CAUGHT_BY[variant]
    junit = tmp_path / "junit.xml"
    env = {"ECWID_MOCK_FACTORY": f"tests.contract_suite.broken:{variant}"}
    result = run_contract_suite("-q", "-k", selection, f"--junitxml={junit}", env=env)
    output = result.stdout[-3000:] + result.stderr[-2000:]
    assert result.returncode == 1, f"the suite did not fail against {variant}:\n{output}"
    failed = _failures(junit)
    for name in must_fail:
        assert name in failed, f"{name} did not catch {variant}; failed: {sorted(failed)}\n{output}"
    assert any(evidence in text for text in failed.values()), f"no failure mentions {evidence!r}:\n{output}"
