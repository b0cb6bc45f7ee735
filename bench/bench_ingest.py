"""Scraped-page benchmark: per-field scores of `read_plaintext` on whole-page copies, and its speed.

    python bench/bench_ingest.py [DIR ...] [--details] [--tight]

Each DIR holds pages `NAME.txt` with their expected fields in `NAME.json` (the format of
tests/fixtures/corpus/examples/, described in its README). Without DIR: every folder under
tests/fixtures/corpus/. Text fields are compared after normalising whitespace and quotes; `published` is
compared as the moment the page shows (the expected string is parsed, a numeric date day first unless the page's
language writes month first, and date, hour and minute must agree);
`boilerplate` passes when none of its lines ended up in the body.

`--tight` scores the pages as some pastes give them, with every blank line gone: each page whose paragraphs stand
on lines of their own is read again without its blank lines (pages hard-wrapped, where nothing then tells a wrapped
line from a paragraph, and pages already tight are left out).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from newsletter.article import to_utc  # noqa: E402
from newsletter.ingest.scraped import clear_memos, read_plaintext  # noqa: E402
from newsletter.ingest.scraped.dates import day_first, parse_date  # noqa: E402
from newsletter.ingest.scraped.lines import detect_language  # noqa: E402

CORPUS = REPO / "tests" / "fixtures" / "corpus"
FIELDS = ("title", "section", "author", "image_credit", "published", "first_paragraph", "last_paragraph",
          "body_paragraphs", "boilerplate")
_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'", "‚": "'",
                         "‹": "'", "›": "'", "\u00a0": " "})


def norm(text: object) -> str | None:
    if text is None:
        return None
    text = unicodedata.normalize("NFC", str(text)).translate(_QUOTES)
    return re.sub(r"\s+", " ", text).strip()


@dataclass
class PageResult:
    name: str
    failed: dict[str, tuple[object, object]] = field(default_factory=dict)  # field -> (expected, got)
    checks: dict[str, bool] = field(default_factory=dict)
    body: list[str] = field(default_factory=list)  # the paragraphs read (bench/train_learned.py learns from them)


# Relative times in the corpus languages, kept apart from the reader's own list so the scorer does not grade itself.
RELATIVE = re.compile(r"\b(ago|hace|il y a|vor|fa|há|atrás|geleden|sedan|siden|today|yesterday|aujourd'hui|hier|"
                      r"heute|gestern|oggi|ieri|hoy|ayer|hoje|ontem|vandaag|gisteren|idag|igår|i dag|i går)\b", re.I)


def same_moment(expected: str | None, got, dayfirst: bool | None = None) -> bool:
    if expected is None:
        return got is None
    want = parse_date(expected, dayfirst)
    if want is None:
        # Only a relative time (`hace 3 horas`) cannot be dated, and then nothing is right; any other expected
        # date the reader's own parser cannot read is the reader's failure, not a pass.
        return got is None and bool(RELATIVE.search(expected))
    if got is None:
        return False
    want, got = to_utc(want), to_utc(got)
    if want.date() != got.date():
        return False
    shows_time = ":" in expected or bool(re.search(r"\d[h.]\d\d", expected))
    return not shows_time or (want.hour, want.minute) == (got.hour, got.minute)


BLANK_LINES = re.compile(r"\n\s*\n")


def tightened(text: str, expected: dict) -> str | None:
    """The page with its blank lines gone; None for a page whose paragraphs are hard-wrapped, or tight already."""
    lines = {line.strip() for line in text.splitlines()}
    if not BLANK_LINES.search(text.replace("\r", "")) or any(
            expected.get(name) not in lines for name in ("first_paragraph", "last_paragraph")):
        return None
    return BLANK_LINES.sub("\n", text.replace("\r\n", "\n"))


def score_page(txt: Path, tight: bool = False) -> PageResult | None:
    expected = json.loads(txt.with_suffix(".json").read_text(encoding="utf-8"))
    text = txt.read_text(encoding="utf-8")
    if tight and (text := tightened(text, expected)) is None:  # type: ignore[assignment]
        return None
    articles = read_plaintext(text, txt.name)
    article = articles[0].finish() if articles else None
    body = article.body if article else []
    got = {
        "title": article.title if article else None,
        "section": article.section if article else None,
        "author": article.author if article else None,
        "image_credit": article.image_credit if article else None,
        "published": article.published if article else None,
        "first_paragraph": body[0] if body else None,
        "last_paragraph": body[-1] if body else None,
        "body_paragraphs": len(body),
    }
    result = PageResult(txt.stem, body=body)
    for name in FIELDS:
        if name not in expected and name != "boilerplate":
            continue
        if name == "published":
            # `02/03/2027` as the page shows it: day first unless the page is in a month-first language
            ok = same_moment(expected["published"], got["published"], day_first(detect_language(text)))
        elif name == "body_paragraphs":
            ok = expected[name] == got[name]
        elif name == "boilerplate":
            bodies, page = [norm(p) for p in body], [norm(line) for line in text.splitlines()]
            leaked = [b for b in expected.get("boilerplate", []) if _leaked(norm(b), bodies, page)]
            ok, got[name] = not leaked, leaked
        else:
            ok = norm(expected[name]) == norm(got[name])
        result.checks[name] = ok and article is not None
        if not result.checks[name]:
            result.failed[name] = (expected.get(name) if name != "boilerplate" else "none in body", got.get(name))
    return result


def _leaked(line: str, bodies: list[str], page: list[str]) -> bool:
    """The line is a paragraph read, or is run into more paragraphs than the page holds lines containing it (a pull
    quote repeats a sentence of the story's own paragraph, which keeps it)."""
    if line in bodies:
        return True
    if len(line.split()) < 4:
        return False
    return sum(line in p for p in bodies) > sum(line in p and line != p for p in page)


def score_folder(folder: Path, tight: bool = False) -> list[PageResult]:
    results = (score_page(txt, tight) for txt in sorted(folder.glob("*.txt")) if txt.with_suffix(".json").exists())
    return [r for r in results if r is not None]


def summary(results: list[PageResult]) -> tuple[int, int, dict[str, tuple[int, int]]]:
    per_field = {name: (sum(r.checks.get(name, False) for r in results), sum(name in r.checks for r in results))
                 for name in FIELDS}
    passed = sum(p for p, _ in per_field.values())
    total = sum(t for _, t in per_field.values())
    return passed, total, per_field


ISSUE_CHECKS = ("title", "section", "author", "first_paragraph", "last_paragraph", "body_paragraphs", "boilerplate")
"""The seven checks the issue's hidden sets are scored on (no credit, no date)."""


def _print_scores(label: str, results: list[PageResult]) -> None:
    passed, total, per_field = summary(results)
    share = 100 * passed / total if total else 0.0
    print(f"\n{label}: {len(results)} pages, {passed}/{total} checks = {share:.1f}%")
    for name, (p, t) in per_field.items():
        print(f"  {name:<16} {p:>3}/{t:<3} {100 * p / t if t else 0:5.1f}%")
    seven = [per_field[name] for name in ISSUE_CHECKS]
    p, t = sum(p for p, _ in seven), sum(t for _, t in seven)
    print(f"  the issue's seven checks: {p}/{t} = {100 * p / t if t else 0:.1f}%")


def _cut(text: str, size: int = 5_000_000) -> str:
    """`text` cut at its last line end before `size` characters."""
    return text if len(text) <= size else text[:text.rindex("\n", 0, size)]


def _timing(pages: list[Path]) -> None:
    texts = [p.read_text(encoding="utf-8") for p in pages]
    if texts:
        start = time.perf_counter()
        rounds = 0
        while time.perf_counter() - start < 2.0:
            clear_memos()  # each round reads the pages cold, as a fresh process would
            for text in texts:
                read_plaintext(text, "bench")
            rounds += 1
        elapsed = time.perf_counter() - start
        print(f"\nspeed: {rounds * len(texts) / elapsed:.0f} pages/s ({len(texts)} pages, {rounds} rounds)")
    sentence = "The council said on Tuesday that the plan would be paid for by national grants and local loans, "
    paragraph = "Title of the story\n\n" + sentence * (80_000 // len(sentence))
    joined = "\n\n".join(texts or [paragraph])
    copies = 1 + 5_000_000 // len(joined)  # (the corpus alone passed 5 MB: copies are joined, then cut at 5 MB)
    # Pages repeat lines (menus, `Advertisement`), which the reader classifies once; the second 5 MB page
    # has no repeated line at all (each copy's lines carry its number), the worst case.
    distinct = "\n\n".join("\n".join(f"{line} {k}" if line.strip() else line for line in joined.split("\n"))
                            for k in range(copies))
    menu = " | ".join(["Home"] * 20_000)  # one line the reader splits into 20,000 parts
    for label, text in (("80 KB single paragraph", paragraph), ("140 KB one-line menu", menu),
                        ("5 MB page", _cut(joined * copies)), ("5 MB page, no line repeated", _cut(distinct))):
        clear_memos()
        start = time.perf_counter()
        read_plaintext(text, "bench")
        print(f"{label} ({len(text) // 1000} KB): {time.perf_counter() - start:.2f} s")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dirs", nargs="*", type=Path)
    parser.add_argument("--details", action="store_true", help="print every failed check")
    parser.add_argument("--no-timing", action="store_true")
    parser.add_argument("--tight", action="store_true", help="score the pages pasted without blank lines")
    args = parser.parse_args()
    folders = args.dirs or sorted(p for p in CORPUS.iterdir() if p.is_dir())
    everything: list[PageResult] = []
    pages: list[Path] = []
    for folder in folders:
        results = score_folder(folder, args.tight)
        everything += results
        pages += sorted(folder.glob("*.txt"))
        _print_scores(str(folder.relative_to(REPO) if folder.is_relative_to(REPO) else folder), results)
    if len(folders) > 1:
        _print_scores("overall", everything)
    worst = sorted((r for r in everything if r.failed), key=lambda r: -len(r.failed))
    print("\nworst pages:" if worst else "\nno failed checks")
    for r in worst[: None if args.details else 8]:
        print(f"  {r.name}: {', '.join(r.failed)}")
        if args.details:
            for name, (want, got) in r.failed.items():
                print(f"      {name}: expected {str(want)[:110]!r}")
                print(f"      {'':{len(name)}}  got      {str(got)[:110]!r}")
    if not args.no_timing:
        _timing(pages)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
