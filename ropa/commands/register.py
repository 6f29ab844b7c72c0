"""``ropa register|reconcile|validate|export`` — issue 8 (the register). Thin: each calls one library function."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ropa.commands._common import LangOption, console, open_catalog

register_app = typer.Typer(help="The Art. 30 register. (Apstrādes darbību reģistrs.)", no_args_is_help=True)

_SEVERITY_STYLE = {"high": "bold red", "medium": "yellow", "low": "cyan", "info": "dim"}


@register_app.command("import")
def register_import(
    ctx: typer.Context, file: Annotated[Path, typer.Argument(help="Register YAML. Reģistra YAML.")]
) -> None:
    """Import the register from YAML. (Importēt reģistru.)"""
    from ropa.register import import_register

    result = import_register(open_catalog(ctx), file)
    what = (
        f"{result.activities} activities, {result.parties} parties, {result.transfers} transfers, "
        f"{result.retention_rules} retention rules"
    )
    if not result.changed:
        console.print(f"Register unchanged ({what}); version {result.document_id}, hash {result.content_hash[:12]}")
        return
    console.print(f"Imported register version {result.document_id}: {what} (hash {result.content_hash[:12]})")
    for change in result.changes:
        console.print(f"  {change.action.removeprefix('register.'):7} {change.object}")


@register_app.command("export")
def register_export(
    ctx: typer.Context, file: Annotated[Path, typer.Argument(help="Output YAML. Izvades YAML.")]
) -> None:
    """Export the register as YAML. (Eksportēt reģistru.)"""
    from ropa.register import export_register

    console.print(f"Wrote {export_register(open_catalog(ctx), file)}")


def reconcile(ctx: typer.Context, lang: LangOption = "en") -> None:
    """Compare the register with the data map. (Salīdzināt reģistru ar datu karti.)"""
    from rich.table import Table

    from ropa.exports.labels import Labels
    from ropa.reconcile import discrepancies
    from ropa.reconcile import reconcile as run

    lab = Labels(lang)
    findings = run(open_catalog(ctx))
    table = Table(title=lab("sheet.findings"), show_lines=False)
    for key in ("severity", "finding", "object", "message", "fix"):
        table.add_column(lab(f"field.{key}"), overflow="fold")
    for f in findings:
        style = _SEVERITY_STYLE[str(f.severity)]
        table.add_row(
            f"[{style}]{lab('severity.' + str(f.severity))}[/]",
            lab("finding." + f.kind),
            f.object,
            f.message(lang),
            f.fix(lang),
        )
    console.print(table)
    console.print(f"{len(discrepancies(findings))} discrepancies, {len(findings)} findings in all")


def validate(
    ctx: typer.Context,
    out: Annotated[Path, typer.Option("--out", help="Folder for Data Docs. Mape Data Docs.")] = Path("out"),
) -> None:
    """Run Great Expectations checks. (Palaist Great Expectations pārbaudes.)"""
    from rich.table import Table

    from ropa.validation import validate as run

    catalog = open_catalog(ctx)
    with console.status("Great Expectations…") as status:
        result = run(catalog, out, progress=lambda message: status.update(message))
    table = Table(title="Great Expectations")
    for name in ("system", "table", "column", "check", "rule", "ok", "unexpected"):
        table.add_column(name)
    for r in result.results:
        ok = "[green]yes[/]" if r["success"] else "[bold red]no[/]"
        table.add_row(r["system"], r["table_name"], r["column_name"] or "", r["check"], r["rule"] or "", ok,
                      str(r["unexpected_count"] if r["unexpected_count"] is not None else ""))  # fmt: skip
    console.print(table)
    for skipped in result.skipped:
        console.print(f"[yellow]skipped[/] {skipped.rule}: {skipped.reason}")
    console.print(f"{len(result.failed)} of {len(result.results)} expectations failed")
    if result.docs_index:
        console.print(f"Data Docs: {result.docs_index}")


def export(
    ctx: typer.Context,
    format: Annotated[str, typer.Option("--format", help="xlsx|csv|json|html. Formāts.")] = "xlsx",
    lang: LangOption = "en",
    output: Annotated[Path | None, typer.Option("-o", "--output", help="Output path. Izvades ceļš.")] = None,
    diff: Annotated[Path | None, typer.Option("--diff", help="Earlier JSON export. Iepriekšējais eksports.")] = None,
) -> None:
    """Export the register for auditors. (Eksportēt reģistru auditoriem.)"""
    from ropa import exports

    catalog = open_catalog(ctx)
    if diff is not None:
        changes = exports.diff(catalog, diff)
        for change in changes:
            console.print(str(change))
        console.print(f"{len(changes)} change(s) since {diff}")
        if output is None:
            return
    path = exports.export(catalog, format, lang, output or Path("out") / f"register_{lang}.{format}")
    console.print(f"Wrote {path}")


def register(app: typer.Typer) -> None:
    app.add_typer(register_app, name="register")
    for command in (reconcile, validate, export):
        app.command(command.__name__)(command)
