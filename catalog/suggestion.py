"""What a suggestion is made of — column and table facts, signals, suggestions — and a table's context.

:mod:`catalog.signals` turns these facts into :class:`Suggestion` records; :mod:`catalog.classify` writes them to
the catalog. A table's context (about people, about organisations, technical settings, aggregates) comes from
its head noun and, failing that, from its columns (``first_name`` + ``surname`` make a table about people).
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from catalog.rules import Match, RuleSet, dominated, phrase_in, stem, tokens
from catalog.words import phrase_found

THRESHOLD = 0.5  # lowest confidence written as a suggestion
SECONDARY = 0.7  # further categories on the same column need at least this
CLASSIFIER_SOURCES = ("name", "comment", "value")
_TYPE_MISMATCH = 0.3
_COMMENT_WEIGHT = 0.85
# Words that close a table name without naming what it is about: ``contacts_cstm``, ``customer_details``,
# ``attendee_meta`` (a person's metadata is the person's; a table called just ``metadata`` stays settings).
_TABLE_SUFFIXES = frozenset(
    "cstm custom data info infos detail details extra ext master list dim fact tbl table view v record records "
    "registry register base main archive hist history snapshot stage stg raw copy backup bak old new tmp temp all "
    "current cur lv en x t tb tab map profile profiles entity lookup meta metadata".split()
)
# Name rules strong enough to show that a table is about people when its name does not say so.
# Rules whose "<attribute>_id" in a person table points to the person's own attribute (gender_id, country_id).
_ATTRIBUTE_RULES = frozenset(
    {"name.address", "name.address_part_of_person", "name.state_of_address", "name.demographics",
     "name.demographics_of_person", "name.special_belief_origin", "name.residency_death", "name.solvency"}
)  # fmt: skip
# Name rules showing that a table's rows belong to a person (so "settings" or "api_keys" is not technical).
_PERSON_LINKS = frozenset({"name.person_reference", "name.person_reference_word"})
# (E-mail and phone columns alone do not count: message and mailbox tables have them too.)
_PERSON_EVIDENCE = frozenset(
    {"name.first_name", "name.last_name", "name.full_name", "name.personal_code", "name.birth",
     "name.identity_document"}
)  # fmt: skip
# Columns naming a person: a table of people with names of its own is no mere login of another table's people.
_NAME_EVIDENCE = frozenset({"name.first_name", "name.last_name", "name.full_name"})
# A login with a password, or a username with a profile photo, is a person's account (``accounts``, ``members``).
_ACCOUNT_EVIDENCE = frozenset({"name.credentials", "name.photo"})
_MESSAGE_EVIDENCE = frozenset({"name.communication"})
_LOGIN_EVIDENCE = frozenset({"name.credentials"})
# a name on an account's row: a person's, or a bare ``name`` on a row of people
_USER_NAME_EVIDENCE = _NAME_EVIDENCE | {"name.name_in_person_table"}
_CONTACT_EVIDENCE = frozenset({"name.email", "name.phone"})


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
    named: bool = False  # has columns naming a person (first name, surname, full name)
    references: tuple[tuple[str, ...], ...] = ()  # the nouns of its ``<noun>_id`` columns (account, user …)
    # the name tokens of the same system's tables about people: a system with a patient table is clinical, so
    # its admissions and examinations are clinical records (set by ``suggest_system``)
    people: tuple[tuple[str, ...], ...] = ()
    # an operator's network element (SNMP-managed: sysName, sysDescr, snmp_community): its identity is network
    # information (Annex 1 no. 30), not a customer's terminal equipment, and its monitoring metrics nobody's
    network: bool = False


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


def one_per_category(found: list[Suggestion]) -> list[Suggestion]:
    """*found* with each category once: suggestions of the same category (two rules that end in one category)
    merged into the most confident, with all their signals. A column holds one tag per category.

    >>> a = Suggestion(30, 0.72, "name", (Signal("name", "name.device", 30, 0.72),))
    >>> b = Suggestion(30, 0.7, "name", (Signal("name", "name.network", 30, 0.7),))
    >>> [(s.category, s.confidence, [g.rule for g in s.signals]) for s in one_per_category([a, b])]
    [(30, 0.72, ['name.device', 'name.network'])]
    """
    if len({s.category for s in found}) == len(found):
        return found
    out: list[Suggestion] = []
    for s in found:
        kept = next((i for i, k in enumerate(out) if k.category == s.category), None)
        if kept is None:
            out.append(s)
            continue
        first, second = (out[kept], s) if out[kept].confidence >= s.confidence else (s, out[kept])
        out[kept] = replace(first, signals=(*first.signals, *second.signals))
    return out


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


def _aggregate_name(name: str, toks: tuple[str, ...], rules: RuleSet) -> bool:
    """Is the table named as an aggregate: by its head (``sales_summary``, ``user_stats_daily``), by a prefix
    written as a word of its own (``stats_ip``) or by a word that says so wherever it stands (``agg_klienti``,
    ``sales_order_aggregated_created``)?

    An aggregate word elsewhere only qualifies the head: ``report_subscriptions`` are people subscribed to a
    report, and ``CubeCart_customer`` (an application's prefix, read as "cube" and "cart") holds customers. Read
    anywhere in the name, such words once damped every column of a whole application.

    >>> from catalog.rules import load_rules
    >>> rules = load_rules()
    >>> [_aggregate_name(n, rules.split(tokens(n), table=True), rules)
    ...  for n in ("agg_tv_kanali", "user_stats_daily", "CubeCart_customer", "report_subscriptions")]
    [True, True, False, False]
    """
    core = toks
    while len(core) > 1 and core[-1] in rules.aggregate_periods:
        core = core[:-1]  # stats_daily, user_stats_dailies: the period of a rollup, not its head
    if _head_in(core, rules.aggregate_tables, rules) or phrase_in(toks, rules.aggregate_anywhere):
        return True
    first = re.split(r"[^0-9A-Za-z]+", name.strip(), maxsplit=1)[0].lower()
    return bool(toks) and first == toks[0] and rules.table_has(toks[:1], rules.aggregate_prefixes)


def _ends_with_word(toks: tuple[str, ...], words: frozenset[str]) -> bool:
    for start in range(len(toks)):
        part = toks[start:]
        if "".join(part) in words or "".join(stem(t) for t in part) in words:
            return True
    return False


def key_last(words: tuple[str, ...]) -> tuple[str, ...]:
    """A leading ``id`` moved to the end, so the ``id_customer`` convention reads like ``customer_id``.

    >>> key_last(("id", "users")), key_last(("id",))
    (('users', 'id'), ('id',))
    """
    return words[1:] + ("id",) if len(words) > 1 and words[0] == "id" else words


def _links_person(toks: tuple[str, ...], rules: RuleSet, *, leading: bool = False) -> bool:
    """Does a column name refer to a person (``user_id``, ``id_users``)? A rule for whole names only (``assignee``)
    must cover the whole name: a mailbox's ``ticket_assignee`` setting names no person. With *leading*, the
    reference must open the name: a settings row's ``google_client_id`` is the installation's, not a person key."""
    toks = key_last(toks)
    if len(toks) == 2 and toks[0].endswith("s") and toks[-1] == "id" and phrase_in(toks[:1], rules.person_tables):
        return True  # a key spelled as a people table's name (GLPI's users_id, Easy!Appointments' id_users)
    return any(
        m.rule.id in _PERSON_LINKS
        and (not m.rule.whole or (m.start, m.end) == (0, len(toks)))
        and (not leading or m.start == 0)
        for m in rules.match_name(toks)
    )


def _person_key(toks: tuple[str, ...], rules: RuleSet) -> bool:
    """``employee_id``, ``user_ids``, Django's ``employee_id_id``: a people table's name and then only key words."""
    head = toks
    while len(head) > 1 and head[-1] in ("id", "ids"):
        head = head[:-1]
    return head != toks and len(head) <= 2 and phrase_in(head, rules.person_tables)


def _is_record_head(toks: tuple[str, ...], rules: RuleSet) -> bool:
    """Whether a table name without its last word ends in a kind of record (``oc_order`` of ``oc_order_product``)."""
    return _head_in(toks, rules.records.unscoped_kinds, rules)


def context_schema(schema_name: str | None, system_url: str | None) -> str:
    """The schema name whose words count as the tables' context: none when it is the database the URL names.

    MySQL and MariaDB call a database a schema, so ``mysql://…/helpdesk`` files every table under schema
    ``helpdesk``, while PostgreSQL keeps its database name out of the catalog (schema ``public``) and SQLite says
    ``main``. The database a URL names is where a system lives, not a part of it; only a schema inside it (a
    PostgreSQL schema, or a MySQL database of a server-wide scan) says something about its tables. So a schema
    classifies the same on every backend, whatever its database is called.

    >>> context_schema("helpdesk", "mysql+pymysql://root@db:3306/helpdesk"), context_schema("crm", "postgresql://h/x")
    ('', 'crm')
    """
    if not schema_name or (system_url and _url_database(system_url) == schema_name):
        return ""
    return schema_name


@lru_cache(maxsize=256)
def _url_database(url: str) -> str | None:
    try:
        return make_url(url).database
    except ArgumentError:
        return None


_PREFIX = re.compile(r"([A-Za-z]{2,5})[_\-.$ ]+(?=[A-Za-z0-9])")
_TYPE_SUFFIX = re.compile(r"(?<=[A-Za-z0-9])[_\-.$]([A-Za-z])$")


def _leading_match(words: tuple[str, ...], matches: Sequence[Match], rule_ids: frozenset[str]) -> bool:
    """Does one of *rule_ids* match where *words* begin, or after an addressing word (``mail_body``, ``to_cc``)?

    A match behind another word (``delay_message``, ``split_messages``) is a setting about messages.
    """
    lead = 1 if words[:1] in (("to",), ("from",)) else 0
    return any(m.rule.id in rule_ids and m.start <= lead for m in matches)


def strip_column_prefix(names: Sequence[str], rules: RuleSet, table: str = "") -> list[str]:
    """A table's column names without the abbreviation of the table they all begin with.

    Legacy schemas prefix every column with the table's abbreviation (``PAT_FNAME``, ``PAT_SNAME`` in
    ``OH_PATIENT``); matched with it, the prefix hides the column's own words (``PAT_NAME`` is just a name). The
    table name still gives the context. Known words (``user_name``, ``cust_phone``) are not taken for a prefix
    unless they cut a word of the table short (``USE_EMAIL`` in ``T_USER``: "use" is a word, but here it is
    "user" abbreviated), nor, given the *table* name, a token that cannot abbreviate it: its letters must appear in
    the table name in order, starting a word of it (``eexp_`` in ``hs_hr_emp_work_experience``, not ``punch_`` in
    ``attendance``).

    >>> from catalog.rules import load_rules
    >>> strip_column_prefix(["PAT_ID", "PAT_FNAME", "PAT_SNAME", "note"], load_rules(), "OH_PATIENT")
    ['ID', 'FNAME', 'SNAME', 'note']
    """
    if len(names) < rules.column_prefix_min:
        return list(names)
    heads = [m.group(1).lower() if (m := _PREFIX.match(n)) else None for n in names]
    counts = Counter(h for h in heads if h)
    if not counts:
        return list(names)
    head, count = counts.most_common(1)[0]
    if not _shared_by_most(count, len(names), rules):
        return list(names)
    if head in rules.column_prefix_keep:
        return list(names)
    table_tokens = rules.split(tokens(table), table=True) if table else ()
    known = head in rules.vocabulary or head in rules.name_index
    if known and not _truncates(head, table_tokens, rules):
        return list(names)
    if table and not _abbreviates(head, table_tokens):
        return list(names)
    out = []
    for name, h in zip(names, heads):
        m = _PREFIX.match(name) if h == head else None
        out.append(name[m.end() :] if m else name)
    return out


def strip_type_suffix(names: Sequence[str], rules: RuleSet) -> list[str]:
    """A table's column names without the one-letter type code they all end in.

    Some schemas end every column with a code of its type (Teedy's ``USE_EMAIL_C``, ``USE_CREATEDATE_D``); matched
    with it, the code is the name's last word and hides what the column is. Only where most of the table's columns
    end so (the ``column_prefix`` share): one ``pos_x`` or ``grade_b`` among ordinary names stays as it is.

    >>> from catalog.rules import load_rules
    >>> strip_type_suffix(["USE_ID_C", "USE_EMAIL_C", "USE_CREATEDATE_D", "note"], load_rules())
    ['USE_ID', 'USE_EMAIL', 'USE_CREATEDATE', 'note']
    """
    codes = [
        m if (m := _TYPE_SUFFIX.search(n)) and m.group(1).lower() in rules.type_suffix_letters else None for n in names
    ]
    if not _shared_by_most(sum(1 for m in codes if m), len(names), rules):
        return list(names)
    return [name[: m.start()] if m else name for name, m in zip(names, codes)]


def _shared_by_most(count: int, total: int, rules: RuleSet) -> bool:
    """Do *count* of a table's *total* columns make a naming convention (the ``column_prefix`` share and minimum)?"""
    return count >= rules.column_prefix_min and count >= rules.column_prefix_share * total


def _truncates(head: str, table_tokens: tuple[str, ...], rules: RuleSet) -> bool:
    """Is *head* a word of the table cut short (``use`` of ``user``, ``sess`` of ``sessions``)?

    Not the word itself (``user`` of ``users``), nor the first of two words run together (``job`` of ``jobstory``,
    ``jobarbiter``): what is cut off is a short ending (``column_prefix.cut_ending`` letters at most), no word of
    its own.
    """
    for t in table_tokens:
        rest = t[len(head) :]
        if not t.startswith(head) or head in {stem(t), t.removesuffix("s"), t.removesuffix("es")}:
            continue
        if (
            len(rest) <= rules.column_prefix_cut_ending
            and rest not in rules.vocabulary
            and rest not in rules.name_index
        ):
            return True
    return False


def _abbreviates(head: str, table_tokens: tuple[str, ...]) -> bool:
    """Can *head* abbreviate the table: its letters in order in the name, the first one starting a word?"""
    joined = "".join(table_tokens)
    starts = {sum(len(t) for t in table_tokens[:i]) for i in range(len(table_tokens))}
    for start in sorted(i for i in starts if joined[i : i + 1] == head[0]):
        rest = iter(joined[start + 1 :])
        if all(ch in rest for ch in head[1:]):
            return True
    return False


def _is_reference(words: tuple[str, ...]) -> bool:
    """``kms_key_id``, ``user_id``: a key to another table's row, named after what it points at — never the thing
    itself (a key to a secret is no secret, a key to a person no name)."""
    return len(words) > 1 and words[-1] == "id"


def led_by_modifier(
    words: Sequence[str], table_tokens: Sequence[str], rules: RuleSet, *, people: bool, upto: int | None = None
) -> bool:
    """Whether a column name starts with a word that makes it someone else's (``stripe_secret_key``,
    ``company_email``: the installation's account at a service, a firm's address).

    Not in a table of *people* named after that service (HCB's ``stripe_cardholders``): there the prefix only says
    the row mirrors the service's object, and ``stripe_email`` is the cardholder's. (The service's authorisations
    or accounts, ``stripe_authorizations.stripe_user_id``, stay the installation's.)

    >>> from catalog.rules import load_rules
    >>> rules = load_rules()
    >>> column = ("stripe", "email")
    >>> led_by_modifier(column, ("settings",), rules, people=False)
    True
    >>> led_by_modifier(column, ("stripe", "cardholders"), rules, people=True)
    False
    """
    for lead in rules.modifier_lead:
        if (upto is not None and len(lead) > upto) or tuple(words[: len(lead)]) != lead:
            continue
        named_after = len(table_tokens) > len(lead) and tuple(table_tokens[: len(lead)]) == lead
        if not (people and named_after and not phrase_in(lead, rules.org_tables)):
            return True
    return False


def _unshielded(matches: Sequence[Match]) -> set[str]:
    """The rules a column name matches, less those inside a shield's phrase: a deployed database's
    ``root_password`` or ``db_password`` is the installation's, no login that makes its table one of people."""
    shields = [m for m in matches if m.rule.category == 0]
    return {m.rule.id for m in matches if not dominated(m, shields)}


def table_context(
    name: str, column_names: Iterable[str], rules: RuleSet, *, schema_name: str = "", system: str = ""
) -> TableInfo:
    """Whether a table is about people, about organisations, technical settings or aggregates.

    >>> from catalog.rules import load_rules
    >>> rules = load_rules()
    >>> table_context("crm_customers", [], rules).person, table_context("t1", ["first_name", "last_name"], rules).person
    (True, True)
    """
    names = [rules.split(tokens(column)) for column in column_names]  # each column split and matched once
    # a name led by a modifier (snmp_auth_pass, stripe_secret_key, company_email) says nothing about the row's kind
    found = [rules.match_name(words) for words in names]
    toks = rules.split(tokens(name), table=True)
    named_people = _head_in(toks, rules.person_tables, rules)
    matched = [
        set() if led_by_modifier(words, toks, rules, people=named_people) else _unshielded(matches)
        for words, matches in zip(names, found)
    ]
    scope = toks + tokens(schema_name) + tokens(system)
    aggregate = _aggregate_name(name, toks, rules)
    person = named_people
    if person and len(toks) > 1 and "".join(toks[-2:]) in rules.technical_tables:
        person = False  # a longer name says more than its head: oauth_clients are applications, not customers
    if person and len(toks) > 1 and "".join(toks[-2:]) in rules.org_tables:
        person = False  # company_addresses: an organisation's address, not a person's
    # a server's, a virtual machine's or a backup client's row (Foreman's hosts: name, root_pass, architecture_id;
    # UrBackup's clients: lastbackup, client_version_str) has a name and a login too; they are the machine's, and
    # keys to it lead to no person, whatever the table is called
    machine = sum(1 for words in names if phrase_in(words, rules.machine_columns)) >= rules.min_column_hits
    person = person and not machine
    org = not person and _head_in(toks, rules.org_tables, rules)
    technical = not person and _head_in(toks, rules.technical_tables, rules)
    # Mail-server, messaging-gateway, webhook and OAuth-client settings have logins and passwords too; no person.
    setup = sum(1 for words in names if phrase_in(words, rules.technical_columns))
    if person and not any(ids & _PERSON_EVIDENCE for ids in matched):
        # named like people (``client``) but set up like an application (redirect URIs, public client, bearer
        # only): an OAuth client, configuration
        technical = setup >= rules.technical_min_hits
        person = not technical
    # (the application's own prefix may lead the key: Gibbon's gibbonPersonIDOwnership in gibbonLibraryItem)
    prefix = toks[0] if len(toks) > 1 and not phrase_in(toks[:1], rules.person_tables) else None
    unprefixed = [words[1:] if len(words) > 1 and words[0] == prefix else words for words in names]
    if technical and any(_links_person(words, rules, leading=True) for words in unprefixed):
        technical = False  # a settings or keys table per person (user settings, personal API keys) is personal
    # an "inbox" holding messages: subject, body, from, to, cc (OpenSIS's msg_inbox) — named so from their start,
    # for a bot's settings (delay_message, unknown_message, split_messages) describe messages it will send
    if technical:
        inbox = sum(_leading_match(words, matches, _MESSAGE_EVIDENCE) for words, matches in zip(names, found))
        technical = inbox < rules.technical_message_hits
    if technical and not setup and _head_in(toks, rules.technical_user_accounts, rules):
        # a mail server's mailbox with the row's own user name and password (a helpdesk mailbox's in_username is
        # the installation's) and a name: the user's account
        logins = sum(_leading_match(words, matches, _LOGIN_EVIDENCE) for words, matches in zip(names, found))
        technical = logins < 2 or not any(ids & _USER_NAME_EVIDENCE for ids in matched)
    if technical and _head_in(toks, rules.records.compound_kinds, rules):
        technical = False  # "timesheet item" is a record of work time, not a catalogue item
    core = toks
    while len(core) > 2 and core[-1] in _TABLE_SUFFIXES:
        core = core[:-1]  # invoice_item_history: the history of an invoice's lines
    if technical and len(core) > 1 and core[-1] in rules.records.line_words and _is_record_head(core[:-1], rules):
        technical = False  # "order_product" holds the lines of an order, not the product catalogue
    if not person and not org and not technical:
        hits = sum(1 for ids in matched if ids & _PERSON_EVIDENCE)
        # a login is a user name or a password: a key *to* a secret (Infisical's ``kmsSecretManagerKeyId`` on a
        # project) is a reference, and a project's API or webhook tokens (their hashes and types included) are the
        # application's: a token's row is no person's account
        own = [
            (ids, words)
            for ids, words in zip(matched, names)
            if not _is_reference(words) and not set(words) & rules.token_words
        ]
        account = sum(1 for ids, _ in own if ids & _ACCOUNT_EVIDENCE and not ids & _PERSON_EVIDENCE)
        login = any(ids & _LOGIN_EVIDENCE for ids, _ in own)
        links = any(_links_person(toks, rules) for toks in names)
        # Messages are not settings: where a table holds message bodies (a mail queue's raw_message), its senders,
        # recipients and bodies count against the SMTP columns that describe the messages it sends. (A mailer's
        # from_address and sender_name beside no body stay settings.)
        content = 0
        if any(
            phrase_in(toks, rules.records.message_columns) and not phrase_in(toks, rules.technical_columns)
            for toks in names
        ):
            content = sum(
                1
                for ids, toks in zip(matched, names)
                if not phrase_in(toks, rules.technical_columns)
                and (ids & _MESSAGE_EVIDENCE or phrase_in(toks, rules.records.message_columns))
            )
        if setup >= rules.technical_min_hits and setup >= hits + account + content and not links:
            technical = True
        else:
            person = hits >= rules.min_column_hits or (hits + account >= rules.min_column_hits and login)
            person = person and not machine
            # a row that names the company it belongs to is no company itself: with an e-mail and a phone it is a
            # person (a billing system's customer ``accounts``: name, email, phone, company_name)
            contact = sum(1 for ids in matched if ids & _CONTACT_EVIDENCE)
            person = person or (contact >= 2 and any(phrase_in(words, rules.company_columns) for words in names))
            # "accounts" with a login and an e-mail or phone are users' accounts (a SIP server's: username, email,
            # phone), not a CRM's companies, which have neither
            users = login and contact > 0 and _head_in(toks, rules.account_tables, rules)
            person = person or (users and not machine)
        if not person and not technical:
            # (an attribute of the organisation, not a key to a person: Django's ``employee_id_id`` is no head count;
            # each attribute once: a housing return's ``shared_ownership_a`` … ``_g`` are one attribute, not seven)
            found_org = ((toks, phrase_found(toks, rules.org_columns)) for toks in names)
            org_found = {phrase for toks, phrase in found_org if phrase and not _person_key(toks, rules)}
            org = len(org_found) >= rules.org_min_hits
    named = any(ids & _NAME_EVIDENCE for ids in matched)
    references = tuple(toks[:-1] for toks in names if _is_reference(toks))
    network = not person and sum(1 for words in names if phrase_in(words, rules.network_columns)) >= 2
    return TableInfo(
        name=name, person=person, org=org, technical=technical, aggregate=aggregate, tokens=toks, scope=scope,
        named=named, references=references, network=network,
    )  # fmt: skip


__all__ = [
    "CLASSIFIER_SOURCES",
    "ColumnInfo",
    "SECONDARY",
    "Signal",
    "Suggestion",
    "THRESHOLD",
    "TableInfo",
    "context_schema",
    "strip_column_prefix",
    "strip_type_suffix",
    "table_context",
]
