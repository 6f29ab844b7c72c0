"""``ropa demo`` — issue 4 (the demo estate and the main job)."""

from __future__ import annotations

import typer

from ropa.commands._common import not_available


def demo(ctx: typer.Context) -> None:
    """Build the synthetic Balticom estate and run the whole pipeline. (Demonstrācija.)"""
    raise not_available("demo", 4)


def register(app: typer.Typer) -> None:
    app.command("demo")(demo)
