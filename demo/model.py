"""How a demo system is described: tables of columns, each column a value kind with its categories.

A column's categories come from the *kind* of value the generator puts in it (its meaning), never from its
name — that is what makes ``truth.csv`` an honest oracle for classification. Systems are declared as data in
``demo/systems/*.py`` with the helpers below; :mod:`demo.sqlite` and :mod:`demo.servers` write them.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from faker import Faker

from demo.people import REFERENCE_DATE, REFERENCE_TIME, Person, Population

Gen = Callable[["Row"], object]

TYPES = ("INTEGER", "TEXT", "REAL", "NUMERIC", "DATE", "TIMESTAMP", "BOOLEAN")


class Row:
    """What a value generator sees: the row number, the person the row is about, a seeded random source."""

    __slots__ = ("i", "p", "cp", "rng", "fake", "pop", "memo")

    def __init__(self, i: int, p: Person, cp: Person, rng: random.Random, fake: Faker, pop: Population) -> None:
        self.i = i
        self.p = p
        self.cp = cp
        self.rng = rng
        self.fake = fake
        self.pop = pop
        self.memo: dict[str, object] = {}

    def days_ago(self, low: int, high: int) -> date:
        return REFERENCE_DATE - timedelta(days=self.rng.randint(low, high))

    def time_ago(self, low_days: float, high_days: float) -> datetime:
        seconds = self.rng.randint(int(low_days * 86400), int(high_days * 86400))
        return REFERENCE_TIME - timedelta(seconds=seconds)

    def pick(self, *options: object) -> object:
        return self.rng.choice(options)

    def once(self, key: str, make: Callable[[], object]) -> object:
        """The same value for every column of this row that asks for *key* (e.g. one timestamp, two formats)."""
        if key not in self.memo:
            self.memo[key] = make()
        return self.memo[key]


@dataclass(frozen=True)
class Col:
    name: str
    type: str
    gen: Gen
    cats: tuple[int, ...] = ()
    comment: str | None = None
    pk: bool = False
    ref: str | None = None  # "table.column" in the same system
    not_null: bool = False


@dataclass(frozen=True)
class Table:
    name: str
    cols: tuple[Col, ...]
    rows: int
    comment: str | None = None
    per_person: bool = False  # one row per customer (rows = how many customers) instead of random people

    def __post_init__(self) -> None:
        names = [c.name for c in self.cols]
        if len(names) != len(set(names)):
            raise ValueError(f"duplicate column in {self.name}: {names}")


@dataclass(frozen=True)
class View:
    name: str
    sql: str
    labels: dict[str, tuple[int, ...]] = field(default_factory=dict)  # personal columns only


@dataclass(frozen=True)
class System:
    name: str
    tables: tuple[Table, ...]
    views: tuple[View, ...] = ()
    description: str = ""


@dataclass(frozen=True)
class Kind:
    type: str
    gen: Gen
    cats: tuple[int, ...] = ()


def col(
    name: str,
    kind: Kind | str,
    *,
    comment: str | None = None,
    cats: Sequence[int] | None = None,
    not_null: bool = False,
) -> Col:
    """A column filled with values of *kind*; its categories are the kind's unless *cats* says otherwise."""
    from demo.kinds import KINDS

    k = KINDS[kind] if isinstance(kind, str) else kind
    return Col(
        name=name,
        type=k.type,
        gen=k.gen,
        cats=tuple(cats) if cats is not None else k.cats,
        comment=comment,
        not_null=not_null,
    )


def custom(name: str, type_: str, gen: Gen, *cats: int, comment: str | None = None) -> Col:
    """A column with its own generator (for values no shared kind describes)."""
    assert type_ in TYPES or type_.startswith("NUMERIC"), type_
    return Col(name=name, type=type_, gen=gen, cats=tuple(cats), comment=comment)


def pk(name: str = "id", comment: str | None = None) -> Col:
    """Surrogate primary key: technical, never personal on its own."""
    return Col(name=name, type="INTEGER", gen=lambda r: r.i, pk=True, comment=comment, not_null=True)


def person_fk(name: str, table: str = "", column: str = "id", *, comment: str | None = None) -> Col:
    """The customer a row is about. A link to a person is customer data (category 5)."""
    ref = f"{table}.{column}" if table else None
    return Col(name=name, type="INTEGER", gen=lambda r: r.p.id, cats=(5,), ref=ref, comment=comment)


def row_fk(name: str, table: str, rows: int, column: str = "id", *, comment: str | None = None) -> Col:
    """A link to another (non-person) row of the same system: technical."""
    return Col(
        name=name, type="INTEGER", gen=lambda r: r.rng.randint(1, rows), ref=f"{table}.{column}", comment=comment
    )


def table(name: str, rows: int, *cols: Col, comment: str | None = None, per_person: bool = False) -> Table:
    return Table(name=name, cols=tuple(cols), rows=rows, comment=comment, per_person=per_person)


def audited(system: System, *columns: Col) -> System:
    """The system with its house-style bookkeeping columns appended to every table that lacks them.

    Real systems carry these on every table (created/updated stamps, service accounts, versions); they are
    technical, not personal, and make up much of the column count a scanner must wade through.
    """
    tables = []
    for t in system.tables:
        have = {c.name for c in t.cols}
        extra = tuple(c for c in columns if c.name not in have)
        tables.append(Table(name=t.name, cols=t.cols + extra, rows=t.rows, comment=t.comment, per_person=t.per_person))
    return System(name=system.name, tables=tuple(tables), views=system.views, description=system.description)
