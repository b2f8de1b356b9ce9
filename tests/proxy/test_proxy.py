"""The validating proxy: it passes every answer through unchanged, and reports what breaks the spec."""

from __future__ import annotations

import gzip
import logging
import socket
from typing import Any

import httpx
import pytest
from starlette.middleware.gzip import GZipMiddleware

from ecwid_mock import DEFAULT_TOKEN, create_app
from tests.contract_suite import broken
from tests.contract_suite.drifting import adds_fields
from tests.proxy.conftest import AUTH, Proxied, StartProxy


def _exercise_every_operation(proxied: Proxied) -> list[httpx.Response]:
    """Create, get, HEAD, update, delete, and their documented errors, each checked unchanged."""
    http = proxied.http
    created = http.post("/customers", json={"email": "ana@example.com", "billingPerson": {"name": "Ana Lima"}})
    proxied.assert_passed_unchanged(created)
    one = f"/customers/{created.json()['id']}"
    calls: list[tuple[str, str, dict[str, Any]]] = [
        ("GET", one, {}),
        ("HEAD", one, {}),
        ("GET", one, {"params": {"responseFields": "id,email"}}),
        ("PUT", one, {"json": {"acceptMarketing": True, "shippingAddresses": [{"street": "1 Main St"}]}}),
        ("POST", "/customers", {"json": {"email": "ANA@example.com"}}),  # 409 duplicate
        ("GET", "/customers/999", {}),  # 404
        ("PUT", "/customers/999", {"json": {"lang": "en"}}),  # 404
        ("GET", one, {"headers": {"Authorization": "Bearer secret_not_a_token"}}),  # 403
        ("GET", "/customers", {"params": {"keyword": "ana", "limit": "5"}}),  # search
        ("POST", "/customer_groups", {"json": {"name": "Wholesale"}}),
        ("GET", "/customer_groups", {}),
        ("GET", "/customer_groups/999", {}),  # 404
        ("DELETE", one, {}),
        ("DELETE", one, {}),  # 404 now
    ]
    answers = [created]
    for method, url, options in calls:
        response = http.request(method, url, **options)
        proxied.assert_passed_unchanged(response)
        answers.append(response)
    return answers


def test_proxy_to_a_faithful_upstream_reports_nothing(proxied: Proxied) -> None:
    answers = _exercise_every_operation(proxied)
    statuses = [200, 200, 200, 200, 200, 409, 404, 404, 403, 200, 200, 200, 404, 200, 404]
    assert [r.status_code for r in answers] == statuses
    group = answers[10].json()["id"]
    url = f"/customer_groups/{group}"
    for method, body in (("GET", None), ("PUT", {"name": "Retail"}), ("DELETE", None)):
        response = proxied.http.request(method, url, json=body)
        assert response.status_code == 200
        proxied.assert_passed_unchanged(response)
    assert answers[2].content == b""  # HEAD
    assert proxied.records() == []
    assert proxied.proxy.report.summary().startswith("ecwid-mock proxy: 0 violation, 0 drift, 0 undocumented")


def test_proxy_to_a_faithful_upstream_reports_nothing_for_429(start_proxy: StartProxy) -> None:
    proxied = start_proxy(create_app(rate_limit=1, rate_window=60, access_log=False))
    statuses = [proxied.http.get("/customers/1").status_code for _ in range(2)]
    assert statuses == [404, 429]
    proxied.assert_passed_unchanged(proxied.http.get("/customers/1"))
    assert proxied.records() == []


def test_proxy_answers_what_a_direct_call_answers(start_proxy: StartProxy) -> None:
    proxied = start_proxy(bare=False)  # the upstream's uvicorn adds its own Server and Date
    one = f"/customers/{proxied.direct.post('/customers', json={'email': 'direct@example.com'}).json()['id']}"
    direct, through = proxied.direct.get(one), proxied.http.get(one)
    assert (through.status_code, through.content) == (direct.status_code, direct.content)
    without_date = [(k, v) for k, v in direct.headers.multi_items() if k != "date"]
    assert [(k, v) for k, v in through.headers.multi_items() if k != "date"] == without_date
    assert [k for k, _ in through.headers.multi_items()].count("server") == 1


def test_proxy_passes_compressed_answers_still_compressed(start_proxy: StartProxy) -> None:
    proxied = start_proxy(GZipMiddleware(create_app(rate_limit=0, access_log=False), minimum_size=10))
    body = {"email": "zip@example.com", "billingPerson": {"name": "Zip Zap"}}
    one = f"/customers/{proxied.http.post('/customers', json=body).json()['id']}"
    with proxied.http.stream("GET", one, headers={"Accept-Encoding": "gzip"}) as response:
        raw = b"".join(response.iter_raw())
    assert response.headers["content-encoding"] == "gzip"
    proxied.assert_passed_unchanged(response, raw)
    assert gzip.decompress(raw).startswith(b'{"id":')
    assert proxied.records() == []


def test_proxy_sends_the_callers_headers_and_no_defaults_of_its_own(start_proxy: StartProxy) -> None:
    seen: list[dict[str, str]] = []
    inner = create_app(rate_limit=0, access_log=False)

    async def spy(scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "http":
            seen.append({k.decode(): v.decode() for k, v in scope["headers"]})
        await inner(scope, receive, send)

    proxied = start_proxy(spy)
    with httpx.Client(base_url=proxied.proxy_server.base_url) as bare:
        bare.get("/api/v3/1003/customers/1", headers={**AUTH, "X-Trace": "t1", "Connection": "keep-alive"})
    headers = seen[-1]
    assert headers["authorization"] == AUTH["Authorization"]
    assert headers["x-trace"] == "t1"
    assert headers["host"] == f"127.0.0.1:{proxied.upstream.port}"
    assert headers["user-agent"].startswith("python-httpx")  # the caller's own, not a second one


def test_proxy_reports_a_wrong_type_from_a_broken_upstream(start_proxy: StartProxy) -> None:
    proxied = start_proxy(broken.wrong_type(rate_limit=0, access_log=False))
    customer_id = proxied.http.post("/customers", json={"email": "typed@example.com"}).json()["id"]
    response = proxied.http.get(f"/customers/{customer_id}")
    proxied.assert_passed_unchanged(response)
    assert response.json()["id"] == str(customer_id)  # the breakage reaches the caller untouched
    violations = proxied.records("violation")
    assert len(violations) == 1
    violation = violations[0]
    assert violation["operationId"] == "getCustomer"
    where = ("GET", f"/api/v3/1003/customers/{customer_id}", 200)
    assert (violation["method"], violation["path"], violation["status"]) == where
    assert (violation["where"], violation["pointer"]) == ("response", "/body/id")
    assert violation["message"] == f"expected type integer, got string (length {len(str(customer_id))})"


def test_proxy_reports_a_429_without_retry_after(start_proxy: StartProxy) -> None:
    proxied = start_proxy(broken.drops_retry_after(rate_limit=1, rate_window=60, access_log=False))
    proxied.http.get("/customers/1")
    response = proxied.http.get("/customers/1")
    assert response.status_code == 429
    assert "retry-after" not in response.headers
    [violation] = proxied.records("violation")
    assert (violation["status"], violation["pointer"]) == (429, "/headers/Retry-After")
    assert "missing" in violation["message"]


def test_proxy_reports_an_undocumented_status(start_proxy: StartProxy) -> None:
    proxied = start_proxy(broken.answers_401(rate_limit=0, access_log=False))
    response = proxied.http.get("/customers/1", headers={"Authorization": "Bearer secret_not_a_token"})
    assert response.status_code == 401
    [violation] = proxied.records("violation")
    assert (violation["operationId"], violation["pointer"]) == ("getCustomer", "/status")
    assert "status 401 is not documented" in violation["message"]


def test_proxy_records_an_added_field_as_drift_not_a_violation(start_proxy: StartProxy) -> None:
    proxied = start_proxy(adds_fields(rate_limit=0, access_log=False))
    body = {"email": "loyal@example.com", "billingPerson": {"name": "Ana Lima"}}
    one = f"/customers/{proxied.http.post('/customers', json=body).json()['id']}"
    for _ in range(3):
        proxied.assert_passed_unchanged(proxied.http.get(one))
    proxied.proxy_server.stop()  # the lifespan's shutdown writes the final counts
    assert proxied.records("violation") == []
    drift = {r["path"]: r for r in proxied.records("drift")}  # a later line supersedes an earlier one
    assert set(drift) == {"/loyaltyTier", "/billingPerson/vatNumber"}
    assert drift["/loyaltyTier"] == {
        "kind": "drift",
        "operationId": "getCustomer",
        "status": 200,
        "path": "/loyaltyTier",
        "example": {"type": "string", "length": 4},
        "count": 3,
    }
    report = proxied.report.read_text()
    assert "gold" not in report
    assert "DE123456789" not in report


def test_proxy_reports_requests_that_break_the_spec(proxied: Proxied) -> None:
    bad_body = proxied.http.post("/customers", json={"email": 42, "customerGroupId": -1})
    bad_path = proxied.http.get("/customers/abc")
    assert (bad_body.status_code, bad_path.status_code) == (400, 400)
    found = {(r["where"], r["pointer"]) for r in proxied.records("violation")}
    assert found == {("request", "/body/email"), ("request", "/body/customerGroupId"), ("request", "/path/customerId")}
    assert all(r["message"] for r in proxied.records("violation"))


def test_proxy_passes_an_undocumented_route_through_and_records_it(proxied: Proxied) -> None:
    response = proxied.http.get("/products", params={"limit": "1"})
    proxied.assert_passed_unchanged(response)
    [record] = proxied.records()
    assert record["kind"] == "undocumented"
    assert (record["operationId"], record["method"], record["path"]) == (None, "GET", "/api/v3/1003/products?limit=1")


def test_proxy_answers_502_in_ecwids_shape_when_the_upstream_is_unreachable(start_proxy: StartProxy) -> None:
    with socket.socket() as sock:  # a port nobody listens on: bound, never listening
        sock.bind(("127.0.0.1", 0))
        proxied = start_proxy()
        proxied.proxy.upstream = f"http://127.0.0.1:{sock.getsockname()[1]}/api/v3"
        response = proxied.http.get("/customers/1")
    assert response.status_code == 502
    assert response.json() == {
        "errorMessage": "Upstream unreachable (ConnectError)",
        "errorCode": "UPSTREAM_UNREACHABLE",
    }
    [record] = proxied.records()
    assert (record["kind"], record["operationId"], record["status"]) == ("upstream_error", "getCustomer", 502)


def test_proxy_never_writes_a_token(start_proxy: StartProxy, caplog: pytest.LogCaptureFixture) -> None:
    secrets = [DEFAULT_TOKEN, "secret_in_query", "secret_other_token", "public_abc"]
    proxied = start_proxy(broken.wrong_type(rate_limit=0, access_log=False))
    with caplog.at_level(logging.INFO):
        one = f"/customers/{proxied.http.post('/customers', json={'email': 't@example.com'}).json()['id']}"
        proxied.http.get(one, params={"token": "secret_in_query", "api_key": "public_abc"})
        proxied.http.get("/customers/x", headers={"Authorization": "Bearer secret_other_token"})
        proxied.proxy_server.stop()
    report = proxied.report.read_text()
    assert proxied.records("violation")
    assert "token=***" in report
    assert "api_key=***" in report
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "/api/v3/1003/customers" in logged  # the access log did log the requests
    summary = proxied.proxy.report.summary()
    for secret in secrets:
        assert secret not in report
        assert secret not in logged
        assert secret not in summary
