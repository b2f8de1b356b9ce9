"""The acknowledgements file: intended breaking changes, each with its reason."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import yaml

from tools.spec_gate._model import Change, Verdict


class AcknowledgementError(Exception):
    """The acknowledgements file is not in the documented shape."""


def load_acknowledgements(path: Path) -> dict[str, str]:
    """Change identifier -> reason. A missing file acknowledges nothing."""
    if not path.exists():
        return {}
    try:
        document = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        raise AcknowledgementError(f"{path}: not YAML: {exc}") from exc
    entries = document.get("acknowledged") if isinstance(document, dict) else None
    if not isinstance(entries, list):
        raise AcknowledgementError(f"{path}: expected a mapping with an `acknowledged` list")
    acks: dict[str, str] = {}
    for number, entry in enumerate(entries, start=1):
        change = entry.get("change") if isinstance(entry, dict) else None
        reason = entry.get("reason") if isinstance(entry, dict) else None
        if not isinstance(change, str) or not change.strip():
            raise AcknowledgementError(f"{path}: entry {number} needs `change`, the identifier the gate printed")
        if not isinstance(reason, str) or not reason.strip():
            raise AcknowledgementError(f"{path}: entry {number} ({change}) needs a non-empty `reason`")
        acks[change.strip()] = reason.strip()
    return acks


def apply_acknowledgements(changes: list[Change], acks: dict[str, str]) -> tuple[list[Change], list[str]]:
    """The changes with breaking ones marked when acknowledged; and the unused identifiers."""
    used: set[str] = set()
    marked: list[Change] = []
    for change in changes:
        reason = acks.get(change.id)
        if reason is not None and change.verdict is Verdict.BREAKING:
            used.add(change.id)
            change = dataclasses.replace(change, acknowledged=reason)
        marked.append(change)
    return marked, [ident for ident in acks if ident not in used]
