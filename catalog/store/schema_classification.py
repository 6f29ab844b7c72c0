"""Tables owned by the classification area (issue 7), on the shared ``metadata``.

Their migration lives in revision 0004 (``catalog/migrations/versions/0004_classification.py``).
"""

from __future__ import annotations

from catalog.store.schema import metadata  # noqa: F401
