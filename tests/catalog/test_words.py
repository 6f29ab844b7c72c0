"""How names are read: run-together words split into known words (never a made-up part), a table's shared
column prefix dropped."""

from __future__ import annotations

from catalog.classify import ColumnInfo, suggest_system, table_context
from catalog.rules import load_rules
from catalog.suggestion import strip_column_prefix
from catalog.words import _segment, tokens


def test_a_known_first_word_is_no_application_prefix() -> None:
    vocabulary = frozenset({"patient", "nation", "person", "medical"})
    # "examination" unknown: better whole than patientexami + nation
    assert _segment("patientexamination", vocabulary)[0] == ("patientexamination",)
    # an unknown application prefix still splits off
    assert _segment("gibbonpersonmedical", vocabulary)[0] == ("gibbon", "person", "medical")


def test_legacy_clinic_table_names_split_into_their_nouns() -> None:
    rules = load_rules()
    assert rules.split(tokens("OH_PATIENTEXAMINATION"), table=True) == ("oh", "patient", "examination")
    assert rules.split(tokens("OH_PATIENTVACCINE"), table=True) == ("oh", "patient", "vaccine")


def test_run_together_table_names_split_into_whole_known_words() -> None:
    """LMS's lower-case names: a two-letter prefix only leads a name, whole words beat short ones."""
    rules = load_rules()
    assert rules.split(tokens("rttickets"), table=True) == ("rt", "tickets")
    assert rules.split(tokens("customercalls"), table=True) == ("customer", "calls")
    assert rules.split(tokens("messageitems"), table=True) == ("message", "items")  # not mess age items
    assert rules.split(tokens("logtransactions"), table=True) == ("log", "transactions")  # not logtrans actions
    # a common prefix inside a name is no application's: recharges are not re charges
    assert rules.split(tokens("tbl_user_recharges"), table=True) == ("tbl", "user", "recharges")


def test_a_word_known_only_whole_is_never_the_last_part_of_a_column_split() -> None:
    """``pec`` (Italy's certified e-mail) is an e-mail address as a column of its own, but openMolar's ``datespec``
    is no "dates pec": the rules' phrase index must not let it end a split either."""
    rules = load_rules()
    assert "pec" in rules.whole_only
    assert rules.split(tokens("datespec")) == ("datespec",)
    assert rules.split(tokens("pec")) == ("pec",)
    table = table_context("customers", ["pec", "datespec"], rules)
    found = suggest_system([(table, [ColumnInfo("pec"), ColumnInfo("datespec")])], rules)[0]
    assert [s.category for s in found[0]] == [2] and found[1] == []


def test_a_tables_shared_column_prefix_is_dropped_only_when_it_abbreviates_the_table() -> None:
    rules = load_rules()
    cols = ["PAT_ID", "PAT_FNAME", "PAT_SNAME", "PAT_NAME", "PAT_TELE"]
    assert strip_column_prefix(cols, rules, "OH_PATIENT") == ["ID", "FNAME", "SNAME", "NAME", "TELE"]
    # not most of the columns, a known word, or no abbreviation of the table: names kept
    assert strip_column_prefix(["pat_id", "pat_name", "note", "weight", "height"], rules, "patient") == [
        "pat_id", "pat_name", "note", "weight", "height",
    ]  # fmt: skip
    assert strip_column_prefix(["user_name", "user_email", "user_phone"], rules, "accounts")[0] == "user_name"
    punch = ["punch_in_time", "punch_out_time", "punch_in_note"]
    assert strip_column_prefix(punch, rules, "attendance_record") == punch


def test_a_legacy_patient_reference_and_name_read_without_the_prefix() -> None:
    rules = load_rules()
    tables = {
        "OH_PATIENT": ["PAT_ID", "PAT_FNAME", "PAT_SNAME", "PAT_NAME", "PAT_BDATE"],
        "OH_ADMISSION": ["ADM_ID", "ADM_PAT_ID", "ADM_DATE_ADM", "ADM_NOTE"],
    }
    inputs = []
    for table, names in tables.items():
        names = strip_column_prefix(names, rules, table)
        inputs.append((table_context(table, names, rules), [ColumnInfo(n) for n in names]))
    patient, admission = suggest_system(inputs, rules)
    assert [f[0].category if f else None for f in patient] == [None, 1, 1, 1, 1]
    assert admission[1][0].category == 5  # PAT_ID: the patient's row


def test_admissions_are_clinical_records_in_a_system_with_a_patient_table() -> None:
    rules = load_rules()
    admission = ["ADM_ID", "ADM_PAT_ID", "ADM_DATE_ADM", "ADM_NOTE"]
    patient = ["PAT_ID", "PAT_FNAME", "PAT_SNAME", "PAT_BDATE"]

    def categories(tables: dict[str, list[str]]) -> list[int | None]:
        inputs = []
        for table, names in tables.items():
            names = strip_column_prefix(names, rules, table)
            inputs.append((table_context(table, names, rules), [ColumnInfo(n) for n in names]))
        return [f[0].category if f else None for f in suggest_system(inputs, rules)[-1]]

    assert categories({"OH_PATIENT": patient, "OH_ADMISSION": admission})[2:] == [3, 3]
    # a school's admissions (its person table holds students) are no health record
    student = ["STU_ID", "STU_FNAME", "STU_SNAME", "STU_BDATE"]
    admission = ["ADM_ID", "ADM_STU_ID", "ADM_DATE_ADM", "ADM_NOTE"]
    assert 3 not in categories({"SC_STUDENT": student, "SC_ADMISSION": admission})


def test_a_trailing_key_run_together_splits_off_known_words_only() -> None:
    rules = load_rules()
    # ASTPP's accountid and a shop's orderid refer to the accounts and orders tables
    assert rules.split(tokens("accountid")) == ("account", "id")
    assert rules.split(tokens("orderid")) == ("order", "id")
    # (a run-together name that is itself a rule phrase stays whole: ASTPP's invoiceid is the invoice-key rule's)
    assert rules.split(tokens("invoiceid")) == ("invoiceid",)
    # never a made-up part: android, unpaid and invalid stay whole
    for word in ("android", "unpaid", "invalid"):
        assert rules.split(tokens(word)) == (word,)


def test_an_accountid_links_rows_to_a_customer_account() -> None:
    rules = load_rules()
    accounts = (table_context("accounts", ["first_name", "last_name", "email"], rules), [
        ColumnInfo("id", "int", is_pk=True), ColumnInfo("first_name"), ColumnInfo("last_name"), ColumnInfo("email"),
    ])  # fmt: skip
    invoices = (table_context("invoices", ["accountid", "due_date"], rules), [
        ColumnInfo("id", "int", is_pk=True), ColumnInfo("accountid", "int"), ColumnInfo("due_date", "datetime"),
    ])  # fmt: skip
    found = suggest_system([accounts, invoices], rules)[1]
    assert [s.category for s in found[1]] == [5]  # a link to the customer
    assert [s.category for s in found[2]] == [18]  # so the invoice's dates are the customer's billing data
