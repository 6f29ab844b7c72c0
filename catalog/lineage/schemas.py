"""Table schemas as ``trace_sql`` uses them: flattened, lower-cased, one depth, prepared once and reused.

Callers pass ``{"db.t": ["c", …]}``, ``{"t": {"c": "INT"}}`` or sqlglot's nested form; a prepared schema gets a
serial number that is part of the statement cache key, so results traced with one schema are never reused
for another. Tables created earlier in the same text extend it (:func:`extend`).
"""

from __future__ import annotations

import itertools
from collections import OrderedDict
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class PreparedSchema:
    mapping: dict[str, Any]  # sqlglot's nested form, all tables at one depth
    flat: dict[str, list[str]]  # "db.table" → columns, every table given
    serial: int  # part of the statement cache key: a new schema never reuses another's results


_serials = itertools.count(1)
_schemas: OrderedDict[int, tuple[Mapping[str, Any], PreparedSchema | None]] = OrderedDict()


def prepare_schema(schema: Mapping[str, Any] | None) -> PreparedSchema | None:
    if not schema:
        return None
    hit = _schemas.get(id(schema))
    if hit is not None and hit[0] is schema:
        return hit[1]
    flat: dict[tuple[str, ...], dict[str, str]] = {}
    _flatten(schema, (), flat)
    if not flat:
        prepared = None
    else:
        # sqlglot wants every table at one depth: use the commonest; shorter names get empty leading parts
        # (an unqualified name still matches by its table name), longer ones lose their leading parts.
        depths: dict[int, int] = {}
        for key in flat:
            depths[len(key)] = depths.get(len(key), 0) + 1
        depth = max(depths, key=lambda d: (depths[d], d))
        nested: dict[str, Any] = {}
        for key, columns in sorted(flat.items(), key=lambda item: len(item[0]) == depth):
            padded = ("",) * (depth - len(key)) + key[-depth:]
            node = nested
            for part in padded[:-1]:
                node = node.setdefault(part, {})
            node[padded[-1]] = columns
        prepared = PreparedSchema(nested, {".".join(k): list(v) for k, v in flat.items()}, next(_serials))
    _schemas[id(schema)] = (schema, prepared)
    if len(_schemas) > 64:
        _schemas.popitem(last=False)
    return prepared


_extended: OrderedDict[tuple[int, tuple[tuple[str, tuple[str, ...]], ...]], PreparedSchema | None] = OrderedDict()


def extend(schema: PreparedSchema | None, session: dict[str, tuple[str, ...]]) -> PreparedSchema | None:
    """*schema* plus the tables created earlier in the same text (cached, so repeated scripts hit the cache)."""
    if not session:
        return schema
    key = (schema.serial if schema else 0, tuple(sorted(session.items())))
    hit = _extended.get(key)
    if hit is None:
        merged: dict[str, Any] = dict(schema.flat) if schema else {}
        merged.update({name: list(columns) for name, columns in session.items()})
        hit = prepare_schema(merged)
        _extended[key] = hit
        if len(_extended) > 256:
            _extended.popitem(last=False)
    return hit


def _flatten(node: Mapping[str, Any], prefix: tuple[str, ...], out: dict[tuple[str, ...], dict[str, str]]) -> None:
    for name, value in node.items():
        key = prefix + tuple(part.strip().lower() for part in str(name).split("."))
        if isinstance(value, list | tuple | set | frozenset):
            out[key] = {str(c).lower(): "UNKNOWN" for c in value}
        elif isinstance(value, Mapping) and value and all(not isinstance(v, Mapping) for v in value.values()):
            out[key] = {str(c).lower(): str(t or "UNKNOWN") for c, t in value.items()}
        elif isinstance(value, Mapping):
            _flatten(value, key, out)
