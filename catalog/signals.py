"""The rules engine for one column: signals from its name, comment, sampled-value ratios, foreign key and type.

Signals for the same category combine as independent evidence (``1 - Π(1 - c)``); the table's context and
modifiers (``email_count``) scale them. :func:`suggest` handles one column; :mod:`catalog.record_tables` adds
what a table as a whole lends its columns. Pure functions of the rules in ``data/rules/`` (benchmarked in
``bench/classify.py``); no catalog access here.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Any

from catalog.rules import Match, NameRule, RuleSet, dominated, family, load_rules, phrase_in, stem, tokens
from catalog.suggestion import (
    _ATTRIBUTE_RULES,
    _COMMENT_WEIGHT,
    _TYPE_MISMATCH,
    CLASSIFIER_SOURCES,
    SECONDARY,
    THRESHOLD,
    ColumnInfo,
    Signal,
    Suggestion,
    TableInfo,
    _head_in,
    _is_reference,
    key_last,
    led_by_modifier,
    table_context,
)
from catalog.words import phrase_keys

# ---------------------------------------------------------------- the engine

# How a reference to another table's row ends: ``user_id``, and the ``<noun>number`` keys (``borrowernumber``).
_KEY_ENDS = frozenset({"id", "number", "no", "nr"})
_UUID_KEYS = frozenset({"uuid", "guid"})
# a number after these words counts digits (a card's last4, first6): part of the name, not a column's numbering
_DIGITS_COUNTED = frozenset({"last", "first"})
# Between a noun and its key, words saying the key is the row's (``account_record_id``, ``user_row_id``).
_ROW_WORDS = frozenset({"record", "rec", "row"})


def _in_scope(table: TableInfo, words: tuple[tuple[str, ...], ...]) -> bool:
    return _scope_has(table.scope or table.tokens, words)


@lru_cache(maxsize=65536)
def _scope_has(scope: tuple[str, ...], words: tuple[tuple[str, ...], ...]) -> bool:
    # Cached: a catalog asks the same few table scopes about the same rules thousands of times.
    return phrase_in(scope, phrase_keys(words))


def _applies(rule: NameRule, table: TableInfo, rules: RuleSet) -> bool:
    if rule.tables and not _in_scope(table, rule.tables):
        return False
    if rule.context == "person" and not table.person:
        return False
    if rule.context == "org" and not table.org:
        return False
    return True


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
    own_key = (column.is_pk and not _extension_key(toks, table)) or _is_own_key(toks, table)
    if own_key and toks[-1] == "id":
        # a table's own surrogate key is technical, whatever it is called (unless a rule says the key is the data:
        # a session's id is its token)
        # (the table must be one of the rule's by its head noun, not session_categories; whether it is a record of
        # that kind, which training_sessions is not, is for catalog.record_tables.suggest_table to say)
        matches = [
            m
            for m in matches
            if m.rule.own_key
            and (m.start, m.end) == (0, n)
            and _head_in(table.tokens, frozenset("".join(t) for t in m.rule.tables), rules)
        ]
        if not matches:
            return [], False
    matches = [
        m
        for m in matches
        if not (m.rule.not_pk and own_key)
        and not (m.rule.only_own_key and not own_key)
        and not (m.rule.whole and (m.start, m.end) != (0, n))
    ]
    if not matches:
        return [], False
    # A last word naming another form of what comes before (first_name_local, email_normalized) is no head.
    body = n
    while body > 1 and toks[body - 1] in rules.variant_tail:
        body -= 1
    if body < n and any(m.start < body for m in matches):
        matches = [m for m in matches if m.start < body]
    kept = [m for m in matches if not dominated(m, matches)]
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
        elif m.start > 0 and led_by_modifier(toks, table.tokens, rules, people=table.person, upto=m.start):
            conf *= rules.modifier_factor
            factor_note.append("modifier")
        # an encrypted value is stored as bytes (Ente's users.encrypted_email BLOB): no mismatch for the name
        sealed = fam == "blob" and any(t in rules.encrypted_words for t in toks)
        if m.rule.types and fam is not None and fam not in m.rule.types and not sealed:
            conf *= _TYPE_MISMATCH
            factor_note.append(f"type:{fam}")
        detail: dict[str, Any] = {"pattern": m.phrase}
        if factor_note:
            detail["scaled"] = factor_note
        signals.append(Signal("name", m.rule.id, m.rule.category, conf, detail))
    return signals, any(m.rule.category == 0 for m in kept)


def _name_tokens(name: str, rules: RuleSet) -> tuple[str, ...]:
    """Tokens of a column name as rules read them.

    Numbering is dropped (``emergency1Name`` → emergency name), run-together words are split (``mailingcity``),
    a key by UUID reads as a key (``user_uuid`` → user id) and a leading ``id`` moves to the end, so the
    ``id_customer`` convention reads like ``customer_id``; a person key with a role after it (GLPI's
    ``users_id_tech``) reads as the role before it (``tech users id``).
    """
    toks = rules.split(tokens(name))
    words = (
        tuple(t for i, t in enumerate(toks) if not t.isdigit() or (i > 0 and toks[i - 1] in _DIGITS_COUNTED)) or toks
    )
    if len(words) > 1 and words[-1] in _UUID_KEYS:
        words = words[:-1] + ("id",)  # a reference by UUID (user_uuid, act_user_uuid) is a key like user_id
    if len(words) > 1 and words[0] == "id" and not _whole_phrase(words, rules):
        words = key_last(words)
    elif "id" in words[1:-1] and _role_after_key(words, rules):
        at = words.index("id", 1)
        words = words[at + 1 :] + words[:at] + ("id",)
    return words


def _whole_phrase(words: tuple[str, ...], rules: RuleSet) -> bool:
    """Whether the whole name is one rule phrase led by ``id`` (an OpenID ``id_token``): no key to a token row."""
    return any(m.start == 0 and m.end == len(words) and m.rule.category for m in rules.match_name(words))


def _role_after_key(words: tuple[str, ...], rules: RuleSet) -> bool:
    """Whether the words after a person key name the person's role in the row (``users_id_tech``).

    Not when they say what the key is (``client_id_number``, ``foreign_keys.key_qualifiers``), hold another key
    (``users_id_supervisor_id``), are bookkeeping (``gibbonPersonIDCreator``) or are data of their own with the
    key (``person_id_document``, ``user_id_email``): a rule other than a person link matching across the key.
    """
    at = words.index("id", 1)
    role = words[at + 1 :]
    if len(role) > 2 or "id" in role or set(role) & rules.fk.key_qualifiers:
        return False
    if not phrase_in(words[at - 1 : at], rules.person_tables):
        return False
    return not any(
        m.end > at + 1 and (m.rule.category == 0 or (m.rule.category != rules.fk.category and not m.rule.tables))
        for m in rules.match_name(words)
    )


def _is_own_key(toks: tuple[str, ...], table: TableInfo) -> bool:
    """``gibbonStaffID`` in ``gibbonStaff``: the table's own key even when no PRIMARY KEY was declared."""
    if not _is_reference(toks):
        return False
    head = toks[:-1]
    if len(head) > len(table.tokens) or table.tokens[-len(head) :] != head:
        return False
    # a join table (mailbox_user with mailbox_id and user_id, glpi_groups_users with groups_id) has no own key:
    # both columns point elsewhere
    rest = table.tokens[: -len(head)]
    return not any(rest[i:] in table.references for i in range(len(rest)))


def _extension_key(toks: tuple[str, ...], table: TableInfo) -> bool:
    """``emp_number`` keying ``hs_hr_emp_picture``: a one-to-one extension of another table is keyed by its key.

    The key names a noun the table's name holds before its head (``emp`` … ``picture``), so each row belongs to
    a row of that other table rather than being one of its own kind.
    """
    if table.person or len(toks) < 2 or toks[-1] not in ("id", "number", "no", "nr"):
        return False
    head = toks[:-1]
    body = table.tokens[:-1]
    return any(body[i : i + len(head)] == head for i in range(len(body) - len(head) + 1))


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
    matches = [m for m in matches if not dominated(m, matches)]
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


def shielded(column: ColumnInfo, table: TableInfo, rules: RuleSet) -> bool:
    """Whether a shield (a not-personal phrase: ``status_code``, ``created_by``, ``currency``) is the head of the
    column's name — the rules' own decision that the column is not personal, which the learned model does not
    overrule (:meth:`catalog.learned.Model.add`)."""
    return _name_signals(column, table, rules, family(column.data_type, rules.families))[1]


def _fk_target_table(fk_target: str) -> str:
    parts = [p.strip('`"[] ') for p in fk_target.split(".")]
    return parts[-2] if len(parts) >= 2 else parts[0]


def suggest(
    column: ColumnInfo,
    table: TableInfo,
    rules: RuleSet | None = None,
    *,
    person_table: Callable[[str], bool] | None = None,
    person_refs: Callable[[tuple[str, ...]], str | None] | None = None,
) -> list[Suggestion]:
    """Categories suggested for one column, strongest first (empty when it does not look personal).

    *person_table* tells whether a foreign key's target table is about people (default: judged by its name);
    *person_refs* names the person table of the same system that ``<noun>_id`` refers to, if any
    (``statuses.account_id`` → ``accounts`` when ``accounts`` holds usernames and avatars) — most schemas
    declare no foreign keys, so the name is the only link.

    >>> rules = load_rules()
    >>> [(s.category, s.source) for s in suggest(ColumnInfo("e_pasts"), table_context("klienti", [], rules), rules)]
    [(2, 'name')]
    """
    rules = rules or load_rules()
    fam = family(column.data_type, rules.families)
    name_sigs, shielded = _name_signals(column, table, rules, fam)
    # The comment on a table's own surrogate key describes the row ("Unique Email ID"), not a value of that kind.
    own_key = column.is_pk and _name_tokens(column.name, rules)[-1:] == ("id",)
    comment_sigs = [] if own_key else _comment_signals(column, table, rules)
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
    elif person_refs is not None and not shielded and fam in (None, "number", "text"):
        named = _named_reference(column.name, table, rules, person_refs)
        if named is not None and column.is_pk and named.lower() == table.name.lower():
            named = None  # the person table's own key (borrowers.borrowernumber)
        elif named is not None and _name_tokens(column.name, rules)[-1] != "id" and name_sigs:
            named = None  # "contact_number" is a phone number, whatever table of contacts there is
        # (a key that names another person table makes a one-to-one extension of it: patronimage.borrowernumber)
        if named is not None and not any(sig.category == rules.fk.category for sig in signals):
            fk = rules.fk
            signals.append(Signal("fk", fk.id, fk.category, fk.confidence * 0.95, {"target": named, "by": "name"}))
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


def _named_reference(
    name: str, table: TableInfo, rules: RuleSet, person_refs: Callable[[tuple[str, ...]], str | None]
) -> str | None:
    """The person table a ``<noun>_id`` column names (``target_account_id`` → ``accounts``), if any.

    A short reference name (``pid``, ``pc_pid``) or noun (``pat_id``) stands for its noun (``patient``) when the
    system has a table of those people.
    """
    toks = _name_tokens(name, rules)
    short = dict(rules.fk.abbreviations).get(toks[-1]) if toks else None
    if short is not None and len(toks) <= 2:
        return person_refs(short)
    if len(toks) < 2 or toks[-1] not in _KEY_ENDS or _is_own_key(toks, table):
        return None
    for size in (2, 1):
        if len(toks) > size:
            target = person_refs(toks[-1 - size : -1])
            if target is not None:
                return target
    if len(toks) > 2 and toks[-2] in _ROW_WORDS:
        target = person_refs(toks[-3:-2])  # Kill Bill's account_record_id: the account's row number
        if target is not None:
            return target
    noun = dict(rules.fk.abbreviations).get(toks[-2])  # ``pat_id`` → patient
    return person_refs(noun) if noun is not None else None


def _refers_to(head: tuple[str, ...], table_tokens: tuple[str, ...]) -> bool:
    """Does ``<head>_id`` name the table (``order`` → ``ps_orders``, ``invoice`` → ``invoices``)?"""
    if not table_tokens or len(head) > len(table_tokens):
        return False
    tail = table_tokens[-len(head) :]
    return tail[:-1] == head[:-1] and stem(tail[-1]) in (stem(head[-1]), stem(head[-1] + "s"), stem(head[-1] + "es"))


__all__ = ["suggest"]
