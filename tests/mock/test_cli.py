"""`ecwid-mock`: argument parsing, the console script, the banner and the access log."""

from __future__ import annotations

import argparse
import logging
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from ecwid_mock import DEFAULT_TOKEN, redact_query
from ecwid_mock import _cli as cli
from ecwid_mock._http import KEEP_ALIVE_SECONDS, LimitedHttpToolsProtocol
from tests.conftest import free_port, wait_until_listening
from tests.mock.conftest import Mock


def test_parse_token_reads_token_and_scopes() -> None:
    assert cli.parse_token("secret_a=read_customers, update_customers") == (
        "secret_a",
        ["read_customers", "update_customers"],
    )
    assert cli.parse_token("secret_none=") == ("secret_none", [])
    assert cli.parse_token("secret_x=read_secrets", known=["read_secrets"]) == ("secret_x", ["read_secrets"])


@pytest.mark.parametrize("value", ["secret_zq", "=read_customers", " =read_customers", "secret_zq=read_everything"])
def test_parse_token_refuses_bad_values_clearly(value: str) -> None:
    with pytest.raises(argparse.ArgumentTypeError) as caught:
        cli.parse_token(value)
    assert str(caught.value)
    assert "secret_zq" not in str(caught.value)  # never echo a token


@pytest.mark.parametrize(
    ("argv", "complaint"),
    [
        (["--token", "secret_oops"], "TOKEN=scope"),
        (["--token", "secret_oops=read_everything"], "unknown scope(s) read_everything"),
        (["--fail-rate", "2"], "between 0 and 1"),
        (["--fail-rate", "nan"], "between 0 and 1"),
        (["--rate-limit", "-1"], ">= 0"),
        (["--rate-window", "0"], "seconds > 0"),
        (["--rate-window", "abc"], "seconds > 0"),
        (["--store-id", "0"], ">= 1"),
        (["--port", "x"], "integer"),
        (["--port", "70000"], "between 0 and 65535"),
        (["--log-level", "loud"], "invalid choice"),
    ],
)
def test_bad_arguments_exit_2_with_a_message(
    argv: list[str], complaint: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as caught:
        cli.main(argv)
    assert caught.value.code == 2
    err = capsys.readouterr().err
    assert "error:" in err
    assert complaint in err
    assert "Traceback" not in err
    assert "secret_oops" not in err


def test_a_missing_document_exits_2_with_a_message(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        cli.main(["--spec", str(tmp_path / "nowhere.yaml")])
    assert caught.value.code == 2
    assert "cannot read the OpenAPI document" in capsys.readouterr().err


def test_defaults_match_the_documentation() -> None:
    args = cli.build_parser().parse_args([])
    assert (args.host, args.port, args.store_id, args.rate_limit, args.rate_window, args.fail_rate, args.seed) == (
        "127.0.0.1",
        4010,
        1003,
        600,
        60.0,
        0.0,
        None,
    )


@pytest.fixture
def served(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """`cli.main` with uvicorn.run replaced: what it would serve, and how."""
    calls: dict[str, Any] = {}

    def run(app: Any, **options: Any) -> None:
        calls.update(options, app=app)

    monkeypatch.setattr("ecwid_mock._cli.uvicorn.run", run)
    monkeypatch.setattr("ecwid_mock._cli.logging.basicConfig", lambda **_: None)  # leave pytest's logging alone
    return calls


def test_main_serves_the_tokens_given_and_never_prints_them(
    served: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["--port", "4999", "--store-id", "42", "--token", "secret_a=read_customers", "--token", "secret_b="]
    argv += ["--rate-limit", "5", "--rate-window", "10", "--fail-rate", "0.25", "--seed", "3"]
    assert cli.main(argv) == 0
    out = capsys.readouterr().out
    assert "http://127.0.0.1:4999/api/v3 store 42, 2 token(s)" in out
    assert "rate limit 5/10s per token, fail rate 0.25" in out
    assert "secret_a" not in out
    assert "secret_b" not in out
    assert (served["host"], served["port"], served["access_log"]) == ("127.0.0.1", 4999, False)
    assert served["http"] is LimitedHttpToolsProtocol  # the HTTP limits, as BackgroundServer has them
    assert served["timeout_keep_alive"] == KEEP_ALIVE_SECONDS


def test_main_without_tokens_serves_the_default_token(
    served: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main([]) == 0
    out = capsys.readouterr().out
    assert "the default test token" in out
    assert DEFAULT_TOKEN not in out


def test_token_scopes_are_read_from_the_document(
    served: dict[str, Any], edited_spec: Callable[..., Path], capsys: pytest.CaptureFixture[str]
) -> None:
    def get_needs_more(document: dict[str, Any]) -> None:
        document["paths"]["/{storeId}/customers/{customerId}"]["get"]["security"] = [{"bearerAuth": ["read_secrets"]}]

    assert cli.main(["--spec", str(edited_spec(get_needs_more)), "--token", "secret_s=read_secrets"]) == 0
    with pytest.raises(SystemExit):
        cli.main(["--token", "secret_s=read_secrets"])
    assert "unknown scope(s) read_secrets" in capsys.readouterr().err


def test_console_script_serves_and_never_prints_a_token() -> None:
    exe = shutil.which("ecwid-mock", path=str(Path(sys.executable).parent))
    assert exe is not None
    port = free_port()
    process = subprocess.Popen(
        [exe, "--port", str(port), "--token", "secret_cli_token=read_customers,create_customers"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        base = f"http://127.0.0.1:{port}/api/v3/1003"
        auth = {"Authorization": "Bearer secret_cli_token"}
        wait_until_listening(process, port)
        response = httpx.get(f"{base}/customers/1?token=secret_in_query", headers=auth)
        assert response.status_code == 404
        created = httpx.post(f"{base}/customers", json={"email": "cli@example.com"}, headers=auth)
        assert created.status_code == 200
    finally:
        process.terminate()
        try:
            output, _ = process.communicate(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            output, _ = process.communicate(timeout=15)
    assert f"ecwid-mock: http://127.0.0.1:{port}/api/v3 store 1003, 1 token(s)" in output
    assert '"GET /api/v3/1003/customers/1?token=***" 404' in output
    assert '"POST /api/v3/1003/customers" 200' in output
    assert "Traceback" not in output
    for secret in ("secret_cli_token", "secret_in_query", DEFAULT_TOKEN):
        assert secret not in output


def _access_lines(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == "ecwid_mock.access"]


def test_access_log_has_one_line_per_request_and_no_token(mock: Mock, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO, logger="ecwid_mock.access"):
        mock.http.get("/customers/1")
        mock.http.post("/customers", json={"email": "log@example.com"})
        mock.http.get("/customers/1", params={"token": DEFAULT_TOKEN, "a": "1"})
        mock.http.patch("/customers/1")
        mock.http.get("/nowhere")
        with mock.client("secret_wrong") as stranger:
            stranger.get("/customers/1")
        deadline = time.monotonic() + 5  # each line is written once its answer has been sent
        while len(_access_lines(caplog)) < 6 and time.monotonic() < deadline:
            time.sleep(0.01)
    lines = _access_lines(caplog)
    assert len(lines) == 6
    assert lines[0].startswith('"GET /api/v3/1003/customers/1" 404 ')
    assert lines[0].endswith("ms")
    assert lines[1].startswith('"POST /api/v3/1003/customers" 200 ')
    assert lines[2].startswith('"GET /api/v3/1003/customers/1?token=***&a=1" 404 ')
    assert lines[3].startswith('"PATCH /api/v3/1003/customers/1" 405 ')
    assert lines[4].startswith('"GET /api/v3/1003/nowhere" 404 ')
    assert lines[5].startswith('"GET /api/v3/1003/customers/1" 403 ')
    assert all(DEFAULT_TOKEN not in line and "secret_wrong" not in line for line in lines)
    assert not [r for r in caplog.records if r.name.startswith("uvicorn.access")]


def test_redact_query_hides_every_token_parameter() -> None:
    assert redact_query("a=1&token=secret_x&TOKEN=y") == "a=1&token=***&TOKEN=***"
    assert redact_query("%74oken=secret_x;b=2") == "%74oken=***;b=2"
    assert redact_query("tokenish=1&my_token=2") == "tokenish=1&my_token=2"


def test_create_app_compiles_every_operation_of_the_document(spec: dict[str, Any]) -> None:
    from ecwid_mock import create_app

    app = create_app()
    documented = {op["operationId"] for item in spec["paths"].values() for op in item.values() if "operationId" in op}
    assert len(documented) == 10
    assert app.state.spec.operations.keys() == documented
    assert len(app.state.store) == 0
