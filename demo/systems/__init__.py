"""The demo systems, one module per system; each exposes ``SYSTEM`` (a :class:`demo.model.System`)."""

from __future__ import annotations

from demo.model import System
from demo.systems import (
    billing,
    callcentre,
    creditcheck,
    crm,
    installer,
    iptv,
    media,
    network,
    portal,
    retention,
    webanalytics,
)

SOURCE_SYSTEMS: tuple[System, ...] = (
    crm.SYSTEM,
    billing.SYSTEM,
    portal.SYSTEM,
    iptv.SYSTEM,
    retention.SYSTEM,
    network.SYSTEM,
    callcentre.SYSTEM,
    webanalytics.SYSTEM,
    creditcheck.SYSTEM,
    installer.SYSTEM,
    media.SYSTEM,
)
"""Generated from Python specs, in this order (the seed of each is derived from its name)."""
