"""``ropa demo`` — build the synthetic Balticom estate and run the whole pipeline on it (issue 4)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ropa.commands import _common

_STYLE = {"ok": "green", "not available yet": "yellow", "failed": "bold red", "skipped": "dim"}


def demo(
    ctx: typer.Context,
    out: Annotated[Path, typer.Option("--out", help="Folder for the register exports. Eksportu mape.")] = Path("out"),
    directory: Annotated[
        Path, typer.Option("--dir", help="Folder for the demo databases. Demonstrācijas datubāzu mape.")
    ] = Path(".ropa/demo"),
    postgres: Annotated[
        str | None,
        typer.Option(
            "--postgres",
            help="Load the estate into this PostgreSQL database (a schema per system) and scan it there. Ielādēt PostgreSQL.",
        ),
    ] = None,
    mysql: Annotated[
        str | None,
        typer.Option(
            "--mysql",
            help="Load the estate into MySQL/MariaDB (a database per system) and scan it there. Ielādēt MySQL.",
        ),
    ] = None,
    no_app: Annotated[
        bool, typer.Option("--no-app", help="Do not print the hint to start the app. Nerādīt lietotnes padomu.")
    ] = False,
) -> None:
    """Build the synthetic Balticom estate and run the whole pipeline. (Izveidot demonstrācijas vidi un palaist visu apstrādi.)"""
    from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
    from rich.table import Table

    from demo import pipeline

    catalog = _common.open_catalog(ctx)
    columns = (SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), TimeElapsedColumn())
    with Progress(*columns, console=_common.console, transient=True) as bar:
        task = bar.add_task("ropa demo", total=len(pipeline.STAGES))
        seen: list[str] = []

        def progress(stage: str, message: str) -> None:
            if stage not in seen:
                seen.append(stage)
                bar.update(task, completed=len(seen) - 1)
            bar.update(task, description=f"{stage}: {message}" if message else stage)

        report = pipeline.run(
            catalog, directory=directory, out_dir=out, postgres_url=postgres, mysql_url=mysql, progress=progress
        )
        bar.update(task, completed=len(pipeline.STAGES))
    table = Table(title=f"ropa demo — {report.seconds:.1f} s")
    table.add_column("Stage / Posms")
    table.add_column("Status / Statuss")
    table.add_column("Result / Rezultāts")
    table.add_column("s", justify="right")
    for o in report.outcomes:
        table.add_row(o.stage, f"[{_STYLE.get(o.status, '')}]{o.status}[/]", o.detail, f"{o.seconds:.1f}")
    _common.console.print(table)
    if not report.ok:
        raise typer.Exit(code=1)
    if not no_app:
        _common.console.print(f"Exports in [bold]{out}[/]. Start the app with [bold]ropa app[/].")


def register(app: typer.Typer) -> None:
    app.command("demo")(demo)
