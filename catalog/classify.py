"""Suggest Annex 1 categories for columns: a generic engine over the rules in ``data/rules/``.

Signals, each from a rule whose id becomes the evidence:

* **name** — phrases in the column name (``name.*`` rules; the rightmost, longest match wins, so
  ``customer_email`` is contact data and ``ip_address`` website activity, not an address);
* **comment** — phrases in the column comment;
* **value** — the share of sampled values a detector accepted (``col.profile``, ratios only);
* **fk** — a foreign key to a table about people (category 5);
* **type** — SQL types that say what they hold (``inet``, ``macaddr``).

Signals for the same category combine as independent evidence (``1 - Π(1 - c)``); the table's context (about
people, about organisations, technical settings) and modifiers (``email_count``) scale them. A column may get
several categories. :func:`suggest` is pure (benchmarked in ``bench/classify.py``); :func:`classify` applies it
to the catalog: it writes ``suggested`` tags with their evidence — never a value — leaves confirmed and rejected
tags alone, and does not suggest again what a person rejected unless the evidence changed.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import sqlalchemy as sa

from catalog import audit
from catalog.errors import NotFoundError
from catalog.rules import Match, NameRule, RuleSet, family, load_rules, phrase_in, stem, tokens
from catalog.store import Catalog, schema, utcnow

THRESHOLD = 0.5  # lowest confidence written as a suggestion
SECONDARY = 0.7  # further categories on the same column need at least this
CLASSIFIER_SOURCES = ("name", "comment", "value")
_TYPE_MISMATCH = 0.3
_COMMENT_WEIGHT = 0.85
# Words that close a table name without naming what it is about: ``contacts_cstm``, ``customer_details``.
_TABLE_SUFFIXES = frozenset(
    "cstm custom data info infos detail details extra ext master list dim fact tbl table view v record records "
    "registry register base main archive hist history snapshot stage stg raw copy backup bak old new tmp temp all "
    "current cur lv en x map profile profiles".split()
)
# Name rules strong enough to show that a table is about people when its name does not say so.
# Rules whose "<attribute>_id" in a person table points to the person's own attribute (gender_id, country_id).
_ATTRIBUTE_RULES = frozenset(
    {"name.address", "name.address_part_of_person", "name.state_of_address", "name.demographics",
     "name.demographics_of_person", "name.special_belief_origin", "name.residency_death", "name.solvency"}
)  # fmt: skip
# (E-mail and phone columns alone do not count: message and mailbox tables have them too.)
_PERSON_EVIDENCE = frozenset(
    {"name.first_name", "name.last_name", "name.full_name", "name.personal_code", "name.birth",
     "name.identity_document"}
)  # fmt: skip


@dataclass(frozen=True)
class ColumnInfo:
    """What the engine reads about a column (a catalog row, or a test's literal)."""

    name: str
    data_type: str | None = None
    comment: str | None = None
    is_pk: bool = False
    fk_target: str | None = None
    profile: dict[str, float] | None = None
    sample_size: int | None = None


@dataclass(frozen=True)
class TableInfo:
    """A table's name and what its name and columns say about it.

    ``scope`` holds the words of the table, schema and system names together: rules limited to some tables
    look there (``iptv.abonenti.valoda`` is a TV setting, ``crm.klienti.valoda`` the customer's language).
    """

    name: str
    person: bool = False
    org: bool = False
    technical: bool = False
    aggregate: bool = False
    tokens: tuple[str, ...] = ()
    scope: tuple[str, ...] = ()


@dataclass(frozen=True)
class Signal:
    kind: str  # name | comment | value | fk | type
    rule: str
    category: int
    confidence: float
    detail: dict[str, Any] = field(default_factory=dict)

    def evidence(self) -> dict[str, Any]:
        out: dict[str, Any] = {"rule": self.rule, "kind": self.kind, "confidence": round(self.confidence, 3)}
        out.update(self.detail)
        return out


@dataclass(frozen=True)
class Suggestion:
    """One category suggested for one column, with the signals behind it."""

    category: int
    confidence: float
    source: str  # name | comment | value (the strongest signal's kind; fk and type count as name)
    signals: tuple[Signal, ...]

    @property
    def key(self) -> str:
        """What the evidence consists of (rule ids and matched phrases) — compared when a rejection is revisited."""
        parts = sorted(
            f"{s.rule}:{s.detail.get('pattern') or s.detail.get('detector') or s.detail.get('target') or ''}"
            for s in self.signals
        )
        return hashlib.sha1("|".join(parts).encode()).hexdigest()[:16]

    def evidence(self, rules: RuleSet) -> dict[str, Any]:
        """The JSON stored on the tag: rule ids, patterns, ratios, comment words, explanations — never values."""
        top = max(self.signals, key=lambda s: s.confidence)
        rule = rules.by_id.get(top.rule)
        en, lv = getattr(rule, "explain_en", ""), getattr(rule, "explain_lv", "")
        if top.kind == "record":
            en = f"The table holds '{top.detail.get('table')}' records about a person; this column describes them."
            lv = f"Tabulā ir ieraksti '{top.detail.get('table')}' par personu; šī kolonna tos apraksta."
        return {
            "key": self.key,
            "signals": [s.evidence() for s in sorted(self.signals, key=lambda s: -s.confidence)],
            "explain_en": en,
            "explain_lv": lv,
        }


# ---------------------------------------------------------------- table context


def _head_in(toks: tuple[str, ...], words: frozenset[str], rules: RuleSet) -> bool:
    """Does the table's head noun (its last word, skipping suffixes such as ``_cstm``) belong to *words*?"""
    end = len(toks)
    while end > 1 and (toks[end - 1] in _TABLE_SUFFIXES or toks[end - 1].isdigit()):
        if rules.table_has(toks[end - 1 : end], words):
            break
        end -= 1
    for start in range(max(0, end - 3), end):
        if rules.table_has(toks[start:end], words) and _ends_with_word(toks[start:end], words):
            return True
    return False


def _ends_with_word(toks: tuple[str, ...], words: frozenset[str]) -> bool:
    for start in range(len(toks)):
        part = toks[start:]
        if "".join(part) in words or "".join(stem(t) for t in part) in words:
            return True
    return False


def table_context(
    name: str, column_names: Iterable[str], rules: RuleSet, *, schema_name: str = "", system: str = ""
) -> TableInfo:
    """Whether a table is about people, about organisations, technical settings or aggregates.

    >>> rules = load_rules()
    >>> table_context("crm_customers", [], rules).person, table_context("t1", ["first_name", "email"], rules).person
    (True, True)
    """
    toks = rules.split(tokens(name), table=True)
    scope = toks + tokens(schema_name) + tokens(system)
    aggregate = phrase_in(toks, rules.aggregate_tables)
    person = _head_in(toks, rules.person_tables, rules)
    org = not person and _head_in(toks, rules.org_tables, rules)
    technical = not person and _head_in(toks, rules.technical_tables, rules)
    if not person and not org and not technical:
        names = [rules.split(tokens(column)) for column in column_names]
        hits = sum(1 for toks in names if any(m.rule.id in _PERSON_EVIDENCE for m in rules.match_name(toks)))
        person = hits >= rules.min_column_hits
        if not person:
            org_hits = sum(1 for toks in names if phrase_in(toks, rules.org_columns))
            org = org_hits >= rules.org_min_hits
    return TableInfo(
        name=name, person=person, org=org, technical=technical, aggregate=aggregate, tokens=toks, scope=scope
    )


# ---------------------------------------------------------------- the engine


def _in_scope(table: TableInfo, words: tuple[tuple[str, ...], ...]) -> bool:
    return _scope_has(table.scope or table.tokens, words)


@lru_cache(maxsize=65536)
def _scope_has(scope: tuple[str, ...], words: tuple[tuple[str, ...], ...]) -> bool:
    # Cached: a catalog asks the same few table scopes about the same rules thousands of times.
    return any(phrase_in(scope, frozenset({"".join(w), "".join(stem(t) for t in w)})) for w in words)


def _applies(rule: NameRule, table: TableInfo, rules: RuleSet) -> bool:
    if rule.tables and not _in_scope(table, rule.tables):
        return False
    if rule.context == "person" and not table.person:
        return False
    if rule.context == "org" and not table.org:
        return False
    return True


def _dominated(m: Match, others: list[Match]) -> bool:
    span = m.end - m.start
    for o in others:
        if o is m or o.start > m.start or o.end < m.end:
            continue
        ospan = o.end - o.start
        if ospan > span or (ospan == span and o.rule.specificity > m.rule.specificity):
            return True
    return False


def _name_signals(column: ColumnInfo, table: TableInfo, rules: RuleSet, fam: str | None) -> tuple[list[Signal], bool]:
    """Signals from the column name, and whether a shield (a not-personal phrase) is the name's head."""
    toks = _name_tokens(column.name, rules)
    if not toks:
        return [], False
    matches = [m for m in rules.match_name(toks) if _applies(m.rule, table, rules)]
    joined = " ".join(toks)
    for rule in rules.regex_rules:
        if _applies(rule, table, rules):
            for rx in rule.regexes:
                if rx.search(joined):
                    matches.append(Match(rule, 0, len(toks), rx.pattern))
                    break
    n = len(toks)
    own_key = column.is_pk or _is_own_key(toks, table)
    if own_key and toks[-1] == "id":
        return [], False  # a table's own surrogate key is technical, whatever it is called
    matches = [
        m for m in matches if not (m.rule.not_pk and own_key) and not (m.rule.whole and (m.start, m.end) != (0, n))
    ]
    if not matches:
        return [], False
    kept = [m for m in matches if not _dominated(m, matches)]
    # The head of a compound name is its last part: customer_email is an e-mail, created_by_ip an IP address.
    best_end = max(m.end for m in kept)
    kept = [m for m in kept if m.end == best_end]
    widest = max(m.end - m.start for m in kept)
    kept = [m for m in kept if m.end - m.start == widest]
    signals = []
    for m in kept:
        if m.rule.category == 0:
            continue
        conf = m.rule.confidence
        factor_note = []
        # In a table about people "<attribute>_id" points to the person's attribute (gender, language, country).
        attribute_link = table.person and toks[m.end :] == ("id",) and m.rule.id in _ATTRIBUTE_RULES
        if m.end < n and not attribute_link and _is_modifier(toks[m.end :], rules.modifier_head, head=True):
            conf *= rules.modifier_factor
            factor_note.append("modifier")
        elif m.start > 0 and any(toks[: len(lead)] == lead for lead in rules.modifier_lead if len(lead) <= m.start):
            conf *= rules.modifier_factor
            factor_note.append("modifier")
        if m.rule.types and fam is not None and fam not in m.rule.types:
            conf *= _TYPE_MISMATCH
            factor_note.append(f"type:{fam}")
        detail: dict[str, Any] = {"pattern": m.phrase}
        if factor_note:
            detail["scaled"] = factor_note
        signals.append(Signal("name", m.rule.id, m.rule.category, conf, detail))
    return signals, any(m.rule.category == 0 for m in kept)


def _name_tokens(name: str, rules: RuleSet) -> tuple[str, ...]:
    """Tokens of a column name as rules read them.

    Numbering is dropped (``emergency1Name`` → emergency name), run-together words are split (``mailingcity``)
    and a leading ``id`` moves to the end, so the ``id_customer`` convention reads like ``customer_id``.
    """
    toks = rules.split(tokens(name))
    words = tuple(t for t in toks if not t.isdigit()) or toks
    if len(words) > 1 and words[0] == "id":
        words = words[1:] + ("id",)
    return words


def _is_own_key(toks: tuple[str, ...], table: TableInfo) -> bool:
    """``gibbonStaffID`` in ``gibbonStaff``: the table's own key even when no PRIMARY KEY was declared."""
    if not toks or toks[-1] != "id" or len(toks) < 2:
        return False
    head = toks[:-1]
    return table.tokens[-len(head) :] == head if len(head) <= len(table.tokens) else False


def _is_modifier(tail: tuple[str, ...], head_words: frozenset[str], head: bool) -> bool:
    last = tail[-1]
    if last.isdigit() and len(tail) > 1:
        last = tail[-2]
    two = "".join(tail[-2:]) if len(tail) >= 2 else last
    return last in head_words or stem(last) in head_words or two in head_words


def _comment_signals(column: ColumnInfo, table: TableInfo, rules: RuleSet) -> list[Signal]:
    if not column.comment:
        return []
    toks = tokens(column.comment)
    matches = [m for m in rules.match_comment(toks) if m.rule.category and _applies(m.rule, table, rules)]
    if not matches:
        return []
    matches = [m for m in matches if not _dominated(m, matches)]
    best: dict[int, Signal] = {}
    for m in matches:
        conf = m.rule.confidence * _COMMENT_WEIGHT
        words = [m.phrase]
        prior = best.get(m.rule.category)
        if prior is None or conf > prior.confidence:
            best[m.rule.category] = Signal("comment", m.rule.id, m.rule.category, conf, {"words": words})
    # A comment naming several things ("phone and e-mail of the contact") supports each one.
    return list(best.values())


def _value_signals(column: ColumnInfo, table: TableInfo, rules: RuleSet, fam: str | None) -> list[Signal]:
    profile = column.profile or {}
    if not profile or (column.is_pk and fam == "number"):
        return []
    toks = tokens(column.name)
    if toks and (toks[-1] in rules.value_guard or stem(toks[-1]) in rules.value_guard):
        return []
    fired = []
    for rule in rules.value_rules:
        ratio = profile.get(rule.detector)
        if ratio is None or ratio < rule.min_ratio:
            continue
        if rule.tables and not _in_scope(table, rule.tables):
            continue
        if rule.types and fam is not None and fam not in rule.types:
            continue
        fired.append(rule)
    specific = {r.detector for r in fired if r.tables}
    signals = []
    for rule in fired:
        if not rule.tables and rule.detector in specific:
            continue
        ratio = float(profile[rule.detector])
        conf = rule.confidence * min(1.0, ratio / rule.full_ratio)
        detail: dict[str, Any] = {"detector": rule.detector, "ratio": round(ratio, 3)}
        if column.sample_size is not None:
            detail["sample_size"] = column.sample_size
        signals.append(Signal("value", rule.id, rule.category, conf, detail))
    return signals


def _fk_target_table(fk_target: str) -> str:
    parts = [p.strip('`"[] ') for p in fk_target.split(".")]
    return parts[-2] if len(parts) >= 2 else parts[0]


def suggest(
    column: ColumnInfo,
    table: TableInfo,
    rules: RuleSet | None = None,
    *,
    person_table: Callable[[str], bool] | None = None,
) -> list[Suggestion]:
    """Categories suggested for one column, strongest first (empty when it does not look personal).

    *person_table* tells whether a foreign key's target table is about people (default: judged by its name).

    >>> rules = load_rules()
    >>> [(s.category, s.source) for s in suggest(ColumnInfo("e_pasts"), table_context("klienti", [], rules), rules)]
    [(2, 'name')]
    """
    rules = rules or load_rules()
    fam = family(column.data_type, rules.families)
    name_sigs, shielded = _name_signals(column, table, rules, fam)
    comment_sigs = _comment_signals(column, table, rules)
    signals: list[Signal] = name_sigs + comment_sigs
    present = {s.category for s in signals if s.confidence >= THRESHOLD}
    for sig in [] if shielded else _value_signals(column, table, rules, fam):
        rule = rules.by_id[sig.rule]
        if getattr(rule, "supports", False) and sig.category not in present:
            continue
        # A name that says whose value it is outranks a detector that says what it is.
        owner = next((c for c in sorted(present) if sig.category in rules.refines.get(c, ())), None)
        if owner is not None:
            detail = dict(sig.detail)
            detail["refines"] = sig.category
            sig = Signal(sig.kind, sig.rule, owner, sig.confidence, detail)
        signals.append(sig)
    if column.fk_target and not column.is_pk and not shielded:  # created_by → users is bookkeeping
        target = _fk_target_table(column.fk_target)
        is_person = person_table(target) if person_table else table_context(target, (), rules).person
        if is_person:
            fk = rules.fk
            signals.append(Signal("fk", fk.id, fk.category, fk.confidence, {"target": column.fk_target}))
    if column.data_type:
        raw = column.data_type.strip().lower()
        for trule in rules.type_rules:
            if raw in trule.types or raw.split("(")[0] in trule.types:
                signals.append(Signal("type", trule.id, trule.category, trule.confidence, {"type": raw}))
    if not signals:
        return []
    # Context: organisations' own contacts and technical settings are not personal data.
    factor = rules.technical_factor if table.technical else 1.0
    if table.aggregate:
        factor *= rules.aggregate_factor
    scaled: list[Signal] = []
    for sig in signals:
        f = factor
        rule = rules.by_id.get(sig.rule)
        if table.org and sig.kind != "fk" and sig.category not in rules.org_keeps:
            f *= rules.org_factor
        if f != 1.0:
            detail = dict(sig.detail)
            detail["context"] = "aggregate" if table.aggregate else "technical" if table.technical else "organisation"
            sig = Signal(sig.kind, sig.rule, sig.category, sig.confidence * f, detail)
        scaled.append(sig)
    by_cat: dict[int, list[Signal]] = {}
    for sig in scaled:
        by_cat.setdefault(sig.category, []).append(sig)
    out: list[Suggestion] = []
    for cat, sigs in by_cat.items():
        remaining = 1.0
        for sig in sigs:
            remaining *= 1.0 - min(sig.confidence, 0.99)
        conf = round(min(0.99, 1.0 - remaining), 3)
        top = max(sigs, key=lambda s: s.confidence)
        source = top.kind if top.kind in CLASSIFIER_SOURCES else "name"
        out.append(Suggestion(cat, conf, source, tuple(sigs)))
    out.sort(key=lambda s: (-s.confidence, s.category))
    if not out or out[0].confidence < THRESHOLD:
        return []
    return [out[0]] + [s for s in out[1:] if s.confidence >= SECONDARY]


def _refers_to(head: tuple[str, ...], table_tokens: tuple[str, ...]) -> bool:
    """Does ``<head>_id`` name the table (``order`` → ``ps_orders``, ``invoice`` → ``invoices``)?"""
    if not table_tokens or len(head) > len(table_tokens):
        return False
    tail = table_tokens[-len(head) :]
    return tail[:-1] == head[:-1] and stem(tail[-1]) in (stem(head[-1]), stem(head[-1] + "s"), stem(head[-1] + "es"))


def is_linked(found: list[list[Suggestion]], rules: RuleSet) -> bool:
    """Whether a table's suggestions show it is linked to a person (see ``records.link_categories``)."""
    return any(s.category in rules.records.link_categories and s.confidence >= 0.6 for f in found for s in f)


def _record_category(table: TableInfo, rules: RuleSet) -> tuple[int, str] | None:
    """The kind of record the table's name says it holds (longest matching phrase wins), if any.

    The phrase must end the table name (its head noun, numbering and suffixes such as ``_bak`` aside):
    ``thread_entry`` holds messages, ``thread_event`` does not.
    """
    toks = tuple(t for t in table.tokens if not t.isdigit())
    while len(toks) > 1 and toks[-1] in _TABLE_SUFFIXES:
        toks = toks[:-1]
    best: tuple[tuple[int, bool], int, str] | None = None
    for rr in rules.records.tables:
        if rr.scope and not phrase_in(table.scope, rr.scope):
            continue
        for words in rr.words:
            keys = frozenset({"".join(words), "".join(stem(t) for t in words)})
            n = len(words)
            if _ends_with_word(toks[-n:], keys) and phrase_in(toks[-n:], keys):
                score = (len(words), bool(rr.scope))
                if best is None or score > best[0]:
                    best = (score, rr.category, " ".join(words))
    return (best[1], best[2]) if best else None


def suggest_table(
    table: TableInfo,
    columns: Sequence[ColumnInfo],
    rules: RuleSet | None = None,
    *,
    person_table: Callable[[str], bool] | None = None,
    linked_tables: frozenset[tuple[str, ...]] = frozenset(),
) -> list[list[Suggestion]]:
    """:func:`suggest` for every column of one table, plus what the table as a record lends its columns.

    *linked_tables* holds the name tokens of tables known to be linked to a person: a record table that refers
    to one of them (``order_invoice.id_order`` → ``orders``) is linked through it.

    A table named after a kind of record (``cdr_voice``, ``invoices``, ``tickets``) and linked to a person lends
    that record's category to descriptive columns no rule claimed (start time, duration, status, text); a table
    about people lends category 5 to its status, type and registration columns.

    >>> rules = load_rules()
    >>> cols = [ColumnInfo("msisdn"), ColumnInfo("started"), ColumnInfo("batch_id")]
    >>> [[s.category for s in found] for found in suggest_table(table_context("cdr_voice", [], rules), cols, rules)]
    [[31], [31], []]
    """
    rules = rules or load_rules()
    out = [suggest(c, table, rules, person_table=person_table) for c in columns]
    if table.aggregate or table.technical:
        return out
    rec = rules.records
    linked_by = sorted(
        {
            columns[i].name
            for i, found in enumerate(out)
            for sug in found
            if sug.category in rec.link_categories and sug.confidence >= 0.6
        }
    )
    record = _record_category(table, rules)
    if not linked_by and record is not None and record[0] in rec.self_linked:
        linked_by = [f"record:{record[1]}"]
    if not linked_by and linked_tables:
        for column in columns:
            toks = _name_tokens(column.name, rules)
            if len(toks) > 1 and toks[-1] == "id" and any(_refers_to(toks[:-1], t) for t in linked_tables):
                linked_by = [column.name]
                break
    if not linked_by:
        return out
    if record is not None:
        for i, found in enumerate(out):
            yields = (
                [getattr(rules.by_id.get(s.rule), "yields_to_record", False) for s in found[0].signals] if found else []
            )
            if any(yields) and all(y or s.kind == "fk" for y, s in zip(yields, found[0].signals)):
                signal = Signal(
                    "record", f"record.{record[0]}", record[0], found[0].confidence,
                    {"table": record[1], "staff": found[0].signals[0].rule},
                )  # fmt: skip
                out[i] = [Suggestion(record[0], found[0].confidence, "name", (signal,))]
    for i, column in enumerate(columns):
        if out[i] or column.is_pk:
            continue
        toks = _name_tokens(column.name, rules)
        if not toks or phrase_in(toks, rec.technical):
            continue
        fam = family(column.data_type, rules.families)
        if record is not None:
            category, words = record
            # short names may hold the word anywhere ("velamais_laiks"); longer ones must start or end with it
            described = (
                phrase_in(toks, rec.columns)
                if len(toks) <= 2
                else phrase_in(toks[-1:], rec.columns) or phrase_in(toks[:1], rec.columns)
            )
            descriptive = described or fam == "date" or (fam == "bool" and category in rec.bool_categories)
        elif table.person:
            category, words = rec.person_category, "people"
            # "user_status", "customer_registered": the person's own status, named after the person
            own = toks[1:] if len(toks) > 1 and phrase_in(toks[:1], rules.person_tables) else toks
            descriptive = "".join(toks) in rec.person_columns or "".join(own) in rec.person_columns
            if not descriptive:
                continue
        else:
            continue
        if not descriptive:
            continue
        signal = Signal(
            "record", f"record.{category}", category, rec.confidence, {"table": words, "linked_by": linked_by[:5]}
        )
        out[i] = [Suggestion(category, rec.confidence, "name", (signal,))]
    return out


# ---------------------------------------------------------------- applying it to the catalog


@dataclass(frozen=True)
class ClassifyResult:
    """What a classification run did (counts of columns and tags)."""

    columns: int
    suggested: int  # new suggestions written
    updated: int  # existing suggestions whose confidence or evidence changed
    unchanged: int
    withdrawn: int  # stale suggestions removed (the rules no longer see them)
    kept_rejected: int  # suggestions not repeated because a person rejected the same evidence
    skipped_confirmed: int  # columns with a confirmed tag or a "not personal" decision
    personal_columns: int


def _column_path(system: str, schema_name: str, table: str, column: str) -> str:
    return ".".join(p for p in (system, schema_name, table, column) if p)


def classify(
    catalog: Catalog,
    system: str | None = None,
    *,
    rules: RuleSet | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> ClassifyResult:
    """Suggest categories for every current column without a confirmed tag (of one system, or all).

    Written in one transaction. Confirmed and rejected tags are never changed; a rejected category comes back
    only when its evidence (rule ids and matched phrases) differs from what was rejected.

    >>> from catalog.store import open_catalog
    >>> classify(open_catalog("sqlite://")).columns
    0
    """
    rules = rules or load_rules()
    s, t, c, g = schema.system, schema.tbl, schema.col, schema.tag
    with catalog.begin() as conn:
        query = (
            sa.select(
                c.c.id, c.c.name, c.c.data_type, c.c.comment, c.c.is_pk, c.c.fk_target, c.c.profile,
                c.c.sample_size, c.c.decision, t.c.id.label("table_id"), t.c.name.label("table_name"),
                t.c.schema_name, s.c.name.label("system_name"), s.c.id.label("system_id"),
            )
            .select_from(c.join(t, c.c.table_id == t.c.id).join(s, t.c.system_id == s.c.id))
            .where(c.c.removed_at.is_(None), t.c.removed_at.is_(None))
            .order_by(t.c.id, c.c.position, c.c.id)
        )  # fmt: skip
        if system is not None:
            sid = conn.execute(sa.select(s.c.id).where(s.c.name == system)).scalar()
            if sid is None:
                raise NotFoundError(f"no system named {system!r} in the catalog", obj=system)
            query = query.where(s.c.id == sid)
        rows = conn.execute(query).mappings().all()
        ids = [r.id for r in rows]
        existing: dict[int, dict[int, Any]] = {}
        for chunk in _chunks(ids, 500):
            for tag in conn.execute(sa.select(g).where(g.c.column_id.in_(chunk))).mappings():
                existing.setdefault(tag.column_id, {})[tag.category] = tag
        by_table: dict[int, list[Any]] = {}
        for r in rows:
            by_table.setdefault(r.table_id, []).append(r)

        now = utcnow()
        counts = dict.fromkeys(
            ("suggested", "updated", "unchanged", "withdrawn", "kept_rejected", "skipped", "personal"), 0
        )
        inserts: list[dict[str, Any]] = []
        done = 0
        prepared = []
        linked: dict[int, set[tuple[str, ...]]] = {}
        for cols in by_table.values():
            first = cols[0]
            info = table_context(
                first.table_name, [x.name for x in cols], rules, schema_name=first.schema_name, system=first.system_name
            )
            columns = [
                ColumnInfo(
                    name=r.name,
                    data_type=r.data_type,
                    comment=r.comment,
                    is_pk=bool(r.is_pk),
                    fk_target=r.fk_target,
                    profile=r.profile,
                    sample_size=r.sample_size,
                )  # fmt: skip
                for r in cols
            ]
            found = suggest_table(info, columns, rules)
            if is_linked(found, rules):
                linked.setdefault(first.system_id, set()).add(info.tokens)
            prepared.append((cols, info, columns, found))
        # Second pass: record tables linked to a person only through another linked table (invoice → order).
        for cols, info, columns, found in prepared:
            if progress:
                progress(done, len(rows))
            done += len(cols)
            system_links = linked.get(cols[0].system_id)
            if system_links and not is_linked(found, rules):
                found = suggest_table(info, columns, rules, linked_tables=frozenset(system_links))
            for r, suggestions in zip(cols, found):
                _apply(conn, r, suggestions, existing.get(r.id, {}), rules, now, counts, inserts)
        for chunk in _chunks(inserts, 500):
            conn.execute(g.insert(), chunk)
        audit.record(
            conn,
            "classify.run",
            f"system:{system}" if system else "catalog",
            after={k: v for k, v in counts.items()} | {"columns": len(rows)},
            actor="ropa classify",
        )
        if progress:
            progress(len(rows), len(rows))
    return ClassifyResult(
        columns=len(rows),
        suggested=counts["suggested"],
        updated=counts["updated"],
        unchanged=counts["unchanged"],
        withdrawn=counts["withdrawn"],
        kept_rejected=counts["kept_rejected"],
        skipped_confirmed=counts["skipped"],
        personal_columns=counts["personal"],
    )


def _apply(
    conn: Any,
    r: Any,
    suggestions: list[Suggestion],
    tags: dict[int, Any],
    rules: RuleSet,
    now: Any,
    counts: dict[str, int],
    inserts: list[dict[str, Any]],
) -> None:
    """Bring one column's stored suggestions in line with *suggestions*, leaving people's decisions alone."""
    g = schema.tag
    stale = [tag for tag in tags.values() if tag.status == "suggested" and tag.source in CLASSIFIER_SOURCES]
    if r.decision == "not_personal" or any(tag.status == "confirmed" for tag in tags.values()):
        counts["skipped"] += 1
        if r.decision == "not_personal" and stale:
            conn.execute(g.delete().where(g.c.id.in_([tag.id for tag in stale])))
            counts["withdrawn"] += len(stale)
        return
    if suggestions:
        counts["personal"] += 1
    produced: set[int] = set()
    for sug in suggestions:
        produced.add(sug.category)
        evidence = sug.evidence(rules)
        tag = tags.get(sug.category)
        if tag is None:
            inserts.append(
                {
                    "column_id": r.id, "category": sug.category, "status": "suggested", "source": sug.source,
                    "confidence": sug.confidence, "evidence": evidence, "actor": "ropa classify",
                    "created_at": now, "updated_at": now,
                }
            )  # fmt: skip
            counts["suggested"] += 1
        elif tag.status == "rejected":
            old_key = (tag.evidence or {}).get("key")
            if old_key is None or old_key == sug.key:
                counts["kept_rejected"] += 1
                continue
            conn.execute(
                g.update()
                .where(g.c.id == tag.id)
                .values(
                    status="suggested", source=sug.source, confidence=sug.confidence, evidence=evidence,
                    actor="ropa classify", updated_at=now,
                )
            )  # fmt: skip
            audit.record(
                conn,
                "tag.resuggest",
                _column_path(r.system_name, r.schema_name, r.table_name, r.name),
                before={"category": sug.category, "status": "rejected", "key": old_key},
                after={"category": sug.category, "status": "suggested", "key": sug.key},
                actor="ropa classify",
            )
            counts["updated"] += 1
        elif tag.status == "suggested" and tag.source in CLASSIFIER_SOURCES:
            if _same(tag, sug, evidence):
                counts["unchanged"] += 1
            else:
                conn.execute(
                    g.update()
                    .where(g.c.id == tag.id)
                    .values(source=sug.source, confidence=sug.confidence, evidence=evidence, updated_at=now)
                )
                counts["updated"] += 1
        else:
            counts["unchanged"] += 1  # suggested by lineage or imported: left as it is
    gone = [tag.id for tag in stale if tag.category not in produced]
    if gone:
        conn.execute(g.delete().where(g.c.id.in_(gone)))
        counts["withdrawn"] += len(gone)


def _same(tag: Any, sug: Suggestion, evidence: dict[str, Any]) -> bool:
    return (
        tag.source == sug.source
        and abs(float(tag.confidence) - sug.confidence) < 1e-6
        and json.dumps(tag.evidence, sort_keys=True) == json.dumps(evidence, sort_keys=True)
    )


def _chunks(items: list[Any], size: int) -> Iterable[list[Any]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


__all__ = [
    "ClassifyResult", "ColumnInfo", "Signal", "Suggestion", "TableInfo", "classify", "suggest", "suggest_table",
    "table_context",
]  # fmt: skip
