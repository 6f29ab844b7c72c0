"""``ropa register|reconcile|validate|export`` — issue 8 (the register)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ropa.commands._common import LangOption, not_available

register_app = typer.Typer(help="The Art. 30 register. (Apstrādes darbību reģistrs.)", no_args_is_help=True)


@register_app.command("import")
def register_import(
    ctx: typer.Context, file: Annotated[Path, typer.Argument(help="Register YAML. Reģistra YAML.")]
) -> None:
    """Import the register from YAML. (Importēt reģistru.)"""
    raise not_available("register import", 8)


@register_app.command("export")
def register_export(
    ctx: typer.Context, file: Annotated[Path, typer.Argument(help="Output YAML. Izvades YAML.")]
) -> None:
    """Export the register as YAML. (Eksportēt reģistru.)"""
    raise not_available("register export", 8)


def reconcile(ctx: typer.Context) -> None:
    """Compare the register with the data map. (Salīdzināt reģistru ar datu karti.)"""
    raise not_available("reconcile", 8)


def validate(ctx: typer.Context) -> None:
    """Run Great Expectations checks. (Palaist Great Expectations pārbaudes.)"""
    raise not_available("validate", 8)


def export(
    ctx: typer.Context,
    format: Annotated[str, typer.Option("--format", help="xlsx|csv|json|html. Formāts.")] = "xlsx",
    lang: LangOption = "en",
    output: Annotated[Path | None, typer.Option("-o", "--output", help="Output path. Izvades ceļš.")] = None,
    diff: Annotated[Path | None, typer.Option("--diff", help="Earlier JSON export. Iepriekšējais eksports.")] = None,
) -> None:
    """Export the register for auditors. (Eksportēt reģistru auditoriem.)"""
    raise not_available("export", 8)


def register(app: typer.Typer) -> None:
    app.add_typer(register_app, name="register")
    for command in (reconcile, validate, export):
        app.command(command.__name__)(command)
