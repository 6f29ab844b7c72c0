"""Tables owned by the lineage area (issue 6), on the shared ``metadata``.

Their migration lives in revision 0003 (``catalog/migrations/versions/0003_lineage.py``).
"""

from __future__ import annotations

from catalog.store.schema import metadata  # noqa: F401
