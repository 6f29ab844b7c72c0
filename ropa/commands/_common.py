"""What every command module shares: the console, the opened catalog, the language option.

Kept tiny on purpose: commands parse options, call one library function and print its result.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console

if TYPE_CHECKING:
    from catalog.store import Catalog

console = Console(highlight=False)
err_console = Console(stderr=True, highlight=False)

LangOption = Annotated[str, typer.Option("--lang", help="Language of labels: lv | en (valoda: lv | en)")]


def catalog_url(ctx: typer.Context) -> str | None:
    root = ctx.find_root()
    obj = root.obj or {}
    return obj.get("catalog")


def open_catalog(ctx: typer.Context) -> Catalog:
    """The catalog named by ``--catalog`` / ``ROPA_CATALOG``, created and migrated on first use."""
    from catalog.store import open_catalog as _open

    return _open(catalog_url(ctx))
