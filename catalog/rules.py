"""Classification rules, loaded from ``data/rules/`` (names.yaml, values.yaml) into frozen, indexed records.

Rules are data: adding a phrase or a rule never touches Python. This module holds the records and the
lookup index (every phrase normalised the same way column names are, so matching a column costs a few
dictionary probes however many rules there are — ``bench/classify.py`` measures it); :mod:`catalog.rule_files`
reads and validates the files (a broken rule raises :class:`RuleError` naming the file and the rule id).

Normalisation and phrase matching (shared by phrases, column names, comments and table names) live in
:mod:`catalog.words`; the names are re-exported here because rules and words are always used together.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from catalog.words import (
    _MAX_SPAN,
    _contains,
    _keys,
    _segment,
    _split_word,
    family,
    phrase_in,
    stem,
    tokens,
)

RULES_DIR = Path(__file__).resolve().parent.parent / "data" / "rules"
NAMES_FILE = RULES_DIR / "names.yaml"
VALUES_FILE = RULES_DIR / "values.yaml"

TYPE_FAMILIES = ("text", "number", "date", "bool", "blob", "json")
# the "table" marker some schemas put before every table's word (helpdezk's hdk_tbrequest, tblorders): two letters
# that may lead any word of a table name, not only its first
TABLE_MARKERS = ("tbl", "tb")
CONTEXTS = ("person", "not_org", "org")


@dataclass(frozen=True)
class NameRule:
    """One name/comment rule. ``category`` 0 marks a shield (a phrase that is not personal)."""

    id: str
    category: int
    confidence: float
    phrases: tuple[str, ...]
    regexes: tuple[re.Pattern[str], ...]
    comments: tuple[str, ...]
    tables: tuple[tuple[str, ...], ...]
    context: str | None
    types: frozenset[str]
    not_pk: bool
    whole: bool
    yields_to_record: bool
    explain_en: str
    explain_lv: str
    # fires on the table's own key too: a session's key is the session token itself
    own_key: bool = False
    # fires only on the table's own key: a patients table's textual patient id (elsewhere it links to the patient)
    only_own_key: bool = False

    @property
    def specificity(self) -> int:
        """At equal span a rule limited to some tables (2) beats one limited to a context or a shield (1), which
        beats a general rule (0)."""
        if self.tables:
            return 2
        return 1 if self.context in ("person", "org") or self.category == 0 else 0


@dataclass(frozen=True)
class ValueRule:
    id: str
    detector: str
    category: int
    confidence: float
    min_ratio: float
    full_ratio: float
    tables: tuple[tuple[str, ...], ...]
    supports: bool
    types: frozenset[str]
    explain_en: str
    explain_lv: str


@dataclass(frozen=True)
class TypeRule:
    id: str
    category: int
    confidence: float
    types: frozenset[str]
    explain_en: str
    explain_lv: str


@dataclass(frozen=True)
class FkRule:
    id: str
    category: int
    confidence: float
    explain_en: str
    explain_lv: str
    # short names of references (``pid``) and the person noun they stand for when the system has such a table
    abbreviations: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # polymorphic references (``<noun>_id`` beside ``<noun>_type``) that point at a person whatever the type says
    polymorphic_people: frozenset[str] = frozenset()
    # words after a key that say what the key is, not whose role it names (``client_id_number``)
    key_qualifiers: frozenset[str] = frozenset()


@dataclass(frozen=True)
class RecordRule:
    """A kind of record table (named by ``words``) whose descriptive columns take ``category``."""

    category: int
    words: tuple[tuple[str, ...], ...]
    scope: frozenset[str]
    anywhere: bool = False  # distinctive words (cdr) name the record wherever they stand: cdr_voice
    # a table whose name says no kind is this record when at least two of its column names are among these
    columns: frozenset[str] = frozenset()
    # such columns are a protocol's own identifiers (SIP's Call-ID, tags and CSeq): two of them say the kind even
    # where the table's name says another (Homer's ``sip_capture_call`` holds signalling, not conversations)
    columns_first: bool = False
    # the name counts only beside one of these columns (an event's ``ticket`` with ``event_id`` is a purchased place,
    # not a support request); such a rule outranks one of the same length without the condition
    with_columns: frozenset[str] = frozenset()
    # every column of such a record that is not technical is one of its facts (a web visit's device, referrer and
    # location say what the visitor did), as for the categories of ``records.whole_record``
    whole: bool = False


@dataclass(frozen=True)
class Records:
    confidence: float
    link_categories: frozenset[int]
    bool_categories: frozenset[int]
    self_linked: frozenset[int]
    columns: frozenset[str]
    technical: frozenset[str]
    person_category: int
    person_columns: frozenset[str]
    tables: tuple[RecordRule, ...]
    address_columns: frozenset[str] = frozenset()
    # columns of a catalogue of things on sale (ticket types, products): two of them and the table is no record
    catalogue_columns: frozenset[str] = frozenset()
    # words of a reference saying the person acts in the record (issuer_id, closed_by_user_id): rule 3, staff
    staff_roles: frozenset[str] = frozenset()
    # nouns of the people records are about (customer, patron …): users are staff where these have a table
    subject_nouns: frozenset[str] = frozenset()
    # records of these kinds lend their category to every column that is not technical (a health record's vitals)
    whole_record: frozenset[int] = frozenset()
    # head words of a table holding the lines of a record (invoice_items, order_product): the same kind of record
    line_words: frozenset[str] = frozenset()
    # words of a price list's name (cdr_rate_tables): a record's word anywhere else in it names what is priced
    price_words: frozenset[str] = frozenset()
    # self-linked kinds whose table may as well hold their definition (a survey's questions and schedule): named
    # by these words, such a table is that record only when it links a person
    linked_only: frozenset[str] = frozenset()
    # head words of a table of files: attached to a message or a request (thread_id), they are part of that record
    attachment_tables: frozenset[str] = frozenset()
    # records of these kinds whose table holds a message (one of ``message_columns``) take the addresses and
    # numbers in them as part of the communication (koha message_queue.cc_address, OH_SMS.SMS_NUMBER)
    addresses_in: frozenset[int] = frozenset()
    # kinds of such records whose author writes in public under their own address (a blog's comments): there the
    # address is the author's contact details, as they gave it, not an address a message was sent to
    addresses_kept_in: frozenset[str] = frozenset()
    message_columns: frozenset[str] = frozenset()
    # records of a person's own activity (logs): the people they name are their subjects, not staff acting in them
    own_activity: frozenset[int] = frozenset()
    # categories that, in such a log, describe the activity itself: the device and the session it was done from
    activity_parts: frozenset[int] = frozenset()
    # a row's creation time: in a log of a person's own activity it is when they acted, not bookkeeping
    creation_columns: frozenset[str] = frozenset()
    # units written after a record's column name (price_cts, duration_secs): the name before them says what it is
    unit_words: frozenset[str] = frozenset()
    # flags granting a person rights wherever the person's row or membership keeps them (is_admin, can_edit)
    access_flags: frozenset[str] = frozenset()
    # columns that beside access data are part of it: when the credential stops working (expires_at beside a token),
    # the hash it is checked against
    access_companions: frozenset[str] = frozenset()
    # a framework's own columns on every table it makes (Frappe's docstatus, _user_tags, owner): (signature, columns)
    # pairs; where a table holds every signature column, those columns are bookkeeping, lent nothing by a record
    framework_columns: tuple[tuple[frozenset[str], frozenset[str]], ...] = ()

    def bookkeeping(self, names: frozenset[str] | set[str]) -> frozenset[str]:
        """The framework columns among a table's column *names* (run together), for each framework it is made by."""
        out: set[str] = set()
        for signature, columns in self.framework_columns:
            if signature <= names:
                out |= columns & names
        return frozenset(out)

    @cached_property
    def head_index(self) -> tuple[dict[str, tuple[tuple[str, ...], ...]], ...]:
        """Per record rule, its phrases by their run-together keys (plain and stemmed): a table name's endings are
        looked up instead of every phrase tried against every table."""
        out = []
        for rr in self.tables:
            index: dict[str, list[tuple[str, ...]]] = {}
            for words in rr.words:
                for key in dict.fromkeys(_keys(words)):
                    index.setdefault(key, []).append(words)
            out.append({key: tuple(found) for key, found in index.items()})
        return tuple(out)

    @cached_property
    def kinds(self) -> frozenset[str]:
        """Every phrase naming a kind of record, run together (``timesheetitem``), scoped or not."""
        return frozenset("".join(words) for rr in self.tables for words in rr.words)

    @cached_property
    def whole_kinds(self) -> frozenset[str]:
        """The kinds (as a record table is named by its rule) whose every column is a fact."""
        return frozenset(" ".join(words) for rr in self.tables if rr.whole for words in rr.words)

    @cached_property
    def named_columns(self) -> frozenset[str]:
        """Describing names of a record or a person, never technical even with a technical word (``public id``)."""
        return self.columns | self.person_columns

    @cached_property
    def technical_in_facts(self) -> frozenset[str]:
        """The technical words inside a health or traffic record, where a reference (``drug id``) is a fact."""
        return self.technical - {"id"}

    @cached_property
    def compound_kinds(self) -> frozenset[str]:
        """The unscoped kinds of several words (``timesheet item``): they outrank a technical head word (``item``).

        Kinds named only beside some column (``with_columns``) are left out: the name alone does not make them."""
        return frozenset(
            "".join(words)
            for rr in self.tables
            if not rr.scope and not rr.with_columns
            for words in rr.words
            if len(words) > 1
        )

    @cached_property
    def unscoped_kinds(self) -> frozenset[str]:
        """The phrases that name a kind of record in any system (``visit`` is one only in a clinical system) and
        whatever its columns (an event's ``ticket`` is one only beside ``event_id``)."""
        return frozenset(
            "".join(words) for rr in self.tables if not rr.scope and not rr.with_columns for words in rr.words
        )


@dataclass(frozen=True)
class Match:
    """A phrase of ``rule`` found at token positions ``start:end`` of a name or comment."""

    rule: NameRule
    start: int
    end: int
    phrase: str


def dominated(m: Match, others: Sequence[Match]) -> bool:
    """Whether another match covers *m*'s tokens and says more: a wider phrase, or the same one from a more specific
    rule (``customer_email`` is an e-mail, not a customer; a shield's ``company_name`` is no person's name)."""
    span = m.end - m.start
    for o in others:
        if o is m or o.start > m.start or o.end < m.end:
            continue
        ospan = o.end - o.start
        if ospan > span or (ospan == span and o.rule.specificity > m.rule.specificity):
            return True
    return False


@dataclass
class RuleSet:
    """Every rule, indexed. Build with :func:`load_rules`."""

    name_rules: tuple[NameRule, ...]
    value_rules: tuple[ValueRule, ...]
    type_rules: tuple[TypeRule, ...]
    fk: FkRule
    families: dict[str, tuple[str, ...]]
    modifier_factor: float
    modifier_head: frozenset[str]
    modifier_lead: tuple[tuple[str, ...], ...]
    # last words naming another form of the words before them (first_name_local): no head of the name
    variant_tail: frozenset[str]
    person_tables: frozenset[str]
    org_tables: frozenset[str]
    technical_tables: frozenset[str]
    org_factor: float
    org_keeps: frozenset[int]
    org_columns: frozenset[str]
    org_min_hits: int
    technical_factor: float
    aggregate_tables: frozenset[str]
    aggregate_factor: float
    aggregate_periods: frozenset[str]
    aggregate_prefixes: frozenset[str]
    aggregate_anywhere: frozenset[str]
    encrypted_words: frozenset[str]
    value_guard: frozenset[str]
    refines: dict[int, frozenset[int]]
    records: Records
    min_column_hits: int
    by_id: dict[str, Any] = field(default_factory=dict)
    regex_rules: tuple[NameRule, ...] = ()
    vocabulary: frozenset[str] = frozenset()
    table_vocabulary: frozenset[str] = frozenset()  # vocabulary plus the words naming kinds of tables
    whole_only: frozenset[str] = frozenset()  # ``whole_only_words``: never the last part of a split
    # other languages' words no rule names, read as English (``lexicon.yaml``: apellidos → surname)
    lexicon: dict[str, tuple[str, ...]] = field(default_factory=dict)
    technical_columns: frozenset[str] = frozenset()
    technical_min_hits: int = 2
    # communication columns (subject, body, cc) that make a table named like settings (an inbox) one of messages
    technical_message_hits: int = 3
    # settings-like names whose rows are users' accounts when they hold the row's own login and a name (a mail
    # server's mailbox: username, password, name, quota; a helpdesk's mailbox has no login of its own)
    technical_user_accounts: frozenset[str] = frozenset()
    # a column naming the company a row belongs to (company_name): with an e-mail and a phone, the row is a person
    company_columns: frozenset[str] = frozenset()
    # last words of credentials that make no login by themselves (a project's api_token, secret_key)
    token_words: frozenset[str] = frozenset()
    # columns of a machine (architecture, RAM, a root password): with two, the row is no person, its login its own
    machine_columns: frozenset[str] = frozenset()
    # columns of an SNMP-managed network element (sysName, snmp_community): two make the table one (category 30)
    network_columns: frozenset[str] = frozenset()
    network_category: int = 30
    # a connection's two ends in one row (source and destination addresses or ports): traffic data (category 31)
    traffic_sources: frozenset[str] = frozenset()
    traffic_destinations: frozenset[str] = frozenset()
    traffic_category: int = 31
    # a table's shared column prefix (PAT_FNAME, PAT_SNAME in OH_PATIENT): see ``suggestion.strip_column_prefix``
    column_prefix_share: float = 0.7
    column_prefix_min: int = 3
    column_prefix_keep: frozenset[str] = frozenset()
    column_prefix_cut_ending: int = 4
    # a table's columns all ending in a one-letter type code (Teedy's USE_EMAIL_C, USE_CREATEDATE_D): see
    # ``suggestion.strip_type_suffix``
    type_suffix_letters: frozenset[str] = frozenset()
    # a CRM's accounts (the companies its contacts work for) and the member tables that show it (contexts.org.accounts)
    account_tables: frozenset[str] = frozenset()
    account_members: frozenset[str] = frozenset()

    def split(self, toks: tuple[str, ...], *, table: bool = False) -> tuple[str, ...]:
        """Split run-together tokens into known words: ``mailingcity`` → mailing city (see ``compound_words``).

        A column token that is itself a rule phrase run together (``firstname``) stays whole; table names are
        always split (``contactaddress`` → contact address) because their head noun decides their context, an
        unknown leading word included (``gibbonperson`` → gibbon person: PostgreSQL folds unquoted ``gibbonPerson``).
        Other languages' words that no rule names are read as English first (``lexicon.yaml``: ``apellidos`` →
        surname), so the English rules and the model's English features apply to them.
        """
        if self.lexicon and any(t in self.lexicon for t in toks):
            toks = tuple(part for t in toks for part in self.lexicon.get(t, (t,)))
        if not any(len(t) >= 7 for t in toks):
            return toks
        if table:
            out: list[str] = []
            for i, token in enumerate(toks):
                # the split with fewest unknown letters, then parts: whole words stay whole (``messageitems`` →
                # message items, not mess age items) and only a name's first word may carry a two-letter prefix
                # (``rttickets`` → rt tickets)
                shortest = 2 if i == 0 or token.startswith(TABLE_MARKERS) else 3
                out.extend(_segment(token, self.table_vocabulary, shortest)[0] if len(token) >= 7 else (token,))
            return tuple(out)
        out = []
        for token in toks:
            out.extend(
                _split_word(token, self.vocabulary, self.name_index, self.whole_only) if len(token) >= 7 else (token,)
            )
        return tuple(out)

    name_index: dict[str, list[tuple[NameRule, str]]] = field(default_factory=dict)
    comment_index: dict[str, list[tuple[NameRule, str]]] = field(default_factory=dict)

    def match_name(self, toks: tuple[str, ...]) -> list[Match]:
        """Every rule phrase found in the tokens, as whole tokens (written apart or run together)."""
        return _find(toks, self.name_index)

    def match_comment(self, toks: tuple[str, ...]) -> list[Match]:
        return _find(toks, self.comment_index)

    def table_has(self, toks: tuple[str, ...], words: frozenset[str]) -> bool:
        return _contains(toks, words)


def _find(toks: tuple[str, ...], index: dict[str, list[tuple[NameRule, str]]]) -> list[Match]:
    found: list[Match] = []
    n = len(toks)
    stems = [stem(t) for t in toks]
    for i in range(n):
        raw = ""
        stemmed = ""
        for j in range(i, min(n, i + _MAX_SPAN)):
            raw += toks[j]
            stemmed += stems[j]
            hits = index.get(raw)
            if stemmed != raw:
                extra = index.get(stemmed)
                if extra:
                    hits = (hits or []) + extra
            if hits:
                seen: set[str] = set()
                for rule, phrase in hits:
                    if rule.id not in seen:
                        seen.add(rule.id)
                        found.append(Match(rule, i, j + 1, phrase))
    return found


def load_rules(names_file: str | Path = NAMES_FILE, values_file: str | Path = VALUES_FILE) -> RuleSet:
    """Read, validate and index the rule files (cached per path pair).

    >>> rules = load_rules()
    >>> sorted({m.rule.category for m in rules.match_name(tokens("customer_email")) if not m.rule.tables})
    [2, 5]
    """
    from catalog.rule_files import read_rule_files  # the reader builds this module's records

    return read_rule_files(str(names_file), str(values_file))


__all__ = [
    "FkRule", "Match", "NameRule", "RecordRule", "Records", "RuleSet", "TypeRule", "ValueRule", "family", "load_rules",
    "phrase_in", "stem", "tokens",
]  # fmt: skip
