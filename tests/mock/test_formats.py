"""The mock's `email` format agrees with the one schemathesis generates and judges by.

Schemathesis draws valid emails from its own strategy and calls a value invalid when
jsonschema-rs says so; the mock must accept the first and refuse the second, or the CLI run
reports `positive_data_acceptance` or `negative_data_rejection` failures.
"""

from __future__ import annotations

import jsonschema_rs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis.specs.openapi.formats import email_values

from ecwid_mock._formats import is_email

RS_EMAIL = jsonschema_rs.validator_for({"type": "string", "format": "email"}, validate_formats=True)
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
]


@pytest.mark.parametrize("value", CORPUS)
def test_email_format_agrees_with_jsonschema_rs_on_known_cases(value: str) -> None:
    assert is_email(value) == RS_EMAIL.is_valid(value)


@settings(max_examples=3000, deadline=None, database=None, derandomize=True, suppress_health_check=list(HealthCheck))
@given(
    st.one_of(
        email_values(),
        st.lists(st.sampled_from(PIECES), max_size=12).map("".join),
        st.text(max_size=20),
    )
)
def test_email_format_agrees_with_jsonschema_rs_on_generated_values(value: str) -> None:
    assert is_email(value) == RS_EMAIL.is_valid(value), value


@settings(max_examples=300, deadline=None, database=None, derandomize=True)
@given(email_values())
def test_every_email_schemathesis_generates_is_accepted(value: str) -> None:
    assert is_email(value)
