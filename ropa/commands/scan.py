"""``ropa scan`` and ``ropa systems import`` — issue 5 (connectors).

Thin skin: options in, one library call (:func:`catalog.scanning.scan` / ``scan_many`` /
:func:`connectors.declared.import_systems`), a progress bar while it runs, a summary table after.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.markup import escape

from catalog.errors import ConfigError
from ropa.commands import _common

if TYPE_CHECKING:
    from catalog.scanning import ScanOutcome

systems_app = typer.Typer(help="Declared systems that cannot be scanned. (Deklarētās sistēmas.)", no_args_is_help=True)


@contextmanager
def _progress() -> Iterator[Callable[[str, int, int], None]]:
    """A bar per scan phase (reading the catalog, sampling tables, saving), drawn on stderr."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    bar = Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=_common.err_console,
        transient=True,
    )
    tasks: dict[str, int] = {}

    def update(phase: str, done: int, total: int) -> None:
        if not bar.live.is_started:  # started on first use: an early error prints alone
            bar.start()
        if phase not in tasks:
            tasks[phase] = int(bar.add_task(phase, total=total))
        bar.update(tasks[phase], completed=done, total=total)  # type: ignore[arg-type]

    try:
        yield update
    finally:
        if bar.live.is_started:
            bar.stop()


def _summary(outcomes: list[ScanOutcome]) -> None:
    from rich import box
    from rich.table import Table

    table = Table(
        title="Scan summary (Skenēšanas kopsavilkums)",
        caption="t/v/c = tables/views/columns; added, changed, removed as tables/columns",
        box=box.SIMPLE_HEAD,
    )
    table.add_column("System", no_wrap=True)
    for heading in ("Read t/v/c", "Sampled", "Added", "Changed", "Removed", "Seconds"):
        table.add_column(heading, justify="right", no_wrap=True)
    for outcome in outcomes:
        r = outcome.result
        if r is None:
            table.add_row(escape(outcome.system), "[red]failed[/]", *[""] * 5)
            continue
        d = r.diff
        table.add_row(
            escape(r.system),
            f"{r.tables}/{r.views}/{r.columns}",
            str(r.sampled_tables),
            f"{d.tables_added + d.tables_revived}/{d.columns_added + d.columns_revived}",
            f"{d.tables_changed}/{d.columns_changed}",
            f"{d.tables_removed}/{d.columns_removed}",
            f"{r.seconds:.1f}",
        )
    _common.console.print(table)
    for outcome in outcomes:
        if outcome.result is not None:
            r = outcome.result
            first = r.diff.tables_added == r.tables + r.views  # a first scan: everything is new, say nothing
            for kind, names in r.diff.examples.items():
                if first and kind in ("tables_added", "columns_added"):
                    continue
                shown = ", ".join(names[:8]) + (" …" if len(names) > 8 else "")
                _common.console.print(f"  {escape(outcome.system)} {kind.replace('_', ' ')}: {escape(shown)}")
            for warning in outcome.result.warnings:
                _common.err_console.print(f"[yellow]Warning:[/] {escape(outcome.system)}: {escape(warning)}")
        elif outcome.error is not None:
            _common.err_console.print(f"[bold red]Error:[/] {escape(str(outcome.error))}", soft_wrap=True)


def scan(
    ctx: typer.Context,
    url: Annotated[
        str | None, typer.Argument(help="SQLAlchemy URL of the database to scan. Skenējamās datubāzes URL.")
    ] = None,
    system: Annotated[
        str | None, typer.Option("--system", help="Name of the system in the catalog. Sistēmas nosaukums.")
    ] = None,
    schema: Annotated[
        list[str] | None,
        typer.Option("--schema", help="Only these schemas (MySQL: databases). Tikai šīs shēmas (MySQL: datubāzes)."),
    ] = None,
    sample: Annotated[
        int, typer.Option("--sample", help="Rows sampled per table, 0 = off. Paraugrindu skaits tabulā, 0 = izslēgts.")
    ] = 100,
    targets: Annotated[
        Path | None,
        typer.Option(
            "--targets", help="YAML list of systems to scan (name, url). Skenējamo sistēmu saraksts YAML (name, url)."
        ),
    ] = None,
) -> None:
    """Scan a database's structure into the catalog. (Skenēt datubāzes struktūru.)"""
    from catalog.scanning import ScanOutcome, load_targets, scan_many
    from catalog.scanning import scan as scan_one

    catalog = _common.open_catalog(ctx)
    if targets is not None:
        if url or system:
            raise ConfigError("give either URL --system NAME or --targets FILE, not both")
        pairs = load_targets(targets)
        with _progress() as progress:
            outcomes = scan_many(catalog, pairs, schemas=schema, sample=sample, progress=progress)
        _summary(outcomes)
        failed = [o.system for o in outcomes if o.error is not None]
        if failed:
            _common.err_console.print(
                f"[bold red]{len(failed)} of {len(outcomes)} systems failed:[/] {', '.join(failed)}"
            )
            raise typer.Exit(code=2)
        return
    if not url or not system:
        raise ConfigError("ropa scan needs a URL and --system NAME (or --targets FILE)")
    with _progress() as progress:
        result = scan_one(catalog, url, system, schemas=schema, sample=sample, progress=progress)
    _summary([ScanOutcome(system=system, url=result.url, result=result)])


@systems_app.command("import")
def systems_import(
    ctx: typer.Context,
    file: Annotated[Path, typer.Argument(help="YAML file of declared systems. Deklarēto sistēmu YAML.")],
) -> None:
    """Import declared (non-scannable) systems from YAML. (Importēt deklarētās sistēmas.)"""
    from connectors.declared import import_systems

    names = import_systems(_common.open_catalog(ctx), file)
    _common.console.print(f"Imported {len(names)} declared systems: {escape(', '.join(names))}")


def register(app: typer.Typer) -> None:
    app.command("scan")(scan)
    app.add_typer(systems_app, name="systems")
