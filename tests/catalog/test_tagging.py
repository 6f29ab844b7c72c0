"""The tag life cycle: decisions with audit entries, not-personal decisions, export/import, review and the gate."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
import sqlalchemy as sa
from typer.testing import CliRunner

from catalog import audit, gate, tagging
from catalog.classify import classify
from catalog.errors import ConfigError, NotFoundError, RopaError
from catalog.store import Catalog, schema, utcnow
from ropa.cli import app
from tests.catalog.classify_seed import Col, seed_columns, tags_of

runner = CliRunner()


def _seed(catalog: Catalog) -> dict[str, int]:
    ids = seed_columns(
        catalog,
        "crm",
        {
            "klienti": [
                Col("id", "INTEGER", is_pk=True),
                Col("vards"),
                Col("e_pasts", profile={"email": 1.0}),
                Col("piezimes"),
            ],
            "produkti": [Col("id", "INTEGER", is_pk=True), Col("nosaukums")],
        },
    )
    classify(catalog)
    return ids


def _history(catalog: Catalog, obj: str) -> list[audit.AuditEntry]:
    with catalog.connect() as conn:
        return audit.history(conn, obj)


def test_confirm_and_reject_write_audit_entries(catalog: Catalog) -> None:
    ids = _seed(catalog)
    change = tagging.confirm(catalog, "crm.main.klienti.vards", 1, actor="dpo", note="checked")
    assert (change.before, change.after) == ("suggested", "confirmed")
    tag = tags_of(catalog, ids["klienti.vards"])[1]
    assert (tag["status"], tag["actor"], tag["confidence"]) == ("confirmed", "dpo", 1.0)
    tagging.reject(catalog, "crm.klienti.e_pasts", 2, actor="dpo")  # schema may be left out
    entries = _history(catalog, "crm.main.klienti.*")
    assert [(e.actor, e.action) for e in entries] == [("dpo", "tag.reject"), ("dpo", "tag.confirm")]
    assert entries[1].before == {"category": 1, "status": "suggested"}


def test_confirm_without_suggestion_creates_a_manual_tag(catalog: Catalog) -> None:
    ids = _seed(catalog)
    tagging.confirm(catalog, "crm.main.klienti.piezimes", 21)
    tag = tags_of(catalog, ids["klienti.piezimes"])[21]
    assert (tag["status"], tag["source"]) == ("confirmed", "manual")


def test_change_rejects_one_and_confirms_the_other(catalog: Catalog) -> None:
    ids = _seed(catalog)
    tagging.change(catalog, "crm.main.klienti.vards", 1, 4)
    assert {c: t["status"] for c, t in tags_of(catalog, ids["klienti.vards"]).items()} == {
        1: "rejected",
        4: "confirmed",
    }


@pytest.mark.parametrize(
    ("target", "category", "error"),
    [
        ("crm.main.klienti.nav", 1, NotFoundError),
        ("crm.vards", 1, NotFoundError),
        ("crm.main.klienti.vards", 33, NotFoundError),
    ],
)
def test_bad_targets_and_categories_are_clear_errors(
    catalog: Catalog, target: str, category: int, error: type[RopaError]
) -> None:
    _seed(catalog)
    with pytest.raises(error) as info:
        tagging.confirm(catalog, target, category)
    assert info.value.obj == target


def test_not_personal_decision_rejects_suggestions_and_stops_classification(catalog: Catalog) -> None:
    ids = _seed(catalog)
    tagging.mark_not_personal(catalog, "crm.main.klienti.vards", note="it is a product code")
    assert {t["status"] for t in tags_of(catalog, ids["klienti.vards"]).values()} == {"rejected"}
    classify(catalog)
    assert {t["status"] for t in tags_of(catalog, ids["klienti.vards"]).values()} == {"rejected"}
    with catalog.connect() as conn:
        assert conn.execute(
            sa.select(schema.col.c.decision).where(schema.col.c.id == ids["klienti.vards"])
        ).scalar() == ("not_personal")
    tagging.confirm(catalog, "crm.main.klienti.e_pasts", 2)
    with pytest.raises(ConfigError):
        tagging.mark_not_personal(catalog, "crm.main.klienti.e_pasts")


def test_export_has_exactly_the_contract_columns_and_round_trips(catalog: Catalog, tmp_path: Path) -> None:
    _seed(catalog)
    tagging.confirm(catalog, "crm.main.klienti.vards", 1)
    text = tagging.export_tags(catalog, "csv", tmp_path / "tags.csv")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert tuple(rows[0]) == ("system", "schema", "table", "column", "category", "status", "confidence", "source")
    assert {(r["column"], r["category"], r["status"]) for r in rows} >= {("vards", "1", "confirmed")}
    data = json.loads(tagging.export_tags(catalog, "json", tmp_path / "tags.json"))
    assert tuple(data[0]) == tagging.EXPORT_COLUMNS and len(data) == len(rows)
    # import into a fresh catalog with the same columns reproduces the decisions
    other = Catalog(f"sqlite:///{tmp_path / 'other.db'}")
    other.upgrade()
    ids = seed_columns(other, "crm", {"klienti": [Col("id", "INTEGER", is_pk=True), Col("vards"), Col("e_pasts")]})
    result = tagging.import_tags(other, tmp_path / "tags.json")
    assert result.created == 2
    assert tags_of(other, ids["klienti.vards"])[1]["status"] == "confirmed"
    assert tags_of(other, ids["klienti.vards"])[1]["source"] == "import"
    assert _history(other, "crm.main.klienti.vards")[0].action == "tag.confirm"
    again = tagging.import_tags(other, tmp_path / "tags.csv")
    assert again.unchanged == 2
    other.dispose()


@pytest.mark.parametrize(
    ("content", "line", "error"),
    [
        ("system,schema,table,column,category,status,confidence\n", 1, ConfigError),
        (
            "system,schema,table,column,category,status,confidence,source\n"
            "crm,main,klienti,vards,1,confirmed,1,manual\ncrm,main,klienti,nav,1,confirmed,1,manual\n",
            3,
            NotFoundError,
        ),
        (
            "system,schema,table,column,category,status,confidence,source\ncrm,main,klienti,vards,1,maybe,1,manual\n",
            2,
            ConfigError,
        ),
        (
            "system,schema,table,column,category,status,confidence,source\ncrm,main,klienti,vards,40,confirmed,1,x\n",
            2,
            NotFoundError,
        ),
    ],
)
def test_bad_import_names_file_and_line_and_writes_nothing(
    catalog: Catalog, tmp_path: Path, content: str, line: int, error: type[RopaError]
) -> None:
    ids = _seed(catalog)
    before = tags_of(catalog, ids["klienti.vards"])
    bad = tmp_path / "bad.csv"
    bad.write_text(content, encoding="utf-8")
    with pytest.raises(error) as info:
        tagging.import_tags(catalog, bad)
    assert info.value.file == str(bad) and info.value.line == line
    assert tags_of(catalog, ids["klienti.vards"]) == before


def test_findings_for_review_and_new_columns(catalog: Catalog) -> None:
    _seed(catalog)
    review = tagging.review_findings(catalog)
    assert {f.kind for f in review} == {"suggested_tag"}
    assert {f.object for f in review} >= {"crm.main.klienti.vards", "crm.main.klienti.e_pasts"}
    # the first inventory is not "new"; a column added by a later scan is
    assert tagging.untagged_findings(catalog) == []
    with catalog.begin() as conn:
        tid = conn.execute(sa.select(schema.tbl.c.id).where(schema.tbl.c.name == "klienti")).scalar()
        later = utcnow().replace(year=utcnow().year + 1)
        conn.execute(
            schema.col.insert().values(
                table_id=tid, name="jauna", position=9, nullable=True, is_pk=False, first_seen=later, last_seen=later
            )
        )
    found = tagging.untagged_findings(catalog)
    assert [(f.kind, f.object) for f in found] == [("untagged_column", "crm.main.klienti.jauna")]
    result = gate.check(catalog, "high", reconcile=False)
    assert not result.passed
    tagging.mark_not_personal(catalog, "crm.main.klienti.jauna")
    assert gate.check(catalog, "high", reconcile=False).passed
    assert not gate.check(catalog, "medium", reconcile=False).passed or not any(
        f.severity >= 2 for f in tagging.review_findings(catalog)
    )


def test_baseline_accepts_existing_columns(catalog: Catalog) -> None:
    _seed(catalog)
    gate.accept_baseline(catalog)
    seed_columns(catalog, "crm", {"jauna_tabula": [Col("telefons")]})
    found = tagging.untagged_findings(catalog)
    assert [f.object for f in found] == ["crm.main.jauna_tabula.telefons"]


def _new_columns_by_reading_all(conn: sa.Connection) -> set[int]:
    """The rule of ``gate.new_column_ids`` written out over every live column (what it did before it asked SQL)."""
    c, t, b = schema.col, schema.tbl, gate.check_baseline
    baselines = dict(conn.execute(sa.select(b.c.system_id, b.c.max_column_id)).all())
    rows = conn.execute(
        sa.select(c.c.id, t.c.system_id, c.c.first_seen)
        .select_from(c.join(t, c.c.table_id == t.c.id))
        .where(c.c.removed_at.is_(None), t.c.removed_at.is_(None))
    ).all()
    first: dict[int, object] = {}
    for _cid, sid, seen in rows:
        if sid not in baselines and (sid not in first or seen < first[sid]):  # type: ignore[operator]
            first[sid] = seen
    return {
        cid
        for cid, sid, seen in rows
        if (cid > baselines[sid] if sid in baselines else seen > first[sid])  # type: ignore[operator]
    }


def test_new_columns_asked_of_the_database_follow_the_rule(catalog: Catalog) -> None:
    """Baselines on some systems, scans at several times, removed columns and tables: the same new columns."""
    import random
    from datetime import timedelta

    rng = random.Random(7)
    for system in ("crm", "billing", "dwh", "hr"):
        seed_columns(catalog, system, {f"t{i}": [Col(f"c{j}") for j in range(6)] for i in range(4)})
    gate.accept_baseline(catalog)
    for system in ("crm", "billing"):
        seed_columns(catalog, system, {"later": [Col("x"), Col("y")]})
    with catalog.begin() as conn:
        conn.execute(gate.check_baseline.delete().where(gate.check_baseline.c.system_id.in_([3, 4])))
        base = utcnow()
        for cid in conn.execute(sa.select(schema.col.c.id)).scalars():
            seen = base + timedelta(days=rng.choice((0, 0, 1, 2)))
            conn.execute(sa.update(schema.col).where(schema.col.c.id == cid).values(first_seen=seen))
        conn.execute(sa.update(schema.col).where(schema.col.c.name == "c3").values(removed_at=base))
        conn.execute(sa.update(schema.tbl).where(schema.tbl.c.name == "t2").values(removed_at=base))
    with catalog.connect() as conn:
        expected = _new_columns_by_reading_all(conn)
        assert 10 < len(expected) < 80  # some new, some not, in systems with and without a baseline
        assert gate.new_column_ids(conn) == expected


# ---------------------------------------------------------------- the CLI


def _cli(catalog: Catalog, *args: str, input: str | None = None):  # type: ignore[no-untyped-def]
    return runner.invoke(app, ["--catalog", str(catalog.url), *args], input=input)


def test_cli_classify_tag_export_import(catalog: Catalog, tmp_path: Path) -> None:
    seed_columns(catalog, "crm", {"klienti": [Col("id", "INTEGER", is_pk=True), Col("vards"), Col("e_pasts")]})
    result = _cli(catalog, "classify")
    assert result.exit_code == 0, result.output
    assert "2 look personal" in result.output
    result = _cli(catalog, "tag", "crm.main.klienti.vards", "1", "--note", "ok")
    assert result.exit_code == 0 and "confirmed" in result.output
    result = _cli(catalog, "tag", "crm.main.klienti.e_pasts", "2", "--reject")
    assert result.exit_code == 0 and "rejected" in result.output
    result = _cli(catalog, "tags", "export", "--format", "csv")
    assert result.output.splitlines()[0] == "system,schema,table,column,category,status,confidence,source"
    assert "crm,main,klienti,vards,1,confirmed,1.0,name" in result.output
    out = tmp_path / "t.json"
    assert _cli(catalog, "tags", "export", "--format", "json", "-o", str(out)).exit_code == 0
    assert _cli(catalog, "tags", "import", str(out)).exit_code == 0
    bad = _cli(catalog, "tag", "crm.main.klienti.nav", "1")
    assert bad.exit_code == 2 and "no such column" in bad.output and "Traceback" not in bad.output


def test_cli_review_accepts_rejects_changes_with_evidence_shown(catalog: Catalog) -> None:
    ids = seed_columns(
        catalog,
        "crm",
        {"klienti": [Col("id", "INTEGER", is_pk=True), Col("vards"), Col("e_pasts"), Col("talrunis"), Col("dzimums")]},
    )
    classify(catalog)
    result = _cli(catalog, "review", input="a\nr\nc\n4\ns\n")
    assert result.exit_code == 0, result.output
    assert "name.email" in result.output or "name.first_name" in result.output  # evidence shown
    statuses = {name: {c: t["status"] for c, t in tags_of(catalog, cid).items()} for name, cid in ids.items()}
    decided = [s for s in statuses.values() if s]
    assert sum("confirmed" in s.values() for s in decided) == 2  # one accept, one change
    assert sum(list(s.values()) == ["rejected"] for s in decided) == 1
    assert "Accepted 1, rejected 1, changed 1" in result.output
    result = _cli(catalog, "review", input="q\n")
    assert result.exit_code == 0


def test_cli_check_exit_codes_and_junit(catalog: Catalog, tmp_path: Path) -> None:
    _seed(catalog)
    junit = tmp_path / "check.xml"
    result = _cli(catalog, "check", "--junit", str(junit))
    assert result.exit_code == 0, result.output
    suite = ET.parse(junit).getroot()
    assert suite.tag == "testsuite" and suite.get("failures") == "0"
    result = _cli(catalog, "check", "--fail-on", "low", "--junit", str(junit))
    assert result.exit_code == 1
    assert int(ET.parse(junit).getroot().get("failures") or 0) >= 2
    assert _cli(catalog, "check", "--fail-on", "nonsense").exit_code == 2
    result = _cli(catalog, "check", "--baseline")
    assert result.exit_code == 0 and "Baseline accepted" in result.output


def test_check_includes_reconciliation_when_a_register_is_loaded(catalog: Catalog) -> None:
    from ropa.register import import_register

    _seed(catalog)
    without = gate.check(catalog, "high")
    assert any(note.startswith("reconciliation") for note in without.skipped)
    import_register(catalog, Path(__file__).resolve().parent.parent / "data" / "register_ok.yaml")
    with_register = gate.check(catalog, "high")
    assert not with_register.skipped
    kinds = {f.kind for f in with_register.findings}
    assert "suggested_tag" in kinds and kinds - {"suggested_tag", "untagged_column"}
