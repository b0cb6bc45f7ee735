"""`newsletter issue …`: create, edit, show, list and check the daily issue files."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from newsletter.cli.common import (
    JsonFlag,
    console,
    error,
    existing_issue,
    parse_date,
    print_json,
    print_table,
    warn,
    workspace,
)

issue_app = typer.Typer(help="Create, edit, show, list and check issues (one file per day under issues/).",
                        no_args_is_help=True)

DateArg = Annotated[str, typer.Argument(metavar="DATE", help="The issue's date, YYYY-MM-DD.")]
IdArg = Annotated[str, typer.Argument(metavar="ID", help="An article id (see `newsletter articles list`).")]


def _summary(issue) -> str:
    return f"{issue.date}: {len(issue.items)} items in {len(issue.sections)} sections — {issue.subject}"


@issue_app.command()
def new(
    day: Annotated[str | None, typer.Option("--date", help="The issue's date (default: today in the "
                                            "workspace's time zone).")] = None,
    force: Annotated[bool, typer.Option("--force", help="Replace an existing issue file.")] = False,
    explain: Annotated[bool, typer.Option("--explain", help="Say for every article near the window what "
                                          "happened to it and why, and how the lead was chosen.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the issue and a `candidates` list as JSON.")] = False,
) -> None:
    """Create an issue from the pool by the selection rules in newsletter.toml."""
    from newsletter import compose
    from newsletter.explain import explain as explain_picks

    ws = workspace()
    conn = ws.connect()
    target = parse_date(day) if day is not None else compose.today(ws)
    created = compose.new_issue(ws, conn, target, force=force)
    why = explain_picks(ws, conn, target)
    for message in created.warnings:
        warn(message)
    if as_json:
        print_json({"path": str(created.path.relative_to(ws.root)), "issue": created.issue.to_json(),
                    **why.to_json()})
        return
    console.print(f"Created {created.path.relative_to(ws.root)}: {_summary(created.issue)}", markup=False)
    if explain:
        print_explanation(why)
    else:
        console.print(why.summary() + " (--explain says why)", markup=False)


def print_explanation(why) -> None:
    """The lead, then one line per article near the window: its id, outcome and title."""
    console.print(f"Window: {why.start:%Y-%m-%d %H:%M} to {why.cutoff:%Y-%m-%d %H:%M}", markup=False)
    console.print(f"Lead: {why.lead}", markup=False)
    for c in why.candidates:
        console.print(f"  {c.article.id}  {c.reason}\n           {c.article.title}", markup=False)
    console.print(why.summary(), markup=False)


@issue_app.command()
def add(
    day: DateArg,
    article_id: IdArg,
    section: Annotated[str | None, typer.Option(help="The section (default: the article's own).")] = None,
    position: Annotated[int | None, typer.Option(min=1, help="1-based position in the section (default: "
                                                 "last).")] = None,
) -> None:
    """Add an article from the pool to an issue."""
    from newsletter import compose

    ws = workspace()
    editor = compose.Editor(ws, parse_date(day))
    item = editor.add(ws.connect(), article_id, section, position)
    editor.save()
    console.print(f"Added {item.id}  {item.title}", markup=False)


@issue_app.command()
def remove(day: DateArg, article_id: IdArg) -> None:
    """Remove an item from an issue."""
    from newsletter import compose

    editor = compose.Editor(workspace(), parse_date(day))
    editor.remove(article_id)
    editor.save()
    console.print(f"Removed {article_id} from {day}", markup=False)


@issue_app.command()
def move(
    day: DateArg,
    article_id: IdArg,
    position: Annotated[int, typer.Option(min=1, help="The new 1-based position in the section.")],
    section: Annotated[str | None, typer.Option(help="Move it to this section.")] = None,
) -> None:
    """Move an item to another position or section."""
    from newsletter import compose

    editor = compose.Editor(workspace(), parse_date(day))
    placed = editor.move(article_id, position, section)
    editor.save()
    last = f" (the last: there are fewer than {position})" if placed < position else ""
    console.print(f"Moved {article_id} to position {placed}{last}" + (f" in {section}" if section else ""),
                  markup=False)


@issue_app.command("set")
def set_(
    day: DateArg,
    subject: Annotated[str | None, typer.Option(help="The subject line.")] = None,
    preheader: Annotated[str | None, typer.Option(help="The inbox preview text.")] = None,
    intro: Annotated[str | None, typer.Option(help="The editor's intro (Markdown).")] = None,
    intro_file: Annotated[Path | None, typer.Option(help="Read the intro from a Markdown file.",
                                                    dir_okay=False)] = None,
    lead: Annotated[str | None, typer.Option(help="Mark this item as the lead story.")] = None,
) -> None:
    """Set the subject, preheader, intro or lead story."""
    from newsletter import compose
    from newsletter.errors import NewsletterError

    if intro is not None and intro_file is not None:
        raise NewsletterError("give --intro or --intro-file, not both")
    if intro_file is not None:
        from newsletter.infile import open_input

        try:
            with open_input(intro_file) as fh:
                intro = fh.read().decode("utf-8").strip()
        except (OSError, UnicodeDecodeError) as exc:
            raise NewsletterError(f"{intro_file}: cannot be read ({exc})") from exc
    if all(v is None for v in (subject, preheader, intro, lead)):
        raise NewsletterError("nothing to set: give --subject, --preheader, --intro, --intro-file or --lead")
    editor = compose.Editor(workspace(), parse_date(day))
    editor.set(subject=subject, preheader=preheader, intro=intro, lead=lead)
    issue = editor.save()
    console.print(f"Updated {_summary(issue)}", markup=False)


@issue_app.command()
def show(
    day: Annotated[str | None, typer.Argument(metavar="DATE", help="The issue's date (default: the "
                                              "newest).")] = None,
    as_json: JsonFlag = False,
) -> None:
    """Show an issue: subject, preheader, intro and its items by section."""
    from newsletter import issuefile

    ws = workspace()
    issue = issuefile.load(existing_issue(ws, day)[1])
    if as_json:
        print_json(issue.to_json())
        return
    console.print(f"{issue.date}  {issue.subject}", style="bold", markup=False)
    console.print(f"Preheader: {issue.preheader or '-'}", markup=False)
    if issue.intro:
        console.print(f"\n{issue.intro}\n", markup=False)
    number = 0
    for section in issue.sections:
        console.print(f"\n{section.name}", style="bold underline", markup=False)
        for item in section.items:
            number += 1
            mark = " ★ lead" if item.lead else ""
            console.print(f"{number:>3}. {item.id}  {item.display_title}{mark}", markup=False)


@issue_app.command("list")
def list_(as_json: JsonFlag = False) -> None:
    """All issues, newest first: date, subject, items, status (draft, built, sending, interrupted, sent)."""
    from newsletter import compose, issuefile

    ws = workspace()
    conn = ws.connect()
    rows = []
    for day in reversed(ws.issue_dates()):
        issue = issuefile.load(compose.path_for(ws, day))
        rows.append({"date": day.isoformat(), "subject": issue.subject, "items": len(issue.items),
                     "status": compose.status(ws, day, conn)})
    if as_json:
        print_json(rows)
        return
    print_table(["date", "subject", "items", "status"],
                [[r["date"], r["subject"], str(r["items"]), r["status"]] for r in rows], shrink=1)


@issue_app.command()
def check(
    day: Annotated[str | None, typer.Argument(metavar="DATE", help="The issue's date (default: the "
                                              "newest).")] = None,
) -> None:
    """Validate an issue file: schema, missing fields, duplicate items, unknown sections."""
    from newsletter import compose, issuefile

    ws = workspace()
    _, path = existing_issue(ws, day)
    findings = issuefile.check(path, compose.known_sections(ws), ws.config.selection.min_items)
    shown = path.relative_to(ws.root)
    for finding in findings:
        (error if finding.level == "error" else warn)(finding.format(shown))
    errors = sum(1 for f in findings if f.level == "error")
    if errors:
        raise typer.Exit(1)
    console.print(f"{shown}: OK" + (f" ({len(findings)} warnings)" if findings else ""), markup=False)


block_app = typer.Typer(help="Add, list and remove an issue's blocks (sponsor, quote, numbers, note).",
                        no_args_is_help=True)
issue_app.add_typer(block_app, name="block")


@block_app.command("add")
def block_add(
    day: DateArg,
    kind: Annotated[str, typer.Argument(metavar="KIND", help="sponsor, quote, numbers or note.")],
    after: Annotated[str, typer.Option("--after", help="The section it follows, or \"intro\".")],
    title: Annotated[str | None, typer.Option(help="sponsor: the headline; note: an optional label.")] = None,
    text: Annotated[str | None, typer.Option(help="sponsor, quote, note: the text (note: Markdown).")] = None,
    url: Annotated[str | None, typer.Option(help="sponsor: where the headline links (https).")] = None,
    image: Annotated[str | None, typer.Option(help="sponsor: an optional image URL (https).")] = None,
    label: Annotated[str | None, typer.Option(help="sponsor: the label (default: Sponsored).")] = None,
    by: Annotated[str | None, typer.Option(help="quote: who said it.")] = None,
    item: Annotated[list[str] | None, typer.Option("--item", help="numbers: FIGURE=CAPTION, repeat for each "
                                                   "figure.")] = None,
    position: Annotated[int | None, typer.Option(min=1, help="1-based position among the blocks (default: "
                                                 "last).")] = None,
) -> None:
    """Add a block to an issue, after a section or the intro."""
    from newsletter import blocks, compose
    from newsletter.errors import NewsletterError

    ws = workspace()
    editor = compose.Editor(ws, parse_date(day))
    given = {"title": title, "text": text, "url": url, "image": image, "label": label, "by": by}
    raw: dict = {"kind": kind, "after": after, **{k: v for k, v in given.items() if v is not None}}
    try:
        if item:
            raw["items"] = blocks.parse_numbers(item)
        block = blocks.validate(raw, [s.name for s in editor.issue.sections])
    except blocks.BlockProblem as exc:
        option = {"items": "item"}.get(exc.key or "", exc.key)
        hint = f" (option --{option})" if option in (*given, "item", "after") else ""
        raise NewsletterError(f"{exc}{hint}") from None
    editor.add_block(block, position)
    issue = editor.save()
    console.print(f"Added a {kind} block after {block.after}: {len(issue.blocks)} blocks in {day}", markup=False)


@block_app.command("list")
def block_list(day: DateArg) -> None:
    """List an issue's blocks, numbered as `issue block remove` expects."""
    from newsletter import compose, issuefile

    issue = issuefile.load(compose.existing(workspace(), parse_date(day)))
    if not issue.blocks:
        console.print(f"{day}: no blocks", markup=False)
    for number, block in enumerate(issue.blocks, 1):
        what = block.get("title") or block.get("text") or f"{len(block.get('items', []))} figures"
        console.print(f"{number:>3}. {block.kind:<8} after {block.after:<12} {str(what)[:60]}", markup=False)


@block_app.command("remove")
def block_remove(
    day: DateArg,
    number: Annotated[int, typer.Argument(metavar="N", help="The block's number in `issue block list`.")],
) -> None:
    """Remove a block from an issue."""
    from newsletter import compose

    editor = compose.Editor(workspace(), parse_date(day))
    block = editor.remove_block(number)
    editor.save()
    console.print(f"Removed block {number} ({block.kind} after {block.after}) from {day}", markup=False)


@issue_app.command()
def approve(
    day: DateArg,
    by: Annotated[str | None, typer.Option("--by", help="Who approves (default: `git config user.name`, else the "
                                           "login name).")] = None,
) -> None:
    """Sign off an issue exactly as it would be sent now; a real send refuses it if it changes afterwards."""
    from newsletter import approval

    ws = workspace()
    signed = approval.approve(ws, ws.connect(), parse_date(day), by)
    console.print(f"Approved the issue of {day} as {signed.by} at {signed.at} (fingerprint "
                  f"{signed.fingerprint[:12]}).", markup=False)


@issue_app.command()
def diff(
    day: DateArg,
    against: Annotated[str | None, typer.Option(help="Compare with the `approval` or the last `test` send "
                                                "(default: the approval, else the last test send).")] = None,
    as_json: JsonFlag = False,
) -> None:
    """What changed in an issue since it was approved (or last sent as a test)."""
    from newsletter import approval, compose
    from newsletter.errors import NewsletterError

    if against not in (None, "approval", "test"):
        raise NewsletterError(f"--against: '{against}' is not one of approval, test")
    ws = workspace()
    target = parse_date(day)
    compose.existing(ws, target)
    result = approval.diff(ws, ws.connect(), target, against=against)
    if as_json:
        print_json({"date": day, "against": result.against.to_json() if result.against else None,
                    "same": result.same, "changes": result.changes})
        return
    if result.against is None:
        raise NewsletterError(f"the issue of {day} has no approval and no test send to compare with (run `newsletter "
                              f"issue approve {day}` or `newsletter send {day} --to-test ADDRESS`)")
    base = approval.describe(result.against)
    if not result.changes:
        console.print(f"No change since the {base}.", markup=False)
        return
    console.print(f"Changed since the {base}:", markup=False)
    for change in result.changes:
        console.print(f"  {change}", markup=False)
    if result.same:  # (a file no email uses, a comment in newsletter.toml)
        holds = "still holds" if result.against.kind == "approval" else "sent the same email"
        console.print(f"The email itself is the same: the {base} {holds}.", markup=False)


def register(app: typer.Typer) -> None:
    app.add_typer(issue_app, name="issue")
