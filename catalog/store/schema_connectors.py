"""Tables owned by the connectors area (issue 5), on the shared ``metadata``.

Their migration lives in revision 0002 (``catalog/migrations/versions/0002_connectors.py``).
"""

from __future__ import annotations

from catalog.store.schema import metadata  # noqa: F401
