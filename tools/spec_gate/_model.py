"""The gate's data: a diff as the library reports it, and a change as the gate judges it."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Any


class Verdict(enum.StrEnum):
    """How a change affects clients; the first five are api-smart-diff's own words."""

    BREAKING = "breaking"
    NON_BREAKING = "non-breaking"
    DEPRECATED = "deprecated"
    ANNOTATION = "annotation"
    UNCLASSIFIED = "unclassified"


@dataclass(frozen=True)
class RawDiff:
    """One diff from api-smart-diff: a path into the document (`$ref`s resolved) and its verdict."""

    type: Verdict
    action: str  # add | remove | replace | rename
    path: tuple[str | int, ...]
    before: Any = None
    after: Any = None
    description: str = ""
    parameter: str | None = None  # "<in>:<name>" when `path` goes through a parameters array


@dataclass(frozen=True)
class Change:
    """A change judged by the gate: where it is, what it is, and whether it breaks clients."""

    operation: str  # operationId; "METHOD /path" without one; "components" or "document" outside paths
    pointer: str  # JSON pointer inside the operation (inside the document for the other two)
    what: str
    verdict: Verdict
    rule: str  # "api-smart-diff", or the project rule that overrode the library's verdict
    acknowledged: str | None = None  # the reason given in the acknowledgements file

    @property
    def id(self) -> str:
        """The identifier an acknowledgement names: operation, a space, the pointer."""
        return f"{self.operation} {self.pointer}"
