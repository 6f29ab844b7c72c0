"""Reading the rule files of ``data/rules/`` into the records of :mod:`catalog.rules`.

Every entry is validated on the way in: a broken rule raises :class:`RuleError` naming the file, the rule id
and, for YAML errors, the line — so a typo in a phrase list stops ``ropa classify`` with one clear message.
Call :func:`catalog.rules.load_rules`, which caches the result per pair of files.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from catalog.errors import RuleError
from catalog.rules import (
    CONTEXTS,
    TYPE_FAMILIES,
    FkRule,
    NameRule,
    RecordRule,
    Records,
    RuleSet,
    TypeRule,
    ValueRule,
)
from catalog.words import _keys, tokens


def _word_set(items: Any, path: Path, where: str) -> frozenset[str]:
    if items is None:
        return frozenset()
    if not isinstance(items, list):
        raise RuleError(f"{where} must be a list", file=path)
    out: set[str] = set()
    for item in items:
        toks = tokens(str(item))
        if toks:
            out.update(_keys(toks))
    return frozenset(out)


def _phrase_list(items: Any, path: Path, rid: str, what: str) -> tuple[str, ...]:
    if items is None:
        return ()
    if not isinstance(items, list):
        raise RuleError(f"'{what}' must be a list", file=path, obj=rid)
    return tuple(str(x) for x in items)


def _read_yaml(path: Path) -> Any:
    import yaml

    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise RuleError(f"cannot read rules ({exc.strerror})", file=path) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        raise RuleError(f"not valid YAML ({getattr(exc, 'problem', exc)})", file=path, line=line) from None


def _category(value: Any, path: Path, rid: str, allow_zero: bool) -> int:
    try:
        cid = int(value)
    except (TypeError, ValueError):
        raise RuleError(f"category {value!r} is not a number", file=path, obj=rid) from None
    if not (1 <= cid <= 32 or (allow_zero and cid == 0)):
        raise RuleError(f"category {cid} is not an Annex 1 id (1..32)", file=path, obj=rid)
    return cid


def _flag(entry: dict[str, Any], key: str, path: Path, rid: str) -> bool:
    """A yes/no switch of a rule (``whole: true``); a string such as ``"no"`` would read as true, so it is refused."""
    value = entry.get(key, False)
    if not isinstance(value, bool):
        raise RuleError(f"{key} must be true or false, not {value!r}", file=path, obj=rid)
    return value


def _single_words(items: Any, path: Path, where: str) -> frozenset[str]:
    """A list of single words (``records.unit_words``): a phrase there could never match one token."""
    words = _word_set(items, path, where)
    for item in items or ():
        if len(tokens(str(item))) != 1:
            raise RuleError(f"{where} takes single words, not {str(item)!r}", file=path, obj=where)
    return words


def _framework_columns(items: Any, path: Path) -> tuple[tuple[frozenset[str], frozenset[str]], ...]:
    """``records.framework_columns``: entries of ``signature`` (columns that mark a framework's table) and
    ``columns`` (its bookkeeping columns), both lists of names."""
    if items is None:
        return ()
    if not isinstance(items, list):
        raise RuleError("records.framework_columns must be a list", file=path, obj="records.framework_columns")
    out = []
    for i, entry in enumerate(items):
        where = f"records.framework_columns[{i}]"
        if not isinstance(entry, dict) or not entry.get("signature") or not entry.get("columns"):
            raise RuleError("needs a signature and columns (lists of column names)", file=path, obj=where)
        signature = frozenset("".join(tokens(str(name))) for name in entry["signature"])  # as the table names them
        out.append((signature, _word_set(entry["columns"], path, where)))
    return tuple(out)


def _category_set(items: Any, path: Path, where: str) -> frozenset[int]:
    """A list of Annex 1 ids (``records.whole_record: [3, 31]``); anything else names the file and key."""
    if items is None:
        return frozenset()
    if not isinstance(items, list):
        raise RuleError(f"{where} must be a list of categories", file=path, obj=where)
    return frozenset(_category(item, path, where, allow_zero=False) for item in items)


def _confidence(value: Any, path: Path, rid: str) -> float:
    try:
        conf = float(value)
    except (TypeError, ValueError):
        raise RuleError(f"confidence {value!r} is not a number", file=path, obj=rid) from None
    if not 0 < conf <= 1:
        raise RuleError(f"confidence {conf} must be in (0, 1]", file=path, obj=rid)
    return conf


def _explain(entry: dict[str, Any], path: Path, rid: str) -> tuple[str, str]:
    en, lv = entry.get("explain_en"), entry.get("explain_lv")
    if not en or not lv:
        raise RuleError("every rule needs explain_en and explain_lv", file=path, obj=rid)
    return str(en), str(lv)


LEXICON_FILE_NAME = "lexicon.yaml"


def _lexicon(path: Path, vocabulary: frozenset[str]) -> dict[str, tuple[str, ...]]:
    """Other languages' words as English tokens (``lexicon.yaml`` beside the name rules; none when it is absent).

    A word a rule or a kind of table names itself is left out: the rule's own phrase decides there (``catatan
    perawatan`` is an Indonesian record table, not "note perawatan"). A word two languages list must
    mean the same in both, or the file is refused: a name cannot be read two ways.
    """
    if not path.exists():
        return {}
    doc = _read_yaml(path)
    if not isinstance(doc, dict):
        raise RuleError("expected a mapping of language codes to word lists", file=path)
    out: dict[str, tuple[str, ...]] = {}
    seen: dict[str, str] = {}
    for language, words in doc.items():
        if not isinstance(words, dict):
            raise RuleError(f"language {language!r}: expected a mapping of words to English", file=path)
        for word, english in words.items():
            key, meaning = tokens(str(word)), tokens(str(english or ""))
            if len(key) != 1 or key[0] != str(word):
                raise RuleError(
                    f"{language}.{word}: write one word as names normalise it (lower case, no diacritics)",
                    file=path,
                    hint=" ".join(key),
                )
            if not meaning:
                raise RuleError(f"{language}.{word}: no English meaning", file=path)
            if key[0] in out and out[key[0]] != meaning:
                raise RuleError(
                    f"{language}.{word} means {' '.join(meaning)!r}, but {seen[key[0]]} reads it as "
                    f"{' '.join(out[key[0]])!r}",
                    file=path,
                )
            out[key[0]], seen[key[0]] = meaning, f"{language}.{word}"
    return {word: meaning for word, meaning in out.items() if word not in vocabulary}


@lru_cache(maxsize=4)
def read_rule_files(names_file: str, values_file: str) -> RuleSet:
    """Read ``names.yaml`` and ``values.yaml``, validate every entry and build the indexed :class:`RuleSet`."""
    from catalog.detectors import load_detectors

    npath, vpath = Path(names_file), Path(values_file)
    doc = _read_yaml(npath)
    if not isinstance(doc, dict) or not isinstance(doc.get("rules"), list):
        raise RuleError("expected a mapping with a 'rules' list", file=npath)
    by_id: dict[str, Any] = {}

    families_raw = doc.get("types") or {}
    families = {str(k): tuple(str(x).lower() for x in v) for k, v in families_raw.items()}
    for fam in families:
        if fam not in TYPE_FAMILIES:
            raise RuleError(f"unknown type family {fam!r}", file=npath, hint=", ".join(TYPE_FAMILIES))
    accepts: dict[str, frozenset[str]] = {}
    for fam, others in (doc.get("type_accepts") or {}).items():
        wrong = sorted({str(fam), *map(str, others or ())} - set(TYPE_FAMILIES))
        if wrong:
            raise RuleError(f"unknown type family {wrong[0]!r} in type_accepts", file=npath)
        accepts[str(fam)] = frozenset(map(str, others or ()))

    def accepted(types: frozenset[str]) -> frozenset[str]:
        """A rule's expected families with the families they accept (text accepts json)."""
        return types.union(*(accepts.get(t, frozenset()) for t in types)) if types else types

    name_rules: list[NameRule] = []
    for entry in doc["rules"]:
        if not isinstance(entry, dict) or not entry.get("id"):
            raise RuleError("every rule needs an id", file=npath, obj=str(entry)[:60])
        rid = str(entry["id"])
        if rid in by_id:
            raise RuleError("duplicate rule id", file=npath, obj=rid)
        context = entry.get("context")
        if context is not None and context not in CONTEXTS:
            raise RuleError(f"unknown context {context!r}", file=npath, obj=rid, hint=", ".join(CONTEXTS))
        types = frozenset(str(t) for t in entry.get("types") or ())
        bad = types - set(TYPE_FAMILIES)
        if bad:
            raise RuleError(f"unknown type family {sorted(bad)[0]!r}", file=npath, obj=rid)
        try:
            regexes = tuple(re.compile(str(r)) for r in entry.get("regex") or ())
        except re.error as exc:
            raise RuleError(f"bad regular expression ({exc})", file=npath, obj=rid) from None
        phrases = _phrase_list(entry.get("names"), npath, rid, "names")
        comments = _phrase_list(entry.get("comments"), npath, rid, "comments")
        if not phrases and not regexes and not comments:
            raise RuleError("a rule needs names, regex or comments", file=npath, obj=rid)
        en, lv = _explain(entry, npath, rid)
        rule = NameRule(
            id=rid,
            category=_category(entry.get("category"), npath, rid, allow_zero=True),
            confidence=_confidence(entry.get("confidence", 0.8), npath, rid),
            phrases=phrases,
            regexes=regexes,
            comments=comments,
            tables=tuple(tokens(str(t)) for t in entry.get("tables") or ()),
            context=context,
            types=accepted(types),
            not_pk=_flag(entry, "not_pk", npath, rid),
            whole=_flag(entry, "whole", npath, rid),
            yields_to_record=_flag(entry, "yields_to_record", npath, rid),
            own_key=_flag(entry, "own_key", npath, rid) or _flag(entry, "only_own_key", npath, rid),
            only_own_key=_flag(entry, "only_own_key", npath, rid),
            explain_en=en,
            explain_lv=lv,
        )
        by_id[rid] = rule
        name_rules.append(rule)

    value_rules: list[ValueRule] = []
    vdoc = _read_yaml(vpath)
    if not isinstance(vdoc, dict) or not isinstance(vdoc.get("rules"), list):
        raise RuleError("expected a mapping with a 'rules' list", file=vpath)
    detectors = {d.id for d in load_detectors()}
    for entry in vdoc["rules"]:
        if not isinstance(entry, dict) or not entry.get("id"):
            raise RuleError("every rule needs an id", file=vpath, obj=str(entry)[:60])
        rid = str(entry["id"])
        if rid in by_id:
            raise RuleError("duplicate rule id", file=vpath, obj=rid)
        det = str(entry.get("detector", ""))
        if det not in detectors:
            raise RuleError(f"unknown detector {det!r}", file=vpath, obj=rid)
        en, lv = _explain(entry, vpath, rid)
        vrule = ValueRule(
            id=rid,
            detector=det,
            category=_category(entry.get("category"), vpath, rid, allow_zero=False),
            confidence=_confidence(entry.get("confidence", 0.8), vpath, rid),
            min_ratio=float(entry.get("min_ratio", 0.5)),
            full_ratio=float(entry.get("full_ratio", 0.8)),
            tables=tuple(tokens(str(t)) for t in entry.get("tables") or ()),
            supports=bool(entry.get("supports", False)),
            types=accepted(frozenset(str(t) for t in entry.get("types") or ())),
            explain_en=en,
            explain_lv=lv,
        )
        by_id[rid] = vrule
        value_rules.append(vrule)

    type_rules: list[TypeRule] = []
    for entry in doc.get("type_rules") or ():
        rid = str(entry.get("id"))
        en, lv = _explain(entry, npath, rid)
        trule = TypeRule(
            id=rid,
            category=_category(entry.get("category"), npath, rid, allow_zero=False),
            confidence=_confidence(entry.get("confidence", 0.7), npath, rid),
            types=frozenset(str(t).lower() for t in entry.get("types") or ()),
            explain_en=en,
            explain_lv=lv,
        )
        by_id[rid] = trule
        type_rules.append(trule)

    fk_raw = doc.get("foreign_keys") or {}
    fk_id = str(fk_raw.get("id", "fk.person_table"))
    fk_en, fk_lv = _explain(fk_raw, npath, fk_id)
    fk = FkRule(
        id=fk_id,
        category=_category(fk_raw.get("category", 5), npath, fk_id, allow_zero=False),
        confidence=_confidence(fk_raw.get("confidence", 0.85), npath, fk_id),
        explain_en=fk_en,
        explain_lv=fk_lv,
        abbreviations=tuple(
            (str(k).lower(), tokens(str(v))) for k, v in (fk_raw.get("abbreviations") or {}).items() if tokens(str(v))
        ),
        polymorphic_people=_word_set(fk_raw.get("polymorphic_people"), npath, "foreign_keys.polymorphic_people"),
        key_qualifiers=_single_words(fk_raw.get("key_qualifiers"), npath, "foreign_keys.key_qualifiers"),
    )
    by_id[fk_id] = fk

    mods = doc.get("modifiers") or {}
    contexts = doc.get("contexts") or {}
    person = contexts.get("person") or {}
    org = contexts.get("org") or {}
    technical = contexts.get("technical") or {}
    aggregate = contexts.get("aggregate") or {}
    network = contexts.get("network") or {}
    traffic = contexts.get("traffic") or {}
    rec = doc.get("records") or {}
    person_rec = rec.get("person") or {}
    record_rules = []
    for i, entry in enumerate(rec.get("tables") or ()):
        rid = f"records.tables[{i}]"
        record_rules.append(
            RecordRule(
                category=_category(entry.get("category"), npath, rid, allow_zero=False),
                words=tuple(t for t in (tokens(str(w)) for w in entry.get("words") or ()) if t),
                scope=_word_set(entry.get("scope"), npath, f"{rid}.scope"),
                anywhere=_flag(entry, "anywhere", npath, rid),
                columns=_word_set(entry.get("columns"), npath, f"{rid}.columns"),
                columns_first=_flag(entry, "columns_first", npath, rid),
                with_columns=_word_set(entry.get("with_columns"), npath, f"{rid}.with_columns"),
                whole=_flag(entry, "whole", npath, rid),
            )
        )
    records = Records(
        confidence=float(rec.get("confidence", 0.6)),
        link_categories=_category_set(rec.get("link_categories"), npath, "records.link_categories"),
        bool_categories=_category_set(rec.get("bool_categories"), npath, "records.bool_categories"),
        self_linked=_category_set(rec.get("self_linked"), npath, "records.self_linked"),
        columns=_word_set(rec.get("columns"), npath, "records.columns"),
        technical=_word_set(rec.get("technical"), npath, "records.technical"),
        person_category=int(person_rec.get("category", 5)),
        person_columns=_word_set(person_rec.get("columns"), npath, "records.person.columns"),
        address_columns=_word_set(person_rec.get("address_columns"), npath, "records.person.address_columns"),
        catalogue_columns=_word_set(rec.get("catalogue_columns"), npath, "records.catalogue_columns"),
        staff_roles=_word_set(rec.get("staff_roles"), npath, "records.staff_roles"),
        subject_nouns=_word_set(rec.get("subject_nouns"), npath, "records.subject_nouns"),
        whole_record=_category_set(rec.get("whole_record"), npath, "records.whole_record"),
        line_words=_word_set(rec.get("line_words"), npath, "records.line_words"),
        attachment_tables=_word_set(rec.get("attachment_tables"), npath, "records.attachment_tables"),
        price_words=_single_words(rec.get("price_words"), npath, "records.price_words"),
        linked_only=_word_set(rec.get("linked_only"), npath, "records.linked_only"),
        access_flags=_word_set(person_rec.get("access_flags"), npath, "records.person.access_flags"),
        access_companions=_word_set(person_rec.get("access_companions"), npath, "records.person.access_companions"),
        addresses_in=_category_set(rec.get("addresses_in"), npath, "records.addresses_in"),
        addresses_kept_in=_word_set(rec.get("addresses_kept_in"), npath, "records.addresses_kept_in"),
        unit_words=_single_words(rec.get("unit_words"), npath, "records.unit_words"),
        own_activity=_category_set(rec.get("own_activity"), npath, "records.own_activity"),
        activity_parts=_category_set(rec.get("activity_parts"), npath, "records.activity_parts"),
        creation_columns=_word_set(rec.get("creation_columns"), npath, "records.creation_columns"),
        message_columns=_word_set(rec.get("message_columns"), npath, "records.message_columns"),
        framework_columns=_framework_columns(rec.get("framework_columns"), npath),
        tables=tuple(record_rules),
    )
    prefix = doc.get("column_prefix") or {}
    ruleset = RuleSet(
        name_rules=tuple(name_rules),
        value_rules=tuple(value_rules),
        type_rules=tuple(type_rules),
        fk=fk,
        families=families,
        modifier_factor=float(mods.get("factor", 0.15)),
        modifier_head=_word_set(mods.get("head"), npath, "modifiers.head"),
        modifier_lead=tuple(tokens(str(x)) for x in mods.get("lead") or ()),
        variant_tail=_word_set(mods.get("variant_tail"), npath, "modifiers.variant_tail"),
        person_tables=_word_set(person.get("tables"), npath, "contexts.person.tables"),
        org_tables=_word_set(org.get("tables"), npath, "contexts.org.tables"),
        technical_tables=_word_set(technical.get("tables"), npath, "contexts.technical.tables"),
        org_factor=float(org.get("factor", 0.25)),
        org_keeps=frozenset(int(x) for x in org.get("keeps") or ()),
        org_columns=_word_set(org.get("columns"), npath, "contexts.org.columns"),
        org_min_hits=int(org.get("min_column_hits", 2)),
        technical_factor=float(technical.get("factor", 0.2)),
        aggregate_tables=_word_set(aggregate.get("tables"), npath, "contexts.aggregate.tables"),
        aggregate_factor=float(aggregate.get("factor", 0.15)),
        aggregate_periods=_word_set(aggregate.get("periods"), npath, "contexts.aggregate.periods"),
        aggregate_prefixes=_word_set(aggregate.get("prefixes"), npath, "contexts.aggregate.prefixes"),
        aggregate_anywhere=_word_set(aggregate.get("anywhere"), npath, "contexts.aggregate.anywhere"),
        encrypted_words=_word_set(doc.get("encrypted_words"), npath, "encrypted_words"),
        value_guard=_word_set(doc.get("value_guard"), npath, "value_guard"),
        refines={int(k): frozenset(int(x) for x in v) for k, v in (doc.get("refines") or {}).items()},
        records=records,
        min_column_hits=int(person.get("min_column_hits", 2)),
        company_columns=_word_set(person.get("company_columns"), npath, "contexts.person.company_columns"),
        token_words=_word_set(person.get("token_words"), npath, "contexts.person.token_words"),
        machine_columns=_word_set(person.get("machine_columns"), npath, "contexts.person.machine_columns"),
        by_id=by_id,
        technical_columns=_word_set(technical.get("columns"), npath, "contexts.technical.columns"),
        technical_min_hits=int(technical.get("min_column_hits", 2)),
        network_columns=_word_set(network.get("columns"), npath, "contexts.network.columns"),
        network_category=_category(network.get("category", 30), npath, "contexts.network", allow_zero=False),
        traffic_sources=_word_set(traffic.get("sources"), npath, "contexts.traffic.sources"),
        traffic_destinations=_word_set(traffic.get("destinations"), npath, "contexts.traffic.destinations"),
        traffic_category=_category(traffic.get("category", 31), npath, "contexts.traffic", allow_zero=False),
        technical_message_hits=int(technical.get("message_column_hits", 3)),
        technical_user_accounts=_word_set(technical.get("user_accounts"), npath, "contexts.technical.user_accounts"),
        column_prefix_share=float(prefix.get("share", 0.7)),
        column_prefix_min=int(prefix.get("min_columns", 3)),
        column_prefix_cut_ending=int(prefix.get("cut_ending", 4)),
        column_prefix_keep=_word_set(prefix.get("keep"), npath, "column_prefix.keep"),
        type_suffix_letters=_word_set(doc.get("type_suffix_letters"), npath, "type_suffix_letters"),
        account_tables=_word_set((org.get("accounts") or {}).get("tables"), npath, "contexts.org.accounts.tables"),
        account_members=_word_set((org.get("accounts") or {}).get("members"), npath, "contexts.org.accounts.members"),
    )
    ruleset.regex_rules = tuple(r for r in name_rules if r.regexes)
    vocabulary = {str(w) for w in doc.get("compound_words") or ()} | set(ruleset.variant_tail)
    for rule in name_rules:
        for phrase in rule.phrases + rule.comments:
            vocabulary.update(t for t in tokens(phrase) if len(t) >= 3 and not t.isdigit())
    # short words a run-together name only seems to end with (antennas is no anten nas): known whole, never as parts
    whole_only = _single_words(doc.get("whole_only_words"), npath, "whole_only_words")
    ruleset.vocabulary = frozenset(vocabulary - whole_only)
    ruleset.whole_only = whole_only
    table_words = set(vocabulary)
    for context in (person, org, technical, aggregate):
        for phrase in context.get("tables") or ():
            table_words.update(t for t in tokens(str(phrase)) if len(t) >= 3 and t.isalpha())
    for record in records.tables:
        table_words.update(t for phrase in record.words for t in phrase if len(t) >= 3 and t.isalpha())
    for rule in name_rules:
        table_words.update(t for phrase in rule.tables for t in phrase if len(t) >= 3 and t.isalpha())
    ruleset.table_vocabulary = frozenset(table_words - whole_only)
    ruleset.lexicon = _lexicon(npath.parent / LEXICON_FILE_NAME, ruleset.table_vocabulary)
    for rule in name_rules:
        for phrase in rule.phrases:
            toks = tokens(phrase)
            if not toks:
                continue
            for key in set(_keys(toks)):
                ruleset.name_index.setdefault(key, []).append((rule, phrase))
        for phrase in rule.comments:
            toks = tokens(phrase)
            if not toks:
                continue
            for key in set(_keys(toks)):
                ruleset.comment_index.setdefault(key, []).append((rule, phrase))
    return ruleset


__all__ = ["read_rule_files"]
