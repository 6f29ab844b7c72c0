"""``python -m demo [DIR]``: build the estate into DIR (default .ropa/demo) and refresh ``demo/truth.csv``."""

from __future__ import annotations

import sys

from demo.estate import TRUTH_CSV, build_estate, truth_csv

if __name__ == "__main__":
    estate = build_estate(sys.argv[1] if len(sys.argv) > 1 else ".ropa/demo")
    TRUTH_CSV.write_text(truth_csv(), encoding="utf-8")
    print(f"{len(estate.files)} systems, {estate.tables} tables, {estate.columns} columns, {estate.rows} rows")
