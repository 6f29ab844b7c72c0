"""Value detectors: what share of a column's sampled values look like a personal code, an e-mail, an IBAN…

Called by the connectors while a sample is in memory; only the ratios leave this module, never a value.
(Owned by the classification area, issue 7; this first version has no detectors yet.)
"""

from __future__ import annotations

from collections.abc import Sequence


def profile_values(values: Sequence[object]) -> dict[str, float]:
    """Match ratio per detector id for one column's sampled values (``{}`` when nothing matched).

    >>> profile_values([])
    {}
    """
    return {}
