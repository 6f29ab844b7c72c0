"""The public names of the register packages are exactly what ``__all__`` lists, and GX stays lazy."""

from __future__ import annotations

import subprocess
import sys

import pytest

import ropa.exports
import ropa.register
import ropa.validation

SURFACE = {
    ropa.register: {
        "Activity", "Art9Condition", "Controller", "DataSubject", "DpiaStatus", "ImportResult", "LegalBasis", "Party",
        "PartyRole", "Period", "Register", "RegisterInvalid", "RetentionKind", "RetentionRule", "RetentionScope",
        "Safeguard", "SecurityMeasure", "StoredRegister", "Transfer", "Zone", "content_hash", "countries",
        "export_register", "import_register", "load_register", "load_stored", "parse_file", "parse_text",
        "store_register",
    },
    ropa.exports: {"FORMATS", "ExportChange", "build_report", "diff", "diff_reports", "export", "export_many"},
    ropa.validation: {
        "FormatRule", "Planned", "Skipped", "ValidationRun", "catalog_folder", "load_formats", "plan", "preload",
        "retention_sql", "validate",
    },
}  # fmt: skip


@pytest.mark.parametrize("module", list(SURFACE), ids=lambda m: m.__name__)
def test_exports_are_exact(module) -> None:  # type: ignore[no-untyped-def]
    assert set(module.__all__) == SURFACE[module]
    for name in module.__all__:
        assert hasattr(module, name)


def test_great_expectations_and_openpyxl_are_imported_lazily() -> None:
    code = (
        "import sys, ropa.commands.register, ropa.validation, ropa.exports, ropa.reconcile;"
        "print('great_expectations' in sys.modules, 'openpyxl' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]
