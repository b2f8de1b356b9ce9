"""Progress, the one-screen summary, `reports/contract-report.md` and `reports/drift.json`.

A pytest plugin (registered by the suite's conftest). The property tests call `record()`
for every request they send; the summary counts them per operation, mode and phase. Spec
drift (`_drift`, live runs only) goes under "Spec drift" and into `reports/drift.json`; with
ECWID_FAIL_ON_DRIFT=1 any drift fails the run.
"""

from __future__ import annotations

import collections
import json
import time
import tomllib
from pathlib import Path
from typing import Any

import pytest

from contract_tests import _drift
from ecwid_mock import drift_table, merge_drift, write_drift

ROOT = Path(__file__).resolve().parents[1]
REPORT = ROOT / "reports" / "contract-report.md"
DRIFT = ROOT / "reports" / "drift.json"

_examples: collections.Counter[tuple[str, str]] = collections.Counter()
_notes: list[str] = []
_started = time.monotonic()
_worker_drift: list[list[Any]] = []  # drift records from xdist workers that collected drift
_WORKER_KEY = "contract_report"


def record(operation: str, mode: str) -> None:
    _examples[(operation, mode)] += 1


def note(line: str) -> None:
    if line not in _notes:  # xdist workers each report the same collection-time notes
        _notes.append(line)


def _is_worker(config: pytest.Config) -> bool:
    return hasattr(config, "workerinput")


def _drift_active() -> bool:
    return _drift.active() or bool(_worker_drift)


def _drift_records() -> list[Any]:
    return merge_drift([_drift.records(), *_worker_drift]) if _worker_drift else _drift.records()


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node: Any, error: Any) -> None:
    """(xdist controller) Add up what a worker that has finished counted."""
    data = getattr(node, "workeroutput", {}).get(_WORKER_KEY)
    if not data:
        return
    shared = json.loads(data)
    for operation, mode, count in shared["examples"]:
        _examples[(operation, mode)] += count
    for line in shared["notes"]:
        note(line)
    if shared["drift_active"]:
        _worker_drift.append(shared["drift"])


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
    """Write `reports/drift.json`; with ECWID_FAIL_ON_DRIFT=1, drift fails the run.
    An xdist worker hands its counts, notes and drift to the controller instead."""
    if _is_worker(session.config):
        shared = {
            "examples": [[op, mode, n] for (op, mode), n in _examples.items()],
            "notes": _notes,
            "drift_active": _drift.active(),
            "drift": _drift.records(),
        }
        session.config.workeroutput[_WORKER_KEY] = json.dumps(shared)  # type: ignore[attr-defined]
        return
    drift = _drift_records()
    write_drift(DRIFT, drift)
    if drift and _drift.fail_on_drift():
        note(f"ECWID_FAIL_ON_DRIFT=1: failing the run on {len(drift)} spec drift path(s) (see 'Spec drift')")
        if session.exitstatus == pytest.ExitCode.OK:
            session.exitstatus = pytest.ExitCode.TESTS_FAILED


def _drift_section() -> tuple[list[str], str]:
    """Summary lines and the report's "Spec drift" section."""
    if not _drift_active():
        return [], "## Spec drift\n\nNot collected: the embedded mock answers from the spec itself.\n"
    drift = _drift_records()
    lines = [f"spec drift: {len(drift)} undeclared response field path(s) ({DRIFT.relative_to(ROOT)})"]
    lines.extend(f"  {r['operationId']} {r['status']} {r['path']} (seen {r['count']})" for r in drift)
    intro = "Response fields the target sent that the spec does not declare (not a failure"
    intro += "; ECWID_FAIL_ON_DRIFT=1 makes it one).\n\n"
    return lines, "## Spec drift\n\n" + intro + drift_table(drift)


@pytest.hookimpl(trylast=True)
def pytest_terminal_summary(terminalreporter: Any, exitstatus: int, config: pytest.Config) -> None:
    if _is_worker(config):
        return
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
