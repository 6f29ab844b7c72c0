"""The register's closed vocabularies as enums: a typo is an error naming the field, never a new value.

Legal bases of Art. 6(1), Art. 9(2) conditions, Chapter V safeguards, party roles, data subject types,
security measures, DPIA status and retention scope and kind. Their words in Latvian and English live in
``data/labels_{lv,en}.yaml``.
"""

from __future__ import annotations

import enum


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
