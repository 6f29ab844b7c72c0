"""Export labels in Latvian and English, read from ``data/labels_{lv,en}.yaml`` (data, not code)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from catalog.errors import ConfigError

DATA_DIR = Path(__file__).resolve().parent.parent.parent / "data"
LANGS = ("lv", "en")


def check_lang(lang: str) -> str:
    if lang not in LANGS:
        raise ConfigError(f"--lang must be lv or en, not {lang!r}")
    return lang


def phrase(value: Any, lang: str) -> str:
    """A register phrase in *lang* — a ``Text`` model or its exported ``{"en": …, "lv": …}`` form (English
    when the language is missing) — or any other value as text; ``""`` for nothing.

    >>> phrase({"en": "billing", "lv": "rēķini"}, "lv"), phrase({"en": "billing"}, "lv"), phrase(None, "en")
    ('rēķini', 'billing', '')
    """
    if value is None:
        return ""
    if isinstance(value, dict) and "en" in value:
        return str(value.get(lang) or value["en"])
    if hasattr(value, "en") and hasattr(value, "lv"):
        return str(value.lv if lang == "lv" else value.en)
    return str(value)


def _flatten(data: dict[str, Any], prefix: str = "") -> dict[str, str]:
    flat: dict[str, str] = {}
    for key, value in data.items():
        if isinstance(value, dict):
            flat.update(_flatten(value, f"{prefix}{key}."))
        else:
            flat[f"{prefix}{key}"] = str(value)
    return flat


@lru_cache(maxsize=2)
def labels(lang: str) -> dict[str, str]:
    """All labels of *lang* as ``{"sheet.activities": "Processing activities", ...}``."""
    path = DATA_DIR / f"labels_{check_lang(lang)}.yaml"
    with path.open(encoding="utf-8") as handle:
        return _flatten(yaml.safe_load(handle))


class Labels:
    """Label lookup for one language; a missing key is a bug the labels test catches, so it raises."""

    def __init__(self, lang: str) -> None:
        self.lang = check_lang(lang)
        self._labels = labels(lang)

    def __call__(self, key: str, **fmt: Any) -> str:
        text = self._labels[key]
        return text.format(**fmt) if fmt else text

    def many(self, group: str, values: list[str]) -> str:
        return "; ".join(self(f"{group}.{v}") for v in values)

    def yes_no(self, value: bool) -> str:
        return self("value.yes" if value else "value.no")
