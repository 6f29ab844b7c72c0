"""Editing the register section by section as tables (activities, parties, transfers, retention).

Why flatten: a table editor shows one row per activity/party/transfer/rule with plain cells, while the
register model nests phrases in two languages and lists. Each field is shown by its shape in the model:

- a plain value as is (``safeguard``, ``automated_decision_making``),
- a list of values as comma-separated text (``categories``: ``1, 2, 18``),
- a phrase in two languages as two cells (``name.en``, ``name.lv``),
- a list of phrases as two cells with `` | `` between the items (``purposes.en``),
- a retention period as text (``6 months``).

Saving turns the rows back into the section, validates the whole register (field checks and cross-references)
and stores it as a new version with its audit entries; on any problem nothing is stored and the error names
the row and field.
"""

from __future__ import annotations

import math
import types
import typing
from typing import TYPE_CHECKING, Any

from catalog.errors import RegisterError
from catalog.queries.register import load
from catalog.store import Catalog

if TYPE_CHECKING:
    import pandas as pd

SECTIONS = ("activities", "parties", "transfers", "retention")
SEPARATOR = " | "


def _model(section: str) -> Any:
    from ropa.register import model

    return {
        "activities": model.Activity,
        "parties": model.Party,
        "transfers": model.Transfer,
        "retention": model.RetentionRule,
    }[section]


def _shape(annotation: Any) -> str:
    """scalar | bool | list | text | texts | period, from the field's type in the register model."""
    from ropa.register.model import Period, Text

    args = [a for a in typing.get_args(annotation) if a is not type(None)]
    if typing.get_origin(annotation) in (typing.Union, types.UnionType) and len(args) == 1:
        annotation = args[0]
    if typing.get_origin(annotation) is typing.Annotated:
        annotation = typing.get_args(annotation)[0]
    if typing.get_origin(annotation) is list:
        (item,) = typing.get_args(annotation) or (str,)
        return "texts" if item is Text else "list"
    if annotation is Text:
        return "text"
    if annotation is Period:
        return "period"
    if annotation is bool:
        return "bool"
    return "scalar"


def fields(section: str) -> list[tuple[str, str]]:
    """(field, shape) of a section's records, in the model's order."""
    if section not in SECTIONS:
        raise RegisterError(f"unknown register section {section!r}", hint=f"one of {', '.join(SECTIONS)}")
    return [(name, _shape(info.annotation)) for name, info in _model(section).model_fields.items()]


def columns(section: str) -> list[str]:
    out: list[str] = []
    for name, shape in fields(section):
        out.extend([f"{name}.en", f"{name}.lv"] if shape in ("text", "texts") else [name])
    return out


def _flatten(item: dict[str, Any], section: str) -> dict[str, Any]:
    row: dict[str, Any] = {}
    for name, shape in fields(section):
        value = item.get(name)
        if shape == "text":
            row[f"{name}.en"], row[f"{name}.lv"] = (value or {}).get("en", ""), (value or {}).get("lv", "")
        elif shape == "texts":
            row[f"{name}.en"] = SEPARATOR.join(v.get("en", "") for v in value or [])
            row[f"{name}.lv"] = SEPARATOR.join(v.get("lv", "") for v in value or [])
        elif shape == "list":
            row[name] = ", ".join(str(v) for v in value or [])
        elif shape == "period":
            row[name] = "" if not value else f"{value['count']} {value['unit']}{'' if value['count'] == 1 else 's'}"
        elif shape == "bool":
            row[name] = bool(value)
        else:
            row[name] = "" if value is None else value
    return row


def section_frame(catalog: Catalog, section: str) -> pd.DataFrame | None:
    """One row per record of *section*, flattened for a table editor (``None`` without a register)."""
    import pandas as pd

    from ropa.register.yamlio import to_dict

    register = load(catalog)
    if register is None:
        return None
    items = to_dict(register).get(section, [])
    return pd.DataFrame([_flatten(item, section) for item in items], columns=columns(section))


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value)) or str(value).strip() == ""


def _unflatten(row: dict[str, Any], section: str, number: int) -> dict[str, Any]:
    item: dict[str, Any] = {}
    for name, shape in fields(section):
        if shape == "text":
            en, lv = row.get(f"{name}.en"), row.get(f"{name}.lv")
            if not (_blank(en) and _blank(lv)):
                item[name] = {"en": "" if _blank(en) else str(en).strip(), "lv": "" if _blank(lv) else str(lv).strip()}
        elif shape == "texts":
            en = [] if _blank(row.get(f"{name}.en")) else [p.strip() for p in str(row[f"{name}.en"]).split("|")]
            lv = [] if _blank(row.get(f"{name}.lv")) else [p.strip() for p in str(row[f"{name}.lv"]).split("|")]
            if len(en) != len(lv):
                raise RegisterError(
                    f"{name}: {len(en)} English and {len(lv)} Latvian items (separate them with '|')",
                    obj=f"{section} row {number}",
                )
            if en:
                item[name] = [{"en": e, "lv": v} for e, v in zip(en, lv)]
        elif shape == "list":
            if not _blank(row.get(name)):
                item[name] = [p.strip() for p in str(row[name]).split(",") if p.strip()]
        elif shape == "bool":
            if not _blank(row.get(name)):
                item[name] = bool(row[name])
        elif not _blank(row.get(name)):
            value = row[name]
            item[name] = value.strip() if isinstance(value, str) else value
    return item


def save_section(catalog: Catalog, section: str, rows: list[dict[str, Any]], *, actor: str | None = None) -> Any:
    """Replace *section* with *rows* (as :func:`section_frame` shows them), validate, store a new version.

    Raises :class:`RegisterError` naming the row and field of every problem; nothing is stored then.
    """
    from pydantic import ValidationError

    from ropa.register import Register, store_register
    from ropa.register.references import cross_check
    from ropa.register.yamlio import to_dict

    register = load(catalog)
    if register is None:
        raise RegisterError("no register imported yet", hint="run 'ropa register import register.yaml'")
    content = to_dict(register)
    content[section] = [_unflatten(row, section, number) for number, row in enumerate(rows, start=1)]
    try:
        updated = Register.model_validate(content)
    except ValidationError as exc:
        problems = []
        for error in exc.errors():
            loc = list(error["loc"])
            where = f"{loc[0]} row {loc[1] + 1}" if len(loc) > 1 and isinstance(loc[1], int) else str(loc[0])
            field = ".".join(str(p) for p in loc[2:])
            problems.append(f"{where}: {field + ': ' if field else ''}{error['msg']}")
        raise RegisterError("; ".join(problems), obj=section) from None
    crossed = cross_check(updated)
    if crossed:
        raise RegisterError("; ".join(f"{p.obj or p.loc}: {p.message}" for p in crossed), obj=section)
    return store_register(catalog, updated, source=f"app:{section}", actor=actor)


def save_yaml(catalog: Catalog, text: str, *, actor: str | None = None) -> Any:
    """Validate register YAML edited in the app and store it as the new version (audited, one transaction).

    Raises ``RegisterInvalid`` (a :class:`RopaError`) listing every problem with its line; nothing is stored then.
    """
    from ropa.register import parse_text, store_register

    register = parse_text(text, source="<app>")
    return store_register(catalog, register, source="app", actor=actor)


__all__ = ["SECTIONS", "columns", "fields", "save_section", "save_yaml", "section_frame"]
