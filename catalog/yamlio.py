"""YAML documents that remember where each value stood, so an error can name the file and line.

Every user-written YAML (register, declared systems, scan targets, database mappings) is read the same
way: one parse keeps PyYAML's node tree (each node has a start mark) beside the plain data; a pydantic
location such as ``("activities", 3, "categories", 1)`` walked down the node tree gives the line of the
offending value. Equal keys in one mapping, which PyYAML silently collapses to the last, can be listed.

>>> doc = parse_yaml("systems:\\n  - name: crm\\n  - name: 7\\n")
>>> doc.data["systems"][1], doc.line(("systems", 1, "name"))
({'name': 7}, 3)
>>> parse_yaml("a: [1", file="x.yaml")
Traceback (most recent call last):
...
catalog.errors.ConfigError: x.yaml:1: not valid YAML: expected ',' or ']', but got '<stream end>'
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from catalog.errors import ConfigError, RopaError

Location = tuple[str | int, ...]


@dataclass(frozen=True)
class YamlDocument:
    """The plain data of a YAML document and its node tree (``None`` for an empty document)."""

    data: Any
    root: yaml.Node | None

    def node(self, loc: Location) -> yaml.Node | None:
        """The deepest node reachable along *loc*: the parent when a key or index is missing."""
        node = self.root
        for key in loc:
            if isinstance(node, yaml.MappingNode):
                child = next((v for k, v in node.value if isinstance(k, yaml.ScalarNode) and k.value == str(key)), None)
                if child is None:  # a missing key: point at the mapping that lacks it
                    return node
                node = child
            elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) and 0 <= key < len(node.value):
                node = node.value[key]
            else:
                return node
        return node

    def line(self, loc: Location) -> int | None:
        """The 1-based line of the value at *loc* (or of its nearest existing parent)."""
        node = self.node(loc)
        return node.start_mark.line + 1 if node is not None else None

    def duplicate_keys(self) -> list[tuple[int, str]]:
        """``(line, "duplicate key 'x'")`` for every key repeated within one mapping, in document order."""
        found: list[tuple[int, str]] = []
        pending: list[yaml.Node | None] = [self.root]
        while pending:
            node = pending.pop()
            if isinstance(node, yaml.MappingNode):
                seen: set[str] = set()
                for key, value in node.value:
                    if isinstance(key, yaml.ScalarNode):
                        if key.value in seen:
                            found.append((key.start_mark.line + 1, f"duplicate key {key.value!r}"))
                        seen.add(key.value)
                    pending.append(value)
            elif isinstance(node, yaml.SequenceNode):
                pending.extend(node.value)
        return sorted(found)


def parse_yaml(text: str, *, file: str | Path | None = None, error: type[RopaError] = ConfigError) -> YamlDocument:
    """Parse *text* once into data and nodes (safe loader); invalid YAML raises *error* with the line."""
    loader = yaml.SafeLoader(text)
    try:
        root = loader.get_single_node()
        data = loader.construct_document(root) if root is not None else None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        problem = getattr(exc, "problem", None) or str(exc)
        raise error(f"not valid YAML: {problem}", file=file, line=mark.line + 1 if mark else None) from None
    finally:
        loader.dispose()
    return YamlDocument(data, root)


__all__ = ["Location", "YamlDocument", "parse_yaml"]
