"""Every error ropa raises on purpose, in one tree.

Library code (``catalog/``, ``connectors/``, ``ropa/`` except the CLI) never prints or exits: it raises a
subclass of :class:`RopaError`. The CLI and the app translate it once into a one-line message (exit code 2);
anything else escaping is a bug and keeps its traceback.

::

    RopaError
     ├── ConfigError        bad setting, URL or option the user gave
     ├── CatalogError       the catalog store cannot be opened, migrated or written
     ├── TaxonomyError      data/annex1_categories.csv is broken
     ├── ScanError          a source system cannot be read (unreachable, auth, permissions)
     ├── LineageError       SQL inputs cannot be read (files, manifests, logs) — never a parse error
     ├── RuleError          classification rules are broken
     ├── RegisterError      the Art. 30 register YAML is invalid
     ├── ValidationError    Great Expectations validation cannot run
     ├── NotFoundError      a named object (system, column, category) does not exist
     └── NotAvailableError  the command exists but its capability has not landed yet

Errors carry their location as fields (``file``, ``line``, ``obj``) so callers can test them and the
message can render ``register.yaml:14: activity 'payroll': unknown category 33``.
"""

from __future__ import annotations

from pathlib import Path


class RopaError(Exception):
    """Root of ropa's errors; ``str()`` gives the one line shown to users."""

    def __init__(
        self,
        message: str,
        *,
        file: str | Path | None = None,
        line: int | None = None,
        obj: str | None = None,
        hint: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.file = str(file) if file is not None else None
        self.line = line
        self.obj = obj
        self.hint = hint

    def __str__(self) -> str:
        where = ""
        if self.file:
            where = self.file + (f":{self.line}" if self.line is not None else "") + ": "
        elif self.line is not None:
            where = f"line {self.line}: "
        what = f"{self.obj}: " if self.obj else ""
        tail = f" — {self.hint}" if self.hint else ""
        return f"{where}{what}{self.message}{tail}"


class ConfigError(RopaError):
    """A setting, URL or option given by the user is wrong."""


class CatalogError(RopaError):
    """The catalog store cannot be opened, migrated or written."""


class TaxonomyError(RopaError):
    """The Annex 1 category file is missing or broken."""


class ScanError(RopaError):
    """A source system cannot be scanned."""


class LineageError(RopaError):
    """SQL inputs (files, manifests, query logs) cannot be read."""


class RuleError(RopaError):
    """Classification rules are missing or broken."""


class RegisterError(RopaError):
    """The register (YAML or stored) is invalid."""


class ValidationError(RopaError):
    """Great Expectations validation cannot run."""


class NotFoundError(RopaError):
    """A named object does not exist in the catalog."""


class NotAvailableError(RopaError):
    """A command whose capability has not landed yet."""
