"""Screenshots of the app for the README: the overview and the category page, taken in headless Chromium.

Serves ``ropa app`` on the demo catalog (builds it first with the main job unless ``--catalog`` names one)
and writes ``docs/img/overview.png`` and ``docs/img/category.png``. Uses the real-browser test machinery
(``tests/app/browser.py``).

    .venv/bin/python bench/screenshots.py
    .venv/bin/python bench/screenshots.py --catalog sqlite:///.ropa/catalog.db --out docs/img
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.app.browser import browser_missing, chromium_page, serve_app, wait_until_rendered  # noqa: E402

SHOTS = (
    # (file, page with its query, a visible text that shows the page has rendered, viewport height)
    ("overview.png", "?lang=en", "Categories × systems", 1100),  # the default page lives at the root
    ("category.png", "category?category=18&lang=en", "Processors and recipients receiving it", 2300),
)


def demo_catalog(directory: Path) -> str:
    from catalog.store import open_catalog
    from demo import pipeline

    catalog = open_catalog(f"sqlite:///{directory / 'catalog.db'}")
    stages = tuple(stage for stage in pipeline.STAGES if stage[0] not in ("validate", "export"))
    pipeline.run(catalog, directory=directory / "estate", out_dir=directory / "out", stages=stages)
    return catalog.url.render_as_string(hide_password=False)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--catalog", help="catalog URL (default: build the demo catalog in a temporary folder)")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "img")
    args = parser.parse_args()
    reason = browser_missing()
    if reason:
        raise SystemExit(f"cannot take screenshots: {reason}")
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="ropa-shots-") as tmp:
        url = args.catalog or demo_catalog(Path(tmp))
        with serve_app(url, Path(tmp) / "app.log") as base, chromium_page(1500, 1100) as page:
            for name, path, text, height in SHOTS:
                started = time.perf_counter()
                page.set_viewport_size({"width": 1500, "height": height})  # the app scrolls inside: no full_page
                page.goto(f"{base}/{path}")
                wait_until_rendered(page, text)
                page.screenshot(path=str(args.out / name))
                print(f"{args.out / name}  ({time.perf_counter() - started:.1f} s)")


if __name__ == "__main__":
    main()
