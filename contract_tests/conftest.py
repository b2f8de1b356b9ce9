"""The contract suite's fixtures: the target, the client driver, clean-up, and the summary.

By default the suite starts the embedded mock on 127.0.0.1 and a free port and stops it at
the end. With ECWID_BASE_URL, ECWID_STORE_ID and ECWID_TOKEN set it tests that server
instead; there it writes nothing unless ECWID_ALLOW_WRITES=1 (see `_target`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

import pytest

from contract_tests import _drift, _report, _spec
from contract_tests._client import Customers
from contract_tests._report import (  # noqa: F401 - hooks, found by name
    pytest_sessionfinish,
    pytest_terminal_summary,
    pytest_testnodedown,
)
from contract_tests._target import (
    Target,
    TargetConfigError,
    ThrottledSession,
    embedded,
    live_from_env,
    mock_target,
)


def _live() -> Target | None:
    try:
        return live_from_env()
    except TargetConfigError as exc:
        raise pytest.UsageError(str(exc)) from None


def pytest_report_header(config: pytest.Config) -> str:
    live = _live()
    if live is None:
        return "contract target: the embedded ecwid_mock (127.0.0.1, free port)"
    mode = "writes allowed" if live.allow_writes else "read-only (set ECWID_ALLOW_WRITES=1 to write)"
    return f"contract target: {live.base_url} store {live.store_id}, {mode}, run id {live.run_id}"


def _longest_first(item: pytest.Item) -> int:
    if item.path.name != "test_properties.py":
        return 2
    return 0 if item.name == "test_customer_lifecycle_stateful" else 1


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if hasattr(config, "workerinput"):
        # pytest-xdist hands out tests in collection order: the long property tests go first
        # (the stateful one first of all), so the workers finish close together.
        items.sort(key=_longest_first)
    live = _live()
    if live is None or live.allow_writes:
        return
    skip = pytest.mark.skip(reason="writes to a live store; set ECWID_ALLOW_WRITES=1 to run it")
    writing = [item for item in items if item.get_closest_marker("writes")]
    for item in writing:
        item.add_marker(skip)
    _report.note(f"live store, read-only: {len(writing)} tests that write were skipped (set ECWID_ALLOW_WRITES=1)")


@pytest.fixture(scope="session")
def target() -> Iterator[Target]:
    live = _live()
    if live is not None:
        _drift.start(live.base_url)
        yield live
        return
    # The limit is lifted on the main embedded server: the property tests send ~1,000 requests
    # a run, past the 600 a minute the service allows. The limit itself is tested on a server
    # of its own (`rate_limited_customers`); against a live store the suite throttles instead.
    with embedded(rate_limit=0) as server:
        yield mock_target(server)


@pytest.fixture(scope="session")
def cleanup_registry(target: Target) -> Iterator[list[Customers]]:
    """Every driver made by the session; their customers are deleted at the end, failure or not."""
    drivers: list[Customers] = []
    yield drivers
    left = [] if target.is_mock else [customer_id for driver in drivers for customer_id in driver.cleanup()]
    for driver in drivers:
        driver.close()
    if left:
        _report.note(f"could not delete customers {left} created by run {target.run_id}")


@pytest.fixture
def customers(target: Target, cleanup_registry: list[Customers]) -> Customers:
    driver = Customers(target)
    cleanup_registry.append(driver)
    return driver


def _all_scopes() -> set[str]:
    return {scope for _, _, op in _spec.operations() for scope in _spec.required_scopes(op["operationId"])}


@pytest.fixture(scope="session")
def scoped_server(target: Target) -> Iterator[Target]:
    """A second embedded server with a token for every subset of the spec's scopes."""
    if not target.is_mock:
        pytest.skip("needs tokens with chosen scopes; run it against the embedded mock")
    with embedded(rate_limit=0, tokens={_scoped_token(s): s for s in _subsets(sorted(_all_scopes()))}) as server:
        yield mock_target(server)


def _subsets(scopes: list[str]) -> list[list[str]]:
    return [[s for i, s in enumerate(scopes) if mask >> i & 1] for mask in range(2 ** len(scopes))]


def _scoped_token(scopes: Iterable[str]) -> str:
    return "secret_scopes_" + "_".join(sorted(scopes))


@pytest.fixture
def scoped_customers(scoped_server: Target) -> Iterator[Callable[..., Customers]]:
    """`make(without=scope)`: a driver whose token has every scope but that one (None: all);
    `make(only=[...])`: one whose token has exactly those."""
    made: list[Customers] = []

    def make(*, without: str | None = "", only: Iterable[str] | None = None) -> Customers:
        scopes = set(only) if only is not None else _all_scopes() - {without}
        made.append(Customers(scoped_server, token=_scoped_token(scopes)))
        return made[-1]

    yield make
    for driver in made:
        driver.close()


RATE_LIMIT, RATE_WINDOW = 5, 30


@pytest.fixture
def rate_limited_customers(target: Target) -> Iterator[tuple[Customers, int, int]]:
    """A fresh embedded server whose limit is reached in a handful of requests."""
    if not target.is_mock:
        pytest.skip("would spend the live store's request budget; run it against the embedded mock")
    with embedded(rate_limit=RATE_LIMIT, rate_window=RATE_WINDOW) as server, Customers(mock_target(server)) as driver:
        yield driver, RATE_LIMIT, RATE_WINDOW


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "writes: creates or changes customers (needs ECWID_ALLOW_WRITES=1 live)")


@pytest.fixture(scope="session")
def http_session(target: Target) -> Iterator[Any]:
    with ThrottledSession(target) as session:
        yield session


@pytest.fixture(scope="session")
def property_customers(target: Target, cleanup_registry: list[Customers]) -> Customers:
    """Collects the ids of customers the property tests create, for the clean-up."""
    driver = Customers(target)
    cleanup_registry.append(driver)
    return driver
