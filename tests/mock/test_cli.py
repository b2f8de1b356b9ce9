"""`ecwid-mock`: argument parsing, the console script, the banner and the access log."""

from __future__ import annotations

import argparse
import logging
import shutil
import socket
import subprocess
import sys
import time

import httpx
import pytest

from ecwid_mock import DEFAULT_TOKEN, redact_query
from ecwid_mock._cli import build_parser, parse_token
from tests.mock.conftest import Mock


def test_parse_token_reads_token_and_scopes() -> None:
    assert parse_token("secret_a=read_customers, update_customers") == (
        "secret_a",
        ["read_customers", "update_customers"],
    )
    assert parse_token("secret_none=") == ("secret_none", [])


@pytest.mark.parametrize("value", ["secret_zq", "=read_customers", "secret_zq=read_everything"])
def test_parse_token_refuses_bad_values_clearly(value: str) -> None:
    with pytest.raises(argparse.ArgumentTypeError) as caught:
        parse_token(value)
    assert "secret_zq" not in str(caught.value)  # never echo a token


@pytest.mark.parametrize(
    "argv",
    [["--token", "oops"], ["--fail-rate", "2"], ["--rate-limit", "-1"], ["--port", "x"], ["--rate-window", "abc"]],
)
def test_bad_arguments_exit_2_with_a_message(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        build_parser().parse_args(argv)
    assert caught.value.code == 2
    assert "error:" in capsys.readouterr().err


def test_defaults_match_the_documentation() -> None:
    args = build_parser().parse_args([])
    assert (args.host, args.port, args.store_id, args.rate_limit, args.rate_window, args.fail_rate) == (
        "127.0.0.1",
        4010,
        1003,
        600,
        60.0,
        0.0,
    )


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def test_console_script_serves_and_never_prints_a_token() -> None:
    exe = shutil.which("ecwid-mock", path=str(__import__("pathlib").Path(sys.executable).parent))
    assert exe is not None
    port = _free_port()
    process = subprocess.Popen(
        [exe, "--port", str(port), "--token", "secret_cli_token=read_customers,create_customers"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        base = f"http://127.0.0.1:{port}/api/v3/1003"
        deadline = time.monotonic() + 15
        while True:
            try:
                response = httpx.get(
                    f"{base}/customers/1?token=secret_in_query", headers={"Authorization": "Bearer secret_cli_token"}
                )
                break
            except httpx.TransportError:
                assert time.monotonic() < deadline, "the console script did not start"
                time.sleep(0.05)
        assert response.status_code == 404
        created = httpx.post(
            f"{base}/customers", json={"email": "cli@example.com"}, headers={"Authorization": "Bearer secret_cli_token"}
        )
        assert created.status_code == 200
    finally:
        process.terminate()
        output, _ = process.communicate(timeout=15)
    assert "ecwid-mock: http://127.0.0.1" in output
    assert "1 token(s)" in output
    assert '"GET /api/v3/1003/customers/1?token=***" 404' in output
    for secret in ("secret_cli_token", "secret_in_query", DEFAULT_TOKEN):
        assert secret not in output


def test_access_log_has_one_line_per_request_and_no_token(mock: Mock, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO, logger="ecwid_mock.access"):
        mock.http.get("/customers/1")
        mock.http.post("/customers", json={"email": "log@example.com"})
        mock.http.get("/customers/1", params={"token": DEFAULT_TOKEN})
        deadline = time.monotonic() + 5
        while len(caplog.records) < 3 and time.monotonic() < deadline:
            time.sleep(0.01)
    lines = [r.getMessage() for r in caplog.records if r.name == "ecwid_mock.access"]
    assert len(lines) == 3
    assert lines[0].startswith('"GET /api/v3/1003/customers/1" 404')
    assert lines[1].startswith('"POST /api/v3/1003/customers" 200')
    assert all(DEFAULT_TOKEN not in line for line in lines)


def test_redact_query_hides_every_token_parameter() -> None:
    assert redact_query("a=1&token=secret_x&TOKEN=y") == "a=1&token=***&TOKEN=***"
    assert redact_query("tokenish=1") == "tokenish=1"


def test_the_app_starts_quickly_enough_to_embed() -> None:
    from ecwid_mock import create_app

    app = create_app()  # parses and compiles the spec; the benchmark measures its time
    assert app.state.spec.operations.keys() == {"createCustomer", "getCustomer", "updateCustomer", "deleteCustomer"}
