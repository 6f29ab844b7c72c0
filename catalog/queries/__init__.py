"""Read models for the app: small dataclasses and DataFrames the Streamlit pages show as they are.

Why a layer of its own: pages hold no SQL and no business rules (they would be untestable and slow), so
every figure, table and graph a page shows comes from one function here, taking an opened
:class:`~catalog.store.Catalog`. Aggregation is pushed into SQL ``GROUP BY`` so a catalog of 100,000
columns answers in milliseconds; :func:`change_token` lets the app cache answers until the catalog changes.

One module per page noun: :mod:`overview`, :mod:`category`, :mod:`systems`, :mod:`lineage`,
:mod:`review`, :mod:`register` (editing: :mod:`register_edit`; export files: :mod:`downloads`),
:mod:`findings`. Register-side answers import ``ropa.register`` lazily and return ``None`` while no register
has been imported (or the register area is not installed).
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from catalog.store import Catalog, schema, schema_register


def change_token(catalog: Catalog) -> str:
    """A short string that changes whenever anything the app shows could have changed.

    Built from a handful of cheap aggregates (row counts, newest ids and times), so computing it on every
    page run costs a few milliseconds even on a large catalog.

    >>> from catalog.store import open_catalog
    >>> change_token(open_catalog("sqlite://")).count("|")
    11
    """
    parts = [
        sa.select(sa.func.count()).select_from(schema.system).scalar_subquery(),
        sa.select(sa.func.count()).select_from(schema.col).scalar_subquery(),
        sa.select(sa.func.max(schema.col.c.last_seen)).scalar_subquery(),
        sa.select(sa.func.count()).select_from(schema.tag).scalar_subquery(),
        sa.select(sa.func.max(schema.tag.c.updated_at)).scalar_subquery(),
        sa.select(sa.func.max(schema.tag.c.id)).scalar_subquery(),
        sa.select(sa.func.count()).select_from(schema.lineage_edge).scalar_subquery(),
        sa.select(sa.func.max(schema.audit.c.id)).scalar_subquery(),
        sa.select(sa.func.max(schema.register_document.c.id)).scalar_subquery(),
        sa.select(sa.func.max(schema.scan_run.c.id)).scalar_subquery(),
        sa.select(sa.func.max(schema_register.register_finding.c.id)).scalar_subquery(),
        sa.select(sa.func.max(schema_register.validation_result.c.id)).scalar_subquery(),
    ]
    with catalog.connect() as conn:
        row = conn.execute(sa.select(*parts)).one()
    return "|".join("" if value is None else str(value) for value in row)


def live_columns() -> sa.Select:
    """``col ⋈ tbl ⋈ system`` restricted to what is still there (removed tables/columns are history)."""
    return (
        sa.select()
        .select_from(
            schema.col.join(schema.tbl, schema.col.c.table_id == schema.tbl.c.id).join(
                schema.system, schema.tbl.c.system_id == schema.system.c.id
            )
        )
        .where(schema.col.c.removed_at.is_(None), schema.tbl.c.removed_at.is_(None))
    )


def tagged_columns() -> sa.Select:
    """:func:`live_columns` joined to their tags: one row per tag (filter on ``tag.status``) — the base of every
    "which columns hold which category" question, in the app's pages and in reconciliation alike."""
    return live_columns().join(schema.tag, schema.tag.c.column_id == schema.col.c.id)


def column_path(system: str, schema_name: str | None, table: str, column: str | None = None) -> str:
    """``system.schema.table.column`` as the CLI names targets (schema left out when the source has none)."""
    parts = [system, *([schema_name] if schema_name else []), table, *([column] if column else [])]
    return ".".join(parts)


def format_evidence(evidence: object, lang: str = "en") -> str:
    """A tag's evidence (rule ids, match ratios, lineage path — never values) as one short readable line.

    Understands the classifier's shape (``signals`` + ``explain_en``/``explain_lv``) and falls back to
    ``key value`` pairs for anything else.

    >>> format_evidence({"signals": [{"rule": "value.iban", "ratio": 0.97, "sample_size": 100}], "explain_en": "IBANs."})
    'value.iban 97% of 100 — IBANs.'
    >>> format_evidence({"path": ["crm.t.a", "dwh.t.a"]})
    'path crm.t.a → dwh.t.a'
    """
    if not evidence:
        return ""
    if not isinstance(evidence, dict):
        return str(evidence)
    if isinstance(evidence.get("origin"), dict) and isinstance(evidence.get("path"), list):
        return _lineage_evidence(evidence, lang)
    parts = []
    for signal in evidence.get("signals") or []:
        if not isinstance(signal, dict):
            continue
        bits = [str(signal.get("rule") or signal.get("kind") or "?")]
        if isinstance(signal.get("ratio"), int | float):
            bits.append(
                f"{signal['ratio']:.0%}" + (f" of {signal['sample_size']}" if signal.get("sample_size") else "")
            )
        elif signal.get("pattern"):
            bits.append(f"“{signal['pattern']}”")
        parts.append(" ".join(bits))
    head = ", ".join(parts)
    rest = []
    for key, value in evidence.items():
        if key in ("signals", "key") or key.startswith("explain_"):
            continue
        if isinstance(value, float) and 0 <= value <= 1 and key in ("ratio", "match_ratio", "confidence"):
            rest.append(f"{key} {value:.0%}")
        elif isinstance(value, list) and key in ("path", "lineage_path", "via"):
            rest.append(
                f"{key} " + " → ".join(str(v.get("column", v)) if isinstance(v, dict) else str(v) for v in value)
            )
        elif isinstance(value, list | dict):
            import json

            rest.append(f"{key} {json.dumps(value, ensure_ascii=False, default=str)}")
        else:
            rest.append(f"{key} {value}")
    text = " · ".join(p for p in (head, *rest) if p)
    explain = evidence.get(f"explain_{lang}") or evidence.get("explain_en")
    return f"{text} — {explain}" if explain and text else str(explain or text)


def word(group: str, value: object, lang: str = "en") -> str:
    """A vocabulary value (legal basis, safeguard, role, finding kind, severity…) in words, from the export
    labels ``data/labels_{lv,en}.yaml`` (the register area's); the raw value where no label exists.

    >>> word("safeguard", "scc", "lv")
    'līguma standartklauzulas'
    """
    raw = str(getattr(value, "value", value))
    from ropa.exports.labels import labels

    return labels(lang if lang in ("lv", "en") else "en").get(f"{group}.{raw}", raw)


def _lineage_evidence(evidence: dict[str, Any], lang: str) -> str:
    """``propagated from crm.t.a (confirmed): crm.t.a —copy→ dwh.t.a · dwh/load.sql:3``"""
    origin = evidence["origin"]
    assert isinstance(origin, dict)
    path = [str(p) for p in evidence["path"]]
    kinds = evidence.get("kinds") or []
    route = path[0] if path else ""
    for index, step in enumerate(path[1:]):
        kind = kinds[index] if isinstance(kinds, list) and index < len(kinds) else None
        route += f" —{kind}→ {step}" if kind else f" → {step}"
    where = [str(x) for x in evidence.get("locations") or [] if x]
    head = "izplatīts no" if lang == "lv" else "propagated from"
    text = f"{head} {origin.get('column')} ({origin.get('status')}): {route}"
    return text + (f" · {', '.join(dict.fromkeys(where))}" if where else "")


__all__ = ["change_token", "column_path", "format_evidence", "live_columns", "tagged_columns", "word"]
