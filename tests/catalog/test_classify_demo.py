"""The demo estate end to end through the CLI contract: scan, classify, export — quality and privacy.

Builds the synthetic Balticom estate, runs ``ropa scan … --system``, ``ropa classify``, ``ropa propagate``,
``ropa tags export`` and ``ropa check`` as a user would, then
* measures personal/not-personal F1 and exact-category accuracy against ``demo/truth.csv``;
* searches the catalog database files, every export and every command's output byte-wise for the canary
  values planted in the estate (``demo.CANARIES``): none may appear — only ratios leave a scan.
"""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ropa.cli import app

pytestmark = pytest.mark.slow


@dataclass
class Run:
    root: Path
    catalog_dir: Path
    exports: list[Path]
    outputs: list[str]
    truth: Path


@pytest.fixture(scope="module")
def demo_run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Run]:
    from demo import build_estate

    root = tmp_path_factory.mktemp("demo")
    estate = build_estate(root / "estate")
    catalog_dir = root / "catalog"
    url = f"sqlite:///{catalog_dir / 'catalog.db'}"
    runner = CliRunner()
    outputs: list[str] = []

    def ropa(*args: str) -> str:
        result = runner.invoke(app, ["--catalog", url, *args])
        assert result.exit_code in (0, 1), result.output
        outputs.append(result.output)
        return result.output

    for target in estate.targets:
        ropa("scan", target.url, "--system", target.system)
    ropa("classify")
    ropa("propagate")
    exports = [root / "out" / "tags.csv", root / "out" / "tags.json", root / "out" / "check.xml"]
    ropa("tags", "export", "--format", "csv", "-o", str(exports[0]))
    ropa("tags", "export", "--format", "json", "-o", str(exports[1]))
    ropa("check", "--fail-on", "low", "--junit", str(exports[2]))
    outputs.append(ropa("tags", "export", "--format", "csv"))
    yield Run(root, catalog_dir, exports, outputs, estate.truth)


def _score(run: Run) -> tuple[float, float]:
    truth: dict[tuple[str, str, str], set[int]] = defaultdict(set)
    with run.truth.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            truth[(row["system"], row["table"], row["column"])].add(int(row["category"]))
    predicted: dict[tuple[str, str, str], list[tuple[float, int]]] = defaultdict(list)
    for row in csv.DictReader(io.StringIO(run.exports[0].read_text(encoding="utf-8"))):
        predicted[(row["system"], row["table"], row["column"])].append((float(row["confidence"]), int(row["category"])))
    tp = sum(1 for k in predicted if k in truth)
    fp = len(predicted) - tp
    fn = sum(1 for k in truth if k not in predicted)
    f1 = 2 * tp / (2 * tp + fp + fn)
    right = sum(1 for k, guesses in predicted.items() if k in truth and max(guesses)[1] in truth[k])
    return f1, right / tp


def test_demo_quality_reaches_the_targets(demo_run: Run) -> None:
    f1, accuracy = _score(demo_run)
    assert f1 >= 0.95, f"personal/not-personal F1 {f1:.3f}"
    assert accuracy >= 0.90, f"exact-category accuracy {accuracy:.3f}"


def test_canaries_appear_in_no_catalog_file_export_or_output(demo_run: Run) -> None:
    from demo import CANARIES

    assert CANARIES
    # the byte search finds them where they are meant to be: in the source databases
    sources = b"".join(p.read_bytes() for p in (demo_run.root / "estate").rglob("*.db"))
    assert all(c.encode("utf-8") in sources for c in CANARIES)
    files = [p for p in demo_run.catalog_dir.rglob("*") if p.is_file()] + demo_run.exports
    files += [p for p in demo_run.root.rglob("*.log") if p.is_file()]
    assert any(p.name == "catalog.db" for p in files)
    for path in files:
        data = path.read_bytes()
        for canary in CANARIES:
            for encoded in {canary.encode("utf-8"), canary.encode("utf-16-le")}:
                assert encoded not in data, f"canary {canary!r} found in {path}"
    for output in demo_run.outputs:
        for canary in CANARIES:
            assert canary not in output


def test_the_canary_columns_were_sampled_and_tagged(demo_run: Run) -> None:
    """The privacy test means something only if the canaries' columns were read and classified."""
    exported = demo_run.exports[0].read_text(encoding="utf-8")
    assert "crm,main,klienti,e_pasts,2," in exported
    assert "portal,main,lietotaji,lietotajvards,27," in exported
