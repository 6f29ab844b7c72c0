"""Tables owned by the register area (issue 8), on the shared ``metadata``.

Their migration lives in revision 0005 (``catalog/migrations/versions/0005_register.py``).
"""

from __future__ import annotations

from catalog.store.schema import metadata  # noqa: F401
