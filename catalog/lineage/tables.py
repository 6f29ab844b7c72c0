"""How lineage names tables and finds their columns in a schema mapping."""

from __future__ import annotations

from typing import Any

from sqlglot import exp

TARGET_FLAG = "ropa_target"  # meta flag on the synthetic FROM entry of UPDATE/MERGE/DELETE: written, not read


def literal_text(node: exp.Expr) -> str:
    """A path as written, without quotes ('s3://bucket/key')."""
    while isinstance(node, exp.Table | exp.Column) and not isinstance(node.this, exp.Identifier):
        node = node.this
    if isinstance(node, exp.Literal | exp.Identifier):
        return node.name
    return node.sql().strip("'\"`")


_FILE_FORMATS = frozenset({"parquet", "json", "csv", "orc", "avro", "delta", "text", "binaryfile", "iceberg"})


def table_name(table: exp.Expr) -> str:
    """A table's name lower-case, qualified as written (``catalog.db.t``, ``db.t`` or ``t``)."""
    if isinstance(table, exp.Table):
        parts = [p.name for p in table.parts if p is not None]
        if len(parts) == 2 and parts[0].lower() in _FILE_FORMATS and ("/" in parts[1] or ":" in parts[1]):
            return parts[1]  # Spark's parquet.`s3://bucket/path` reads files, not a table in db "parquet"
        return ".".join(parts).lower()
    if isinstance(table, exp.Schema):
        return table_name(table.this)
    return table.sql().lower()


def schema_columns(schema: dict[str, Any] | None, table: str) -> list[str] | None:
    if not schema:
        return None
    parts = table.split(".")
    node: Any = schema
    depth = 0
    probe = schema
    while isinstance(probe, dict) and probe and all(isinstance(v, dict) for v in probe.values()):
        probe = next(iter(probe.values()))
        depth += 1
    depth = max(depth, 1)
    if len(parts) < depth:
        # unqualified name against a qualified schema: accept a unique match on the last parts
        matches = _find_suffix(schema, parts, depth)
        return matches
    for part in parts[-depth:]:
        if not isinstance(node, dict) or part not in node:
            return None
        node = node[part]
    return list(node) if isinstance(node, dict) else None


def _find_suffix(schema: dict[str, Any], parts: list[str], depth: int) -> list[str] | None:
    found: list[list[str]] = []

    def walk(node: Any, path: list[str]) -> None:
        if len(path) == depth:
            if path[-len(parts) :] == parts and isinstance(node, dict):
                found.append(list(node))
            return
        for key, value in node.items():
            walk(value, [*path, key])

    walk(schema, [])
    return found[0] if len(found) == 1 else None
