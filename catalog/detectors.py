"""Value detectors: what share of a column's sampled values look like a personal code, an e-mail, an IBAN…

The connectors call :func:`profile_values` while a sample is in memory; only the ratios leave this module,
never a value — the catalog stores ``{detector id: share of non-empty values that matched}``.

The detectors themselves are data (``data/rules/detectors.yaml``: id, regular expression, explanation); this
module holds only what a regular expression cannot say: check digits (Latvian personal code, IBAN mod-97,
Luhn for cards and IMEIs) and date/coordinate plausibility.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

from catalog.errors import RuleError

DETECTORS_FILE = Path(__file__).resolve().parent.parent / "data" / "rules" / "detectors.yaml"

# Cheap necessary conditions per detector, checked before its regular expression (speed only: a value failing
# one can never match that detector's pattern).
_QUICK: dict[str, Callable[[str], bool]] = {
    "lv_personal_code": lambda t: 11 <= len(t) <= 12,
    "lv_personal_code_new": lambda t: t[:2] == "32",
    "email": lambda t: "@" in t,
    "phone_lv": lambda t: 8 <= len(t) <= 20,
    "phone_e164": lambda t: t[0] == "+",
    "phone_national": lambda t: 7 <= len(t) <= 30,
    "iban": lambda t: 15 <= len(t) <= 42 and t[:2].isalpha(),
    "payment_card": lambda t: 12 <= len(t) <= 23 and t[0].isdigit(),
    "imei": lambda t: 15 <= len(t) <= 18 and t[0].isdigit(),
    "mac_address": lambda t: 14 <= len(t) <= 17,
    "ipv4": lambda t: "." in t and len(t) <= 18,
    "ipv6": lambda t: ":" in t,
    "gps": lambda t: "." in t,
    "coordinate": lambda t: "." in t and len(t) <= 20,
    "birth_date": lambda t: 10 <= len(t) <= 26,
    "password_hash": lambda t: len(t) >= 32,
    "recording_file": lambda t: "." in t,
    "photo_file": lambda t: "." in t,
    "video_file": lambda t: "." in t,
}
# Detectors whose values may contain no digit at all (everything else is skipped for digit-free values).
_DIGITLESS = frozenset({"mac_address", "ipv6"})
# Above this many characters a value is no identifier, phone or code; skipped for speed (and counted).
_MAX_LEN = 300


@dataclass(frozen=True)
class Detector:
    """One detector as read from ``detectors.yaml``."""

    id: str
    pattern: re.Pattern[str]
    check: Callable[[re.Match[str]], bool] | None
    explain_en: str
    explain_lv: str

    def matches(self, text: str) -> bool:
        m = self.pattern.fullmatch(text)
        if m is None:
            return False
        return self.check is None or self.check(m)


# ---------------------------------------------------------------- checksums and plausibility (code, not data)

_LV_WEIGHTS = (1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def lv_personal_code_valid(code: str) -> bool:
    """Old-format Latvian personal code DDMMYY-XNNNC: a real birth date and the check digit.

    The check digit is ``(1101 - Σ digit·weight) mod 11`` with weights 1,6,3,7,9,10,5,8,4,2 (a remainder of 10
    is written as 0), the same rule the population register and Faker's ``lv_LV`` provider use.

    >>> lv_personal_code_valid("010101-10006"), lv_personal_code_valid("010101-10007")
    (True, False)
    """
    digits = code.replace("-", "")
    if len(digits) != 11 or not digits.isdigit():
        return False
    century = {"0": 1800, "1": 1900, "2": 2000}.get(digits[6])
    if century is None:
        return False
    try:
        date(century + int(digits[4:6]), int(digits[2:4]), int(digits[0:2]))
    except ValueError:
        return False
    total = sum(int(d) * w for d, w in zip(digits[:10], _LV_WEIGHTS))
    return (1101 - total) % 11 % 10 == int(digits[10])


def iban_valid(text: str) -> bool:
    """ISO 13616 IBAN: country letters, length 15..34 and the mod-97 remainder 1.

    >>> iban_valid("LV80BANK0000435195001"), iban_valid("LV80BANK0000435195002")
    (True, False)
    """
    s = text.replace(" ", "").upper()
    if not 15 <= len(s) <= 34 or not s[:2].isalpha() or not s[2:4].isdigit():
        return False
    rearranged = s[4:] + s[:4]
    number = "".join(str(int(ch, 36)) for ch in rearranged)
    return int(number) % 97 == 1


def luhn_valid(digits: str) -> bool:
    """Luhn (mod 10) check used by payment cards and IMEIs.

    >>> luhn_valid("4111111111111111"), luhn_valid("4111111111111112")
    (True, False)
    """
    total = 0
    for i, ch in enumerate(reversed(digits)):
        n = ord(ch) - 48
        if i % 2:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return total % 10 == 0


def _card_prefix_ok(d: str) -> bool:
    n = len(d)
    if d[0] == "4":
        return n in (13, 16, 19)
    two, four = int(d[:2]), int(d[:4])
    if 51 <= two <= 55 or 2221 <= four <= 2720:
        return n == 16
    if two in (34, 37):
        return n == 15
    if four in (2131, 1800):  # JCB 15
        return n == 15
    if 3528 <= four <= 3589:
        return 16 <= n <= 19
    if d.startswith(("300", "301", "302", "303", "304", "305", "36", "38")):
        return 14 <= n <= 19
    if d.startswith(("6011", "65")) or 644 <= int(d[:3]) <= 649 or two == 62:
        return 16 <= n <= 19
    if two in (50, 56, 57, 58, 63, 67):  # Maestro
        return 12 <= n <= 19
    return False


def _check_payment_card(m: re.Match[str]) -> bool:
    d = re.sub(r"[ \-]", "", m.group(0))
    return 13 <= len(d) <= 19 and (_card_prefix_ok(d) or len(d) == 16) and luhn_valid(d)


def _check_imei(m: re.Match[str]) -> bool:
    d = re.sub(r"[ \-]", "", m.group(0))
    # A 15-digit American Express card also passes Luhn; its 34/37 prefix tells them apart.
    return len(d) == 15 and d[:2] not in ("34", "37") and d != "0" * 15 and luhn_valid(d)


def _check_lv_code(m: re.Match[str]) -> bool:
    return lv_personal_code_valid(m.group(0))


def _check_iban(m: re.Match[str]) -> bool:
    return iban_valid(m.group(0))


def _check_e164(m: re.Match[str]) -> bool:
    return 8 <= sum(ch.isdigit() for ch in m.group(0)) <= 15


_NOT_PHONE = re.compile(r"\d{4}-\d{2}-\d{2}|\d{1,2}[./-]\d{1,2}[./-]\d{4}|\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}")


def _check_phone_national(m: re.Match[str]) -> bool:
    text = m.group(0)
    main = re.split(r"(?i)\s*(?:x|ext\.?|#)\s*\d", text)[0]
    return 7 <= sum(ch.isdigit() for ch in main) <= 15 and not _NOT_PHONE.fullmatch(main)


def _check_ipv6(m: re.Match[str]) -> bool:
    try:
        ipaddress.IPv6Network(m.group(0), strict=False)
    except ValueError:
        return False
    return True


def _check_gps_pair(m: re.Match[str]) -> bool:
    lat, lon = float(m.group(1)), float(m.group(2))
    return -90 <= lat <= 90 and -180 <= lon <= 180 and (lat, lon) != (0.0, 0.0)


def _check_longitude(m: re.Match[str]) -> bool:
    return -180 <= float(m.group(0)) <= 180


def _check_birth_date(m: re.Match[str]) -> bool:
    g = m.groups()
    try:
        if g[0] is not None:
            born = date(int(g[0]), int(g[1]), int(g[2]))
        elif g[3] is not None:
            born = date(int(g[5]), int(g[4]), int(g[3]))
        else:
            # dd/mm/yyyy is the European reading; mm/dd/yyyy is tried when the first reading is no date.
            try:
                born = date(int(g[8]), int(g[7]), int(g[6]))
            except ValueError:
                born = date(int(g[8]), int(g[6]), int(g[7]))
    except ValueError:
        return False
    today = date.today()
    age_days = (today - born).days
    return 0 <= age_days <= 110 * 366


CHECKS: dict[str, Callable[[re.Match[str]], bool]] = {
    "lv_personal_code": _check_lv_code,
    "iban_mod97": _check_iban,
    "payment_card": _check_payment_card,
    "imei": _check_imei,
    "e164_length": _check_e164,
    "phone_national": _check_phone_national,
    "ipv6": _check_ipv6,
    "gps_pair": _check_gps_pair,
    "longitude": _check_longitude,
    "birth_date": _check_birth_date,
}


# ---------------------------------------------------------------- loading


@lru_cache(maxsize=4)
def load_detectors(path: str | Path = DETECTORS_FILE) -> tuple[Detector, ...]:
    """Read and compile ``detectors.yaml``; a bad entry raises :class:`RuleError` naming the file and detector."""
    import yaml

    path = Path(path)
    try:
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        line = getattr(getattr(exc, "problem_mark", None), "line", None)
        raise RuleError(f"cannot read detectors ({exc})", file=path, line=None if line is None else line + 1) from None
    if not isinstance(doc, dict) or not isinstance(doc.get("detectors"), list):
        raise RuleError("expected a mapping with a 'detectors' list", file=path)
    found: list[Detector] = []
    seen: set[str] = set()
    for entry in doc["detectors"]:
        if not isinstance(entry, dict) or not entry.get("id") or not entry.get("pattern"):
            raise RuleError("every detector needs an id and a pattern", file=path, obj=str(entry)[:60])
        did = str(entry["id"])
        if did in seen:
            raise RuleError("duplicate detector id", file=path, obj=did)
        seen.add(did)
        flags = re.IGNORECASE if str(entry.get("flags", "")).lower() == "ignorecase" else 0
        try:
            pattern = re.compile(str(entry["pattern"]), flags)
        except re.error as exc:
            raise RuleError(f"bad regular expression ({exc})", file=path, obj=did) from None
        check_name = entry.get("check")
        if check_name is not None and check_name not in CHECKS:
            raise RuleError(f"unknown check {check_name!r}", file=path, obj=did, hint=", ".join(sorted(CHECKS)))
        found.append(
            Detector(
                id=did,
                pattern=pattern,
                check=CHECKS[check_name] if check_name else None,
                explain_en=str(entry.get("explain_en", "")),
                explain_lv=str(entry.get("explain_lv", "")),
            )
        )
    return tuple(found)


def detector_ids() -> tuple[str, ...]:
    return tuple(d.id for d in load_detectors())


# ---------------------------------------------------------------- profiling


def _as_text(value: Any) -> str | None:
    """The value as the detectors read it, or None when it cannot hold anything they look for."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, datetime):
        if (value.hour, value.minute, value.second, value.microsecond) == (0, 0, 0, 0):
            return value.date().isoformat()
        return value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (bytes, bytearray, memoryview)):
        return None
    if isinstance(value, float):
        text = repr(value)
    else:
        text = str(value)
    text = text.strip()
    if not text or len(text) > _MAX_LEN:
        return None
    return text


def profile_values(values: Sequence[object]) -> dict[str, float]:
    """Match ratio per detector id for one column's sampled values (``{}`` when nothing matched).

    The ratio is the share of non-empty values the detector accepts, rounded to 3 decimals. Values are only
    read here; nothing about them but the ratios is returned.

    >>> profile_values(["anna@example.lv", "janis@example.com", None, ""])
    {'email': 1.0}
    >>> profile_values([])
    {}
    """
    detectors = load_detectors()
    texts = [t for t in (_as_text(v) for v in values) if t is not None]
    if not texts:
        return {}
    counts: dict[str, int] = {}
    for text in texts:
        has_digit = any(ch.isdigit() for ch in text)
        for det in detectors:
            # Cheap pre-filters: most detectors need digits; each has a necessary condition (see _QUICK).
            if not has_digit and det.id != "email" and not det.id.endswith("_file") and det.id not in _DIGITLESS:
                continue
            quick = _QUICK.get(det.id)
            if quick is not None and not quick(text):
                continue
            if det.matches(text):
                counts[det.id] = counts.get(det.id, 0) + 1
    total = len(texts)
    return {did: round(n / total, 3) for did, n in counts.items()}


__all__ = ["Detector", "iban_valid", "load_detectors", "luhn_valid", "lv_personal_code_valid", "profile_values"]
