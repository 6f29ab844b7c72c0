"""Re-scans as diffs (catalog/store/snapshots.py): history kept, people's decisions survive, failures change nothing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import sqlalchemy as sa

from catalog.errors import ScanError
from catalog.scanning import load_targets, scan, scan_many
from catalog.store import Catalog, schema


def _db(tmp_path: Path, script: str, name: str = "src.db") -> Path:
    path = tmp_path / name
    conn = sqlite3.connect(path)
    conn.executescript(script)
    conn.commit()
    conn.close()
    return path


def _runs(catalog: Catalog) -> list[tuple[str, dict]]:
    with catalog.connect() as conn:
        return [(r.status, r.summary) for r in conn.execute(sa.select(schema.scan_run).order_by(schema.scan_run.c.id))]


def test_rescan_records_added_changed_removed_and_revived(
    catalog: Catalog, tmp_path: Path, read_catalog, confirm, tags_of
) -> None:  # type: ignore[no-untyped-def]
    src = _db(tmp_path, "CREATE TABLE k (id INTEGER PRIMARY KEY, vards TEXT, pk_kods TEXT, tel TEXT);"
                        "CREATE TABLE old (a INT);")  # fmt: skip
    url = f"sqlite:///{src}"
    first = scan(catalog, url, "crm", sample=0)
    assert (first.diff.tables_added, first.diff.columns_added) == (2, 5)
    again = scan(catalog, url, "crm", sample=0)
    assert again.diff.empty

    pk_kods = read_catalog(catalog, "crm")[("main", "k")]["columns"]["pk_kods"]
    confirm(catalog, pk_kods["id"], 1)
    conn = sqlite3.connect(src)
    conn.executescript(
        "ALTER TABLE k DROP COLUMN pk_kods; ALTER TABLE k ADD COLUMN epasts TEXT; DROP TABLE old;"
        "CREATE TABLE new_t (b INT);"
    )
    conn.close()
    diff = scan(catalog, url, "crm", sample=0).diff
    assert (diff.columns_added, diff.columns_removed, diff.tables_added, diff.tables_removed) == (2, 2, 1, 1)
    assert diff.examples["columns_removed"] == ["main.k.pk_kods", "main.old.a"]
    assert diff.examples["columns_added"] == ["main.k.epasts", "main.new_t.b"]
    gone = read_catalog(catalog, "crm", removed=True)[("main", "k")]["columns"]["pk_kods"]
    assert gone["removed"] and gone["id"] == pk_kods["id"]
    assert tags_of(catalog, pk_kods["id"]) == [(1, "confirmed")]  # the decision is kept with the row
    assert ("main", "k") in read_catalog(catalog, "crm") and "pk_kods" not in read_catalog(catalog, "crm")[
        ("main", "k")
    ]["columns"]
    assert catalog.status().tables == 2

    conn = sqlite3.connect(src)
    conn.executescript("ALTER TABLE k ADD COLUMN pk_kods TEXT; CREATE TABLE old (a INT);")
    conn.close()
    diff = scan(catalog, url, "crm", sample=0).diff
    assert (diff.columns_revived, diff.tables_revived, diff.columns_added) == (2, 1, 0)
    back = read_catalog(catalog, "crm")[("main", "k")]["columns"]["pk_kods"]
    assert back["id"] == pk_kods["id"] and not back["removed"] and back["position"] == 5
    assert tags_of(catalog, back["id"]) == [(1, "confirmed")]
    statuses = [status for status, _ in _runs(catalog)]
    assert statuses == ["ok"] * 4
    assert _runs(catalog)[-1][1]["diff"]["columns_revived"] == 2


def test_changed_column_is_marked(catalog: Catalog, tmp_path: Path, read_catalog) -> None:  # type: ignore[no-untyped-def]
    src = _db(tmp_path, "CREATE TABLE k (id INTEGER PRIMARY KEY, summa INT, piez TEXT -- Piezīmes\n);")
    scan(catalog, f"sqlite:///{src}", "billing", sample=0)
    conn = sqlite3.connect(src)
    conn.executescript("DROP TABLE k; CREATE TABLE k (id INTEGER PRIMARY KEY, summa NUMERIC NOT NULL, piez TEXT);")
    conn.close()
    diff = scan(catalog, f"sqlite:///{src}", "billing", sample=0).diff
    assert diff.columns_changed == 2 and sorted(diff.examples["columns_changed"]) == ["main.k.piez", "main.k.summa"]
    cols = read_catalog(catalog, "billing")[("main", "k")]["columns"]
    assert cols["summa"]["type"] == "NUMERIC" and cols["summa"]["nullable"] is False
    assert cols["summa"]["changed_at"] is not None and cols["id"]["changed_at"] is None
    assert cols["piez"]["comment"] is None


def test_failed_scan_leaves_previous_snapshot(catalog: Catalog, tmp_path: Path, read_catalog) -> None:  # type: ignore[no-untyped-def]
    src = _db(tmp_path, "CREATE TABLE k (id INTEGER PRIMARY KEY, vards TEXT);")
    scan(catalog, f"sqlite:///{src}", "crm", sample=0)
    before = read_catalog(catalog, "crm", removed=True)
    src.unlink()
    with pytest.raises(ScanError, match="does not exist"):
        scan(catalog, f"sqlite:///{src}", "crm", sample=0)
    assert read_catalog(catalog, "crm", removed=True) == before
    assert [status for status, _ in _runs(catalog)] == ["ok", "failed"]
    assert "does not exist" in _runs(catalog)[-1][1]["error"]


def test_declared_system_name_is_not_overwritten_by_a_scan(catalog: Catalog, tmp_path: Path) -> None:
    (tmp_path / "d.yaml").write_text("systems:\n  - {name: crm, kind: saas, owner: X, country: LV}\n")
    from connectors.declared import import_systems

    import_systems(catalog, tmp_path / "d.yaml")
    src = _db(tmp_path, "CREATE TABLE k (id INT);")
    with pytest.raises(ScanError, match="declared saas system"):
        scan(catalog, f"sqlite:///{src}", "crm", sample=0)
    assert catalog.status().tables == 0


def test_scan_many_goes_on_past_a_failing_system(catalog: Catalog, tmp_path: Path) -> None:
    good = _db(tmp_path, "CREATE TABLE k (id INT);", "good.db")
    targets = tmp_path / "targets.yaml"
    targets.write_text(
        f"systems:\n  - name: broken\n    url: sqlite:///{tmp_path}/nope.db\n  - name: good\n    url: sqlite:///{good}\n"
    )
    pairs = load_targets(targets)
    assert pairs == [(f"sqlite:///{tmp_path}/nope.db", "broken"), (f"sqlite:///{good}", "good")]
    phases: list[str] = []
    outcomes = scan_many(catalog, pairs, sample=0, progress=lambda phase, done, total: phases.append(phase))
    assert [(o.system, o.result is not None, o.error is not None) for o in outcomes] == [
        ("broken", False, True),
        ("good", True, False),
    ]
    assert "does not exist" in str(outcomes[0].error)
    assert "good: reading catalog" in phases
    assert catalog.status().systems == 1


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("systems:\n  - name: a\n    url: sqlite:///a.db\n  - name: b\n", 4, "exactly 'name' and 'url'"),
        ("systems: [\n", 2, "not valid YAML"),
        ("- a\n", 1, "expected a 'systems:' list"),
    ],
)
def test_bad_targets_file_names_the_line(tmp_path: Path, text: str, line: int, message: str) -> None:
    from catalog.errors import ConfigError

    path = tmp_path / "t.yaml"
    path.write_text(text)
    with pytest.raises(ConfigError, match=message) as info:
        load_targets(path)
    assert (info.value.file, info.value.line) == (str(path), line)


def _backend_url(request: pytest.FixtureRequest, backend: str, tmp_path: Path) -> tuple[str, str]:
    """``(url, schema)`` of an empty database on *backend*."""
    if backend == "sqlite":
        return f"sqlite:///{tmp_path / 'src.db'}", "main"
    url = request.getfixturevalue(f"{backend}_database")
    return url, str(sa.make_url(url).database) if backend == "mysql" else "public"


@pytest.mark.parametrize(
    "backend", [pytest.param("mysql", marks=pytest.mark.mysql), pytest.param("pg", marks=pytest.mark.postgres)]
)
def test_a_column_named_with_a_percent_sign_is_sampled(  # type: ignore[no-untyped-def]
    catalog: Catalog, request: pytest.FixtureRequest, tmp_path: Path, read_catalog, backend: str
) -> None:
    """OpenVet's ``Montant%``: PyMySQL and psycopg read ``%`` as a placeholder even in a statement without
    parameters, and the scan failed with a driver traceback. The sample reads it as any other column."""
    url, schema_name = _backend_url(request, backend, tmp_path)
    engine = sa.create_engine(url)
    invoices = sa.Table(
        "Facture", sa.MetaData(), sa.Column("id", sa.Integer, primary_key=True), sa.Column("Montant%", sa.Integer)
    )
    with engine.begin() as conn:
        invoices.create(conn)
        conn.execute(
            invoices.insert(), [{"id": 1, "Montant%": 20}, {"id": 2, "Montant%": None}, {"id": 3, "Montant%": 5}]
        )
    engine.dispose()
    result = scan(catalog, url, "billing", sample=5)
    assert result.sampled_tables == 1 and not result.warnings
    assert read_catalog(catalog, "billing")[(schema_name, "Facture")]["columns"]["Montant%"]["sample_size"] == 2


@pytest.mark.parametrize("first", ["composite", "single"])
@pytest.mark.parametrize(
    "backend",
    ["sqlite", pytest.param("mysql", marks=pytest.mark.mysql), pytest.param("pg", marks=pytest.mark.postgres)],
)
def test_a_column_in_two_foreign_keys_takes_the_same_target_on_every_backend(  # type: ignore[no-untyped-def]
    catalog: Catalog, request: pytest.FixtureRequest, tmp_path: Path, read_catalog, backend: str, first: str
) -> None:
    """Logto's ``tenant_id`` is in a key of its own (→ ``tenants``) and in a composite one (→ ``users``);
    LiquidFeedback's ``issue_id`` in two composite keys. The catalogs list keys in different orders (by
    constraint name, or SQLite's own numbering), and the first listed used to win: the smallest key wins,
    then the first target by name, whatever the constraints are called or the order they were declared in."""
    url, schema_name = _backend_url(request, backend, tmp_path)
    meta = sa.MetaData()
    sa.Table("tenants", meta, sa.Column("id", sa.Integer, primary_key=True))
    sa.Table(
        "users",
        meta,
        sa.Column("tenant_id", sa.Integer, primary_key=True),
        sa.Column("id", sa.Integer, primary_key=True),
    )
    for name in ("a_interest", "b_delegation"):
        sa.Table(
            name,
            meta,
            sa.Column("issue_id", sa.Integer, primary_key=True),
            sa.Column("member_id", sa.Integer, primary_key=True),
        )
    # (columns, target table, target columns) in declaration order; constraints named in the same order.
    session_keys = [(["tenant_id", "user_id"], "users", ["tenant_id", "id"]), (["tenant_id"], "tenants", ["id"])]
    vote_keys = [
        (["issue_id", "member_id"], target, ["issue_id", "member_id"]) for target in ("b_delegation", "a_interest")
    ]
    if first == "single":
        session_keys.reverse()
        vote_keys.reverse()
    session_constraints, vote_constraints = (
        [
            sa.ForeignKeyConstraint(columns, [f"{target}.{c}" for c in to], name=f"{prefix}_{target}_{len(columns)}")
            for prefix, (columns, target, to) in zip("ab", keys)
        ]
        for keys in (session_keys, vote_keys)
    )
    for table, first, second, constraints in (
        ("sessions", "tenant_id", "user_id", session_constraints),
        ("votes", "issue_id", "member_id", vote_constraints),
    ):
        sa.Table(
            table,
            meta,
            sa.Column("id", sa.Integer, primary_key=True),
            sa.Column(first, sa.Integer),
            sa.Column(second, sa.Integer),
            *constraints,
        )
    engine = sa.create_engine(url)
    with engine.begin() as conn:
        meta.create_all(conn)
    engine.dispose()
    scan(catalog, url, "votes", sample=0)
    tables = read_catalog(catalog, "votes")
    assert tables[(schema_name, "sessions")]["columns"]["tenant_id"]["fk"] == f"{schema_name}.tenants.id"
    assert tables[(schema_name, "sessions")]["columns"]["user_id"]["fk"] == f"{schema_name}.users.id"
    assert tables[(schema_name, "votes")]["columns"]["issue_id"]["fk"] == f"{schema_name}.a_interest.issue_id"
    assert tables[(schema_name, "votes")]["columns"]["member_id"]["fk"] == f"{schema_name}.a_interest.member_id"
    assert tables[(schema_name, "users")]["columns"]["tenant_id"]["pk"] is True
