"""A server that has moved on from the spec: the mock, with customers carrying fields the spec
does not declare (as Ecwid adds them over time). Not broken: every promise still holds."""

from __future__ import annotations

import json
import re
from typing import Any

from ecwid_mock import create_app
from tests.contract_suite.broken import ASGIApp, Scope, _Intercept

ADDED = {"loyaltyTier": "gold"}
ADDED_TO_BILLING = {"vatNumber": "DE123456789"}
_CUSTOMER = re.compile(r"/customers/[0-9]+$")  # Get customer only


class _AddsFields(_Intercept):
    def rewrite_response(
        self, scope: Scope, status: int, headers: list[tuple[bytes, bytes]], body: bytes
    ) -> tuple[int, list[tuple[bytes, bytes]], bytes]:
        if scope["method"] in ("GET", "HEAD") and status == 200 and _CUSTOMER.search(scope["path"]):
            customer = json.loads(body)
            if isinstance(customer, dict):
                customer.update(ADDED)
                if isinstance(customer.get("billingPerson"), dict):
                    customer["billingPerson"].update(ADDED_TO_BILLING)
                body = json.dumps(customer).encode()
        return status, headers, body


def adds_fields(**options: Any) -> ASGIApp:
    """Get answers `loyaltyTier` on every customer and `billingPerson.vatNumber` where it has one."""
    return _AddsFields(create_app(**options))
