"""Build benchmark: a 20-article issue, per stage, cold (a fresh `newsletter build` process) and warm
(a rebuild in a running process, as the preview server does on save), and the final HTML size.

    python bench/bench_build.py [--runs N]

Targets: warm rebuild under 100 ms (issue #4); the final HTML of a 20-article issue with a picture on every
story, a sponsor block and the table of contents at most 60 KB (issue #16).
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

DAY = date(2026, 11, 28)
SECTIONS = ["World", "Business", "Technology", "Science", "Culture"]
SUMMARY = ("Officials said on Thursday that the plan, which has been debated for more than a decade, would be "
           "paid for by a mix of national grants and local borrowing, and that work could begin next spring if "
           "the final design is approved.")


def make_workspace(root: Path, articles: int = 20) -> None:
    """A workspace with one issue of `articles` items, a picture on every story, a sponsor block and the TOC."""
    from newsletter import issuefile
    from newsletter.blocks import Block
    from newsletter.issue import Issue, Item, Section, default_preheader

    shutil.copy(REPO / "newsletter.toml", root / "newsletter.toml")
    (root / "issues").mkdir()
    (root / "templates").mkdir()
    config = (root / "newsletter.toml").read_text().replace("max_total = 12", f"max_total = {articles}")
    (root / "newsletter.toml").write_text(config)
    sections = [Section(name, []) for name in SECTIONS]
    start = datetime(2026, 11, 27, 6, tzinfo=UTC)
    for n in range(articles):
        item = Item(
            id=f"a{n:06d}", title=f"Story number {n + 1}: council approves a long-debated plan for the riverside",
            url=f"https://example.com/news/2026/11/27/story-{n + 1}", summary=SUMMARY,
            section=SECTIONS[n % len(SECTIONS)], author="Jane Reporter", published=start + timedelta(hours=n),
            image_url=f"https://images.example.com/{n}.jpg", image_alt="A river at dawn with the new bridge",
            image_credit="Example Pictures", publication="The Example Times")
        sections[n % len(SECTIONS)].items.append(item)
    issue = Issue(date=DAY, subject="A 20-story issue", intro="Good morning. **Twenty** stories today.",
                  sections=sections,
                  blocks=[Block("sponsor", "World", {"label": "Sponsored", "title": "Try Example Cloud free",
                                                     "text": "Fast, simple hosting for newsrooms.",
                                                     "url": "https://sponsor.example.com/?ref=brief"})])
    issue.items[0].lead = True
    issue.preheader = default_preheader(issue)
    issuefile.write(issuefile.issue_path(root / "issues", DAY), issuefile.new_document(issue, "Bench"))


def cold(root: Path, runs: int) -> dict[str, float]:
    """`newsletter build --json` in a fresh process: stage timings as the build reports them, plus wall time."""
    samples: list[dict[str, float]] = []
    for _ in range(runs):
        start = time.perf_counter()
        out = subprocess.run([sys.executable, "-m", "newsletter", "--workspace", str(root), "build", "--json"],
                             capture_output=True, text=True, check=True, cwd=REPO).stdout
        wall = (time.perf_counter() - start) * 1000
        result = json.loads(out)
        samples.append({**result["timings_ms"], "process": wall, "html_bytes": result["html_bytes"]})
    return {k: statistics.median(s[k] for s in samples) for k in samples[0]}


def warm(root: Path, runs: int) -> dict[str, float]:
    """Rebuilds in this process with a reused template environment, as the preview server does."""
    from newsletter.render import theme
    from newsletter.render.build import build_issue
    from newsletter.workspace import Workspace

    ws = Workspace(root)
    env = theme.environment(ws.templates_dir)
    build_issue(ws, DAY, env=env)  # first build pays for imports and template compilation
    samples = []
    for _ in range(runs):
        result = build_issue(ws, DAY, env=env)
        samples.append({k: v * 1000 for k, v in result.timings.items()} | {"html_bytes": result.html_size})
    return {k: statistics.median(s[k] for s in samples) for k in samples[0]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--articles", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        make_workspace(root, args.articles)
        c, w = cold(root, args.runs), warm(root, args.runs * 4)
    stages = ("jinja2", "mjml", "inline", "text", "mime", "total")
    print(f"Build of a {args.articles}-article issue (median of {args.runs} cold, {args.runs * 4} warm runs), ms")
    print(f"{'stage':<10}{'cold':>10}{'warm':>10}")
    for stage in stages:
        print(f"{stage:<10}{c.get(stage, 0):>10.1f}{w.get(stage, 0):>10.1f}")
    print(f"{'process':<10}{c['process']:>10.1f}{'':>10}   (fresh `newsletter build`, imports included)")
    size = w["html_bytes"]
    print(f"final HTML: {size / 1024:.1f} KB ({size:.0f} bytes); targets: warm total < 100 ms, HTML <= 60 KB")
    warm_ok, size_ok = w["total"] < 100, size <= 60 * 1024
    print(f"warm target {'met' if warm_ok else 'MISSED'}; size target {'met' if size_ok else 'MISSED'}")


if __name__ == "__main__":
    main()
