"""The model's three gates, chosen again on exams it was not trained on.

Run: ``.venv/bin/python bench/gate_sweep.py [--test blind251,blind253,...]``. The model is trained (as
``bench/train_classifier.py --exams training`` does) on every training group except the test exams' applications,
then scores those at a grid of gates: the personal-probability threshold, the category probability a model suggestion
needs, and the category probability at which the model's category leads on a column the rules find personal
(``recategorise``; 0: never). Prints pooled F1 and category accuracy per setting, figures only. Default test set: the
looked-at exams of the last three sessions (their mistakes were read for rules, so the rules are not blind to them;
the model is).
"""

from __future__ import annotations

import argparse
import itertools
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DEFAULT_TEST = ",".join(f"blind{n}" for n in [251, 253, 255, 257, 259, 261, *range(263, 298, 2)])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--test", default=DEFAULT_TEST, help="comma list of looked-at exam folders held out")
    parser.add_argument("--thresholds", default="0.35,0.45,0.55")
    parser.add_argument("--category-mins", default="0.6,0.7,0.8")
    parser.add_argument("--recategorise", default="0,0.5,0.6,0.7,0.8")
    args = parser.parse_args()

    from bench.train_classifier import as_model, combined, exam_folders, fit, leading, load_groups, score
    from catalog.learned import load_model

    test = exam_folders(args.test)  # a closed exam is refused: choosing gates on it would spend its honesty
    training = [e for e in exam_folders("training") if e not in test]
    with tempfile.TemporaryDirectory() as tmp:
        rows = load_groups(Path(tmp), exams=training)
        (Path(tmp) / "held").mkdir()
        held = load_groups(Path(tmp) / "held", include_demo=False, exams=test, include_labelled=False)
    print(f"trained on {len({r.group for r in rows})} groups; held out {len({r.group for r in held})} applications")
    # trained as the shipped model was: its own file records C, C-category and min-groups
    shipped = load_model(ROOT / "data" / "model" / "classifier.json").description
    model = as_model(fit(rows, shipped["c"], shipped["c_category"], shipped["min_groups"]), 0.45)
    guesses = [model.category(r.feats) for r in held]
    ps = [model.p_personal(r.feats) for r in held]
    cats = [k for k, _ in guesses]
    rules = score(held, [r.rules for r in held])
    print(f"rules alone: F1 {rules.f1:.3f} acc {rules.accuracy:.3f}")
    grid = itertools.product(
        [float(x) for x in args.thresholds.split(",")],
        [float(x) for x in args.category_mins.split(",")],
        [float(x) for x in args.recategorise.split(",")],
    )
    for threshold, category_min, recategorise in grid:
        gated = [p if q >= category_min else 0.0 for p, (_, q) in zip(ps, guesses)]
        s = score(held, combined(held, gated, cats, threshold, leading(held, guesses, recategorise)))
        print(
            f"threshold {threshold:.2f} category {category_min:.2f} recategorise {recategorise:.2f}: "
            f"F1 {s.f1:.3f} acc {s.accuracy:.3f} (P {s.precision:.3f} R {s.recall:.3f})"
        )


if __name__ == "__main__":
    main()
