"""Keys of the register as annotated types, one validator each, reused by every model field that holds one.

A category id is checked against the Annex 1 taxonomy, a country code against ``data/countries.csv`` (which
also says where each country stands for Chapter V transfers), ids are lower-case slugs.

>>> countries()["US"].zone
<Zone.THIRD: 'third'>
"""

from __future__ import annotations

import csv
import enum
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Annotated

from pydantic import AfterValidator, Field

DATA_DIR = Path(__file__).resolve().parent.parent.parent / "data"
COUNTRIES_CSV = DATA_DIR / "countries.csv"


def _category_id(value: int) -> int:
    from catalog.taxonomy import CATEGORY_COUNT, categories

    if value not in {c.id for c in categories()}:
        raise ValueError(f"unknown category {value} (Annex 1 has ids 1..{CATEGORY_COUNT})")
    return value


class Zone(str, enum.Enum):
    """Where a country stands for Chapter V transfers."""

    EEA = "eea"  # EU/EEA: no transfer safeguard needed
    ADEQUACY = "adequacy"  # covered by a Commission adequacy decision (Art. 45)
    THIRD = "third"  # everything else: needs Art. 46 safeguards or an Art. 49 derogation


@dataclass(frozen=True)
class Country:
    code: str
    name_en: str
    zone: Zone


@lru_cache(maxsize=1)
def countries() -> dict[str, Country]:
    """ISO 3166-1 alpha-2 codes with their zone, from ``data/countries.csv`` (data, not code)."""
    with COUNTRIES_CSV.open(encoding="utf-8", newline="") as handle:
        return {row["code"]: Country(row["code"], row["name_en"], Zone(row["zone"])) for row in csv.DictReader(handle)}


def _country_code(value: str) -> str:
    code = value.strip().upper()
    if code not in countries():
        raise ValueError(f"unknown country code {value!r} (expected ISO 3166-1 alpha-2, e.g. LV, DE, US)")
    return code


_SLUG = re.compile(r"^[a-z][a-z0-9_]*$")


def _slug(value: str) -> str:
    if not _SLUG.match(value):
        raise ValueError(f"{value!r} is not an id: use lower-case letters, digits and _ (e.g. customer_service)")
    return value


CategoryId = Annotated[int, AfterValidator(_category_id)]
CountryCode = Annotated[str, AfterValidator(_country_code)]
ActivityId = Annotated[str, AfterValidator(_slug)]
PartyId = Annotated[str, AfterValidator(_slug)]
RuleId = Annotated[str, AfterValidator(_slug)]
SystemName = Annotated[str, Field(min_length=1, max_length=200)]
