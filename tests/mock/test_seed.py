"""Seeds (`--seed-file`, `POST /__mock/seed`): validated against the spec, loaded whole or not at all."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from ecwid_mock import CustomerStore, SeedError, SqliteBackend, load_spec, open_store, read_seed, read_seed_file

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "seed.yaml"
SPEC = load_spec()


def _write(tmp_path: Path, seed: dict[str, Any], name: str = "seed.yaml") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(seed) if name.endswith(".json") else yaml.safe_dump(seed), encoding="utf-8")
    return path


def test_the_example_seed_loads_with_groups_languages_and_tokens() -> None:
    seed = read_seed_file(EXAMPLE, SPEC)
    store = CustomerStore()
    store.load_seed(seed)
    dump = store.dump()
    assert [c["email"] for c in dump["customers"]] == ["ana@example.com", "bruno@example.com"]
    assert dump["customers"][0]["customerGroupName"] == "VIP"
    assert dump["customers"][0]["shippingAddresses"][0]["note"] == "Leave at the back door"
    assert dump["languages"] == ["de", "en", "fr"]
    assert seed.tokens is not None
    assert set(seed.tokens) == {"secret_test", "secret_readonly"}
    assert "secret_test" not in repr(seed), "tokens stay out of repr"


@pytest.mark.parametrize(
    ("seed", "where"),
    [
        ({"customers": [{"email": "a@example.com"}, {"email": "not an email"}]}, "customers[1].email"),
        ({"customers": [{"email": "a@example.com", "acceptMarketing": "yes"}]}, "customers[0].acceptMarketing"),
        ({"customers": [{"billingPerson": {"name": "No Email"}}]}, "customers[0]"),
        ({"customers": [{"id": -4, "email": "a@example.com"}]}, "customers[0].id"),
        ({"groups": [{"name": ""}]}, "groups[0].name"),
        ({"groups": [{"id": 5, "name": "A"}, {"id": 5, "name": "B"}]}, "groups[1].id"),
        ({"customer": []}, "unknown key(s) customer"),
        ({"tokens": {"secret_x": ["delete_everything"]}}, "tokens[0]: unknown scope"),
        ({"languages": "en"}, "languages"),
    ],
)
def test_a_bad_seed_names_the_record_and_the_field_and_loads_nothing(seed: dict[str, Any], where: str) -> None:
    with pytest.raises(SeedError) as caught:
        read_seed(seed, SPEC)
    assert where in str(caught.value)
    assert "secret_x" not in str(caught.value), "a token is never quoted"


def test_a_seed_that_breaks_the_store_loads_nothing() -> None:
    store = CustomerStore()
    store.create({"email": "kept@example.com"})
    before = store.dump()
    seed = read_seed({"customers": [{"email": "new@example.com"}, {"email": "NEW@example.com"}]}, SPEC)
    with pytest.raises(SeedError, match=r"customers\[1\]\.email"):
        store.load_seed(seed, "merge")
    with pytest.raises(SeedError, match=r"customers\[0\]\.lang"):
        store.load_seed(read_seed({"customers": [{"email": "x@example.com", "lang": "xx"}]}, SPEC), "merge")
    assert store.dump() == before


def test_seed_modes_replace_and_merge() -> None:
    store = CustomerStore()
    store.create({"email": "old@example.com"})
    store.load_seed(read_seed({"customers": [{"email": "new@example.com"}]}, SPEC), "merge")
    assert sorted(c["email"] for c in store.dump()["customers"]) == ["new@example.com", "old@example.com"]
    store.load_seed(read_seed({"customers": [{"id": 42, "email": "only@example.com"}]}, SPEC), "replace")
    assert [(c["id"], c["email"]) for c in store.dump()["customers"]] == [(42, "only@example.com")]
    assert store.create({"email": "next@example.com"}) > 310_000_001, "seeded ids never come back as new ids"


def test_open_store_refuses_to_seed_a_database_holding_data_without_a_mode(tmp_path: Path) -> None:
    data, seed = tmp_path / "mock.db", _write(tmp_path, {"customers": [{"email": "seed@example.com"}]})
    store, _ = open_store(SPEC, data=data, seed_file=seed)
    store.create({"email": "mine@example.com"})
    store.close()
    with pytest.raises(SeedError, match="--seed-mode replace"):
        open_store(SPEC, data=data, seed_file=seed)
    merged, _ = open_store(SPEC, data=data, seed_file=seed, seed_mode="merge")
    assert len(merged) == 2, "merging the same seed again replaces its customer (same email), keeps mine"
    merged.close()
    replaced, _ = open_store(SPEC, data=data, seed_file=seed, seed_mode="replace")
    assert [c["email"] for c in replaced.dump()["customers"]] == ["seed@example.com"]
    replaced.close()
    assert CustomerStore(backend=SqliteBackend(data)).counts() == (1, 0)


def test_ecwid_mock_stops_on_a_bad_seed_file_naming_the_record(tmp_path: Path) -> None:
    seed = _write(tmp_path, {"customers": [{"email": "a@example.com"}, {"email": 5}]}, "seed.json")
    exe = Path(sys.executable).parent / "ecwid-mock"
    result = subprocess.run(
        [str(exe), "--port", "0", "--seed-file", str(seed), "--data", str(tmp_path / "mock.db")],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    assert "customers[1].email" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "mock.db").exists(), "a bad seed is refused before any database is made"


def test_a_seed_with_what_cannot_be_stored_is_refused_naming_the_field() -> None:
    deep: dict[str, Any] = {}
    node = deep
    for _ in range(40):
        node["a"] = {}
        node = node["a"]
    for seed, where in (
        ({"customers": [{"email": "a@example.com", "privateAdminNotes": "\ud800"}]}, "privateAdminNotes"),
        ({"customers": [{"email": "a@example.com", "extra": deep}]}, "nested deeper"),
    ):
        with pytest.raises(SeedError, match=where):
            read_seed(seed, SPEC)
