"""The control API under /__mock/: reset, seed, state, the request journal, run-time settings."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from ecwid_mock import DEFAULT_TOKEN, control_allowed
from tests.mock.conftest import Mock, StartMock

ROOT = Path(__file__).resolve().parents[2]
SEED = {"languages": ["en", "fr"], "groups": [{"id": 77, "name": "VIP"}], "customers": [{"email": "s@example.com"}]}


@pytest.fixture
def control(mock: Mock) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=f"{mock.server.root_url}/__mock", timeout=10) as client:
        yield client


def _error(response: httpx.Response, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    body: dict[str, Any] = response.json()
    assert set(body) <= {"errorMessage", "errorCode"}
    return body


def test_control_seed_then_state_then_reset(mock: Mock, control: httpx.Client) -> None:
    assert control.post("/seed", json=SEED).json() == {"loaded": "replace", "customers": 1}
    state = control.get("/state").json()
    assert [c["email"] for c in state["customers"]] == ["s@example.com"]
    assert state["groups"] == [{"id": 77, "name": "VIP"}]
    assert state["languages"] == ["en", "fr"]
    mock.create(email="extra@example.com", lang="fr")
    assert control.post("/reset", params={"to": "seed"}).json() == {"reset": "seed", "customers": 1}
    assert [c["email"] for c in control.get("/state").json()["customers"]] == ["s@example.com"]
    assert control.post("/reset").json() == {"reset": "empty", "customers": 0}
    assert control.get("/state").json()["customers"] == []


def test_control_merge_seed_keeps_what_is_stored(mock: Mock, control: httpx.Client) -> None:
    mock.create(email="mine@example.com")
    assert control.post("/seed", params={"mode": "merge"}, json=SEED).status_code == 200
    assert sorted(c["email"] for c in control.get("/state").json()["customers"]) == [
        "mine@example.com",
        "s@example.com",
    ]


def test_control_bad_seed_is_400_naming_the_record_and_changes_nothing(mock: Mock, control: httpx.Client) -> None:
    mock.create(email="mine@example.com")
    before = control.get("/state").json()
    body = _error(control.post("/seed", json={"customers": [{"email": "ok@example.com"}, {"email": 7}]}), 400)
    assert "customers[1].email" in body["errorMessage"]
    assert _error(control.post("/seed", content=b"{not json"), 400)["errorCode"] == "WRONG_PARAMETER"
    assert _error(control.post("/seed", params={"mode": "append"}, json={}), 400)["errorCode"] == "WRONG_PARAMETER"
    assert control.get("/state").json() == before


def test_control_reset_to_seed_without_one_is_409(control: httpx.Client) -> None:
    _error(control.post("/reset", params={"to": "seed"}), 409)
    _error(control.post("/reset", params={"to": "yesterday"}), 400)


def test_control_journal_lists_requests_with_operation_and_status_but_no_token(
    mock: Mock, control: httpx.Client
) -> None:
    customer_id = mock.create(email="j@example.com")
    mock.http.get(f"/customers/{customer_id}")
    mock.http.get("/customers/1")
    with mock.client("secret_wrong_token") as stranger:
        stranger.get("/customers", params={"token": "secret_in_query"})
    entries = control.get("/requests", params={"limit": 4}).json()["requests"]
    assert [(e["method"], e["operationId"], e["status"]) for e in entries] == [
        ("POST", "createCustomer", 200),
        ("GET", "getCustomer", 200),
        ("GET", "getCustomer", 404),
        ("GET", "searchCustomers", 403),
    ]
    text = control.get("/requests").text
    assert DEFAULT_TOKEN not in text
    assert "secret_wrong_token" not in text
    assert "secret_in_query" not in text
    assert "/__mock" not in text, "the control API's own calls are not journaled"
    assert control.get("/requests", params={"limit": 0}).json() == {"requests": []}
    _error(control.get("/requests", params={"limit": "¹"}), 400)


def test_control_settings_change_the_rate_limit_and_fault_rate_at_run_time(mock: Mock, control: httpx.Client) -> None:
    assert control.put("/settings", json={"rateLimit": 2, "rateWindow": 30}).json() == {
        "rateLimit": 2,
        "rateWindow": 30.0,
        "failRate": 0.0,
    }
    statuses = [mock.http.get("/customers/1").status_code for _ in range(3)]
    assert statuses == [404, 404, 429]
    control.put("/settings", json={"rateLimit": 0, "failRate": 1})
    assert mock.http.get("/customers/1").status_code in (500, 503)
    control.put("/settings", json={"failRate": 0})
    assert mock.http.get("/customers/1").status_code == 404
    before = control.get("/settings").json()
    for bad in ({"rateLimit": -1}, {"failRate": 2}, {"rateWindow": 0}, {"burst": 3}, [1]):
        _error(control.put("/settings", json=bad), 400)
    assert control.get("/settings").json() == before, "a refused change changed nothing"


def test_control_token_is_required_when_set(start_mock: StartMock) -> None:
    mock = start_mock(control_token="secret_control")
    with httpx.Client(base_url=f"{mock.server.root_url}/__mock", timeout=10) as control:
        _error(control.get("/state"), 403)
        _error(control.get("/state", headers={"Authorization": f"Bearer {DEFAULT_TOKEN}"}), 403)
        ok = control.get("/state", headers={"Authorization": "Bearer secret_control"})
        assert ok.status_code == 200
        assert "secret_control" not in ok.text


def test_control_api_off_answers_a_json_404(start_mock: StartMock) -> None:
    mock = start_mock(control=False)
    with httpx.Client(base_url=mock.server.root_url, timeout=10) as client:
        assert _error(client.get("/__mock/state"), 404)["errorCode"] == "NOT_FOUND"


@pytest.mark.parametrize(
    ("host", "token", "allowed"),
    [
        ("127.0.0.1", None, True),
        ("localhost", None, True),
        ("::1", None, True),
        ("0.0.0.0", None, False),  # noqa: S104 - the policy under test
        ("192.0.2.10", None, False),
        ("0.0.0.0", "secret_control", True),  # noqa: S104
    ],
)
def test_control_api_needs_a_token_off_loopback(host: str, token: str | None, allowed: bool) -> None:
    assert control_allowed(host, token) is allowed


def test_control_curl_example_runs_against_the_mock(start_mock: StartMock) -> None:
    curl = shutil.which("curl")
    if curl is None:
        pytest.skip("curl is not installed")
    mock = start_mock(rate_limit=0)
    seed = (ROOT / "examples" / "seed.yaml").read_text(encoding="utf-8")
    with httpx.Client(base_url=f"{mock.server.root_url}/__mock", timeout=10) as control:
        control.post("/seed", json=yaml.safe_load(seed))
    result = subprocess.run(
        ["bash", str(ROOT / "examples" / "control-api.sh"), mock.server.root_url],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert '"reset":"seed"' in result.stdout
    assert '"email":"ana@example.com"' in result.stdout
    assert '"operationId":"searchCustomers"' in result.stdout
    assert result.stdout.rstrip().endswith('{"reset":"empty","customers":0}')
