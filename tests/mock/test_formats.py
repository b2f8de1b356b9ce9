"""The mock's `email` check agrees with the spec's `email` field as schemathesis judges it.

Schemathesis draws valid emails from its own strategy and calls a value invalid when
jsonschema-rs says so (`format: email` and the field's `pattern`); the mock (email-validator
and the same pattern) must accept the first and refuse the second, or the CLI run reports
`positive_data_acceptance` or `negative_data_rejection` failures.
"""

from __future__ import annotations

import re

import jsonschema_rs
import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis.specs.openapi.formats import email_values

from ecwid_mock import DEFAULT_SPEC_PATH
from ecwid_mock._formats import email_key, is_email

_DOCUMENT = yaml.safe_load(DEFAULT_SPEC_PATH.read_text(encoding="utf-8"))
EMAIL_SCHEMA = _DOCUMENT["components"]["schemas"]["CustomerUpdate"]["properties"]["email"]
RS_EMAIL = jsonschema_rs.validator_for(EMAIL_SCHEMA, validate_formats=True)


EMAIL_PATTERN = re.compile(EMAIL_SCHEMA["pattern"])


def mock_accepts(value: str) -> bool:
    """What the mock accepts at the door: email-validator's check and the field's pattern."""
    return is_email(value) and EMAIL_PATTERN.search(value) is not None


PIECES = [*list('aZ09.-_+!#~@"\\[]: é\x00'), "xn--", "80ak6aa92e", "IPv6:", "1.2.3.4", "::1", "example.com"]

CORPUS = [
    "ana@example.com",
    "a@b",
    "a+tag@example.co.uk",
    "!#$%&'*+-/=?^_`{|}~@example.org",
    '"a b"@example.com',
    '"a\\"b"@example.com',
    "a@[127.0.0.1]",
    "a@[IPv6:::1]",
    "a@xn--80ak6aa92e.com",
    "x" * 64 + "@example.com",
    "useratexample.com",
    "a@",
    "@b",
    "a@@b",
    "a..b@example.com",
    ".a@example.com",
    "a.@example.com",
    "a@example..com",
    "a@-example.com",
    "a@example.com.",
    "a@exa_mple.com",
    "a b@example.com",
    "é@example.com",
    "a@é.com",
    "a@[1.2.3]",
    "a@[01.2.3.4]",
    "a@[IPv6:1.2.3.4]",
    "a@[IPv6:fe80::1%eth0]",
    "a@ab--cd.com",
    "a@xn--abc.com",
    "x" * 65 + "@example.com",
    "a@" + "b" * 64 + ".com",
    "a@" + ("b" * 63 + ".") * 3 + "b" * 62,
    "",
    " a@example.com",
    "a@example.com ",
    "a@localhost",
    "a@shop.LOCAL",
    "a@x.onion",
    "a@x.invalid",
    "a@in-addr.arpa",
    "a@shop.test",
    "a@localhost.com",
]


@pytest.mark.parametrize("value", CORPUS)
def test_email_format_agrees_with_jsonschema_rs_on_known_cases(value: str) -> None:
    assert mock_accepts(value) == RS_EMAIL.is_valid(value)


@settings(max_examples=3000, deadline=None, database=None, derandomize=True, suppress_health_check=list(HealthCheck))
@given(
    st.one_of(
        email_values(),
        st.lists(st.sampled_from(PIECES), max_size=12).map("".join),
        st.text(max_size=20),
    )
)
def test_email_format_agrees_with_jsonschema_rs_on_generated_values(value: str) -> None:
    assert mock_accepts(value) == RS_EMAIL.is_valid(value), value


@settings(max_examples=300, deadline=None, database=None, derandomize=True)
@given(email_values())
def test_every_email_schemathesis_generates_is_accepted(value: str) -> None:
    assert mock_accepts(value) or EMAIL_PATTERN.search(value) is None


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("ana@example.com", "ANA@Example.COM"),
        ('"ana"@example.com', "ana@example.com"),
        (" ana@example.com ", "ana@example.com"),
        ("Stra\u00dfe@example.com", "strasse@example.com"),
        ("e\u0301@example.com", "\u00e9@example.com"),
    ],
)
def test_email_key_makes_one_mailbox_one_key(one: str, other: str) -> None:
    assert email_key(one) == email_key(other)


def test_email_key_keeps_different_mailboxes_apart() -> None:
    assert email_key("ana@example.com") != email_key("ana@example.org")
    assert email_key("a@[127.0.0.1]") != email_key("a@example.com")
