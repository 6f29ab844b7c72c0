"""The synthetic Balticom estate: a Latvian telco's systems, their mess, the truth about them and the main job.

``build_estate(dir)`` writes one SQLite file per system (``crm``, ``billing``, … ``dwh``, ``extracts``) from a
fixed seed — two runs give identical bytes — plus ``truth.csv``, the ground truth for classification.
``demo.pipeline.run`` is the main job behind ``ropa demo``.
"""

from __future__ import annotations

from demo.canaries import CANARIES
from demo.estate import SEED, SYSTEMS, Estate, Target, build_estate
from demo.people import REFERENCE_DATE

__all__ = ["CANARIES", "REFERENCE_DATE", "SEED", "SYSTEMS", "Estate", "Target", "build_estate"]
