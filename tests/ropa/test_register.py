"""The register model, its YAML import/export and its storage with history."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa

from catalog import audit
from catalog.errors import NotFoundError, RegisterError
from catalog.store import Catalog, schema
from ropa.register import (
    RegisterInvalid,
    export_register,
    import_register,
    load_register,
    load_stored,
    parse_file,
    parse_text,
)

DATA = Path(__file__).resolve().parent.parent / "data"
OK = DATA / "register_ok.yaml"

# file stem -> (line, object, words in the message)
FAILING = {
    "category": (36, "activity 'billing'", "categories[2]: unknown category 33"),
    "country": (24, "party 'devshop'", "country: unknown country code 'XX'"),
    "duplicate_id": (42, "activity 'billing'", "duplicate activity id 'billing'"),
    "legal_basis": (34, "activity 'billing'", "legal_bases[1]: 'goodwill' is not one of"),
    "party": (38, "activity 'billing'", "recipients[1]: unknown party 'tax_office'"),
    "period": (70, "retention 'call_recordings'", "period: period 'half a year' must look like"),
    "syntax": (36, None, "not valid YAML"),
    "transfer_category": (60, "transfer 'devshop_us'", "categories[1]: category 18 is not declared by support"),
}


def test_the_passing_register_validates() -> None:
    register = parse_file(OK)
    assert [a.id for a in register.activities] == ["billing", "support"]
    devshop = register.party("devshop")
    assert devshop.eea is False and register.party("bank").eea is True
    assert register.transfers[0].safeguard.value == "scc"
    rule = register.retention[0]
    assert rule.period is not None and str(rule.period) == "6 months" and rule.period.months == 6
    assert register.activity("billing").legal_bases[1].article == "Art. 6(1)(c)"


@pytest.mark.parametrize("name", sorted(FAILING), ids=sorted(FAILING))
def test_a_failing_register_names_file_line_and_object(name: str) -> None:
    path = DATA / f"register_bad_{name}.yaml"
    line, obj, words = FAILING[name]
    with pytest.raises(RegisterInvalid) as caught:
        parse_file(path)
    error = caught.value
    assert error.file == str(path)
    assert error.line == line, str(error)
    assert error.obj == obj
    assert words in error.message, error.message
    assert str(error).startswith(f"{path}:{line}: ")


def test_every_problem_is_collected() -> None:
    text = OK.read_text(encoding="utf-8")
    text = text.replace("categories: [1, 2, 18]", "categories: [1, 2, 40]").replace("country: US\n", "country: QQ\n")
    text = text.replace("dpia: not_needed", "dpia: maybe\n    colour: blue")
    with pytest.raises(RegisterInvalid) as caught:
        parse_text(text, "reg.yaml")
    found = {(p.line, p.message.split(":")[0]) for p in caught.value.problems}
    assert found == {(23, "country"), (35, "categories[2]"), (40, "dpia"), (41, "colour"), (58, "country")}
    assert "4 more problems" in (caught.value.hint or "")


def test_category_3_needs_nothing_at_parse_time_but_legitimate_interest_needs_wording() -> None:
    text = OK.read_text(encoding="utf-8").replace(
        "    legitimate_interests:\n      - {en: Keep call notes, lv: Saglabāt sarunu piezīmes}\n", ""
    )
    with pytest.raises(RegisterInvalid) as caught:
        parse_text(text, "reg.yaml")
    assert caught.value.obj == "activity 'support'"
    assert "legitimate_interests" in caught.value.message


def test_import_stores_a_version_and_audits_every_object(catalog: Catalog) -> None:
    result = import_register(catalog, OK, actor="tester")
    assert result.changed and result.activities == 2 and result.parties == 3
    assert load_register(catalog) == parse_file(OK)
    with catalog.connect() as conn:
        entries = audit.history(conn, limit=100)
    objects = {e.object for e in entries if e.action == "register.add"}
    assert {"controller", "activity:billing", "activity:support", "party:bank", "transfer:devshop_us"} <= objects
    assert {"retention:call_recordings", "retention:invoices"} <= objects
    assert all(e.actor == "tester" for e in entries)


def test_reimport_of_the_same_content_changes_nothing(catalog: Catalog) -> None:
    first = import_register(catalog, OK)
    again = import_register(catalog, OK)
    assert not again.changed and again.document_id == first.document_id
    with catalog.connect() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(schema.register_document)).scalar_one() == 1


def test_a_change_is_audited_with_before_and_after(catalog: Catalog, tmp_path: Path) -> None:
    import_register(catalog, OK)
    changed = tmp_path / "changed.yaml"
    changed.write_text(OK.read_text(encoding="utf-8").replace("safeguard: scc", "safeguard: none"), encoding="utf-8")
    result = import_register(catalog, changed)
    assert [(c.action, c.object) for c in result.changes] == [("register.change", "transfer:devshop_us")]
    with catalog.connect() as conn:
        (entry,) = audit.history(conn, "transfer:devshop_us", limit=1)
    assert entry.before["safeguard"] == "scc" and entry.after["safeguard"] == "none"
    assert load_stored(catalog).document_id == result.document_id


def test_a_bad_file_imports_nothing(catalog: Catalog) -> None:
    import_register(catalog, OK)
    with pytest.raises(RegisterError):
        import_register(catalog, DATA / "register_bad_duplicate_id.yaml")
    with catalog.connect() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(schema.register_document)).scalar_one() == 1
        assert not [e for e in audit.history(conn) if "duplicate" in str(e.after)]


def test_export_round_trips(catalog: Catalog, tmp_path: Path) -> None:
    first = import_register(catalog, OK)
    out = export_register(catalog, tmp_path / "out" / "register.yaml")
    assert parse_file(out) == parse_file(OK)
    assert not import_register(catalog, out).changed
    assert first.content_hash == load_stored(catalog).content_hash


def test_no_register_yet_is_a_clear_error(catalog: Catalog) -> None:
    with pytest.raises(NotFoundError, match="no register imported"):
        load_register(catalog)


def test_a_missing_file_is_a_register_error(tmp_path: Path) -> None:
    with pytest.raises(RegisterError) as caught:
        parse_file(tmp_path / "nope.yaml")
    assert caught.value.file == str(tmp_path / "nope.yaml")
