"""The connectors package's public names are exactly these."""

from __future__ import annotations

import catalog.scanning
import connectors


def test_connectors_exports() -> None:
    assert sorted(connectors.__all__) == ["ColumnSnapshot", "Connector", "SystemSnapshot", "TableSnapshot"]


def test_scanning_exports() -> None:
    assert sorted(catalog.scanning.__all__) == ["ScanOutcome", "ScanResult", "load_targets", "scan", "scan_many"]
