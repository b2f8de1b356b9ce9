"""Fixtures of the gate's tests: the real spec, edited in code, written to tmp files."""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

Edit = Callable[[dict[str, Any]], None]


@pytest.fixture
def spec_pair(spec: dict[str, Any], tmp_path: Path) -> Callable[[Edit], tuple[Path, Path]]:
    """Write the real spec and an edited copy; return (base, head) paths."""

    def make(edit: Edit) -> tuple[Path, Path]:
        edited = copy.deepcopy(spec)
        edit(edited)
        base, head = tmp_path / "base.yaml", tmp_path / "head.yaml"
        base.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
        head.write_text(yaml.safe_dump(edited, sort_keys=False), encoding="utf-8")
        return base, head

    return make
