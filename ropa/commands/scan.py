"""``ropa scan`` and ``ropa systems import`` — issue 5 (connectors)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ropa.commands._common import not_available

systems_app = typer.Typer(help="Declared systems that cannot be scanned. (Deklarētās sistēmas.)", no_args_is_help=True)


def scan(
    ctx: typer.Context,
    url: Annotated[str, typer.Argument(help="SQLAlchemy URL of the database to scan. Skenējamās datubāzes URL.")],
    system: Annotated[str, typer.Option("--system", help="Name of the system in the catalog. Sistēmas nosaukums.")],
    schema: Annotated[list[str] | None, typer.Option("--schema", help="Only these schemas. Tikai šīs shēmas.")] = None,
    sample: Annotated[int, typer.Option("--sample", help="Rows sampled per table, 0 = off. Paraugrindas.")] = 100,
) -> None:
    """Scan a database's structure into the catalog. (Skenēt datubāzes struktūru.)"""
    raise not_available("scan", 5)


@systems_app.command("import")
def systems_import(
    ctx: typer.Context,
    file: Annotated[Path, typer.Argument(help="YAML file of declared systems. Deklarēto sistēmu YAML.")],
) -> None:
    """Import declared (non-scannable) systems from YAML. (Importēt deklarētās sistēmas.)"""
    raise not_available("systems import", 5)


def register(app: typer.Typer) -> None:
    app.command("scan")(scan)
    app.add_typer(systems_app, name="systems")
