"""The mock as a long-lived sandbox: its store opened from `--data`, seeded from `--seed-file`,
and whether the control API is served (`--control-token`).

    open_store(...)      the store (SQLite at --data, or memory), seeded as asked
    control_allowed(...) the control API: always with a token, without one only on loopback
"""

from __future__ import annotations

import ipaddress
import os
from collections.abc import Iterable

from ._errors import SeedError
from ._persist import SqliteBackend
from ._seed import Seed, SeedMode, read_seed_file
from ._spec import Spec
from ._store import DEFAULT_LANGUAGES, CustomerStore


def open_store(
    spec: Spec,
    *,
    data: str | os.PathLike[str] | None = None,
    seed_file: str | os.PathLike[str] | None = None,
    seed_mode: SeedMode | None = None,
    languages: Iterable[str] | None = DEFAULT_LANGUAGES,
    languages_given: bool = False,
) -> tuple[CustomerStore, Seed | None]:
    """The store, and the seed loaded into it (None without --seed-file).

    A database that holds customers or groups already is seeded only with an explicit
    `seed_mode` (`replace` forgets them, `merge` adds the seed to them); otherwise `SeedError`.
    `languages` given on the command line win over the seed's. Raises `StoreDataError` for a
    database that cannot be used, `SeedError` for a bad seed (nothing is loaded then).
    """
    seed = read_seed_file(seed_file, spec) if seed_file is not None else None  # checked before any database
    store = CustomerStore(languages, SqliteBackend(data) if data is not None else None)
    if seed is not None:
        customers, groups = store.counts()
        if (customers or groups) and seed_mode is None:
            store.close()
            raise SeedError(
                f"{data} holds {customers} customer(s) and {groups} group(s) already: add --seed-mode replace "
                "(forget them, then load the seed) or --seed-mode merge (add the seed to them)"
            )
        try:
            store.load_seed(seed, seed_mode or "replace")
        except SeedError as exc:
            store.close()
            raise SeedError(f"{seed_file}: {exc}") from None
        if languages_given:
            store.languages = None if languages is None else frozenset(languages)
    return store, seed


def control_allowed(host: str, control_token: str | None) -> bool:
    """Serve the control API? With a token, yes; without one, only on a loopback address."""
    if control_token:
        return True
    if host.strip("[]").lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False
