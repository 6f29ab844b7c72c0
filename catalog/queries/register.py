"""Register-side answers for the pages (activities, parties, transfers, retention), read through
``ropa.register.load_register``.

Why an adapter: the register model belongs to the register area; the pages need a few flat views of it.
While no register has been imported, or the register area is not installed, :func:`load` returns ``None``
and every view built on it too, so the pages can say "register not imported yet".
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from catalog.errors import RopaError
from catalog.queries import word
from catalog.store import Catalog

if TYPE_CHECKING:
    import pandas as pd


def load(catalog: Catalog) -> Any | None:
    """The current register (``ropa.register.Register``), or ``None`` when there is none (yet)."""
    from ropa.register import load_register

    try:
        return load_register(catalog)
    except RopaError:
        return None


def _text(value: Any, lang: str) -> str:
    from ropa.exports.labels import phrase  # the register area's: only called on its objects

    return phrase(value, lang)


def _period(rule: Any, lang: str) -> str:
    return period_text(rule.period, lang) if rule.period is not None else _text(rule.period_text, lang)


def _enum(value: Any) -> str:
    return str(getattr(value, "value", value))


def _word(group: str, value: Any, lang: str) -> str:
    return word(group, value, lang)


def _words(group: str, values: Any, lang: str) -> str:
    return ", ".join(_word(group, v, lang) for v in values)


def _country_name(code: str) -> str:
    from ropa.register import countries

    country = countries().get(code)
    return f"{country.name_en} ({code})" if country else code


_LV_UNITS = {"day": ("diena", "dienas"), "week": ("nedēļa", "nedēļas"), "month": ("mēnesis", "mēneši"),
             "year": ("gads", "gadi")}  # fmt: skip


def period_text(period: Any, lang: str = "en") -> str:
    """A retention period in words (Latvian: singular after 1, 21, 31…, plural otherwise).

    >>> class P: count, unit = 21, "year"
    >>> period_text(P(), "lv"), period_text(P(), "en")
    ('21 gads', '21 years')
    """
    count, unit = int(period.count), str(period.unit)
    if lang == "lv" and unit in _LV_UNITS:
        singular = count % 10 == 1 and count % 100 != 11
        return f"{count} {_LV_UNITS[unit][0 if singular else 1]}"
    return f"{count} {unit}{'' if count == 1 else 's'}"


def _receivers(activity: Any) -> list[tuple[str, str]]:
    """(party id, role in this activity) for everyone the activity hands data to."""
    found = [(p, "recipient") for p in activity.recipients]
    found += [(p, "processor") for p in activity.processors]
    found += [(p, "joint_controller") for p in activity.joint_controllers]
    return found


_BOUNDS = {"en": {"max": "at most", "min": "at least"}, "lv": {"max": "ne ilgāk kā", "min": "vismaz"}}


def retention_text(register: Any, activity_id: str | None, category_id: int | None, lang: str = "en") -> str:
    """The retention rules that apply to an activity and/or a category, as one readable line."""
    parts = []
    for rule in register.retention:
        if (activity_id and rule.activity == activity_id) or (
            category_id is not None and category_id in rule.categories
        ):
            period = _period(rule, lang)
            bound = _BOUNDS[lang if lang in ("en", "lv") else "en"][_enum(rule.kind)]
            parts.append(f"{bound} {period} — {_text(rule.trigger, lang)}")
    return "; ".join(dict.fromkeys(parts))


def third_country_recipient_count(catalog: Catalog) -> int | None:
    """How many parties outside the EU/EEA receive personal data (``None`` without a register)."""
    register = load(catalog)
    if register is None:
        return None
    receiving = {p for a in register.activities for p, _ in _receivers(a)} | {t.party for t in register.transfers}
    return sum(1 for p in register.parties if p.id in receiving and not p.eea)


@dataclass(frozen=True)
class CategoryRegister:
    """What the register says about one category."""

    activities: pd.DataFrame  # activity, name, purposes, legal_bases, retention, systems
    recipients: pd.DataFrame  # party, name, role, kind, country, eea, activities
    third_countries: pd.DataFrame  # party, name, country, safeguard, safeguard_ref, activities


def category_register(catalog: Catalog, category_id: int, lang: str = "en") -> CategoryRegister | None:
    """Activities declaring *category_id*, the parties receiving it and its third-country transfers."""
    import pandas as pd

    register = load(catalog)
    if register is None:
        return None
    declaring = [a for a in register.activities if category_id in a.categories]
    activities = pd.DataFrame(
        [
            {
                "activity": a.id,
                "name": a.name.get(lang),
                "purposes": "; ".join(p.get(lang) for p in a.purposes),
                "legal_bases": _words("legal_basis", a.legal_bases, lang),
                "retention": retention_text(register, a.id, category_id, lang),
                "systems": ", ".join(a.systems),
            }
            for a in declaring
        ],
        columns=["activity", "name", "purposes", "legal_bases", "retention", "systems"],
    )
    parties = {p.id: p for p in register.parties}
    receiving: dict[tuple[str, str], list[str]] = {}
    for activity in declaring:
        for party_id, role in _receivers(activity):
            receiving.setdefault((party_id, role), []).append(activity.id)
    recipients = pd.DataFrame(
        [
            {
                "party": party_id,
                "name": parties[party_id].name if party_id in parties else party_id,
                "role": _word("role", role, lang),
                "kind": _text(parties[party_id].kind, lang) if party_id in parties else "",
                "country": _country_name(parties[party_id].country) if party_id in parties else "",
                "eea": parties[party_id].eea if party_id in parties else None,
                "activities": ", ".join(ids),
            }
            for (party_id, role), ids in sorted(receiving.items())
        ],
        columns=["party", "name", "role", "kind", "country", "eea", "activities"],
    )
    declaring_ids = {a.id for a in declaring}
    # Only transfers the register records for this category: a party merely located abroad is visible in
    # ``recipients`` (country, EU/EEA flag); whether its transfer needs a safeguard is reconciliation's call.
    rows = []
    for transfer in register.transfers:
        applies = category_id in transfer.categories or (
            not transfer.categories and declaring_ids & set(transfer.activities)
        )
        if not applies:
            continue
        rows.append(
            {
                "party": transfer.party,
                "name": parties[transfer.party].name if transfer.party in parties else transfer.party,
                "country": _country_name(transfer.country),
                "safeguard": _word("safeguard", transfer.safeguard, lang),
                "safeguard_ref": transfer.safeguard_ref or "",
                "activities": ", ".join(transfer.activities),
            }
        )
    third = pd.DataFrame(rows, columns=["party", "name", "country", "safeguard", "safeguard_ref", "activities"])
    return CategoryRegister(activities, recipients, third)


def category_flow_links(catalog: Catalog, category_id: int) -> list[tuple[str, str, str]] | None:
    """(system, party name, country code) triples: who receives the category from which system."""
    register = load(catalog)
    if register is None:
        return None
    parties = {p.id: p for p in register.parties}
    countries_by_party = {t.party: t.country for t in register.transfers}
    links: set[tuple[str, str, str]] = set()
    for activity in register.activities:
        if category_id not in activity.categories:
            continue
        for party_id, _role in _receivers(activity):
            party = parties.get(party_id)
            if party is None:
                continue
            country = countries_by_party.get(party_id, party.country)
            for system in activity.systems or ["—"]:
                links.add((system, party.name, country))
    return sorted(links)


def system_activities(catalog: Catalog, system: str, lang: str = "en") -> pd.DataFrame | None:
    """Register activities that name *system*, with their categories and legal bases."""
    import pandas as pd

    register = load(catalog)
    if register is None:
        return None
    return pd.DataFrame(
        [
            {
                "activity": a.id,
                "name": a.name.get(lang),
                "categories": ", ".join(str(c) for c in a.categories),
                "legal_bases": _words("legal_basis", a.legal_bases, lang),
                "retention": retention_text(register, a.id, None, lang),
            }
            for a in register.activities
            if system in a.systems
        ],
        columns=["activity", "name", "categories", "legal_bases", "retention"],
    )


@dataclass(frozen=True)
class RegisterView:
    """The register as tables for browsing, plus its YAML for editing."""

    controller: dict[str, str]
    activities: pd.DataFrame
    parties: pd.DataFrame
    transfers: pd.DataFrame
    retention: pd.DataFrame
    yaml: str
    document_id: int | None


def register_view(catalog: Catalog, lang: str = "en") -> RegisterView | None:
    """Every section of the current register as a table (``None`` while none is imported)."""
    import pandas as pd

    register = load(catalog)
    if register is None:
        return None
    from ropa.register import load_stored
    from ropa.register.yamlio import dump_yaml

    stored = load_stored(catalog)
    c = register.controller
    controller = {
        k: v
        for k, v in {
            "name": c.name,
            "registration_no": c.registration_no,
            "address": c.address,
            "email": c.email,
            "phone": c.phone,
            "dpo": (c.dpo.email or c.dpo.name) if c.dpo else None,
            "supervisory_authority": c.supervisory_authority,
        }.items()
        if v
    }
    activities = pd.DataFrame(
        [
            {
                "activity": a.id,
                "name": a.name.get(lang),
                "purposes": "; ".join(p.get(lang) for p in a.purposes),
                "legal_bases": _words("legal_basis", a.legal_bases, lang),
                "art9_condition": _word("art9", a.art9_condition, lang) if a.art9_condition else "",
                "data_subjects": _words("data_subject", a.data_subjects, lang),
                "categories": ", ".join(str(x) for x in a.categories),
                "systems": ", ".join(a.systems),
                "recipients": ", ".join(p for p, _ in _receivers(a)),
                "automated_decision_making": a.automated_decision_making,
                "dpia": _word("dpia", a.dpia, lang),
            }
            for a in register.activities
        ]
    )
    parties = pd.DataFrame(
        [
            {
                "party": p.id,
                "name": p.name,
                "role": _words("role", p.roles, lang),
                "kind": _text(p.kind, lang),
                "country": _country_name(p.country),
                "eea": p.eea,
                "contract_ref": p.contract_ref or "",
            }
            for p in register.parties
        ]
    )
    transfers = pd.DataFrame(
        [
            {
                "transfer": t.id,
                "party": t.party,
                "country": _country_name(t.country),
                "categories": ", ".join(str(x) for x in t.categories),
                "safeguard": _word("safeguard", t.safeguard, lang),
                "safeguard_ref": t.safeguard_ref or "",
                "activities": ", ".join(t.activities),
            }
            for t in register.transfers
        ]
    )
    retention = pd.DataFrame(
        [
            {
                "rule": r.id,
                "scope": _word("scope", r.scope, lang),
                "applies_to": {
                    "table": r.table,
                    "activity": r.activity,
                    "category": ", ".join(str(x) for x in r.categories),
                }.get(_enum(r.scope))
                or "",
                "period": _period(r, lang),
                "kind": _BOUNDS[lang if lang in _BOUNDS else "en"][_enum(r.kind)],
                "trigger": _text(r.trigger, lang),
                "legal_reference": r.legal_reference or "",
            }
            for r in register.retention
        ]
    )
    return RegisterView(controller, activities, parties, transfers, retention, dump_yaml(register), stored.document_id)


def search(catalog: Catalog, needle: str, *, lang: str = "en") -> list[Any]:
    """Parties and activities whose name or id contains *needle* (lower-case), as :class:`catalog.search.Hit`."""
    from catalog.search import Hit

    register = load(catalog)
    if register is None:
        return []
    hits = [
        Hit("party", f"{p.name} ({p.country})")
        for p in register.parties
        if needle in p.name.lower() or needle in p.id or any(needle in a.lower() for a in p.aliases)
    ]
    hits += [
        Hit("activity", a.name.get(lang))
        for a in register.activities
        if needle in a.id or needle in a.name.en.lower() or needle in a.name.lv.lower()
    ]
    return hits


__all__ = [
    "CategoryRegister",
    "RegisterView",
    "category_flow_links",
    "category_register",
    "load",
    "register_view",
    "retention_text",
    "search",
    "system_activities",
    "third_country_recipient_count",
]
