"""`python -m ecwid_mock.drift REPORT [REPORT...]`: merge drift records into one table and file.

Each REPORT is a proxy report (JSON Lines, `ecwid-mock --upstream ... --report`) or a
`drift.json` (the contract suite's `reports/drift.json`, or this command's own output); a
comma-separated list works too. Counts of the same (operation, status, field path) are added.
The merged records go to `--out` (default `reports/drift.json`), the table to stdout.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from ._drift import drift_table, merge_drift, read_drift, write_drift


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ecwid_mock.drift", description=__doc__.splitlines()[0])
    parser.add_argument("reports", nargs="+", metavar="REPORT", help="proxy reports (.jsonl) and drift.json files")
    parser.add_argument("--out", default="reports/drift.json", help="where the merged records go")
    args = parser.parse_args(argv)
    paths = [Path(part.strip()) for value in args.reports for part in value.split(",") if part.strip()]
    groups = []
    for path in paths:
        try:
            groups.append(read_drift(path))
        except (OSError, ValueError) as exc:
            parser.exit(2, f"drift: cannot read {path}: {exc}\n")
    merged = merge_drift(groups)
    write_drift(args.out, merged)
    sys.stdout.write(drift_table(merged))
    print(f"{len(merged)} drift path(s) from {len(paths)} report(s); merged into {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
