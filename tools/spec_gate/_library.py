"""Run api-smart-diff (npm, pinned in package.json) through node on two parsed documents."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

from tools.spec_gate._model import RawDiff, Verdict

_RUNNER = Path(__file__).with_name("_compare.cjs")
_TIMEOUT_S = 120


class LibraryError(Exception):
    """api-smart-diff could not be run, or answered something unreadable."""


def library_diffs(before: dict[str, Any], after: dict[str, Any]) -> tuple[list[RawDiff], list[str]]:
    """The library's diffs between two OpenAPI documents, and the warnings it logged."""
    node = shutil.which("node")
    if node is None:
        raise LibraryError("node is not on PATH: run `make setup` (api-smart-diff runs on Node 20)")
    payload = json.dumps({"before": before, "after": after})
    try:
        done = subprocess.run(  # noqa: S603 - our own script, fixed arguments
            [node, str(_RUNNER)], input=payload, capture_output=True, text=True, timeout=_TIMEOUT_S, check=False
        )
    except subprocess.TimeoutExpired as exc:
        raise LibraryError(f"api-smart-diff took more than {_TIMEOUT_S} s") from exc
    if done.returncode != 0:
        raise LibraryError(f"api-smart-diff failed (exit {done.returncode}): {done.stderr.strip()[-2000:]}")
    try:
        answer = json.loads(done.stdout)
        diffs = [
            RawDiff(
                type=Verdict(d["type"]),
                action=str(d["action"]),
                path=tuple(d["path"]),
                before=d.get("before"),
                after=d.get("after"),
                description=str(d.get("description") or ""),
                parameter=d.get("parameter"),
            )
            for d in answer["diffs"]
        ]
    except (ValueError, KeyError, TypeError) as exc:
        raise LibraryError(f"unreadable answer from api-smart-diff: {exc}") from exc
    return diffs, [str(w) for w in answer.get("warnings", [])]
