"""Run in parallel (pytest-xdist, as `make contract` does), the suite's summary and report still
count every request of every worker: each worker runs part of the operations."""

from __future__ import annotations

import re

from contract_tests import _spec
from contract_tests._report import REPORT
from tests.contract_suite.conftest import run_contract_suite


def test_parallel_run_summary_counts_the_requests_of_every_worker() -> None:
    result = run_contract_suite("-n", "2", "-k", "test_api", env={})
    output = result.stdout[-4000:] + result.stderr[-2000:]
    assert result.returncode == 0, output
    assert "2 workers" in result.stdout, output
    total = re.search(r"requests sent by property tests: (\d+)", result.stdout)
    assert total is not None, output
    assert int(total.group(1)) > 0, output
    per_operation = dict(re.findall(r"^  ([A-Z]+ /\S+)\s+(.+)$", result.stdout, re.MULTILINE))
    expected = {f"{method.upper()} {path}" for path, method, _ in _spec.operations()}
    assert set(per_operation) == expected, output
    assert all("negative" in modes and "positive" in modes for modes in per_operation.values()), per_operation
    counted = sum(int(n) for modes in per_operation.values() for n in re.findall(r"\d+", modes))
    assert counted == int(total.group(1))
    assert total.group(0) in REPORT.read_text(encoding="utf-8")
