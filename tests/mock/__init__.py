"""Tests of the stateful mock server, `ecwid_mock`."""

from __future__ import annotations
