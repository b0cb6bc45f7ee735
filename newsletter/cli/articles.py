"""`newsletter ingest` and `newsletter articles …`: the pool."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from newsletter.cli.common import (
    JsonFlag,
    JsonOutcome,
    console,
    error,
    parse_date,
    print_json,
    print_table,
    warn,
    workspace,
)

articles_app = typer.Typer(help="List, show and remove articles in the pool.", no_args_is_help=True)


def ingest(
    sources: Annotated[list[str] | None, typer.Argument(
        help="Files, folders (read recursively), http(s) URLs or feeds (default: every [[sources]] in "
        "newsletter.toml).")] = None,
    fmt: Annotated[str | None, typer.Option("--format", "-f", help="Read every source as text, markdown, html, "
                                            "feed or json instead of guessing.")] = None,
    as_json: JsonOutcome = False,
    url: Annotated[str | None, typer.Option("--url", help="The article's web address (one source only); wins "
                                            "over a URL: line or what the page says.")] = None,
    section: Annotated[str | None, typer.Option("--section", help="The article's section, whatever the page "
                                                "says.")] = None,
) -> None:
    """Read articles from SOURCES into the pool (the same article again is updated, not duplicated).

    A file or URL over 20 MB is refused, and a URL gets 60 s in total. A bad source or article is reported and
    the rest still land; the exit code is 1 when anything failed.
    """
    from rich.progress import Progress

    from newsletter.ingest import ingest as run
    from newsletter.ingest.fetch import shown

    if not sources:  # the configured sources, feeds fetched concurrently with a conditional GET
        from newsletter.cli.sources import ingest_configured

        return ingest_configured(as_json)
    total, overrides = _checked(sources, fmt, url, section)
    ws = workspace()
    conn = ws.connect()
    with Progress(console=console, transient=True, disable=as_json or total < 3) as progress:
        task = progress.add_task("Ingesting", total=total)
        report = run(conn, sources, fmt, progress=lambda s: progress.advance(task),
                     aliases=ws.config.selection.aliases, overrides=overrides)
    # One line each, whatever a parser put in its message, and no terminal escapes from a file name.
    for message in report.warnings:
        warn(shown(" ".join(message.split())))
    for exc in report.errors:
        error(shown(" ".join(str(exc).split())))
    if as_json:
        print_json(report.to_json())
    else:
        for outcome, article in report.articles:
            if outcome != "skipped":
                console.print(f"  {outcome:<8} {article.id}  {article.title}", markup=False)
        console.print(f"Ingested: {report.added} added, {report.updated} updated, {report.skipped} skipped, "
                      f"{report.failed} failed.")
    if report.failed:
        raise typer.Exit(1)


def _checked(sources: list[str], fmt: str | None, url: str | None, section: str | None) -> tuple[int, Any]:
    """The number of sources ingest will read, and the overrides, once the arguments are known to be sound."""
    from newsletter.errors import NewsletterError, suggest
    from newsletter.ingest import FORMATS, Overrides, expand
    from newsletter.urls import safe_link

    if any(not source.strip() for source in sources):  # ('' would read the current folder: dist/, templates/ …)
        raise NewsletterError("an empty source: name a file, a folder or an http(s) URL")
    if fmt is not None and fmt not in FORMATS:
        raise NewsletterError(f"unknown format '{fmt}'{suggest(fmt, FORMATS)}; choose one of {', '.join(FORMATS)}")
    if url is not None and (safe_link(url) is None or url.strip().lower().startswith("mailto:")):
        raise NewsletterError(f"--url '{url}' is not an http(s) address")
    total = sum(1 for _ in expand(sources))
    if url is not None and total != 1:
        raise NewsletterError(f"--url names one article, but {total} sources were given")
    if section is not None and not section.strip():
        raise NewsletterError("--section is empty")
    return total, Overrides(url=safe_link(url) if url else None, section=section.strip() if section else None)


@articles_app.command("list")
def list_(
    since: Annotated[str | None, typer.Option(help="Only articles published on or after this date "
                                              "(YYYY-MM-DD).")] = None,
    section: Annotated[str | None, typer.Option(help="Only this section.")] = None,
    as_json: JsonFlag = False,
) -> None:
    """The pool, newest first: id, published, section, title, source."""
    from datetime import UTC, datetime, time

    from newsletter import pool

    ws = workspace()
    zone = ws.config.zone
    start = None if since is None else datetime.combine(parse_date(since), time(), tzinfo=zone).astimezone(UTC)
    items = pool.list_articles(ws.connect(), since=start, section=section)
    if as_json:
        print_json([a.to_json() for a in items])
        return
    zone = ws.config.zone
    print_table(["id", "published", "section", "title", "source"],
                [[a.id, a.published.astimezone(zone).strftime("%Y-%m-%d %H:%M") if a.published else "-",
                  a.section or "-", a.title, a.source] for a in items], shrink=3)
    console.print(f"{len(items)} article{'s' if len(items) != 1 else ''}.")


@articles_app.command()
def show(
    article_id: Annotated[str, typer.Argument(metavar="ID", help="The article's id.")],
    as_json: JsonFlag = False,
) -> None:
    """One article in full."""
    from newsletter import pool

    a = pool.get(workspace().connect(), article_id)
    if as_json:
        print_json(a.to_json())
        return
    console.print(a.title, style="bold", markup=False)
    for label, value in (("id", a.id), ("url", a.url), ("section", a.section), ("author", a.author),
                         ("published", a.published.isoformat() if a.published else None),
                         ("image", a.image_url), ("image credit", a.image_credit), ("tags", ", ".join(a.tags)),
                         ("source", a.source)):
        if value:
            console.print(f"{label:>12}: {value}", markup=False)
    console.print(f"\n{a.summary}\n", markup=False, style="italic")
    for paragraph in a.body:
        console.print(paragraph + "\n", markup=False)


@articles_app.command()
def remove(article_id: Annotated[str, typer.Argument(metavar="ID", help="The article's id.")]) -> None:
    """Remove an article from the pool (issues that used it keep their snapshot)."""
    from newsletter import pool

    a = pool.remove(workspace().connect(), article_id)
    console.print(f"Removed {a.id}  {a.title}", markup=False)


def register(app: typer.Typer) -> None:
    app.command()(ingest)
    app.add_typer(articles_app, name="articles")
