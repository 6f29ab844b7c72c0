"""Where SQL comes from: ``.sql`` files and folders, dbt ``manifest.json``, query-log CSV exports.

Reading only — no tracing, no catalog. Each input becomes a :class:`SqlInput` of :class:`SqlUnit` pieces
with their locations. Inputs that cannot be read at all (missing file, broken JSON, a CSV without a query
column) raise :class:`~catalog.errors.LineageError` naming the file and line; a single bad statement is not
a reading problem — the tracer reports it.

Query logs are deduplicated by statement fingerprint while reading: a log of a million rows with a few
hundred shapes yields a few hundred units, each with its number of occurrences and the line of its first row.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from catalog.errors import LineageError

SQL_SUFFIXES = (".sql", ".ddl", ".hql")


@dataclass(frozen=True)
class SqlUnit:
    """A piece of SQL and where it came from.

    With ``line`` set, the unit is one located thing (a log row, a dbt model) and every statement in it gets
    ``location``; otherwise statements get ``f"{location}:{statement line}"``.
    """

    sql: str
    location: str
    line: int | None = None
    occurrences: int = 1
    error: str | None = None  # the input itself says it cannot be traced (e.g. a dbt model never compiled)


@dataclass
class SqlInput:
    """One file's worth of SQL."""

    origin: str  # sql | log | dbt
    key: str  # absolute path: re-adding the same file replaces what it produced
    display: str  # the path as the user gave it
    units: list[SqlUnit] = field(default_factory=list)
    rows: int = 0  # statements or log rows read
    dialect: str | None = None  # dialect the input declares (dbt adapter, log kind), if any


def read_inputs(path: str | Path, *, dialect: str | None = None) -> list[SqlInput]:
    """Every SQL input at *path*: a file, or a folder searched recursively (sorted, hidden entries skipped).

    >>> read_inputs("no/such/file.sql")
    Traceback (most recent call last):
    ...
    catalog.errors.LineageError: no/such/file.sql: no such file or folder
    """
    root = Path(path)
    if not root.exists():
        raise LineageError("no such file or folder", file=str(path))
    if root.is_dir():
        files = [p for p in sorted(root.rglob("*")) if p.is_file() and _wanted(p, root)]
        if not files:
            raise LineageError(
                "no .sql, manifest.json or .csv files in this folder", file=str(path), hint="point at SQL files"
            )
        return [read_file(p, dialect=dialect) for p in files]
    return [read_file(root, dialect=dialect)]


def _wanted(path: Path, root: Path) -> bool:
    if any(part.startswith(".") for part in path.relative_to(root).parts):
        return False
    name = path.name.lower()
    return name.endswith(SQL_SUFFIXES) or name == "manifest.json" or name.endswith(".csv")


def read_file(path: Path, *, dialect: str | None = None) -> SqlInput:
    """One input, by what the file is: ``*.json`` → dbt manifest, ``*.csv`` → query log, else SQL text."""
    name = path.name.lower()
    if name.endswith(".json"):
        return read_dbt_manifest(path)
    if name.endswith(".csv"):
        return read_query_log(path, dialect=dialect)
    return read_sql_file(path)


def _text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        line = path.read_bytes()[: exc.start].count(b"\n") + 1
        raise LineageError("not UTF-8 text", file=str(path), line=line, hint="save the file as UTF-8") from None
    except OSError as exc:
        raise LineageError(f"cannot read: {exc.strerror}", file=str(path)) from None


def read_sql_file(path: Path) -> SqlInput:
    text = _text(path)
    return SqlInput("sql", str(path.resolve()), str(path), [SqlUnit(text, str(path))])


# --- dbt ---------------------------------------------------------------------------------------------------

_MATERIALIZED_AS_VIEW = frozenset({"view", "materialized_view"})


def read_dbt_manifest(path: Path) -> SqlInput:
    """Models of a dbt ``manifest.json``: compiled SQL written to the model's relation.

    Each model becomes ``CREATE VIEW|TABLE <relation> AS <compiled SQL>`` located at
    ``manifest.json:<unique id>``; ephemeral models are inlined by dbt into their users and are skipped.
    """
    try:
        manifest = json.loads(_text(path))
    except json.JSONDecodeError as exc:
        raise LineageError(f"not valid JSON: {exc.msg}", file=str(path), line=exc.lineno) from None
    nodes = manifest.get("nodes") if isinstance(manifest, dict) else None
    if not isinstance(nodes, dict):
        raise LineageError("not a dbt manifest (no 'nodes')", file=str(path), hint="use target/manifest.json")
    adapter = (manifest.get("metadata") or {}).get("adapter_type")
    result = SqlInput("dbt", str(path.resolve()), str(path), dialect=adapter)
    for unique_id, node in sorted(nodes.items()):
        if not isinstance(node, dict) or node.get("resource_type") not in ("model", "snapshot"):
            continue
        materialized = str((node.get("config") or {}).get("materialized") or "table")
        if materialized == "ephemeral":
            continue
        result.rows += 1
        location = f"{path}:{unique_id}"
        compiled = node.get("compiled_code") or node.get("compiled_sql")
        relation = _relation(node)
        if not compiled or not relation:
            error = "model has no compiled SQL (run 'dbt compile' first)" if not compiled else "model has no relation"
            result.units.append(SqlUnit("", location, line=1, error=error))
            continue
        kind = "VIEW" if materialized in _MATERIALIZED_AS_VIEW else "TABLE"
        body = str(compiled).strip().rstrip(";")
        result.units.append(SqlUnit(f"CREATE {kind} {relation} AS\n{body}", location, line=1))
    return result


def _relation(node: dict) -> str | None:  # type: ignore[type-arg]
    """The model's table as ``db.schema.name`` with each part quoted the ANSI way."""
    parts = [node.get("database"), node.get("schema"), node.get("alias") or node.get("name")]
    relation = node.get("relation_name")
    if isinstance(relation, str) and relation.strip():
        parts = [p.strip().strip('"`[]') for p in relation.replace("`", '"').split(".")]
    names = [str(p) for p in parts if p]
    if not names:
        return None
    return ".".join('"' + n.replace('"', '""') + '"' for n in names)


_TEXT_MEMO = 50_000  # exact texts remembered while reading a log (repeats skip the tokenizer)

# --- query logs --------------------------------------------------------------------------------------------


def read_query_log(path: Path, *, dialect: str | None = None) -> SqlInput:
    """A query-log CSV export, one unit per distinct statement fingerprint.

    Recognised by header: PostgreSQL ``pg_stat_statements`` (column ``query``; ``calls`` counts occurrences)
    and the MySQL general log table (``argument`` with ``command_type``; only ``Query``/``Execute`` rows).
    """
    from catalog.lineage.fingerprint import fingerprint_sql

    result = SqlInput("log", str(path.resolve()), str(path))
    shapes: dict[str, int] = {}  # fingerprint → unit index
    by_text: dict[str, str | None] = {}
    for line, text, calls in _log_rows(path, result):
        result.rows += 1
        if text not in by_text:
            if len(by_text) >= _TEXT_MEMO:  # a log of distinct texts must not hold them all in memory
                by_text.clear()
            by_text[text] = fingerprint_sql(text, dialect or result.dialect)
        shape = by_text[text] or f"text:{text}"
        index = shapes.get(shape)
        if index is None:
            shapes[shape] = len(result.units)
            result.units.append(SqlUnit(text, f"{path}:{line}", line=line, occurrences=calls))
        else:
            unit = result.units[index]
            result.units[index] = SqlUnit(unit.sql, unit.location, unit.line, unit.occurrences + calls)
    return result


def _log_rows(path: Path, result: SqlInput) -> Iterator[tuple[int, str, int]]:
    csv.field_size_limit(1 << 30)
    try:
        handle = path.open(encoding="utf-8-sig", newline="")
    except OSError as exc:
        raise LineageError(f"cannot read: {exc.strerror}", file=str(path)) from None
    with handle:
        reader = csv.reader(handle)
        try:
            header = [h.strip().lower() for h in next(reader, [])]
        except (csv.Error, UnicodeDecodeError) as exc:
            raise LineageError(f"not a readable CSV: {exc}", file=str(path), line=1) from None
        if "query" in header:
            result.dialect = "postgres"
            text_at, kind_at, calls_at = (
                header.index("query"),
                None,
                header.index("calls") if "calls" in header else None,
            )
        elif "argument" in header and "command_type" in header:
            result.dialect = "mysql"
            text_at, kind_at, calls_at = header.index("argument"), header.index("command_type"), None
        else:
            raise LineageError(
                "query log CSV needs a 'query' column (pg_stat_statements) or 'argument' and 'command_type' "
                "(MySQL general log)",
                file=str(path),
                line=1,
                hint=f"found columns: {', '.join(header) or 'none'}",
            )
        start = reader.line_num + 1
        while True:
            try:
                row = next(reader)
            except StopIteration:
                return
            except (csv.Error, UnicodeDecodeError) as exc:
                raise LineageError(f"broken CSV row: {exc}", file=str(path), line=start) from None
            line, start = start, reader.line_num + 1
            if len(row) <= text_at or not row[text_at].strip():
                continue
            if kind_at is not None and (
                len(row) <= kind_at or row[kind_at].strip().lower() not in ("query", "execute")
            ):
                continue
            calls = 1
            if calls_at is not None and len(row) > calls_at:
                try:
                    calls = max(1, int(float(row[calls_at])))
                except ValueError:
                    raise LineageError(
                        f"'calls' is not a number: {row[calls_at]!r}", file=str(path), line=line
                    ) from None
            yield line, _unhex(row[text_at]), calls


def _unhex(text: str) -> str:
    """Some MySQL exports write the general log's ``argument`` (a blob) as ``0x5345…``: decode it."""
    if text.startswith(("0x", "0X")) and len(text) > 2 and len(text) % 2 == 0:
        try:
            return bytes.fromhex(text[2:]).decode("utf-8")
        except ValueError:
            return text
    return text
