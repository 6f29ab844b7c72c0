"""Declared systems: the SaaS tools, cookie partners and paper archives no scanner can reach.

They are listed in a YAML file and imported as ``system`` rows (kind from the file, ``dialect`` empty,
categories held and retention in ``properties``) so the register can be reconciled against them too::

    systems:
      - name: google_analytics
        kind: saas                    # saas | files | paper | database
        owner: Google Ireland Ltd     # owning / hosting party
        country: US                   # ISO 3166-1 alpha-2 of where the data is processed
        description: Web analytics of the self-service portal
        categories: [23, 7]           # Annex 1 ids held
        retention: 180 days           # free text

Validation collects every problem first and reports each with its file and line (from the YAML node
marks), so one run tells the author everything to fix. The import is one transaction.
"""

from __future__ import annotations

import re
from enum import Enum
from pathlib import Path
from typing import Annotated, Any

import sqlalchemy as sa
from pydantic import AfterValidator, BaseModel, ConfigDict, Field
from pydantic import ValidationError as PydanticValidationError

from catalog.errors import ConfigError
from catalog.store import Catalog, schema, utcnow
from catalog.taxonomy import CATEGORY_COUNT
from catalog.yamlio import parse_yaml


class DeclaredKind(str, Enum):
    saas = "saas"
    files = "files"
    paper = "paper"
    database = "database"


def _country(value: str) -> str:
    if not re.fullmatch(r"[A-Z]{2}", value):
        raise ValueError(f"country {value!r} is not an ISO 3166-1 alpha-2 code such as LV or US")
    return value


def _category(value: int) -> int:
    if not 1 <= value <= CATEGORY_COUNT:
        raise ValueError(f"category {value} is not an Annex 1 id (1..{CATEGORY_COUNT})")
    return value


CountryCode = Annotated[str, AfterValidator(_country)]
CategoryId = Annotated[int, AfterValidator(_category)]


class DeclaredSystem(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, use_enum_values=True)

    name: Annotated[str, Field(min_length=1, max_length=200, pattern=r"^\S(.*\S)?$")]
    kind: DeclaredKind
    owner: Annotated[str, Field(min_length=1, max_length=200)]
    country: CountryCode
    description: str | None = None
    categories: list[CategoryId] = []
    retention: str | None = None
    hosting_party: str | None = None  # when someone other than the owner runs it


class DeclaredFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    systems: list[DeclaredSystem]


class DeclaredSystemsError(ConfigError):
    """The declared-systems YAML is invalid; ``problems`` holds every ``(line, message)`` found."""

    def __init__(self, path: Path, problems: list[tuple[int | None, str]]) -> None:
        first_line, first = problems[0]
        rest = "; ".join(f"line {line}: {msg}" if line else msg for line, msg in problems[1:])
        message = first + (f"; {rest}" if rest else "")
        super().__init__(message, file=path, line=first_line, hint="fix the file and import it again")
        self.problems = problems


def _describe(error: Any) -> str:
    loc = [str(p) for p in error["loc"] if not isinstance(p, int)]
    field = loc[-1] if loc else "file"
    message = str(error["msg"]).removeprefix("Value error, ")
    if error["type"] == "missing":
        return f"{field!r} is missing"
    if error["type"] == "extra_forbidden":
        return f"unknown field {field!r}"
    return f"{field}: {message}" if field not in message else message


def load_systems(path: str | Path) -> list[DeclaredSystem]:
    """Read and validate the file; raise :class:`DeclaredSystemsError` listing every problem with its line."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read declared systems ({exc.__class__.__name__}: {exc})", file=path) from None
    try:
        doc = parse_yaml(text, file=path)
    except ConfigError as exc:
        raise DeclaredSystemsError(path, [(exc.line, exc.message)]) from None
    data = doc.data
    if not isinstance(data, dict):
        raise DeclaredSystemsError(path, [(1, "expected a mapping with a 'systems:' list")])
    problems: list[tuple[int | None, str]] = []
    try:
        parsed = DeclaredFile.model_validate(data)
    except PydanticValidationError as exc:
        for error in exc.errors():
            loc = tuple(error["loc"])
            where = doc.line(loc)
            index = loc[1] if len(loc) > 1 and loc[0] == "systems" and isinstance(loc[1], int) else None
            name = data["systems"][index].get("name") if index is not None else None
            prefix = f"system {name!r}: " if isinstance(name, str) else ""
            problems.append((where, prefix + _describe(error)))
        raise DeclaredSystemsError(path, problems) from None
    seen: set[str] = set()
    for index, system in enumerate(parsed.systems):
        if system.name in seen:
            problems.append((doc.line(("systems", index, "name")), f"system {system.name!r} is listed twice"))
        seen.add(system.name)
    if problems:
        raise DeclaredSystemsError(path, problems)
    return parsed.systems


def import_systems(catalog: Catalog, path: str | Path) -> list[str]:
    """Validate *path* and upsert its systems in one transaction; returns their names.

    A name already used by a scanned database is an error (nothing is written).
    """
    systems = load_systems(path)
    now = utcnow()
    s = schema.system
    with catalog.begin() as conn:
        existing = {r.name: r for r in conn.execute(sa.select(s.c.id, s.c.name, s.c.dialect))}
        for system in systems:
            old = existing.get(system.name)
            if old is not None and old.dialect is not None:
                raise ConfigError(
                    f"system {system.name!r} is already a scanned {old.dialect} database",
                    file=path,
                    hint="give the declared system another name",
                )
            values = {
                "kind": system.kind,
                "dialect": None,
                "url": None,
                "owner": system.owner,
                "hosting_party": system.hosting_party or system.owner,
                "country": system.country,
                "description": system.description,
                "properties": {"categories": list(system.categories), "retention": system.retention},
            }
            if old is None:
                conn.execute(s.insert().values(name=system.name, created_at=now, **values))
            else:
                conn.execute(s.update().where(s.c.id == old.id).values(**values))
    return [system.name for system in systems]
