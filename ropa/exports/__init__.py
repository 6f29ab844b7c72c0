"""Exports for auditors: xlsx laid out like the ICO/CNIL templates, csv, json and a self-contained html page,
each in Latvian or English, each stamped with the snapshot date and a content hash.

>>> from catalog.store import open_catalog
>>> from ropa.register import import_register
>>> cat = open_catalog("sqlite://")
>>> _ = import_register(cat, "tests/data/register_ok.yaml")
>>> import tempfile, pathlib
>>> export(cat, "json", "en", pathlib.Path(tempfile.mkdtemp()) / "r.json").suffix
'.json'
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from catalog.errors import ConfigError
from catalog.store import Catalog
from ropa.exports.diff import ExportChange, diff_reports, read_export
from ropa.exports.labels import check_lang
from ropa.exports.report import build_report
from ropa.exports.writers import WRITERS

FORMATS = tuple(WRITERS)


def export(catalog: Catalog, fmt: str, lang: str, path: str | Path) -> Path:
    """Write the current register, map and findings as *fmt* (xlsx|csv|json|html) in *lang* (lv|en) to *path*."""
    (written,) = export_many(catalog, [(fmt, lang, path)])
    return written


def export_many(catalog: Catalog, targets: Iterable[tuple[str, str, str | Path]]) -> list[Path]:
    """Write several exports — ``(fmt, lang, path)`` each — of one snapshot: the content (and its
    reconciliation) is built once, so every file carries the same snapshot time and content hash.
    """
    wanted = [(fmt, lang, Path(path)) for fmt, lang, path in targets]
    for fmt, lang, _ in wanted:
        if fmt not in WRITERS:
            raise ConfigError(f"unknown export format {fmt!r}", hint=f"use one of {'|'.join(FORMATS)}")
        check_lang(lang)
    if not wanted:
        return []
    report = build_report(catalog)
    return [WRITERS[fmt](report, lang, path) for fmt, lang, path in wanted]


def diff(catalog: Catalog, old: str | Path) -> list[ExportChange]:
    """What changed since the JSON export *old* was written."""
    return diff_reports(read_export(old), build_report(catalog))


__all__ = ["FORMATS", "ExportChange", "build_report", "diff", "diff_reports", "export", "export_many"]
