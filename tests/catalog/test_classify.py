"""Classification: the case file, the rule set's invariants, and what classify() writes to the catalog."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
import sqlalchemy as sa

from catalog.classify import ColumnInfo, classify, suggest, suggest_system, suggest_table, table_context
from catalog.errors import NotFoundError, RuleError
from catalog.rules import NameRule, ValueRule, load_rules
from catalog.store import Catalog, schema
from catalog.suggestion import strip_column_prefix, strip_type_suffix
from catalog.taxonomy import categories
from tests.catalog.classify_seed import Col, seed_columns, tags_of

DATA = Path(__file__).resolve().parent.parent / "data"
CASES = list(csv.DictReader((DATA / "classification_cases.csv").open(encoding="utf-8")))


@pytest.mark.parametrize("case", CASES, ids=[c["title"] for c in CASES])
def test_case(case: dict[str, str]) -> None:
    rules = load_rules()
    key = case["key"]
    column = ColumnInfo(
        name=case["column"],
        data_type=case["data_type"] or None,
        comment=case["comment"] or None,
        is_pk=key == "pk",
        fk_target=key[3:] if key.startswith("fk:") else None,
    )
    # "with": other columns of the same table, for cases that depend on the table as a whole
    others = [ColumnInfo(name) for name in case["with"].split()]
    table = table_context(case["table"], [case["column"], *case["with"].split()], rules)
    found = suggest_table(table, [column, *others], rules)[0]
    got = str(found[0].category) if found else "-"
    assert got == case["expected"], [(s.category, s.confidence, [g.rule for g in s.signals]) for s in found]


def test_every_rule_points_to_an_existing_category_and_explains_itself() -> None:
    rules = load_rules()
    ids = {c.id for c in categories()}
    for rule in rules.by_id.values():
        if isinstance(rule, NameRule) and rule.category == 0:
            continue
        assert rule.category in ids, rule.id
        assert rule.explain_en and rule.explain_lv, rule.id
    # every category except none has at least one name rule: the taxonomy is covered
    covered = {r.category for r in rules.name_rules}
    assert ids <= covered


def test_every_value_rule_uses_a_known_detector() -> None:
    from catalog.detectors import load_detectors

    known = {d.id for d in load_detectors()}
    assert all(r.detector in known for r in load_rules().value_rules if isinstance(r, ValueRule))


def test_values_lift_a_column_whose_name_says_nothing() -> None:
    rules = load_rules()
    table = table_context("t_misc", [], rules)
    found = suggest(ColumnInfo("c17", "TEXT", profile={"lv_personal_code": 0.97}), table, rules)
    assert [(s.category, s.source) for s in found] == [(1, "value")]
    evidence = found[0].evidence(rules)
    assert evidence["signals"][0] == {
        "rule": "value.lv_personal_code", "kind": "value", "confidence": 0.95, "detector": "lv_personal_code",
        "ratio": 0.97,
    }  # fmt: skip


def test_name_and_values_agreeing_raise_confidence() -> None:
    rules = load_rules()
    table = table_context("klienti", [], rules)
    by_name = suggest(ColumnInfo("epasts"), table, rules)[0].confidence
    both = suggest(ColumnInfo("epasts", profile={"email": 0.99}), table, rules)[0].confidence
    assert both > by_name


def test_a_column_may_get_several_categories() -> None:
    rules = load_rules()
    table = table_context("klienti", [], rules)
    found = suggest(ColumnInfo("kontakts", "TEXT", profile={"email": 0.95, "phone_lv": 0.9}), table, rules)
    assert {s.category for s in found} == {2}
    found = suggest(ColumnInfo("e_pasts", "TEXT", comment="Klienta IP adrese"), table, rules)
    assert [s.category for s in found] == [2, 23]


def test_supporting_detector_alone_suggests_nothing() -> None:
    rules = load_rules()
    table = table_context("events", [], rules)
    assert suggest(ColumnInfo("happened_on", "DATE", profile={"birth_date": 1.0}), table, rules) == []


def test_table_looks_personal_from_its_columns() -> None:
    rules = load_rules()
    assert table_context("t_0042", ["first_name", "surname", "notes"], rules).person
    assert not table_context("t_0042", ["sku", "price"], rules).person
    assert table_context("companies", [], rules).org
    assert table_context("app_settings", [], rules).technical


def test_bad_rule_file_names_file_and_rule(tmp_path: Path) -> None:
    names = tmp_path / "names.yaml"
    names.write_text(
        "rules:\n  - id: name.bad\n    category: 33\n    names: [x]\n    explain_en: a\n    explain_lv: b\n"
        "foreign_keys: {id: fk, category: 5, explain_en: a, explain_lv: b}\n",
        encoding="utf-8",
    )
    with pytest.raises(RuleError) as info:
        load_rules(names, DATA.parent.parent / "data" / "rules" / "values.yaml")
    assert info.value.file == str(names) and info.value.obj == "name.bad" and "33" in str(info.value)
    names.write_text("rules: [\n  - id: x\n", encoding="utf-8")
    with pytest.raises(RuleError) as info:
        load_rules(names, DATA.parent.parent / "data" / "rules" / "values.yaml")
    assert info.value.line is not None


@pytest.mark.parametrize("key", ["whole_record", "self_linked", "link_categories", "bool_categories"])
@pytest.mark.parametrize(("value", "says"), [("[health]", "not a number"), ("[99]", "99"), ("3", "must be a list")])
def test_bad_record_categories_name_the_file_and_key(tmp_path: Path, key: str, value: str, says: str) -> None:
    """The records' category lists are Annex 1 ids: a word, an unknown id or a bare number is a RuleError."""
    names = tmp_path / "names.yaml"
    names.write_text(
        f"rules: []\nforeign_keys: {{id: fk, category: 5, explain_en: a, explain_lv: b}}\nrecords:\n  {key}: {value}\n",
        encoding="utf-8",
    )
    with pytest.raises(RuleError) as info:
        load_rules(names, DATA.parent.parent / "data" / "rules" / "values.yaml")
    assert info.value.file == str(names) and info.value.obj == f"records.{key}" and says in str(info.value)


@pytest.mark.parametrize(
    ("text", "obj", "says"),
    [
        (
            "rules:\n  - {id: name.s, category: 27, names: [id], own_key: 'no', explain_en: a, explain_lv: b}\n"
            "foreign_keys: {id: fk, category: 5, explain_en: a, explain_lv: b}\n",
            "name.s",
            "own_key must be true or false",
        ),
        (
            "rules: []\nforeign_keys: {id: fk, category: 5, explain_en: a, explain_lv: b, key_qualifiers: number}\n",
            "foreign_keys.key_qualifiers",
            "must be a list",
        ),
        (
            "rules: []\nforeign_keys: {id: fk, category: 5, explain_en: a, explain_lv: b}\n"
            "records: {unit_words: [cts, per cent]}\n",
            "records.unit_words",
            "single words",
        ),
        (
            "rules: []\nforeign_keys: {id: fk, category: 5, explain_en: a, explain_lv: b}\n"
            "records: {tables: [{category: 31, words: [cdr], anywhere: 'yes'}]}\n",
            "records.tables[0]",
            "anywhere must be true or false",
        ),
        (
            "rules: []\nforeign_keys: {id: fk, category: 5, explain_en: a, explain_lv: b}\n"
            "records: {tables: [{category: 23, words: [visits], whole: 1}]}\n",
            "records.tables[0]",
            "whole must be true or false",
        ),
        (
            "rules: []\nforeign_keys: {id: fk, category: 5, explain_en: a, explain_lv: b}\n"
            "records: {framework_columns: [{signature: [docstatus]}]}\n",
            "records.framework_columns[0]",
            "needs a signature and columns",
        ),
        (
            "rules: []\nforeign_keys: {id: fk, category: 5, explain_en: a, explain_lv: b}\n"
            "records: {framework_columns: {signature: [docstatus], columns: [owner]}}\n",
            "records.framework_columns",
            "must be a list",
        ),
    ],
)
def test_bad_switches_and_word_lists_name_the_file_and_key(tmp_path: Path, text: str, obj: str, says: str) -> None:
    """A switch written as a string, a word list written as a word, a phrase where single words are read: each is
    a RuleError naming the file and the rule or key, instead of a silently different classifier."""
    names = tmp_path / "names.yaml"
    names.write_text(text, encoding="utf-8")
    with pytest.raises(RuleError) as info:
        load_rules(names, DATA.parent.parent / "data" / "rules" / "values.yaml")
    assert info.value.file == str(names) and says in str(info.value)
    assert info.value.obj == obj or obj in str(info.value)


# ---------------------------------------------------------------- classify() on a catalog


def _seed(catalog: Catalog) -> dict[str, int]:
    return seed_columns(
        catalog,
        "crm",
        {
            "klienti": [
                Col("id", "INTEGER", is_pk=True),
                Col("personas_kods", "TEXT", profile={"lv_personal_code": 1.0}),
                Col("vards"),
                Col("e_pasts", profile={"email": 0.98}),
                Col("piezimes", comment="brīvs teksts"),
            ],
            "rekini": [
                Col("id", "INTEGER", is_pk=True),
                Col("klients", "INTEGER", fk_target="main.klienti.id"),
                Col("summa", "NUMERIC"),
            ],
            "produkti": [Col("id", "INTEGER", is_pk=True), Col("nosaukums"), Col("cena", "NUMERIC")],
        },
    )


def test_classify_writes_suggestions_with_evidence_and_no_values(catalog: Catalog) -> None:
    ids = _seed(catalog)
    result = classify(catalog)
    assert result.columns == 11
    assert tags_of(catalog, ids["klienti.personas_kods"])[1]["status"] == "suggested"
    assert set(tags_of(catalog, ids["klienti.e_pasts"])) == {2}
    fk = tags_of(catalog, ids["rekini.klients"])[5]
    assert any(s["rule"] == "fk.person_table" for s in fk["evidence"]["signals"])
    assert tags_of(catalog, ids["produkti.nosaukums"]) == {}
    assert tags_of(catalog, ids["klienti.id"]) == {}
    code = tags_of(catalog, ids["klienti.personas_kods"])[1]
    assert code["source"] in ("name", "value") and code["confidence"] >= 0.9
    assert {"rule", "kind", "confidence"} <= set(code["evidence"]["signals"][0])
    assert code["evidence"]["explain_lv"] and code["evidence"]["explain_en"]
    assert result.suggested == sum(len(tags_of(catalog, i)) for i in ids.values())


def test_classify_again_changes_nothing(catalog: Catalog) -> None:
    _seed(catalog)
    first = classify(catalog)
    second = classify(catalog)
    assert second.suggested == 0 and second.updated == 0 and second.unchanged == first.suggested


def test_confirmed_columns_are_left_alone(catalog: Catalog) -> None:
    ids = _seed(catalog)
    classify(catalog)
    with catalog.begin() as conn:
        conn.execute(
            schema.tag.update().where(schema.tag.c.column_id == ids["klienti.vards"]).values(status="confirmed")
        )
        conn.execute(schema.col.update().where(schema.col.c.id == ids["klienti.vards"]).values(comment="e-pasts"))
    result = classify(catalog)
    assert result.skipped_confirmed == 1
    assert {c: t["status"] for c, t in tags_of(catalog, ids["klienti.vards"]).items()} == {1: "confirmed"}


def test_rejected_suggestion_returns_only_when_its_evidence_changes(catalog: Catalog) -> None:
    ids = _seed(catalog)
    classify(catalog)
    col = ids["klienti.e_pasts"]
    with catalog.begin() as conn:
        conn.execute(schema.tag.update().where(schema.tag.c.column_id == col).values(status="rejected"))
    again = classify(catalog)
    assert again.kept_rejected == 1
    assert tags_of(catalog, col)[2]["status"] == "rejected"
    # new evidence: the comment now says it is an e-mail address
    with catalog.begin() as conn:
        conn.execute(schema.col.update().where(schema.col.c.id == col).values(comment="Klienta e-pasta adrese"))
    classify(catalog)
    assert tags_of(catalog, col)[2]["status"] == "suggested"


def test_stale_suggestions_are_withdrawn_and_not_personal_columns_skipped(catalog: Catalog) -> None:
    ids = _seed(catalog)
    classify(catalog)
    with catalog.begin() as conn:
        conn.execute(
            schema.col.update().where(schema.col.c.id == ids["klienti.e_pasts"]).values(profile=None, name="x1")
        )
        conn.execute(schema.col.update().where(schema.col.c.id == ids["klienti.vards"]).values(decision="not_personal"))
    result = classify(catalog)
    assert tags_of(catalog, ids["klienti.e_pasts"]) == {}
    assert tags_of(catalog, ids["klienti.vards"]) == {}
    assert result.withdrawn == 2


def test_classify_one_system_and_unknown_system(catalog: Catalog) -> None:
    _seed(catalog)
    seed_columns(catalog, "billing", {"payers": [Col("iban")]})
    assert classify(catalog, "billing").columns == 1
    with pytest.raises(NotFoundError):
        classify(catalog, "nope")


def test_classify_records_one_audit_entry_per_run(catalog: Catalog) -> None:
    _seed(catalog)
    classify(catalog)
    with catalog.connect() as conn:
        rows = conn.execute(sa.select(schema.audit.c.action, schema.audit.c.after)).all()
    assert [r.action for r in rows] == ["classify.run"]
    assert json.dumps(rows[0].after)  # counts only


def test_references_by_name_to_a_person_table_of_the_same_system(catalog: Catalog) -> None:
    # "accounts" is about people here only because of its columns (a login and a profile photo); in the
    # second system "accounts" are the tenants (companies) and their references stay unlabelled.
    social = seed_columns(
        catalog,
        "social",
        {
            "accounts": [Col("id", "INTEGER", is_pk=True), Col("username"), Col("avatar_file_name"), Col("note")],
            "statuses": [Col("id", "INTEGER", is_pk=True), Col("account_id", "INTEGER"), Col("target_account_id")],
            "patients": [Col("id", "INTEGER", is_pk=True), Col("fname"), Col("lname")],
            "visits": [Col("id", "INTEGER", is_pk=True), Col("pid", "INTEGER")],
        },
    )
    tenant = seed_columns(
        catalog,
        "helpdesk",
        {
            "accounts": [Col("id", "INTEGER", is_pk=True), Col("name"), Col("domain"), Col("support_email")],
            "labels": [Col("id", "INTEGER", is_pk=True), Col("account_id", "INTEGER"), Col("title")],
            "threads": [Col("id", "INTEGER", is_pk=True), Col("pid", "INTEGER")],
        },
    )
    classify(catalog)
    assert set(tags_of(catalog, social["statuses.account_id"])) == {5}
    assert set(tags_of(catalog, social["statuses.target_account_id"])) == {5}
    assert set(tags_of(catalog, social["visits.pid"])) == {5}  # pid stands for the patient: there is a patients table
    assert set(tags_of(catalog, social["accounts.avatar_file_name"])) == {24}
    assert tags_of(catalog, tenant["labels.account_id"]) == {}
    assert tags_of(catalog, tenant["threads.pid"]) == {}  # a parent id where no patients are kept
    assert tags_of(catalog, tenant["accounts.support_email"]) == {}


def test_an_order_in_a_system_with_attendees_buys_a_service() -> None:
    """Orders are goods (14) in a shop, a place at an event (15) where the system keeps attendees."""
    from dataclasses import replace

    rules = load_rules()
    columns = [ColumnInfo("amount", "decimal(10,2)"), ColumnInfo("customer_id", "int")]
    shop = table_context("orders", [c.name for c in columns], rules)
    events = replace(shop, people=(("attendees",), ("users",)))
    assert [s.category for s in suggest_table(shop, columns, rules)[0]] == [14]
    assert [s.category for s in suggest_table(events, columns, rules)[0]] == [15]


def test_the_lines_of_an_order_are_no_product_catalogue() -> None:
    """``oc_order_product`` ends in a catalogue word, but it holds the lines of an order linked to a customer."""
    rules = load_rules()
    columns = [ColumnInfo(n) for n in ("order_product_id", "order_id", "product_id", "name", "quantity", "price")]
    table = table_context("oc_order_product", [c.name for c in columns], rules)
    found = suggest_table(table, columns, rules, linked_tables=frozenset({("oc", "order")}))
    assert not table.technical
    assert [f[0].category if f else None for f in found] == [None, None, None, 14, 14, 14]
    assert not table_context("order_product", [c.name for c in columns], rules).technical  # without a prefix too


def test_the_files_of_a_message_are_part_of_it() -> None:
    """An attachments table pointing at a thread holds parts of a communication; on their own, files say nothing."""
    rules = load_rules()
    names = ["id", "thread_id", "file_name", "mime_type"]
    columns = [ColumnInfo(n, is_pk=n == "id") for n in names]
    found = suggest_table(table_context("attachments", names, rules), columns, rules)
    assert [f[0].category if f else None for f in found] == [None, None, 13, 13]
    loose = [ColumnInfo(n, is_pk=n == "id") for n in ("id", "folder_id", "file_name", "mime_type")]
    found = suggest_table(table_context("attachments", [c.name for c in loose], rules), loose, rules)
    assert found == [[], [], [], []]


def test_a_crms_accounts_are_companies_only_where_its_contacts_refer_to_them() -> None:
    """``accounts`` beside ``contacts.account_id`` are the contacts' companies; alone, accounts may be people's."""
    from catalog.classify import suggest_system
    from catalog.suggestion import TableInfo

    rules = load_rules()

    def system(*tables: tuple[str, list[str]]) -> list[tuple[TableInfo, list[ColumnInfo]]]:
        return [(table_context(n, cs, rules), [ColumnInfo(c) for c in cs]) for n, cs in tables]

    accounts = ("accounts", ["name", "phone", "email"])
    crm = suggest_system(system(accounts, ("contacts", ["first_name", "last_name", "account_id"])), rules)
    social = suggest_system(system(accounts, ("statuses", ["text", "account_id"])), rules)
    assert crm[0] == [[], [], []]
    assert [f[0].category if f else None for f in social[0]][1:] == [2, 2]


def test_role_after_the_key_and_join_tables_with_an_application_prefix_link_to_people() -> None:
    """GLPI names a reference's role after the key (``users_id_tech``) and prefixes its join tables
    (``glpi_groups_users``): both still point at the users; a bookkeeping role (``gibbonPersonIDCreator``) does not."""
    rules = load_rules()
    spec = {
        "glpi_users": ["id", "name", "realname", "firstname", "password", "phone"],
        "glpi_tickettasks": ["id", "tickets_id", "content", "users_id_tech", "users_id_supervisor_id_list"],
        "glpi_groups_users": ["id", "users_id", "groups_id", "is_manager"],
        "glpi_notes": ["id", "content", "users_idcreator", "glpi_users_id_creator"],
    }
    tables = [(table_context(t, cols, rules), [ColumnInfo(c) for c in cols]) for t, cols in spec.items()]
    found = dict(zip(spec, suggest_system(tables, rules)))
    cats = {t: {c: [s.category for s in f] for c, f in zip(spec[t], found[t])} for t in spec}
    assert cats["glpi_tickettasks"]["users_id_tech"] == [5], cats["glpi_tickettasks"]
    assert cats["glpi_groups_users"]["users_id"] == [5]
    assert cats["glpi_notes"]["glpi_users_id_creator"] == []


def test_a_billing_systems_accounts_and_their_row_keys_and_history_link_to_people() -> None:
    """Kill Bill: ``accounts`` naming the customer's company are people; ``account_record_id`` is a reference to
    that account's row, and the history of an invoice's lines is still invoice lines (not a product catalogue)."""
    rules = load_rules()
    spec = {
        "accounts": ["record_id", "name", "email", "phone", "company_name", "locale"],
        "payments": ["record_id", "account_record_id", "state_name"],
        "invoice_item_history": ["record_id", "invoice_id", "account_id", "amount", "currency", "start_date"],
    }
    tables = [(table_context(t, cols, rules), [ColumnInfo(c) for c in cols]) for t, cols in spec.items()]
    found = dict(zip(spec, suggest_system(tables, rules)))
    cats = {t: {c: [s.category for s in f][:1] for c, f in zip(spec[t], found[t])} for t in spec}
    assert cats["accounts"]["locale"] == [7], cats["accounts"]
    assert cats["payments"]["account_record_id"] == [5], cats["payments"]
    assert cats["invoice_item_history"]["amount"] == [18], cats["invoice_item_history"]


def test_credentials_led_by_a_service_name_do_not_make_a_table_about_people() -> None:
    """A device with SNMP passwords (phpIPAM's ``devices``) is no person's account: ``snmp_v3_auth_pass`` is led by a
    service name, as ``smtp_password`` is; a login and a password of the row's own make one."""
    rules = load_rules()
    device = ["hostname", "ip_addr", "type", "snmp_community", "snmp_v3_auth_pass", "snmp_v3_priv_pass", "location"]
    assert not table_context("devices", device, rules).person
    assert table_context("members", ["login", "password", "avatar"], rules).person


def test_keys_to_people_are_no_head_count_of_an_organisation() -> None:
    """``employees`` (how many a company has) is an organisation's column; Horilla's ``employee_id_id`` and
    ``employee_type_id_id`` in an employee's work information are keys: the e-mail and phone there are the
    employee's. A company's ``tax_id`` beside its head count still says organisation."""
    rules = load_rules()
    work = ["employee_id_id", "employee_type_id_id", "company_id_id", "email", "mobile", "basic_salary"]
    assert not table_context("employee_employeeworkinformation", work, rules).org
    assert table_context("t_0043", ["name", "tax_id", "employees", "email"], rules).org


def test_an_organisation_attribute_counts_once_however_often_it_is_repeated() -> None:
    """CORE's sales returns name a shared-ownership sale's values in many columns
    (``old_persons_shared_ownership_value_check``, ``shared_ownership_deposit_value_check``): one attribute,
    "ownership", is no evidence that the rows are companies; two different ones (a SugarCRM account's
    ``ownership`` beside its ``industry``) are."""
    rules = load_rules()
    sale = [
        "purchid",
        "age1",
        "sex1",
        "old_persons_shared_ownership_value_check",
        "shared_ownership_deposit_value_check",
    ]
    assert not table_context("sales_logs", sale, rules).org
    assert table_context("t_0044", ["name", "ownership", "industry", "phone_office"], rules).org


def test_a_history_copy_of_a_person_keeps_the_persons_own_id() -> None:
    """django-simple-history copies each row of ``accounts_user`` into ``accounts_historicaluser``, keyed by
    ``history_id``: there ``id`` is the person's own key, a link to them (5). Where ``id`` is the key, or no key is
    declared, it stays the surrogate it is; a history of projects lends its ``id`` nothing."""
    rules = load_rules()

    def ids(table: str, names: list[str], pk: str | None) -> list[int]:
        columns = [
            ColumnInfo(name, "int" if name.endswith("id") else "varchar(100)", is_pk=name == pk) for name in names
        ]
        found = suggest_table(table_context(table, names, rules), columns, rules)
        return [s.category for s in found[names.index("id")]]

    history = ["id", "username", "email", "full_name", "history_id", "history_date", "history_type", "history_user_id"]
    assert ids("accounts_historicaluser", history, "history_id") == [5]
    assert ids("accounts_user", history[:4], "id") == [] and ids("accounts_user", history[:4], None) == []
    assert ids("project_historicalproject", ["id", "title", "status", "history_id"], "history_id") == []
    assert ids("users", ["id", "login", "email", "full_name"], "login") == []


def test_a_settings_row_is_personal_only_for_a_plain_person_key() -> None:
    """Snipe-IT's one-row ``settings`` holds ``google_client_id`` (the installation's sign-on app): no person key.
    ``user_settings.user_id`` is one, and so is Gibbon's ``gibbonPersonIDOwnership`` behind the application's prefix;
    a two-word technical name outranks a person head (``oauth_clients`` are applications)."""
    rules = load_rules()
    assert table_context("settings", ["site_name", "google_client_id", "ldap_uname", "ldap_pword"], rules).technical
    assert not table_context("user_settings", ["user_id", "theme"], rules).technical
    assert not table_context("gibbonLibraryItem", ["name", "gibbonPersonIDOwnership"], rules).technical
    assert not table_context("oauth_clients", ["user_id", "name", "secret", "redirect"], rules).person


def test_a_persons_public_account_beside_their_login_links_like_the_person() -> None:
    """PeerTube keeps each user's public ``account`` (``userId``) apart from the login: ``accountId`` elsewhere
    (a comment's, a rating's) links the row to that person."""
    rules = load_rules()
    spec = {
        "user": ["id", "username", "password", "email"],
        "account": ["id", "name", "description", "userId"],
        "videoComment": ["id", "text", "accountId", "videoId"],
    }
    tables = [
        (table_context(t, cols, rules), [ColumnInfo(c, is_pk=c == "id") for c in cols]) for t, cols in spec.items()
    ]
    found = dict(zip(spec, suggest_system(tables, rules)))
    assert [s.category for s in found["videoComment"][2]][:1] == [5], found["videoComment"]


def test_a_polymorphic_key_named_after_people_still_links_a_person() -> None:
    """Bagisto's ``orders.customer_id`` beside ``customer_type`` (a Laravel morph: a customer, or null for a guest)
    links the order to a person, and the type beside it names a class; ``subject_id`` beside ``subject_type``
    points at a row of any table and links nobody by itself."""
    rules = load_rules()
    spec = {
        "customers": ["id", "first_name", "last_name", "email"],
        "orders": ["id", "customer_id", "customer_type", "grand_total", "subject_id", "subject_type"],
    }
    tables = [
        (table_context(t, cols, rules), [ColumnInfo(c, is_pk=c == "id") for c in cols]) for t, cols in spec.items()
    ]
    orders = dict(zip(spec["orders"], suggest_system(tables, rules)[1]))
    assert [s.category for s in orders["customer_id"]][:1] == [5], orders
    assert orders["customer_type"] == [] and orders["subject_id"] == [], orders


def test_a_membership_of_a_queue_does_not_make_the_users_staff() -> None:
    """MagnusBilling keeps its customers in ``pkg_user``; ``pkg_queue_member`` says which SIP accounts answer a call
    queue — no table of members of its own, so the ``id_user`` of a call record is the customer (5), not staff
    acting in it. Beside a ``members`` table the users are the staff (rule 3)."""
    rules = load_rules()

    def cdr_user(spec: dict[str, list[str]]) -> list[int]:
        tables = [(table_context(t, cols, rules), [ColumnInfo(c) for c in cols]) for t, cols in spec.items()]
        found = dict(zip(spec, suggest_system(tables, rules)))
        return [s.category for s in found["pkg_sms"][1]][:1]

    spec = {
        "pkg_user": ["id", "username", "password", "firstname", "lastname", "email"],
        "pkg_queue_member": ["id", "membername", "queue_name", "interface", "paused"],
        "pkg_sms": ["id", "id_user", "telephone", "sms", "date", "result"],
    }
    assert cdr_user(spec) == [5]
    del spec["pkg_queue_member"]
    spec["pkg_members"] = ["id", "first_name", "last_name", "email", "phone"]
    assert cdr_user(spec) == [13]


def test_an_snmp_managed_device_is_a_network_element_not_terminal_equipment() -> None:
    """LibreNMS's ``devices`` (sysName, sysDescr, snmp_community): what identifies it is network information (30), as
    the demo's rule 6 has it; its monitoring metrics (status, last_polled) are nobody's. A customer's router stays 9."""
    rules = load_rules()
    cols = ["device_id", "hostname", "sysName", "sysDescr", "snmp_community", "os", "serial", "status", "last_polled"]
    info = table_context("devices", cols, rules)
    assert info.network
    found = dict(zip(cols, suggest_table(info, [ColumnInfo(c, is_pk=c == "device_id") for c in cols], rules)))
    assert [s.category for s in found["serial"]][:1] == [30]
    assert found["status"] == [] and found["last_polled"] == []
    cpe = ["id", "customer_id", "serial", "model", "mac"]
    found = dict(zip(cpe, suggest_table(table_context("devices", cpe, rules), [ColumnInfo(c) for c in cpe], rules)))
    assert [s.category for s in found["serial"]][:1] == [9]


def test_the_lines_of_a_customers_order_are_that_order_whatever_their_prefix() -> None:
    """Spree: ``spree_line_items`` names no record (the vendor prefix, then "line items"), but its ``order_id``
    refers to the customer's order, so its prices and quantities are the order's; the lines of a product
    catalogue refer to nothing linked to a person and stay unlabelled."""
    rules = load_rules()
    spec = {
        "spree_users": ["id", "email", "first_name", "last_name"],
        "spree_orders": ["id", "number", "user_id", "total", "completed_at"],
        "spree_line_items": ["id", "order_id", "variant_id", "quantity", "price"],
        "spree_catalog_line_items": ["id", "catalog_id", "variant_id", "quantity", "price"],
    }
    tables = [(table_context(t, cols, rules), [ColumnInfo(c) for c in cols]) for t, cols in spec.items()]
    found = dict(zip(spec, suggest_system(tables, rules)))
    cats = {t: {c: [s.category for s in f] for c, f in zip(spec[t], found[t])} for t in spec}
    assert cats["spree_line_items"]["quantity"] == [14] and cats["spree_line_items"]["price"] == [14], cats
    assert cats["spree_catalog_line_items"]["price"] == []


def _system_categories(
    spec: dict[str, list[str]], order: list[str] | None = None, first_is_key: bool = False
) -> dict[str, dict[str, list[int]]]:
    """Each column's suggested categories when *spec*'s tables (name → column names) form one system, listed in
    *order* (default: spec's); the key is ``id``, or with *first_is_key* each table's first column."""
    rules = load_rules()
    names = order or list(spec)
    tables = [
        (
            table_context(t, spec[t], rules),
            [ColumnInfo(c, is_pk=c == (spec[t][0] if first_is_key else "id")) for c in spec[t]],
        )
        for t in names
    ]
    found = dict(zip(names, suggest_system(tables, rules)))
    return {t: {c: [s.category for s in f] for c, f in zip(spec[t], found[t])} for t in spec}


def test_a_frameworks_own_columns_describe_no_record() -> None:
    """Frappe gives every doctype ``owner``, ``creation``, ``docstatus``, ``_user_tags`` and ``_comments``: in an
    employee's leave allocation they are bookkeeping (rule 5), while the leave's own dates are its record (12).
    Without Frappe's signature (``modified_by``, ``idx``) a record's ``owner`` is still its owner."""
    frappe = ["name", "creation", "modified", "modified_by", "owner", "docstatus", "idx", "employee", "from_date",
              "to_date", "new_leaves_allocated", "_user_tags", "_comments"]  # fmt: skip
    cats = _system_categories(
        {"tabEmployee": ["name", "employee_name", "date_of_birth"], "tabLeave Allocation": frappe}
    )
    leave = cats["tabLeave Allocation"]
    assert leave["from_date"] == [12] and leave["to_date"] == [12], leave
    for column in ("owner", "creation", "docstatus", "_user_tags", "_comments"):
        assert leave[column] == [], (column, leave)
    plain = _system_categories({"users": ["id", "email"], "leaves": ["id", "user_id", "start_date", "owner"]})
    assert plain["leaves"]["owner"] == [12] and plain["leaves"]["start_date"] == [12], plain


def test_leave_and_absence_are_a_record_of_the_employee_but_a_leave_type_is_not() -> None:
    cats = _system_categories({
        "users": ["id", "email", "firstname"],
        "leaves_history": ["id", "employee", "startdate", "enddate", "status", "duration"],
        "leave_types": ["id", "name", "default_days"],
    })  # fmt: skip
    history = cats["leaves_history"]
    assert all(history[c] == [12] for c in ("startdate", "enddate", "status", "duration")), history
    assert all(v == [] for v in cats["leave_types"].values()), cats["leave_types"]


def test_a_social_status_is_a_post_but_a_status_lookup_is_not() -> None:
    cats = _system_categories({
        "accounts": ["id", "username", "display_name"],
        "statuses": ["id", "account_id", "text", "spoiler_text", "in_reply_to_id", "visibility", "created_at"],
        "order_statuses": ["id", "name", "color", "is_paid"],
    })  # fmt: skip
    assert cats["statuses"]["text"] == [13] and cats["statuses"]["spoiler_text"] == [13], cats["statuses"]
    assert all(v == [] for v in cats["order_statuses"].values()), cats["order_statuses"]


def test_an_abuse_report_is_a_complaint_but_a_report_definition_is_not() -> None:
    """A report naming a reported account and a reason is a complaint (21); Matomo's or Zabbix's ``report``
    defines a scheduled report and holds nobody's record; a driver's fuel report is no abuse report."""
    cats = _system_categories({
        "users": ["id", "username", "email"],
        "reports": ["id", "user_id", "target_account_id", "comment", "category", "action_taken_at"],
        "report": ["id", "name", "description", "period", "format", "userid"],
        "fuel_reports": ["id", "driver_uuid", "reported_by_uuid", "report", "amount"],
    })  # fmt: skip
    assert cats["reports"]["comment"] == [21] and cats["reports"]["action_taken_at"] == [21], cats["reports"]
    assert cats["report"]["period"] == [] and cats["report"]["format"] == [], cats["report"]
    assert 21 not in cats["fuel_reports"]["amount"], cats["fuel_reports"]


def test_asterisk_channel_events_are_traffic_data() -> None:
    cats = _system_categories({"cel": ["id", "eventtype", "eventtime", "cid_num", "exten", "channame", "uniqueid"]})
    assert all(cats["cel"][c] == [31] for c in ("eventtype", "eventtime", "exten", "channame")), cats["cel"]


def test_sip_identifiers_make_a_table_signalling_whatever_its_name_says_and_capture_tables_are_traffic() -> None:
    """Kamailio's ``missed_calls`` holds Call-IDs, tags and SIP codes: signalling of a call (31), though its name
    says "calls" (13 elsewhere); a CRM's ``calls`` without them stay conversations (13). A SIP capture server's
    captured SIP and ISUP packets are traffic data too."""
    sip = ["id", "method", "from_tag", "to_tag", "callid", "sip_code", "sip_reason", "time", "src_user"]
    cats = _system_categories({
        "missed_calls": sip,
        "sip_capture_call_20150407": ["id", "date", "method", "reply_reason", "from_user", "msg"],
        "isup_capture_all_20150407": ["id", "date", "called_number", "calling_number", "opc", "dpc", "cic"],
        "contacts": ["id", "first_name", "email"],
        "calls": ["id", "contact_id", "subject", "date_start", "duration", "description"],
    })  # fmt: skip
    missed = cats["missed_calls"]
    assert missed["sip_reason"] == [31] and missed["time"] == [31] and missed["method"] == [31], missed
    capture = cats["sip_capture_call_20150407"]
    assert capture["method"] == [31] and capture["reply_reason"] == [31], capture
    isup = cats["isup_capture_all_20150407"]
    assert isup["opc"] == [31] and isup["cic"] == [31], isup
    assert cats["calls"]["subject"] == [13] and cats["calls"]["duration"] == [13], cats["calls"]


def test_clinical_events_of_a_research_data_model_are_health_data() -> None:
    """OMOP's ``condition_occurrence`` and ``drug_exposure`` are a person's clinical events (3) whatever the
    system is called; a ``measurement`` is clinical only in a clinical system (a weather station's is not)."""
    cats = _system_categories({
        "person": ["person_id", "gender_concept_id", "year_of_birth"],
        "condition_occurrence": ["condition_occurrence_id", "person_id", "condition_start_date", "stop_reason"],
        "drug_exposure": ["drug_exposure_id", "person_id", "drug_exposure_start_date", "quantity", "sig"],
        "measurement": ["measurement_id", "person_id", "measurement_date", "value_as_number"],
    })  # fmt: skip
    assert cats["condition_occurrence"]["condition_start_date"] == [3], cats["condition_occurrence"]
    assert cats["drug_exposure"]["quantity"] == [3], cats["drug_exposure"]
    weather = _system_categories({
        "stations": ["id", "name", "owner_id"],
        "users": ["id", "email"],
        "measurement": ["id", "station_id", "user_id", "measured_at", "value"],
    })  # fmt: skip
    assert 3 not in weather["measurement"]["value"], weather["measurement"]


def test_an_issue_trackers_issue_is_a_request_but_a_librarys_issue_is_a_loan() -> None:
    cats = _system_categories({
        "users": ["id", "login", "firstname"],
        "issues": ["id", "tracker_id", "subject", "description", "due_date", "author_id", "assigned_to_id"],
        "borrowers": ["borrowernumber", "surname", "email"],
    })  # fmt: skip
    assert cats["issues"]["subject"] == [21] and cats["issues"]["due_date"] == [21], cats["issues"]
    library = _system_categories({
        "borrowers": ["id", "surname", "email"],
        "issues": ["issue_id", "borrower_id", "item_id", "date_due", "returndate", "renewals", "note"],
    })  # fmt: skip
    assert library["issues"]["date_due"] == [11] and library["issues"]["renewals"] == [11], library["issues"]


def test_sent_sms_are_messages_an_insurees_policy_is_a_contract_and_the_audit_user_is_bookkeeping() -> None:
    cats = _system_categories({
        "phones": ["id", "imei", "client"],
        "pbk": ["id", "name", "number"],
        "sentitems": ["id", "sending_datetime", "destination_number", "text_decoded", "status", "sender_id"],
        "tblInsuree": ["InsureeID", "LastName", "OtherNames", "DOB", "AuditUserID"],
        "tblPolicy": ["PolicyID", "FamilyID", "EnrollDate", "ExpiryDate", "PolicyStatus", "AuditUserID"],
        "tblPasswordPolicy": ["id", "min_length"],
    })  # fmt: skip
    assert cats["sentitems"]["sending_datetime"] == [13] and cats["sentitems"]["status"] == [13], cats["sentitems"]
    assert cats["tblPolicy"]["EnrollDate"] == [10] and cats["tblPolicy"]["PolicyStatus"] == [10], cats["tblPolicy"]
    assert cats["tblPolicy"]["AuditUserID"] == [] and cats["tblInsuree"]["AuditUserID"] == [], cats["tblPolicy"]
    assert cats["tblPasswordPolicy"]["min_length"] == [], cats["tblPasswordPolicy"]


def test_an_abbreviated_user_reference_links_a_person_but_its_creator_stamp_is_bookkeeping() -> None:
    cats = _system_categories({
        "adm_users": ["usr_id", "usr_login_name", "usr_password"],
        "adm_members": ["mem_id", "mem_usr_id", "mem_begin", "mem_usr_id_create", "mem_timestamp_create"],
    })  # fmt: skip
    members = cats["adm_members"]
    assert members["mem_usr_id"] == [5] and members["mem_usr_id_create"] == [], members


def test_a_twilio_style_sid_names_its_object_and_only_a_bare_sid_is_a_session() -> None:
    cats = _system_categories({
        "accounts": ["sid", "friendly_name", "email_address", "password"],
        "incoming_phone_numbers": ["sid", "account_sid", "phone_number", "voice_application_sid"],
        "user_sessions": ["id", "user_id", "sid", "last_seen"],
    })  # fmt: skip
    numbers = cats["incoming_phone_numbers"]
    assert numbers["account_sid"] == [5] and 27 not in numbers["voice_application_sid"], numbers
    assert cats["user_sessions"]["sid"] == [27], cats["user_sessions"]


def test_relative_as_an_adjective_is_no_family_member() -> None:
    cats = _system_categories({
        "users": ["id", "email"],
        "outbox": ["id", "user_id", "RelativeValidity", "SendingDateTime"],
        "emergency_contacts": ["id", "user_id", "relative_name", "relative_phone"],
    })  # fmt: skip
    assert 4 not in cats["outbox"]["RelativeValidity"], cats["outbox"]
    assert cats["emergency_contacts"]["relative_name"] == [4], cats["emergency_contacts"]


def test_an_installations_defaults_are_settings() -> None:
    cats = _system_categories({
        "users": ["id", "email"],
        "tblIMISDefaults": ["DefaultID", "SMSUserName", "SMSPassword", "APIKey", "AssociatedPhotoFolder"],
    })  # fmt: skip
    assert all(v == [] for v in cats["tblIMISDefaults"].values()), cats["tblIMISDefaults"]


def test_chat_archives_privacy_lists_second_factors_transcriptions_and_insurance_claims() -> None:
    cats = _system_categories({
        "users": ["username", "password", "email"],
        "archive": ["username", "timestamp", "peer", "bare_peer", "txt", "kind"],
        "privacy_list": ["username", "name", "id", "created_at"],
        "fido2": ["id", "username", "public_key", "active", "created"],
        "transcriptions": ["id", "user_id", "recording_sid", "duration", "transcription_text"],
        "archive_settings": ["id", "retention_days", "enabled"],
    })  # fmt: skip
    assert cats["archive"]["timestamp"] == [13], cats["archive"]
    assert cats["privacy_list"]["name"] == [28], cats["privacy_list"]
    assert cats["fido2"]["active"] == [27], cats["fido2"]
    assert cats["transcriptions"]["duration"] == [26], cats["transcriptions"]
    assert all(v == [] for v in cats["archive_settings"].values()), cats["archive_settings"]
    insurance = _system_categories({
        "insurees": ["id", "last_name", "dob"],
        "claims": ["id", "insuree_id", "date_claimed", "claimed", "approval_status"],
    })  # fmt: skip
    assert insurance["claims"]["date_claimed"] == [18], insurance["claims"]


def test_a_payment_reference_is_billing_data_and_an_oauth_clients_secret_is_nobodys() -> None:
    cats = _system_categories({
        "users": ["id", "email"],
        "refunds": ["id", "payment_id", "amount"],
        "oauth_applications": ["id", "name", "uid", "client_secret", "redirect_uri"],
        "oauth_access_tokens": ["id", "resource_owner_id", "application_id", "token", "expires_in"],
    })  # fmt: skip
    assert cats["refunds"]["payment_id"] == [18], cats["refunds"]
    assert cats["oauth_applications"]["client_secret"] == [], cats["oauth_applications"]
    assert cats["oauth_access_tokens"]["application_id"] == [], cats["oauth_access_tokens"]
    assert cats["oauth_access_tokens"]["token"] == [27], cats["oauth_access_tokens"]


def test_an_orders_totals_and_taxes_are_its_lines_and_sms_queues_are_communication() -> None:
    cats = _system_categories({
        "customers": ["id", "email", "firstname"],
        "orders": ["id", "customer_id", "total", "date_purchased"],
        "order_product_tax": ["id", "order_id", "title", "amount"],
        "sms_outgoing": ["id", "uid", "p_dst", "p_msg", "p_datetime", "p_status"],
    })  # fmt: skip
    taxes = cats["order_product_tax"]
    assert taxes["title"] == [14] and taxes["amount"] == [14], taxes
    assert cats["sms_outgoing"]["p_msg"] == [13] and cats["sms_outgoing"]["p_datetime"] == [13], cats["sms_outgoing"]


def test_an_oauth_tables_client_is_the_application_but_a_billing_client_is_a_customer() -> None:
    cats = _system_categories({
        "client": ["id", "first_name", "last_name", "email"],
        "invoice": ["id", "client_id", "total", "due_at"],
        "oauth_access_tokens": ["id", "client_id", "user_id", "access_token", "expires"],
    })  # fmt: skip
    assert cats["invoice"]["client_id"] == [5], cats["invoice"]
    assert cats["oauth_access_tokens"]["client_id"] == [], cats["oauth_access_tokens"]
    assert cats["oauth_access_tokens"]["user_id"] == [5], cats["oauth_access_tokens"]


def test_a_bots_message_settings_are_settings_but_an_inbox_holds_messages() -> None:
    """A table named like settings holds messages when several columns are named as messages from their start
    (an inbox's ``mail_subject``, ``mail_body``, ``to_cc``); a bot's ``delay_message`` or ``split_messages`` only
    configure what it will send."""
    cats = _system_categories({
        "users": ["id", "email", "first_name"],
        "dify_setting": ["id", "delay_message", "unknown_message", "split_messages", "listening_from_me"],
        "msg_settings": ["id", "user_id", "mail_subject", "mail_body", "to_cc", "mail_datetime"],
    })  # fmt: skip
    assert all(v == [] for c, v in cats["dify_setting"].items()), cats["dify_setting"]
    inbox = cats["msg_settings"]
    assert inbox["mail_subject"] == [13] and inbox["mail_body"] == [13], inbox


def test_a_table_suffix_t_leaves_the_head_noun_in_charge() -> None:
    """OpenSlides names every table ``<noun>_t``: ``organization_t`` is about an organisation (its time zone is a
    setting), ``user_t`` about people."""
    rules = load_rules()
    assert table_context("organization_t", [], rules).org and table_context("user_t", [], rules).person
    cats = _system_categories({"organization_t": ["id", "name", "time_zone", "default_language"]})
    assert all(v == [] for v in cats["organization_t"].values()), cats


def test_a_names_other_form_keeps_the_names_category() -> None:
    """``first_name_local`` (OFBiz: the name in the local script) and ``last_name_metaphone`` (TimeTrex: its sound
    key) hold a name, not a locale or a phone number; ``email_normalized`` is still an e-mail."""
    rules = load_rules()
    person = table_context("person", ["party_id", "first_name", "first_name_local"], rules)
    for column, category in (("first_name_local", 1), ("last_name_metaphone", 1), ("email_normalized", 2)):
        found = suggest(ColumnInfo(column, "varchar(60)"), person, rules)
        assert [s.category for s in found][:1] == [category], (column, found)


def test_a_people_tables_name_before_its_login_refers_to_the_person() -> None:
    """eFront keys every row a user owns by ``users_LOGIN`` (``users.login``): a link to the person (rule 2, 5),
    while the user's own ``login`` stays access data."""
    cats = _system_categories({
        "users": ["id", "login", "password", "email", "name"],
        "bookmarks": ["id", "users_LOGIN", "name", "url"],
    })  # fmt: skip
    assert cats["bookmarks"]["users_LOGIN"] == [5], cats["bookmarks"]
    assert cats["users"]["login"] == [27], cats["users"]


def test_a_page_hit_is_website_activity_whatever_its_table_is_called() -> None:
    """Plausible's and Rybbit's ``events``: two columns of a web visit (``pathname``, ``referrer``, UTM tags) make the
    columns describing it a record of what the visitor did (23); a customer's row carrying their last page stays theirs."""
    cats = _system_categories({
        "events": ["id", "timestamp", "pathname", "referrer", "utm_source", "city", "device_type", "country_code"],
        "customers": ["id", "email", "name", "pathname", "referrer", "last_seen_at"],
    })  # fmt: skip
    events = cats["events"]
    assert all(events[c] == [23] for c in ("timestamp", "pathname", "utm_source", "country_code")), events
    # the device a visit came from is part of the visit (the demo's webanalytics.sessions.ierice), no terminal
    assert events["device_type"] == [23], events
    customers = cats["customers"]
    assert customers["email"] == [2] and 23 not in customers["last_seen_at"], customers
    # a recorded visit is no login session (OpenReplay's sessions: the visitor's screen and pages)
    visits = _system_categories({
        "users": ["id", "email", "name"],
        "sessions": ["session_id", "project_id", "start_ts", "duration", "screen_width", "screen_height", "user_id"],
    })["sessions"]  # fmt: skip
    assert visits["duration"] == [23] and visits["start_ts"] == [23], visits


def test_who_created_or_changed_a_row_is_bookkeeping_however_the_user_is_named() -> None:
    """``created_by_user_id``, ``change_user_id`` and ``moduserid`` say who wrote the row (rule 5), like
    ``created_by``; the person the row is about (``user_id``) is still a link (5)."""
    cats = _system_categories({
        "users": ["id", "email", "first_name"],
        "expenses": ["id", "user_id", "amount", "created_by_user_id", "change_user_id", "moduserid"],
    })  # fmt: skip
    expenses = cats["expenses"]
    assert expenses["user_id"] == [5], expenses
    assert all(expenses[c] == [] for c in ("created_by_user_id", "change_user_id", "moduserid")), expenses


def test_a_persons_parents_are_contact_persons_and_an_orders_shipments_are_the_purchase() -> None:
    """eGov DIGIT keeps a registered birth's father and mother in tables of their own: their names and phones are
    contact persons' data (4, like guardians). Spree's shipments say how the goods bought reach the buyer (14)."""
    cats = _system_categories({
        "customers": ["id", "email", "first_name"],
        "eg_birth_father_info": ["id", "firstname", "lastname", "mobileno", "birthdtlid"],
        "orders": ["id", "customer_id", "total"],
        "shipments": ["id", "order_id", "tracking", "shipped_at", "state", "cost"],
    })  # fmt: skip
    father = cats["eg_birth_father_info"]
    assert father["firstname"] == [4] and father["mobileno"] == [4], father
    shipments = cats["shipments"]
    assert all(shipments[c] == [14] for c in ("shipped_at", "state", "cost")), shipments


def test_a_time_trackers_intervals_are_work_records_and_signing_keys_are_the_installations() -> None:
    """Cattr's ``time_intervals`` (a user's tracked stretch of work) are activity records like timesheets (12);
    a JSON Web Key Set's private key signs the installation's tokens and belongs to no one."""
    cats = _system_categories({
        "users": ["id", "email", "full_name"],
        "time_intervals": ["id", "task_id", "user_id", "start_at", "end_at"],
        "jwks": ["id", "public_key", "private_key", "created_at"],
    })  # fmt: skip
    assert cats["time_intervals"]["start_at"] == [12] and cats["time_intervals"]["end_at"] == [12], cats
    assert all(v == [] for v in cats["jwks"].values()), cats["jwks"]


def test_a_user_agents_key_is_website_activity_not_a_person() -> None:
    """``user_agent_id`` points at the browser a newsletter was opened in (MailPoet), not at an agent or a user."""
    rules = load_rules()
    opens = table_context("email_opens", ["id", "subscriber_id", "user_agent_id", "created_at"], rules)
    found = suggest(ColumnInfo("user_agent_id", "int"), opens, rules)
    assert [s.category for s in found][:1] == [23], found


def test_people_named_by_the_part_they_play_are_person_tables() -> None:
    """A ride-hailing app's riders, a library's borrowers and a lender's debtors are people: a key to their table
    links a row to a person (5), whatever word the application uses for them."""
    cats = _system_categories({
        "debtors_master": ["debtor_no", "name", "address"],
        "sales_orders": ["order_no", "debtor_no", "ord_date"],
        "riders": ["id", "mobile_number", "first_name"],
        "saved_locations": ["id", "rider_id", "tag"],
    })  # fmt: skip
    assert cats["sales_orders"]["debtor_no"] == [5], cats["sales_orders"]
    assert cats["saved_locations"]["rider_id"] == [5], cats["saved_locations"]


def test_a_bare_serial_number_is_a_devices_only_in_a_table_of_devices() -> None:
    """A serial number identifies a person's terminal equipment (9) in a table of devices; a certificate's, a
    charging station's or a DNS zone's serial, or AtoM's row version ``serial_number``, belongs to no one."""
    cats = _system_categories({
        "users": ["id", "email", "name"],
        "devices": ["id", "user_id", "serial", "model"],
        "certificate": ["id", "serial_number", "issuer", "valid_to"],
        "dns_soa": ["id", "origin", "serial", "refresh"],
        "note": ["id", "user_id", "content", "serial_number"],
    })  # fmt: skip
    assert cats["devices"]["serial"] == [9], cats["devices"]
    assert cats["certificate"]["serial_number"] == [] and cats["dns_soa"]["serial"] == [], cats
    assert 9 not in cats["note"]["serial_number"], cats["note"]


def test_a_scheduled_visit_is_a_meeting_with_the_person_not_a_web_visit() -> None:
    """A home-care agency's ``visits`` have a scheduled date and start time and a caregiver: a meeting with the
    client, their CRM activity (12). A web analytics tool's ``visits`` (a referrer, a landing page) stay website
    activity (23)."""
    care = _system_categories({
        "clients": ["id", "first_name", "email"],
        "visits": ["id", "client_id", "scheduled_date", "scheduled_start_time", "actual_end_time", "status"],
    })["visits"]  # fmt: skip
    assert care["scheduled_date"] == [12] and care["status"] == [12], care
    web = _system_categories({
        "users": ["id", "email", "name"],
        "visits": ["id", "user_id", "referrer", "landing_page", "started_at"],
    })["visits"]  # fmt: skip
    assert web["started_at"] == [23], web


def test_a_table_whose_key_is_a_records_key_extends_that_record() -> None:
    """Joined-table inheritance (SQLAlchemy, Hibernate): Odontux's ``treatment.id`` is a foreign key to
    ``anamnesis.id``, so each treatment is part of a patient's medical history (3) although its name says no
    kind; a table whose key is its own is not."""
    rules = load_rules()
    spec = {
        "patient": [ColumnInfo("id", is_pk=True), ColumnInfo("firstname"), ColumnInfo("email")],
        "anamnesis": [ColumnInfo("id", is_pk=True), ColumnInfo("patient_id", fk_target="patient.id"),
                      ColumnInfo("time_stamp", "date")],
        "treatment": [ColumnInfo("id", is_pk=True, fk_target="anamnesis.id"), ColumnInfo("name"),
                      ColumnInfo("posologia"), ColumnInfo("begin", "date")],
        "gesture": [ColumnInfo("id", is_pk=True), ColumnInfo("name"), ColumnInfo("begin", "date")],
    }  # fmt: skip
    tables = [(table_context(t, [c.name for c in cols], rules), cols) for t, cols in spec.items()]
    found = dict(zip(spec, suggest_system(tables, rules)))
    cats = {t: {c.name: [s.category for s in f] for c, f in zip(spec[t], found[t])} for t in spec}
    assert cats["anamnesis"]["time_stamp"] == [3], cats["anamnesis"]
    assert cats["treatment"]["posologia"] == [3] and cats["treatment"]["begin"] == [3], cats["treatment"]
    assert cats["gesture"]["begin"] == [], cats["gesture"]


def test_organisms_and_postal_code_lookups_are_not_people() -> None:
    """e-venement calls its organisations ``organism`` (French organisme): their address and e-mail are the
    organisation's. A ``postalcode`` table listing codes and towns is a lookup, no one's address."""
    cats = _system_categories({
        "contact": ["id", "name", "firstname", "email", "city"],
        "organism": ["id", "name", "address", "postalcode", "city", "email"],
        "postalcode": ["id", "postalcode", "city"],
    })  # fmt: skip
    assert cats["contact"]["email"] == [2], cats["contact"]
    assert all(cats["organism"][c] == [] for c in ("address", "city", "email")), cats["organism"]
    assert cats["postalcode"]["city"] == [] and cats["postalcode"]["postalcode"] == [], cats["postalcode"]


def test_french_german_and_italian_people_and_their_names() -> None:
    """PMB keeps its borrowers (emprunteurs) in ``empr`` with ``empr_nom``, ``empr_prenom`` and ``empr_ville``;
    Galette's members are ``adherents`` (``sexe_adh``, ``lieu_naissance``); a German ``Vorname`` is a first name."""
    cats = _system_categories({
        "empr": ["id_empr", "empr_nom", "empr_prenom", "empr_ville", "empr_sexe"],
        "galette_adherents": ["id_adh", "nom_adh", "prenom_adh", "lieu_naissance", "ville_adh"],
        "kunden": ["id", "vorname", "nachname", "plz", "strasse"],
    })  # fmt: skip
    assert cats["empr"] == {"id_empr": [], "empr_nom": [1], "empr_prenom": [1], "empr_ville": [2], "empr_sexe": [7]}
    adh = cats["galette_adherents"]
    assert adh["nom_adh"] == [1] and adh["lieu_naissance"] == [1] and adh["ville_adh"] == [2], adh
    assert cats["kunden"]["vorname"] == [1] and cats["kunden"]["plz"] == [2], cats["kunden"]


def test_a_persons_career_is_their_profile() -> None:
    """Education, jobs held, work experience and languages spoken, in tables linked to a person (OrangeHRM's
    ``ohrm_emp_education``, Teaching Vacancies' ``employments``), are the person's profile (7); a lookup of
    education levels linked to no one is not."""
    cats = _system_categories({
        "employees": ["id", "first_name", "email"],
        "employments": ["id", "employee_id", "organisation", "job_title", "started_on", "ended_on"],
        "user_languages": ["id", "user_id", "language_id", "fluency"],
        "education": ["id", "name", "level"],
    })  # fmt: skip
    jobs = cats["employments"]
    assert jobs["job_title"] == [7] and jobs["started_on"] == [7], jobs
    assert cats["user_languages"]["fluency"] == [7] and cats["user_languages"]["user_id"] == [5], cats
    assert cats["education"] == {"id": [], "name": [], "level": []}, cats["education"]


def test_a_page_is_a_visitors_only_as_the_page_they_entered_or_left() -> None:
    """A bare ``page`` names pagination and content as often as a visit: a forum's ``posts_per_page``, a wiki's
    ``page`` table of articles; the page a visitor entered or left a site by (``entry_page``) is their activity."""
    cats = _system_categories({
        "users": ["id", "email", "name"],
        "user_prefs": ["uid", "posts_per_page", "start_page", "thread_last_page"],
        "page": ["page_id", "page_namespace", "page_is_redirect", "page_touched", "page_latest"],
        "visits": ["id", "user_id", "entry_page", "exit_page", "referrer"],
    })  # fmt: skip
    assert all(23 not in found for found in cats["user_prefs"].values()), cats["user_prefs"]
    assert all(found == [] for found in cats["page"].values()), cats["page"]
    assert cats["visits"]["entry_page"] == [23] and cats["visits"]["exit_page"] == [23], cats["visits"]


def test_a_log_of_which_device_held_which_ip_address_is_traffic_data() -> None:
    """PacketFence's ``ip4log`` and Netdisco's ``node_ip`` record which MAC held which IP address when: the fact of
    an IP address assignment, traffic data (31) like a DHCP lease — not a website visit (23)."""
    cats = _system_categories({
        "ip4log": ["mac", "ip", "start_time", "end_time"],
        "node_ip": ["mac", "ip", "dns", "time_first", "time_last"],
        "device_ip": ["ip", "alias", "subnet"],  # a switch's own addresses: no MAC of a subscriber's device
    })  # fmt: skip
    assert cats["ip4log"]["start_time"] == [31] and cats["ip4log"]["end_time"] == [31], cats["ip4log"]
    assert all(cats["node_ip"][c] == [31] for c in ("mac", "ip", "time_first", "time_last")), cats["node_ip"]
    assert 31 not in cats["device_ip"]["alias"], cats["device_ip"]


def test_a_network_elements_column_gets_each_category_once() -> None:
    """In a network element's table (SNMP columns) a device word is network information (30); a column whose name
    is a network word and whose comment names a device (``rack``, "the rack the device is mounted in") got two
    suggestions of 30, which the catalog refused as one tag twice (an integrity error in ``ropa classify``). Now it
    is one suggestion with both signals."""
    rules = load_rules()
    names = ["id", "sysname", "snmp_community", "rack", "firmware"]
    info = table_context("device", names, rules)
    assert info.network, info
    columns = [ColumnInfo(n, is_pk=n == "id") for n in names]
    columns[3] = ColumnInfo("rack", "varchar(32)", comment="the rack the device is mounted in")
    (found,) = suggest_system([(info, columns)], rules)
    rack = found[3]
    assert [s.category for s in rack] == [30], rack
    assert {sig.rule for sig in rack[0].signals} >= {"name.device", "name.network"}, rack


def test_brazilian_portuguese_people_and_their_names() -> None:
    """A Brazilian school system's people (``pessoa``, ``aluno``, ``funcionario``): their names, CPF and RG, birth,
    address, phones and password are read as in English (``nome_social``, ``data_nasc``, ``logradouro``, ``senha``)."""
    cats = _system_categories({
        "pessoa": ["idpes", "nome_social", "sobrenome", "cpf", "data_nasc", "sexo", "data_obito", "nacionalidade"],
        "endereco_pessoa": ["idpes", "logradouro", "bairro", "cep", "cidade"],
        "fone_pessoa": ["idpes", "ddd", "celular"],
        "documento": ["idpes", "rg", "passaporte", "certidao_nascimento"],
        "funcionario": ["ref_cod_pessoa", "matricula", "senha"],
    })  # fmt: skip
    pessoa = cats["pessoa"]
    assert all(pessoa[c] == [1] for c in ("nome_social", "sobrenome", "cpf", "data_nasc")), pessoa
    assert pessoa["sexo"] == [7] and pessoa["data_obito"] == [3] and pessoa["nacionalidade"] == [3], pessoa
    assert all(cats["endereco_pessoa"][c] == [2] for c in ("logradouro", "bairro", "cep", "cidade")), cats
    assert cats["fone_pessoa"]["celular"] == [2] and cats["documento"]["rg"] == [1], cats
    assert cats["funcionario"]["senha"] == [27], cats["funcionario"]


def test_indonesian_people_and_their_records() -> None:
    """An Indonesian clinic system (SIMRS) names its people ``pasien``, ``pegawai``, ``dokter`` and their data
    ``nm_pasien``, ``tgl_lahir``, ``jk``, ``alamat``, ``no_telp``, ``agama``, ``gol_darah``: read as in English; its
    examinations (``periksa_radiologi``) are health records."""
    cats = _system_categories({
        "pasien": ["no_rm", "nm_pasien", "no_ktp", "jk", "tempat_lahir", "tgl_lahir", "alamat", "kecamatan",
                   "no_telp", "agama", "gol_darah", "pekerjaan", "status_nikah"],
        "pegawai": ["id", "nama", "npwp", "jabatan", "rekening"],
        "periksa_radiologi": ["id", "pasien_id", "tgl_periksa", "hasil"],
    })  # fmt: skip
    pasien = cats["pasien"]
    assert all(pasien[c] == [1] for c in ("nm_pasien", "no_ktp", "tempat_lahir", "tgl_lahir")), pasien
    assert all(pasien[c] == [2] for c in ("alamat", "kecamatan", "no_telp")), pasien
    assert pasien["agama"] == [3] and pasien["gol_darah"] == [3], pasien
    assert all(pasien[c] == [7] for c in ("jk", "pekerjaan", "status_nikah")), pasien
    pegawai = cats["pegawai"]
    assert pegawai["nama"] == [1] and pegawai["npwp"] == [1] and pegawai["rekening"] == [18], pegawai
    assert pegawai["jabatan"] == [7], pegawai
    assert cats["periksa_radiologi"]["tgl_periksa"] == [3], cats["periksa_radiologi"]


def test_a_mobile_core_knows_where_a_subscriber_is_and_what_serves_them() -> None:
    """A home subscriber server keeps, per subscriber, the network elements serving them now (traffic data, 31) and
    the cell, base station and tracking area last seen (location, 29); its authentication centre keeps the SIM's
    ICCID (terminal equipment, 9) and keys (access data, 27). The short codes count only on a subscriber's row: a
    card payment's ``mcc`` is a merchant category."""
    cats = _system_categories({
        "subscriber": ["id", "msisdn", "serving_mme", "serving_mme_timestamp", "last_seen_cell_id", "last_seen_tac",
                       "last_seen_mcc", "pcscf_peer"],
        "auc": ["id", "iccid", "ki", "opc", "puk1", "sim_vendor"],
        "card_payments": ["id", "user_id", "amount", "mcc", "tac"],
        "products": ["id", "ki", "des"],
    })  # fmt: skip
    sub = cats["subscriber"]
    assert all(sub[c] == [31] for c in ("serving_mme", "serving_mme_timestamp", "pcscf_peer")), sub
    assert all(sub[c] == [29] for c in ("last_seen_cell_id", "last_seen_tac", "last_seen_mcc")), sub
    auc = cats["auc"]
    assert auc["iccid"] == [9] and auc["sim_vendor"] == [9], auc
    assert all(auc[c] == [27] for c in ("ki", "opc", "puk1")), auc
    assert 29 not in cats["card_payments"]["mcc"] and 29 not in cats["card_payments"]["tac"], cats["card_payments"]
    assert cats["products"]["ki"] == [] and cats["products"]["des"] == [], cats["products"]


def test_a_dhcp_lease_is_traffic_data() -> None:
    """A DHCP server's lease table (``lease4``: which hardware address held which IP address until when) records
    the fact of an IP address assignment: its address, hardware address and times are traffic data (31), not a
    postal address (2) nor a website visit (23). A pool's own address range is no assignment."""
    cats = _system_categories({
        "lease4": ["address", "hwaddr", "client_id", "valid_lifetime", "expire", "hostname", "state"],
        "dhcp4_pool": ["id", "start_address", "end_address", "subnet_id"],
    })  # fmt: skip
    lease = cats["lease4"]
    assert all(lease[c] == [31] for c in ("address", "hwaddr", "valid_lifetime", "expire", "hostname")), lease
    assert all(31 not in found for found in cats["dhcp4_pool"].values()), cats["dhcp4_pool"]


def test_a_table_name_ending_in_a_shorter_word_is_not_split_at_it() -> None:
    """``m_LanInterfaces`` holds network interfaces, not faces: a table of an IP phone system's network settings
    must not read as photos of people (24)."""
    cats = _system_categories({
        "m_users": ["id", "email", "username"],
        "m_LanInterfaces": ["id", "name", "interface", "ipaddr", "subnet", "gateway", "hostname"],
    })  # fmt: skip
    assert all(24 not in found for found in cats["m_LanInterfaces"].values()), cats["m_LanInterfaces"]


def test_portuguese_helpdesk_calls_and_loans_are_records() -> None:
    """A Brazilian helpdesk calls its tickets ``chamados`` or ``ocorrencias`` and describes them in Portuguese
    (``titulo``, ``descricao``, ``data_abertura``): requests (21); its equipment loans (``emprestimos``) are
    transactions (11) like a library's."""
    cats = _system_categories({
        "usuarios": ["id", "nome", "email"],
        "chamados": ["id", "usuario_id", "titulo", "descricao", "data_abertura", "prioridade"],
        "emprestimos": ["id", "usuario_id", "data_devolucao", "observacao"],
    })  # fmt: skip
    chamados = cats["chamados"]
    assert all(chamados[c] == [21] for c in ("titulo", "descricao", "data_abertura", "prioridade")), chamados
    assert cats["emprestimos"]["data_devolucao"] == [11], cats["emprestimos"]


def test_other_languages_words_are_read_as_english() -> None:
    """``lexicon.yaml`` reads Spanish, German and Polish names as the English the rules are written in: a customer's
    ``apellidos`` is a surname, ``anschrift`` an address, a ``pracownik`` table one of employees."""
    cats = _system_categories({
        "clientes": ["id", "apellidos", "direccion", "fecha_nacimiento", "correo", "movil"],
        "kunden": ["id", "nachname", "anschrift", "telefon", "geschlecht"],
        "pracownik": ["id", "imie", "nazwisko", "adres", "miasto"],
    })  # fmt: skip
    assert cats["clientes"] == {
        "id": [], "apellidos": [1], "direccion": [2], "fecha_nacimiento": [1], "correo": [2], "movil": [2]
    }  # fmt: skip
    assert cats["kunden"] == {"id": [], "nachname": [1], "anschrift": [2], "telefon": [2], "geschlecht": [7]}
    assert cats["pracownik"] == {"id": [], "imie": [1], "nazwisko": [1], "adres": [2], "miasto": [2]}


@pytest.mark.parametrize(
    ("lexicon", "says"),
    [
        ("es:\n  firma: signature\nde:\n  firma: company\n", "firma"),
        ("es:\n  Dirección: address\n", "normalise"),
        ("es:\n  calle:\n", "no English meaning"),
        ("es: [calle, street]\n", "expected a mapping"),
    ],
)
def test_a_bad_lexicon_names_the_file_and_word(tmp_path: Path, lexicon: str, says: str) -> None:
    """A word read two ways, written as no name is normalised, or without a meaning: a RuleError naming the file."""
    rules_dir = DATA.parent.parent / "data" / "rules"
    names = tmp_path / "names.yaml"
    names.write_text((rules_dir / "names.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "lexicon.yaml").write_text(lexicon, encoding="utf-8")
    with pytest.raises(RuleError) as info:
        load_rules(names, rules_dir / "values.yaml")
    assert info.value.file == str(tmp_path / "lexicon.yaml") and says in str(info.value), str(info.value)


def test_every_lexicon_word_is_read() -> None:
    """A lexicon word that a rule also names is never translated (the rule decides): listed in ``lexicon.yaml`` it
    would be dead data that reads as if it did something. Every word there must be one the rules leave to it."""
    import yaml

    rules = load_rules()
    doc = yaml.safe_load((DATA.parent.parent / "data" / "rules" / "lexicon.yaml").read_text(encoding="utf-8"))
    listed = {word for words in doc.values() for word in words}
    assert len(listed) > 150
    assert sorted(listed - set(rules.lexicon)) == []


def _categories_both_ways(spec: dict[str, list[str]]) -> tuple[dict[str, dict[str, list[int]]], ...]:
    """:func:`_system_categories` (each table's first column the key) with *spec*'s tables listed in order and in
    reverse: a backend lists a system's tables in its own order (SQLite by bytes, MariaDB by its collation), and
    the tags must not depend on it."""
    return tuple(_system_categories(spec, order, first_is_key=True) for order in (list(spec), list(reversed(spec))))


def test_a_reference_names_the_same_person_table_whatever_order_the_tables_come_in() -> None:
    """Zidisha keys ``lender_profiles`` by ``lender_id`` → ``lenders``: the profile extends the lender, so the key
    links it to a person. ``lender_id`` also answers to ``lender_profiles`` itself (``profiles`` says nothing); the
    table the noun names outright is the one it names, in either order."""
    in_order, reversed_order = _categories_both_ways(
        {
            "lenders": ["id", "first_name", "last_name", "email"],
            "lender_profiles": ["lender_id", "city", "about_me"],
            "loans": ["id", "lender_id", "amount"],
        }
    )
    assert in_order == reversed_order
    assert in_order["lender_profiles"]["lender_id"] == [5]
    assert in_order["loans"]["lender_id"] == [5]


def test_accounts_held_by_people_are_found_whatever_order_the_tables_come_in() -> None:
    """RosarioSIS: ``food_service_student_accounts`` keys a student's account (a person's, by its key to
    ``students``); ``food_service_accounts`` is keyed by ``account_id`` only. Whether that makes it a person's
    account too must not depend on which of the two comes first."""
    in_order, reversed_order = _categories_both_ways(
        {
            "students": ["student_id", "first_name", "last_name"],
            "food_service_accounts": ["account_id", "balance", "transaction_id"],
            "food_service_student_accounts": ["student_id", "account_id", "barcode"],
        }
    )
    assert in_order == reversed_order


def test_a_schema_of_type_coded_and_prefixed_names_is_read_by_its_words(catalog: Catalog) -> None:
    # Teedy (Sismics Docs) ends every column with its type (_C string, _D date, _N number) and begins it with a cut
    # short table word ("USE" of T_USER): read as written, the last word is a type code and "use email" a setting
    ids = seed_columns(
        catalog,
        "docs",
        {
            "T_USER": [
                Col("USE_ID_C", is_pk=True), Col("USE_USERNAME_C"), Col("USE_PASSWORD_C"), Col("USE_EMAIL_C"),
                Col("USE_CREATEDATE_D", "DATETIME"), Col("USE_STORAGEQUOTA_N", "BIGINT"),
            ],
            # coordinates end in a letter too, not one of a type
            "T_POINT": [Col("PNT_ID", "INTEGER", is_pk=True), Col("POS_X", "REAL"), Col("POS_Y", "REAL")],
        },
    )  # fmt: skip
    classify(catalog)
    assert set(tags_of(catalog, ids["T_USER.USE_EMAIL_C"])) == {2}
    assert set(tags_of(catalog, ids["T_USER.USE_USERNAME_C"])) == {27}
    assert set(tags_of(catalog, ids["T_USER.USE_PASSWORD_C"])) == {27}
    assert tags_of(catalog, ids["T_POINT.POS_X"]) == {}


def test_a_type_code_or_a_prefix_is_dropped_only_where_the_table_shares_it() -> None:
    rules = load_rules()
    assert strip_type_suffix(["USE_ID_C", "USE_EMAIL_C", "USE_CREATEDATE_D", "note"], rules) == [
        "USE_ID", "USE_EMAIL", "USE_CREATEDATE", "note",
    ]  # fmt: skip
    for names in (["id", "pos_x", "pos_y", "pos_z"], ["id", "grade_b", "name", "note"]):
        assert strip_type_suffix(names, rules) == names
    assert strip_column_prefix(["USE_ID", "USE_USERNAME", "USE_EMAIL"], rules, "T_USER") == ["ID", "USERNAME", "EMAIL"]
    # a known word is a prefix only where it cuts a table word short: not the word itself, nor the first of two
    for names, table in (
        (["user_name", "user_email", "user_phone"], "users"),
        (["job_story_id", "job_id", "job_story_status"], "jobstory"),
    ):
        assert strip_column_prefix(names, rules, table) == names


def test_feedback_affiliations_and_mailbox_receipts_read_as_their_kind_of_record() -> None:
    """Records linked to a person take their kind from the table's name: a person's feedback is the answers to a
    feedback form (22, as most labellers read Outreachy's and Teaching Vacancies'), an affiliation is where a
    researcher works (7, ORCID), and the mailboxer gem's ``receipts`` are a message's delivery to a person's mailbox
    (13), where a shop's ``receipts`` stay payments (18)."""
    rules = load_rules()

    def categories_of(table: str, names: list[str]) -> dict[str, list[int]]:
        person = ColumnInfo("id", "int", is_pk=True), ColumnInfo("full_name", "varchar(100)"), ColumnInfo("email")
        columns = [
            ColumnInfo(
                n, "int" if n.endswith("id") else "varchar(255)", fk_target="users.id" if n == "user_id" else None
            )
            for n in names
        ]
        tables = [(table_context("users", ["id", "full_name", "email"], rules), list(person))]
        tables.append((table_context(table, names, rules), columns))
        found = suggest_system(tables, rules)[1]
        return {n: [s.category for s in f][:1] for n, f in zip(names, found)}

    feedback = categories_of("feedback", ["user_id", "rating", "answer", "comments"])
    assert feedback["answer"] == [22] and feedback["comments"] == [22], feedback
    affiliation = categories_of("affiliation", ["user_id", "department_name", "role_title", "start_date"])
    assert affiliation["department_name"] == [7] and affiliation["role_title"] == [7], affiliation
    receipts = categories_of("mailboxer_receipts", ["user_id", "message_id", "is_read", "mailbox_type"])
    assert receipts["mailbox_type"] == [13], receipts
    shop = categories_of("receipts", ["user_id", "amount", "total", "paid_at"])
    assert shop["amount"] == [18], shop


def test_the_columns_that_make_a_web_visit_each_describe_it() -> None:
    """A table is a web visit by its columns (``pathname``, ``referrer``, ``querystring``); each of those columns is
    then part of the visit, even one no name rule claims on its own (``querystring`` is a generic word); the
    site it was on is not."""
    visit = ["id", "site_id", "user_id", "pathname", "querystring", "referrer", "timestamp"]
    cats = _system_categories({"users": ["id", "email"], "events": visit})
    assert cats["events"]["querystring"] == [23], cats
    assert cats["events"]["site_id"] == [], cats


def test_accounts_with_a_login_and_an_email_are_users_even_beside_contacts() -> None:
    # a SIP server's accounts (Flexisip): its address book's contacts refer to them, which in a CRM would make
    # them companies; a login and the person's own e-mail and phone say they are users' accounts
    cats = _system_categories({
        "accounts": ["id", "username", "domain", "email", "display_name", "ip_address", "user_agent", "phone"],
        "contacts": ["id", "account_id", "contact_id"],
    })  # fmt: skip
    accounts = cats["accounts"]
    assert accounts["email"] == [2] and accounts["username"] == [27] and accounts["display_name"] == [1], accounts
    assert cats["contacts"]["account_id"] == [5], cats["contacts"]
    # a CRM's accounts (no login) stay the companies their contacts work for
    crm = _system_categories({
        "accounts": ["id", "name", "email", "phone", "industry", "website"],
        "contacts": ["id", "account_id", "first_name", "last_name", "email"],
    })  # fmt: skip
    assert crm["accounts"]["email"] == [] and crm["contacts"]["account_id"] == [], crm


def test_a_mail_servers_mailbox_is_a_users_account_a_helpdesks_stays_settings() -> None:
    # Postfix Admin's, mailcow's mailbox: the row's own user name and password beside a name — a user's account
    server = _system_categories({
        "mailbox": ["username", "password", "name", "maildir", "quota", "local_part", "domain", "active"],
    })  # fmt: skip
    mailbox = server["mailbox"]
    assert mailbox["username"] == [27] and mailbox["password"] == [27] and mailbox["name"] == [1], mailbox
    assert mailbox["local_part"] == [2], mailbox
    # FreeScout's mailboxes: the logins are the installation's to its mail servers (in_/out_), the name the box's
    helpdesk = _system_categories({
        "mailboxes": ["id", "name", "email", "in_server", "in_port", "in_username", "in_password", "out_username",
                      "out_password", "signature"],
    })  # fmt: skip
    assert all(cats == [] for cats in helpdesk["mailboxes"].values()), helpdesk
    # a webhook's one secret beside its name is no login either
    hooks = _system_categories({"mailbox": ["id", "name", "secret", "url"]})
    assert hooks["mailbox"]["secret"] == [] and hooks["mailbox"]["name"] == [], hooks


def test_a_user_tables_own_uid_is_its_key_and_a_link_table_refers_to_the_shortest_user_table() -> None:
    # Nextcloud: oc_users.uid is the row's own key, not a reference to itself; oc_group_user.uid and
    # oc_accounts.uid name the user, and the user table they name is oc_users (shortest), not oc_group_user
    cats = _system_categories(
        {
            "oc_users": ["uid", "displayname", "password", "uid_lower"],
            "oc_accounts": ["uid", "data"],
            "oc_group_user": ["gid", "uid"],
            "oc_groups": ["gid", "displayname"],
        },
        first_is_key=True,
    )
    assert 5 not in cats["oc_users"]["uid"], cats["oc_users"]
    assert cats["oc_group_user"]["uid"] == [5] and cats["oc_accounts"]["uid"] == [5], cats
    # an OAuth application's uid is the application's, not a person's
    apps = _system_categories({"oauth_applications": ["id", "name", "uid", "secret", "redirect_uri"]})
    assert apps["oauth_applications"]["uid"] == [] and apps["oauth_applications"]["secret"] == [], apps


def test_a_clinics_referrals_and_relapses_are_health_records_a_job_sites_referrals_are_not() -> None:
    clinic = _system_categories({
        "patients": ["id", "first_name", "last_name", "birth_date"],
        "referrals": ["id", "patient_id", "referred_to", "reason", "referral_date"],
        "relapses": ["id", "patient_id", "relapse_date", "remission_date", "medication"],
    })  # fmt: skip
    assert clinic["referrals"]["reason"] == [3] and clinic["relapses"]["relapse_date"] == [3], clinic
    jobs = _system_categories({
        "users": ["id", "email", "name"],
        "referrals": ["id", "referring_user_id", "referred_user_id", "code"],
    })  # fmt: skip
    assert 3 not in jobs["referrals"]["code"], jobs
