"""YAML with line numbers: the shared reader behind the register, declared systems and mapping files."""

from __future__ import annotations

import pytest

from catalog.errors import ConfigError, LineageError, RopaError
from catalog.yamlio import parse_yaml

TEXT = """\
controller:
  name: AS Example
activities:
  - id: billing
    categories: [1, 33]
  - id: billing
    id: crm
"""


@pytest.mark.parametrize(
    ("loc", "line"),
    [
        (("activities", 0, "categories", 1), 5),
        (("activities", 0, "missing"), 4),  # a missing key: the mapping that lacks it
        (("activities", 9), 4),  # no such item: the list
        (("controller",), 2),
        ((), 1),
    ],
)
def test_a_location_becomes_the_line_of_its_value(loc: tuple[str | int, ...], line: int) -> None:
    assert parse_yaml(TEXT).line(loc) == line


def test_repeated_keys_are_listed_with_their_line() -> None:
    assert parse_yaml(TEXT).duplicate_keys() == [(7, "duplicate key 'id'")]


def test_empty_text_is_an_empty_document() -> None:
    doc = parse_yaml("")
    assert (doc.data, doc.root, doc.line(("a",)), doc.duplicate_keys()) == (None, None, None, [])


@pytest.mark.parametrize("error", [ConfigError, LineageError])
def test_invalid_yaml_raises_the_callers_error_with_file_and_line(error: type[RopaError]) -> None:
    with pytest.raises(error) as caught:
        parse_yaml("a: 1\nb: [2\nc: 3\n", file="m.yaml", error=error)
    assert caught.value.file == "m.yaml" and caught.value.line == 3
    assert caught.value.message.startswith("not valid YAML: ")
