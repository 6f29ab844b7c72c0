"""The value formats the estate relies on, checked against independently known good and bad values."""

from __future__ import annotations

import random
from datetime import date

import pytest

from demo import values


@pytest.mark.parametrize(
    ("code", "valid"),
    [
        ("320000-00000", True),  # new format: no check digit
        ("321777-63170", True),
        ("010101-10007", False),  # wrong check digit
        ("310299-12345", False),  # 31 February
        ("12345-678901", False),
        ("1203801582", False),
    ],
)
def test_personal_code_validation(code: str, valid: bool) -> None:
    assert values.is_valid_personal_code(code) is valid


def test_generated_personal_codes_carry_the_official_check_digit() -> None:
    rng = random.Random(1)
    for year in (1920, 1965, 1999, 2004):
        code = values.personal_code(rng, date(year, 7, 14))
        assert values.is_valid_personal_code(code), code
        assert code.startswith("1407") and code[7] == {19: "1", 20: "2"}[year // 100]
        digits = code.replace("-", "")
        weighted = sum(w * int(d) for w, d in zip((1, 6, 3, 7, 9, 10, 5, 8, 4, 2), digits))
        assert (1101 - weighted) % 11 == int(digits[10])


@pytest.mark.parametrize(
    ("iban", "valid"),
    [
        ("LV80BANK0000435195001", True),  # the published Latvian example
        ("GB82WEST12345698765432", True),
        ("LV81BANK0000435195001", False),
        ("LV80BANK000043519500", False),
    ],
)
def test_iban_mod97(iban: str, valid: bool) -> None:
    assert values.is_valid_iban(iban) is valid


def test_generated_ibans_and_phones() -> None:
    rng = random.Random(2)
    for style in range(6):
        assert values.is_valid_iban(values.iban(rng))
        assert values.PHONE_RE.match(values.phone(rng, style=style))
