"""The 32 Annex 1 categories of personal data, loaded from ``data/annex1_categories.csv``.

The CSV is the source of truth (a stable contract other tools read); this module only validates it and
turns rows into frozen records. A broken row fails with the file and line, so whoever edits the CSV by
hand is told exactly where.
"""

from __future__ import annotations

import csv
import enum
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from catalog.errors import TaxonomyError

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
ANNEX_CSV = DATA_DIR / "annex1_categories.csv"
HEADER = ("id", "name_lv", "name_en", "examples_lv", "examples_en", "sensitivity")
CATEGORY_COUNT = 32


class Sensitivity(str, enum.Enum):
    NORMAL = "normal"
    HIGH = "high"
    SPECIAL = "special"


@dataclass(frozen=True)
class Category:
    """One Annex 1 category; ``name(lang)`` picks the Latvian or English wording."""

    id: int
    name_lv: str
    name_en: str
    examples_lv: str
    examples_en: str
    sensitivity: Sensitivity

    def name(self, lang: str = "en") -> str:
        return self.name_lv if lang == "lv" else self.name_en

    def examples(self, lang: str = "en") -> str:
        return self.examples_lv if lang == "lv" else self.examples_en

    @property
    def label(self) -> str:
        return f"{self.id}. {self.name_en}"


def load_categories(path: str | Path = ANNEX_CSV) -> tuple[Category, ...]:
    """Read and validate the Annex 1 CSV; raise :class:`TaxonomyError` naming file and line.

    >>> load_categories()[0].name_lv
    'Personas identifikācijas dati'
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise TaxonomyError(f"cannot read the category file ({exc})", file=path) from exc
    reader = csv.reader(text.splitlines())
    try:
        header = next(reader)
    except StopIteration:
        raise TaxonomyError("file is empty", file=path, line=1) from None
    if tuple(h.strip() for h in header) != HEADER:
        raise TaxonomyError(f"header must be {','.join(HEADER)}", file=path, line=1)
    categories: list[Category] = []
    seen: set[int] = set()
    for row in reader:
        line = reader.line_num
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(HEADER):
            raise TaxonomyError(f"expected {len(HEADER)} fields, found {len(row)}", file=path, line=line)
        raw = dict(zip(HEADER, (cell.strip() for cell in row)))
        try:
            cid = int(raw["id"])
        except ValueError:
            raise TaxonomyError(f"id {raw['id']!r} is not a number", file=path, line=line) from None
        if not 1 <= cid <= CATEGORY_COUNT:
            raise TaxonomyError(f"id {cid} is outside 1..{CATEGORY_COUNT}", file=path, line=line)
        if cid in seen:
            raise TaxonomyError(f"duplicate id {cid}", file=path, line=line)
        for field in ("name_lv", "name_en"):
            if not raw[field]:
                raise TaxonomyError(f"category {cid}: {field} is empty", file=path, line=line)
        try:
            sensitivity = Sensitivity(raw["sensitivity"])
        except ValueError:
            allowed = "/".join(s.value for s in Sensitivity)
            raise TaxonomyError(
                f"category {cid}: sensitivity {raw['sensitivity']!r} is not one of {allowed}", file=path, line=line
            ) from None
        seen.add(cid)
        categories.append(
            Category(cid, raw["name_lv"], raw["name_en"], raw["examples_lv"], raw["examples_en"], sensitivity)
        )
    missing = sorted(set(range(1, CATEGORY_COUNT + 1)) - seen)
    if missing:
        raise TaxonomyError(f"categories missing: {', '.join(map(str, missing))}", file=path)
    return tuple(sorted(categories, key=lambda c: c.id))


@lru_cache(maxsize=1)
def categories() -> tuple[Category, ...]:
    """The packaged categories, loaded once per process."""
    return load_categories()


def category(category_id: int) -> Category:
    """Look up one category by its Annex 1 id; unknown ids raise :class:`TaxonomyError`."""
    for cat in categories():
        if cat.id == category_id:
            return cat
    raise TaxonomyError(f"unknown category {category_id} (Annex 1 has ids 1..{CATEGORY_COUNT})")
