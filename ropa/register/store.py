"""The register in the catalog: versioned documents plus an audit entry for every change.

Each import that changes anything adds one ``register_document`` row (the validated content and its hash)
and, in the same transaction, one audit entry per added, changed or removed object (``activity:<id>``,
``party:<id>``, ``transfer:<id>``, ``retention:<id>``, ``controller``) with its before and after state.
Re-importing identical content changes nothing. A file with any problem is rejected before the
transaction starts, so nothing is ever half-imported.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from catalog import audit, settings
from catalog.errors import NotFoundError, RegisterError
from catalog.store import Catalog, schema, utcnow
from ropa.register.model import Register
from ropa.register.yamlio import content_hash, dump_yaml, parse_file, to_dict

_SECTIONS = {"activities": "activity", "parties": "party", "transfers": "transfer", "retention": "retention"}


@dataclass(frozen=True)
class Change:
    action: str  # register.add | register.change | register.remove
    object: str  # activity:<id> | party:<id> | transfer:<id> | retention:<id> | controller


@dataclass(frozen=True)
class ImportResult:
    document_id: int
    content_hash: str
    changed: bool
    changes: list[Change] = field(default_factory=list)
    activities: int = 0
    parties: int = 0
    transfers: int = 0
    retention_rules: int = 0


@dataclass(frozen=True)
class StoredRegister:
    register: Register
    document_id: int
    content_hash: str
    imported_at: datetime
    source: str | None


def _objects(content: dict[str, Any] | None) -> dict[str, Any]:
    if not content:
        return {}
    found: dict[str, Any] = {"controller": content.get("controller")}
    for section, kind in _SECTIONS.items():
        for item in content.get(section, []):
            found[f"{kind}:{item['id']}"] = item
    return found


def diff_content(old: dict[str, Any] | None, new: dict[str, Any]) -> list[tuple[str, str, Any, Any]]:
    """(action, object, before, after) for every object that differs between two register contents."""
    before, after = _objects(old), _objects(new)
    changes: list[tuple[str, str, Any, Any]] = []
    for obj in after:
        if obj not in before:
            changes.append(("register.add", obj, None, after[obj]))
        elif before[obj] != after[obj]:
            changes.append(("register.change", obj, before[obj], after[obj]))
    for obj in before:
        if obj not in after:
            changes.append(("register.remove", obj, before[obj], None))
    return changes


def _latest_row(conn: sa.Connection) -> sa.Row[Any] | None:
    doc = schema.register_document
    return conn.execute(sa.select(doc).order_by(doc.c.id.desc()).limit(1)).first()


def store_register(
    catalog: Catalog, register: Register, *, source: str | None = None, actor: str | None = None
) -> ImportResult:
    """Store a validated register as the new current version, auditing each change (one transaction)."""
    content = to_dict(register)
    digest = content_hash(content)
    who = actor or settings.actor()
    counts = {
        "activities": len(register.activities),
        "parties": len(register.parties),
        "transfers": len(register.transfers),
        "retention_rules": len(register.retention),
    }
    with catalog.begin() as conn:
        latest = _latest_row(conn)
        if latest is not None and latest.content_hash == digest:
            return ImportResult(latest.id, digest, False, [], **counts)
        changes = diff_content(latest.content if latest is not None else None, content)
        inserted = conn.execute(
            schema.register_document.insert().values(
                imported_at=utcnow(), actor=who, source=source, content=content, content_hash=digest
            )
        ).inserted_primary_key
        assert inserted is not None
        document_id = inserted[0]
        for action, obj, before, after in changes:
            audit.record(conn, action, obj, before=before, after=after, actor=who)
        audit.record(
            conn,
            "register.import",
            f"register:{document_id}",
            before={"content_hash": latest.content_hash} if latest is not None else None,
            after={"content_hash": digest, "source": source, "changes": len(changes)},
            actor=who,
        )
    return ImportResult(int(document_id), digest, True, [Change(a, o) for a, o, _, _ in changes], **counts)


def import_register(catalog: Catalog, path: str | Path, *, actor: str | None = None) -> ImportResult:
    """Validate the register YAML at *path* and make it the catalog's current register.

    Every problem in the file is reported at once (:class:`~ropa.register.yamlio.RegisterInvalid`, each with
    file, line and object); on any problem nothing is stored.

    >>> from catalog.store import open_catalog
    >>> result = import_register(open_catalog("sqlite://"), "tests/data/register_ok.yaml")
    >>> result.changed
    True
    """
    register = parse_file(path)
    return store_register(catalog, register, source=str(path), actor=actor)


def load_stored(catalog: Catalog) -> StoredRegister:
    """The current register with its version facts; :class:`NotFoundError` when none was imported."""
    with catalog.connect() as conn:
        row = _latest_row(conn)
    if row is None:
        raise NotFoundError("no register imported yet", hint="run 'ropa register import register.yaml'")
    try:
        register = Register.model_validate(row.content)
    except ValueError as exc:  # a stored document that no longer validates (taxonomy or model changed)
        raise RegisterError(f"stored register version {row.id} no longer validates: {exc}") from None
    return StoredRegister(register, row.id, row.content_hash, row.imported_at, row.source)


def load_register(catalog: Catalog) -> Register:
    """The catalog's current register (see :func:`import_register`)."""
    return load_stored(catalog).register


def export_register(catalog: Catalog, path: str | Path) -> Path:
    """Write the current register as YAML that ``import_register`` reads back unchanged."""
    path = Path(path)
    text = dump_yaml(load_register(catalog))
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)
    return path
