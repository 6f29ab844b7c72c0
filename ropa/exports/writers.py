"""One writer per format; each renders :func:`ropa.exports.sheets.build_sheets` and stamps the snapshot
date and content hash into the file (xlsx: the top of every sheet; csv: ``meta`` rows; html: header and
footer; json: ``meta``). Files are written to a temporary name and moved into place, so a failed export
never leaves half a file.
"""

from __future__ import annotations

import csv
import html
import io
import json
from pathlib import Path
from typing import Any

from ropa.exports.labels import Labels
from ropa.exports.sheets import Sheet, build_sheets


def _meta_line(report: dict[str, Any], lab: Labels) -> str:
    meta = report["meta"]
    return f"{lab('meta.snapshot_at')}: {meta['snapshot_at']} · {lab('meta.content_hash')}: {meta['content_hash']}"


def _atomic(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(data)
    tmp.replace(path)
    return path


def write_xlsx(report: dict[str, Any], lang: str, path: Path) -> Path:
    """An ICO/CNIL-style workbook: one sheet per section, title and snapshot stamp on rows 1-2."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    lab = Labels(lang)
    book = Workbook()
    book.remove(book.active)  # type: ignore[arg-type]
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="DDEBF7")
    wrap = Alignment(wrap_text=True, vertical="top")  # one shared style object: openpyxl interns it once
    for sheet in build_sheets(report, lang):
        ws = book.create_sheet(sheet.name[:31])
        ws.append([f"{lab('title')} — {sheet.name}"])
        ws["A1"].font = Font(bold=True, size=13)
        ws.append([_meta_line(report, lab)])
        widths: dict[int, int] = {}
        for block in sheet.blocks:
            ws.append([])
            if block.heading:
                ws.append([block.heading])
                ws.cell(ws.max_row, 1).font = bold
            ws.append(block.header)
            for index in range(1, len(block.header) + 1):
                cell = ws.cell(ws.max_row, index)
                cell.font, cell.fill = bold, fill
            for row in block.rows:
                ws.append(row)
            for index, text in enumerate(block.header, 1):
                longest = max([len(str(text))] + [len(str(r[index - 1] or "")) for r in block.rows])
                widths[index] = max(widths.get(index, 0), min(60, longest + 2))
        for index, width in widths.items():
            ws.column_dimensions[get_column_letter(index)].width = width
        for row_cells in ws.iter_rows(min_row=4):
            for cell in row_cells:
                cell.alignment = wrap
        ws.freeze_panes = "B5" if sheet.key in ("activities", "matrix") else None
    buffer = io.BytesIO()
    book.save(buffer)
    return _atomic(path, buffer.getvalue())


def write_csv(report: dict[str, Any], lang: str, path: Path) -> Path:
    """One tidy CSV: ``section, row, field, value`` — meta rows first, then every cell of every sheet."""
    lab = Labels(lang)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([lab("field.section"), "#", lab("field.field"), lab("field.value")])
    writer.writerow(["meta", 0, lab("meta.snapshot_at"), report["meta"]["snapshot_at"]])
    writer.writerow(["meta", 0, lab("meta.content_hash"), report["meta"]["content_hash"]])
    writer.writerow(["meta", 0, lab("meta.lang"), lang])
    for sheet in build_sheets(report, lang):
        number = 0
        for block in sheet.blocks:
            section = sheet.name if block.heading is None else f"{sheet.name} — {block.heading}"
            key_value = block.header == [lab("field.field"), lab("field.value")]
            for row in block.rows:
                number += 1
                if key_value:
                    if row[1] not in (None, ""):
                        writer.writerow([section, number, row[0], row[1]])
                    continue
                for header, value in zip(block.header, row):
                    if value not in (None, ""):
                        writer.writerow([section, number, header, value])
    return _atomic(path, out.getvalue().encode("utf-8-sig"))


def write_json(report: dict[str, Any], lang: str, path: Path) -> Path:
    """The language-neutral report (codes and ids), plus ``meta.lang``; ``ropa export --diff`` reads it."""
    data = {**report, "meta": {**report["meta"], "lang": lang}}
    text = json.dumps(data, ensure_ascii=False, indent=2, sort_keys=False)
    return _atomic(path, text.encode("utf-8"))


_CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:2rem;color:#1b1b1b}
h1{font-size:1.5rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:2px solid #2f6fb0}h3{font-size:1rem}
table{border-collapse:collapse;font-size:.85rem;margin:.5rem 0 1rem}
th,td{border:1px solid #c8c8c8;padding:.25rem .45rem;vertical-align:top;text-align:left}
th{background:#ddebf7}.meta{color:#555;font-size:.85rem}nav a{margin-right:1rem}
"""


def _table(header: list[str], rows: list[list[Any]]) -> str:
    head = "".join(f"<th>{html.escape(str(h))}</th>" for h in header)
    body = "".join(
        "<tr>" + "".join(f"<td>{'' if v is None else html.escape(str(v))}</td>" for v in row) + "</tr>" for row in rows
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def write_html(report: dict[str, Any], lang: str, path: Path) -> Path:
    """A self-contained page (inline CSS, no scripts, no external links) with every sheet as a section."""
    lab = Labels(lang)
    sheets: list[Sheet] = build_sheets(report, lang)
    meta = html.escape(_meta_line(report, lab))
    parts = [
        f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8">',
        f"<title>{html.escape(lab('title'))}</title><style>{_CSS}</style></head><body>",
        f"<h1>{html.escape(lab('title'))}</h1><p class='meta'>{meta}</p><nav>",
        "".join(f'<a href="#{s.key}">{html.escape(s.name)}</a>' for s in sheets),
        "</nav>",
    ]
    for sheet in sheets:
        parts.append(f'<section id="{sheet.key}"><h2>{html.escape(sheet.name)}</h2>')
        for block in sheet.blocks:
            if block.heading:
                parts.append(f"<h3>{html.escape(block.heading)}</h3>")
            parts.append(_table(block.header, block.rows))
        parts.append("</section>")
    parts.append(f"<footer class='meta'>{meta}</footer></body></html>")
    return _atomic(path, "".join(parts).encode("utf-8"))


WRITERS = {"xlsx": write_xlsx, "csv": write_csv, "json": write_json, "html": write_html}
