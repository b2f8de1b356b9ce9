"""Progress, the one-screen summary, `reports/contract-report.md` and `reports/drift.json`.

A pytest plugin (registered by the suite's conftest). The property tests call `record()`
for every request they send; the summary counts them per operation, mode and phase. Spec
drift (`_drift`, live runs only) goes under "Spec drift" and into `reports/drift.json`; with
ECWID_FAIL_ON_DRIFT=1 any drift fails the run.
"""

from __future__ import annotations

import collections
import time
import tomllib
from pathlib import Path
from typing import Any

import pytest

from contract_tests import _drift
from ecwid_mock import drift_table, write_drift

ROOT = Path(__file__).resolve().parents[1]
REPORT = ROOT / "reports" / "contract-report.md"
DRIFT = ROOT / "reports" / "drift.json"

_examples: collections.Counter[tuple[str, str]] = collections.Counter()
_notes: list[str] = []
_started = time.monotonic()


def record(operation: str, mode: str) -> None:
    _examples[(operation, mode)] += 1


def note(line: str) -> None:
    _notes.append(line)


def enabled_checks() -> list[str]:
    """The schemathesis checks this run applies: all registered, less those schemathesis.toml turns off."""
    from schemathesis.checks import CHECKS, load_all_checks

    load_all_checks()
    with (ROOT / "schemathesis.toml").open("rb") as f:
        settings = tomllib.load(f).get("checks", {})
    off = {name for name, value in settings.items() if isinstance(value, dict) and value.get("enabled") is False}
    return sorted(set(CHECKS.get_all_names()) - off)


def _summary(terminalreporter: Any, drift_lines: list[str]) -> list[str]:
    stats = terminalreporter.stats
    counts = {key: len(stats.get(key, [])) for key in ("passed", "failed", "error", "skipped")}
    operations = sorted({op for op, _ in _examples})
    total = sum(_examples.values())
    lines = [f"operations: {len(operations)}   requests sent by property tests: {total}"]
    for op in operations:
        per_mode = ", ".join(f"{mode} {n}" for (o, mode), n in sorted(_examples.items()) if o == op)
        lines.append(f"  {op:<48} {per_mode}")
    checks = enabled_checks()
    lines.append(f"checks ({len(checks)}): {', '.join(checks)}")
    lines.append(
        f"tests: {counts['passed']} passed, {counts['failed']} failed, {counts['error']} errors, "
        f"{counts['skipped']} skipped in {time.monotonic() - _started:.1f} s"
    )
    failed = [report.nodeid for report in stats.get("failed", []) + stats.get("error", [])]
    if failed:
        lines.append("failures:")
        lines.extend(f"  {nodeid}" for nodeid in failed)
    lines.extend(drift_lines)
    lines.extend(f"note: {line}" for line in _notes)
    return lines


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Write `reports/drift.json`; with ECWID_FAIL_ON_DRIFT=1, drift fails the run."""
    drift = _drift.records()
    write_drift(DRIFT, drift)
    if drift and _drift.fail_on_drift():
        note(f"ECWID_FAIL_ON_DRIFT=1: failing the run on {len(drift)} spec drift path(s) (see 'Spec drift')")
        if session.exitstatus == pytest.ExitCode.OK:
            session.exitstatus = pytest.ExitCode.TESTS_FAILED


def _drift_section() -> tuple[list[str], str]:
    """Summary lines and the report's "Spec drift" section."""
    if not _drift.active():
        return [], "## Spec drift\n\nNot collected: the embedded mock answers from the spec itself.\n"
    drift = _drift.records()
    lines = [f"spec drift: {len(drift)} undeclared response field path(s) ({DRIFT.relative_to(ROOT)})"]
    lines.extend(f"  {r['operationId']} {r['status']} {r['path']} (seen {r['count']})" for r in drift)
    intro = "Response fields the target sent that the spec does not declare (not a failure"
    intro += "; ECWID_FAIL_ON_DRIFT=1 makes it one).\n\n"
    return lines, "## Spec drift\n\n" + intro + drift_table(drift)


@pytest.hookimpl(trylast=True)
def pytest_terminal_summary(terminalreporter: Any, exitstatus: int, config: pytest.Config) -> None:
    drift_lines, drift_section = _drift_section()
    lines = _summary(terminalreporter, drift_lines)
    terminalreporter.section("contract summary", sep="=", bold=True)
    for line in lines:
        terminalreporter.write_line(line)
    REPORT.parent.mkdir(parents=True, exist_ok=True)
    failures = []
    for report in terminalreporter.stats.get("failed", []):
        text = str(report.longrepr)
        failures.append(f"### {report.nodeid}\n\n```\n{text[-4000:]}\n```\n")
    REPORT.write_text(
        "# Contract suite report\n\n```\n"
        + "\n".join(lines)
        + "\n```\n\n"
        + drift_section
        + "\n"
        + "\n".join(failures),
        encoding="utf-8",
    )
    terminalreporter.write_line(f"report: {REPORT.relative_to(ROOT)}")
