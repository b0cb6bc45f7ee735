"""Screenshots of the sample issue in headless Chromium, for a reviewer to look at.

    python bench/screenshots.py [--out bench/screenshots]

Writes email-375.png, email-600.png (light), email-375-dark.png, email-600-dark.png, archive-375.png /
archive-1024.png (the archive page of the sample issue), each the full page, and email-375-top.png (the first
screen on a phone, the one the README shows). Nothing is fetched: remote images are answered with
a local placeholder picture (an SVG gradient) so the layout shows as a reader would see it.
"""

from __future__ import annotations

import argparse
import hashlib
import shutil
import sqlite3
import sys
import tempfile
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

DAY = date(2026, 11, 28)
# (file name, page, width, colour scheme, whole page?, pixel ratio)
SHOTS = (("email-375", "email", 375, "light", True, 1), ("email-600", "email", 600, "light", True, 1),
         ("email-375-dark", "email", 375, "dark", True, 1), ("email-600-dark", "email", 600, "dark", True, 1),
         ("archive-375", "archive", 375, "light", True, 1), ("archive-1024", "archive", 1024, "light", True, 1),
         ("email-375-top", "email", 375, "light", False, 2))


def placeholder(url: str) -> bytes:
    """A picture-like SVG whose colours come from the URL, so each story gets its own."""
    digest = hashlib.sha256(url.encode()).digest()
    hue = digest[0] * 360 // 256
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="800" viewBox="0 0 1200 800">'
            f'<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">'
            f'<stop offset="0" stop-color="hsl({hue},45%,62%)"/><stop offset="1" stop-color="hsl({(hue + 40) % 360},'
            f'50%,32%)"/></linearGradient></defs><rect width="1200" height="800" fill="url(#g)"/>'
            f'<circle cx="900" cy="260" r="120" fill="hsl({hue},70%,85%)" opacity="0.7"/>'
            f'<path d="M0 620 L300 420 L560 600 L820 380 L1200 640 L1200 800 L0 800 Z" fill="hsl({hue},30%,22%)"'
            f' opacity="0.8"/></svg>').encode()


def sample_site(root: Path) -> tuple[Path, Path]:
    """A copy of the sample workspace, built, marked as sent and archived: (email HTML, archive page)."""
    from newsletter.archive import make_archive
    from newsletter.render.build import build_issue, personalise_preview
    from newsletter.workspace import Workspace

    shutil.copy(REPO / "newsletter.toml", root / "newsletter.toml")
    shutil.copytree(REPO / "issues", root / "issues")
    ws = Workspace(root)
    build = build_issue(ws, DAY)
    conn = ws.connect()
    conn.execute("INSERT INTO sends (issue_date, provider, subject, started_at, finished_at) VALUES (?,?,?,?,?)",
                 (DAY.isoformat(), "dry-run", build.issue.subject, "2026-11-28T06:30:00+00:00",
                  "2026-11-28T06:31:12+00:00"))
    conn.commit()
    if isinstance(conn, sqlite3.Connection):
        conn.close()
    make_archive(ws, root / "_site")
    page = root / "_site" / ws.config.build.archive_path.format(date=DAY.isoformat())
    email = root / "email.html"  # as Sam reads it: placeholders filled
    email.write_text(personalise_preview(build, "Sam"), encoding="utf-8")
    return email, page


def shoot(out: Path) -> list[Path]:
    from tests.browser import chromium

    out.mkdir(parents=True, exist_ok=True)
    written = []
    with tempfile.TemporaryDirectory() as tmp, chromium() as browser:
        email_html, archive_page = sample_site(Path(tmp))
        for name, kind, width, scheme, whole, ratio in SHOTS:
            page = browser.new_page(viewport={"width": width, "height": 900}, color_scheme=scheme,
                                    device_scale_factor=ratio)

            def answer(route):
                url = route.request.url
                if url.startswith("file:"):
                    return route.continue_()
                if route.request.resource_type == "image":
                    return route.fulfill(status=200, content_type="image/svg+xml", body=placeholder(url))
                return route.abort()

            page.route("**/*", answer)
            page.goto((email_html if kind == "email" else archive_page).as_uri())
            path = out / f"{name}.png"
            page.screenshot(path=str(path), full_page=whole)
            written.append(path)
            page.close()
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=REPO / "bench" / "screenshots")
    args = parser.parse_args()
    for path in shoot(args.out):
        print(path)


if __name__ == "__main__":
    main()
