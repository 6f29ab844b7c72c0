"""``ropa classify|tag|tags|review|propagate|check`` — issue 7 (classification and tagging)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ropa.commands._common import not_available

tags_app = typer.Typer(help="Export and import tags. (Birku eksports un imports.)", no_args_is_help=True)


def classify(
    ctx: typer.Context,
    system: Annotated[str | None, typer.Option("--system", help="Only this system. Tikai šī sistēma.")] = None,
) -> None:
    """Suggest Annex 1 categories for columns. (Ieteikt datu kategorijas kolonnām.)"""
    raise not_available("classify", 7)


def tag(
    ctx: typer.Context,
    target: Annotated[str, typer.Argument(help="system.schema.table.column (schema optional). Kolonna.")],
    category: Annotated[int, typer.Argument(help="Annex 1 category id 1..32. Kategorijas Nr.")],
    reject: Annotated[bool, typer.Option("--reject", help="Reject instead of confirm. Noraidīt.")] = False,
    note: Annotated[str | None, typer.Option("--note", help="Why. Pamatojums.")] = None,
) -> None:
    """Confirm (or reject) a category on a column. (Apstiprināt vai noraidīt kategoriju.)"""
    raise not_available("tag", 7)


@tags_app.command("export")
def tags_export(
    ctx: typer.Context,
    format: Annotated[str, typer.Option("--format", help="csv | json. Formāts.")] = "csv",
    output: Annotated[Path | None, typer.Option("-o", "--output", help="Output file. Izvades fails.")] = None,
) -> None:
    """Export tags, one row per tag. (Eksportēt birkas.)"""
    raise not_available("tags export", 7)


@tags_app.command("import")
def tags_import(
    ctx: typer.Context,
    file: Annotated[Path, typer.Argument(help="CSV or JSON in the export format. Imports.")],
) -> None:
    """Import tags in the export format. (Importēt birkas.)"""
    raise not_available("tags import", 7)


def review(ctx: typer.Context) -> None:
    """Review suggested tags in the terminal. (Pārskatīt ieteiktās birkas.)"""
    raise not_available("review", 7)


def propagate(ctx: typer.Context) -> None:
    """Propagate categories along lineage. (Izplatīt kategorijas pa izcelsmes ceļiem.)"""
    raise not_available("propagate", 7)


def check(
    ctx: typer.Context,
    fail_on: Annotated[str, typer.Option("--fail-on", help="low|medium|high. Kļūmes slieksnis.")] = "high",
    junit: Annotated[Path | None, typer.Option("--junit", help="Write JUnit XML. JUnit XML fails.")] = None,
) -> None:
    """CI gate: fail on untagged new columns and findings. (CI pārbaude.)"""
    raise not_available("check", 7)


def register(app: typer.Typer) -> None:
    for command in (classify, tag, review, propagate, check):
        app.command(command.__name__)(command)
    app.add_typer(tags_app, name="tags")
