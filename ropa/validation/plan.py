"""Which expectations to run, derived from the register and the tags — pure, no Great Expectations here.

- retention ``max`` rules with a table and date column: no row's date older than the period;
- retention ``min`` rules with a table and date column: every row carries the date its retention runs from
  (without it nobody can prove the row is kept long enough);
- format rules (``data/formats.yaml``) on confirmed-tagged columns: values look like what they claim to be;
- declared identifiers (``data/formats.yaml``): never null.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import sqlalchemy as sa
import yaml

from catalog.errors import RuleError
from catalog.store import Catalog, schema
from ropa.register.model import Register
from ropa.register.vocabulary import RetentionKind

FORMATS_YAML = Path(__file__).resolve().parent.parent.parent / "data" / "formats.yaml"


@dataclass(frozen=True)
class FormatRule:
    id: str
    categories: tuple[int, ...]
    regex: str
    detectors: tuple[str, ...] = ()
    name_pattern: str | None = None
    min_ratio: float = 0.5
    mostly: float = 0.9


@dataclass(frozen=True)
class IdentifierRule:
    id: str
    categories: tuple[int, ...]
    name_pattern: str


@dataclass(frozen=True)
class Planned:
    """One expectation to run: where, what kind, which rule, and its parameters."""

    system: str
    schema: str
    table: str
    column: str
    check: str  # retention_max | retention_min | format | not_null
    rule: str
    params: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)


@dataclass(frozen=True)
class Skipped:
    rule: str
    reason: str


@lru_cache(maxsize=1)
def load_formats(path: Path = FORMATS_YAML) -> tuple[tuple[FormatRule, ...], tuple[IdentifierRule, ...]]:
    """Read ``data/formats.yaml``; a broken rule is a :class:`RuleError` naming the file and the rule."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        formats = tuple(
            FormatRule(
                id=r["id"], categories=tuple(r["categories"]), regex=r["regex"], detectors=tuple(r.get("detectors", ())),
                name_pattern=r.get("name_pattern"), min_ratio=float(r.get("min_ratio", 0.5)),
                mostly=float(r.get("mostly", 0.9)),
            )
            for r in data.get("formats", [])
        )  # fmt: skip
        identifiers = tuple(
            IdentifierRule(id=r["id"], categories=tuple(r["categories"]), name_pattern=r["name_pattern"])
            for r in data.get("identifiers", [])
        )
    except (OSError, yaml.YAMLError, KeyError, TypeError, ValueError) as exc:
        raise RuleError(f"format rules cannot be read ({exc.__class__.__name__}: {exc})", file=path) from None
    patterns = [(f.id, p) for f in formats for p in (f.regex, f.name_pattern)]
    patterns += [(i.id, i.name_pattern) for i in identifiers]
    for rule_id, pattern in patterns:
        if pattern:
            try:
                re.compile(pattern)
            except re.error as exc:
                raise RuleError(f"bad regular expression ({exc})", file=path, obj=f"rule {rule_id}") from None
    return formats, identifiers


def _split_table(ref: str) -> tuple[str, str | None, str]:
    parts = ref.split(".")
    if len(parts) == 2:
        return parts[0], None, parts[1]
    if len(parts) == 3:
        return parts[0], parts[1], parts[2]
    raise ValueError(ref)


def plan(catalog: Catalog, register: Register) -> tuple[list[Planned], list[Skipped]]:
    """Every expectation the register and the confirmed tags call for, plus the rules that cannot run and why."""
    s, t, c, g = schema.system, schema.tbl, schema.col, schema.tag
    planned: list[Planned] = []
    skipped: list[Skipped] = []
    with catalog.connect() as conn:
        columns = conn.execute(
            sa.select(s.c.name.label("system"), s.c.kind, t.c.schema_name, t.c.name.label("table"),
                      c.c.id, c.c.name.label("column"), c.c.profile)
            .select_from(c.join(t, c.c.table_id == t.c.id).join(s, t.c.system_id == s.c.id))
            .where(c.c.removed_at.is_(None), t.c.removed_at.is_(None), t.c.kind == "table")
        ).all()  # fmt: skip
        confirmed: dict[int, set[int]] = {}
        for tag in conn.execute(sa.select(g.c.column_id, g.c.category).where(g.c.status == "confirmed")):
            confirmed.setdefault(tag.column_id, set()).add(int(tag.category))
    by_table: dict[tuple[str, str], list[Any]] = {}
    for row in columns:
        by_table.setdefault((row.system, row.table), []).append(row)
    for rule in register.retention:
        if not rule.table or not rule.date_column or rule.period is None:
            continue
        system, schema_name, table = _split_table(rule.table)
        rows = [r for r in by_table.get((system, table), []) if schema_name in (None, r.schema_name)]
        if not rows:
            skipped.append(Skipped(rule.id, f"table {rule.table} is not in the catalog (scan {system} first)"))
            continue
        if not any(r.column == rule.date_column for r in rows):
            skipped.append(Skipped(rule.id, f"column {rule.date_column} is not in {rule.table}"))
            continue
        check = "retention_max" if rule.kind is RetentionKind.MAX else "retention_min"
        planned.append(
            Planned(system, rows[0].schema_name, table, rule.date_column, check, rule.id,
                    {"count": rule.period.count, "unit": rule.period.unit, "period": str(rule.period)})
        )  # fmt: skip
    formats, identifiers = load_formats()
    for row in columns:
        if row.kind != "database":
            continue
        categories = confirmed.get(row.id, set())
        if not categories:
            continue
        profile = row.profile or {}
        for fmt in formats:
            if not categories & set(fmt.categories):
                continue
            if profile:
                chosen = any(float(profile.get(d, 0) or 0) >= fmt.min_ratio for d in fmt.detectors)
            else:
                chosen = bool(fmt.name_pattern and re.search(fmt.name_pattern, row.column))
            if chosen:
                planned.append(
                    Planned(row.system, row.schema_name, row.table, row.column, "format", fmt.id,
                            {"regex": fmt.regex, "mostly": fmt.mostly})
                )  # fmt: skip
        for ident in identifiers:
            if categories & set(ident.categories) and re.search(ident.name_pattern, row.column):
                planned.append(Planned(row.system, row.schema_name, row.table, row.column, "not_null", ident.id))
    return planned, skipped
