"""Composing after months of issues: `issue new` and `issue new --explain` with a year (and two) of earlier issues.

    python bench/bench_compose.py [--days 365 730] [--candidates 300]

Each earlier day has an issue file of 12 items with headlines made of the public seed's words; the pool holds
`--candidates` articles in the new issue's window, all new stories. Every candidate is checked against what ran
before (ids and URLs of every issue, headlines of the last `HEADLINE_MEMORY_DAYS`). Prints seconds (wall and CPU)
for `compose.new_issue` and `explain.explain`. Target: under 2 s each at 730 days on this machine.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
DAY = date(2026, 11, 30)
SEED = next((REPO / "tests" / "fixtures" / "seeds").glob("*.txt"))  # the public seed article


def _headline(rng: random.Random, words: list[str]) -> str:
    return " ".join(rng.choice(words) for _ in range(rng.randint(6, 11))).capitalize()


def make_workspace(root: Path, days: int, candidates: int):
    from newsletter import issuefile, pool
    from newsletter.article import Article
    from newsletter.issue import Issue, Item, Section
    from newsletter.workspace import init_workspace

    ws = init_workspace(root, name="Bench Daily")
    rng = random.Random(7)
    words = [w.strip(".,;:“”\"'").lower() for w in SEED.read_text(encoding="utf-8").split()]
    words = [w for w in words if w.isalpha()]
    for back in range(1, days + 1):
        day = DAY - timedelta(days=back)
        items = [Item.from_article(Article(title=_headline(rng, words), source="bench",
                                           url=f"https://old.example/{back}/{n}", section="World"))
                 for n in range(12)]
        issue = Issue(date=day, subject=f"Issue {day}", sections=[Section("World", items)])
        issuefile.write(issuefile.issue_path(ws.issues_dir, day), issuefile.new_document(issue, "Bench Daily"))
    cutoff = datetime(DAY.year, DAY.month, DAY.day, 5, tzinfo=UTC)
    conn = ws.connect()
    sections = ["World", "Business", "Technology", "Science", "Culture"]
    for n in range(candidates):
        pool.save(conn, Article(title=_headline(rng, words), source=f"wire{n % 9}", url=f"https://new.example/{n}",
                                section=sections[n % 5], published=cutoff - timedelta(minutes=3 * n + 1),
                                body=["A paragraph of the story."]).finish())
    return ws, conn


def measure(days: int, candidates: int) -> None:
    from newsletter import compose, explain

    with tempfile.TemporaryDirectory() as tmp:
        ws, conn = make_workspace(Path(tmp) / "ws", days, candidates)
        for name, run in (("issue new", lambda: compose.new_issue(ws, conn, DAY, force=True)),
                          ("issue new --explain", lambda: explain.explain(ws, conn, DAY))):
            wall, cpu = time.perf_counter(), time.process_time()
            run()
            print(f"{days:>4} days of issues, {candidates} candidates: {name:<20} "
                  f"{time.perf_counter() - wall:6.2f} s wall, {time.process_time() - cpu:6.2f} s CPU", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--days", type=int, nargs="+", default=[365, 730])
    parser.add_argument("--candidates", type=int, default=300)
    args = parser.parse_args()
    for days in args.days:
        measure(days, args.candidates)


if __name__ == "__main__":
    main()
