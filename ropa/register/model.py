"""The Art. 30 register as pydantic models: what the controller *claims* it does with personal data.

Every GDPR Art. 30(1) field and the columns of the ICO and CNIL record templates have a home here:
controller and DPO contacts (a), purposes (b), data subjects and categories (c), recipients (d),
third-country transfers with their safeguard (e), retention (f) and security measures (g) — plus the
template extras (legal basis, legitimate interest wording, Art. 9 condition, sources, automated decisions,
DPIA status).

Keys are annotated types with one validator each (:mod:`ropa.register.keys`: a category id is checked
against the Annex 1 taxonomy, a country code against ``data/countries.csv``) and closed vocabularies are
enums (:mod:`ropa.register.vocabulary`), so a typo is an error naming the field rather than a silent new
value. Cross-references (an activity naming a party that is not defined, a duplicate activity id) are
checked on the whole :class:`Register` after the fields validate (:mod:`ropa.register.references`).

>>> Register.model_validate({"controller": {"name": "AS Example", "email": "dpo@example.lv"}}).activities
[]
"""

from __future__ import annotations

import re
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from ropa.register.keys import ActivityId, CategoryId, CountryCode, PartyId, RuleId, SystemName, Zone, countries
from ropa.register.vocabulary import (
    Art9Condition,
    DataSubject,
    DpiaStatus,
    LegalBasis,
    PartyRole,
    RetentionKind,
    RetentionScope,
    Safeguard,
    SecurityMeasure,
)

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
