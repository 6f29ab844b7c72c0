"""The learned secondary signal (catalog/learned.py): its file, its scoring, and the suggestions it adds.

Most tests write small models of their own with :func:`write_model`; the last ones check the model ``ropa
classify`` ships (``data/model/classifier.json``, trained by ``bench/train_classifier.py``).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from catalog.classify import ColumnInfo, suggest_system, table_context
from catalog.errors import RuleError
from catalog.learned import (
    CATEGORY_RULE_ID,
    RULE_ID,
    Model,
    content_hash,
    features,
    load_model,
    table_facts,
    write_model,
)
from catalog.record_tables import _column_keys, _record_category
from catalog.rules import load_rules
from catalog.suggestion import CLASSIFIER_SOURCES


def _write(path: Path, threshold: float = 0.5, category_threshold: float = 0.0) -> str:
    """A model that finds ``zorbel`` columns (a made-up word no rule knows) of patient tables personal (7)."""
    return write_model(
        path,
        weights={"w:zorbel": 3.0, "t:patient": 1.0, "pk": -4.0, "w:id": -2.0},
        intercept=-2.0,
        classes=[5, 7],
        class_weights={"w:zorbel": [-1.0, 2.0]},
        class_intercepts=[0.5, 0.0],
        threshold=threshold,
        description={"trained_by": "tests"},
        category_threshold=category_threshold,
    )


@pytest.fixture
def model(tmp_path: Path) -> Model:
    path = tmp_path / "model.json"
    _write(path)
    return load_model(path)


def test_a_written_model_loads_with_its_hash_and_the_same_weights_give_the_same_bytes(tmp_path: Path) -> None:
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    digest = _write(first)
    assert _write(second) == digest
    assert first.read_bytes() == second.read_bytes()
    loaded = load_model(first)
    assert loaded.sha256 == digest == content_hash(json.loads(first.read_text(encoding="utf-8")))
    assert loaded.threshold == 0.5 and loaded.classes == (5, 7)


def test_scoring_is_a_deterministic_sparse_dot_product(model: Model) -> None:
    feats = {"w:zorbel": 1.0, "t:patient": 1.0, "unknown": 1.0}
    p = model.p_personal(feats)
    assert p == pytest.approx(1 / (1 + 2.718281828459045 ** -(3.0 + 1.0 - 2.0)))
    assert model.p_personal(dict(reversed(list(feats.items())))) == p
    assert model.category(feats)[0] == 7


def test_features_come_from_the_catalog_never_from_values() -> None:
    rules = load_rules()
    facts = table_facts(
        table_context("patient", ["fname", "lname"], rules), [ColumnInfo("fname"), ColumnInfo("lname")], rules
    )
    plain = ColumnInfo("zorbel", "varchar(30)")
    sampled = ColumnInfo("zorbel", "varchar(30)", profile={"email": 0.9}, sample_size=100)
    assert features(facts, plain, [], rules) == features(facts, sampled, [], rules)
    assert {"w:zorbel", "t:patient", "type:text", "rules:none"} <= set(features(facts, plain, [], rules))


@pytest.mark.parametrize(
    ("table", "names", "record"),
    [
        # PaperTrail's change history: no record word in the name, its columns say it (23)
        ("versions", ["id", "item_type", "item_id", "event", "whodunnit", "object_changes"], 23),
        ("issues", ["id", "borrowernumber", "date_due", "returndate", "renewals"], 11),  # a library's loans
        ("tickets", ["id", "name", "quantity_available", "start_sale_date", "price"], None),  # a catalogue on sale
        ("tickets", ["id", "subject", "status"], 21),  # the name alone
    ],
    ids=["versions-by-columns", "issues-by-columns", "tickets-catalogue", "tickets-by-name"],
)
def test_the_record_kind_feature_reads_the_tables_columns_as_the_rules_do(
    table: str, names: list[str], record: int | None
) -> None:
    """The record kind is the one suggest_table gives the table — from its name and its columns."""
    rules = load_rules()
    info = table_context(table, names, rules)
    columns = [ColumnInfo(name) for name in names]
    facts = table_facts(info, columns, rules)
    ruled = _record_category(info, rules, _column_keys(columns, rules))  # what suggest_table reads
    assert facts.record == record == (ruled[0] if ruled else None)
    feats = features(facts, ColumnInfo("zorbel", "varchar(30)"), [], rules)
    assert f"rec:{record or 0}" in feats and {f for f in feats if f.startswith("rec:")} <= {
        f"rec:{record or 0}",
        f"rec:{record}|type:text",
    }


def test_the_model_sees_a_record_kind_only_the_columns_give(tmp_path: Path) -> None:
    """Model.add builds the table's facts from its columns: a model that knows change histories (rec:23)
    speaks on PaperTrail's ``versions``, whose name says nothing."""
    rules = load_rules()
    write_model(
        tmp_path / "rec.json", weights={"rec:23": 4.0, "pk": -8.0}, intercept=-2.0, classes=[23],
        class_weights={}, class_intercepts=[0.0], threshold=0.5, description={},
    )  # fmt: skip
    names = ["id", "item_type", "item_id", "event", "whodunnit", "object_changes", "zorbel"]
    info = table_context("versions", names, rules)
    columns = [ColumnInfo("id", "int", is_pk=True), *(ColumnInfo(name) for name in names[1:])]
    without = suggest_system([(info, columns)], rules)[0]
    assert without[6] == [], "the rules are expected to miss 'zorbel' (a made-up word)"
    found = suggest_system([(info, columns)], rules, model=load_model(tmp_path / "rec.json"))[0]
    assert [s.rule for s in found[6][0].signals] == [RULE_ID] and found[6][0].category == 23
    assert found[0] == []  # the key is held back (pk)


def test_a_column_the_rules_miss_gets_the_models_suggestion_with_evidence_in_words(model: Model) -> None:
    rules = load_rules()
    names = ["id", "fname", "lname", "zorbel"]
    info = table_context("patient", names, rules)
    columns = [ColumnInfo("id", "int", is_pk=True), ColumnInfo("fname"), ColumnInfo("lname"), ColumnInfo("zorbel")]
    without = suggest_system([(info, columns)], rules)[0]
    assert without[3] == [], "the rules are expected to miss 'zorbel' (a made-up word)"
    found = suggest_system([(info, columns)], rules, model=model)[0]
    assert found[:3] == without[:3]  # the rules' own suggestions are left as they are
    (sug,) = found[3]
    assert (sug.category, sug.source) == (7, "name") and sug.source in CLASSIFIER_SOURCES
    assert 0.5 <= sug.confidence < 0.7
    evidence = sug.evidence(rules)
    (signal,) = evidence["signals"]
    assert signal["rule"] == RULE_ID and signal["kind"] == "model" and signal["p"] >= 0.5
    assert signal["features"][0].startswith("column word “zorbel”")
    assert "Learned from labelled schemas" in evidence["explain_en"] and evidence["explain_lv"]
    json.dumps(evidence)  # stored as JSON on the tag


def test_the_threshold_holds_the_model_back(tmp_path: Path) -> None:
    rules = load_rules()
    _write(tmp_path / "strict.json", threshold=0.95)
    info = table_context("patient", ["fname", "lname", "zorbel"], rules)
    columns = [ColumnInfo("fname"), ColumnInfo("lname"), ColumnInfo("zorbel")]
    assert suggest_system([(info, columns)], rules, model=load_model(tmp_path / "strict.json"))[0][2] == []


def test_a_name_a_shield_heads_is_left_to_the_rules(tmp_path: Path) -> None:
    """``zorbel_currency`` ends in a shield (a currency is a setting, no one's data): the rules' "not personal"
    stands, however sure the model is of ``zorbel``; a plain ``zorbel`` is still the model's to judge."""
    rules = load_rules()
    _write(tmp_path / "model.json")
    names = ["fname", "zorbel_currency", "zorbel"]
    info = table_context("patient", names, rules)
    found = suggest_system([(info, [ColumnInfo(n) for n in names])], rules, model=load_model(tmp_path / "model.json"))
    assert found[0][1] == [] and [s.category for s in found[0][2]] == [7], found[0]


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (lambda text: text[: len(text) // 2], "not valid JSON"),
        (lambda text: text.replace('"w:zorbel":3.0', '"w:zorbel":30.0'), "does not match its sha256"),
        (lambda text: text.replace("ropa-learned-classifier/1", "other/9"), "format must be"),
    ],
    ids=["truncated", "edited", "format"],
)
def test_a_broken_model_file_is_one_clear_error_naming_it(tmp_path: Path, edit, message: str) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "broken.json"
    _write(path)
    path.write_text(edit(path.read_text(encoding="utf-8")), encoding="utf-8")
    with pytest.raises(RuleError) as err:
        load_model(path)
    assert err.value.file == str(path) and message in str(err.value) and str(path) in str(err.value)
    assert "\n" not in str(err.value)


def test_a_model_file_missing_a_part_is_named_and_so_is_a_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "partial.json"
    _write(path)
    payload = json.loads(path.read_text(encoding="utf-8"))
    del payload["category"]
    payload["sha256"] = content_hash(payload)
    path.write_text(json.dumps(payload), encoding="utf-8")
    with pytest.raises(RuleError, match="missing 'category'"):
        load_model(path)
    with pytest.raises(RuleError, match="cannot read the learned model") as err:
        load_model(tmp_path / "absent.json")
    assert err.value.file == str(tmp_path / "absent.json")


def test_a_suggestion_the_category_model_is_unsure_of_is_not_made(tmp_path: Path) -> None:
    """A column the personal model finds personal but whose category it cannot tell (two classes near even) gets
    nothing: a wrong category costs a reviewer more than a column ``ropa check`` lists anyway."""
    rules = load_rules()
    info = table_context("patient", ["fname", "lname", "zorbel"], rules)
    columns = [ColumnInfo("fname"), ColumnInfo("lname"), ColumnInfo("zorbel")]
    _write(tmp_path / "sure.json", category_threshold=0.95)
    _write(tmp_path / "any.json")
    sure, any_category = load_model(tmp_path / "sure.json"), load_model(tmp_path / "any.json")
    assert sure.category_threshold == 0.95 and any_category.category_threshold == 0.0
    assert [s.category for s in suggest_system([(info, columns)], rules, model=any_category)[0][2]] == [7]
    assert suggest_system([(info, columns)], rules, model=sure)[0][2] == []


def _recategorising(path: Path, threshold: float, weight: float = 6.0) -> Model:
    """A model whose category model says a ``contact`` table's columns hold contact persons' data (4)."""
    write_model(
        path, weights={}, intercept=-5.0, classes=[1, 2, 4], class_weights={"t:contact": [0.0, 0.0, weight]},
        class_intercepts=[0.0, 0.0, 0.0], threshold=0.5, description={}, recategorise_threshold=threshold,
    )  # fmt: skip
    return load_model(path)


def _contact_table() -> tuple[Any, list[ColumnInfo]]:
    rules = load_rules()
    names = ["id", "fname", "email", "notes"]
    columns = [
        ColumnInfo("id", "int", is_pk=True),
        ColumnInfo("fname"),
        ColumnInfo("email"),
        ColumnInfo("notes", profile={"email": 0.9}, sample_size=100),  # e-mails found in the samples
    ]
    return table_context("patient_contact", names, rules), columns


def test_where_the_category_model_is_sure_its_category_leads_with_the_rules_evidence_kept(tmp_path: Path) -> None:
    """The rules find ``fname`` a name (1) and ``email`` an address (2); a model sure that this table's columns
    are contact persons' data (4) leads with 4, at the rules' confidence, and the evidence keeps the rule and says
    what the rule alone would suggest. A value detector's finding is left alone (the model never sees values)."""
    rules = load_rules()
    info, columns = _contact_table()
    without = suggest_system([(info, columns)], rules)[0]
    assert [[s.category for s in f] for f in without] == [[], [1], [2], [2]], without
    found = suggest_system([(info, columns)], rules, model=_recategorising(tmp_path / "m.json", 0.7))[0]
    assert [[s.category for s in f] for f in found] == [[], [4], [4], [2]], found
    for i in (1, 2):
        (sug,) = found[i]
        (rule_sug,) = without[i]
        assert sug.confidence == rule_sug.confidence and sug.source == rule_sug.source
        assert [sig.rule for sig in sug.signals] == [CATEGORY_RULE_ID] + [sig.rule for sig in rule_sug.signals]
        assert sug.key != rule_sug.key  # a rejection of the rules' category does not silence this one
        evidence = sug.evidence(rules)
        assert evidence["signals"][0]["rules_category"] == rule_sug.category
        assert evidence["signals"][0]["features"][0].startswith("table word “contact”")
        assert f"where the rule alone says category {rule_sug.category} (" in evidence["explain_en"]
        assert evidence["explain_en"].startswith(rule_sug.evidence(rules)["explain_en"]) and evidence["explain_lv"]
        json.dumps(evidence)
    assert found[3] == without[3]


@pytest.mark.parametrize(("threshold", "weight"), [(0.0, 6.0), (0.9, 1.0)], ids=["switched-off", "not-sure-enough"])
def test_the_rules_category_stands_unless_the_model_is_sure(tmp_path: Path, threshold: float, weight: float) -> None:
    """Without a recategorise threshold (models written before it), or below it (softmax of weight 1 over three
    classes is 0.58 < 0.9), the rules' suggestions are returned untouched."""
    rules = load_rules()
    info, columns = _contact_table()
    model = _recategorising(tmp_path / "m.json", threshold, weight)
    assert model.recategorise_threshold == threshold
    assert suggest_system([(info, columns)], rules, model=model)[0] == suggest_system([(info, columns)], rules)[0]


def test_a_recategorise_threshold_out_of_range_is_a_clear_error(tmp_path: Path) -> None:
    _recategorising(tmp_path / "m.json", 0.7)
    payload = json.loads((tmp_path / "m.json").read_text(encoding="utf-8"))
    path = tmp_path / "edited.json"  # (load_model caches per path)
    payload["recategorise_threshold"] = 1.5
    payload["sha256"] = content_hash(payload)
    path.write_text(json.dumps(payload), encoding="utf-8")
    with pytest.raises(RuleError, match="recategorise_threshold must be between 0 and 1"):
        load_model(path)


def test_classify_uses_the_shipped_model_unless_told_not_to(tmp_path: Path) -> None:
    """A SWIFT code beside an employee key (Horilla's bank details): no rule names it, the shipped model does, with
    its evidence in words; ``learned=False`` (``ropa classify --no-model``) is the rules alone."""
    from catalog.classify import classify, default_model
    from catalog.store import open_catalog
    from tests.catalog.classify_seed import Col, seed_columns, tags_of

    shipped = default_model()
    assert shipped is not None and shipped.threshold >= 0.4 and shipped.category_threshold >= 0.5
    tables: dict[str, list[Col | str]] = {
        "employee": [Col("id", "INTEGER", is_pk=True), "first_name", "last_name"],
        "employee_bankdetails": [
            Col("id", "INTEGER", is_pk=True),
            Col("employee_id", "INTEGER", fk_target="main.employee.id"),
            "swift",
            "account_number",
        ],
    }
    found = {}
    for learned in (True, False):
        catalog = open_catalog(f"sqlite:///{tmp_path / f'catalog-{learned}.db'}")
        ids = seed_columns(catalog, "hr", tables)
        classify(catalog, "hr", learned=learned)
        found[learned] = tags_of(catalog, ids["employee_bankdetails.swift"])
        catalog.dispose()
    assert list(found[True]) == [18], found[True]
    evidence = found[True][18]["evidence"]
    assert evidence["signals"][0]["rule"] == RULE_ID and evidence["signals"][0]["features"], evidence
    assert found[False] == {}


def test_the_shipped_model_was_trained_beside_the_rules_as_they_are() -> None:
    """The model's features include which rules fired: a change to ``data/rules/`` without retraining would feed
    it inputs it never saw. Retrain with the command in ``bench/train_classifier.py``."""
    from catalog.classify import default_model
    from catalog.learned import rules_fingerprint

    shipped = default_model()
    assert shipped is not None
    assert shipped.description.get("rules_sha256") == rules_fingerprint(), (
        "data/rules changed since data/model/classifier.json was trained: retrain it (bench/train_classifier.py)"
    )


def test_the_rules_fingerprint_follows_what_the_rules_say_not_how_they_are_written(tmp_path: Path) -> None:
    """A comment or trailing spaces in ``data/rules`` must not force a retrain of the model; a change to what the
    rules say (here a key renamed) must."""
    import shutil

    from catalog.learned import rules_fingerprint
    from catalog.rules import RULES_DIR

    shutil.copytree(RULES_DIR, tmp_path / "rules")
    names = tmp_path / "rules" / "names.yaml"
    before = rules_fingerprint(tmp_path / "rules")
    assert before == rules_fingerprint()
    text = names.read_text(encoding="utf-8")
    names.write_text("# a maintainer's comment\n" + text.replace("\n", "  \n", 3), encoding="utf-8")
    assert rules_fingerprint(tmp_path / "rules") == before
    names.write_text(text.replace("type_suffix_letters:", "type_suffix_letters_renamed:", 1), encoding="utf-8")
    assert "type_suffix_letters_renamed" in names.read_text(encoding="utf-8")
    assert rules_fingerprint(tmp_path / "rules") != before


def test_the_shipped_model_gives_a_first_aider_the_first_aid_records_category(tmp_path: Path) -> None:
    """Gibbon's first-aid log names the member of staff who gave first aid by a person key: a rule sees a link
    to a person (5), but staff acting in a record take that record's category (``tests/data/LABELLING.md`` rule 3:
    the first-aider is health data, 3). The shipped category model, reading the whole table, leads with 3; the
    patient's own key stays 5. Scanned from the labelled schema, as ``ropa scan`` + ``ropa classify`` do."""
    import sqlite3

    from catalog.classify import classify
    from catalog.scanning import scan
    from catalog.store import open_catalog
    from catalog.tag_exchange import export_rows
    from tests.catalog.test_classify_real import DATA, mysql_to_sqlite

    db = tmp_path / "gibbon.db"
    with sqlite3.connect(db) as conn:
        for statement in mysql_to_sqlite((DATA / "schemas" / "gibbon.sql").read_text(encoding="utf-8")):
            conn.execute(statement)
    tops: dict[bool, dict[str, tuple[float, int]]] = {}
    for learned in (True, False):
        catalog = open_catalog(f"sqlite:///{tmp_path / f'catalog-{learned}.db'}")
        scan(catalog, f"sqlite:///{db}", "gibbon", sample=0)
        classify(catalog, "gibbon", learned=learned)
        rows = [r for r in export_rows(catalog, "gibbon") if r["table"] == "gibbonFirstAid"]
        tops[learned] = {}
        for r in rows:
            tops[learned][r["column"]] = max(tops[learned].get(r["column"], (0.0, 0)), (r["confidence"], r["category"]))
        catalog.dispose()
    assert tops[False]["gibbonPersonIDFirstAider"][1] == 5, tops[False]
    assert tops[True]["gibbonPersonIDFirstAider"][1] == 3, tops[True]
    assert tops[True]["gibbonPersonIDPatient"][1] == 5, tops[True]
