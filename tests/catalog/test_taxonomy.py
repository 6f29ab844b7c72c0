from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from catalog.errors import TaxonomyError
from catalog.taxonomy import ANNEX_CSV, HEADER, Sensitivity, categories, category, load_categories

SEED = Path(__file__).resolve().parents[3] / "shared" / "seeds" / "000_3053f45931dcb112.txt"


def test_header_is_the_contract() -> None:
    with ANNEX_CSV.open(encoding="utf-8") as handle:
        assert (
            tuple(next(csv.reader(handle)))
            == HEADER
            == (
                "id",
                "name_lv",
                "name_en",
                "examples_lv",
                "examples_en",
                "sensitivity",
            )
        )


def test_thirty_two_categories_in_order_with_both_languages() -> None:
    cats = categories()
    assert [c.id for c in cats] == list(range(1, 33))
    assert len({c.name_lv for c in cats}) == 32
    assert len({c.name_en for c in cats}) == 32
    for cat in cats:
        assert cat.name_lv and cat.name_en and cat.examples_lv and cat.examples_en
        assert not re.search(r"[^\s\d]\d$", cat.name_lv), f"footnote marker left in {cat.name_lv!r}"


def test_sensitivity() -> None:
    assert category(3).sensitivity is Sensitivity.SPECIAL
    assert [c.id for c in categories() if c.sensitivity is Sensitivity.SPECIAL] == [3]
    for cid in (17, 18, 19, 26, 27, 29, 31):
        assert category(cid).sensitivity is Sensitivity.HIGH


@pytest.mark.skipif(not SEED.exists(), reason="seed policy not beside the project")
def test_latvian_text_is_verbatim_from_the_seed() -> None:
    seed = re.sub(r"\s+", " ", SEED.read_text(encoding="utf-8"))
    seed_no_markers = re.sub(r"(?<=[^\s\d])\d(?=[\s\t])", "", seed)
    for cat in categories():
        assert cat.name_lv in seed_no_markers, cat.name_lv
        assert cat.examples_lv in seed_no_markers, cat.examples_lv


def test_unknown_category() -> None:
    with pytest.raises(TaxonomyError, match="unknown category 33"):
        category(33)


def _write(tmp_path: Path, rows: list[str]) -> Path:
    path = tmp_path / "annex.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def _good_rows() -> list[str]:
    return ANNEX_CSV.read_text(encoding="utf-8").splitlines()


@pytest.mark.parametrize(
    ("mutate", "line", "message"),
    [
        (lambda rows: rows[:1] + rows[1:32], None, "categories missing: 32"),
        (lambda rows: rows[:3] + [rows[2]] + rows[4:], 4, "duplicate id 2"),
        (lambda rows: ["id,name,whatever"] + rows[1:], 1, "header must be"),
        (lambda rows: rows[:5] + ["5,,Customer data,a,b,normal"] + rows[6:], 6, "name_lv is empty"),
        (lambda rows: rows[:7] + ["7,x,y,a,b,secret"] + rows[8:], 8, "sensitivity 'secret'"),
        (lambda rows: rows[:9] + ["nine,x,y,a,b,normal"] + rows[10:], 10, "is not a number"),
        (lambda rows: rows[:2] + ["2,x,y"] + rows[3:], 3, "expected 6 fields"),
    ],
)
def test_broken_file_names_file_and_line(tmp_path: Path, mutate, line, message) -> None:  # type: ignore[no-untyped-def]
    path = _write(tmp_path, mutate(_good_rows()))
    with pytest.raises(TaxonomyError) as info:
        load_categories(path)
    assert info.value.file == str(path)
    assert info.value.line == line
    assert message in str(info.value)
    assert str(path) in str(info.value)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(TaxonomyError, match="cannot read"):
        load_categories(tmp_path / "nope.csv")
