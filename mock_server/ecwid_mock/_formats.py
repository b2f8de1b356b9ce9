"""String formats the mock checks, as strictly as the tools that test it.

jsonschema's own `email` check only asks for an `@`. Schemathesis decides which emails are
valid with jsonschema-rs, which follows RFC 5321's `Mailbox` (what JSON Schema asks of the
format): a server laxer than that accepts the tool's negative cases ("API accepted
schema-violating request"), a stricter one refuses its positive ones. So `email` is checked
here the RFC 5321 way, and `tests/mock/test_formats.py` compares it with jsonschema-rs.
"""

from __future__ import annotations

import ipaddress
import re
import unicodedata

from jsonschema import FormatChecker

_ATEXT = r"A-Za-z0-9!#$%&'*+\-/=?^_`{|}~"
_DOT_ATOM = re.compile(rf"[{_ATEXT}]+(?:\.[{_ATEXT}]+)*")
_QUOTED_STRING = re.compile(r'"(?:[\x20\x21\x23-\x5b\x5d-\x7e]|\\[\x20-\x7e])*"')
_LABEL = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?")
_MAX_LOCAL_PART = 64
_MAX_HOSTNAME = 253
# A decoded A-label holds letters, digits and combining marks (UTS #46 maps case, so any case).
_IDNA_CATEGORIES = frozenset({"Ll", "Lu", "Lt", "Lo", "Lm", "Mn", "Mc", "Nd"})


def is_email(value: object) -> bool:
    """RFC 5321 `Mailbox`: a dot-atom or quoted local part, `@`, a hostname or address literal."""
    if not isinstance(value, str):
        return True  # a format only constrains strings
    local, at, domain = value.rpartition("@")
    if not at or len(local) > _MAX_LOCAL_PART:
        return False
    if not (_DOT_ATOM.fullmatch(local) or _QUOTED_STRING.fullmatch(local)):
        return False
    if domain.startswith("[") and domain.endswith("]"):
        return _is_address_literal(domain[1:-1])
    return is_hostname(domain)


def is_hostname(value: str) -> bool:
    """RFC 1123 labels (letters, digits, inner hyphens; 63 each, 253 in all), IDNA-aware."""
    if not value or len(value) > _MAX_HOSTNAME:
        return False
    return all(_LABEL.fullmatch(label) and _is_idna_label(label) for label in value.split("."))


def _is_idna_label(label: str) -> bool:
    if label[2:4] != "--":
        return True
    if not label.startswith("xn--"):  # hyphens in 3rd and 4th place are reserved for A-labels
        return False
    encoded = label[4:].lower()
    try:
        decoded = encoded.encode("ascii").decode("punycode")
    except (UnicodeError, ValueError):
        return False
    if decoded.isascii() or decoded.encode("punycode").decode("ascii") != encoded:
        return False  # an A-label is the one canonical encoding of a non-ASCII label
    if unicodedata.category(decoded[0]).startswith("M"):
        return False  # a label does not start with a combining mark
    return all(char == "-" or unicodedata.category(char) in _IDNA_CATEGORIES for char in decoded)


def _is_address_literal(text: str) -> bool:
    try:
        if "%" in text:  # no zone index in an address literal
            return False
        if text[:5].lower() == "ipv6:":
            ipaddress.IPv6Address(text[5:])
        else:
            ipaddress.IPv4Address(text)
    except ValueError:
        return False
    return True


def format_checker() -> FormatChecker:
    """jsonschema's checker, with `email` held to RFC 5321."""
    checker = FormatChecker()
    checker.checks("email")(is_email)
    return checker
