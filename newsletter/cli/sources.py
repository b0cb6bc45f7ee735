"""`newsletter sources`: the configured sources and what each answered last; a bare `newsletter ingest` reads them."""

from __future__ import annotations

import typer

from newsletter.cli.common import JsonFlag, cell, console, error, print_json, workspace


def ingest_configured(as_json: bool = False) -> None:
    """`newsletter ingest` without arguments: every `[[sources]]` table, one summary line each."""
    from newsletter.errors import NewsletterError
    from newsletter.sources import ingest_sources

    ws = workspace()
    if not ws.config.sources:
        raise NewsletterError(f"no sources given and none configured: name files, folders or URLs, or add "
                              f"[[sources]] tables to {ws.config_path.name}")
    width = max(len(s.label) for s in ws.config.sources)

    def show(report) -> None:
        if not as_json:
            console.print(f"  {report.source.label:<{width}}  {report.line()}", markup=False)

    reports = ingest_sources(ws, ws.connect(), progress=show)
    for report in reports:
        for message in report.errors if report.result != "failed" else []:
            error(message)
    failed = [r for r in reports if r.result == "failed"]
    unread = sum(len(r.errors) for r in reports if r.result != "failed")  # bad articles in sources that were read
    if as_json:
        print_json({"sources": [r.to_json() for r in reports]})
    else:
        total = sum(r.added for r in reports), sum(r.updated for r in reports)
        console.print(f"Ingested {len(reports)} sources: {total[0]} added, {total[1]} updated, "
                      f"{sum(r.result == 'not modified' for r in reports)} not modified, {len(failed)} failed"
                      + (f"; {unread} article{'s' if unread != 1 else ''} could not be read." if unread else "."),
                      markup=False)
    for report in failed:
        error(f"{report.source.label}: {report.errors[0]}")
    if not all(r.complete for r in reports):  # (as `ingest FILE…` does: the exit code says something failed)
        raise typer.Exit(1)


def sources(as_json: JsonFlag = False) -> None:
    """The configured sources ([[sources]] in newsletter.toml) with their last fetch and result."""
    from rich.table import Table

    from newsletter.sources import list_sources

    ws = workspace()
    rows = list_sources(ws, ws.connect())
    if as_json:
        print_json([r.to_json() for r in rows])
        return
    if not rows:
        console.print(f"No sources configured: add [[sources]] tables to {ws.config_path.name}.")
        return
    table = Table("name", "source", "section", "last fetch", "result", box=None, header_style="bold")
    for r in rows:
        table.add_row(cell(r.source.label), cell(r.source.where), cell(r.source.section or "-"), r.fetched_at or "-",
                      cell(f"{r.result}{': ' + r.detail if r.detail else ''}" if r.result else "never read"))
    console.print(table)


def register(app: typer.Typer) -> None:
    app.command()(sources)
