"""Tagged columns whose values do not look like what they claim to be, or undated/unset identifiers —
from the latest Great Expectations run. INFO: a data-quality note for the owner, not a disagreement
between register and map.
"""

from __future__ import annotations

from catalog.findings import Finding, Severity
from ropa.checks.context import CheckInput

_WHAT = {
    "format": ("values of {col} do not match format {rule} ({n} of {total})",
               "{col} vērtības neatbilst formātam {rule} ({n} no {total})"),
    "not_null": ("identifier {col} is empty in {n} row(s)", "identifikators {col} ir tukšs {n} rindās"),
    "retention_min": ("{col} is empty in {n} row(s), so rule {rule} cannot be proven",
                      "{col} ir tukšs {n} rindās, tāpēc noteikumu {rule} nevar pierādīt"),
}  # fmt: skip


def data_quality(facts: CheckInput) -> list[Finding]:
    """One INFO finding per failed format, identifier or keep-at-least expectation of the latest run."""
    findings: list[Finding] = []
    for row in facts.failed(*_WHAT):
        col = f"{row.system}.{row.table_name}.{row.column_name}"
        en, lv = _WHAT[row.check]
        words = {"col": col, "rule": row.rule, "n": row.unexpected_count or 0, "total": row.element_count or 0}
        findings.append(
            Finding(
                kind="data_quality",
                severity=Severity.INFO,
                object=f"column:{col}",
                message_en=en.format(**words),
                message_lv=lv.format(**words),
                fix_en="correct the values at the source, or the tag if the column holds something else",
                fix_lv="izlabojiet vērtības avotā vai birku, ja kolonnā ir kas cits",
                details={"rule": row.rule, "check": row.check, "unexpected_count": row.unexpected_count},
            )
        )
    return findings
