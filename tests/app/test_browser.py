"""The app in a real browser: ``ropa app`` served on a free port, driven by headless Chromium (Playwright).

Skips outside CI when Chromium or Playwright is missing; under ``CI=true`` that is a failure.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from catalog.store import Catalog
from tests.app.browser import browser_missing, chromium_page, serve_app, wait_until_rendered
from tests.conftest import IN_CI

pytestmark = [pytest.mark.browser, pytest.mark.slow]


@pytest.fixture
def browser_ready() -> None:
    reason = browser_missing()
    if reason:
        if IN_CI:
            pytest.fail(f"real-browser test cannot run under CI: {reason}")
        pytest.skip(reason)


def test_category_page_shows_third_country_and_safeguard(
    browser_ready: None, demo_catalog: Catalog, tmp_path: Path
) -> None:
    url = demo_catalog.url.render_as_string(hide_password=False)
    with serve_app(url, tmp_path / "app.log") as base, chromium_page() as page:
        page.goto(f"{base}/category?category=1&lang=en")
        wait_until_rendered(page, "DevCloud Inc.")
        transfers = page.get_by_test_id("stTable").filter(has_text="DevCloud Inc.")
        row = transfers.locator("tr", has_text="DevCloud Inc.")
        assert "United States (US)" in row.inner_text()
        assert "none" in row.inner_text().split()
        assert page.get_by_text("Third countries").is_visible()
        shot = tmp_path / "category.png"
        page.screenshot(path=str(shot), full_page=True)
        assert shot.stat().st_size > 10_000


def test_a_heatmap_click_opens_that_category_in_that_system(
    browser_ready: None, demo_catalog: Catalog, tmp_path: Path
) -> None:
    url = demo_catalog.url.render_as_string(hide_password=False)
    with serve_app(url, tmp_path / "app.log") as base, chromium_page(1400, 1400) as page:
        page.goto(f"{base}/?lang=en")
        wait_until_rendered(page, "Categories × systems")
        # the cell's position from plotly's own axes: category 18 in the billing system
        x, y = page.evaluate(
            """() => { const gd = document.querySelector('.js-plotly-plot');
                       const xa = gd._fullLayout.xaxis, ya = gd._fullLayout.yaxis, box = gd.getBoundingClientRect();
                       return [box.left + xa._offset + xa.l2p(xa.d2l('billing')),
                               box.top + ya._offset + ya.l2p(ya.d2l('18. Billing and payment data'))]; }"""
        )
        page.mouse.click(x, y)
        page.wait_for_url("**/category?*", timeout=30_000)
        assert "category=18" in page.url and "system=billing" in page.url
        wait_until_rendered(page, "Processors and recipients receiving it")
        page.screenshot(path=str(tmp_path / "after_click.png"))
