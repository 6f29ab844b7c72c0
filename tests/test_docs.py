"""The docs cover every command and setting, and every command has help in English and Latvian."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import typer

from catalog.settings import SETTINGS
from ropa.cli import app

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def _commands(group: typer.Typer, prefix: str = "") -> list[tuple[str, str]]:
    found = []
    for info in group.registered_commands:
        name = info.name or (info.callback.__name__ if info.callback else "")
        help_text = info.help or (info.callback.__doc__ if info.callback else "") or ""
        found.append((f"{prefix}{name}", help_text))
    for sub in group.registered_groups:
        assert sub.typer_instance is not None
        found.extend(_commands(sub.typer_instance, f"{prefix}{sub.name} "))
    return found


COMMANDS = _commands(app)


def test_the_design_commands_exist() -> None:
    names = {name for name, _ in COMMANDS}
    for command in (
        "init",
        "status",
        "categories",
        "scan",
        "classify",
        "tag",
        "tags export",
        "tags import",
        "lineage add",
        "lineage show",
        "propagate",
        "register import",
        "register export",
        "check",
        "validate",
        "export",
        "demo",
        "app",
        "review",
        "reconcile",
        "systems import",
    ):
        assert command in names


@pytest.mark.parametrize(("name", "help_text"), COMMANDS, ids=[name for name, _ in COMMANDS])
def test_command_is_documented_with_bilingual_help(name: str, help_text: str) -> None:
    assert f"ropa {name}" in README, f"README does not mention 'ropa {name}'"
    assert help_text.strip(), f"'ropa {name}' has no help"
    latvian = re.search(r"\(([^()]+)\)\s*$", help_text.strip())
    assert latvian, f"'ropa {name}' help must end with its Latvian translation in parentheses"


@pytest.mark.parametrize("setting", SETTINGS, ids=[s.name for s in SETTINGS])
def test_setting_is_documented(setting) -> None:  # type: ignore[no-untyped-def]
    assert setting.env in README
