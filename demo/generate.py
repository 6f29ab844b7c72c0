"""Rows for a system's tables, from the population and a seed derived from the system and table names.

Each table gets its own ``random.Random`` and Faker seed, so adding a table or changing one generator does not
shift the values of any other table, and no value ever depends on the clock or on hash randomisation.
"""

from __future__ import annotations

import random
import zlib
from collections.abc import Iterator
from datetime import date, datetime

from faker import Faker

from demo.model import Row, System, Table
from demo.people import Population


def _person_limit(system: System, table: Table, population: Population) -> int:
    """Rows point only at people that exist in the per-person tables they reference (FKs hold)."""
    per_person = {t.name: t.rows for t in system.tables if t.per_person}
    limit = len(population.customers)
    for column in table.cols:
        if column.cats == (5,) and column.ref:
            limit = min(limit, per_person.get(column.ref.split(".")[0], limit))
    return limit


def sqlite_value(value: object) -> object:
    """How a generated value is stored in SQLite (ISO text for dates, 0/1 for flags)."""
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return int(value)
    return value


def rows(system: System, table: Table, population: Population, seed: int, fake: Faker) -> Iterator[tuple]:
    """The table's rows as tuples in column order (Python values: dates stay dates)."""
    rng = random.Random(f"{seed}:{system.name}:{table.name}")
    fake.seed_instance(zlib.crc32(f"{seed}:{system.name}:{table.name}".encode()))
    customers = population.customers
    limit = _person_limit(system, table, population)
    for i in range(1, table.rows + 1):
        person = customers[i - 1] if table.per_person else customers[rng.randrange(limit)]
        contact = population.contacts[rng.randrange(len(population.contacts))]
        row = Row(i, person, contact, rng, fake, population)
        yield tuple(column.gen(row) for column in table.cols)
