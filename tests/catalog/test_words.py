"""Compound splitting: run-together names split into known words, never into a made-up part."""

from __future__ import annotations

from catalog.rules import load_rules
from catalog.words import _split_after_prefix, tokens


def test_a_known_first_word_is_no_application_prefix() -> None:
    vocabulary = frozenset({"patient", "nation", "person", "medical"})
    # "examination" unknown: better whole than patientexami + nation
    assert _split_after_prefix("patientexamination", vocabulary) == ("patientexamination",)
    # an unknown application prefix still splits off
    assert _split_after_prefix("gibbonpersonmedical", vocabulary) == ("gibbon", "person", "medical")


def test_legacy_clinic_table_names_split_into_their_nouns() -> None:
    rules = load_rules()
    assert rules.split(tokens("OH_PATIENTEXAMINATION"), table=True) == ("oh", "patient", "examination")
    assert rules.split(tokens("OH_PATIENTVACCINE"), table=True) == ("oh", "patient", "vaccine")
