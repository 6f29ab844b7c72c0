"""``ropa app`` — issue 9 (the Streamlit app)."""

from __future__ import annotations

import typer

from ropa.commands._common import not_available


def app(ctx: typer.Context) -> None:
    """Serve the Streamlit app on the current catalog. (Palaist lietotni.)"""
    raise not_available("app", 9)


def register(root: typer.Typer) -> None:
    root.command("app")(app)
