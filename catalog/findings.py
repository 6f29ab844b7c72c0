"""Findings: one shape for everything ropa reports as "needs attention".

Reconciliation checks (``ropa/``), the tagging gate (``catalog/``) and Great Expectations results all
produce :class:`Finding` records, so ``ropa check``, the exports and the app show them the same way.
A finding's ``kind`` is a stable id (tests and the docs key on it); text is given in English and Latvian.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Any


class Severity(enum.IntEnum):
    """Ordered, so ``--fail-on medium`` means "medium or worse"."""

    INFO = 0
    LOW = 1
    MEDIUM = 2
    HIGH = 3

    @classmethod
    def parse(cls, name: str) -> Severity:
        try:
            return cls[name.strip().upper()]
        except KeyError:
            from catalog.errors import ConfigError

            allowed = "|".join(s.name.lower() for s in cls)
            raise ConfigError(f"unknown severity {name!r}", hint=f"use one of {allowed}") from None

    def __str__(self) -> str:
        return self.name.lower()


@dataclass(frozen=True)
class Finding:
    """One thing that needs attention.

    ``object`` is a path such as ``crm.main.klienti.personas_kods``, ``system:media`` or
    ``activity:customer_service``; ``details`` holds machine-readable facts (never sampled values).
    """

    kind: str
    severity: Severity
    object: str
    message_en: str
    message_lv: str
    fix_en: str = ""
    fix_lv: str = ""
    details: dict[str, Any] = field(default_factory=dict)

    def message(self, lang: str = "en") -> str:
        return self.message_lv if lang == "lv" else self.message_en

    def fix(self, lang: str = "en") -> str:
        return self.fix_lv if lang == "lv" else self.fix_en
