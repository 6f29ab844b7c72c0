"""Names in SQL → systems, tables and scanned column ids in the catalog.

SQL of system ``dwh`` that reads ``billing.invoices`` means the ``invoices`` table of system ``billing`` when the
*database mapping* says database ``billing`` is that system — a small YAML::

    databases:
      billing: billing      # database name as SQL writes it: system name in the catalog
      crm_prod: crm

Without a mapping entry, a database name equal to a catalogued system's name maps to that system. Rules for a
name as written (lower-case):

* ``t`` — table ``t`` of the running system (any schema; a unique match wins);
* ``a.t`` — schema ``a`` of the running system if it has one; else database ``a`` mapped to a system;
  else kept as ``a.t`` in the running system (not scanned yet);
* ``d.s.t`` — database ``d`` mapped to a system, table ``s.t`` in it; an unmapped ``d`` is taken as the
  running system's own database (dbt's target database; PostgreSQL cannot query another one).

A name that matches nothing is kept as written, its column ids stay empty, and it is listed as unresolved;
edges resolve later, when the table is scanned (:func:`resolve_edges`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from catalog.errors import LineageError
from catalog.store import Catalog, schema


@dataclass(frozen=True)
class Place:
    """Where a table named in SQL lives: the system, the table as stored on edges, and its catalog id."""

    system: str | None
    table: str  # "schema.table" (or "table" when the source has no schemas) when resolved; else as written
    table_id: int | None = None


def load_mapping(path: str | Path | None) -> dict[str, str]:
    """The ``databases:`` mapping of a YAML file (empty for ``None``); errors name the file and line."""
    if path is None:
        return {}
    from catalog.yamlio import parse_yaml

    file = Path(path)
    try:
        text = file.read_text(encoding="utf-8")
    except OSError as exc:
        raise LineageError(f"cannot read the database mapping: {exc.strerror}", file=str(path)) from None
    data = parse_yaml(text, file=str(path), error=LineageError).data
    databases = data.get("databases") if isinstance(data, dict) else None
    if not isinstance(databases, dict):
        raise LineageError("expected a 'databases:' mapping of database name to system name", file=str(path), line=1)
    bad = [k for k, v in databases.items() if not isinstance(v, str) or not str(k).strip()]
    if bad:
        raise LineageError(f"database {bad[0]!r} must map to a system name", file=str(path), obj="databases")
    return {str(k).strip().lower(): v.strip() for k, v in databases.items()}


class Resolver:
    """Resolves names for SQL running in one system; caches what it read from the catalog."""

    def __init__(self, conn: Connection, system: str, mapping: Mapping[str, str] | None = None) -> None:
        self.conn = conn
        self.system = system
        self.systems = {
            name.lower(): name for (name,) in conn.execute(sa.select(schema.system.c.name)).all()
        }  # known systems by lower-case name
        self.mapping = {k.lower(): v for k, v in (mapping or {}).items()}
        self._tables: dict[str, dict[tuple[str, str], tuple[int, str, str]]] = {}
        self._columns: dict[int, dict[str, int]] = {}
        self._places: dict[str, Place] = {}

    def place(self, name: str) -> Place:
        """The :class:`Place` of a table name as written in this system's SQL."""
        hit = self._places.get(name)
        if hit is None:
            hit = self._places[name] = self._place(name)
        return hit

    def _place(self, name: str) -> Place:
        parts = name.lower().split(".")
        if name.startswith("<") or "/" in name or ":" in name:  # <unknown>, file paths and URLs
            return Place(None, name)
        if len(parts) == 1:
            return self._in(self.system, None, parts[0], name)
        if len(parts) == 2:
            first, table = parts
            if self._has_schema(self.system, first):
                return self._in(self.system, first, table, name)
            other = self._system_of(first)
            if other is not None:
                return self._in(other, None, table, table)
            return Place(self.system, name)
        database, rest = parts[0], parts[1:]
        other = self._system_of(database)
        if other is not None:
            return self._in(other, ".".join(rest[:-1]), rest[-1], ".".join(rest))
        # An unmapped database is the running system's own (dbt's target database, PostgreSQL's current one).
        if self._has_schema(self.system, ".".join(rest[:-1])):
            return self._in(self.system, ".".join(rest[:-1]), rest[-1], name)
        return Place(self.system, name)

    def column_id(self, place: Place, column: str) -> int | None:
        if place.table_id is None or column == "*":
            return None
        columns = self._columns.get(place.table_id)
        if columns is None:
            rows = self.conn.execute(
                sa.select(schema.col.c.id, schema.col.c.name).where(
                    schema.col.c.table_id == place.table_id, schema.col.c.removed_at.is_(None)
                )
            ).all()
            columns = self._columns[place.table_id] = {n.lower(): i for i, n in rows}
        return columns.get(column.lower())

    def _system_of(self, database: str) -> str | None:
        mapped = self.mapping.get(database)
        if mapped is not None:
            return mapped
        return self.systems.get(database)

    def _catalog_tables(self, system: str) -> dict[tuple[str, str], tuple[int, str, str]]:
        found = self._tables.get(system)
        if found is None:
            rows = self.conn.execute(
                sa.select(schema.tbl.c.id, schema.tbl.c.schema_name, schema.tbl.c.name)
                .join(schema.system, schema.system.c.id == schema.tbl.c.system_id)
                .where(schema.system.c.name == system, schema.tbl.c.removed_at.is_(None))
            ).all()
            found = self._tables[system] = {((s or "").lower(), n.lower()): (i, s or "", n) for i, s, n in rows}
        return found

    def _has_schema(self, system: str, name: str) -> bool:
        return any(s == name for s, _ in self._catalog_tables(system))

    def _in(self, system: str, schema_name: str | None, table: str, written: str) -> Place:
        tables = self._catalog_tables(system)
        if schema_name is not None:
            matches = [v for (s, t), v in tables.items() if s == schema_name and t == table]
        else:
            matches = [v for (s, t), v in tables.items() if t == table]
            if len(matches) > 1:  # prefer the default schema of the source
                preferred = [m for m in matches if m[1].lower() in ("", "main", "public", "dbo")]
                matches = preferred if len(preferred) == 1 else matches
        if len(matches) != 1:
            return Place(system, written)
        table_id, found_schema, found_table = matches[0]
        return Place(system, f"{found_schema}.{found_table}" if found_schema else found_table, table_id)


# --- stored edges against the scanned catalog ------------------------------------------------------------


def resolve_edges(catalog: Catalog) -> int:
    """Link stored edges whose tables were not scanned when they were traced; returns edge ends linked."""
    with catalog.begin() as conn:
        return link_edges(conn)


def unresolved(catalog: Catalog) -> list[str]:
    """Names on stored edges that match nothing scanned: ``system: table``, or
    ``system: table.column (no such column)`` when the table is scanned but lacks the column (sorted)."""
    with catalog.connect() as conn:
        return _unresolved(conn)


def _unresolved(conn: Connection) -> list[str]:
    e = schema.lineage_edge
    scanned = {
        (system, f"{schema_name}.{table}" if schema_name else table)
        for system, schema_name, table in conn.execute(
            sa.select(schema.system.c.name, schema.tbl.c.schema_name, schema.tbl.c.name)
            .join(schema.tbl, schema.tbl.c.system_id == schema.system.c.id)
            .where(schema.tbl.c.removed_at.is_(None))
        ).all()
    }
    names: set[str] = set()
    for side in ("source", "target"):
        rows = conn.execute(
            sa.select(e.c[f"{side}_system"], e.c[f"{side}_table"], e.c[f"{side}_column"])
            .where(e.c[f"{side}_column_id"].is_(None), e.c[f"{side}_column"] != "*")
            .distinct()
        ).all()
        for system, table, column in rows:
            if (system, table) in scanned:
                names.add(f"{system}: {table}.{column} (no such column)")
            else:
                names.add(f"{system or '?'}: {table}")
    return sorted(names)


def link_edges(conn: Connection) -> int:
    """Inside a transaction: give stored edges the column ids of tables scanned since they were traced."""
    e = schema.lineage_edge
    linked = 0
    resolvers: dict[str, Resolver] = {}
    for side in ("source", "target"):
        rows = conn.execute(
            sa.select(e.c[f"{side}_system"], e.c[f"{side}_table"], e.c[f"{side}_column"])
            .where(e.c[f"{side}_column_id"].is_(None), e.c[f"{side}_system"].is_not(None), e.c[f"{side}_column"] != "*")
            .distinct()
        ).all()
        for system, table, column in rows:
            resolver = resolvers.get(system)
            if resolver is None:
                resolver = resolvers[system] = Resolver(conn, system)
            place = resolver.place(table)
            column_id = resolver.column_id(place, column)
            if column_id is None:
                continue
            linked += conn.execute(
                e.update()
                .where(
                    e.c[f"{side}_system"] == system,
                    e.c[f"{side}_table"] == table,
                    e.c[f"{side}_column"] == column,
                    e.c[f"{side}_column_id"].is_(None),
                )
                .values({f"{side}_column_id": column_id, f"{side}_table": place.table})
            ).rowcount
    return linked


def catalog_schema(conn: Connection, system: str, resolver: Resolver) -> dict[str, list[str]]:
    """Columns of scanned tables keyed the way this system's SQL names them, for ``SELECT *`` expansion:
    ``schema.table`` for the running system, ``database.table`` for every database mapped to a system."""
    prefixes: dict[str, list[str]] = {}
    for database, target in [*resolver.mapping.items(), *((s, s) for s in resolver.systems.values())]:
        prefixes.setdefault(target, []).append(database.lower())
    rows = conn.execute(
        sa.select(
            schema.system.c.name,
            schema.tbl.c.schema_name,
            schema.tbl.c.name.label("table"),
            schema.col.c.name.label("column"),
        )
        .join(schema.tbl, schema.tbl.c.system_id == schema.system.c.id)
        .join(schema.col, schema.col.c.table_id == schema.tbl.c.id)
        .where(schema.tbl.c.removed_at.is_(None), schema.col.c.removed_at.is_(None))
        .order_by(schema.tbl.c.id, schema.col.c.position)
    ).all()
    found: dict[str, list[str]] = {}
    for system_name, schema_name, table, column in rows:
        keys = [f"{d}.{table}" for d in prefixes.get(system_name, [])]
        if system_name == system:
            keys.append(f"{schema_name or system}.{table}")
        for key in keys:
            columns = found.setdefault(key.lower(), [])
            if column.lower() not in columns:
                columns.append(column.lower())
    return found
