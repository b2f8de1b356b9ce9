"""`ecwid-mock --upstream URL --report PATH`: the console script proxies, reports, and sums up on exit."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from ecwid_mock import DEFAULT_TOKEN, BackgroundServer
from ecwid_mock import _cli as cli
from tests.conftest import free_port, wait_until_listening
from tests.contract_suite import broken


@pytest.mark.parametrize("argv", [["--upstream", "http://127.0.0.1:9/api/v3"], ["--report", "r.jsonl"]])
def test_upstream_and_report_go_together(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        cli.main(argv)
    assert caught.value.code == 2
    assert "--upstream and --report go together" in capsys.readouterr().err


def test_console_script_proxies_reports_and_prints_a_summary(tmp_path: Path) -> None:
    exe = shutil.which("ecwid-mock", path=str(Path(sys.executable).parent))
    assert exe is not None
    report = tmp_path / "proxy.jsonl"
    port = free_port()
    with BackgroundServer(broken.wrong_type(rate_limit=0, access_log=False)) as upstream:
        process = subprocess.Popen(
            [exe, "--port", str(port), "--upstream", upstream.base_url, "--report", str(report)],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        try:
            base = f"http://127.0.0.1:{port}/api/v3/1003"
            auth = {"Authorization": f"Bearer {DEFAULT_TOKEN}"}
            wait_until_listening(process, port)
            created = httpx.post(f"{base}/customers", json={"email": "cli@example.com"}, headers=auth)
            got = httpx.get(f"{base}/customers/{created.json()['id']}?token=secret_in_query", headers=auth)
            assert got.status_code == 200
        finally:
            process.terminate()
            try:
                output, _ = process.communicate(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
                output, _ = process.communicate(timeout=15)
    assert f"ecwid-mock proxy: http://127.0.0.1:{port}/api/v3 -> {upstream.base_url}" in output
    assert "ecwid-mock proxy: 1 violation, 0 drift, 0 undocumented, 0 upstream error" in output
    assert "getCustomer" in output
    assert "Traceback" not in output
    [violation] = [json.loads(line) for line in report.read_text().splitlines()]
    assert violation["pointer"] == "/body/id"
    for secret in (DEFAULT_TOKEN, "secret_in_query"):
        assert secret not in output
        assert secret not in report.read_text()
