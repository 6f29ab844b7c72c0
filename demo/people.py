"""The population behind the estate: customers and contact persons every system draws its rows from.

Generated once per build from the seed, in a fixed order, so ``crm.klienti`` and ``billing.konti`` talk about
the same people (the ETL joins find each other) and every run gives the same people.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from faker import Faker

from demo import canaries, values

REFERENCE_DATE = date(2026, 11, 1)
"""'Today' of the estate: every generated date is relative to it, never to the clock (determinism)."""
REFERENCE_TIME = datetime(2026, 11, 1, 9, 0, 0)

STREETS = (
    "Brīvības iela",
    "Krišjāņa Barona iela",
    "Maskavas iela",
    "Lāčplēša iela",
    "Dzirnavu iela",
    "Ganību dambis",
    "Stabu iela",
    "Tērbatas iela",
    "Valdemāra iela",
    "Ieriķu iela",
    "Purvciema iela",
    "Dzelzavas iela",
    "Ulbrokas iela",
    "Kurzemes prospekts",
    "Slokas iela",
    "Kalnciema iela",
    "Jomas iela",
    "Rīgas iela",
    "Skolas iela",
    "Saules iela",
    "Lielā iela",
    "Dārza iela",
    "Ozolu iela",
    "Bērzu iela",
    "Straupes iela",
)
CITIES = (
    ("Rīga", "LV-10", 10),
    ("Jūrmala", "LV-20", 2),
    ("Daugavpils", "LV-54", 2),
    ("Liepāja", "LV-34", 2),
    ("Jelgava", "LV-30", 1),
    ("Ventspils", "LV-36", 1),
    ("Ogre", "LV-50", 1),
    ("Valmiera", "LV-42", 1),
    ("Salaspils", "LV-21", 1),
    ("Jēkabpils", "LV-52", 1),
)
CITY_CENTRES = {
    "Rīga": (56.9496, 24.1052),
    "Jūrmala": (56.968, 23.770),
    "Daugavpils": (55.874, 26.536),
    "Liepāja": (56.505, 21.011),
    "Jelgava": (56.652, 23.724),
    "Ventspils": (57.389, 21.564),
    "Ogre": (56.816, 24.604),
    "Valmiera": (57.538, 25.426),
    "Salaspils": (56.861, 24.350),
    "Jēkabpils": (56.499, 25.857),
}
SEGMENTS = ("jaunieši", "masu", "seniori", "premium", "biznesa")
LANGUAGES = ("lv", "lv", "lv", "ru", "ru", "en")


@dataclass(frozen=True)
class Address:
    street: str
    house: str
    flat: str | None
    city: str
    postcode: str
    lat: float
    lon: float

    @property
    def line(self) -> str:
        flat = f"-{self.flat}" if self.flat else ""
        return f"{self.street} {self.house}{flat}, {self.city}, {self.postcode}"


@dataclass(frozen=True)
class Person:
    """One customer (or contact person) with everything any system may hold about them."""

    id: int
    first: str
    last: str
    gender: str
    born: date
    pcode: str
    passport: str
    phone: str
    email: str
    address: Address
    language: str
    segment: str
    customer_no: str
    registered: date
    status: str
    contract_no: str
    billing_account: str
    iban: str
    username: str
    password_hash: str
    mac: str
    ipv4: str
    ipv6: str
    resident: bool
    deceased: bool
    disability: bool
    business: bool

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def age_group(self) -> str:
        age = (REFERENCE_DATE - self.born).days // 365
        return "18-25" if age < 26 else "26-40" if age < 41 else "41-60" if age < 61 else "60+"


def ascii_fold(text: str) -> str:
    table = str.maketrans("āčēģīķļņšūžĀČĒĢĪĶĻŅŠŪŽ", "acegiklnsuzACEGIKLNSUZ")
    return text.translate(table).lower()


def address(rng: random.Random) -> Address:
    weights = [w for _, _, w in CITIES]
    city, prefix, _ = rng.choices(CITIES, weights=weights)[0]
    lat, lon = CITY_CENTRES[city]
    postcode = f"{prefix}{rng.randrange(1, 99):02d}"
    flat = str(rng.randrange(1, 80)) if rng.random() < 0.6 else None
    return Address(
        street=rng.choice(STREETS),
        house=str(rng.randrange(1, 140)),
        flat=flat,
        city=city,
        postcode=postcode,
        lat=round(lat + rng.uniform(-0.04, 0.04), 6),
        lon=round(lon + rng.uniform(-0.06, 0.06), 6),
    )


def _person(pid: int, rng: random.Random, fake: Faker, *, prefix: str = "") -> Person:
    gender = rng.choice(("F", "M"))
    first = fake.first_name_female() if gender == "F" else fake.first_name_male()
    last = fake.last_name_female() if gender == "F" else fake.last_name_male()
    born = REFERENCE_DATE - timedelta(days=rng.randrange(18 * 365, 88 * 365))
    new_code = rng.random() < 0.15
    registered = REFERENCE_DATE - timedelta(days=rng.randrange(30, 15 * 365))
    login = f"{ascii_fold(first)}.{ascii_fold(last)}{pid}"
    return Person(
        id=pid,
        first=first,
        last=last,
        gender=gender,
        born=born,
        pcode=values.personal_code(rng, born, new_format=new_code),
        passport=rng.choice(("LV", "PA", "PE")) + values.digits(rng, 7),
        phone=values.phone(rng, style=rng.randrange(3), mobile=rng.random() < 0.85),
        email=f"{login}@{rng.choice(('inbox.lv', 'gmail.com', 'balticom.lv', 'apollo.lv', 'outlook.com'))}",
        address=address(rng),
        language=rng.choice(LANGUAGES),
        segment=rng.choice(SEGMENTS),
        customer_no=f"{prefix}K{100000 + pid * 7:07d}",
        registered=registered,
        status=rng.choices(("aktīvs", "bijušais", "potenciālais"), weights=(8, 2, 1))[0],
        contract_no=f"BT-{registered.year}-{values.digits(rng, 6)}",
        billing_account=f"NK{values.digits(rng, 8)}",
        iban=values.iban(rng),
        username=login,
        password_hash=values.password_hash(rng),
        mac=values.mac(rng),
        ipv4=values.ipv4(rng),
        ipv6=values.ipv6(rng),
        resident=rng.random() < 0.9,
        deceased=rng.random() < 0.02,
        disability=rng.random() < 0.05,
        business=rng.random() < 0.1,
    )


@dataclass(frozen=True)
class Population:
    customers: tuple[Person, ...]
    contacts: tuple[Person, ...]


def population(seed: int, *, customers: int = 240, contacts: int = 60) -> Population:
    """The same people for the same seed."""
    rng = random.Random(seed)
    fake = Faker("lv_LV")
    fake.seed_instance(seed)
    people = [_person(i, rng, fake) for i in range(1, customers + 1)]
    people[0] = replace(people[0], email=canaries.EMAIL, username=canaries.USERNAME)
    others = tuple(_person(10_000 + i, rng, fake, prefix="C") for i in range(1, contacts + 1))
    return Population(customers=tuple(people), contacts=others)
