"""Every setting ropa reads, as records: name, default, environment variable, help.

One tuple so settings are documented and tested in one place (the docs test checks each one appears in
the README). Read a value with :func:`get`.
"""

from __future__ import annotations

import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Setting:
    name: str
    default: str
    env: str
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting("catalog", "sqlite:///.ropa/catalog.db", "ROPA_CATALOG", "SQLAlchemy URL of the catalog store"),
    Setting("password", "", "ROPA_PASSWORD", "password for scanned databases when the URL has none"),
    Setting("actor", "", "ROPA_ACTOR", "who is recorded in the audit log (default: the OS user)"),
    Setting("statement_timeout", "30", "ROPA_STATEMENT_TIMEOUT", "seconds a scan or validation query may run"),
    Setting("connect_timeout", "10", "ROPA_CONNECT_TIMEOUT", "seconds to wait for a database connection"),
    Setting("lang", "en", "ROPA_LANG", "language of labels: lv or en"),
)


def get(name: str) -> str:
    """The value of setting *name*: its environment variable if set, else its default."""
    for setting in SETTINGS:
        if setting.name == name:
            return os.environ.get(setting.env, setting.default)
    raise KeyError(name)


def actor() -> str:
    """The person recorded in the audit log for decisions made in this process."""
    import getpass

    value = get("actor")
    if value:
        return value
    try:
        return getpass.getuser()
    except Exception:  # no user database entry in some containers
        return "unknown"
