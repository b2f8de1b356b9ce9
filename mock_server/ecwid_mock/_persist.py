"""Where the store's state lives beyond memory: nowhere (`MemoryBackend`) or SQLite (`SqliteBackend`).

The store keeps its working state in memory either way (it answers reads from there) and
hands every committed change to its backend, under its lock, before the change counts:

    load()        customers, groups and next ids as last written (empty for a new database)
    write(...)    one transaction: customers and groups to upsert (None deletes), next ids
                  (`replace=True`: everything else dropped in the same transaction)
    clear()       forget every customer and group; the next ids stay (ids never repeat)

SQLite runs in WAL mode with `synchronous=NORMAL`: a transaction is in the WAL file when
`write()` returns, before the answer is sent, so a `kill -9` of the mock loses no write that
was answered 200. A power cut or OS crash may lose the last transactions (`synchronous=FULL`
would fsync every commit, at several times the cost of a PUT). The schema carries a version:
a database written by a newer version of the mock is refused, never misread.
"""

from __future__ import annotations

import json
import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ._errors import StoreDataError

Json = Any
SCHEMA_VERSION = 1
_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS customers (id INTEGER PRIMARY KEY, doc TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS groups (id INTEGER PRIMARY KEY, doc TEXT NOT NULL)",
)


@dataclass
class Snapshot:
    customers: dict[int, Json] = field(default_factory=dict)
    groups: dict[int, Json] = field(default_factory=dict)
    next_ids: dict[str, int] = field(default_factory=dict)


class MemoryBackend:
    """Nothing beyond the process: the store's memory is all there is."""

    path: Path | None = None

    def load(self) -> Snapshot:
        return Snapshot()

    def write(
        self,
        customers: dict[int, Json | None],
        groups: dict[int, Json | None],
        next_ids: dict[str, int] | None,
        *,
        replace: bool = False,
    ) -> None:
        return None

    def clear(self) -> None:
        return None

    def close(self) -> None:
        return None


class SqliteBackend:
    """The state in one SQLite file at `path` (created on first use)."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        try:
            self._db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            version = self._version()
            if version > SCHEMA_VERSION:
                raise StoreDataError(
                    f"{self.path} was written by a newer ecwid-mock (data schema version {version}; "
                    f"this one reads version {SCHEMA_VERSION} and older): upgrade ecwid-mock or use another --data file"
                )
            with self._transaction():
                for statement in _SCHEMA:
                    self._db.execute(statement)
                self._db.execute(
                    "INSERT OR IGNORE INTO meta (key, value) VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),)
                )
        except sqlite3.DatabaseError as exc:
            raise StoreDataError(f"{self.path} is not a database ecwid-mock can use: {exc}") from None

    def _version(self) -> int:
        has_meta = self._db.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='meta'").fetchone()
        if not has_meta:
            return 0
        row = self._db.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
        return int(row[0]) if row and str(row[0]).isdigit() else 0

    def _transaction(self) -> _Transaction:
        return _Transaction(self._db)

    def load(self) -> Snapshot:
        snapshot = Snapshot()
        try:
            for row_id, doc in self._db.execute("SELECT id, doc FROM customers"):
                snapshot.customers[int(row_id)] = json.loads(doc)
            for row_id, doc in self._db.execute("SELECT id, doc FROM groups"):
                snapshot.groups[int(row_id)] = json.loads(doc)
            row = self._db.execute("SELECT value FROM meta WHERE key='next_ids'").fetchone()
        except (sqlite3.DatabaseError, ValueError) as exc:
            raise StoreDataError(f"{self.path} cannot be read: {exc}") from None
        if row:
            snapshot.next_ids = {str(k): int(v) for k, v in json.loads(row[0]).items()}
        return snapshot

    def write(
        self,
        customers: dict[int, Json | None],
        groups: dict[int, Json | None],
        next_ids: dict[str, int] | None,
        *,
        replace: bool = False,
    ) -> None:
        """One transaction; with `replace`, every stored customer and group is dropped first;
        `next_ids` None when they have not changed."""
        with self._transaction():
            if replace:
                self._db.execute("DELETE FROM customers")
                self._db.execute("DELETE FROM groups")
            for table, rows in (("customers", customers), ("groups", groups)):
                for row_id, doc in rows.items():
                    if doc is None:
                        self._db.execute(f"DELETE FROM {table} WHERE id = ?", (row_id,))  # noqa: S608 - fixed names
                    else:
                        self._db.execute(
                            f"INSERT OR REPLACE INTO {table} (id, doc) VALUES (?, ?)",  # noqa: S608 - fixed names
                            (row_id, json.dumps(doc, ensure_ascii=False, separators=(",", ":"))),
                        )
            if next_ids is not None:
                self._db.execute(
                    "INSERT OR REPLACE INTO meta (key, value) VALUES ('next_ids', ?)", (json.dumps(next_ids),)
                )

    def clear(self) -> None:
        with self._transaction():
            self._db.execute("DELETE FROM customers")
            self._db.execute("DELETE FROM groups")

    def close(self) -> None:
        self._db.close()


class _Transaction:
    """BEGIN IMMEDIATE ... COMMIT, or ROLLBACK when the block raises."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db

    def __enter__(self) -> None:
        self._db.execute("BEGIN IMMEDIATE")

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        self._db.execute("COMMIT" if exc_type is None else "ROLLBACK")


Backend = MemoryBackend | SqliteBackend
