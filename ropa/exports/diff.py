"""What changed between an earlier JSON export and now (``ropa export --diff OLD.json``)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from catalog.errors import ConfigError

_KEYED = {
    "activities": "id",
    "parties": "id",
    "transfers": "id",
    "retention": "id",
}


@dataclass(frozen=True)
class ExportChange:
    section: str  # activities | parties | transfers | retention | findings | matrix | controller
    object: str
    change: str  # added | removed | changed
    fields: tuple[str, ...] = ()

    def __str__(self) -> str:
        tail = f" ({', '.join(self.fields)})" if self.fields else ""
        return f"{self.change:8} {self.section}: {self.object}{tail}"


def read_export(path: str | Path) -> dict[str, Any]:
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read the earlier export ({exc})", obj=str(path)) from None
    except json.JSONDecodeError as exc:
        raise ConfigError(
            f"{path}:{exc.lineno}: not a JSON export ({exc.msg})",
            hint="pass a file written by 'ropa export --format json'",
        ) from None
    if not isinstance(data, dict) or "meta" not in data or "activities" not in data:
        raise ConfigError(
            f"{path} is not a ropa JSON export", hint="pass a file written by 'ropa export --format json'"
        )
    return data


def _index(items: list[dict[str, Any]], key: str) -> dict[str, dict[str, Any]]:
    return {str(item[key]): item for item in items}


def diff_reports(old: dict[str, Any], new: dict[str, Any]) -> list[ExportChange]:
    """Objects added, removed or changed between two export contents (snapshot time ignored)."""
    changes: list[ExportChange] = []
    if old.get("controller") != new.get("controller"):
        fields = sorted(
            k
            for k in set(old.get("controller", {})) | set(new["controller"])
            if old.get("controller", {}).get(k) != new["controller"].get(k)
        )
        changes.append(ExportChange("controller", new["controller"].get("name", ""), "changed", tuple(fields)))
    for section, key in _KEYED.items():
        before, after = _index(old.get(section, []), key), _index(new.get(section, []), key)
        for ident in sorted(set(before) | set(after)):
            if ident not in before:
                changes.append(ExportChange(section, ident, "added"))
            elif ident not in after:
                changes.append(ExportChange(section, ident, "removed"))
            elif before[ident] != after[ident]:
                fields = sorted(
                    k for k in set(before[ident]) | set(after[ident]) if before[ident].get(k) != after[ident].get(k)
                )
                changes.append(ExportChange(section, ident, "changed", tuple(fields)))

    def finding_key(f: dict[str, Any]) -> str:
        return f"{f['kind']} {f['object']}"

    before_f = {finding_key(f) for f in old.get("findings", [])}
    after_f = {finding_key(f) for f in new.get("findings", [])}
    changes.extend(ExportChange("findings", k, "added") for k in sorted(after_f - before_f))
    changes.extend(ExportChange("findings", k, "removed") for k in sorted(before_f - after_f))

    def cells(report: dict[str, Any]) -> dict[str, str]:
        return {
            f"{r['category']}×{s}": v for r in report.get("matrix", {}).get("rows", []) for s, v in r["cells"].items()
        }

    old_cells, new_cells = cells(old), cells(new)
    for cell in sorted(set(old_cells) | set(new_cells)):
        if old_cells.get(cell) != new_cells.get(cell):
            change = "added" if cell not in old_cells else "removed" if cell not in new_cells else "changed"
            changes.append(ExportChange("matrix", cell, change))
    return changes
