"""Progress, the one-screen summary, and `reports/contract-report.md`.

A pytest plugin (registered by the suite's conftest). The property tests call `record()`
for every request they send; the summary counts them per operation, mode and phase.
"""

from __future__ import annotations

import collections
import time
import tomllib
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
REPORT = ROOT / "reports" / "contract-report.md"

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


def _summary(terminalreporter: Any) -> list[str]:
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
    lines.extend(f"note: {line}" for line in _notes)
    return lines


@pytest.hookimpl(trylast=True)
def pytest_terminal_summary(terminalreporter: Any, exitstatus: int, config: pytest.Config) -> None:
    lines = _summary(terminalreporter)
    terminalreporter.section("contract summary", sep="=", bold=True)
    for line in lines:
        terminalreporter.write_line(line)
    REPORT.parent.mkdir(parents=True, exist_ok=True)
    failures = []
    for report in terminalreporter.stats.get("failed", []):
        text = str(report.longrepr)
        failures.append(f"### {report.nodeid}\n\n```\n{text[-4000:]}\n```\n")
    REPORT.write_text(
        "# Contract suite report\n\n```\n" + "\n".join(lines) + "\n```\n\n" + "\n".join(failures),
        encoding="utf-8",
    )
    terminalreporter.write_line(f"report: {REPORT.relative_to(ROOT)}")
