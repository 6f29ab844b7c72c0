"""Register YAML in and out, with errors that point at the line.

:func:`catalog.yamlio.parse_yaml` keeps PyYAML's node tree beside the data; pydantic reports a location
path such as ``("activities", 3, "categories", 1)``, and the document turns it into the line of the
offending value, so ``register.yaml:42: activity 'billing': categories[1]: unknown category 33`` is what the
user reads. Every problem of a document is collected before raising, so one run lists them all.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from catalog.errors import RegisterError
from catalog.yamlio import parse_yaml
from ropa.register.model import Register
from ropa.register.references import Problem, cross_check

_OBJECT_KIND = {"activities": "activity", "parties": "party", "transfers": "transfer", "retention": "retention"}


class _Located(RegisterError):
    """One problem of a register document (file, line, object, field)."""


class RegisterInvalid(RegisterError):
    """A register document with one or more problems; ``problems`` lists each with file and line."""

    def __init__(self, problems: list[RegisterError]) -> None:
        first = problems[0]
        more = len(problems) - 1
        hint = None
        if more:
            shown = "; ".join(str(p) for p in problems[1:4])
            hint = f"{more} more problem{'s' if more > 1 else ''}: {shown}" + (" …" if more > 3 else "")
        super().__init__(first.message, file=first.file, line=first.line, obj=first.obj, hint=hint)
        self.problems = problems


def _object(data: Any, loc: tuple[str | int, ...]) -> str | None:
    """``activity 'customer_service'`` for a location inside the activities list, and so on."""
    if not loc:
        return None
    section = loc[0]
    if section == "controller":
        return "controller"
    kind = _OBJECT_KIND.get(str(section))
    if kind is None or len(loc) < 2 or not isinstance(loc[1], int):
        return str(section)
    try:
        item = data[section][loc[1]]
        ident = item.get("id") if isinstance(item, dict) else None
    except (KeyError, IndexError, TypeError):
        ident = None
    return f"{kind} {ident!r}" if ident else f"{kind} #{loc[1] + 1}"


def _field(loc: tuple[str | int, ...]) -> str:
    """The field path below the object: ``categories[1]`` or ``dpo.email``."""
    rest = loc[2:] if len(loc) >= 2 and isinstance(loc[1], int) else loc[1:]
    out = ""
    for part in rest:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _message(error: Any) -> str:
    msg = str(error["msg"])
    for prefix in ("Value error, ", "Assertion failed, "):
        if msg.startswith(prefix):
            msg = msg[len(prefix) :]
    if error["type"] == "extra_forbidden":
        msg = "unknown field (check the spelling)"
    elif error["type"] == "enum":
        expected = (error.get("ctx") or {}).get("expected", "")
        msg = f"{error.get('input')!r} is not one of {expected}"
    return msg


def parse_text(text: str, source: str | Path = "<register>") -> Register:
    """Validate register YAML *text*; raise :class:`RegisterInvalid` listing every problem with its line.

    >>> parse_text("controller: {name: AS Example}").controller.name
    'AS Example'
    """
    file = str(source)
    try:
        doc = parse_yaml(text, file=file, error=_Located)
    except _Located as exc:
        raise RegisterInvalid([exc]) from None
    data = doc.data
    if not isinstance(data, dict):
        raise RegisterInvalid(
            [_Located("the register must be a YAML mapping with 'controller:' at the top", file=file, line=1)]
        )
    problems: list[RegisterError] = [_Located(message, file=file, line=line) for line, message in doc.duplicate_keys()]
    try:
        register = Register.model_validate(data)
    except ValidationError as exc:
        for error in exc.errors():
            loc = tuple(error["loc"])
            field = _field(loc)
            message = f"{field}: {_message(error)}" if field else _message(error)
            problems.append(_Located(message, file=file, line=doc.line(loc), obj=_object(data, loc)))
        raise RegisterInvalid(problems) from None
    cross: list[Problem] = cross_check(register)
    for problem in cross:
        field = _field(problem.loc)
        message = f"{field}: {problem.message}" if field else problem.message
        problems.append(_Located(message, file=file, line=doc.line(problem.loc), obj=_object(data, problem.loc)))
    if problems:
        raise RegisterInvalid(sorted(problems, key=lambda p: p.line or 0))
    return register


def parse_file(path: str | Path) -> Register:
    """Read and validate a register YAML file (see :func:`parse_text`)."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise RegisterError(f"cannot read the register ({exc.__class__.__name__}: {exc})", file=path) from None
    return parse_text(text, path)


def to_dict(register: Register) -> dict[str, Any]:
    """The register as plain JSON-able data (what is stored and exported)."""
    return register.model_dump(mode="json", exclude_none=True)


def content_hash(content: Any) -> str:
    """SHA-256 of the canonical JSON form: equal content, equal hash, whatever the key order."""
    canonical = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def dump_yaml(register: Register) -> str:
    """YAML text that :func:`parse_text` reads back to an equal register."""
    return yaml.safe_dump(to_dict(register), allow_unicode=True, sort_keys=False, width=110)
