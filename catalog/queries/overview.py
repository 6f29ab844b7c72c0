"""The overview page: headline figures and the categories × systems heatmap."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import sqlalchemy as sa

from catalog.queries import live_columns, tagged_columns
from catalog.store import Catalog, schema
from catalog.taxonomy import categories

if TYPE_CHECKING:
    import pandas as pd

# A tag that someone rejected says "this column does NOT hold the category": it is not on the map.
ON_MAP = ("suggested", "confirmed")


@dataclass(frozen=True)
class Headline:
    """The five figures a DPO looks at first. ``None`` means "not known yet" (no register, no checks)."""

    systems: int
    columns: int
    personal_columns: int
    confirmed_columns: int
    categories_found: int
    third_country_recipients: int | None
    open_findings: int | None

    @property
    def empty(self) -> bool:
        return self.systems == 0


def headline(catalog: Catalog) -> Headline:
    """Headline figures of the catalog (register-side figures are ``None`` until a register exists).

    >>> from catalog.store import open_catalog
    >>> headline(open_catalog("sqlite://")).empty
    True
    """
    from catalog.queries import findings, register

    tagged = live_columns().join(schema.tag, schema.tag.c.column_id == schema.col.c.id)
    with catalog.connect() as conn:
        systems = conn.execute(sa.select(sa.func.count()).select_from(schema.system)).scalar_one()
        columns = conn.execute(live_columns().with_only_columns(sa.func.count())).scalar_one()
        personal = conn.execute(
            tagged.with_only_columns(sa.func.count(sa.distinct(schema.col.c.id))).where(schema.tag.c.status.in_(ON_MAP))
        ).scalar_one()
        confirmed = conn.execute(
            tagged.with_only_columns(sa.func.count(sa.distinct(schema.col.c.id))).where(
                schema.tag.c.status == "confirmed"
            )
        ).scalar_one()
        found = {
            int(c)
            for (c,) in conn.execute(
                tagged.with_only_columns(schema.tag.c.category).where(schema.tag.c.status.in_(ON_MAP)).distinct()
            )
        }
    found |= {c for cats in _declared_categories(catalog).values() for c in cats}
    return Headline(
        systems=int(systems),
        columns=int(columns),
        personal_columns=int(personal),
        confirmed_columns=int(confirmed),
        categories_found=len(found),
        third_country_recipients=register.third_country_recipient_count(catalog),
        open_findings=findings.open_finding_count(catalog),
    )


def _declared_categories(catalog: Catalog) -> dict[str, list[int]]:
    """Categories that non-scannable systems (SaaS, files, paper) declare in their properties."""
    with catalog.connect() as conn:
        rows = conn.execute(
            sa.select(schema.system.c.name, schema.system.c.properties).where(schema.system.c.properties.is_not(None))
        ).all()
    declared: dict[str, list[int]] = {}
    for name, props in rows:
        cats = (props or {}).get("categories") if isinstance(props, dict) else None
        if cats:
            declared[name] = sorted({int(c) for c in cats if str(c).isdigit()})
    return declared


def heatmap(catalog: Catalog) -> pd.DataFrame:
    """Columns holding each category per system: one row per (category, system) that is not empty.

    Columns: ``category`` (Annex id), ``system``, ``columns`` (tagged columns, suggested or confirmed),
    ``confirmed`` (of those, confirmed), ``declared`` (the system declares the category without columns,
    e.g. a SaaS tool). The counting happens in one ``GROUP BY``.
    """
    import pandas as pd

    query = (
        tagged_columns()
        .with_only_columns(
            schema.tag.c.category,
            schema.system.c.name.label("system"),
            sa.func.count().label("columns"),
            sa.func.sum(sa.case((schema.tag.c.status == "confirmed", 1), else_=0)).label("confirmed"),
        )
        .where(schema.tag.c.status.in_(ON_MAP))
        .group_by(schema.tag.c.category, schema.system.c.name)
    )
    with catalog.connect() as conn:
        rows = [(int(c), s, int(n), int(k or 0), False) for c, s, n, k in conn.execute(query)]
    seen = {(c, s) for c, s, *_ in rows}
    for system, cats in _declared_categories(catalog).items():
        rows.extend((c, system, 0, 0, True) for c in cats if (c, system) not in seen)
    return pd.DataFrame(rows, columns=["category", "system", "columns", "confirmed", "declared"])


@dataclass(frozen=True)
class HeatmapMatrix:
    """The heatmap laid out for plotting: 32 category rows × the systems, with labels in one language."""

    category_ids: list[int]
    category_labels: list[str]
    systems: list[str]
    counts: list[list[int]]  # [category row][system column]
    declared: list[list[bool]]


def heatmap_matrix(catalog: Catalog, lang: str = "en") -> HeatmapMatrix:
    """:func:`heatmap` as a full 32 × systems grid (every category, every system, zeros included)."""
    frame = heatmap(catalog)
    with catalog.connect() as conn:
        systems = [n for (n,) in conn.execute(sa.select(schema.system.c.name).order_by(schema.system.c.name))]
    cats = categories()
    index = {s: i for i, s in enumerate(systems)}
    counts = [[0] * len(systems) for _ in cats]
    declared = [[False] * len(systems) for _ in cats]
    for row in frame.itertuples(index=False):
        if row.system in index:
            counts[row.category - 1][index[row.system]] = int(row.columns)
            declared[row.category - 1][index[row.system]] = bool(row.declared)
    return HeatmapMatrix(
        category_ids=[c.id for c in cats],
        category_labels=[f"{c.id}. {c.name(lang)}" for c in cats],
        systems=systems,
        counts=counts,
        declared=declared,
    )


__all__ = ["Headline", "HeatmapMatrix", "headline", "heatmap", "heatmap_matrix"]
