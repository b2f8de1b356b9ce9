"""The schemathesis CLI, every check in positive and negative modes, passes against the mock.

Checks and their changed expectations come from the repository's schemathesis.toml (passed
with the token added as auth): every check is on except `missing_required_header`, whose
reason is written there.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

from ecwid_mock import DEFAULT_TOKEN
from tests.mock.conftest import Mock

ROOT = Path(__file__).resolve().parents[2]


def test_schemathesis_cli_finds_no_failure(start_mock: Callable[..., Mock], tmp_path: Path) -> None:
    # The limit is lifted: the CLI sends ~1,300 requests in seconds, past 600 a minute, and a
    # 429 to schema-valid data would read as a rejection. The limit has tests of its own.
    mock = start_mock(rate_limit=0, access_log=False)
    exe = shutil.which("schemathesis", path=str(Path(sys.executable).parent))
    assert exe is not None
    # The project's settings plus the token as schemathesis' own auth (not a forced header),
    # so that negative cases which leave the token out are really sent without it.
    config = tmp_path / "schemathesis.toml"
    config.write_text(
        (ROOT / "schemathesis.toml").read_text() + f'\n[auth.openapi.bearerAuth]\nbearer = "{DEFAULT_TOKEN}"\n'
    )
    result = subprocess.run(
        [
            exe,
            "--config-file",
            str(config),
            "run",
            str(ROOT / "openapi" / "ecwid-customers.yaml"),
            "--url",
            mock.server.base_url,
            "--mode",
            "all",
            "--max-examples",
            "60",
            "--report",
            "junit",
            "--report-dir",
            str(tmp_path),
            "--no-color",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-2000:]
    assert "No issues found" in result.stdout
    for phase in ("Examples", "Coverage", "Fuzzing", "Stateful"):
        assert f"✅ {phase}" in result.stdout, f"phase {phase} did not pass:\n{result.stdout[-3000:]}"
    junit = next(tmp_path.glob("junit-*.xml"))
    cases = list(ET.parse(junit).getroot().iter("testcase"))
    assert len(cases) >= 4
    assert not any(case.find("failure") is not None for case in cases)
    assert DEFAULT_TOKEN not in result.stdout
