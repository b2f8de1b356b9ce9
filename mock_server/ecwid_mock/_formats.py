"""String and number formats the mock checks, and the key that makes one mailbox one customer.

`email` is checked by `email-validator` (syntax only: no DNS), held to what the spec's
`email` field says, which is also what schemathesis judges by (jsonschema-rs, RFC 5321
`Mailbox`): a server laxer than the spec accepts the tool's negative cases, a stricter one
refuses its positive ones. So:

- ASCII only, as RFC 5321 writes a mailbox: internationalised local parts (SMTPUTF8) and
  U-label domains are refused; A-labels (`xn--...`) are accepted;
- quoted local parts (`"a b"@example.com`) and address literals (`a@[127.0.0.1]`) are accepted;
- a domain may be a single label (`a@b`); the special-use domains `arpa`, `invalid`, `local`,
  `localhost` and `onion` are refused (the spec's `pattern` says so too), `.test` is accepted;
- surrounding whitespace is refused, not trimmed.

`tests/mock/test_formats.py` compares `is_email` with jsonschema-rs on the spec's pattern.

jsonschema's own checker does not know `int32`/`int64`; they are checked here as ranges.
"""

from __future__ import annotations

import contextlib
import functools
import unicodedata
from collections.abc import Callable

from email_validator import EmailNotValidError, validate_email
from jsonschema import FormatChecker

_EMAIL_OPTIONS = {
    "check_deliverability": False,  # syntax only: the mock never looks up DNS
    "allow_smtputf8": False,
    "allow_quoted_local": True,
    "allow_domain_literal": True,
    "allow_display_name": False,
    "allow_empty_local": False,
    "globally_deliverable": False,  # `a@b`: RFC 5321 allows a single-label domain
    "test_environment": True,  # `.test` is reserved for testing (RFC 2606): a mock accepts it
    "strict": True,
}
_INT_RANGES = {"int32": 2**31, "int64": 2**63}


def is_email(value: object) -> bool:
    """True for an email address the mock accepts (see the module's rules)."""
    if not isinstance(value, str):
        return True  # a format only constrains strings
    return _is_email(value)


@functools.lru_cache(maxsize=16384)  # email-validator costs ~50 us a call; the same emails come back
def _is_email(value: str) -> bool:
    if not value.isascii():
        return False
    try:
        validate_email(value, **_EMAIL_OPTIONS)  # type: ignore[arg-type]
    except EmailNotValidError:
        return False
    return True


@functools.lru_cache(maxsize=16384)  # every write re-indexes the customer's email
def email_key(email: str) -> str:
    """What makes two emails one mailbox: email-validator's normal form (`"a"@x` is `a@x`),
    then trimmed, Unicode NFC and case-folded (local part too, as mail providers do)."""
    text = email.strip()
    with contextlib.suppress(EmailNotValidError):  # else stored unchecked (a test seeding the store)
        text = validate_email(text, **_EMAIL_OPTIONS).normalized  # type: ignore[arg-type]
    return unicodedata.normalize("NFC", text).casefold()


def _in_range(bound: int) -> Callable[[object], bool]:
    def check(value: object) -> bool:
        if isinstance(value, bool) or not isinstance(value, int | float):
            return True
        return -bound <= value < bound

    return check


def format_checker() -> FormatChecker:
    """jsonschema's checker, with `email` as above and `int32`/`int64` as ranges."""
    checker = FormatChecker()
    checker.checks("email")(is_email)
    for name, bound in _INT_RANGES.items():
        checker.checks(name)(_in_range(bound))
    return checker
