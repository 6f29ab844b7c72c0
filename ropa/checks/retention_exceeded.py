"""Rows older than their retention rule allows, as found by the latest Great Expectations run."""

from __future__ import annotations

from catalog.findings import Finding, Severity
from ropa.checks.context import CheckInput


def retention_exceeded(facts: CheckInput) -> list[Finding]:
    """One finding per failed ``retention_max`` expectation of the latest ``ropa validate`` run.

    Reads stored results rather than querying the systems, so reconciliation stays fast and works without
    access to the sources; run ``ropa validate`` to refresh them. Only counts are stored, never values.
    """
    rules = {r.id: r for r in facts.register.retention}
    findings: list[Finding] = []
    for row in facts.failed("retention_max"):
        rule = rules.get(row.rule or "")
        if rule is None or rule.period is None:  # the rule was removed or changed since the run
            continue
        target = f"{row.system}.{row.table_name}.{row.column_name}"
        count = row.unexpected_count or 0
        findings.append(
            Finding(
                kind="retention_exceeded",
                severity=Severity.HIGH,
                object=f"table:{row.system}.{row.table_name}",
                message_en=f"{count} row(s) of {row.system}.{row.table_name} have {row.column_name} older than "
                f"{rule.period} (retention rule {rule.id})",
                message_lv=f"{count} rindām tabulā {row.system}.{row.table_name} {row.column_name} ir vecāks par "
                f"{rule.period} (glabāšanas noteikums {rule.id})",
                fix_en=f"delete or anonymise rows older than {rule.period} and schedule the deletion",
                fix_lv=f"dzēsiet vai anonimizējiet rindas, kas vecākas par {rule.period}, un ieplānojiet dzēšanu",
                details={
                    "rule": rule.id,
                    "column": target,
                    "period": str(rule.period),
                    "unexpected_count": count,
                    "element_count": row.element_count,
                    "run_id": row.run_id,
                },
            )
        )
    return findings
