"""Tags in and out of ropa: the export/import format of DESIGN.md, a stable contract for other tools.

One row per tag with exactly the columns of :data:`catalog.tagging.EXPORT_COLUMNS`
(``system,schema,table,column,category,status,confidence,source``), as CSV or JSON. Importing checks every row
first (file and line named on any error) and applies them in one transaction; confirmed and rejected rows are
decisions with audit entries, like ``ropa tag``.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from catalog import settings
from catalog.errors import ConfigError, NotFoundError
from catalog.store import Catalog, schema, utcnow

STATUSES = ("suggested", "confirmed", "rejected")
SOURCES = ("name", "value", "comment", "lineage", "manual", "import")
EXPORT_COLUMNS = ("system", "schema", "table", "column", "category", "status", "confidence", "source")


def export_rows(catalog: Catalog, system: str | None = None) -> list[dict[str, Any]]:
    """One dict per tag on a live column, keys exactly :data:`EXPORT_COLUMNS`."""
    from catalog.tagging import _live_columns

    t = schema.tag
    query = (
        _live_columns()
        .join(t, t.c.column_id == schema.col.c.id)
        .add_columns(t.c.category, t.c.status, t.c.confidence, t.c.source)
        .order_by(
            schema.system.c.name, schema.tbl.c.schema_name, schema.tbl.c.name, schema.col.c.position, t.c.category
        )
    )
    if system is not None:
        query = query.where(schema.system.c.name == system)
    with catalog.connect() as conn:
        return [
            {
                "system": sys_,
                "schema": sch or "",
                "table": tbl,
                "column": col,
                "category": int(cat),
                "status": status,
                "confidence": round(float(conf), 3),
                "source": src,
            }  # fmt: skip
            for _cid, sys_, sch, tbl, col, _dec, cat, status, conf, src in conn.execute(query)
        ]


def export_tags(catalog: Catalog, fmt: str, path: str | Path | None = None, *, system: str | None = None) -> str:
    """Tags as CSV or JSON text (written to *path* when given, atomically). Never values — only tags."""
    if fmt not in ("csv", "json"):
        raise ConfigError(f"unknown export format {fmt!r}", hint="use csv or json")
    rows = export_rows(catalog, system)
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=EXPORT_COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
        text = buffer.getvalue()
    else:
        text = json.dumps(rows, ensure_ascii=False, indent=1) + "\n"
    if path is not None:
        target = Path(path)
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(target.name + ".tmp")
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(target)
    return text


@dataclass(frozen=True)
class ImportResult:
    rows: int
    created: int
    changed: int
    unchanged: int


def _read_import(path: Path) -> list[tuple[int, dict[str, Any]]]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read the tag file ({exc})", file=path) from None
    if path.suffix.lower() == ".json" or text.lstrip().startswith(("[", "{")):
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ConfigError(f"not valid JSON ({exc.msg})", file=path, line=exc.lineno) from None
        if isinstance(data, dict):
            data = data.get("tags")
        if not isinstance(data, list) or not all(isinstance(r, dict) for r in data):
            raise ConfigError("expected a JSON list of tag objects", file=path)
        return [(i + 1, r) for i, r in enumerate(data)]
    reader = csv.DictReader(text.splitlines())
    header = tuple(h.strip() for h in reader.fieldnames or ())
    missing = [c for c in EXPORT_COLUMNS if c not in header]
    if missing:
        raise ConfigError(
            f"the header lacks {', '.join(missing)}", file=path, line=1, hint="header: " + ",".join(EXPORT_COLUMNS)
        )
    return [(reader.line_num, {k.strip(): (v or "").strip() for k, v in row.items() if k}) for row in reader]


def import_tags(catalog: Catalog, path: str | Path, *, actor: str | None = None) -> ImportResult:
    """Read tags in the export format and apply them in one transaction (all rows checked first).

    Confirmed and rejected rows are decisions and get audit entries; suggested rows add suggestions
    (never downgrading a person's decision). Any bad row stops the import, naming file and line.
    """
    from catalog.tagging import ColumnRef, _check_category, _decide, resolve

    path = Path(path)
    who = actor or settings.actor()
    rows = _read_import(path)
    t = schema.tag
    created = changed = unchanged = 0
    with catalog.begin() as conn:
        plan: list[tuple[ColumnRef, int, str, float]] = []
        for line, row in rows:
            target = ".".join(str(row.get(k) or "") for k in ("system", "schema", "table", "column") if row.get(k))
            try:
                ref = resolve(conn, target)
                cid = _check_category(row.get("category"), target)
            except NotFoundError as exc:
                raise NotFoundError(exc.message, file=path, line=line, obj=target, hint=exc.hint) from None
            status = str(row.get("status") or "").strip()
            if status not in STATUSES:
                raise ConfigError(f"status {status!r} is not one of {', '.join(STATUSES)}", file=path, line=line)
            try:
                conf = float(row.get("confidence") or (1.0 if status == "confirmed" else 0.5))
            except (TypeError, ValueError):
                raise ConfigError(
                    f"confidence {row.get('confidence')!r} is not a number", file=path, line=line
                ) from None
            plan.append((ref, cid, status, conf))
        for ref, cid, status, conf in plan:
            existing = conn.execute(sa.select(t.c.status).where(t.c.column_id == ref.id, t.c.category == cid)).scalar()
            if existing == status or (status == "suggested" and existing in ("confirmed", "rejected")):
                unchanged += 1
                continue
            if status == "suggested":
                now = utcnow()
                conn.execute(
                    t.insert().values(
                        column_id=ref.id, category=cid, status="suggested", source="import", confidence=conf,
                        evidence={"imported_from": path.name}, actor=who, created_at=now, updated_at=now,
                    )
                )  # fmt: skip
            else:
                _decide(conn, ref, cid, status, note=f"imported from {path.name}", actor=who, source="import",
                        confidence=conf, evidence={"imported_from": path.name})  # fmt: skip
            if existing is None:
                created += 1
            else:
                changed += 1
    return ImportResult(len(rows), created, changed, unchanged)


__all__ = ["EXPORT_COLUMNS", "SOURCES", "STATUSES", "ImportResult", "export_rows", "export_tags", "import_tags"]
