"""Real-browser machinery shared by ``tests/app/test_browser.py`` and ``bench/screenshots.py``:
serve the app with ``ropa app`` on a free port, and launch Debian's headless Chromium through Playwright.

Playwright's own browser download does not work here, so the system ``chromium`` package is used
(``.ci/run`` installs it). Nothing is installed at run time.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--no-first-run",
    "--disable-component-update",
    "--disable-sync",
]


def browser_missing() -> str | None:
    """Why a real-browser run is impossible here (``None`` when Chromium and Playwright are both present)."""
    if not CHROMIUM.exists():
        return f"{CHROMIUM} is not installed (apt-get install chromium)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "the playwright python package is not installed"
    return None


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def serve_app(catalog_url: str, log: Path, *, timeout: float = 90) -> Iterator[str]:
    """Run ``ropa app --headless`` on a free port for the duration of the block; yields its base URL."""
    port = free_port()
    env = dict(os.environ, ROPA_CATALOG=catalog_url)
    command = [sys.executable, "-m", "ropa", "app", "--port", str(port), "--headless"]
    with log.open("w") as out:
        process = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT, env=env, start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + timeout
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"ropa app exited with {process.returncode}: {log.read_text()[-2000:]}")
            try:
                with urllib.request.urlopen(f"{base}/_stcore/health", timeout=2) as answer:
                    if answer.status == 200:
                        break
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"ropa app did not answer within {timeout:.0f} s: {log.read_text()[-2000:]}")
            time.sleep(0.3)
        yield base
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGTERM)  # ropa and the streamlit child it started
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()


@contextmanager
def chromium_page(width: int = 1400, height: int = 1000) -> Iterator[Any]:
    """A Playwright page in headless Debian Chromium."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        try:
            page = browser.new_page(viewport={"width": width, "height": height})
            yield page
        finally:
            browser.close()


_SETTLED = """() => {
    const busy = document.querySelector(
        '[data-testid="stStatusWidget"], [data-testid="stSkeleton"], [data-testid="stSkeletonElement"], '
        + '[data-testid="stAppSkeleton"]');
    const charts = Array.from(document.querySelectorAll('[data-testid="stPlotlyChart"]'));
    const drawn = charts.every(c => c.querySelector('svg.main-svg'));
    return !busy && drawn;
}"""


def wait_until_rendered(page: Any, text: str, timeout_ms: int = 60_000) -> None:
    """Wait for *text* to be visible, the script run to end and every lazily loaded element (tables,
    selectboxes, charts load their code on first use) to replace its skeleton placeholder.

    Placeholders appear a moment after the text, so the page must look settled twice, a second apart.
    """
    page.get_by_text(text, exact=False).locator("visible=true").first.wait_for(timeout=timeout_ms)
    for _ in range(2):
        page.wait_for_timeout(1000)
        page.wait_for_function(_SETTLED, timeout=timeout_ms)
    page.wait_for_timeout(1000)  # let plotly and graphviz finish their transitions before a screenshot
