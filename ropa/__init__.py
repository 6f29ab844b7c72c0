"""ropa — the register side: Art. 30 records, reconciliation, validation, exports and the CLI."""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__"]
