"""`newsletter build`: an issue into the files a subscriber receives."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from newsletter.cli.common import JsonOutcome, console, existing_issue, print_json, warn, workspace


def build(
    day: Annotated[str | None, typer.Argument(metavar="DATE", help="The issue's date (default: the "
                                              "newest).")] = None,
    out: Annotated[Path | None, typer.Option("--out", help="Output folder (default: dist/); the files go in "
                                             "OUT/DATE/.", file_okay=False)] = None,
    strict: Annotated[bool, typer.Option("--strict", help="Fail on any check warning.")] = False,
    as_json: JsonOutcome = False,
) -> None:
    """Build an issue: index.html, index.txt, index.mjml, message.eml and web.html in OUT/DATE/."""
    from newsletter.render.build import build_issue

    ws = workspace()
    target, _ = existing_issue(ws, day)
    result = build_issue(ws, target, out=out, strict=strict)
    where = result.out_dir
    shown = where.relative_to(ws.root) if where and where.is_relative_to(ws.root) else where
    warnings = result.warnings + _sent_note(ws, target, result)
    if as_json:
        print_json({"date": target.isoformat(), "out": str(where), "html_bytes": result.html_size,
                    "warnings": warnings, "timings_ms": {k: round(v * 1000, 1) for k, v in result.timings.items()}})
        return
    for message in warnings:
        warn(message)
    console.print(f"Built {target}: {len(result.issue.items)} items, HTML {result.html_size / 1024:.1f} KB, "
                  f"{result.timings['total'] * 1000:.0f} ms", markup=False)
    for name in ("index.html", "index.txt", "message.eml", "web.html", "index.mjml"):
        console.print(f"  {shown}/{name}", markup=False)


def _sent_note(ws, day, built) -> list[str]:
    """A sent issue built again after an edit: what subscribers got stays as it was; say so, when the email now
    differs from the one its send started with. A build never creates, migrates or waits on the database
    (`Workspace.peek`); one it cannot read now is a note, not an error of the build's."""
    import sqlite3

    from newsletter import approval
    from newsletter.compose import sent_as
    from newsletter.deliver import ledger
    from newsletter.deliver.send import prepare
    from newsletter.errors import NewsletterError

    try:
        if (conn := ws.peek()) is None:
            return []
        try:
            sent, started = sent_as(conn, day), ledger.started_with(conn, day)
        finally:
            conn.close()
    except (NewsletterError, sqlite3.Error) as exc:
        return [f"could not check whether the issue of {day} was sent: {exc}"]
    try:
        if sent is None or (started and approval.fingerprint(prepare(ws, day, force=True, built=built)) == started):
            return []
    except NewsletterError:  # (an email that cannot be prepared: the build's own checks say why)
        return []
    return [f"{sent}: subscribers keep the email they got; this build (and the web archive made from it) shows the "
            f"issue file as it is now"]


def archive(
    out: Annotated[Path | None, typer.Option("--out", help="Output folder (default: _site/); replaced whole, so it "
                                             "must be new, empty or an earlier archive.", file_okay=False)] = None,
    include_drafts: Annotated[bool, typer.Option("--include-drafts", help="Publish issues that were not sent "
                                                 "yet too (marked as drafts).")] = False,
) -> None:
    """Write a static web archive of the sent issues: index.html, one page per issue, feed.xml (Atom)."""
    from newsletter.archive import make_archive

    ws = workspace()
    target = out or ws.root / "_site"
    entries = make_archive(ws, target, include_drafts=include_drafts)
    console.print(f"Archived {len(entries)} issue{'s' if len(entries) != 1 else ''} in {target}", markup=False)
    if not entries:
        console.print("Only sent issues are published (`--include-drafts` to publish the others too).",
                      markup=False)


def register(app: typer.Typer) -> None:
    app.command()(build)
    app.command()(archive)
