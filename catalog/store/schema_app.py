"""Tables owned by the app area (issue 9), on the shared ``metadata``.

Their migration lives in revision 0006 (``catalog/migrations/versions/0006_app.py``).
"""

from __future__ import annotations

from catalog.store.schema import metadata  # noqa: F401
