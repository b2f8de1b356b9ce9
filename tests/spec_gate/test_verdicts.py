"""Spec pairs, each a small edit of the real spec, and the verdict the gate must give."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tools.spec_gate import main

Pair = Callable[[Callable[[dict[str, Any]], None]], tuple[Path, Path]]
ITEM = "/{storeId}/customers/{customerId}"
UPDATE_BODY = "updateCustomer /requestBody/content/application~1json/schema"


def _schemas(doc: dict[str, Any]) -> dict[str, Any]:
    schemas: dict[str, Any] = doc["components"]["schemas"]
    return schemas


def _add_field(doc: dict[str, Any], *, required: bool) -> None:
    update = _schemas(doc)["CustomerUpdate"]
    update["properties"]["loyaltyCode"] = {"type": "string"}
    if required:
        update.setdefault("required", []).append("loyaltyCode")


def _gate(pair: tuple[Path, Path], capsys: pytest.CaptureFixture[str], acks: Path | None = None) -> tuple[int, str]:
    base, head = pair
    argv = ["--base", str(base), "--head", str(head)] + (["--acks", str(acks)] if acks else [])
    code = main(argv)
    return code, capsys.readouterr().out


def _line_of(out: str, ident: str) -> str:
    lines = out.splitlines()
    found = [i for i, line in enumerate(lines) if line.split(maxsplit=1)[-1:] and line.rstrip().endswith(ident)]
    assert found, f"{ident} not in:\n{out}"
    return "\n".join(lines[found[0] : found[0] + 2])


def test_update_customer_new_required_field_is_breaking_and_named(
    spec_pair: Pair, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = _gate(spec_pair(lambda d: _add_field(d, required=True)), capsys)
    assert code == 1
    entry = _line_of(out, f"{UPDATE_BODY}/properties/loyaltyCode")
    assert entry.lstrip().startswith("BREAKING")
    assert "required request field 'loyaltyCode' added" in entry


def test_update_customer_new_optional_field_passes_and_is_listed(
    spec_pair: Pair, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = _gate(spec_pair(lambda d: _add_field(d, required=False)), capsys)
    assert code == 0
    entry = _line_of(out, f"{UPDATE_BODY}/properties/loyaltyCode")
    assert entry.lstrip().startswith("NON-BREAKING")
    assert "optional request field 'loyaltyCode' added" in entry


@pytest.mark.parametrize(
    ("edit", "ident", "what"),
    [
        pytest.param(
            lambda d: d["paths"][ITEM].pop("delete"), "deleteCustomer /", "operation removed", id="operation-removed"
        ),
        pytest.param(
            lambda d: d["paths"][ITEM]["get"].pop("parameters"),
            "getCustomer /parameters/query:responseFields",
            "parameter query:responseFields removed",
            id="parameter-removed",
        ),
        pytest.param(
            lambda d: _schemas(d)["CustomerUpdate"]["properties"]["acceptMarketing"].update(type="string"),
            f"{UPDATE_BODY}/properties/acceptMarketing/type",
            "request type changed from 'boolean' to 'string'",
            id="type-changed",
        ),
        pytest.param(
            lambda d: _schemas(d)["BusinessRelation"].update(enum=["b2c"]),
            f"{UPDATE_BODY}/properties/b2b_b2c/allOf/0/enum/b2b",
            "request enum value 'b2b' removed (narrowed)",
            id="request-enum-narrowed",
        ),
        pytest.param(
            lambda d: _schemas(d)["Customer"]["properties"].pop("lang"),
            "getCustomer /responses/200/content/application~1json/schema/properties/lang",
            "response field 'lang' removed",
            id="response-field-removed",
        ),
        pytest.param(
            lambda d: d["paths"][ITEM]["get"]["security"][0]["bearerAuth"].append("read_store_profile"),
            "getCustomer /security/0/bearerAuth/read_store_profile",
            "security scope 'read_store_profile' added",
            id="scope-added",
        ),
    ],
)
def test_breaking_edit_fails_the_gate_and_is_named(
    spec_pair: Pair, capsys: pytest.CaptureFixture[str], edit: Callable[[dict[str, Any]], None], ident: str, what: str
) -> None:
    code, out = _gate(spec_pair(edit), capsys)
    assert code == 1
    entry = _line_of(out, ident)
    assert entry.lstrip().startswith("BREAKING")
    assert what in entry


def test_widened_enum_passes_and_is_listed(spec_pair: Pair, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = _gate(spec_pair(lambda d: _schemas(d)["BusinessRelation"]["enum"].append("b2g")), capsys)
    assert code == 0
    entry = _line_of(out, f"{UPDATE_BODY}/properties/b2b_b2c/allOf/0/enum/b2g")
    assert entry.lstrip().startswith("NON-BREAKING")
    assert "enum value 'b2g' added (widened)" in entry
    assert "getCustomer /responses/200/" in out  # the response side is listed too, and passes


def test_acknowledged_breaking_change_passes_and_is_listed(
    spec_pair: Pair, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    acks = tmp_path / "breaking-changes.yaml"
    acks.write_text(
        "acknowledged:\n"
        '  - change: "getCustomer /responses/200/content/application~1json/schema/properties/lang"\n'
        "    reason: Ecwid stopped sending lang.\n"
        '  - change: "searchCustomers /responses/200/content/application~1json/schema/properties/items/items/allOf/0'
        '/properties/lang"\n'
        "    reason: Ecwid stopped sending lang.\n",
        encoding="utf-8",
    )
    code, out = _gate(spec_pair(lambda d: _schemas(d)["Customer"]["properties"].pop("lang")), capsys, acks)
    assert code == 0
    entry = _line_of(out, "getCustomer /responses/200/content/application~1json/schema/properties/lang")
    assert entry.lstrip().startswith("BREAKING (acknowledged)")
    assert "reason: Ecwid stopped sending lang." in out


def test_acknowledgement_without_reason_is_refused(
    spec_pair: Pair, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    acks = tmp_path / "breaking-changes.yaml"
    acks.write_text('acknowledged:\n  - change: "deleteCustomer /"\n', encoding="utf-8")
    base, head = spec_pair(lambda d: d["paths"][ITEM].pop("delete"))
    assert main(["--base", str(base), "--head", str(head), "--acks", str(acks)]) == 2
    assert "needs a non-empty `reason`" in capsys.readouterr().err


def test_project_acknowledgements_file_is_valid() -> None:
    from tools.spec_gate import load_acknowledgements

    acks = load_acknowledgements(Path(__file__).resolve().parents[2] / "openapi" / "breaking-changes.yaml")
    assert all(reason for reason in acks.values())


def _move_created_date(doc: dict[str, Any]) -> None:
    """`createdDate` moved from ShippingAddress's own part into ShippingAddressInput (readOnly)."""
    schemas = _schemas(doc)
    moved = schemas["ShippingAddress"]["allOf"][1]["properties"].pop("createdDate")
    schemas["ShippingAddressInput"]["properties"]["createdDate"] = {**moved, "readOnly": True}


def test_get_customer_field_moved_between_allof_parts_is_not_breaking(
    spec_pair: Pair, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = _gate(spec_pair(_move_created_date), capsys)
    assert code == 0, out
    assert "response field 'createdDate' moved within allOf" in out


def test_get_customer_field_removed_from_every_allof_part_is_breaking(
    spec_pair: Pair, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = _gate(
        spec_pair(lambda d: _schemas(d)["ShippingAddress"]["allOf"][1]["properties"].pop("createdDate")), capsys
    )
    assert code == 1
    assert "response field 'createdDate' removed" in out
