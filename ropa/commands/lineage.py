"""``ropa lineage add|show`` — issue 6 (lineage). Thin: options → one library call → printed result."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.markup import escape

from ropa.commands._common import console, open_catalog

if TYPE_CHECKING:
    from catalog.lineage import AddResult, LineageTree

lineage_app = typer.Typer(help="Column-level lineage from SQL. (Kolonnu izcelsme no SQL.)", no_args_is_help=True)


@lineage_app.command("add")
def add(
    ctx: typer.Context,
    path: Annotated[Path, typer.Argument(help="SQL file, folder, dbt manifest.json or query-log CSV. SQL avots.")],
    system: Annotated[str, typer.Option("--system", help="System the SQL runs in. Sistēma, kurā SQL izpildās.")],
    dialect: Annotated[str | None, typer.Option("--dialect", help="SQL dialect. SQL dialekts.")] = None,
    mapping: Annotated[
        Path | None,
        typer.Option("--mapping", help="YAML 'databases:' name → system. Datubāzu nosaukumi → sistēmas."),
    ] = None,
) -> None:
    """Trace lineage from SQL files, a dbt manifest or a query log. (Izsekot izcelsmi no SQL.)"""
    from rich.progress import Progress

    from catalog.lineage import add_path

    catalog = open_catalog(ctx)
    with Progress(console=console, transient=True) as bar:
        task = bar.add_task("tracing", total=None)
        result = add_path(
            catalog,
            path,
            system,
            dialect=dialect,
            mapping=mapping,
            progress=lambda phase, done, total: bar.update(task, description=phase, completed=done, total=total),
        )
    _summary(result)


def _summary(result: AddResult) -> None:
    console.print(
        f"Traced {result.inputs} input(s): {result.statements} statement(s), {result.shapes} distinct, "
        f"{result.edges} column edge(s), {result.resolved} edge end(s) linked to scanned columns."
    )
    if result.problems:
        console.print(f"[yellow]{len(result.problems)} statement(s) could not be traced:[/]")
        for problem in result.problems:
            console.print(f"  {escape(str(problem))}", soft_wrap=True)
    if result.unresolved:
        console.print(f"[yellow]{len(result.unresolved)} table name(s) match no scanned table:[/]")
        for name in result.unresolved:
            console.print(f"  {escape(name)}")


@lineage_app.command("show")
def show(
    ctx: typer.Context,
    target: Annotated[str, typer.Argument(help="system.table[.column] (schema optional). Mērķis.")],
    upstream: Annotated[bool, typer.Option("--upstream", help="Where it comes from. No kurienes.")] = False,
    downstream: Annotated[bool, typer.Option("--downstream", help="Where it goes. Uz kurieni.")] = False,
    depth: Annotated[int | None, typer.Option("--depth", help="Maximum hops. Maksimālais soļu skaits.")] = None,
) -> None:
    """Show a table's or column's upstream/downstream lineage. (Parādīt izcelsmi.)"""
    from rich.tree import Tree

    from catalog.lineage import tree

    catalog = open_catalog(ctx)
    directions = [d for d, on in (("upstream", upstream), ("downstream", downstream)) if on] or [
        "upstream",
        "downstream",
    ]
    for direction in directions:
        for root in tree(catalog, target, upstream=direction == "upstream", depth=depth):
            shown = Tree(f"[bold]{escape(root.name)}[/] ({direction})")
            _branches(shown, root)
            console.print(shown)


def _branches(shown: object, node: LineageTree) -> None:
    for child in node.children:
        label = f"{escape(child.name)} [dim]{child.kind} · {escape(child.location or '')}[/]"
        _branches(shown.add(label), child)  # type: ignore[attr-defined]


def register(app: typer.Typer) -> None:
    app.add_typer(lineage_app, name="lineage")
