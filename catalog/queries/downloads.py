"""Register exports as files to download from the app: every format in one language, read back as bytes.

The files come from ``ropa.exports`` exactly as ``ropa export`` writes them; ``None`` while the exports area
or a register is missing, so the page can say so.
"""

from __future__ import annotations

from dataclasses import dataclass

from catalog.errors import RopaError
from catalog.queries.register import load
from catalog.store import Catalog


@dataclass(frozen=True)
class ExportFile:
    name: str
    mime: str
    data: bytes


_MIME = {
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "csv": "text/csv",
    "json": "application/json",
    "html": "text/html",
    "zip": "application/zip",
}


def export_files(catalog: Catalog, lang: str = "en") -> list[ExportFile] | None:
    """Every export format in *lang*, produced by ``ropa.exports.export_many`` (one snapshot, one
    reconciliation) into a temporary folder and read back as bytes for download (a folder result, e.g.
    several CSV files, is zipped).

    ``None`` while no register was imported.
    """
    import tempfile
    import zipfile
    from io import BytesIO
    from pathlib import Path

    from ropa.exports import FORMATS, export, export_many

    if load(catalog) is None:
        return None
    files: list[ExportFile] = []
    with tempfile.TemporaryDirectory(prefix="ropa-app-export-") as tmp:
        targets = [(fmt, lang, Path(tmp) / f"register_{lang}.{fmt}") for fmt in FORMATS]
        try:
            written = [Path(p) for p in export_many(catalog, targets)]
        except RopaError:
            written = []
            for fmt, _, target in targets:  # one format failing must not cost the others
                try:
                    written.append(Path(export(catalog, fmt, lang, target)))
                except RopaError:
                    continue
        for produced in written:
            if produced.is_dir():
                buffer = BytesIO()
                with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
                    for item in sorted(produced.rglob("*")):
                        if item.is_file():
                            archive.write(item, item.relative_to(produced))
                files.append(ExportFile(f"{produced.name}.zip", _MIME["zip"], buffer.getvalue()))
            elif produced.is_file():
                files.append(
                    ExportFile(
                        produced.name,
                        _MIME.get(produced.suffix.lstrip("."), "application/octet-stream"),
                        produced.read_bytes(),
                    )
                )
    return files


__all__ = ["ExportFile", "export_files"]
