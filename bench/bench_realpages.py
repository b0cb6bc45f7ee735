"""Real pages: the scraped-page reader on whole-page copies of real sites nobody here wrote a rule for.

    python bench/bench_realpages.py TRAFILATURA [--cache DIR] [--half dev|held|all] [--details]

The corpus (tests/fixtures/corpus/) is made-up pages; this measures the reader on real ones. trafilatura's evaluation
set (`tests/evaldata.json` and `tests/eval/`, `tests/cache/` in a checkout of github.com/adbar/trafilatura: some
900 real web pages saved as HTML, news and blogs in German, English, French, Polish and more, each annotated with
passages its main text must hold and passages it must not) is copied the way an editor copies a page: Chromium
opens each saved page with scripts off and the network shut, and the page's `innerText` is what select all + paste
gives (without the site's external stylesheets, so menus a style sheet would hide are in the copy too). The copies
are cached (`--cache`, default `.cache/realpages/` beside this script) and never enter the repository: they are other
people's articles.

The pages split in two halves by a hash of their address: `dev` may be studied when a rule is written; `held` is
never looked at, and its score is the one quoted. Per page, with the annotations trafilatura has (pages without a
title are left out; author and date are checked where annotated):
- title: the reader's headline is the annotated title (whitespace, quotes and case aside);
- author: every annotated name stands in the reader's author;
- published: the reader's date is the annotated day;
- main text kept: every `with` passage the copy holds stands in the reader's standfirst or body;
- furniture left out: no `without` passage the copy holds stands in them.
A passage the copy does not hold (a link's address, text a script would have written) is not counted.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import shutil
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bench_ingest import norm  # noqa: E402

from newsletter.ingest.scraped import read_plaintext  # noqa: E402

CHECKS = ("title", "author", "published", "main text kept", "furniture left out")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"]


def half_of(url: str) -> str:
    return "dev" if hashlib.sha1(url.encode()).digest()[0] % 2 == 0 else "held"


def key(url: str) -> str:
    return hashlib.sha1(url.encode()).hexdigest()[:16]


def _source(checkout: Path, name: str) -> Path | None:
    return next((p for sub in ("eval", "cache") if (p := checkout / "tests" / sub / name).is_file()), None)


def render(checkout: Path, items: dict[str, dict], cache: Path) -> None:
    """Each page's copy into `cache` (NAME.txt, NAME the hash of its address), once."""
    todo = [(url, path) for url, item in items.items()
            if not (cache / f"{key(url)}.txt").exists() and (path := _source(checkout, item["file"]))]
    if not todo:
        return
    from playwright.sync_api import sync_playwright

    cache.mkdir(parents=True, exist_ok=True)
    chromium = shutil.which("chromium-headless-shell") or shutil.which("chromium")  # (as tests/browser.py finds it)
    if chromium is None:
        sys.exit(f"Error: {len(todo)} pages to copy and no Chromium (apt-get install chromium-headless-shell)")
    with sync_playwright() as driver:
        browser = driver.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        context = browser.new_context(java_script_enabled=False)
        context.route("**/*", lambda route: route.continue_() if route.request.url.startswith("file:")
                      else route.abort())
        page = context.new_page()
        for n, (url, path) in enumerate(todo, 1):
            try:
                page.goto(path.as_uri(), wait_until="domcontentloaded", timeout=20_000)
                text = page.evaluate("document.body ? document.body.innerText : ''")
            except Exception as error:  # a page Chromium cannot open is left out, and said
                print(f"skipped {path.name}: {str(error).splitlines()[0]}", file=sys.stderr)
                continue
            (cache / f"{key(url)}.txt").write_text(text, encoding="utf-8")
            if n % 100 == 0:
                print(f"rendered {n}/{len(todo)}", file=sys.stderr)
        browser.close()


def _flat(text: str | list[str] | None) -> str:
    """Whitespace, quotes and case aside; soft hyphens gone (annotations keep them, a copy may not); a list of
    names (some annotations) as one `;`-separated string."""
    text = "; ".join(text) if isinstance(text, list) else text or ""
    return (norm(text.replace("\u00ad", "")) or "").casefold()


def score(text: str, item: dict) -> dict[str, bool | None]:
    """The checks for one page (None: not annotated, or nothing in the copy to check)."""
    articles = read_plaintext(text, "page.txt")
    article = articles[0].finish() if articles else None
    # (the standfirst is the article's summary here and main text in trafilatura's annotations: both are asked)
    body = _flat("\n".join([article.summary, *article.body])) if article else ""
    copy = _flat(text)
    withs = [w for w in map(_flat, item.get("with", [])) if w in copy]
    withouts = [w for w in map(_flat, item.get("without", [])) if w in copy]
    checks: dict[str, bool | None] = {
        "title": article is not None and _flat(article.title) == _flat(item["title"]),
        "author": None, "published": None,
        "main text kept": all(w in body for w in withs) if withs else None,
        "furniture left out": not any(w in body for w in withouts) if withouts else None,
    }
    if item.get("author"):
        names = [n for n in re.split(r"[;,]| and | und ", _flat(item["author"])) if n.strip()]
        checks["author"] = article is not None and all(n.strip() in _flat(article.author) for n in names)
    if item.get("date"):
        checks["published"] = bool(article and article.published
                                   and article.published.date().isoformat() == item["date"][:10])
    return checks


def _report(label: str, results: list[dict[str, bool | None]]) -> None:
    totals = {name: [0, 0] for name in CHECKS}
    for checks in results:
        for name, ok in checks.items():
            if ok is not None:
                totals[name][0] += ok
                totals[name][1] += 1
    passed, asked = sum(t[0] for t in totals.values()), sum(t[1] for t in totals.values())
    whole = sum(all(ok is not False for ok in checks.values()) for checks in results)
    print(f"{label}: {len(results)} pages, {passed}/{asked} checks = {100 * passed / max(asked, 1):.1f}%, "
          f"{whole} pages with every check right")
    for name, (ok, n) in totals.items():
        print(f"  {name:<20} {ok:>4}/{n:<4} {100 * ok / max(n, 1):5.1f}%")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("trafilatura", type=Path, help="a checkout of github.com/adbar/trafilatura")
    parser.add_argument("--cache", type=Path, default=Path(__file__).with_name(".cache") / "realpages")
    parser.add_argument("--half", choices=("dev", "held", "all"), default="held")
    parser.add_argument("--details", action="store_true", help="name each page's failed checks")
    args = parser.parse_args()
    annotations = args.trafilatura / "tests" / "evaldata.json"
    if not annotations.is_file():
        print(f"Error: {args.trafilatura} is not a checkout of trafilatura (no tests/evaldata.json)", file=sys.stderr)
        return 2
    data = json.loads(annotations.read_text(encoding="utf-8"))
    items = {url: item for url, item in data.items()
             if item.get("title") and (args.half == "all" or half_of(url) == args.half)}
    render(args.trafilatura, items, args.cache)
    results: list[dict[str, bool | None]] = []
    articles: list[dict[str, bool | None]] = []  # the pages annotated with an author and a date: posts, stories
    for url, item in sorted(items.items()):
        copy = args.cache / f"{key(url)}.txt"
        if not copy.exists():
            continue
        checks = score(copy.read_text(encoding="utf-8"), item)
        results.append(checks)
        if item.get("author") and item.get("date"):
            articles.append(checks)
        if args.details and False in checks.values():
            print(f"{key(url)} {url}: " + ", ".join(n for n, ok in checks.items() if ok is False))
    _report(f"real pages ({args.half})", results)
    _report("  of which articles (an author and a date annotated)", articles)
    return 0


if __name__ == "__main__":
    sys.exit(main())
