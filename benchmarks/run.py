"""`make bench`: run every benchmark, print one table with each figure beside its goal, and
write reports/bench.md."""

from __future__ import annotations

import datetime as dt
import os
import platform
import sys
from pathlib import Path

from benchmarks import (
    _load,
    bench_client,
    bench_contract,
    bench_generate,
    bench_memory,
    bench_mock,
    bench_sandbox,
    bench_search,
)

ROOT = Path(__file__).resolve().parents[1]
CLIENT_GOAL = 1.05  # the generated client at most this many times raw httpx
PERSISTED_GOAL = 0.5  # issue 10: a persisted PUT at least half the in-memory throughput
PRISM_GOAL = 3.0  # the mock at least this many times Prism's throughput (PUT, 16 connections)
CONTRACT_GOAL = 0.5  # the contract suite in at most this fraction of its earlier warm time
Row = tuple[str, str, str]


def _goal(met: bool, goal: str, miss: str = "") -> str:
    return f"goal {goal}: met" if met else f"goal {goal}: MISSED{' by ' + miss if miss else ''}"


def _client_rows() -> list[Row]:
    client = bench_client.run()
    ratio = client["ratio"]
    return [
        (
            "client overhead (Update customer, sequential, one connection)",
            f"client {client['client_ms']:.3f} ms vs raw httpx {client['raw_ms']:.3f} ms = {ratio:.3f}x",
            _goal(ratio <= CLIENT_GOAL, f"<= {CLIENT_GOAL}x", f"{(ratio / CLIENT_GOAL - 1) * 100:.1f}%"),
        )
    ]


def _figures(f: _load.Figures) -> str:
    return f"{f['rps']:.0f} req/s, p50 {f['p50_ms']:.2f} ms, p99 {f['p99_ms']:.2f} ms"


def _mock_rows() -> list[Row]:
    startup = bench_mock.startup_seconds()
    rows: list[Row] = [
        ("ecwid-mock start-up (launch to first answer)", f"{startup:.2f} s", "< 1 s" if startup < 1 else ">= 1 s")
    ]
    servers = bench_mock.run()
    load = f"load: {_load.tool()}"
    for name, per_op in servers.items():
        for op, per_connections in per_op.items():
            label = "Get customer" if op == "get" else "Update customer (PUT)"
            for connections, figures in per_connections.items():
                rows.append(
                    (
                        f"{name}, {label}, {connections} conn.",
                        _figures(figures),
                        f"errors {figures['errors']:.0f}; {load}",
                    )
                )
    mock = servers["ecwid-mock"]
    if "prism" in servers:
        for op in ("put", "get"):
            for connections in bench_mock.CONNECTIONS:
                ratio = mock[op][connections]["rps"] / servers["prism"][op][connections]["rps"]
                goal = PRISM_GOAL if (op, connections) == ("put", 16) else None
                note = _goal(ratio >= goal, f">= {goal:g}x", f"{(1 - ratio / goal) * 100:.0f}%") if goal else ""
                rows.append(
                    (f"ecwid-mock / prism, {op.upper()}, {connections} conn.", f"{ratio:.2f}x the throughput", note)
                )
    else:
        rows.append(("prism", "not measured (node or node_modules/.bin/prism missing)", _goal(False, ">= 3x", "?")))
    persisted = servers.get("ecwid-mock --data")
    if persisted is None:
        rows.append(("persisted store (--data) vs in-memory, PUT", "not available (ecwid-mock has no --data)", ""))
    else:
        for connections in bench_mock.CONNECTIONS:
            ratio = persisted["put"][connections]["rps"] / mock["put"][connections]["rps"]
            note = _goal(
                ratio >= PERSISTED_GOAL, f">= {PERSISTED_GOAL:g}x", f"{(1 - ratio / PERSISTED_GOAL) * 100:.0f}%"
            )
            rows.append(
                (f"persisted (--data) / in-memory, PUT, {connections} conn.", f"{ratio:.2f}x the throughput", note)
            )
    seeded = bench_sandbox.startup_with_seed()
    rows.append(
        (
            f"ecwid-mock start-up with a {bench_sandbox.SEEDED:,}-customer seed",
            f"memory {seeded['memory_s']:.2f} s, new --data {seeded['new_database_s']:.2f} s, "
            f"restart from --data {seeded['restart_s']:.2f} s",
            "",
        )
    )
    return rows


def _memory_rows() -> list[Row]:
    memory = bench_memory.run()
    rows: list[Row] = [("ecwid-mock peak RSS, empty store", f"{memory['idle_mib']:.0f} MiB", "")]
    for step in bench_memory.STEPS:
        per_customer = (memory[f"rss_{step}_mib"] - memory["idle_mib"]) * 1024 / step
        rows.append(
            (
                f"ecwid-mock peak RSS, {step:,} customers",
                f"{memory[f'rss_{step}_mib']:.0f} MiB (~{per_customer:.1f} KiB a customer)",
                f"created over HTTP at {memory[f'create_{step}_per_s']:.0f}/s",
            )
        )
    return rows


def _search_rows() -> list[Row]:
    search = bench_search.run()
    n = f"{bench_search.CUSTOMERS:,}"
    return [
        (
            f"search over {n} customers, exact email",
            f"p50 {search['exact_p50_ms']:.2f} ms, p99 {search['exact_p99_ms']:.2f} ms",
            f"populated in {search['populate_s']:.1f} s",
        ),
        (
            f"search over {n} customers, sortBy NAME_ASC page of 100",
            f"p50 {search['sorted_p50_ms']:.2f} ms, p99 {search['sorted_p99_ms']:.2f} ms",
            "",
        ),
        (
            f"walk all {n} with search_customers.sync_iter",
            f"{search['walk_s']:.2f} s ({bench_search.CUSTOMERS // 100} pages of 100)",
            "",
        ),
    ]


def _generate_rows() -> list[Row]:
    generate = bench_generate.run()
    return [("make generate", f"{generate['seconds']:.1f} s", "byte-identical" if generate["identical"] else "DIFFERS")]


def _contract_rows() -> list[Row]:
    contract = bench_contract.run()
    before = bench_contract.BASELINE_CONTRACT_SECONDS
    ratio = contract["seconds"] / before
    status = "" if contract["exit"] == 0 else f" (EXIT {contract['exit']:.0f})"
    return [
        (
            f"contract suite vs embedded mock, warm, {contract['workers']:.0f} worker(s)",
            f"{contract['seconds']:.1f} s{status}, {contract['examples']:.0f} property requests, "
            f"{contract['per_second']:.0f}/s",
            f"before {before:g} s ({bench_contract.BASELINE_CONTRACT_REQUESTS} requests): {ratio:.2f}x; "
            + _goal(ratio <= CONTRACT_GOAL, f"<= {CONTRACT_GOAL:g}x", f"{(ratio / CONTRACT_GOAL - 1) * 100:.0f}%"),
        )
    ]


def main() -> int:
    rows: list[Row] = []
    for part in (_client_rows, _mock_rows, _memory_rows, _search_rows, _generate_rows, _contract_rows):
        rows += part()
    width = max(len(r[0]) for r in rows)
    header = f"{'benchmark':<{width}} | result | goal / note"
    lines = [header, "-" * len(header)]
    lines += [f"{name:<{width}} | {result} | {note}" for name, result, note in rows]
    print("\n".join(lines))
    stamp = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    machine = f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    table = ["| benchmark | result | goal / note |", "|---|---|---|"] + [f"| {a} | {b} | {c} |" for a, b, c in rows]
    report = ROOT / "reports" / "bench.md"
    report.parent.mkdir(exist_ok=True)
    report.write_text(f"# Benchmarks\n\n{stamp}, {machine}\n\n" + "\n".join(table) + "\n", encoding="utf-8")
    print(f"\nwritten: {report.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
