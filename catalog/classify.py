"""Suggest Annex 1 categories for the catalog's columns and store them as ``suggested`` tags.

The rules are data (``data/rules/``); the engine is pure and lives in :mod:`catalog.signals` (:func:`suggest`
for a column, :func:`suggest_table` for a table) over the records of :mod:`catalog.suggestion`. Signals come
from the column **name**, its **comment**, the **value** detectors' match ratios (``col.profile``), a **foreign
key** to a table about people (category 5) and SQL **types** (``inet``, ``macaddr``); each names the rule that
fired, and that rule id is the evidence stored with the tag — never a value.

:func:`classify` applies the engine to the catalog in one transaction: confirmed and rejected tags are never
changed, a rejected category comes back only when its evidence changes, stale suggestions are withdrawn, and
columns decided "not personal" are left alone. Record tables reached only through another linked table
(``order_invoice`` → ``orders`` → customer) are resolved in a second pass.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from catalog import audit
from catalog.errors import NotFoundError
from catalog.record_tables import is_linked, person_references, record_kind, suggest_table
from catalog.rules import RuleSet, load_rules
from catalog.signals import _name_tokens, _refers_to, suggest
from catalog.store import Catalog, schema, utcnow
from catalog.suggestion import (
    CLASSIFIER_SOURCES,
    ColumnInfo,
    Signal,
    Suggestion,
    TableInfo,
    _head_in,
    _is_reference,
    context_schema,
    one_per_category,
    strip_column_prefix,
    strip_type_suffix,
    table_context,
)
from catalog.words import phrase_in, stem

if TYPE_CHECKING:
    from catalog.learned import Model

# ---------------------------------------------------------------- applying it to the catalog


@dataclass(frozen=True)
class ClassifyResult:
    """What a classification run did (counts of columns and tags)."""

    columns: int
    suggested: int  # new suggestions written
    updated: int  # existing suggestions whose confidence or evidence changed
    unchanged: int
    withdrawn: int  # stale suggestions removed (the rules no longer see them)
    kept_rejected: int  # suggestions not repeated because a person rejected the same evidence
    skipped_confirmed: int  # columns with a confirmed tag or a "not personal" decision
    personal_columns: int


def _column_path(system: str, schema_name: str, table: str, column: str) -> str:
    return ".".join(p for p in (system, schema_name, table, column) if p)


def suggest_system(
    tables: Sequence[tuple[TableInfo, Sequence[ColumnInfo]]],
    rules: RuleSet | None = None,
    *,
    model: Model | None = None,
) -> list[list[list[Suggestion]]]:
    """The engine for one system's tables: suggestions per table, per column (pure; no catalog access).

    The system's person tables tell which references elsewhere link rows to a person; record tables reached
    only through another linked table (``order_invoice`` → ``orders`` → customer) are resolved in a second
    pass. With a *model* (:mod:`catalog.learned`), columns the rules leave silent may get its suggestion;
    :func:`classify` passes the shipped one (:func:`default_model`).

    >>> rules = load_rules()
    >>> info = table_context("klienti", ["e_pasts"], rules)
    >>> [[s.category for s in f] for f in suggest_system([(info, [ColumnInfo("e_pasts")])], rules)[0]]
    [[2]]
    """
    rules = rules or load_rules()
    tables = _crm_accounts(tables, rules)
    people = tuple(info.tokens for info, _ in tables if info.person and not info.org and not info.technical)
    if people:
        tables = [(replace(info, people=people), columns) for info, columns in tables]
    is_person, refers = person_references([info for info, _ in tables], rules)
    found_all = [
        suggest_table(info, columns, rules, person_table=is_person, person_refs=refers) for info, columns in tables
    ]
    kinds: dict[int, tuple[int, str] | None] = {}

    def kind(i: int) -> tuple[int, str] | None:
        # a table's record kind by its name and columns, worked out once for the line owners and the model
        if i not in kinds:
            kinds[i] = record_kind(tables[i][0], tables[i][1], rules)
        return kinds[i]

    links = {info.tokens for (info, _), found in zip(tables, found_all) if is_linked(found, rules)}
    if links:
        owners = {
            info.tokens: record
            for i, ((info, _), found) in enumerate(zip(tables, found_all))
            if info.tokens in links and not info.person and (record := kind(i))
        }
        for i, (info, columns) in enumerate(tables):
            if not is_linked(found_all[i], rules):
                found_all[i] = suggest_table(
                    info, columns, rules, person_table=is_person, person_refs=refers, linked_tables=frozenset(links),
                    line_owners=owners,
                )  # fmt: skip
    if model is not None:
        found_all = [
            model.add(info, columns, found, rules, is_person, kind=partial(kind, i))
            for i, ((info, columns), found) in enumerate(zip(tables, found_all))
        ]
    # one tag per column and category, whichever ways the rules reached it
    return [[one_per_category(found) for found in table] for table in found_all]


def _crm_accounts(
    tables: Sequence[tuple[TableInfo, Sequence[ColumnInfo]]], rules: RuleSet
) -> list[tuple[TableInfo, Sequence[ColumnInfo]]]:
    """A CRM's ``accounts`` are the companies its contacts work for, not people: an organisation wherever a table
    of contacts or leads of the same system refers to it (``contact.account_id``, ``account_contacts``).

    >>> rules = load_rules()
    >>> crm = [(table_context(n, cs, rules), [ColumnInfo(c) for c in cs])
    ...        for n, cs in (("accounts", ["name", "phone"]), ("contacts", ["first_name", "account_id"]))]
    >>> [info.org for info, _ in _crm_accounts(crm, rules)]
    [True, False]
    >>> crm[1] = (table_context("contacts", ["first_name", "id_account"], rules), [ColumnInfo("id_account")])
    >>> [info.org for info, _ in _crm_accounts(crm, rules)]  # the leading-id convention reads the same
    [True, False]
    """
    if not rules.account_tables:
        return list(tables)
    accounts = [i for i, (info, _) in enumerate(tables) if _head_in(info.tokens, rules.account_tables, rules)]
    if not accounts:
        return list(tables)
    out = list(tables)
    for i in accounts:
        if tables[i][0].person:
            continue  # accounts with a login and the person's own contacts are users' accounts (a SIP server's)
        head = tables[i][0].tokens[-1]
        for info, columns in tables:
            if info is tables[i][0] or not phrase_in(info.tokens, rules.account_members):
                continue
            joins = any(stem(t) == stem(head) for t in info.tokens)  # account_contacts
            refers = any(_refers_to(toks[:-1], (head,)) for toks in (_name_tokens(c.name, rules) for c in columns)
                         if _is_reference(toks))  # fmt: skip
            if joins or refers:
                out[i] = (replace(tables[i][0], org=True, person=False), tables[i][1])
                break
    return out


def column_inputs(
    catalog: Catalog, system: str | None = None, rules: RuleSet | None = None
) -> list[tuple[str, list[tuple[TableInfo, list[ColumnInfo]]]]]:
    """What the engine reads about every current column, per system: ``(system, [(table, columns)])``.

    The same inputs :func:`classify` gives :func:`suggest_system` (used to train and measure the learned model).
    Column names are as the engine reads them: a table's shared type suffix and prefix dropped
    (:func:`strip_type_suffix`, :func:`strip_column_prefix`).

    >>> from catalog.store import open_catalog
    >>> column_inputs(open_catalog("sqlite://"))
    []
    """
    rules = rules or load_rules()
    with catalog.begin() as conn:
        rows = _current_columns(conn, system)
    return [
        (system_rows[0].system_name, [(info, columns) for _, info, columns in _engine_inputs(system_rows, rules)])
        for system_rows in _by_system(rows)
    ]


def _current_columns(conn: Any, system: str | None) -> list[Any]:
    s, t, c = schema.system, schema.tbl, schema.col
    query = (
        sa.select(
            c.c.id, c.c.name, c.c.data_type, c.c.comment, c.c.is_pk, c.c.fk_target, c.c.profile,
            c.c.sample_size, c.c.decision, t.c.id.label("table_id"), t.c.name.label("table_name"),
            t.c.schema_name, s.c.name.label("system_name"), s.c.id.label("system_id"), s.c.url.label("system_url"),
        )
        .select_from(c.join(t, c.c.table_id == t.c.id).join(s, t.c.system_id == s.c.id))
        .where(c.c.removed_at.is_(None), t.c.removed_at.is_(None))
        .order_by(t.c.id, c.c.position, c.c.id)
    )  # fmt: skip
    if system is not None:
        sid = conn.execute(sa.select(s.c.id).where(s.c.name == system)).scalar()
        if sid is None:
            raise NotFoundError(f"no system named {system!r} in the catalog", obj=system)
        query = query.where(s.c.id == sid)
    return list(conn.execute(query).mappings().all())


def _by_system(rows: list[Any]) -> list[list[Any]]:
    groups: dict[int, list[Any]] = {}
    for r in rows:
        groups.setdefault(r.system_id, []).append(r)
    return list(groups.values())


def _engine_inputs(rows: list[Any], rules: RuleSet) -> list[tuple[list[Any], TableInfo, list[ColumnInfo]]]:
    """One system's catalog rows grouped by table, as the engine's table context and column facts."""
    by_table: dict[int, list[Any]] = {}
    for r in rows:
        by_table.setdefault(r.table_id, []).append(r)
    out = []
    for cols in by_table.values():
        first = cols[0]
        names = strip_column_prefix(strip_type_suffix([x.name for x in cols], rules), rules, first.table_name)
        info = table_context(
            first.table_name,
            names,
            rules,
            schema_name=context_schema(first.schema_name, first.system_url),
            system=first.system_name,
        )
        columns = [
            ColumnInfo(
                name=name, data_type=r.data_type, comment=r.comment, is_pk=bool(r.is_pk), fk_target=r.fk_target,
                profile=r.profile, sample_size=r.sample_size,
            )
            for r, name in zip(cols, names)
        ]  # fmt: skip
        out.append((cols, info, columns))
    return out


MODEL_FILE = Path(__file__).resolve().parent.parent / "data" / "model" / "classifier.json"


def default_model() -> Model | None:
    """The learned model shipped beside the rules (``data/model/classifier.json``), if there is one.

    Trained on the labelled schemas, the demo and the looked-at blind exams by ``bench/train_classifier.py``; its
    features include which rules fired, so it is retrained whenever the rules change (see that script)."""
    from catalog.learned import load_model

    return load_model(MODEL_FILE) if MODEL_FILE.exists() else None


def classify(
    catalog: Catalog,
    system: str | None = None,
    *,
    rules: RuleSet | None = None,
    progress: Callable[[int, int], None] | None = None,
    learned: bool = True,
) -> ClassifyResult:
    """Suggest categories for every current column without a confirmed tag (of one system, or all).

    Written in one transaction. Confirmed and rejected tags are never changed; a rejected category comes back
    only when its evidence (rule ids and matched phrases) differs from what was rejected. With *learned* (the
    default), columns the rules leave silent may get the learned model's suggestion (``data/model/``, rule
    ``model.personal``, evidence in words) where it is sure of both that the column is personal and of its category,
    and on a column the rules find personal its category leads where it is sure the rules' category is not the one
    (rule ``model.category``; the rules' signals stay in the evidence).

    >>> from catalog.store import open_catalog
    >>> classify(open_catalog("sqlite://")).columns
    0
    """
    rules = rules or load_rules()
    model = default_model() if learned else None
    g = schema.tag
    with catalog.begin() as conn:
        rows = _current_columns(conn, system)
        ids = [r.id for r in rows]
        existing: dict[int, dict[int, Any]] = {}
        for chunk in _chunks(ids, 500):
            for tag in conn.execute(sa.select(g).where(g.c.column_id.in_(chunk))).mappings():
                existing.setdefault(tag.column_id, {})[tag.category] = tag

        now = utcnow()
        counts = dict.fromkeys(
            ("suggested", "updated", "unchanged", "withdrawn", "kept_rejected", "skipped", "personal"), 0
        )
        inserts: list[dict[str, Any]] = []
        done = 0
        for system_rows in _by_system(rows):
            entries = _engine_inputs(system_rows, rules)
            found_all = suggest_system([(info, columns) for _, info, columns in entries], rules, model=model)
            for (cols, _, _), found in zip(entries, found_all):
                if progress:
                    progress(done, len(rows))
                done += len(cols)
                for r, suggestions in zip(cols, found):
                    _apply(conn, r, suggestions, existing.get(r.id, {}), rules, now, counts, inserts)
        for chunk in _chunks(inserts, 500):
            conn.execute(g.insert(), chunk)
        audit.record(
            conn,
            "classify.run",
            f"system:{system}" if system else "catalog",
            after={k: v for k, v in counts.items()} | {"columns": len(rows)},
            actor="ropa classify",
        )
        if progress:
            progress(len(rows), len(rows))
    return ClassifyResult(
        columns=len(rows),
        suggested=counts["suggested"],
        updated=counts["updated"],
        unchanged=counts["unchanged"],
        withdrawn=counts["withdrawn"],
        kept_rejected=counts["kept_rejected"],
        skipped_confirmed=counts["skipped"],
        personal_columns=counts["personal"],
    )


def _apply(
    conn: Any,
    r: Any,
    suggestions: list[Suggestion],
    tags: dict[int, Any],
    rules: RuleSet,
    now: Any,
    counts: dict[str, int],
    inserts: list[dict[str, Any]],
) -> None:
    """Bring one column's stored suggestions in line with *suggestions*, leaving people's decisions alone."""
    g = schema.tag
    stale = [tag for tag in tags.values() if tag.status == "suggested" and tag.source in CLASSIFIER_SOURCES]
    if r.decision == "not_personal" or any(tag.status == "confirmed" for tag in tags.values()):
        counts["skipped"] += 1
        if r.decision == "not_personal" and stale:
            conn.execute(g.delete().where(g.c.id.in_([tag.id for tag in stale])))
            counts["withdrawn"] += len(stale)
        return
    if suggestions:
        counts["personal"] += 1
    produced: set[int] = set()
    for sug in suggestions:
        produced.add(sug.category)
        evidence = sug.evidence(rules)
        tag = tags.get(sug.category)
        if tag is None:
            inserts.append(
                {
                    "column_id": r.id, "category": sug.category, "status": "suggested", "source": sug.source,
                    "confidence": sug.confidence, "evidence": evidence, "actor": "ropa classify",
                    "created_at": now, "updated_at": now,
                }
            )  # fmt: skip
            counts["suggested"] += 1
        elif tag.status == "rejected":
            old_key = (tag.evidence or {}).get("key")
            if old_key is None or old_key == sug.key:
                counts["kept_rejected"] += 1
                continue
            conn.execute(
                g.update()
                .where(g.c.id == tag.id)
                .values(
                    status="suggested", source=sug.source, confidence=sug.confidence, evidence=evidence,
                    actor="ropa classify", updated_at=now,
                )
            )  # fmt: skip
            audit.record(
                conn,
                "tag.resuggest",
                _column_path(r.system_name, r.schema_name, r.table_name, r.name),
                before={"category": sug.category, "status": "rejected", "key": old_key},
                after={"category": sug.category, "status": "suggested", "key": sug.key},
                actor="ropa classify",
            )
            counts["updated"] += 1
        elif tag.status == "suggested" and tag.source in CLASSIFIER_SOURCES:
            if _same(tag, sug, evidence):
                counts["unchanged"] += 1
            else:
                conn.execute(
                    g.update()
                    .where(g.c.id == tag.id)
                    .values(source=sug.source, confidence=sug.confidence, evidence=evidence, updated_at=now)
                )
                counts["updated"] += 1
        else:
            counts["unchanged"] += 1  # suggested by lineage or imported: left as it is
    gone = [tag.id for tag in stale if tag.category not in produced]
    if gone:
        conn.execute(g.delete().where(g.c.id.in_(gone)))
        counts["withdrawn"] += len(gone)


def _same(tag: Any, sug: Suggestion, evidence: dict[str, Any]) -> bool:
    return (
        tag.source == sug.source
        and abs(float(tag.confidence) - sug.confidence) < 1e-6
        and json.dumps(tag.evidence, sort_keys=True) == json.dumps(evidence, sort_keys=True)
    )


def _chunks(items: list[Any], size: int) -> Iterable[list[Any]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


__all__ = [
    "ClassifyResult", "ColumnInfo", "Signal", "Suggestion", "TableInfo", "classify", "column_inputs", "suggest",
    "suggest_system", "suggest_table", "table_context",
]  # fmt: skip
