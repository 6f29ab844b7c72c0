"""The ``ropa`` command line: a thin skin over the library.

Each command parses options, calls one library function and prints the result. Library errors
(:class:`catalog.errors.RopaError`) are translated here, once, into one line and exit code 2; exit code 1
is kept for ``ropa check`` findings. ``--debug`` shows the traceback instead.

Heavy libraries (pandas, Great Expectations, Streamlit) are imported inside the commands that need them,
so ``ropa --help`` starts fast.
"""

from __future__ import annotations

from typing import Annotated, Any

import typer
from rich.markup import escape
from typer.core import TyperGroup

from catalog.errors import RopaError
from ropa import __version__
from ropa.commands import _common


class _RopaGroup(TyperGroup):
    """Turns a :class:`RopaError` raised anywhere below into one clean line and exit code 2."""

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except RopaError as exc:
            if (ctx.obj or {}).get("debug"):
                raise
            _common.err_console.print(f"[bold red]Error:[/] {escape(str(exc))}", soft_wrap=True)
            raise typer.Exit(code=2) from None


app = typer.Typer(
    cls=_RopaGroup,
    name="ropa",
    help="ropa — GDPR Art. 30 register kept true to what the databases hold. "
    "(ropa — VDAR 30. panta apstrādes reģistrs, kas atbilst tam, kas glabājas datubāzēs.)",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode="rich",
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"ropa {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    ctx: typer.Context,
    catalog: Annotated[
        str | None,
        typer.Option(
            "--catalog",
            envvar="ROPA_CATALOG",
            help="SQLAlchemy URL of the catalog (default sqlite:///.ropa/catalog.db). Kataloga SQLAlchemy URL.",
            show_envvar=True,
        ),
    ] = None,
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks. Rādīt kļūdu izsekojumu.")] = False,
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Print the version. Izdrukāt versiju."),
    ] = False,
) -> None:
    """ropa — map personal data, keep the Art. 30 register true. (Personas datu karte un apstrādes reģistrs.)"""
    ctx.obj = {"catalog": catalog, "debug": debug}


@app.command()
def init(ctx: typer.Context) -> None:
    """Create or upgrade the catalog. (Izveidot vai atjaunināt katalogu.)"""
    from catalog.store import Catalog

    catalog = Catalog(_common.catalog_url(ctx))
    if catalog.create_database():
        _common.console.print(f"Created database for the catalog at {catalog.display_url}")
    catalog.upgrade()
    _common.console.print(f"Catalog ready at [bold]{catalog.display_url}[/] (schema revision {catalog.revision()})")


@app.command()
def status(ctx: typer.Context) -> None:
    """Counts of systems, tables, columns, tags and lineage edges. (Kataloga kopsavilkums.)"""
    from rich.table import Table

    catalog = _common.open_catalog(ctx)
    counts = catalog.status()
    table = Table(title=f"ropa catalog — {catalog.display_url}")
    table.add_column("What")
    table.add_column("Count", justify="right")
    for label, value in (
        ("systems", counts.systems),
        ("tables", counts.tables),
        ("columns", counts.columns),
        ("tags", counts.tags),
        ("confirmed tags", counts.confirmed_tags),
        ("lineage edges", counts.edges),
    ):
        table.add_row(label, str(value))
    _common.console.print(table)


@app.command()
def categories(lang: _common.LangOption = "en") -> None:
    """The 32 categories of Annex 1. (Pielikuma Nr. 1 32 datu kategorijas.)"""
    from rich.table import Table

    from catalog.errors import ConfigError
    from catalog.taxonomy import categories as load

    if lang not in ("lv", "en"):
        raise ConfigError(f"--lang must be lv or en, not {lang!r}")
    heading = {
        "lv": ("Nr.", "Datu kategorija", "Piemēri", "Jutīgums"),
        "en": ("No.", "Category", "Examples", "Sensitivity"),
    }
    table = Table(title="Annex 1 — Pielikums Nr. 1")
    number, name, examples, sensitivity = heading[lang]
    table.add_column(number, justify="right")
    table.add_column(name, no_wrap=True)  # names are what people search for: never broken
    table.add_column(examples)
    table.add_column(sensitivity)
    for cat in load():
        table.add_row(str(cat.id), cat.name(lang), cat.examples(lang), cat.sensitivity.value)
    _common.console.print(table)


def _mount() -> None:
    """Register the command modules; each area owns one module under ``ropa/commands``."""
    from ropa.commands import app as app_cmd
    from ropa.commands import demo, lineage, register, scan, tags

    for module in (scan, lineage, tags, register, demo, app_cmd):
        module.register(app)


_mount()


def run() -> None:
    """Console-script entry point."""
    app(prog_name="ropa")


if __name__ == "__main__":
    run()
