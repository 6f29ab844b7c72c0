"""Value detectors: check digits, formats and ratios — and nothing but ratios leaves them."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from faker import Faker

from catalog.detectors import iban_valid, load_detectors, luhn_valid, lv_personal_code_valid, profile_values
from catalog.errors import RuleError


@pytest.mark.parametrize(
    ("code", "ok"),
    [
        ("010101-10006", True),
        ("01010110006", True),
        ("010101-10007", False),  # wrong check digit
        ("310299-12345", False),  # 31 February
        ("010101-30006", False),  # century digit 3 does not exist
        ("32", False),
    ],
)
def test_latvian_personal_code_check_digit(code: str, ok: bool) -> None:
    assert lv_personal_code_valid(code) is ok


def test_faker_latvian_codes_all_pass_and_one_changed_digit_fails() -> None:
    fake = Faker("lv_LV")
    fake.seed_instance(7)
    codes = [fake.ssn() for _ in range(300)]
    assert all(lv_personal_code_valid(c) for c in codes)
    broken = [c[:-1] + str((int(c[-1]) + 1) % 10) for c in codes]
    assert sum(lv_personal_code_valid(c) for c in broken) == 0


def test_new_format_personal_code() -> None:
    assert profile_values(["321234-56789", "329876-54321"]) == {"lv_personal_code_new": 1.0}


@pytest.mark.parametrize(
    ("value", "ok"),
    [("LV80BANK0000435195001", True), ("LV80 BANK 0000 4351 9500 1", True), ("LV81BANK0000435195001", False)],
)
def test_iban_mod97(value: str, ok: bool) -> None:
    assert iban_valid(value) is ok


def test_luhn() -> None:
    assert luhn_valid("4111111111111111") and not luhn_valid("4111111111111112")


@pytest.mark.parametrize(
    ("values", "detector"),
    [
        (["anna.berzina@example.lv", "j@x.com"], "email"),
        (["+371 29123456", "26123456", "0037167123456"], "phone_lv"),
        (["+44 20 7946 0958", "+1-202-555-0143"], "phone_e164"),
        (["4111 1111 1111 1111", "5500-0000-0000-0004"], "payment_card"),
        (["490154203237518", "356938035643809"], "imei"),
        (["00:1A:2B:3C:4D:5E", "aa-bb-cc-dd-ee-ff", "001a.2b3c.4d5e"], "mac_address"),
        (["192.168.1.10", "10.0.0.1"], "ipv4"),
        (["2001:db8::1", "fe80::1ff:fe23:4567:890a"], "ipv6"),
        (["56.9496, 24.1052", "(57.1234, 21.55555)"], "gps"),
        ([date(1980, 5, 1), "1975-12-24", "24.12.1990"], "birth_date"),
        (
            ["$2b$12$" + "a" * 53, "$argon2id$v=19$m=65536,t=3,p=4$c2FsdA$aGFzaA", "5f4dcc3b5aa765d61d8327deb882cf99"],
            "password_hash",
        ),
        (["https://rec.example.lv/2024/01/call-17.wav", "/srv/calls/18.mp3"], "recording_file"),
        (["https://cdn.example.lv/u/1.jpg", "photos/2.PNG"], "photo_file"),
        (["cctv/cam1/2024-01-01.mp4", "https://v.example.lv/e.mov"], "video_file"),
    ],
)
def test_detector_fires_on_every_value(values: list[object], detector: str) -> None:
    assert profile_values(values).get(detector) == 1.0


def test_ratio_counts_non_empty_values_only() -> None:
    profile = profile_values(["a@b.lv", "not an address", None, "", "c@d.com", "   "])
    assert profile == {"email": pytest.approx(2 / 3, abs=0.001)}


def test_plain_numbers_words_and_timestamps_match_nothing_personal() -> None:
    assert profile_values(list(range(1000, 1100))) == {}
    assert profile_values(["red", "green", "blue"]) == {}
    assert "birth_date" not in profile_values([datetime(2024, 1, 5, 13, 45), datetime(2023, 7, 1, 8, 1)])


def test_profile_holds_only_detector_ids_and_ratios() -> None:
    secret = "canary.person@example.lv"
    profile = profile_values([secret] * 5)
    assert secret not in repr(profile)
    assert all(isinstance(k, str) and isinstance(v, float) and 0 < v <= 1 for k, v in profile.items())
    assert set(profile) <= {d.id for d in load_detectors()}


def test_detector_ids_are_unique_and_explained() -> None:
    detectors = load_detectors()
    assert len({d.id for d in detectors}) == len(detectors)
    assert all(d.explain_en and d.explain_lv for d in detectors)


def test_bad_detector_file_names_the_file_and_detector(tmp_path: Path) -> None:
    bad = tmp_path / "detectors.yaml"
    bad.write_text("detectors:\n  - id: broken\n    pattern: '(['\n", encoding="utf-8")
    with pytest.raises(RuleError) as info:
        load_detectors(bad)
    assert info.value.file == str(bad) and info.value.obj == "broken"
