"""`make bench`: run every benchmark, print one table, write reports/bench.md."""

from __future__ import annotations

import datetime as dt
import os
import platform
import sys
from pathlib import Path

from benchmarks import bench_client, bench_contract, bench_generate, bench_mock, bench_search

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    rows: list[tuple[str, str, str]] = []

    client = bench_client.run()
    verdict = "ok" if client["ratio"] <= 1.10 else "over target"
    rows.append(
        (
            "client overhead (update, sequential)",
            f"client {client['client_ms']:.3f} ms vs raw httpx {client['raw_ms']:.3f} ms = {client['ratio']:.2f}x",
            f"<= 1.10x: {verdict}",
        )
    )

    startup = bench_mock.startup_seconds()
    rows.append(
        ("ecwid-mock start-up (launch to first answer)", f"{startup:.2f} s", "< 1 s" if startup < 1 else ">= 1 s")
    )

    servers = bench_mock.run()
    for name, per_concurrency in servers.items():
        for concurrency, figures in per_concurrency.items():
            rows.append(
                (
                    f"{name}, {concurrency} client(s), Get customer",
                    f"{figures['rps']:.0f} req/s, p50 {figures['p50_ms']:.2f} ms, p99 {figures['p99_ms']:.2f} ms",
                    f"errors {figures['errors']:.0f}",
                )
            )
    if "prism" in servers:
        for concurrency in (1, 16):
            ratio = servers["ecwid-mock"][concurrency]["rps"] / servers["prism"][concurrency]["rps"]
            rows.append(
                (
                    f"ecwid-mock vs prism, {concurrency} client(s)",
                    f"{ratio:.1f}x the throughput",
                    "well ahead" if ratio >= 1.5 else "not well ahead",
                )
            )
    else:
        rows.append(("prism", "not measured (node or node_modules/.bin/prism missing)", ""))

    search = bench_search.run()
    rows.append(
        (
            f"search over {bench_search.CUSTOMERS:,} customers, exact email",
            f"p50 {search['exact_p50_ms']:.2f} ms, p99 {search['exact_p99_ms']:.2f} ms",
            f"populated in {search['populate_s']:.1f} s",
        )
    )
    rows.append(
        (
            f"search over {bench_search.CUSTOMERS:,} customers, sortBy NAME_ASC page of 100",
            f"p50 {search['sorted_p50_ms']:.2f} ms, p99 {search['sorted_p99_ms']:.2f} ms",
            "",
        )
    )
    rows.append(
        (
            f"walk all {bench_search.CUSTOMERS:,} with search_customers.sync_iter",
            f"{search['walk_s']:.2f} s ({bench_search.CUSTOMERS // 100} pages of 100)",
            "",
        )
    )

    generate = bench_generate.run()
    rows.append(
        ("make generate", f"{generate['seconds']:.1f} s", "byte-identical" if generate["identical"] else "DIFFERS")
    )

    contract = bench_contract.run()
    rows.append(
        (
            "contract suite vs embedded mock",
            f"{contract['seconds']:.1f} s, {contract['examples']:.0f} property requests, "
            f"{contract['per_second']:.0f}/s",
            "< 90 s" if contract["seconds"] < 90 else ">= 90 s",
        )
    )

    width = max(len(r[0]) for r in rows)
    header = f"{'benchmark':<{width}} | result | note"
    lines = [header, "-" * len(header)]
    lines += [f"{name:<{width}} | {result} | {note}" for name, result, note in rows]
    print("\n".join(lines))
    stamp = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    machine = f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    table = ["| benchmark | result | note |", "|---|---|---|"] + [f"| {a} | {b} | {c} |" for a, b, c in rows]
    report = ROOT / "reports" / "bench.md"
    report.parent.mkdir(exist_ok=True)
    report.write_text(f"# Benchmarks\n\n{stamp}, {machine}\n\n" + "\n".join(table) + "\n", encoding="utf-8")
    print(f"\nwritten: {report.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
