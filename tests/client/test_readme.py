"""The README's client example, run as written against the mock (only the base URL changes)."""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path

from ecwid_mock import BackgroundServer, create_app

README = Path(__file__).resolve().parents[2] / "README.md"
EXAMPLE_URL = "http://127.0.0.1:4010/api/v3"


def _python_blocks() -> list[str]:
    return re.findall(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), flags=re.DOTALL)


def test_readme_sync_example_runs_against_the_mock_twice() -> None:
    example = _python_blocks()[0]
    assert EXAMPLE_URL in example
    with BackgroundServer(create_app(access_log=False)) as server:
        code = compile(example.replace(EXAMPLE_URL, server.base_url), "README.md", "exec")
        outputs = []
        for _ in range(2):  # the second run finds the group and the customer: update, not create
            out = io.StringIO()
            with contextlib.redirect_stdout(out):
                exec(code, {"__name__": "readme"})  # noqa: S102 - the README's own example
            outputs.append(out.getvalue().splitlines())
        store = server.app.state.store
    first, second = outputs
    assert first[0].startswith("ana@example.com VIP ")
    assert first[1:] == second[1:]
    assert len(first) == 2, "one customer in the group"
    assert store.counts() == (1, 1), "the second sync updated, it did not create again"
