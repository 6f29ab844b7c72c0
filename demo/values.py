"""Latvian value formats the estate fills its columns with, and the checks the tests (and readers) use.

Pure functions over a ``random.Random`` so every value is reproducible from the seed. The checks are the
official ones: the old personal code's check digit (weights 1,6,3,7,9,10,5,8,4,2; ``(1101 - sum) mod 11``),
the IBAN's ISO 13616 mod-97, the +371 numbering plan (mobile 2xxxxxxx, fixed 6xxxxxxx).
"""

from __future__ import annotations

import random
import re
from datetime import date

PERSONAL_CODE_WEIGHTS = (1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
LV_BANKS = ("HABA", "UNLA", "RIKO", "PARX", "NDEA", "LUMI", "BATR", "CBBR")
_OLD_CODE = re.compile(r"^(\d{2})(\d{2})(\d{2})-?([012])(\d{4})$")
_NEW_CODE = re.compile(r"^32\d{4}-?\d{5}$")
PHONE_RE = re.compile(r"^(\+371 ?)?[26]\d{7}$")


def personal_code_check_digit(first_ten: str) -> int | None:
    """Check digit of an old-format code from its first ten digits; ``None`` when the serial is never issued."""
    total = sum(w * int(d) for w, d in zip(PERSONAL_CODE_WEIGHTS, first_ten))
    check = (1101 - total) % 11
    return None if check == 10 else check


def personal_code(rng: random.Random, born: date, *, new_format: bool = False) -> str:
    """A valid Latvian personal code: ``DDMMYY-CNNNZ`` (C = century digit) or the 2017 ``32xxxx-xxxxx`` form."""
    if new_format:
        digits = "32" + "".join(str(rng.randrange(10)) for _ in range(9))
        return f"{digits[:6]}-{digits[6:]}"
    century = {18: "0", 19: "1", 20: "2"}[born.year // 100]
    while True:
        head = f"{born:%d%m%y}{century}{rng.randrange(1000):03d}"
        check = personal_code_check_digit(head)
        if check is not None:
            return f"{head[:6]}-{head[6:]}{check}"


def is_valid_personal_code(code: str) -> bool:
    """True for a new-format code or an old-format code with a real date and a correct check digit."""
    if _NEW_CODE.match(code):
        return True
    match = _OLD_CODE.match(code)
    if not match:
        return False
    day, month, yy, century = int(match[1]), int(match[2]), int(match[3]), int(match[4])
    try:
        date(1800 + 100 * century + yy, month, day)
    except ValueError:
        return False
    digits = code.replace("-", "")
    return personal_code_check_digit(digits[:10]) == int(digits[10])


def _iban_number(text: str) -> int:
    return int("".join(str(int(ch, 36)) for ch in text))


def iban(rng: random.Random) -> str:
    """A Latvian IBAN (``LVkk BBBB + 13 digits``) whose check digits pass ISO 13616 mod-97."""
    bban = rng.choice(LV_BANKS) + "".join(str(rng.randrange(10)) for _ in range(13))
    check = 98 - _iban_number(bban + "LV00") % 97
    return f"LV{check:02d}{bban}"


def is_valid_iban(value: str) -> bool:
    compact = value.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{11,30}", compact):
        return False
    return _iban_number(compact[4:] + compact[:4]) % 97 == 1


def phone(rng: random.Random, *, style: int = 0, mobile: bool = True) -> str:
    """A Latvian number in one of the styles people type: ``+371 2xxxxxxx``, ``+3712xxxxxxx``, ``2xxxxxxx``."""
    number = ("2" if mobile else "6") + "".join(str(rng.randrange(10)) for _ in range(7))
    return ("+371 " + number, "+371" + number, number)[style % 3]


def mac(rng: random.Random) -> str:
    """A unicast MAC address with a vendor-like prefix."""
    prefix = rng.choice(("00:1A:2B", "A4:91:B1", "F0:9F:C2", "3C:84:6A", "00:26:5A"))
    return prefix + "".join(f":{rng.randrange(256):02X}" for _ in range(3))


def ipv4(rng: random.Random, *, public: bool = True) -> str:
    if public:
        return f"{rng.choice((85, 87, 91, 212, 195))}.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}"
    return f"10.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}"


def ipv6(rng: random.Random) -> str:
    return "2a02:8b8:" + ":".join(f"{rng.randrange(65536):x}" for _ in range(6))


def password_hash(rng: random.Random) -> str:
    """A bcrypt-shaped hash (never of a real password)."""
    alphabet = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    return "$2b$12$" + "".join(rng.choice(alphabet) for _ in range(53))


def digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))
