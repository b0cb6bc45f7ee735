"""The preview server: builds an issue in memory, serves it at phone and desktop widths, in dark mode, as text,
with its headers and as the web version, and reloads the browser when a source file changes.

A broken build is shown in the page; the server keeps running and recovers on the next good save.
Only ever bound to 127.0.0.1.
"""

from __future__ import annotations

import asyncio
import html
import json
import threading
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from newsletter import issuefile, pages
from newsletter.errors import NewsletterError
from newsletter.render import theme
from newsletter.render.build import Build, personalise_preview, render_issue, sample_recipient
from newsletter.render.context import FIRST_NAME, UNSUBSCRIBE_URL
from newsletter.workspace import Workspace, theme_dir

VIEWS = [("both", "Phone + desktop"), ("phone", "Phone"), ("desktop", "Desktop"), ("dark", "Dark"),
         ("text", "Text"), ("headers", "Headers"), ("web", "Web version")]


@dataclass
class Outcome:
    build: Build | None
    error: str | None


class PreviewState:
    """The latest build (or error) of each issue being viewed, and a version that changes on every rebuild."""

    def __init__(self, root: Path):
        self.root = root
        self.version = 1
        self.lock = threading.Lock()
        self.outcomes: dict[date, Outcome] = {}
        self._reset()

    def _reset(self) -> None:
        self.ws = Workspace(self.root)
        self.env = None

    def _build(self, day: date) -> Outcome:
        try:
            ws = self.ws
            if self.env is None:
                self.env = theme.environment(ws.templates_dir)
            issue = issuefile.load(issuefile.issue_path(ws.issues_dir, day))
            return Outcome(render_issue(ws, issue, env=self.env), None)
        except NewsletterError as exc:
            return Outcome(None, str(exc))

    def get(self, day: date) -> Outcome:
        with self.lock:
            if day not in self.outcomes:
                self.outcomes[day] = self._build(day)
            return self.outcomes[day]

    def changed(self, paths: set[str]) -> None:
        """Files changed: rebuild what is being viewed, with the config and templates read afresh."""
        with self.lock:
            self._reset()
            for day in list(self.outcomes):
                self.outcomes[day] = self._build(day)
            self.version += 1

    def dates(self) -> list[date]:
        return issuefile.issue_dates(self.ws.issues_dir)


def watch(state: PreviewState, stop: threading.Event) -> None:
    """Rebuild on every change to issues/, templates/, the theme or newsletter.toml (runs in a thread)."""
    from watchfiles import watch as watch_files

    ws = state.ws
    paths = [p for p in (ws.issues_dir, ws.templates_dir, theme_dir(), ws.config_path) if p.exists()]
    for changes in watch_files(*paths, stop_event=stop, debounce=150, step=50,
                               watch_filter=lambda change, path: not path.endswith((".tmp", "~", ".swp"))):
        state.changed({path for _, path in changes})


def _error_page(message: str) -> str:
    return (f"<!doctype html><html lang=en><meta charset=utf-8><title>Build failed</title>"
            f"<body style='font:15px/1.5 sans-serif;padding:24px;color:#7a271a;background:#fee4e2'>"
            f"<h1 style='font-size:18px'>The build failed</h1><pre style='white-space:pre-wrap'>{html.escape(message)}"
            f"</pre><p>Fix it and save: this page reloads by itself.</p></body></html>")


def create_app(state: PreviewState):
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import HTMLResponse, PlainTextResponse, StreamingResponse
    from starlette.routing import Route

    def day_of(request: Request) -> date:
        value = request.path_params.get("day") or request.query_params.get("date")
        if value:
            try:
                return date.fromisoformat(value)
            except ValueError:
                pass
        dates = state.dates()
        return dates[-1] if dates else date.today()

    def outcome(request: Request) -> tuple[Outcome, date]:
        day = day_of(request)
        return state.get(day), day

    async def shell(request: Request) -> HTMLResponse:
        got, day = outcome(request)
        view = request.query_params.get("view", "both")
        v = state.version
        frames = {
            "both": [("Phone, 375 px", f"/email/{day}?v={v}", 375), ("Desktop, 600 px", f"/email/{day}?v={v}", 640)],
            "phone": [("Phone, 375 px", f"/email/{day}?v={v}", 375)],
            "desktop": [("Desktop, 600 px", f"/email/{day}?v={v}", 800)],
            "dark": [("Dark, phone", f"/email/{day}?dark=1&v={v}", 375),
                     ("Dark, desktop", f"/email/{day}?dark=1&v={v}", 640)],
            "text": [("Text part", f"/text/{day}?v={v}", 700)],
            "headers": [("Message headers", f"/headers/{day}?v={v}", 800)],
            "web": [("Web version", f"/web/{day}?v={v}", 800)],
        }.get(view, [])
        body = pages.render("preview.html.j2", name=state.ws.config.newsletter.name, date=day.isoformat(),
                            dates=[d.isoformat() for d in reversed(state.dates())], views=VIEWS, view=view,
                            version=v, error=got.error,
                            frames=[{"label": label, "src": src, "width": width} for label, src, width in frames])
        return HTMLResponse(body)

    def view(render):
        """An endpoint showing one part of the build, or the error page when the build failed."""
        async def endpoint(request: Request) -> HTMLResponse:
            got, _ = outcome(request)
            if got.build is None:
                return HTMLResponse(_error_page(got.error or ""), status_code=500)
            return HTMLResponse(render(got.build, request))
        return endpoint

    def pre(text: str) -> str:
        style = "padding:16px;white-space:pre-wrap"
        return f"<!doctype html><meta charset=utf-8><pre style='{style}'>{html.escape(text)}</pre>"

    def email(build: Build, request: Request) -> str:
        page = personalise_preview(build, sample_recipient(state.ws.config).first_name)
        if request.query_params.get("dark"):  # apply the dark-mode rules whatever the browser prefers
            page = page.replace("@media (prefers-color-scheme: dark)", "@media all")
        return page

    def text_part(build: Build, request: Request) -> str:
        first = sample_recipient(state.ws.config).first_name
        return pre(build.text.replace(FIRST_NAME, first).replace(UNSUBSCRIBE_URL, "#unsubscribe"))

    def headers(build: Build, request: Request) -> str:
        raw = build.template.personalise(sample_recipient(state.ws.config))
        return pre(raw.split(b"\r\n\r\n", 1)[0].decode("ascii"))

    def web(build: Build, request: Request) -> str:
        return build.web_html

    async def events(request: Request) -> StreamingResponse:
        day = day_of(request)

        async def stream():
            seen = None
            idle = 0.0
            while not await request.is_disconnected():
                if state.version != seen:
                    seen = state.version
                    got = await asyncio.to_thread(state.get, day)
                    yield f"data: {json.dumps({'version': seen, 'error': got.error})}\n\n"
                    idle = 0.0
                elif idle >= 15:
                    yield ": keep-alive\n\n"
                    idle = 0.0
                await asyncio.sleep(0.2)
                idle += 0.2

        return StreamingResponse(stream(), media_type="text/event-stream", headers={"Cache-Control": "no-cache"})

    async def health(request: Request) -> PlainTextResponse:
        return PlainTextResponse("ok")

    return Starlette(routes=[
        Route("/", shell), Route("/email/{day}", view(email)), Route("/text/{day}", view(text_part)),
        Route("/headers/{day}", view(headers)), Route("/web/{day}", view(web)), Route("/events", events),
        Route("/health", health),
    ])
