"""``ropa classify|tag|tags|review|propagate|check`` — issue 7 (classification and tagging).

Each command calls one library function (:mod:`catalog.classify`, :mod:`catalog.tagging`,
:mod:`catalog.propagation`, :mod:`catalog.gate`) and prints its result.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ropa.commands._common import console, err_console, open_catalog

tags_app = typer.Typer(help="Export and import tags. (Birku eksports un imports.)", no_args_is_help=True)


def classify(
    ctx: typer.Context,
    system: Annotated[str | None, typer.Option("--system", help="Only this system. Tikai šī sistēma.")] = None,
    no_model: Annotated[
        bool, typer.Option("--no-model", help="Rules only, no learned model. Tikai likumi, bez apmācītā modeļa.")
    ] = False,
) -> None:
    """Suggest Annex 1 categories for columns. (Ieteikt datu kategorijas kolonnām.)"""
    from rich.progress import Progress

    from catalog.classify import classify as run

    catalog = open_catalog(ctx)
    with Progress(console=err_console, transient=True) as bar:
        task = bar.add_task("classifying", total=None)
        result = run(
            catalog,
            system,
            progress=lambda done, total: bar.update(task, completed=done, total=total),
            learned=not no_model,
        )
    console.print(
        f"Classified {result.columns} columns: {result.personal_columns} look personal; "
        f"{result.suggested} new suggestions, {result.updated} updated, {result.withdrawn} withdrawn, "
        f"{result.kept_rejected} kept rejected, {result.skipped_confirmed} columns already decided."
    )
    if result.suggested or result.updated:
        console.print("Review them with [bold]ropa review[/] (or export: ropa tags export).")


def tag(
    ctx: typer.Context,
    target: Annotated[str, typer.Argument(help="system.schema.table.column (schema optional). Kolonna.")],
    category: Annotated[int, typer.Argument(help="Annex 1 category id 1..32. Kategorijas Nr.")],
    reject: Annotated[bool, typer.Option("--reject", help="Reject instead of confirm. Noraidīt.")] = False,
    note: Annotated[str | None, typer.Option("--note", help="Why. Pamatojums.")] = None,
) -> None:
    """Confirm (or reject) a category on a column. (Apstiprināt vai noraidīt kategoriju.)"""
    from catalog.tagging import set_status

    change = set_status(open_catalog(ctx), target, category, "rejected" if reject else "confirmed", note=note)
    extra = f"; {change.withdrawn} propagated suggestion(s) withdrawn" if change.withdrawn else ""
    console.print(f"{change.column}: category {change.category} {change.before or 'new'} → {change.after}{extra}")


@tags_app.command("export")
def tags_export(
    ctx: typer.Context,
    format: Annotated[str, typer.Option("--format", help="csv | json. Formāts.")] = "csv",
    output: Annotated[Path | None, typer.Option("-o", "--output", help="Output file. Izvades fails.")] = None,
    system: Annotated[str | None, typer.Option("--system", help="Only this system. Tikai šī sistēma.")] = None,
) -> None:
    """Export tags, one row per tag. (Eksportēt birkas.)"""
    from catalog.tagging import export_tags

    text = export_tags(open_catalog(ctx), format, output, system=system)
    if output is None:
        typer.echo(text, nl=False)
    else:
        err_console.print(f"Wrote the tags ({format}) to {output}")


@tags_app.command("import")
def tags_import(
    ctx: typer.Context,
    file: Annotated[Path, typer.Argument(help="CSV or JSON in the export format. Imports.")],
) -> None:
    """Import tags in the export format. (Importēt birkas.)"""
    from catalog.tagging import import_tags

    result = import_tags(open_catalog(ctx), file)
    console.print(
        f"Imported {result.rows} rows from {file}: {result.created} new, {result.changed} changed, "
        f"{result.unchanged} unchanged."
    )


def review(
    ctx: typer.Context,
    system: Annotated[str | None, typer.Option("--system", help="Only this system. Tikai šī sistēma.")] = None,
    lang: Annotated[str, typer.Option("--lang", help="Language of labels: lv | en. Valoda.")] = "en",
) -> None:
    """Review suggested tags in the terminal. (Pārskatīt ieteiktās birkas.)"""
    _review_queue(open_catalog(ctx), system=system, lang=lang)


def propagate(ctx: typer.Context) -> None:
    """Propagate categories along lineage. (Izplatīt kategorijas pa izcelsmes ceļiem.)"""
    from catalog.propagation import propagate as run

    result = run(open_catalog(ctx))
    console.print(
        f"Followed {result.origins} tags along lineage: {result.suggested} new suggestions, {result.updated} "
        f"updated, {result.withdrawn} withdrawn; {result.stopped} edge(s) stopped by the breaker list."
    )


def check(
    ctx: typer.Context,
    fail_on: Annotated[str, typer.Option("--fail-on", help="low|medium|high. Kļūmes slieksnis.")] = "high",
    junit: Annotated[Path | None, typer.Option("--junit", help="Write JUnit XML. JUnit XML fails.")] = None,
    baseline: Annotated[
        bool,
        typer.Option("--baseline", help="Accept current columns as known first. Pieņemt esošās kolonnas."),
    ] = False,
) -> None:
    """CI gate: fail on untagged new columns and findings. (CI pārbaude.)"""
    from rich.table import Table

    from catalog import gate

    catalog = open_catalog(ctx)
    if baseline:
        accepted = gate.accept_baseline(catalog)
        console.print(f"Baseline accepted for {len(accepted)} system(s).")
    result = gate.check(catalog, fail_on)
    failing = {id(f) for f in result.failing}
    table = Table(title=f"ropa check — fail on {result.fail_on} and untagged new columns")
    for heading in ("", "Severity", "Kind", "Object", "Finding"):
        table.add_column(heading, overflow="fold")
    shown = result.findings[:200]
    for finding in shown:
        mark = "[red]✗[/]" if id(finding) in failing else "·"
        table.add_row(mark, str(finding.severity), finding.kind, finding.object, finding.message_en)
    if result.findings:
        console.print(table)
    if len(result.findings) > len(shown):
        console.print(f"… and {len(result.findings) - len(shown)} more (see --junit).")
    for note in result.skipped:
        err_console.print(f"[dim]skipped {note}[/]")
    if junit is not None:
        gate.write_junit(result, junit)
        err_console.print(f"Wrote JUnit XML to {junit}")
    if result.passed:
        console.print(f"[green]check passed[/]: {len(result.findings)} finding(s), none failing.")
        return
    console.print(f"[red]check failed[/]: {len(result.failing)} of {len(result.findings)} finding(s) fail the gate.")
    raise typer.Exit(code=1)


_KEYS = {"a": "accept", "r": "reject", "c": "change", "n": "not_personal", "s": "skip", "q": "quit"}


def _review_queue(catalog, *, system: str | None, lang: str) -> None:  # type: ignore[no-untyped-def]
    """The interactive queue: one suggestion at a time with its evidence; the answers go to catalog.tagging."""
    from rich.panel import Panel

    from catalog import tagging
    from catalog.queries import format_evidence
    from catalog.taxonomy import category as lookup

    items = tagging.pending(catalog, system)
    if not items:
        console.print("Nothing to review. (Nav ko pārskatīt.)")
        return
    decided = {"accept": 0, "reject": 0, "change": 0, "not_personal": 0, "skip": 0}
    seen_columns: set[str] = set()
    for number, item in enumerate(items, 1):
        if item.column in seen_columns and decided["not_personal"]:
            continue  # the column was just marked not personal
        cat = lookup(item.category)
        signals = item.evidence.get("signals") or [item.evidence]
        lines = [f"[bold]{item.column}[/]", f"category {cat.id}. {cat.name(lang)} — confidence {item.confidence:.0%}"]
        explain = item.evidence.get("explain_lv" if lang == "lv" else "explain_en")
        if explain:
            lines.append(explain)
        for signal in signals[:6]:
            lines.append(f"  · {format_evidence(signal)}")
        console.print(Panel("\n".join(lines), title=f"{number}/{len(items)} · source {item.source}"))
        answer = typer.prompt(
            "[a]ccept / [r]eject / [c]hange / [n]ot personal / [s]kip / [q]uit", default="s", show_default=False
        )
        action = _KEYS.get(answer.strip().lower()[:1], "skip")
        if action == "quit":
            break
        if action == "skip":
            decided["skip"] += 1
            continue
        if action == "change":
            new = typer.prompt("new category (1..32)", type=int)
            tagging.decide_pending(catalog, item, "change", category=new)
        elif action == "not_personal":
            tagging.mark_not_personal(catalog, item.column, note="ropa review")
            seen_columns.add(item.column)
        else:
            tagging.decide_pending(catalog, item, action)
        decided[action] += 1
    console.print(
        f"Accepted {decided['accept']}, rejected {decided['reject']}, changed {decided['change']}, "
        f"not personal {decided['not_personal']}, skipped {decided['skip']}."
    )


def register(app: typer.Typer) -> None:
    for command in (classify, tag, review, propagate, check):
        app.command(command.__name__)(command)
    app.add_typer(tags_app, name="tags")
