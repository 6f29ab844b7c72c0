"""The Art. 30 register: model (keys, vocabulary, records, references), YAML import/export, storage with
history in the catalog."""

from __future__ import annotations

from ropa.register.keys import Zone, countries
from ropa.register.model import Activity, Controller, Party, Period, Register, RetentionRule, Transfer
from ropa.register.store import (
    ImportResult,
    StoredRegister,
    export_register,
    import_register,
    load_register,
    load_stored,
    store_register,
)
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
from ropa.register.yamlio import RegisterInvalid, content_hash, parse_file, parse_text

__all__ = [
    "Activity",
    "Art9Condition",
    "Controller",
    "DataSubject",
    "DpiaStatus",
    "ImportResult",
    "LegalBasis",
    "Party",
    "PartyRole",
    "Period",
    "Register",
    "RegisterInvalid",
    "RetentionKind",
    "RetentionRule",
    "RetentionScope",
    "Safeguard",
    "SecurityMeasure",
    "StoredRegister",
    "Transfer",
    "Zone",
    "content_hash",
    "countries",
    "export_register",
    "import_register",
    "load_register",
    "load_stored",
    "parse_file",
    "parse_text",
    "store_register",
]
