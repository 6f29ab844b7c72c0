"""Train the learned secondary classifier and judge it leave-one-schema-out (LOSO).

Run: ``.venv/bin/python bench/train_classifier.py [--nested] [--write FILE]``. Needs the ``dev`` extra (scikit-learn, used here
only; ropa scores the written weights in plain Python, :mod:`catalog.learned`).

Groups: the demo estate (one group, ``demo/truth.csv``), each real schema of ``tests/data/schemas`` with its
labels (``tests/data/labels``) and, with ``--exams``, each application of the looked-at blind exams named. Each group is scanned into a catalog and run through
the rules exactly as ``ropa classify`` runs them (:func:`catalog.classify.suggest_system`), so the features that
stack on the rules are the ones seen at run time.

For every group, models trained on the *other* groups score its columns; where the rules suggest nothing and the
score reaches a threshold the model's suggestion counts. Printed per group: rules only vs rules + model
(personal F1 and category accuracy, as ``bench/classify_quality.py`` counts them). The threshold is chosen on
those out-of-group scores (pooled F1); a nested figure, where each group's threshold is chosen without it, is
printed too (``--nested``). ``--write FILE`` then trains on every group and writes the model file
(:func:`catalog.learned.write_model`). Deterministic: same data and rules → same figures and bytes.

``--exams`` adds the looked-at blind exams' applications as groups, ``--test-exams`` scores exams kept out of
training (rules alone vs rules + model), ``--threshold`` / ``--category-min`` fix the two gates and
``--recategorise`` the category model's probability at which its category leads on a column the rules find
personal. The shipped model (``data/model/classifier.json``, used by ``ropa classify``; see
:mod:`catalog.learned`) is written with::

    bench/train_classifier.py --exams training --threshold 0.45 --category-min 0.7 --recategorise 0.7 \
        --write data/model/classifier.json

``training`` means every exam ``tests/data/exams.csv`` lists as looked at or trained (``looked-at``: the looked-at
ones only); a closed exam is refused. Retrain it
after any change to the rules (its features include which rules fired).
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import sqlite3
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.catalog.test_classify_real import Score  # noqa: E402  (one scoring record for tests and benches)

DATA = ROOT / "tests" / "data"
SILENT_ONLY = True  # the personal model learns from the columns the rules leave silent (where it is applied)
GRID = [0.05 + 0.025 * i for i in range(37)]  # thresholds tried: 0.05 … 0.95


@dataclass
class Row:
    group: str
    key: tuple[str, ...]
    feats: dict[str, float]
    rules: list[tuple[float, int]]  # the rules' suggestions (confidence, category)
    truth: set[int]


# ---------------------------------------------------------------- data


def _rows(catalog: Any, group: str, truth: dict[tuple[str, ...], set[int]], with_system: bool) -> list[Row]:
    # The engine's own inputs, as classify() builds them; the labels are keyed by the catalog's column names,
    # which the engine may read differently (a table's shared column prefix stripped), hence the catalog rows.
    from catalog.classify import _by_system, _current_columns, _engine_inputs, suggest_system
    from catalog.learned import features, table_facts
    from catalog.record_tables import person_references
    from catalog.rules import load_rules

    rules = load_rules()
    with catalog.begin() as conn:
        current = _current_columns(conn, None)
    out = []
    for system_rows in _by_system(current):
        entries = _engine_inputs(system_rows, rules)
        tables = [(info, columns) for _, info, columns in entries]
        found_all = suggest_system(tables, rules, model=None)
        is_person, _ = person_references([info for info, _ in tables], rules)
        for (cols, info, columns), found in zip(entries, found_all):
            facts = table_facts(info, columns, rules, found)
            for r, column, suggestions in zip(cols, columns, found):
                key = (r.system_name, r.table_name, r.name) if with_system else (r.table_name, r.name)
                feats = features(facts, column, suggestions, rules, is_person)
                rules_out = [(s.confidence, s.category) for s in suggestions]
                out.append(Row(group, key, feats, rules_out, truth.get(key, set())))
    missing = set(truth) - {r.key for r in out}
    if missing:
        raise SystemExit(f"{group}: labels name columns the catalog lacks: {sorted(missing)[:5]}")
    return out


def load_groups(
    work: Path, include_demo: bool = True, exams: Sequence[str] = (), include_labelled: bool = True
) -> list[Row]:
    """Every labelled column of every group, with its features and the rules' suggestions.

    *exams* adds looked-at blind-exam folders (``blind13``): each application in them is one more group. Never
    pass a closed exam: its figures are honest only while nothing has learnt from it.
    """
    from catalog.scanning import scan
    from catalog.store import open_catalog
    from tests.catalog.test_classify_real import APPS, mysql_to_sqlite

    rows: list[Row] = []
    if include_demo:
        from demo import build_estate

        estate = build_estate(work / "estate")
        catalog = open_catalog(f"sqlite:///{work / 'demo.db'}")
        for target in estate.targets:
            scan(catalog, target.url, target.system)
        truth: dict[tuple[str, ...], set[int]] = defaultdict(set)
        with estate.truth.open(encoding="utf-8") as fh:
            for r in csv.DictReader(fh):
                truth[(r["system"], r["table"], r["column"])].add(int(r["category"]))
        rows += _rows(catalog, "demo", truth, with_system=True)
        catalog.dispose()
    sources = [(app, DATA / "schemas" / f"{app}.sql", DATA / "labels" / f"{app}.csv") for app in APPS]
    if not include_labelled:
        sources = []
    for exam in exams:
        sources += [(f"{exam}/{sql.stem}", sql, sql.with_suffix(".csv")) for sql in sorted((DATA / exam).glob("*.sql"))]
    for group, schema, labels in sources:
        name = group.replace("/", "-")
        db = work / f"{name}.db"
        with sqlite3.connect(db) as conn:
            for statement in mysql_to_sqlite(schema.read_text(encoding="utf-8")):
                conn.execute(statement)
        catalog = open_catalog(f"sqlite:///{work / f'{name}-catalog.db'}")
        scan(catalog, f"sqlite:///{db}", schema.stem, sample=0)
        truth = defaultdict(set)
        with labels.open(encoding="utf-8") as fh:
            for r in csv.DictReader(fh):
                truth[(r["table"], r["column"])].add(int(r["category"]))
        rows += _rows(catalog, group, truth, with_system=False)
        catalog.dispose()
    return rows


def exam_folders(spec: str, closed_ok: bool = False) -> list[str]:
    """The exam folders *spec* names: ``looked-at`` (every looked-at exam of ``tests/data/exams.csv``),
    ``training`` (every looked-at and every trained exam: what the shipped model learns from) or a comma list. A
    closed exam is refused unless *closed_ok* (scoring only): its figures are honest only while nothing has learnt
    from it.

    >>> "blind13" in exam_folders("looked-at") and "blind17" not in exam_folders("looked-at")
    True
    >>> set(exam_folders("looked-at")) < set(exam_folders("training")) and "blind126" not in exam_folders("training")
    True
    """
    from tests.catalog.test_classify_real import exam_statuses

    statuses = exam_statuses()
    kinds = {"looked-at": ("looked-at",), "training": ("looked-at", "trained")}
    if spec in kinds:
        chosen = (e for e, row in statuses.items() if row["status"] in kinds[spec])
        return sorted(chosen, key=lambda e: int(e[5:]))
    names = [e for e in spec.split(",") if e]
    unknown = [e for e in names if e not in statuses]
    if unknown:
        raise SystemExit(f"not an exam of tests/data/exams.csv: {', '.join(unknown)}")
    closed = [e for e in names if statuses[e]["status"] == "closed"]
    if closed and not closed_ok:
        raise SystemExit(f"closed exams are never trained on: {', '.join(closed)} (see tests/data/exams.csv)")
    return names


# ---------------------------------------------------------------- models


@dataclass
class Fitted:
    vocabulary: list[str]
    weights: list[float]
    intercept: float
    classes: list[int]
    class_weights: list[list[float]]  # per feature, per class
    class_intercepts: list[float]


def _vocabulary(rows: Sequence[Row], min_groups: int) -> list[str]:
    """Features seen in at least *min_groups* groups: one application's own words do not generalise."""
    seen: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        for f in r.feats:
            seen[f].add(r.group)
    return sorted(f for f, groups in seen.items() if len(groups) >= min_groups)


def _matrix(rows: Sequence[Row], vocabulary: list[str]) -> Any:
    from scipy.sparse import csr_matrix

    index = {f: i for i, f in enumerate(vocabulary)}
    data, cols, ptr = [], [], [0]
    for r in rows:
        for f, v in sorted(r.feats.items()):
            i = index.get(f)
            if i is not None:
                cols.append(i)
                data.append(v)
        ptr.append(len(cols))
    return csr_matrix((data, cols, ptr), shape=(len(rows), len(vocabulary)))


def _group_weights(rows: Sequence[Row]) -> list[float]:
    """Each group weighs the same in total (the demo estate is large and written by us)."""
    sizes: dict[str, int] = defaultdict(int)
    for r in rows:
        sizes[r.group] += 1
    mean = len(rows) / len(sizes)
    return [mean / sizes[r.group] for r in rows]


def fit(rows: Sequence[Row], c: float, c_category: float, min_groups: int, categories: bool = True) -> Fitted:
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    vocabulary = _vocabulary(rows, min_groups)
    x = _matrix(rows, vocabulary)
    weights = np.array(_group_weights(rows))
    # The personal model is applied where the rules say nothing, so it learns from those columns.
    silent = [i for i, r in enumerate(rows) if _asked(r)] if SILENT_ONLY else list(range(len(rows)))
    y = np.array([1 if rows[i].truth else 0 for i in silent])
    model = LogisticRegression(C=c, solver="liblinear", max_iter=1000, random_state=0)
    model.fit(x[silent], y, sample_weight=weights[silent])
    fitted = Fitted(
        vocabulary=vocabulary,
        weights=[float(w) for w in model.coef_[0]],
        intercept=float(model.intercept_[0]),
        classes=[0],
        class_weights=[[0.0] for _ in vocabulary],
        class_intercepts=[0.0],
    )
    if categories:  # which Annex 1 category a personal column holds (used where the rules give none)
        personal = [i for i, r in enumerate(rows) if r.truth]
        cats = LogisticRegression(C=c_category, solver="lbfgs", max_iter=3000)
        cats.fit(x[personal], np.array([min(rows[i].truth) for i in personal]), sample_weight=weights[personal])
        fitted.classes = [int(k) for k in cats.classes_]
        fitted.class_weights = [[float(w) for w in col] for col in cats.coef_.T]
        fitted.class_intercepts = [float(b) for b in cats.intercept_]
    return fitted


def as_model(fitted: Fitted, threshold: float) -> Any:
    """The fitted weights as the run-time :class:`catalog.learned.Model` (so LOSO scores what ropa scores)."""
    from catalog.learned import Model

    weights = {f: w for f, w in zip(fitted.vocabulary, fitted.weights) if w != 0.0}
    class_weights = {f: tuple(row) for f, row in zip(fitted.vocabulary, fitted.class_weights) if any(row)}
    return Model(
        path="<training>", threshold=threshold, intercept=fitted.intercept, weights=weights,
        classes=tuple(fitted.classes), class_intercepts=tuple(fitted.class_intercepts), class_weights=class_weights,
    )  # fmt: skip


# ---------------------------------------------------------------- scoring


def score(rows: Sequence[Row], guesses: Sequence[list[tuple[float, int]]]) -> Score:
    """Personal F1 and top-category accuracy, counted as ``tests/catalog/test_classify_real.evaluate`` does."""
    s = Score()
    for r, guess in zip(rows, guesses):
        if r.truth and guess:
            s.tp += 1
            s.right += max(guess)[1] in r.truth
        elif r.truth:
            s.fn += 1
        elif guess:
            s.fp += 1
    return s


def combined(
    rows: Sequence[Row], ps: Sequence[float], cats: Sequence[int], threshold: float, leads: Sequence[int] = ()
) -> list[Any]:
    """Rules' suggestions, plus the model's (confidence below the rules') where the rules say nothing. *leads*
    (per row, 0 for none): the category the model puts first on a column the rules find personal, as
    :meth:`catalog.learned.Model.recategorise` does where it is sure."""
    out = [r.rules or ([(0.5, c)] if p >= threshold and _asked(r) else []) for r, p, c in zip(rows, ps, cats)]
    for i, lead in enumerate(leads):
        rules = rows[i].rules
        if lead and rules and lead != rules[0][1]:
            out[i] = [(rules[0][0], lead)] + [g for g in rules[1:] if g[1] != lead]
    return out


def leading(rows: Sequence[Row], guesses: Sequence[tuple[int, float]], recategorise: float) -> list[int]:
    """Per row, the category the model leads with on a column the rules find personal (0: the rules' own)."""
    if not recategorise:
        return [0] * len(rows)
    return [k if r.rules and q >= recategorise else 0 for r, (k, q) in zip(rows, guesses)]


def _asked(row: Row) -> bool:
    """Whether the model is asked about a column at run time: the rules say nothing and no shield heads its name."""
    from catalog.learned import SHIELD

    return not row.rules and SHIELD not in row.feats


def best_threshold(rows: Sequence[Row], ps: Sequence[float], cats: Sequence[int]) -> float:
    """The grid threshold with the best pooled F1 (ties: the higher threshold, fewer suggestions)."""
    return max(GRID, key=lambda t: (round(score(rows, combined(rows, ps, cats, t)).f1, 6), t))


def out_of_group(
    rows: Sequence[Row], c: float, c_category: float, min_groups: int, categories: bool = True
) -> tuple[list[float], list[int], list[float]]:
    """Each row scored by models trained without its group: probability personal, category and its probability."""
    ps = [0.0] * len(rows)
    cats = [0] * len(rows)
    qs = [0.0] * len(rows)
    for group in sorted({r.group for r in rows}):
        train = [r for r in rows if r.group != group]
        model = as_model(fit(train, c, c_category, min_groups, categories), 0.5)
        for i, r in enumerate(rows):
            if r.group == group:
                ps[i] = model.p_personal(r.feats)
                cats[i], qs[i] = model.category(r.feats)
    return ps, cats, qs


def report(
    rows: Sequence[Row], ps: list[float], cats: list[int], threshold: float, label: str, leads: Sequence[int] = ()
) -> dict[str, Any]:
    groups = sorted({r.group for r in rows})
    print(f"\n{label} (threshold {threshold:.3f}):")
    print(f"  {'group':<12} {'rules only':<44} rules + model")
    pooled = {"rules": Score(), "model": Score()}
    real = {"rules": Score(), "model": Score()}
    figures = {}
    for group in groups:
        idx = [i for i, r in enumerate(rows) if r.group == group]
        sub = [rows[i] for i in idx]
        a = score(sub, [r.rules for r in sub])
        sub_leads = [leads[i] for i in idx] if leads else []
        b = score(sub, combined(sub, [ps[i] for i in idx], [cats[i] for i in idx], threshold, sub_leads))
        print(f"  {group:<12} {a.line():<44} {b.line()}")
        figures[group] = {
            "rules_f1": round(a.f1, 3),
            "model_f1": round(b.f1, 3),
            "model_accuracy": round(b.accuracy, 3),
        }
        for key, s in (("rules", a), ("model", b)):
            pooled[key].add(s)
            if group != "demo":
                real[key].add(s)
    print(f"  {'real pooled':<12} {real['rules'].line():<44} {real['model'].line()}")
    print(f"  {'all pooled':<12} {pooled['rules'].line():<44} {pooled['model'].line()}")
    return figures


def nested_thresholds(rows: Sequence[Row], c: float, c_category: float, min_groups: int) -> dict[str, float]:
    """Each group's threshold chosen by LOSO over the other groups only (the honest figure)."""
    chosen: dict[str, float] = {}
    for group in sorted({r.group for r in rows}):
        rest = [r for r in rows if r.group != group]
        inner_p, inner_c, _ = out_of_group(rest, c, c_category, min_groups, categories=False)
        chosen[group] = best_threshold(rest, inner_p, inner_c)
    return chosen


def report_nested(rows: Sequence[Row], ps: list[float], cats: list[int], chosen: dict[str, float]) -> None:
    print("\nnested LOSO (each group's threshold chosen without it):")
    real = {"rules": Score(), "model": Score()}
    for group in sorted(chosen):
        idx = [i for i, r in enumerate(rows) if r.group == group]
        sub = [rows[i] for i in idx]
        a = score(sub, [r.rules for r in sub])
        b = score(sub, combined(sub, [ps[i] for i in idx], [cats[i] for i in idx], chosen[group]))
        print(f"  {group:<12} t={chosen[group]:.3f} {a.line():<44} {b.line()}")
        if group != "demo":
            real["rules"].add(a)
            real["model"].add(b)
    print(f"  {'real pooled':<12}         {real['rules'].line():<44} {real['model'].line()}")


# ---------------------------------------------------------------- writing


def _data_hash(rows: Sequence[Row]) -> str:
    h = hashlib.sha256()
    for r in rows:
        h.update(json.dumps([r.group, r.key, sorted(r.truth), sorted(r.feats.items()), r.rules]).encode())
    return h.hexdigest()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--c", type=float, default=0.3, help="inverse regularisation of the personal model")
    parser.add_argument("--c-category", type=float, default=1.0, help="inverse regularisation of the category model")
    parser.add_argument("--min-groups", type=int, default=2, help="keep features seen in at least this many groups")
    parser.add_argument(
        "--all-columns", action="store_true", help="train the personal model on every column, not only silent ones"
    )
    parser.add_argument("--nested", action="store_true", help="also choose each group's threshold without it")
    parser.add_argument(
        "--candidates", type=int, default=0, metavar="N",
        help="list the N silent columns the out-of-group models find most likely personal (rule ideas)",
    )  # fmt: skip
    parser.add_argument(
        "--exams", default="", metavar="training|looked-at|blind13,blind14",
        help="blind-exam folders whose applications join the groups: 'training' for every looked-at and trained "
        "one of tests/data/exams.csv, 'looked-at' for the looked-at ones, or names (a closed exam is refused)",
    )  # fmt: skip
    parser.add_argument(
        "--test-exams", default="", metavar="blind24",
        help="after LOSO, train on every group and score these exam folders: rules alone vs rules + model",
    )  # fmt: skip
    parser.add_argument(
        "--threshold", type=float, metavar="P",
        help="personal-probability threshold to write (default: the LOSO choice; given, LOSO runs only with --loso)",
    )  # fmt: skip
    parser.add_argument(
        "--category-min", type=float, default=0.0, metavar="Q",
        help="category probability a model suggestion needs (the category model's softmax)",
    )  # fmt: skip
    parser.add_argument(
        "--recategorise", type=float, default=0.0, metavar="Q",
        help="category probability at which the model's category leads on a column the rules find personal (0: never)",
    )  # fmt: skip
    parser.add_argument("--loso", action="store_true", help="run leave-one-schema-out even with --threshold")
    parser.add_argument("--write", type=Path, metavar="FILE", help="train on every group and write the model here")
    args = parser.parse_args()

    import sklearn

    from catalog.learned import rules_fingerprint, write_model

    global SILENT_ONLY
    SILENT_ONLY = not args.all_columns
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        rows = load_groups(Path(tmp), exams=exam_folders(args.exams))
    groups = sorted({r.group for r in rows})
    print(f"{len(rows)} columns ({sum(1 for r in rows if r.truth)} personal) in {len(groups)} groups, "
          f"loaded in {time.perf_counter() - started:.0f}s")  # fmt: skip
    figures: dict[str, Any] = {}
    if args.threshold is None or args.loso:
        ps, cats, qs = out_of_group(rows, args.c, args.c_category, args.min_groups)
        ps = [p if q >= args.category_min else 0.0 for p, q in zip(ps, qs)]  # both gates, as at run time
        threshold = best_threshold(rows, ps, cats) if args.threshold is None else args.threshold
        leads = leading(rows, list(zip(cats, qs)), args.recategorise)
        figures = report(rows, ps, cats, threshold, "LOSO (models trained without the group)", leads)
    else:
        threshold, ps, cats = args.threshold, [], []
    if args.candidates and ps:
        silent = sorted((i for i, r in enumerate(rows) if _asked(r)), key=lambda i: (-ps[i], rows[i].key))
        print("\nsilent columns the models trained without their group score highest (✓ labelled personal):")
        for i in silent[: args.candidates]:
            r = rows[i]
            mark = "✓" if r.truth else "✗"
            print(
                f"  {mark} {r.group}: {'.'.join(r.key)} p={ps[i]:.2f} category {cats[i]} (labelled {sorted(r.truth)})"
            )
    if args.test_exams:
        fitted = fit(rows, args.c, args.c_category, args.min_groups)
        model = as_model(fitted, threshold)
        with tempfile.TemporaryDirectory() as tmp:
            test = load_groups(
                Path(tmp), include_demo=False, exams=exam_folders(args.test_exams, closed_ok=True),
                include_labelled=False,
            )  # fmt: skip
        guesses = [model.category(r.feats) for r in test]
        test_cats = [category for category, _ in guesses]
        # a suggestion the category model is unsure of is not made (as at run time)
        test_ps = [model.p_personal(r.feats) if q >= args.category_min else 0.0 for r, (_, q) in zip(test, guesses)]
        test_leads = leading(test, guesses, args.recategorise)
        report(
            test, test_ps, test_cats, threshold, "exams never trained on (models trained on every group)", test_leads
        )
    if args.nested and ps:
        chosen = nested_thresholds(rows, args.c, args.c_category, args.min_groups)
        report_nested(rows, ps, cats, chosen)
    if args.write:
        fitted = fit(rows, args.c, args.c_category, args.min_groups)
        description = {
            "trained_by": "bench/train_classifier.py",
            "scikit_learn": sklearn.__version__,
            "groups": {g: sum(1 for r in rows if r.group == g) for g in groups},
            "personal_columns": sum(1 for r in rows if r.truth),
            "features": len(fitted.vocabulary),
            "c": args.c,
            "c_category": args.c_category,
            "min_groups": args.min_groups,
            "personal_model_trained_on": "all columns" if args.all_columns else "columns the rules leave silent",
            "threshold_chosen_by": (
                "pooled F1 of rules + model over leave-one-schema-out scores"
                if args.threshold is None
                else "given (--threshold), chosen on exams the model was not trained on"
            ),
            "category_threshold": args.category_min,
            "recategorise_threshold": args.recategorise,
            "exams": ",".join(exam_folders(args.exams)),
            "loso": figures,
            "data_sha256": _data_hash(rows),
            "rules_sha256": rules_fingerprint(),
        }
        digest = write_model(
            args.write,
            weights=dict(zip(fitted.vocabulary, fitted.weights)),
            intercept=fitted.intercept,
            classes=fitted.classes,
            class_weights=dict(zip(fitted.vocabulary, fitted.class_weights)),
            class_intercepts=fitted.class_intercepts,
            threshold=threshold,
            description=description,
            category_threshold=args.category_min,
            recategorise_threshold=args.recategorise,
        )
        print(f"\nwrote {args.write} (sha256 {digest[:16]}…)")


if __name__ == "__main__":
    main()
