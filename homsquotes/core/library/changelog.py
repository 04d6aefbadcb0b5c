"""The change log: one row per field change, grouped by operation; undo and redo replay it.

A change is (table, row id, field, old value, new value). Values are stored as
JSON so types survive. Two pseudo-fields cover what is not a plain column:
``*`` is a whole row (old null = the row was inserted, new null = deleted) and
``tags`` on a quote is its tag list. Operations are ``done``, ``undone`` (the
redo stack) or ``discarded`` (undone, then a new edit was made).
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import sqlite_utils

from homsquotes.core.library.connection import now

ROW = "*"
TAGS = "tags"


def start_operation(db: sqlite_utils.Database, description: str) -> int:
    """A new user operation; any redo stack is discarded, as in every editor."""
    db.execute("UPDATE operations SET state = 'discarded' WHERE state = 'undone'")
    cur = db.execute(
        "INSERT INTO operations(description, state, created_at) VALUES (?, 'done', ?)",
        [description, now()],
    )
    return int(cur.lastrowid)


def record(
    db: sqlite_utils.Database, op_id: int, table: str, row_id: int, field: str, old: Any, new: Any
) -> None:
    db.execute(
        "INSERT INTO changes(op_id, table_name, row_id, field, old_value, new_value, changed_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        [op_id, table, row_id, field, _dump(old), _dump(new), now()],
    )


def _dump(value: Any) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False)


def _load(value: str | None) -> Any:
    return None if value is None else json.loads(value)


def set_quote_tags(db: sqlite_utils.Database, quote_id: int, tags: list[str]) -> None:
    """Replace a quote's tags, creating tags by name as needed."""
    db.execute("DELETE FROM quote_tags WHERE quote_id = ?", [quote_id])
    for name in tags:
        db.execute("INSERT OR IGNORE INTO tags(name) VALUES (?)", [name])
        tag_id = db.execute("SELECT id FROM tags WHERE name = ? COLLATE NOCASE", [name]).fetchone()[
            0
        ]
        db.execute(
            "INSERT OR IGNORE INTO quote_tags(quote_id, tag_id) VALUES (?, ?)", [quote_id, tag_id]
        )


def quote_tags(db: sqlite_utils.Database, quote_id: int) -> list[str]:
    return [
        r[0]
        for r in db.execute(
            "SELECT t.name FROM quote_tags qt JOIN tags t ON t.id = qt.tag_id "
            "WHERE qt.quote_id = ? "
            "ORDER BY t.name COLLATE NOCASE",
            [quote_id],
        )
    ]


def _apply(db: sqlite_utils.Database, table: str, row_id: int, field: str, value: Any) -> None:
    if field == ROW:
        if value is None:
            db.execute(f"DELETE FROM [{table}] WHERE id = ?", [row_id])
        else:
            db.table(table).insert(value, replace=True)
    elif field == TAGS:
        set_quote_tags(db, row_id, value or [])
    else:
        db.execute(f"UPDATE [{table}] SET [{field}] = ? WHERE id = ?", [value, row_id])
        if table == "quotes":
            db.execute("UPDATE quotes SET updated_at = ? WHERE id = ?", [now(), row_id])


def undo(db: sqlite_utils.Database) -> str | None:
    """Undo the latest done operation (inside the caller's transaction)."""
    return _replay(db, "done", "undone", "old_value", "DESC")


def redo(db: sqlite_utils.Database) -> str | None:
    """Redo the earliest undone operation (inside the caller's transaction).

    New operations clear the undone ones, so the earliest undone is the last one undone.
    """
    return _replay(db, "undone", "done", "new_value", "ASC")


def _replay(
    db: sqlite_utils.Database, state: str, new_state: str, value: str, order: str
) -> str | None:
    """Write one operation's old or new values back, walking its changes in ``order``."""
    row = db.execute(
        f"SELECT id, description FROM operations WHERE state = ? ORDER BY id {order} LIMIT 1",
        [state],
    ).fetchone()
    if row is None:
        return None
    op_id, description = row
    changes = db.execute(
        f"SELECT table_name, row_id, field, {value} FROM changes "
        f"WHERE op_id = ? ORDER BY id {order}",
        [op_id],
    ).fetchall()
    for table, row_id, field, stored in changes:
        _apply(db, table, row_id, field, _load(stored))
    db.execute("UPDATE operations SET state = ? WHERE id = ?", [new_state, op_id])
    return str(description)


def history(db: sqlite_utils.Database, limit: int = 50) -> list[dict[str, Any]]:
    """Newest operations first, each with its field changes."""
    ops = [
        dict(r)
        for r in db.query(
            "SELECT id, description, state, created_at FROM operations ORDER BY id DESC LIMIT ?",
            [limit],
        )
    ]
    for op in ops:
        op["changes"] = [
            {**c, "old_value": _load(c["old_value"]), "new_value": _load(c["new_value"])}
            for c in db.query(
                "SELECT table_name, row_id, field, old_value, new_value FROM changes "
                "WHERE op_id = ? ORDER BY id",
                [op["id"]],
            )
        ]
    return ops
