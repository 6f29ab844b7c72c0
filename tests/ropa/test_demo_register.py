"""The demo register reproduces the policy (../shared/POLICY-NOTES.md): a walk down its list.

Each table below is the digest's list, item by item, with the words the register must carry for it. A policy
item missing from ``demo/register.yaml`` fails with the item's name.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ropa.register import (
    LegalBasis,
    PartyRole,
    Register,
    RetentionKind,
    Safeguard,
    Zone,
    parse_file,
)

DEMO = Path(__file__).resolve().parent.parent.parent / "demo" / "register.yaml"


@pytest.fixture(scope="module")
def register() -> Register:
    return parse_file(DEMO)


def _purposes(register: Register, section: str) -> str:
    return " | ".join(p.en.lower() for a in register.activities if a.policy_ref == section for p in a.purposes)


# §5: purpose items -> (section, words that must appear in a purpose of an activity of that section)
PURPOSES = [
    ("identification", "§5.1", "identify"),
    ("contract preparation/conclusion/proof", "§5.1", "conclude and prove contracts"),
    ("sale of goods", "§5.1", "sale of goods"),
    ("delivery and installation", "§5.1", "install"),
    ("service operation/maintenance", "§5.1", "maintain the services"),
    ("warranty", "§5.1", "warranty"),
    ("product improvement/development", "§5.1", "develop products"),
    ("promotion", "§5.1", "promote"),
    ("customer service", "§5.1", "serve customers"),
    ("requests and complaints", "§5.1", "requests and complaints"),
    ("retention, loyalty", "§5.1", "retain customers"),
    ("satisfaction measurement", "§5.1", "satisfaction"),
    ("billing administration", "§5.1", "invoices"),
    ("website and app maintenance", "§5.1", "websites"),
    ("creditworthiness assessment, credit monitoring", "§5.2", "creditworthiness and monitor credit"),
    ("debt recovery and collection", "§5.2", "collect debts"),
    ("statistics and business analysis", "§5.3", "statistics and business analysis"),
    ("planning and accounting", "§5.3", "planning and accounting"),
    ("efficiency", "§5.3", "efficiency"),
    ("data quality", "§5.3", "data quality"),
    ("market and opinion research", "§5.3", "market and opinion research"),
    ("reports", "§5.3", "reports"),
    ("customer surveys", "§5.3", "customer surveys"),
    ("risk management", "§5.3", "risk management"),
    ("security", "§5.4", "information systems and the company"),
    ("retained data", "§5.5", "retained data"),
    ("information to state authorities and operational-activity bodies", "§5.5", "operational-activity bodies"),
    ("network maintenance and construction with land and building owners", "§5.6", "land and building owners"),
    ("other specific purposes announced at collection", "§5.7", "announced when the data are collected"),
]


@pytest.mark.parametrize(("item", "section", "words"), PURPOSES, ids=[p[0] for p in PURPOSES])
def test_every_purpose_is_an_activity(register: Register, item: str, section: str, words: str) -> None:
    assert words in _purposes(register, section), f"§5 purpose {item!r} missing from {section}"


def test_every_legal_basis_of_section_6(register: Register) -> None:
    used = {b for a in register.activities for b in a.legal_bases}
    expected = {
        LegalBasis.CONTRACT,
        LegalBasis.LEGAL_OBLIGATION,
        LegalBasis.CONSENT,
        LegalBasis.LEGITIMATE_INTERESTS,
        LegalBasis.VITAL_INTERESTS,
    }
    assert expected <= used


LEGITIMATE_INTERESTS = [
    "run the business",
    "verify identity before",
    "credit-risk assessment",
    "keep applications and call notes",
    "record calls",
    "e-mail offers to prepaid clients",
    "analyse websites and apps",
    "retain customers",
    "segment the customer base",
    "develop products",
    "advertise",
    "nps surveys",
    "maintain, develop and monitor the network",
    "fraud prevention",
    "corporate governance and accounting",
    "administer payments and unpaid payments",
    "go to authorities and court",
]


@pytest.mark.parametrize("interest", LEGITIMATE_INTERESTS)
def test_every_named_legitimate_interest(register: Register, interest: str) -> None:
    worded = " | ".join(i.en.lower() for a in register.activities for i in a.legitimate_interests)
    assert interest in worded


def test_automated_decisions_are_flagged_where_the_policy_allows_them(register: Register) -> None:
    flagged = [a for a in register.activities if a.automated_decision_making]
    assert [a.id for a in flagged] == ["credit_assessment"]
    assert flagged[0].adm_logic and LegalBasis.CONTRACT in flagged[0].legal_bases


# Recipient and processor types (§13-14, §16-17, cookie policy) -> (role, words in the party's kind or name)
PARTY_TYPES = [
    ("group companies", PartyRole.PROCESSOR, "group company"),
    ("installation partner", PartyRole.PROCESSOR, "installation partner"),
    ("invoice printing", PartyRole.PROCESSOR, "invoice printing"),
    ("debt collector", PartyRole.PROCESSOR, "debt collector"),
    ("developers outside the EEA", PartyRole.PROCESSOR, "developer outside the eea"),
    ("service providers outside the EEA", PartyRole.PROCESSOR, "outside the eea"),
    ("bank", PartyRole.RECIPIENT, "bank"),
    ("electricity distribution system operator", PartyRole.RECIPIENT, "electricity distribution"),
    ("anyone with explicit consent", PartyRole.RECIPIENT, "explicit consent"),
    ("credit history database (recipient)", PartyRole.RECIPIENT, "credit history"),
    ("credit history database (source)", PartyRole.SOURCE, "credit history"),
    ("bodies entitled by law", PartyRole.AUTHORITY, "law-enforcement"),
    ("courts and state institutions", PartyRole.AUTHORITY, "courts and state institutions"),
    ("public registers", PartyRole.SOURCE, "public register"),
    ("partners as a source", PartyRole.SOURCE, "partners"),
    ("Google", PartyRole.RECIPIENT, "google"),
    ("Meta/Facebook", PartyRole.RECIPIENT, "meta"),
    ("Criteo", PartyRole.RECIPIENT, "criteo"),
    ("Adform", PartyRole.RECIPIENT, "adform"),
    ("LinkedIn", PartyRole.RECIPIENT, "linkedin"),
    ("Vimeo", PartyRole.RECIPIENT, "vimeo"),
]


@pytest.mark.parametrize(("item", "role", "words"), PARTY_TYPES, ids=[p[0] for p in PARTY_TYPES])
def test_every_recipient_type(register: Register, item: str, role: PartyRole, words: str) -> None:
    matches = [
        p
        for p in register.parties
        if role in p.roles and (words in p.name.lower() or (p.kind is not None and words in p.kind.en.lower()))
    ]
    assert matches, f"no {role.value} for {item!r}"
    used = {pid for a in register.activities for pid in a.parties()}
    assert any(p.id in used for p in matches), f"{item!r} is defined but no activity uses it"


def test_every_party_outside_the_eea_has_a_transfer_and_only_p2_lacks_a_safeguard(register: Register) -> None:
    outside = {p.id for p in register.parties if p.zone is not Zone.EEA}
    used = {pid for a in register.activities for pid in a.parties()}
    with_transfer = {t.party for t in register.transfers}
    assert outside & used <= with_transfer
    # the cookie partners some of which are in the USA (Google, Meta transfer there)
    assert {"google", "meta", "vimeo"} <= {t.party for t in register.transfers if t.country == "US"}
    unsafe = [t.id for t in register.transfers if t.safeguard is Safeguard.NONE]
    assert unsafe == ["devcloud_us"]  # P2
    devcloud = register.party("devcloud")
    assert (devcloud.name, devcloud.country) == ("DevCloud Inc.", "US")
    assert register.transfers[0].activities == ["customer_service"]
    assert "crm" in register.activity("customer_service").systems


# §20-23 retention and the cookie policy: (item, period, kind or None for conditional periods)
RETENTION = [
    ("while the contract is valid", None, "while the contract is valid"),
    ("while legitimate interests can be exercised", None, "while the legitimate interests"),
    ("while consent is valid", None, "while the consent is valid"),
    ("invoices at least 5 years", "5 years", RetentionKind.MIN),
    ("audit logs at least 1 year", "1 year", RetentionKind.MIN),
    ("high-security audit logs at least 18 months", "18 months", RetentionKind.MIN),
    ("call recordings 6 months", "6 months", RetentionKind.MAX),
    ("prepaid clients 2 years", "2 years", RetentionKind.MAX),
    ("retained telecom data 18 months", "18 months", RetentionKind.MAX),
    ("Google Analytics 180 days", "180 days", RetentionKind.MAX),
    ("Adform 60 days", "60 days", RetentionKind.MAX),
    ("Criteo 1 year", "1 year", RetentionKind.MAX),
    ("Google Marketing Platform 13 months", "13 months", RetentionKind.MAX),
    ("Google Ads 395 days", "395 days", RetentionKind.MAX),
    ("Facebook 3 months", "3 months", RetentionKind.MAX),
]


@pytest.mark.parametrize(("item", "period", "kind"), RETENTION, ids=[r[0] for r in RETENTION])
def test_every_retention_period(register: Register, item: str, period: str | None, kind: object) -> None:
    if period is None:
        assert any(r.period_text and str(kind) in r.period_text.en for r in register.retention), item
        return
    assert any(r.period is not None and str(r.period) == period and r.kind is kind for r in register.retention), item


def test_call_recordings_rule_points_at_the_table_gx_checks(register: Register) -> None:
    rule = next(r for r in register.retention if r.id == "call_recordings")
    assert (rule.table, rule.date_column, str(rule.period)) == ("callcentre.recordings", "recorded_at", "6 months")


def test_controller_and_dpo(register: Register) -> None:
    c = register.controller
    assert (c.name, c.registration_no) == ("AS Balticom", "40003443452")
    assert c.address and "Straupes iela 5/k-3" in c.address and c.dpo and c.dpo.email == "klients@balticom.info"
    assert c.supervisory_authority and "Datu valsts inspekcija" in c.supervisory_authority


def test_planted_p1_and_p4_shape(register: Register) -> None:
    assert all(29 not in a.categories for a in register.activities if "iptv" in a.systems)  # P1
    assert "media" not in register.systems()  # P4
    assert all(a.art9_condition for a in register.activities if 3 in a.categories)
