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
    if fmt not in WRITERS:
        raise ConfigError(f"unknown export format {fmt!r}", hint=f"use one of {'|'.join(FORMATS)}")
    check_lang(lang)
    report = build_report(catalog)
    return WRITERS[fmt](report, lang, Path(path))


def diff(catalog: Catalog, old: str | Path) -> list[ExportChange]:
    """What changed since the JSON export *old* was written."""
    return diff_reports(read_export(old), build_report(catalog))


__all__ = ["FORMATS", "ExportChange", "build_report", "diff", "diff_reports", "export"]
