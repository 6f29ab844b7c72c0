"""``ropa lineage add|show`` — issue 6 (lineage)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ropa.commands._common import not_available

lineage_app = typer.Typer(help="Column-level lineage from SQL. (Kolonnu izcelsme no SQL.)", no_args_is_help=True)


@lineage_app.command("add")
def add(
    ctx: typer.Context,
    path: Annotated[Path, typer.Argument(help="SQL file, folder, dbt manifest.json or query-log CSV. SQL avots.")],
    system: Annotated[str, typer.Option("--system", help="System the SQL runs in. Sistēma.")],
    dialect: Annotated[str | None, typer.Option("--dialect", help="SQL dialect. SQL dialekts.")] = None,
) -> None:
    """Trace lineage from SQL files, a dbt manifest or a query log. (Izsekot izcelsmi no SQL.)"""
    raise not_available("lineage add", 6)


@lineage_app.command("show")
def show(
    ctx: typer.Context,
    target: Annotated[str, typer.Argument(help="system.schema.table[.column]. Mērķis.")],
    upstream: Annotated[bool, typer.Option("--upstream", help="Where it comes from. No kurienes.")] = False,
    downstream: Annotated[bool, typer.Option("--downstream", help="Where it goes. Uz kurieni.")] = False,
    depth: Annotated[int | None, typer.Option("--depth", help="Maximum hops. Maksimālais soļu skaits.")] = None,
) -> None:
    """Show a table's or column's upstream/downstream lineage. (Parādīt izcelsmi.)"""
    raise not_available("lineage show", 6)


def register(app: typer.Typer) -> None:
    app.add_typer(lineage_app, name="lineage")
