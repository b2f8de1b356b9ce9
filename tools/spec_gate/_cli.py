"""`python -m tools.spec_gate --base OLD.yaml --head NEW.yaml`: print the judged changes; exit 1 on
an unacknowledged breaking change, 2 when the gate itself cannot run."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

import yaml

from tools.spec_gate._acks import AcknowledgementError, apply_acknowledgements, load_acknowledgements
from tools.spec_gate._library import LibraryError, library_diffs
from tools.spec_gate._model import Change, Verdict
from tools.spec_gate._rules import judge


def compare(before: dict[str, Any], after: dict[str, Any], acks: dict[str, str]) -> tuple[list[Change], list[str]]:
    """Judged changes from `before` to `after` with `acks` applied; and the unused acknowledgements."""
    diffs, _warnings = library_diffs(before, after)
    return apply_acknowledgements(judge(before, after, diffs), acks)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="spec_gate", description=__doc__)
    parser.add_argument("--base", type=Path, required=True, help="the spec at the base revision")
    parser.add_argument("--head", type=Path, required=True, help="the spec as changed")
    parser.add_argument("--acks", type=Path, help="acknowledgements file (openapi/breaking-changes.yaml)")
    parser.add_argument("--label", default="base", help="how to name the base revision in the output")
    parser.add_argument("--verbose", action="store_true", help="also list annotation changes (descriptions...)")
    args = parser.parse_args(argv)
    try:
        before, after = _load(args.base), _load(args.head)
        acks = load_acknowledgements(args.acks) if args.acks else {}
        changes, unused = compare(before, after, acks)
    except (AcknowledgementError, LibraryError, OSError, yaml.YAMLError) as exc:
        print(f"check-breaking: {exc}", file=sys.stderr)
        return 2
    print(render(changes, unused, label=args.label, verbose=args.verbose))
    return 1 if any(c.verdict is Verdict.BREAKING and c.acknowledged is None for c in changes) else 0


def render(changes: list[Change], unused: list[str], *, label: str, verbose: bool = False) -> str:
    """The report: one line per change (verdict, identifier, what), then the verdict of the gate."""
    shown = [c for c in changes if verbose or c.verdict is not Verdict.ANNOTATION]
    hidden = len(changes) - len(shown)
    lines = [
        f"Spec changes since {label}: {len(shown)} listed" + (f", {hidden} annotation(s) not listed" if hidden else "")
    ]
    order = {Verdict.BREAKING: 0, Verdict.UNCLASSIFIED: 1, Verdict.DEPRECATED: 2, Verdict.NON_BREAKING: 3}
    for change in sorted(shown, key=lambda c: (c.acknowledged is not None, order.get(c.verdict, 4))):
        tag = change.verdict.value.upper()
        if change.acknowledged is not None:
            tag += " (acknowledged)"
        lines.append(f"  {tag:<26} {change.id}")
        lines.append(f"  {'':<26}   {change.what}" + (f"  [{change.rule}]" if change.rule != "api-smart-diff" else ""))
        if change.acknowledged is not None:
            lines.append(f"  {'':<26}   reason: {change.acknowledged}")
    lines.extend(f"  note: acknowledgement matches no change (already merged?): {ident}" for ident in unused)
    blocking = sum(1 for c in changes if c.verdict is Verdict.BREAKING and c.acknowledged is None)
    if blocking:
        lines.append(
            f"FAIL: {blocking} unacknowledged breaking change(s). Make the change compatible, or acknowledge "
            "each one in openapi/breaking-changes.yaml (`change:` the identifier above, `reason:` why)."
        )
    else:
        lines.append("OK: no unacknowledged breaking change.")
    return "\n".join(lines)


def _load(path: Path) -> dict[str, Any]:
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(document, dict):
        raise yaml.YAMLError(f"{path}: not an OpenAPI document")
    return document
