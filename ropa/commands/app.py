"""``ropa app`` — serve the Streamlit app (``app.py``) on the current catalog.

Streamlit is imported by the child process only, so ``ropa --help`` stays fast; when it is missing the
command prints one install hint.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from catalog.errors import NotAvailableError
from ropa.commands import _common

APP_SCRIPT = Path(__file__).resolve().parents[2] / "app.py"


def streamlit_command(*, port: int = 8501, headless: bool = False) -> list[str]:
    """The ``streamlit run app.py`` command line; :class:`NotAvailableError` with an install hint if impossible.

    >>> streamlit_command(port=8600, headless=True)[1:4]
    ['-m', 'streamlit', 'run']
    """
    import importlib.util

    if importlib.util.find_spec("streamlit") is None:
        raise NotAvailableError("Streamlit is not installed", hint="install it with: pip install 'streamlit==1.67.0'")
    if not APP_SCRIPT.is_file():
        raise NotAvailableError(
            f"the app script {APP_SCRIPT} is missing", hint="run ropa from a source checkout (pip install -e .)"
        )
    return [
        sys.executable, "-m", "streamlit", "run", str(APP_SCRIPT),
        "--server.port", str(port),
        "--server.headless", "true" if headless else "false",
        "--browser.gatherUsageStats", "false",
        "--server.fileWatcherType", "none",
        "--client.toolbarMode", "minimal",  # no "Deploy" button: this app serves one catalog on this machine
    ]  # fmt: skip


def app(
    ctx: typer.Context,
    port: Annotated[int, typer.Option("--port", help="Port to serve on. Ports, kurā lietotne klausās.")] = 8501,
    headless: Annotated[
        bool, typer.Option("--headless", help="Do not open a browser. Neatvērt pārlūkprogrammu.")
    ] = False,
) -> None:
    """Serve the Streamlit app on the current catalog. (Palaist lietotni ar pašreizējo katalogu.)"""
    import os
    import subprocess

    command = streamlit_command(port=port, headless=headless)
    catalog = _common.open_catalog(ctx)  # a bad URL or a server that is down: one line here, not in the browser
    env = dict(os.environ, ROPA_CATALOG=catalog.url.render_as_string(hide_password=False))
    catalog.dispose()
    _common.console.print(f"Serving [bold]{catalog.display_url}[/] at http://localhost:{port} (Ctrl+C stops)")
    try:
        code = subprocess.call(command, env=env)
    except KeyboardInterrupt:
        code = 0
    if code:
        raise typer.Exit(code=code)


def register(root: typer.Typer) -> None:
    root.command("app")(app)
