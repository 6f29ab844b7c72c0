"""Classification on real public schemas we did not write (tests/data/schemas, labels in tests/data/labels).

Each trimmed upstream DDL (MySQL) is loaded into SQLite, scanned through the connectors like any database,
classified, and compared with our hand labels (rules in tests/data/LABELLING.md): personal/not-personal F1
over all columns and category accuracy over the columns that are personal and found personal.
"""

from __future__ import annotations

import csv
import re
import sqlite3
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import pytest
import sqlglot
from sqlglot import exp

from catalog.classify import classify
from catalog.store import Catalog
from catalog.tagging import export_rows

DATA = Path(__file__).resolve().parent.parent / "data"
APPS = sorted(p.stem for p in (DATA / "schemas").glob("*.sql"))
# Held out: labelled before the classifier ever ran on them and measured, never tuned to (tests/data/LABELLING.md).
# They are below the targets; these floors (the figures after the general fixes, less a small margin)
# catch regressions, and their figures are printed with every failure so the gap stays visible.
HELD_OUT = {
    "openemr": (0.77, 0.88),
    "mastodon": (0.87, 0.92),  # 0.93 until login flags became access rights (27); two of its flags are labelled 28
    "chatwoot": (0.86, 0.95),
    "orangehrm": (0.9, 0.97),
    "attendize": (0.82, 0.84),
    "moodle": (0.82, 0.95),
    "koha": (0.89, 0.92),
    "freescout": (0.85, 0.93),
    # The first blind exam (tests/data/LABELLING.md, fifth round): figures of its one blind run, less a margin.
    "hievents": (0.79, 0.71),
    "openmrs": (0.69, 0.77),
    "zammad": (0.68, 0.85),
    # The fourth blind exam (LABELLING.md, sixth round): first run pooled F1 0.732 / accuracy 0.879, then looked at;
    # floors are the figures after that round, less a margin.
    "daloradius": (0.79, 0.85),
    "fatfreecrm": (0.82, 0.91),
    "rosariosis": (0.78, 0.84),
    "znuny": (0.67, 0.89),
}
DEVELOPMENT = [app for app in APPS if app not in HELD_OUT]
# The development schemas hold F1 0.85 and accuracy 0.75, but for these, each noted with the retrain that moved it.
DEVELOPMENT_FLOORS = {
    # 0.842 after the retrain on 710 groups (twenty-third session): two flags the model calls personal at 0.504;
    # 0.829 at 1,046 groups (thirty-fifth session): a task that is due reads as an activity (12) across the training
    # applications (EspoCRM, SORMAS, Twenty, LiteFarm: about 80 columns better), and osTicket's ticket tasks, which
    # its labels leave unlabelled, with them (four columns)
    "osticket": (0.82, 0.75),
}


# ALTER TABLE statements, left out before parsing (sqlglot reads few of them); anchored at a line's start, so a
# comment that mentions ALTER TABLE does not take the CREATE TABLE after it along
ALTER_STATEMENTS = re.compile(r"(?im)^\s*ALTER TABLE[^;]*;")


_ALTER_TABLE = re.compile(r"(?is)^\s*ALTER TABLE\s+`?(\w+)`?(.*)")
_ADDED_KEY = r"(?i)\bADD\s+(?:CONSTRAINT\s+`?\w+`?\s+)?"
_ADDED_PRIMARY_KEY = re.compile(_ADDED_KEY + r"PRIMARY KEY\s*\(([^)]*)\)")
_ADDED_FOREIGN_KEY = re.compile(
    _ADDED_KEY + r"FOREIGN KEY\s*(?:`?\w+`?\s*)?\(([^)]*)\)\s*REFERENCES\s+`?(\w+)`?\s*\(([^)]*)\)"
)


def _names(columns: str) -> list[str]:
    """The names of a key's column list as written (``\`a\`, \`b\```)."""
    return [c.strip(' `"\n\t') for c in columns.split(",")]


@dataclass
class LateKeys:
    """Keys a dump adds after its tables (``ALTER TABLE t ADD [CONSTRAINT x] PRIMARY KEY / FOREIGN KEY …``).

    The test ports leave ALTER TABLE statements out (sqlglot reads few of them, and SQLite cannot add a key to
    a table), so they fold these keys into the tables instead. Without them (and :func:`table_primary_key`)
    46 schemas of tests/data lost keys in SQLite that MariaDB holds (Cal.com all 74 of its foreign keys, OFBiz
    all its primary keys), and scored other than the same schema scanned on a server.
    """

    primary: dict[str, list[str]]
    foreign: dict[str, list[tuple[list[str], str, list[str]]]]  # table → [(columns, target, target columns)]

    @classmethod
    def of(cls, text: str) -> LateKeys:
        keys = cls({}, defaultdict(list))
        for statement in ALTER_STATEMENTS.finditer(text):
            altered = _ALTER_TABLE.match(statement.group(0))
            if altered is None:
                continue
            table, clauses = altered.groups()
            for key in _ADDED_PRIMARY_KEY.finditer(clauses):
                keys.primary[table] = _names(key.group(1))
            for key in _ADDED_FOREIGN_KEY.finditer(clauses):
                keys.foreign[table].append((_names(key.group(1)), key.group(2), _names(key.group(3))))
        return keys


def table_primary_key(item: exp.Expression) -> exp.PrimaryKey | None:
    """The table-level primary key *item* declares, named (``CONSTRAINT pk_x PRIMARY KEY (id)``) or not."""
    if isinstance(item, exp.PrimaryKey):
        return item
    return item.find(exp.PrimaryKey) if isinstance(item, exp.Constraint) else None


def mysql_to_sqlite(text: str) -> list[str]:
    """CREATE TABLE statements of MySQL DDL rewritten for SQLite (types kept as written, comments as ``--``).

    Keys added afterwards (``ALTER TABLE t ADD PRIMARY KEY (c)``, ``ADD CONSTRAINT … FOREIGN KEY``, as dumps
    write them) are folded in (:class:`LateKeys`).
    """
    late = LateKeys.of(text)
    out = []
    for stmt in sqlglot.parse(ALTER_STATEMENTS.sub("", text), read="mysql"):
        if not isinstance(stmt, exp.Create) or not isinstance(stmt.this, exp.Schema):
            continue
        lines: list[tuple[str, str | None]] = []
        keyed = False
        for item in stmt.this.expressions:
            if isinstance(item, exp.ColumnDef):
                kind = item.args.get("kind")
                typ = kind.sql(dialect="mysql").replace(" UNSIGNED", "") if kind is not None else ""
                if typ.upper().startswith(("ENUM", "SET")):
                    typ = "VARCHAR(64)"
                comment, pk = None, False
                for constraint in item.args.get("constraints") or []:
                    k = constraint.args.get("kind")
                    if isinstance(k, exp.CommentColumnConstraint):
                        comment = " ".join(k.this.name.split())  # a comment over several lines: one line
                    pk = pk or isinstance(k, exp.PrimaryKeyColumnConstraint)
                lines.append((f'"{item.name}" {typ}{" PRIMARY KEY" if pk else ""}', comment))
                keyed = keyed or pk
            elif (primary := table_primary_key(item)) is not None:
                lines.append(("PRIMARY KEY (" + ", ".join(f'"{e.name}"' for e in primary.expressions) + ")", None))
                keyed = True
            else:
                fks = [item] if isinstance(item, exp.ForeignKey) else list(item.find_all(exp.ForeignKey))
                lines.extend((fk.sql(dialect="sqlite"), None) for fk in fks)
        name = stmt.this.this.name
        if name in late.primary and not keyed:
            lines.append(("PRIMARY KEY (" + ", ".join(f'"{c}"' for c in late.primary[name]) + ")", None))
        for columns, target, target_columns in late.foreign.get(name, ()):
            quoted, quoted_target = ", ".join(f'"{c}"' for c in columns), ", ".join(f'"{c}"' for c in target_columns)
            lines.append((f'FOREIGN KEY ({quoted}) REFERENCES "{target}" ({quoted_target})', None))
        body = [
            f"  {line}{',' if i < len(lines) - 1 else ''}" + (f" -- {comment}" if comment else "")
            for i, (line, comment) in enumerate(lines)
        ]
        out.append(f'CREATE TABLE "{stmt.this.this.name}" (\n' + "\n".join(body) + "\n)")
    return out


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    right: int = 0

    @property
    def f1(self) -> float:
        return 2 * self.tp / max(1, 2 * self.tp + self.fp + self.fn)

    @property
    def accuracy(self) -> float:
        return self.right / max(1, self.tp)

    def add(self, other: Score) -> None:
        self.tp, self.fp, self.fn, self.right = (
            self.tp + other.tp, self.fp + other.fp, self.fn + other.fn, self.right + other.right
        )  # fmt: skip

    @property
    def precision(self) -> float:
        return self.tp / max(1, self.tp + self.fp)

    @property
    def recall(self) -> float:
        return self.tp / max(1, self.tp + self.fn)

    def line(self) -> str:
        return f"F1 {self.f1:.3f} acc {self.accuracy:.3f} (tp {self.tp} fp {self.fp} fn {self.fn})"


def evaluate(
    catalog: Catalog, app: str, tmp_path: Path, *, folder: Path | None = None, learned: bool = True
) -> tuple[Score, list[str]]:
    """Load, scan, classify one app; compare with its labels. Returns the score and the mistakes.

    The app's DDL and labels come from ``tests/data/schemas`` and ``tests/data/labels``, or, for an exam
    folder (``tests/data/blind2``), from ``<folder>/<app>.sql`` and ``<folder>/<app>.csv``. Without *learned*,
    the rules alone (``ropa classify --no-model``).
    """
    schema_file = folder / f"{app}.sql" if folder else DATA / "schemas" / f"{app}.sql"
    label_file = folder / f"{app}.csv" if folder else DATA / "labels" / f"{app}.csv"
    from catalog.scanning import scan

    db = tmp_path / f"{app}.db"
    with sqlite3.connect(db) as conn:
        for statement in mysql_to_sqlite(schema_file.read_text(encoding="utf-8")):
            conn.execute(statement)
    scan(catalog, f"sqlite:///{db}", app, sample=0)
    classify(catalog, app, learned=learned)
    predicted: dict[tuple[str, str], list[tuple[float, int]]] = defaultdict(list)
    for row in export_rows(catalog, app):
        predicted[(row["table"], row["column"])].append((row["confidence"], row["category"]))
    labels: dict[tuple[str, str], set[int]] = defaultdict(set)
    with label_file.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            labels[(row["table"], row["column"])].add(int(row["category"]))
    with sqlite3.connect(db) as conn:
        tables = [t for (t,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        columns = [(t, r[1]) for t in tables for r in conn.execute(f'PRAGMA table_info("{t}")')]
    missing = set(labels) - set(columns)
    assert not missing, f"labels name columns the schema lacks: {sorted(missing)[:5]}"
    return compare(predicted, labels, columns)


def compare(
    predicted: dict[tuple[str, str], list[tuple[float, int]]],
    labels: dict[tuple[str, str], set[int]],
    columns: Iterable[tuple[str, str]],
) -> tuple[Score, list[str]]:
    """Score suggestions (``(table, column)`` → ``[(confidence, category)]``) against labels over *columns*:
    personal/not-personal counts, and a category hit when the most confident suggestion is a labelled one."""
    score, mistakes = Score(), []
    for key in columns:
        truth, guess = labels.get(key), predicted.get(key)
        if truth and guess:
            score.tp += 1
            top = max(guess)[1]
            if top in truth:
                score.right += 1
            else:
                mistakes.append(f"{key}: labelled {sorted(truth)}, suggested {sorted(guess, reverse=True)}")
        elif truth:
            score.fn += 1
            mistakes.append(f"{key}: labelled {sorted(truth)}, not found")
        elif guess:
            score.fp += 1
            mistakes.append(f"{key}: not personal, suggested {sorted(guess, reverse=True)}")
    return score, mistakes


@pytest.mark.parametrize("app", APPS)
def test_real_schema_quality(catalog: Catalog, tmp_path: Path, app: str) -> None:
    score, mistakes = evaluate(catalog, app, tmp_path)
    report = f"{app}: F1 {score.f1:.3f}, accuracy {score.accuracy:.3f}\n" + "\n".join(mistakes)
    f1_floor, accuracy_floor = HELD_OUT.get(app) or DEVELOPMENT_FLOORS.get(app, (0.85, 0.75))
    assert score.f1 >= f1_floor and score.accuracy >= accuracy_floor, report


def test_real_schemas_together_reach_the_targets(catalog: Catalog, tmp_path: Path) -> None:
    total = Score()
    for app in DEVELOPMENT:
        total.add(evaluate(catalog, app, tmp_path)[0])
    assert total.f1 >= 0.90, f"personal F1 {total.f1:.3f}"
    assert total.accuracy >= 0.80, f"category accuracy {total.accuracy:.3f}"


# The blind exams (labelled by other hands before the classifier ran — tests/data/LABELLING.md) are listed with their
# status in tests/data/exams.csv. Looked-at exams (read for general causes, trained on) have pooled floors just under
# the figures at the end of the session that looked at them, so a rule that helps one application at the others'
# cost shows. Trained exams are trained on but were never read (their mistakes never listed); their figures are
# in-sample, so they have no floors. Closed exams are never tested here, never trained on and their mistakes never
# listed: they are scored for figures only.
EXAMS_FILE = DATA / "exams.csv"


def exam_statuses() -> dict[str, dict[str, str]]:
    """``tests/data/exams.csv`` by exam folder name (``blind13`` → its status, floors and note)."""
    with EXAMS_FILE.open(encoding="utf-8") as fh:
        return {row["exam"]: row for row in csv.DictReader(fh)}


LOOKED_AT_EXAMS = {
    exam: (float(row["f1_floor"]), float(row["accuracy_floor"]))
    for exam, row in exam_statuses().items()
    if row["status"] == "looked-at"
}


def test_every_exam_folder_has_a_status() -> None:
    folders = {p.name for p in DATA.glob("blind*") if p.is_dir()}
    statuses = exam_statuses()
    assert folders <= set(statuses), f"exam folders without a row in exams.csv: {sorted(folders - set(statuses))}"
    # an exam being labelled is listed closed before its folder lands: nothing trains on it or tunes to it meanwhile
    missing = sorted(e for e in set(statuses) - folders if statuses[e]["status"] != "closed")
    assert not missing, f"looked-at exams without a folder: {missing}"
    assert {row["status"] for row in statuses.values()} <= {"looked-at", "trained", "closed"}
    for exam, row in statuses.items():
        # only a looked-at exam has floors: on a closed one a floor would be tuned against it, a trained one is
        # in-sample and was never read
        assert (row["status"] != "looked-at") == (row["f1_floor"] == row["accuracy_floor"] == ""), exam


@pytest.mark.parametrize("exam", sorted(LOOKED_AT_EXAMS))
def test_looked_at_blind_exams_keep_their_floors(catalog: Catalog, tmp_path: Path, exam: str) -> None:
    folder = DATA / exam
    total = Score()
    for sql in sorted(folder.glob("*.sql")):
        work = tmp_path / sql.stem
        work.mkdir()
        total.add(evaluate(catalog, sql.stem, work, folder=folder)[0])
    f1_floor, accuracy_floor = LOOKED_AT_EXAMS[exam]
    assert total.f1 >= f1_floor and total.accuracy >= accuracy_floor, f"{exam}: {total.line()}"


def test_the_ddl_converter_keeps_a_comment_written_over_several_lines() -> None:
    """SiT!'s ``kbarticles`` documents a column over two lines: the SQLite DDL keeps the words on one ``--`` line."""
    ddl = "CREATE TABLE kb (\n  id int NOT NULL,\n  body text COMMENT 'the article\n  text shown to customers',\n  PRIMARY KEY (id)\n);"
    (statement,) = mysql_to_sqlite(ddl)
    with sqlite3.connect(":memory:") as conn:
        conn.execute(statement)
        assert [r[1] for r in conn.execute('PRAGMA table_info("kb")')] == ["id", "body"]
    assert "-- the article text shown to customers" in statement
