"""The Art. 30 register as pydantic models: what the controller *claims* it does with personal data.

Every GDPR Art. 30(1) field and the columns of the ICO and CNIL record templates have a home here:
controller and DPO contacts (a), purposes (b), data subjects and categories (c), recipients (d),
third-country transfers with their safeguard (e), retention (f) and security measures (g) — plus the
template extras (legal basis, legitimate interest wording, Art. 9 condition, sources, automated decisions,
DPIA status).

Keys are annotated types with one validator each (a category id is checked against the Annex 1 taxonomy,
a country code against ``data/countries.csv``) and closed vocabularies are enums, so a typo is an error
naming the field rather than a silent new value. Cross-references (an activity naming a party that is not
defined, a duplicate activity id) are checked on the whole :class:`Register` after the fields validate.

>>> Register.model_validate({"controller": {"name": "AS Example", "email": "dpo@example.lv"}}).activities
[]
"""

from __future__ import annotations

import csv
import enum
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, field_validator, model_validator

DATA_DIR = Path(__file__).resolve().parent.parent.parent / "data"
COUNTRIES_CSV = DATA_DIR / "countries.csv"


# --- keys -------------------------------------------------------------------------------------------------


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


# --- closed vocabularies ----------------------------------------------------------------------------------


class LegalBasis(str, enum.Enum):
    """GDPR Art. 6(1) (a)–(f)."""

    CONSENT = "consent"
    CONTRACT = "contract"
    LEGAL_OBLIGATION = "legal_obligation"
    VITAL_INTERESTS = "vital_interests"
    PUBLIC_TASK = "public_task"
    LEGITIMATE_INTERESTS = "legitimate_interests"

    @property
    def article(self) -> str:
        letter = "abcdef"[list(LegalBasis).index(self)]
        return f"Art. 6(1)({letter})"


class Art9Condition(str, enum.Enum):
    """GDPR Art. 9(2) (a)–(j): the condition that lifts the ban on special-category data."""

    EXPLICIT_CONSENT = "explicit_consent"
    EMPLOYMENT_SOCIAL_SECURITY = "employment_social_security"
    VITAL_INTERESTS = "vital_interests"
    NOT_FOR_PROFIT_BODY = "not_for_profit_body"
    MADE_PUBLIC = "made_public"
    LEGAL_CLAIMS = "legal_claims"
    SUBSTANTIAL_PUBLIC_INTEREST = "substantial_public_interest"
    HEALTH_CARE = "health_care"
    PUBLIC_HEALTH = "public_health"
    ARCHIVING_RESEARCH = "archiving_research"

    @property
    def article(self) -> str:
        letter = "abcdefghij"[list(Art9Condition).index(self)]
        return f"Art. 9(2)({letter})"


class Safeguard(str, enum.Enum):
    """Chapter V basis of a transfer outside the EEA."""

    ADEQUACY = "adequacy"  # Art. 45 (incl. EU-US Data Privacy Framework for certified companies)
    SCC = "scc"  # Art. 46(2)(c) standard contractual clauses
    BCR = "bcr"  # Art. 47 binding corporate rules
    DEROGATION = "derogation"  # Art. 49
    NONE = "none"  # nothing on record — a finding when the country is outside the EEA


class PartyRole(str, enum.Enum):
    PROCESSOR = "processor"
    RECIPIENT = "recipient"
    JOINT_CONTROLLER = "joint_controller"
    AUTHORITY = "authority"
    SOURCE = "source"


class DataSubject(str, enum.Enum):
    """Kinds of people whose data is processed (policy §4)."""

    CUSTOMER = "customer"
    PROSPECT = "prospect"
    FORMER_CUSTOMER = "former_customer"
    CONTACT_PERSON = "contact_person"
    PAYER = "payer"
    OFFICE_VISITOR = "office_visitor"
    WEBSITE_VISITOR = "website_visitor"
    APP_USER = "app_user"
    CALLER = "caller"
    CAMPAIGN_PARTICIPANT = "campaign_participant"
    PROPERTY_OWNER = "property_owner"
    EMPLOYEE = "employee"


class SecurityMeasure(str, enum.Enum):
    """Art. 32 measures as the policy (§15) and the templates name them."""

    ENCRYPTION_IN_TRANSIT = "encryption_in_transit"
    ENCRYPTION_AT_REST = "encryption_at_rest"
    FIREWALL = "firewall"
    INTRUSION_DETECTION = "intrusion_detection"
    ACCESS_CONTROL = "access_control"
    AUDIT_LOGGING = "audit_logging"
    PSEUDONYMISATION = "pseudonymisation"
    BACKUP = "backup"
    PHYSICAL_SECURITY = "physical_security"


class DpiaStatus(str, enum.Enum):
    NOT_NEEDED = "not_needed"
    NEEDED = "needed"
    IN_PROGRESS = "in_progress"
    DONE = "done"


class RetentionScope(str, enum.Enum):
    CATEGORY = "category"
    ACTIVITY = "activity"
    TABLE = "table"


class RetentionKind(str, enum.Enum):
    """``max``: delete after the period (no row may be older); ``min``: keep at least the period."""

    MAX = "max"
    MIN = "min"


# --- records ----------------------------------------------------------------------------------------------


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, use_enum_values=False)


class Text(_Model):
    """A phrase in both languages of the register."""

    en: str = Field(min_length=1)
    lv: str = Field(min_length=1)

    def get(self, lang: str = "en") -> str:
        return self.lv if lang == "lv" else self.en


class Contact(_Model):
    name: str | None = None
    email: str | None = None
    phone: str | None = None
    address: str | None = None


class Controller(_Model):
    """Art. 30(1)(a): the controller, its representative and its data protection officer."""

    name: str = Field(min_length=1)
    registration_no: str | None = None
    address: str | None = None
    email: str | None = None
    phone: str | None = None
    website: str | None = None
    representative: Contact | None = None
    dpo: Contact | None = None
    supervisory_authority: str | None = None
    laws: list[str] = Field(default_factory=list)


_PERIOD = re.compile(r"^\s*(\d+)\s*(day|week|month|year)s?\s*$", re.IGNORECASE)


class Period(_Model):
    """A retention period as a number and a unit (``"6 months"``), so data can be checked against it."""

    count: int = Field(gt=0)
    unit: str

    @model_validator(mode="before")
    @classmethod
    def _parse(cls, value: Any) -> Any:
        if isinstance(value, str):
            match = _PERIOD.match(value)
            if not match:
                raise ValueError(f"period {value!r} must look like '6 months', '5 years', '180 days' or '2 weeks'")
            return {"count": int(match.group(1)), "unit": match.group(2).lower()}
        return value

    @field_validator("unit")
    @classmethod
    def _unit(cls, value: str) -> str:
        unit = value.lower().rstrip("s")
        if unit not in ("day", "week", "month", "year"):
            raise ValueError(f"unit {value!r} must be day, week, month or year")
        return unit

    @property
    def days(self) -> int:
        """Approximate length in days (months = 30.44 days), for ordering and display only."""
        return round(self.count * {"day": 1, "week": 7, "month": 30.4375, "year": 365.25}[self.unit])

    @property
    def months(self) -> int | None:
        return self.count * 12 if self.unit == "year" else self.count if self.unit == "month" else None

    def __str__(self) -> str:
        return f"{self.count} {self.unit}{'' if self.count == 1 else 's'}"


class Party(_Model):
    """Someone other than the controller: processor, recipient, joint controller, authority or source."""

    id: PartyId
    name: str = Field(min_length=1)
    roles: list[PartyRole] = Field(min_length=1)
    kind: Text | None = None  # the recipient type as the policy words it, e.g. "bank"
    country: CountryCode
    aliases: list[str] = Field(default_factory=list)  # other spellings used by declared systems
    contract_ref: str | None = None  # contract / DPA reference
    contact: str | None = None
    description: str | None = None

    @property
    def zone(self) -> Zone:
        return countries()[self.country].zone

    @property
    def eea(self) -> bool:
        """Derived from ``data/countries.csv``: True inside the EU/EEA."""
        return self.zone is Zone.EEA

    @property
    def adequate(self) -> bool:
        """Inside the EEA or in a country with an adequacy decision."""
        return self.zone in (Zone.EEA, Zone.ADEQUACY)


class Activity(_Model):
    """One processing activity (a line of the ICO/CNIL record)."""

    id: ActivityId
    name: Text
    description: Text | None = None
    policy_ref: str | None = None  # section of the privacy policy, e.g. "§5.1"
    purposes: list[Text] = Field(min_length=1)
    legal_bases: list[LegalBasis] = Field(min_length=1)
    legitimate_interests: list[Text] = Field(default_factory=list)
    art9_condition: Art9Condition | None = None
    art9_note: str | None = None
    data_subjects: list[DataSubject] = Field(min_length=1)
    categories: list[CategoryId] = Field(min_length=1)
    systems: list[SystemName] = Field(default_factory=list)
    recipients: list[PartyId] = Field(default_factory=list)
    processors: list[PartyId] = Field(default_factory=list)
    joint_controllers: list[PartyId] = Field(default_factory=list)
    sources: list[PartyId] = Field(default_factory=list)
    security_measures: list[SecurityMeasure] = Field(default_factory=list)
    automated_decision_making: bool = False
    adm_logic: str | None = None
    dpia: DpiaStatus = DpiaStatus.NOT_NEEDED

    @model_validator(mode="after")
    def _interest_worded(self) -> Activity:
        if LegalBasis.LEGITIMATE_INTERESTS in self.legal_bases and not self.legitimate_interests:
            raise ValueError("legal basis legitimate_interests needs the interest worded in legitimate_interests")
        return self

    def parties(self) -> list[str]:
        return [*self.recipients, *self.processors, *self.joint_controllers, *self.sources]


class Transfer(_Model):
    """Art. 30(1)(e): personal data leaving the EEA — to whom, where, what, on which safeguard."""

    id: RuleId
    party: PartyId
    country: CountryCode
    activities: list[ActivityId] = Field(min_length=1)
    categories: list[CategoryId] = Field(default_factory=list)
    safeguard: Safeguard
    safeguard_ref: str | None = None  # e.g. "SCC module 2, 2021/914, signed 2024-03-01"
    note: str | None = None

    @property
    def zone(self) -> Zone:
        return countries()[self.country].zone


class RetentionRule(_Model):
    """Art. 30(1)(f): how long, from when, on which legal ground — per category, activity or table.

    ``table`` (``system.table`` or ``system.schema.table``) with ``date_column`` lets Great Expectations
    check the data against the period.
    """

    id: RuleId
    scope: RetentionScope
    activity: ActivityId | None = None
    categories: list[CategoryId] = Field(default_factory=list)
    table: str | None = None
    date_column: str | None = None
    period: Period | None = None
    period_text: Text | None = None  # when the period is a condition ("while the contract is valid")
    kind: RetentionKind = RetentionKind.MAX
    trigger: Text
    legal_reference: str | None = None

    @model_validator(mode="after")
    def _scope_filled(self) -> RetentionRule:
        if self.scope is RetentionScope.ACTIVITY and not self.activity:
            raise ValueError("scope activity needs 'activity'")
        if self.scope is RetentionScope.CATEGORY and not self.categories:
            raise ValueError("scope category needs 'categories'")
        if self.scope is RetentionScope.TABLE and not self.table:
            raise ValueError("scope table needs 'table'")
        if self.period is None and self.period_text is None:
            raise ValueError("give 'period' (e.g. '6 months') or 'period_text'")
        if self.date_column and not self.table:
            raise ValueError("'date_column' needs 'table'")
        return self


class Register(_Model):
    """The whole record of processing activities of one controller."""

    version: int = 1
    controller: Controller
    parties: list[Party] = Field(default_factory=list)
    activities: list[Activity] = Field(default_factory=list)
    transfers: list[Transfer] = Field(default_factory=list)
    retention: list[RetentionRule] = Field(default_factory=list)

    def activity(self, activity_id: str) -> Activity:
        return next(a for a in self.activities if a.id == activity_id)

    def party(self, party_id: str) -> Party:
        return next(p for p in self.parties if p.id == party_id)

    def systems(self) -> set[str]:
        return {s for a in self.activities for s in a.systems}


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a register document: where (a path of keys/indexes) and what."""

    loc: tuple[str | int, ...]
    message: str
    obj: str | None = None


def cross_check(register: Register) -> list[Problem]:
    """Problems no single field can see: duplicate ids, references to undefined parties or activities."""
    problems: list[Problem] = []

    def duplicates(section: str, ids: list[str], what: str) -> set[str]:
        seen: set[str] = set()
        for index, item_id in enumerate(ids):
            if item_id in seen:
                problems.append(
                    Problem((section, index, "id"), f"duplicate {what} id {item_id!r}", f"{what}:{item_id}")
                )
            seen.add(item_id)
        return seen

    party_ids = duplicates("parties", [p.id for p in register.parties], "party")
    activity_ids = duplicates("activities", [a.id for a in register.activities], "activity")
    duplicates("transfers", [t.id for t in register.transfers], "transfer")
    duplicates("retention", [r.id for r in register.retention], "retention")
    roles = {p.id: set(p.roles) for p in register.parties}
    for index, activity in enumerate(register.activities):
        for field, role in (
            ("recipients", None),
            ("processors", PartyRole.PROCESSOR),
            ("joint_controllers", PartyRole.JOINT_CONTROLLER),
            ("sources", PartyRole.SOURCE),
        ):
            for position, party_id in enumerate(getattr(activity, field)):
                loc: tuple[str | int, ...] = ("activities", index, field, position)
                obj = f"activity:{activity.id}"
                if party_id not in party_ids:
                    problems.append(Problem(loc, f"unknown party {party_id!r} (not in parties)", obj))
                elif role is not None and role not in roles[party_id]:
                    problems.append(Problem(loc, f"party {party_id!r} does not have role {role.value}", obj))
    for index, transfer in enumerate(register.transfers):
        obj = f"transfer:{transfer.id}"
        if transfer.party not in party_ids:
            problems.append(Problem(("transfers", index, "party"), f"unknown party {transfer.party!r}", obj))
        for position, activity_id in enumerate(transfer.activities):
            if activity_id not in activity_ids:
                problems.append(
                    Problem(("transfers", index, "activities", position), f"unknown activity {activity_id!r}", obj)
                )
        declared = {c for a in register.activities if a.id in transfer.activities for c in a.categories}
        for position, category_id in enumerate(transfer.categories):
            if declared and category_id not in declared:
                problems.append(
                    Problem(
                        ("transfers", index, "categories", position),
                        f"category {category_id} is not declared by {', '.join(transfer.activities)}",
                        obj,
                    )
                )
    for index, rule in enumerate(register.retention):
        if rule.activity and rule.activity not in activity_ids:
            problems.append(
                Problem(("retention", index, "activity"), f"unknown activity {rule.activity!r}", f"retention:{rule.id}")
            )
    return problems
