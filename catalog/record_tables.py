"""The rules engine for one table: what a record table, a table about people and a system's person tables lend.

A table named after a kind of record about a person (calls, invoices, tickets …) and linked to a person lends
that record's category to its descriptive columns; a table about people lends "customer data" to its status and
registration columns and "contact details" to the state beside its street and city; the person tables of a
system tell which ``<noun>_id`` columns elsewhere link rows to a person. Column-level signals come from
:func:`catalog.signals.suggest`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace
from functools import lru_cache

from catalog.rules import RecordRule, RuleSet, family, load_rules, phrase_in, stem
from catalog.signals import _fk_target_table, _name_tokens, _refers_to, suggest
from catalog.suggestion import (
    _PERSON_LINKS,
    _TABLE_SUFFIXES,
    ColumnInfo,
    Signal,
    Suggestion,
    TableInfo,
    _head_in,
    _is_reference,
    one_per_category,
    table_context,
)
from catalog.words import phrase_keys, tokens

_REFERENCE_ENDS = frozenset({"id", "ids", "pid", "uid", "flag", "flags"})
_LOOKUP_ENDS = frozenset({"id", "code"})
_FLAG_STARTS = frozenset({"is", "has", "can"})  # a flag whatever its type (GLPI's is_manager is a plain tinyint)
_CONTACT_CATEGORY = 2  # contact details: a person's state beside their street and city, a message's addresses
_CONTACT_PERSON_CATEGORY = 4  # contact persons' data: an organisation's contact
_ACCESS_CATEGORY = 27  # a flag on a person's login (admin, can_edit) is one of their access rights
_TRAFFIC_READ_AS = frozenset({23, 30})  # website activity, network information: a connection end's other readings
_DEVICE_CATEGORIES = frozenset({9})  # terminal equipment: on an operator's network element, network information


def is_linked(found: list[list[Suggestion]], rules: RuleSet) -> bool:
    """Whether a table's suggestions show it is linked to a person (see ``records.link_categories``)."""
    return any(s.category in rules.records.link_categories and s.confidence >= 0.6 for f in found for s in f)


def _record_category(
    table: TableInfo,
    rules: RuleSet,
    keys: Sequence[set[str]] = (),
    column_tokens: Sequence[tuple[str, ...]] = (),
) -> tuple[int, str] | None:
    """The kind of record the table's name says it holds (longest matching phrase wins), if any.

    The phrase must end the table name (its head noun, numbering and suffixes such as ``_bak`` aside):
    ``thread_entry`` holds messages, ``thread_event`` does not. A name that says no kind may be made good by the
    columns (``issues`` with ``date_due`` and ``returndate`` holds loans); a table whose columns show things on
    sale (``quantity_available``, ``start_sale_date``) is a catalogue, whatever its name (event ``tickets``).
    *keys* are the table's column names as :func:`_column_keys` gives them, *column_tokens* as the rules read them
    (for the kinds named only beside some column, ``with_columns``).
    """
    if _is_catalogue(keys, rules):
        return None
    for rr in rules.records.tables:
        if rr.columns_first and _known_by_columns(rr, keys):
            return rr.category, "records known by their columns"
    found = _record_by_name(table, rules, column_tokens)
    if found is not None:
        return found
    for rr in rules.records.tables:
        if not (table.person and not rr.words) and _known_by_columns(rr, keys):
            # (a kind known only by its columns is no person's own row: a customer's last browser and page)
            return rr.category, "records known by their columns"
    return None


def _known_by_columns(rr: RecordRule, keys: Sequence[set[str]]) -> bool:
    """Whether two or more of a table's columns (*keys*, as :func:`_column_keys` gives them) are among the kind's
    ``columns``: one such column alone proves nothing."""
    return sum(1 for k in keys if k & rr.columns) >= 2


def _defining_columns(category: int, keys: Sequence[set[str]], rules: RuleSet) -> frozenset[str]:
    """The columns that make a table a record of *category* by themselves (a web visit's ``refr_urlhost`` and
    ``br_name``): where at least two of a kind's ``columns`` are present, each of them describes the record, and
    takes its category as any descriptive column does, so a kind's columns need no name rule of their own. (Such a
    kind lends nothing on a person's own row: where the same names hold there too — a user's first-touch referrer —
    a name rule still says so.)"""
    found: set[str] = set()
    for rr in rules.records.tables:
        if rr.category == category and _known_by_columns(rr, keys):
            found |= rr.columns
    return frozenset(found)


def _read_as(found: list[Suggestion], note: Signal, categories: frozenset[int]) -> list[Suggestion]:
    """*found* with its suggestions of *categories* read as *note*'s category (the note added to their evidence),
    merged with one of that category the column already has (a rack's ``device`` and ``rack`` words: one tag)."""
    return one_per_category(
        [replace(s, category=note.category, signals=(*s.signals, note)) if s.category in categories else s
         for s in found]
    )  # fmt: skip


def _traffic_ends(column_tokens: Sequence[tuple[str, ...]], rules: RuleSet) -> frozenset[int]:
    """The columns naming a connection's ends (``src_ip``, ``dst_port``) — where the row names both ends.

    One end alone is what its name says (a login's ``client_ip`` is website activity, a trusted ``src_ip`` a
    setting); a source beside a destination makes the row a record of traffic: a packet capture, a flow or firewall
    log, an IDS alert.
    """
    # (a key to an address row — IXP Manager's srcipaddressid — is a reference, not the address)
    ends = [(i, toks) for i, toks in enumerate(column_tokens) if not _is_reference(toks)]
    sources = {i for i, toks in ends if phrase_in(toks, rules.traffic_sources)}
    destinations = {i for i, toks in ends if phrase_in(toks, rules.traffic_destinations)}
    return frozenset(sources | destinations) if sources and destinations else frozenset()


def _as_traffic(found: list[Suggestion], note: Signal) -> list[Suggestion]:
    """A connection end's column: what its name read as a web visit (23) or a network setting (30) is traffic
    (*note*'s category); a column no rule claimed (``dstip``) is suggested as traffic on the note alone."""
    if not found:
        return [Suggestion(note.category, note.confidence, "name", (note,))]
    return _read_as(found, note, _TRAFFIC_READ_AS)


def _attached_to(table: TableInfo, columns: Sequence[ColumnInfo], rules: RuleSet) -> tuple[int, str] | None:
    """The record kind whose files an attachments table holds (``attachments.thread_id`` → messages), if any.

    Files are technical on their own; the files of a message or a ticket are part of that communication or
    request (``records.attachment_tables`` names the tables; the kinds are the self-linked records).
    """
    rec = rules.records
    if not rec.attachment_tables or not _head_in(table.tokens, rec.attachment_tables, rules):
        return None
    for column in columns:
        toks = _name_tokens(column.name, rules)
        if len(toks) < 2 or toks[-1] != "id" or column.is_pk:
            continue
        owner = replace(table, tokens=toks[:-1], scope=toks[:-1])
        found = _record_by_name(owner, rules)
        if found is not None and found[0] in rec.self_linked:
            return found[0], f"{found[1]} attachments"
    return None


def record_kind(table: TableInfo, columns: Sequence[ColumnInfo], rules: RuleSet) -> tuple[int, str] | None:
    """The kind of record a table holds by its name or its columns — the category and the words that say it —
    if any (:func:`_record_category` on the columns as the rules read them)."""
    column_tokens = [_name_tokens(c.name, rules) for c in columns]
    return _record_category(table, rules, _keys_of(column_tokens), column_tokens)


def _lines_of(
    table: TableInfo,
    column_tokens: Sequence[tuple[str, ...]],
    owners: Mapping[tuple[str, ...], tuple[int, str]],
    rules: RuleSet,
) -> tuple[int, str] | None:
    """The kind of the linked record whose lines the table holds, if any.

    A table named for lines (``spree_line_items``, ``transaction_items``) that refers to a record linked to a person
    (``order_id`` → ``spree_orders``, the customer's order) holds that record's lines, whatever vendor prefix its
    name carries; the lines of a catalogue or of a setting refer to nothing linked.
    """
    toks = tuple(t for t in table.tokens if not t.isdigit())
    if not toks or toks[-1] not in rules.records.line_words:
        return None
    found = _reference_to(column_tokens, owners)
    if found is None:
        return None
    category, words = owners[found[1]]
    return category, f"{words} lines"


def _extension_of(
    columns: Sequence[ColumnInfo], owners: Mapping[tuple[str, ...], tuple[int, str]], rules: RuleSet
) -> tuple[int, str, str] | None:
    """The kind of the linked record a table extends, the words that say it and the key that links them, if any.

    A table whose own key is a foreign key to a record's key holds more of that same record, one row each
    (joined-table inheritance in SQLAlchemy, Hibernate or Doctrine: Odontux's ``addiction.id`` → ``anamnesis``,
    the patient's medical history). Its name need not say the kind: the parent's does.
    """
    for column in columns:
        if column.is_pk and column.fk_target:
            target = rules.split(tokens(_fk_target_table(column.fk_target)), table=True)
            if target in owners:
                category, words = owners[target]
                return category, f"{words} (extension)", column.name
    return None


def _reference_to(
    column_tokens: Sequence[tuple[str, ...]], tables: Iterable[tuple[str, ...]]
) -> tuple[int, tuple[str, ...]] | None:
    """The first ``<noun>_id`` column naming one of *tables* (by their name tokens): its index and that table."""
    tables = tuple(tables)
    for i, toks in enumerate(column_tokens):
        if _is_reference(toks):
            for t in tables:
                if _refers_to(toks[:-1], t):
                    return i, t
    return None


def _column_keys(columns: Sequence[ColumnInfo], rules: RuleSet) -> list[set[str]]:
    return _keys_of([_name_tokens(c.name, rules) for c in columns])


def _keys_of(column_tokens: Sequence[tuple[str, ...]]) -> list[set[str]]:
    return [set(phrase_keys((toks,))) for toks in column_tokens]


def _is_catalogue(keys: Sequence[set[str]], rules: RuleSet) -> bool:
    """Two columns of things on sale (``quantity_available``, ``start_sale_date``): a catalogue, not records."""
    return sum(1 for k in keys if k & rules.records.catalogue_columns) >= 2


def _record_by_name(
    table: TableInfo, rules: RuleSet, column_tokens: Sequence[tuple[str, ...]] = ()
) -> tuple[int, str] | None:
    toks = tuple(t for t in table.tokens if not t.isdigit())
    while len(toks) > 1 and toks[-1] in _TABLE_SUFFIXES:
        toks = toks[:-1]
    if len(toks) > 1 and _abbreviates(toks[-1], toks[-2]):
        toks = toks[:-1]  # pledge_plg, event_evt: the table's own abbreviation, used as its columns' prefix
    found = _record_by_head(table, toks, rules, column_tokens)
    if found is None and len(toks) > 1 and toks[-1] in rules.records.line_words:
        # the lines of a record are that record (invoice_items, order_product, bill_rows)
        found = _record_by_head(table, toks[:-1], rules, column_tokens)
    return found


def _abbreviates(short: str, word: str) -> bool:
    """``plg`` for pledge, ``evt`` for event: a few letters of the word, in order, starting with its first.

    >>> _abbreviates("plg", "pledge"), _abbreviates("per", "person"), _abbreviates("id", "identity")
    (True, True, False)
    """
    if not 3 <= len(short) <= 4 or len(word) <= len(short) or short[0] != word[0]:
        return False
    rest = iter(word[1:])
    return all(ch in rest for ch in short[1:])


@lru_cache(maxsize=1024)
def _people_in_scope(people: tuple[tuple[str, ...], ...], scope: frozenset[str]) -> bool:
    """Whether a people table of the system names a scope (a clinic's ``patients``): the same for every table of a
    system, so asked once per system and scope rather than once per table."""
    return any(phrase_in(p, scope) for p in people)


def _record_by_head(
    table: TableInfo, toks: tuple[str, ...], rules: RuleSet, column_tokens: Sequence[tuple[str, ...]] = ()
) -> tuple[int, str] | None:
    best: tuple[tuple[int, bool], int, str] | None = None
    # the name's endings run together, plain and stemmed, with how many words each holds: a phrase of n words is
    # at the head when an ending of at most n words is one of its keys
    endings = [(len(toks) - i, "".join(toks[i:]), "".join(stem(t) for t in toks[i:])) for i in range(len(toks))]
    # a word naming the record anywhere (cdr) names what a price list prices: cdr_rate_tables_values holds rates
    anywhere_ok = not rules.records.price_words.intersection(toks)
    for rr, index in zip(rules.records.tables, rules.records.head_index):
        if rr.scope and not phrase_in(table.scope, rr.scope) and not _people_in_scope(table.people, rr.scope):
            continue
        heads = {words for m, *keys in endings for key in keys for words in index.get(key, ()) if len(words) >= m}
        if not heads and not rr.anywhere:
            continue
        found: tuple[tuple[int, bool], str] | None = None
        for words in rr.words:
            if words not in heads and not rr.anywhere:
                continue
            keys = phrase_keys((words,))
            at_head = words in heads and phrase_in(toks[-len(words) :], keys)
            if at_head or (rr.anywhere and anywhere_ok and phrase_in(toks, keys)):
                score = (len(words), bool(rr.scope or rr.with_columns))
                if (best is None or score > best[0]) and (found is None or score > found[0]):
                    found = (score, " ".join(words))
        # the columns are read only for a kind the name says (most tables name none)
        if found is None or (rr.with_columns and not any(phrase_in(t, rr.with_columns) for t in column_tokens)):
            continue
        best = (found[0], rr.category, found[1])
    return (best[1], best[2]) if best else None


def suggest_table(
    table: TableInfo,
    columns: Sequence[ColumnInfo],
    rules: RuleSet | None = None,
    *,
    person_table: Callable[[str], bool] | None = None,
    person_refs: Callable[[tuple[str, ...]], str | None] | None = None,
    linked_tables: frozenset[tuple[str, ...]] = frozenset(),
    line_owners: Mapping[tuple[str, ...], tuple[int, str]] | None = None,
) -> list[list[Suggestion]]:
    """:func:`suggest` for every column of one table, plus what the table as a record lends its columns.

    *linked_tables* holds the name tokens of tables known to be linked to a person: a record table that refers
    to one of them (``order_invoice.id_order`` → ``orders``) is linked through it. *line_owners* maps those of
    them that are records to their kind: a table of lines referring to one (``spree_line_items.order_id``) holds
    that record's lines.

    A table named after a kind of record (``cdr_voice``, ``invoices``, ``tickets``) and linked to a person lends
    that record's category to descriptive columns no rule claimed (start time, duration, status, text); a table
    about people lends category 5 to its status, type and registration columns.

    >>> rules = load_rules()
    >>> cols = [ColumnInfo("msisdn"), ColumnInfo("started"), ColumnInfo("batch_id")]
    >>> [[s.category for s in found] for found in suggest_table(table_context("cdr_voice", [], rules), cols, rules)]
    [[31], [31], []]
    """
    rules = rules or load_rules()
    if sum(c.is_pk for c in columns) > 1:  # a composite key's parts point at other rows (emp_number, lang_id)
        columns = [replace(c, is_pk=False) if c.is_pk else c for c in columns]
    if table.aggregate and not table.technical:
        # A "reports" table whose rows name the person reported is no aggregate: each row is about someone.
        plain = replace(table, aggregate=False)
        unscaled = [suggest(c, plain, rules, person_table=person_table, person_refs=person_refs) for c in columns]
        if any(sig.kind == "fk" or sig.rule in _PERSON_LINKS for f in unscaled for sug in f for sig in sug.signals):
            table = plain
    out = [suggest(c, table, rules, person_table=person_table, person_refs=person_refs) for c in columns]
    # once per table: the polymorphic and catalogue tests, the record kind and the columns' own tests all read them
    column_tokens = [_name_tokens(c.name, rules) for c in columns]
    column_names = {"".join(toks) for toks in column_tokens}
    out = _polymorphic(column_tokens, column_names, out, rules)
    if ends := _traffic_ends(column_tokens, rules):
        note = Signal("record", "context.traffic", rules.traffic_category, 0.8, {"table": "network traffic"})
        out = [_as_traffic(found, note) if i in ends else found for i, found in enumerate(out)]
    if table.network:
        # a network element's identity is network information; nothing about it is lent as a person's record
        note = Signal("record", "context.network", rules.network_category, 1.0, {"table": "network element"})
        return [_read_as(found, note, _DEVICE_CATEGORIES) for found in out]
    keys = _keys_of(column_tokens)
    if _is_catalogue(keys, rules):
        # rules for the record kind the name suggests (a ticket's title) do not hold for a catalogue of ticket types
        out = [
            [] if f and all(getattr(rules.by_id.get(sig.rule), "tables", ()) for sig in f[0].signals) else f
            for f in out
        ]
    attached = None if table.aggregate else _attached_to(table, columns, rules)
    extends = None
    if attached is None and line_owners and not table.aggregate:
        attached = _lines_of(table, column_tokens, line_owners, rules)
        if attached is None and (extends := _extension_of(columns, line_owners, rules)) is not None:
            attached = extends[:2]
    if table.aggregate or (table.technical and attached is None):
        return out
    rec = rules.records
    record = attached or _record_category(table, rules, keys, column_tokens)
    for i, column in enumerate(columns):
        # a rule firing on the table's own key (a session's token) holds only in a record of its kind: the key of
        # training_sessions or of a conference's sessions is a surrogate
        if column.is_pk and out[i] and (record is None or record[0] != out[i][0].category):
            if all(getattr(rules.by_id.get(sig.rule), "own_key", False) for sig in out[i][0].signals):
                out[i] = []
    # an organisation's contact person (its sites' "contact") speaks for the organisation: the table's rows (a
    # register of offices and their addresses) are no record about that person
    links = rec.link_categories - {_CONTACT_PERSON_CATEGORY} if table.org else rec.link_categories
    linked_by = sorted(
        {
            columns[i].name
            for i, found in enumerate(out)
            for sug in found
            if sug.category in links and sug.confidence >= 0.6
        }
    )
    # a survey table may hold the surveys' definitions: it is their record only by a person column of its own
    definition = record is not None and "".join(record[1].split()) in rec.linked_only
    if not linked_by and record is not None and record[0] in rec.self_linked and not definition:
        linked_by = [f"record:{record[1]}"]
    if not linked_by and extends is not None:
        linked_by = [extends[2]]
    if not linked_by and linked_tables and not definition:
        reference = _reference_to(column_tokens, linked_tables)
        if reference is not None:
            linked_by = [columns[reference[0]].name]
    if not linked_by:
        return out
    if record is not None:
        # a message's addresses (cc_address, SMS_NUMBER) are part of it: contact details by name yield to the record
        addresses_yield = (
            record[0] in rec.addresses_in
            and any(phrase_in(toks, rec.message_columns) for toks in column_tokens)
            and not phrase_in(tuple(record[1].split()), rec.addresses_kept_in)
        )
        # in a log of a person's own activity the people it names are its subjects, not staff acting (rule 3)
        own_activity = record[0] in rec.own_activity
        for i, found in enumerate(out):
            yields = [
                (
                    getattr(rules.by_id.get(s.rule), "yields_to_record", False)
                    and not (own_activity and s.category == rules.fk.category)
                )
                or (addresses_yield and s.kind == "name" and s.category == _CONTACT_CATEGORY)
                or (own_activity and s.kind == "name" and s.category in rec.activity_parts)
                for s in (found[0].signals if found else ())
            ]
            if any(yields) and all(y or s.kind == "fk" for y, s in zip(yields, found[0].signals)):
                signal = Signal(
                    "record", f"record.{record[0]}", record[0], found[0].confidence,
                    {"table": record[1], "staff": found[0].signals[0].rule},
                )  # fmt: skip
                out[i] = [Suggestion(record[0], found[0].confidence, "name", (signal,))]
        staff = (
            []
            if own_activity
            else _staff_references(columns, out, rules, person_refs, alone=record[0] in rec.self_linked)
        )
        for i in staff:
            signal = Signal(
                "record", f"record.{record[0]}", record[0], out[i][0].confidence,
                {"table": record[1], "staff": columns[i].name},
            )  # fmt: skip
            out[i] = [Suggestion(record[0], out[i][0].confidence, "name", (signal,))]
    person_linked = any(s.category == rules.fk.category for found in out for s in found if s.confidence >= 0.6)
    has_address = any(sig.rule == "name.address" for found in out for sug in found for sig in sug.signals)
    has_login = any(sig.rule == "name.credentials" for found in out for sug in found for sig in sug.signals)
    holds_access = (record is not None and record[0] == _ACCESS_CATEGORY) or any(
        sug.category == _ACCESS_CATEGORY and sug.confidence >= 0.6 for found in out for sug in found
    )
    # In a health or traffic record a reference to a lookup (drug_id, disease_id) is one of its facts: there "id" is
    # technical as a whole name only (elsewhere anywhere, so other records lend nothing to references)
    whole_record = record is not None and (record[0] in rec.whole_record or record[1] in rec.whole_kinds)
    technical_words = rec.technical_in_facts if whole_record else rec.technical
    traffic = record is not None and record[0] == rules.traffic_category
    own_log = record is not None and record[0] in rec.own_activity
    bookkeeping = rec.bookkeeping(column_names)
    # a history of a person table keyed by its own history key (django-simple-history's history_id) holds the
    # person's own id as data: each of its rows is a copy of that person's row (a plain users table keyed by its
    # login leaves a spare ``id`` the surrogate it is)
    history_copy = table.person and any(c.is_pk and "history" in toks for c, toks in zip(columns, column_tokens))
    defining = _defining_columns(record[0], keys, rules) if record is not None else frozenset()
    for i, (column, toks) in enumerate(zip(columns, column_tokens)):
        if out[i] or column.is_pk:
            continue
        joined = "".join(toks)
        if joined in bookkeeping:
            continue  # a framework's own columns (Frappe's owner, creation, _user_tags) describe no record
        if joined == "id" and history_copy and record is None:
            signal = Signal(
                "record", f"record.{rec.person_category}", rec.person_category, rec.confidence,
                {"table": "people (the person's own key, copied)", "linked_by": linked_by[:5]},
            )  # fmt: skip
            out[i] = [Suggestion(rec.person_category, rec.confidence, "name", (signal,))]
            continue
        # an expiry or a hash beside a token or a password is part of that access data
        access_companion = holds_access and joined in rec.access_companions
        # termination_id, employee_id; a role held (role_id)
        own_column = (table.person and joined in rec.person_columns) or joined in rec.access_flags
        # a record's or a person's own public number (public_id, display_id) is named, not technical
        # (nor is a column that makes the table its kind of record: a web visit's mkt_source)
        technical = (
            (joined == "id" or phrase_in(toks, technical_words))
            and joined not in rec.named_columns
            and not keys[i] & defining
            and not access_companion
        )
        if technical and own_log and joined in rec.creation_columns:
            technical = False  # when a person's activity was logged is when they acted
        if whole_record and toks[-1] in _REFERENCE_ENDS and phrase_in(toks[:-1], rec.kinds):
            continue  # a reference to another record (encounter_id, previous_order_id) is a cross-reference
        if not toks or (technical and not own_column):
            continue
        if (not traffic and _names_referred_class(toks, table)) or _dynamic_link(toks, column_names, rules):
            # notifiable_type beside notifiable_id names the class of the row referred to (in a traffic record the
            # pair are facts: RADIUS accounting's nasporttype beside nasportid)
            continue
        fam = family(column.data_type, rules.families)
        if record is not None:
            category, words = record
            # short names may hold the word anywhere ("velamais_laiks"); longer ones must start or end with it
            # (a unit after the name says how it is stored, not what it is: final_price_cts, duration_secs)
            unitless = toks[:-1] if len(toks) > 1 and toks[-1] in rec.unit_words else ()
            described = any(
                phrase_in(name, rec.columns)
                if len(name) <= 2
                else phrase_in(name[-1:], rec.columns) or phrase_in(name[:1], rec.columns)
                for name in (toks, unitless)
                if name
            )
            # a column named after the record itself (ebsal_basic_salary, tax_state in us_tax) describes it
            itself = {stem(w) for w in words.split()} - rec.technical
            # (not its cross-references and flags: ticket_pid, email_flag)
            described = described or (toks[-1] not in _REFERENCE_ENDS and any(stem(t) in itself for t in toks))
            # (and a column that, with others, makes the table this kind of record: a web visit's br_name)
            described = described or bool(keys[i] & defining)
            # a reference to a lookup (education_id, currency_id, payperiod_code) names one of the record's properties
            # (not a person's, nor the organisation's own unit: branchcode, department_id)
            lookup = (
                len(toks) > 1
                and toks[-1] in _LOOKUP_ENDS
                and not phrase_in(toks[:-1], rules.person_tables)
                and not phrase_in(toks[:-1], rules.org_tables)
            )
            # every attribute of a health record (a pulse, a diagnosis code, a lab result) is health data; flags and
            # references named as such (``*_id``, ``*_flag``) stay out, declared foreign keys under other names do
            # not (OpenMRS's ``concept`` on an observation is the finding itself)
            whole = whole_record and fam != "bool" and toks[-1] not in _REFERENCE_ENDS
            descriptive = (
                described
                or (category == _ACCESS_CATEGORY and joined in rec.access_companions)
                or lookup
                or whole
                or fam == "date"
                or ((fam == "bool" or toks[0] in _FLAG_STARTS) and category in rec.bool_categories)
            )
        elif table.person and joined in rec.address_columns and has_address:
            category, words = _CONTACT_CATEGORY, "people (address)"
            descriptive = True
        elif table.person:
            category, words = rec.person_category, "people"
            # "user_status", "customer_registered": the person's own status, named after the person
            own = toks[1:] if len(toks) > 1 and phrase_in(toks[:1], rules.person_tables) else toks
            descriptive = joined in rec.person_columns or "".join(own) in rec.person_columns
            if not descriptive and has_login and fam == "bool":
                # any other flag on a person's login (admin, can_edit, force_logout) is one of their access rights
                category, words, descriptive = _ACCESS_CATEGORY, "people (account flags)", True
            elif not descriptive and joined in rec.access_flags:
                # a right granted to the person, on their row or their membership (groups_users.is_manager)
                category, words, descriptive = _ACCESS_CATEGORY, "people (access flags)", True
            elif not descriptive and access_companion:
                # when the person's login stops working (lime_users.expires beside the password), its hash
                category, words, descriptive = _ACCESS_CATEGORY, "people (login credentials)", True
            if not descriptive:
                continue
        elif person_linked and joined in rec.access_flags:
            # a right or role of the person the table links (user_vault.permission, users_events_roles.role_id)
            category, words, descriptive = _ACCESS_CATEGORY, "linked (access rights)", True
        elif person_linked and access_companion:
            # an invitation's, a login link's or a remembered login's expiry or hash, beside its token
            category, words, descriptive = _ACCESS_CATEGORY, "linked (credentials)", True
        else:
            continue
        if not descriptive:
            continue
        signal = Signal(
            "record", f"record.{category}", category, rec.confidence, {"table": words, "linked_by": linked_by[:5]}
        )
        out[i] = [Suggestion(category, rec.confidence, "name", (signal,))]
    return out


def _names_referred_class(toks: tuple[str, ...], table: TableInfo) -> bool:
    """``notifiable_type`` beside ``notifiable_id``, GLPI's ``itemtype`` beside ``items_id``: the class of the row a
    polymorphic reference points at, not a fact of the record.

    >>> from catalog.rules import load_rules
    >>> info = table_context("glpi_logs", ["itemtype", "items_id", "user_name"], load_rules())
    >>> _names_referred_class(("itemtype",), info), _names_referred_class(("user", "name"), info)
    (True, False)
    """
    joined = "".join(toks)
    if not joined.endswith("type") or len(joined) <= 4:
        return False
    noun = stem(joined[:-4])
    return any(stem(ref) == noun or stem(ref.removesuffix("s")) == noun for ref in map("".join, table.references))


def _staff_references(
    columns: Sequence[ColumnInfo],
    out: list[list[Suggestion]],
    rules: RuleSet,
    person_refs: Callable[[tuple[str, ...]], str | None] | None,
    *,
    alone: bool = False,
) -> list[int]:
    """The person references of a record that name the staff acting in it, beside the person it is about.

    Rule 3 of the labelling: the member of staff who issues a loan, manages a fine or closes a conversation takes
    the record's category. A reference is the staff's when its name says an act (``issuer_id``, ``manager_id``,
    ``closed_by_user_id`` — see ``records.staff_roles``) or when it points at ``users`` in a system that keeps its
    customers, contacts or patrons in a table of their own; never when it names such a person
    (``created_by_customer_id``), and only when another reference names the person the record is about —
    except in records that are contact by nature (*alone*: messages, activities, requests, see
    ``records.self_linked``), where every acting reference takes the record's category, even the only one (the
    organiser's ``user_id`` on a message to attendees) or when all are staff (sender and recipient users).
    """
    rec = rules.records
    refs: dict[int, tuple[str, ...]] = {}
    for i, found in enumerate(out):
        if found and found[0].category == rules.fk.category:
            if all(sig.kind == "fk" or sig.rule in _PERSON_LINKS for sig in found[0].signals):
                refs[i] = _name_tokens(columns[i].name, rules)
    if len(refs) < (1 if alone else 2):
        return []
    users_are_staff = (
        person_refs is not None
        and person_refs(("user",)) is not None
        and any(_people_of_their_own(person_refs((noun,)), noun, rules) for noun in rec.subject_nouns)
    )

    def staff(toks: tuple[str, ...]) -> bool:
        if any(t in rec.subject_nouns or stem(t) in rec.subject_nouns for t in toks):
            return False
        return any(t in rec.staff_roles for t in toks) or (users_are_staff and toks[-2:] in (("user", "id"),))

    acting = [i for i, toks in refs.items() if staff(toks)]
    return acting if alone or len(acting) < len(refs) else []


def _people_of_their_own(table: str | None, noun: str, rules: RuleSet) -> bool:
    """Whether *table* keeps the people *noun* names in a table of their own (``oc_customer``, ``members``) —
    not a membership of something else (a call queue's ``queue_member``, a ``project_members`` join): there
    the members are the system's users."""
    if table is None:
        return False
    if not noun.startswith("member"):
        return True
    toks = rules.split(tokens(table), table=True)
    at = next((i for i, t in enumerate(toks) if t.startswith("member")), 0)
    return not any(t in rules.vocabulary for t in toks[:at])


def _polymorphic(
    column_tokens: Sequence[tuple[str, ...]], names: set[str], out: list[list[Suggestion]], rules: RuleSet
) -> list[list[Suggestion]]:
    """``subject_id`` beside ``subject_type`` points at a row of any table the type names: a person only when the
    noun says so (``causer``, ``notifiable``, ``user`` — see ``foreign_keys.polymorphic_people``); Frappe writes the
    pair ``reference_doctype`` + ``reference_name``, and its ``owner`` beside ``modified_by`` (no ``created_by``)
    is who created the row: bookkeeping. *column_tokens* are the table's column names as the rules read them,
    *names* the same run together."""
    bookkeeping_owner = "modifiedby" in names and "createdby" not in names
    names_index = {"".join(toks): i for i, toks in enumerate(column_tokens)}
    for i, toks in enumerate(column_tokens):
        if _dynamic_link(toks, names, rules) or (bookkeeping_owner and toks == ("owner",)):
            out[i] = []
            continue
        if len(toks) < 2 or toks[-1] != "id" or "".join(toks[:-1]) + "type" not in names:
            continue
        if "".join(toks[:-1]) in rules.fk.polymorphic_people or " ".join(toks[:-1]) in rules.person_tables:
            # a person by its noun (``customer_id`` beside ``customer_type``: a customer, or a guest's null); the
            # type beside it names a class, not the person's kind
            kind = names_index.get("".join(toks[:-1]) + "type")
            if kind is not None and all(sig.kind == "name" for sug in out[kind] for sig in sug.signals):
                out[kind] = []
            continue
        if out[i] and all(sig.kind == "fk" or sig.rule in _PERSON_LINKS for sug in out[i] for sig in sug.signals):
            out[i] = []
    return out


def _dynamic_link(toks: tuple[str, ...], names: set[str], rules: RuleSet) -> bool:
    """Frappe's dynamic links: ``reference_doctype`` names the class and ``reference_name`` the key of the row
    referred to — neither is a person's name, unless the noun says a person is referred to (*names*: the table's
    column names run together).

    >>> _dynamic_link(("link", "name"), {"linkdoctype", "linkname"}, load_rules())
    True
    """
    noun = "".join(toks[:-1])
    if len(toks) < 2 or noun in rules.fk.polymorphic_people:
        return False
    return (toks[-1] == "name" and noun + "doctype" in names) or (toks[-1] == "doctype" and noun + "name" in names)


def _head_noun(toks: tuple[str, ...]) -> tuple[str, ...]:
    """A table name without closing words that say nothing (``patient_data`` → patient)."""
    while len(toks) > 1 and (toks[-1] in _TABLE_SUFFIXES or toks[-1] == "data" or toks[-1].isdigit()):
        toks = toks[:-1]
    return toks


def person_references(
    tables: Sequence[TableInfo], rules: RuleSet
) -> tuple[Callable[[str], bool], Callable[[tuple[str, ...]], str | None]]:
    """Which tables of one system are about people, as the two callbacks :func:`suggest` takes.

    A table counts when its name or its columns say so (``accounts`` with ``username`` and ``avatar``): the
    foreign keys and ``<noun>_id`` columns of the other tables that point at it link their rows to a person.
    """
    people = {t.name.lower(): _head_noun(t.tokens) for t in tables if t.person and not t.org and not t.technical}
    # A person's public account kept beside their login (PeerTube's ``account.userId``): an account with a key to
    # a people table and nothing else saying what it is belongs to that person, so ``accountId`` elsewhere links too.
    # (keys to the people tables themselves, not to accounts found so, whatever order the tables come in)
    named_people = list(people.values())
    for t in tables:
        if t.name.lower() in people or t.org or t.technical or not _head_in(t.tokens, rules.account_tables, rules):
            continue
        if any(_refers_to(head, toks) for head in t.references for toks in named_people):
            people[t.name.lower()] = _head_noun(t.tokens)
    # Tenants: a table about people only by its columns (``accounts`` with the signing-up person's name and e-mail)
    # that a table named after people with names of their own belongs to (``users.account_id``) groups those
    # people — an account of the organisation — so ``account_id`` elsewhere links a row to no one.
    members = [t for t in tables if t.named and _head_in(t.tokens, rules.person_tables, rules)]
    for t in tables:
        key = t.name.lower()
        if key in people and not _head_in(t.tokens, rules.person_tables, rules):
            if any(_refers_to(head, people[key]) for m in members if m is not t for head in m.references):
                del people[key]

    def is_person(target: str) -> bool:
        return target.lower() in people or table_context(target, (), rules).person

    full = {t.name.lower(): t.tokens for t in tables}

    def refers(head: tuple[str, ...]) -> str | None:
        # Several tables may answer to one noun (``lender_id``: ``lenders`` and ``lender_profiles``). The table
        # the noun names outright comes first, then the name's order: never the order the tables were listed in,
        # which is the backend's (SQLite lists by bytes, MariaDB by its collation), so tags are the same on each.
        # Among those, the shortest name is the people themselves (oc_users, not the membership oc_group_user).
        named = sorted(
            (not _refers_to(head, full[name]), len(full[name]), name)
            for name, toks in people.items()
            if _refers_to(head, toks)
        )
        return named[0][2] if named else None

    return is_person, refers


__all__ = ["is_linked", "person_references", "record_kind", "suggest_table"]
