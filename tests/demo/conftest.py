"""One estate per test session (building takes a few seconds); tests only read it."""

from __future__ import annotations

from pathlib import Path

import pytest

from demo import Estate, build_estate


@pytest.fixture(scope="session")
def estate(tmp_path_factory: pytest.TempPathFactory) -> Estate:
    return build_estate(tmp_path_factory.mktemp("estate"))


@pytest.fixture(scope="session")
def estate_dir(estate: Estate) -> Path:
    return estate.directory
