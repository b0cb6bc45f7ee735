"""The build: an issue becomes exactly what a subscriber receives.

    issue file -> Jinja2 (theme) -> MJML -> HTML (mjml-python) -> CSS inlined (premailer)
               -> plain text (its own template)  -> checks  -> MIME template -> dist/DATE/

Everything here runs once per issue; per-recipient values stay placeholders until `send`: the build's own
slots (`render.placeholders`), which only the theme's text can produce.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from newsletter import __version__, clock, issuefile
from newsletter.cachedir import installed
from newsletter.errors import BuildError
from newsletter.render.placeholders import NONCE, Slots
from newsletter.workspace import Workspace, theme_dir

# The renderers (Jinja2, MJML, premailer, lxml, the MIME code) are imported by the functions that render, so
# `issue list` and `send status`, which only ask whether dist/ holds a current build, do not load them.
if TYPE_CHECKING:
    import jinja2

    from newsletter.config import Config
    from newsletter.issue import Issue
    from newsletter.render.message import MessageTemplate, Recipient

# What a build writes into OUT/DATE/ (a folder holding only these, from a release before the marker, is ours).
BUILD_FILES = frozenset({"index.mjml", "index.html", "index.txt", "web.html", "message.eml", "build.json"})


def sample_recipient(config: Config) -> Recipient:
    """The reader of the sample message and the preview, with an unsubscribe link on the workspace's base_url."""
    from urllib.parse import urlsplit

    from newsletter.render.message import Recipient

    host = urlsplit(config.newsletter.base_url).hostname or "example.com"
    return Recipient(email=f"reader@{host}", first_name="Sam", name="Sam Reader",
                     unsubscribe_url=config.newsletter.base_url.rstrip("/") + "/unsubscribe/sample-token")


def issue_number(ws: Workspace, day: date) -> int:
    """`No. N`: theme.first_number plus the issue files dated before this one."""
    return ws.config.theme.first_number + sum(1 for d in ws.issue_dates() if d < day)


@dataclass
class Build:
    issue: Issue
    html: str
    text: str
    mjml: str
    web_html: str
    template: MessageTemplate | None
    """The MIME message with per-recipient slots (None for a build read back from dist/: a send makes its own,
    dated when it leaves)."""
    warnings: list[str]
    """Every check finding, blocking ones included."""
    blocking: list[str] = field(default_factory=list)
    """The findings that make the issue unfit to send."""
    unsafe: list[str] = field(default_factory=list)
    """Among them, what no reader may get (a script, a link that is not http(s)): never sent, even with --force."""
    timings: dict[str, float] = field(default_factory=dict)
    out_dir: Path | None = None
    fingerprint: str = ""
    rebuilt: bool = False
    """Made just now (not read back from a current build in dist/)."""
    slots: Slots | None = None
    """The per-recipient placeholders in `html` and `text` (never in `web_html`, which is filled)."""

    @property
    def html_size(self) -> int:
        return len(self.html.encode("utf-8"))


class Stopwatch:
    def __init__(self) -> None:
        self.timings: dict[str, float] = {}

    def __call__(self, stage: str, fn: Callable, *args, **kwargs):
        start = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            self.timings[stage] = self.timings.get(stage, 0.0) + time.perf_counter() - start


RENDERERS = ("mjml", "premailer", "jinja2", "cssutils")
"""The libraries that shape the output (import names): an upgrade makes every build in dist/ stale."""


@functools.cache
def _code_digest() -> bytes:
    """This release's own rendering code and the renderers as installed (read once per process)."""
    digest = hashlib.sha256(__version__.encode())
    digest.update(installed(RENDERERS).encode())
    package = Path(__file__).resolve().parents[1]
    sources = [*sorted((package / "render").glob("*.py")),
               *(package / name for name in ("issue.py", "issuefile.py", "blocks.py", "urls.py"))]
    for path in sources:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.digest()


THEME_MAX_FILES = 5_000
"""Files a theme folder may hold, links followed: more is a link to a large tree (a home folder), not a theme."""


def theme_files(folder: Path) -> list[Path]:
    """Every template and stylesheet of a theme folder, subfolders included (an include can live there), linked
    ones too (Jinja reads through a link). A folder linked twice or into itself is walked once, and one that holds
    the theme folder itself (a link up to the workspace, to the home folder) not at all: the build's own output and
    the database are no part of the theme."""
    if not folder.is_dir():
        return []
    found: list[Path] = []
    home = os.path.realpath(folder)
    seen = set()
    for top, folders, files in os.walk(folder, followlinks=True):
        real = os.path.realpath(top)
        if real in seen or (top != str(folder) and os.path.commonpath([real, home]) == real):
            folders[:] = []
            continue
        seen.add(real)
        folders[:] = sorted(name for name in folders if not name.startswith((".", "_")))
        found += [Path(top, name) for name in files if not name.startswith((".", "_"))]
        if len(found) > THEME_MAX_FILES:
            raise BuildError(f"{folder}: more than {THEME_MAX_FILES:,} files, links followed (a link to a large "
                             f"folder?): a theme holds templates and stylesheets")
    return sorted(path for path in found if path.is_file())


def fingerprint(ws: Workspace, day: date) -> str:
    """What a build depends on: the issue file, the config, the templates (with subfolders), the issue number,
    this release's rendering code and the renderers as installed."""
    digest = hashlib.sha256(_code_digest())
    digest.update(str(issue_number(ws, day)).encode())  # an earlier issue file added renumbers this one
    paths = [issuefile.issue_path(ws.issues_dir, day), ws.config_path]
    for folder in (ws.templates_dir, theme_dir()):
        paths += [(folder, p) for p in theme_files(folder)]  # type: ignore[misc]
    for entry in paths:
        folder, path = entry if isinstance(entry, tuple) else (entry.parent, entry)
        digest.update(str(path.relative_to(folder)).encode())
        digest.update(path.read_bytes() if path.exists() else b"")
    return digest.hexdigest()


def render_issue(ws: Workspace, issue: Issue, env: jinja2.Environment | None = None,
                 strict: bool = False) -> Build:
    """Render without writing: HTML, text, web version, checks and the MIME template."""
    from newsletter.render import theme
    from newsletter.render.checks import check_build
    from newsletter.render.context import build_context
    from newsletter.render.inline import inline_css
    from newsletter.render.message import make_template
    from newsletter.render.mjml import compile_mjml
    from newsletter.render.placeholders import settle
    from newsletter.render.theme import SLOTS_VARIABLE

    config = ws.config
    env = env or theme.environment(ws.templates_dir)
    watch = Stopwatch()
    draft = Slots.draft()
    # 1. Jinja2 renders the theme's MJML with the issue's data (the email, then the web version, whose
    #    placeholders are filled with neutral values: nobody in particular reads it).
    context = {**build_context(issue, config, number=issue_number(ws, issue.date)),
               SLOTS_VARIABLE: draft.for_template()}
    mjml = watch("jinja2", theme.render, env, theme.HTML_TEMPLATE, context)
    web_mjml = watch("jinja2", theme.render, env, theme.HTML_TEMPLATE,
                     {**context, "web": True, SLOTS_VARIABLE: web_values(config)})
    # 2. MJML compiles to responsive HTML.
    raw = watch("mjml", compile_mjml, mjml, theme.HTML_TEMPLATE)
    raw_web = watch("mjml", compile_mjml, web_mjml, theme.HTML_TEMPLATE)
    # 3. premailer inlines the CSS (no network), keeping @media rules in a <style> block. The web version is
    #    read in a browser, which applies the <style> block itself: it is not inlined (half the build time).
    html = watch("inline", inline_css, raw)
    web_html = raw_web
    # 4. The plain-text part comes from the data, through its own template.
    text = watch("text", theme.render, env, theme.TEXT_TEMPLATE, context)
    # 5. The slots settle on a nonce derived from the output: the same sources build the same bytes.
    slots, (html, text, mjml) = settle(draft, [html, text, mjml])
    # 6. Checks: size, alt text, https, empty sections, preheader, unsubscribe, postal address.
    findings = check_build(issue, html, text, config, slots)
    warnings = [f.message for f in findings]
    if strict and warnings:
        raise BuildError(f"{len(warnings)} problem{'s' if len(warnings) > 1 else ''} (--strict): "
                         + "; ".join(warnings))
    # 7. The MIME message, serialised once with per-recipient placeholders.
    template = watch("mime", make_template, subject=issue.subject, sender=config.newsletter.sender,
                     reply_to=config.newsletter.reply_to, list_id=config.list_id, text=text, html_body=html,
                     sent_at=clock.now(), issue_key=issue.date.isoformat(),
                     unsubscribe_mailto=config.delivery.unsubscribe_mailto, slots=slots)
    return Build(issue, html, text, mjml, web_html, template, warnings, [f.message for f in findings if f.blocking],
                 [f.message for f in findings if f.level == "unsafe"], watch.timings, slots=slots)


def _write(path: Path, data: str | bytes) -> None:
    tmp = path.with_name(path.name + ".tmp")
    if isinstance(data, bytes):
        tmp.write_bytes(data)
    else:
        tmp.write_text(data, encoding="utf-8")
    tmp.replace(path)


def build_issue(ws: Workspace, day: date, out: Path | None = None, strict: bool = False,
                env: jinja2.Environment | None = None) -> Build:
    """Build an issue into OUT/DATE/ (default dist/DATE/)."""
    start = time.perf_counter()
    from newsletter import outdir
    from newsletter.compose import known_sections

    path = issuefile.issue_path(ws.issues_dir, day)
    issue = issuefile.load_checked(path, known_sections(ws))
    build = render_issue(ws, issue, env=env, strict=strict)
    out_dir = (out or ws.dist_dir) / day.isoformat()
    build.fingerprint = fingerprint(ws, day)
    # Written whole into a temporary folder beside OUT/DATE, then swapped in: never into a folder we did not write.
    with outdir.replacing(out_dir, legacy=_built_before_the_marker) as tmp:
        _write(tmp / "index.mjml", build.mjml)
        _write(tmp / "index.html", build.html)
        _write(tmp / "index.txt", build.text)
        _write(tmp / "web.html", build.web_html)
        _write(tmp / "message.eml", build.template.personalise(sample_recipient(ws.config)))
        _write(tmp / "build.json", json.dumps({
            "date": day.isoformat(), "fingerprint": build.fingerprint, "html_bytes": build.html_size,
            "placeholders": build.slots.nonce, "outputs": _digest(build.html, build.text, build.web_html),
            "warnings": build.warnings, "blocking": build.blocking, "unsafe": build.unsafe,
            "built_at": clock.stamp(),
        }, indent=2))
    build.out_dir = out_dir.absolute()
    build.timings["total"] = time.perf_counter() - start
    return build


def _built_before_the_marker(folder: Path) -> bool:
    """A dist/DATE an earlier release wrote without the marker: build files only, and the build.json of that date."""
    if not {p.name for p in folder.iterdir()} <= BUILD_FILES:
        return False
    try:
        meta = json.loads((folder / "build.json").read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        return False
    return isinstance(meta, dict) and meta.get("date") == folder.name and "fingerprint" in meta


def is_current(ws: Workspace, day: date) -> dict | None:
    """dist/DATE/build.json when that build is up to date with its sources, else None."""
    meta_path = ws.dist_dir / day.isoformat() / "build.json"
    if not meta_path.exists():
        return None
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        return None  # a damaged build.json: the build is redone, never trusted
    if not isinstance(meta, dict) or not all(isinstance(meta.get(key), list) for key in ("warnings", "blocking",
                                                                                          "unsafe")):
        return None  # (a build.json of an older release, without its unsafe findings: rebuilt)
    if not NONCE.fullmatch(str(meta.get("placeholders", ""))):
        return None  # without its slots the build's placeholders cannot be told from article text: rebuilt
    return meta if meta.get("fingerprint") == fingerprint(ws, day) else None


def current_build(ws: Workspace, day: date) -> Build:
    """The build in dist/ when it is up to date, else a fresh build (MJML and premailer run only then)."""
    meta = is_current(ws, day)
    if meta is None:
        build = build_issue(ws, day)
        build.rebuilt = True
        return build
    out = ws.dist_dir / day.isoformat()

    def read(name: str) -> str:
        return (out / name).read_text(encoding="utf-8")

    try:
        html, text, web, mjml = read("index.html"), read("index.txt"), read("web.html"), read("index.mjml")
    except (OSError, UnicodeDecodeError):
        html = text = web = mjml = ""
    if _digest(html, text, web) != meta.get("outputs"):  # changed or gone since it was built (and checked): rebuilt
        build = build_issue(ws, day)
        build.rebuilt = True
        return build
    issue = issuefile.load(issuefile.issue_path(ws.issues_dir, day))
    return Build(issue, html, text, mjml, web, None, meta["warnings"], meta["blocking"], meta["unsafe"],
                 out_dir=out, fingerprint=meta["fingerprint"], slots=Slots(meta["placeholders"]))


def _digest(*outputs: str) -> str:
    """What a build wrote, as one hash: a file of it changed afterwards is not what was checked."""
    digest = hashlib.sha256()
    for output in outputs:
        digest.update(output.encode("utf-8"))
        digest.update(b"\0")
    return digest.hexdigest()


def personalise_preview(build: Build, first_name: str = "there") -> str:
    """The HTML as a reader sees it (for previews): placeholders filled with neutral values."""
    from html import escape

    return build.slots.fill(build.html, escape(first_name), "#unsubscribe")


def web_values(config: Config) -> dict[str, str]:
    """What the web version shows where a theme writes a placeholder: a neutral greeting, the site's home page."""
    return {"first_name": "there", "unsubscribe_url": config.newsletter.base_url.rstrip("/") + "/"}
