"""Declared systems YAML (connectors/declared.py): validation with lines, one-transaction import."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa

from catalog.errors import ConfigError
from catalog.store import Catalog, schema
from connectors.declared import DeclaredSystemsError, import_systems, load_systems

DEMO = Path(__file__).resolve().parents[2] / "demo" / "declared_systems.yaml"

GOOD = """\
systems:
  - name: google_analytics
    kind: saas
    owner: Google Ireland Ltd
    country: US
    description: Analītikas sīkdatnes
    categories: [23, 7]
    retention: 180 days
  - name: arhivs
    kind: paper
    owner: AS Balticom
    country: LV
"""


def _systems(catalog: Catalog) -> dict[str, dict]:
    with catalog.connect() as conn:
        return {r["name"]: dict(r) for r in conn.execute(sa.select(schema.system)).mappings()}


def test_import_stores_systems_with_properties(catalog: Catalog, tmp_path: Path) -> None:
    path = tmp_path / "declared.yaml"
    path.write_text(GOOD, encoding="utf-8")
    assert import_systems(catalog, path) == ["google_analytics", "arhivs"]
    got = _systems(catalog)
    ga = got["google_analytics"]
    assert (ga["kind"], ga["owner"], ga["country"], ga["dialect"], ga["url"]) == (
        "saas", "Google Ireland Ltd", "US", None, None,
    )  # fmt: skip
    assert ga["properties"] == {"categories": [23, 7], "retention": "180 days"}
    assert got["arhivs"]["properties"] == {"categories": [], "retention": None}
    # importing again updates in place
    path.write_text(GOOD.replace("180 days", "14 months"), encoding="utf-8")
    import_systems(catalog, path)
    assert _systems(catalog)["google_analytics"]["properties"]["retention"] == "14 months"
    assert catalog.status().systems == 2


def test_the_demo_file_is_valid() -> None:
    if not DEMO.exists():
        pytest.skip("demo estate not present")
    assert len(load_systems(DEMO)) >= 5


BAD = [
    ("unknown kind", "systems:\n  - name: a\n    kind: cloud\n    owner: X\n    country: LV\n", 3, "kind"),
    ("lower-case country", "systems:\n  - name: a\n    kind: saas\n    owner: X\n    country: lv\n", 5,
     "country 'lv' is not an ISO 3166-1 alpha-2 code"),
    ("category out of range", "systems:\n  - name: a\n    kind: saas\n    owner: X\n    country: LV\n"
     "    categories: [7, 33]\n", 6, "category 33 is not an Annex 1 id"),
    ("missing owner", "systems:\n  - name: a\n    kind: saas\n    country: LV\n", 2, "'owner' is missing"),
    ("unknown field", "systems:\n  - name: a\n    kind: saas\n    owner: X\n    country: LV\n    colour: red\n", 6,
     "unknown field 'colour'"),
    ("duplicate name", "systems:\n  - {name: a, kind: saas, owner: X, country: LV}\n"
     "  - {name: a, kind: saas, owner: Y, country: LV}\n", 3, "listed twice"),
    ("broken YAML", "systems:\n  - name: [a\n", 3, "not valid YAML"),
    ("not a mapping", "- a\n- b\n", 1, "expected a mapping"),
]  # fmt: skip


@pytest.mark.parametrize(("title", "text", "line", "message"), BAD, ids=[b[0] for b in BAD])
def test_bad_file_names_file_and_line(
    catalog: Catalog, tmp_path: Path, title: str, text: str, line: int, message: str
) -> None:
    path = tmp_path / "declared.yaml"
    path.write_text(text)
    with pytest.raises(DeclaredSystemsError) as info:
        import_systems(catalog, path)
    assert info.value.file == str(path)
    assert info.value.line == line
    assert message in str(info.value)
    assert catalog.status().systems == 0


def test_every_problem_is_reported_at_once(tmp_path: Path) -> None:
    path = tmp_path / "declared.yaml"
    path.write_text(
        "systems:\n  - name: a\n    kind: cloud\n    owner: X\n    country: LV\n"
        "  - name: b\n    kind: saas\n    owner: Y\n    country: usa\n"
    )
    with pytest.raises(DeclaredSystemsError) as info:
        load_systems(path)
    assert [line for line, _ in info.value.problems] == [3, 9]
    assert "system 'b'" in info.value.problems[1][1]


def test_a_bad_system_writes_nothing(catalog: Catalog, tmp_path: Path) -> None:
    path = tmp_path / "declared.yaml"
    path.write_text(GOOD + "  - name: x\n    kind: saas\n    owner: Z\n    country: LV\n    categories: [99]\n")
    with pytest.raises(DeclaredSystemsError):
        import_systems(catalog, path)
    assert catalog.status().systems == 0


def test_missing_file_is_a_config_error(catalog: Catalog, tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot read declared systems") as info:
        import_systems(catalog, tmp_path / "nope.yaml")
    assert info.value.file == str(tmp_path / "nope.yaml")
