"""The breaking-change gate of the spec: api-smart-diff's classification plus this project's rules.

`make check-breaking` runs it (scripts/check-breaking) on openapi/ecwid-customers.yaml against a
base revision, with the acknowledgements of openapi/breaking-changes.yaml.
"""

from __future__ import annotations

from tools.spec_gate._acks import AcknowledgementError, apply_acknowledgements, load_acknowledgements
from tools.spec_gate._cli import compare, main, render
from tools.spec_gate._library import LibraryError, library_diffs
from tools.spec_gate._model import Change, RawDiff, Verdict
from tools.spec_gate._rules import judge

__all__ = [
    "AcknowledgementError",
    "Change",
    "LibraryError",
    "RawDiff",
    "Verdict",
    "apply_acknowledgements",
    "compare",
    "judge",
    "library_diffs",
    "load_acknowledgements",
    "main",
    "render",
]
