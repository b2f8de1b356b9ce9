"""Drift: the field paths a response has and the document does not declare, and their records."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from ecwid_mock import DriftCollector, drift_table, load_spec, merge_drift, read_drift, undeclared
from ecwid_mock import drift as drift_cli


@pytest.fixture(scope="module")
def collector() -> DriftCollector:
    return DriftCollector(load_spec())


def _customer(**extra: Any) -> dict[str, Any]:
    return {"id": 7, "email": "ana@example.com", "registered": "2024-06-04 21:15:10 +0000", **extra}


def test_get_customer_drift_finds_undeclared_fields_at_every_depth(collector: DriftCollector) -> None:
    body = _customer(
        loyaltyTier="gold",
        billingPerson={"name": "Ana Lima", "vatNumber": "DE123"},
        shippingAddresses=[{"id": 1, "street": "1 Main St", "gateCode": "12"}, {"id": 2, "gateCode": "3"}],
        contacts=[{"id": 3, "type": "SIGNAL", "contact": "x", "verified": True}],  # a new type is declared (anyOf)
        stats={"numberOfOrders": 1, "refunds": 2},
    )
    schema = collector.rules["getCustomer"].schema(200)
    paths = [path for path, _ in undeclared(collector.spec, schema, body)]
    assert sorted(paths) == [
        "/billingPerson/vatNumber",
        "/contacts/*/verified",
        "/loyaltyTier",
        "/shippingAddresses/*/gateCode",
        "/shippingAddresses/*/gateCode",
        "/stats/refunds",
    ]


def test_get_customer_drift_is_empty_for_a_documented_customer(collector: DriftCollector) -> None:
    example = collector.spec.document["components"]["examples"]["SampleCustomer"]["value"]
    assert list(undeclared(collector.spec, collector.rules["getCustomer"].schema(200), example)) == []


def test_drift_does_not_descend_into_an_undeclared_field_or_a_map(collector: DriftCollector) -> None:
    body = {"errorMessage": "x", "args": {"anything": "goes"}, "details": {"deep": {"deeper": 1}}}
    records = collector.observe("GET", "/api/v3/1003/customers/7", 404, body)
    assert [r["path"] for r in records] == ["/details"]
    assert records[0]["example"] == {"type": "object", "keys": 1}


def test_drift_records_count_and_never_hold_a_value() -> None:
    collector = DriftCollector(load_spec())
    first = collector.observe("GET", "/api/v3/1003/customers/7", 200, _customer(vat="DE123456789", vip=True))
    again = collector.observe("GET", "/api/v3/1003/customers/8", 200, _customer(vat="DE1", vip=False))
    assert [r["path"] for r in first] == ["/vat", "/vip"]
    assert again == []  # nothing new
    assert collector.records() == [
        {"kind": "drift", "operationId": "getCustomer", "status": 200, "path": "/vat",
         "example": {"type": "string", "length": 11}, "count": 2},
        {"kind": "drift", "operationId": "getCustomer", "status": 200, "path": "/vip",
         "example": {"type": "boolean"}, "count": 2},
    ]  # fmt: skip
    assert "DE123456789" not in json.dumps(collector.records())


def test_drift_matches_operations_from_the_documents_paths_only(collector: DriftCollector) -> None:
    assert collector.observe("GET", "/api/v3/1003/products/7", 200, {"extra": 1}) == []
    assert collector.observe("GET", "/elsewhere/1003/customers/7", 200, {"extra": 1}) == []
    assert collector.observe_bytes("POST", "/api/v3/1003/customers", 200, "text/plain", b'{"extra":1}') == []
    [record] = collector.observe_bytes("POST", "/api/v3/1003/customers", 200, "application/json", b'{"id":1,"x":1}')
    assert (record["operationId"], record["path"]) == ("createCustomer", "/x")


def test_drift_merge_adds_counts_across_reports_and_takes_a_proxy_reports_last_line(tmp_path: Path) -> None:
    line = {"kind": "drift", "operationId": "getCustomer", "status": 200, "path": "/vat", "example": {"type": "string"}}
    proxy_report = tmp_path / "proxy.jsonl"
    proxy_report.write_text(
        "\n".join(
            json.dumps(r)
            for r in [{**line, "count": 1}, {"kind": "violation", "operationId": "getCustomer"}, {**line, "count": 5}]
        )
    )
    drift_json = tmp_path / "drift.json"
    drift_json.write_text(json.dumps([{**line, "count": 2}, {**line, "path": "/vip", "count": 1}]))
    merged = merge_drift([read_drift(proxy_report), read_drift(drift_json)])
    assert [(r["path"], r["count"]) for r in merged] == [("/vat", 7), ("/vip", 1)]
    assert "| `getCustomer` | 200 | `/vat` | string | 7 |" in drift_table(merged)


def test_drift_command_merges_reports_into_one_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    record = {"kind": "drift", "operationId": "getCustomer", "status": 200, "path": "/vat", "example": {}, "count": 2}
    first, second = tmp_path / "a.jsonl", tmp_path / "b.json"
    first.write_text(json.dumps(record) + "\n")
    second.write_text(json.dumps([record]))
    out = tmp_path / "merged.json"
    assert drift_cli.main([f"{first},{second}", "--out", str(out)]) == 0
    assert json.loads(out.read_text())[0]["count"] == 4
    assert "1 drift path(s) from 2 report(s)" in capsys.readouterr().out
