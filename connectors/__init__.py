"""Connectors: read a source system's structure into a :class:`~connectors.base.SystemSnapshot`.

One module per source kind — ``sqlite``, ``postgres``, ``mysql`` (databases, scanned) and ``declared``
(systems listed in YAML). Connectors only read; :mod:`catalog.scanning` writes what they return.
"""

from __future__ import annotations

from connectors.base import ColumnSnapshot, Connector, SystemSnapshot, TableSnapshot

__all__ = ["ColumnSnapshot", "Connector", "SystemSnapshot", "TableSnapshot"]
