"""The preview server: builds an issue in memory, serves it at phone and desktop widths, in dark mode, as text,
with its headers and as the web version, and reloads the browser when a source file changes.

A broken build is shown in the page; the server keeps running and recovers on the next good save.
Only ever bound to 127.0.0.1, and it answers only requests addressed to that address and port.

What the email frames show is built from untrusted text (articles, feeds), so no script may run there: each frame
is a sandboxed iframe and its page carries a Content-Security-Policy `sandbox` without `allow-scripts` (an opaque
origin, no script, even when opened on its own). The preview page itself runs one static script, /preview.js,
that reads its state from data- attributes; its policy allows no inline script.
"""

from __future__ import annotations

import asyncio
import html
import json
import socket
import threading
from dataclasses import dataclass
from datetime import date
from importlib.resources import files
from pathlib import Path

from newsletter import issuefile, pages
from newsletter.errors import NewsletterError, PreviewError
from newsletter.render import theme
from newsletter.render.build import Build, personalise_preview, render_issue, sample_recipient
from newsletter.workspace import Workspace, theme_dir

HOST = "127.0.0.1"
VIEWS = [("both", "Phone + desktop"), ("phone", "Phone"), ("desktop", "Desktop"), ("dark", "Dark"),
         ("text", "Text"), ("headers", "Headers"), ("web", "Web version")]
VIEW_KEYS = frozenset(key for key, _ in VIEWS)
# The preview page: its own static script and event stream, frames from itself, never framed by another site.
SHELL_CSP = ("default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'self' 'unsafe-inline'; "
             "img-src 'self'; frame-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'")
# Everything else (the frames, error pages, 404s): sandboxed, no script; links may open a new tab.
FRAME_CSP = ("sandbox allow-popups allow-popups-to-escape-sandbox; default-src 'none'; script-src 'none'; "
             "img-src https: http: data:; style-src 'unsafe-inline'; font-src https: http: data:; "
             "frame-ancestors 'self'; base-uri 'none'; form-action 'none'")
FRAME_SANDBOX = "allow-popups allow-popups-to-escape-sandbox"


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
        except Exception as exc:  # a bug, not the editor's: shown in the page, and the watcher lives on
            return Outcome(None, f"internal error ({type(exc).__name__}: {exc}); please report it with the "
                                 f"traceback of `newsletter --debug build {day}`")

    def get(self, day: date) -> Outcome:
        if not issuefile.issue_path(self.ws.issues_dir, day).exists():  # not kept: only real issues are rebuilt
            return Outcome(None, f"no issue for {day} in {self.ws.issues_dir}")
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
        return self.ws.issue_dates()

    def name(self) -> str:
        """The newsletter's name, or a neutral title while newsletter.toml is broken (the build shows why)."""
        try:
            return self.ws.config.newsletter.name
        except NewsletterError:
            return "Preview"


def listen(port: int) -> socket.socket:
    """A socket bound to 127.0.0.1:PORT and listening (0: any free port), before anything announces the URL."""
    from newsletter.web.server import listen as listen_on

    try:
        return listen_on(HOST, port, hint=" (another preview? `--port 0` picks a free port)")
    except NewsletterError as exc:
        raise PreviewError(str(exc)) from exc


def watch(state: PreviewState, stop: threading.Event) -> None:
    """Rebuild on every change to issues/, templates/, the theme or newsletter.toml (runs in a thread)."""
    from watchfiles import watch as watch_files

    ws = state.ws
    paths = [p for p in (ws.issues_dir, ws.templates_dir, theme_dir(), ws.config_path) if p.exists()]
    for changes in watch_files(*paths, stop_event=stop, debounce=150, step=50,
                               watch_filter=lambda change, path: not path.endswith((".tmp", "~", ".swp"))):
        state.changed({path for _, path in changes})


def serve(state: PreviewState, sock: socket.socket, stop: threading.Event | None = None) -> None:
    """Serve the preview on a listening socket, rebuilding on every save, until Ctrl-C or `stop` is set.

    On Ctrl-C, uvicorn raises KeyboardInterrupt again once it has stopped."""
    import uvicorn

    stopping = stop or threading.Event()

    class Server(uvicorn.Server):
        def handle_exit(self, sig, frame) -> None:
            stopping.set()  # ends the open live-reload streams, which would otherwise keep the server waiting
            super().handle_exit(sig, frame)

        async def on_tick(self, counter: int) -> bool:
            return await super().on_tick(counter) or stopping.is_set()

    port = sock.getsockname()[1]
    config = uvicorn.Config(create_app(state, port, stopping), log_level="warning", lifespan="off",
                            proxy_headers=False, server_header=False, timeout_graceful_shutdown=2)
    watcher = threading.Thread(target=watch, args=(state, stopping), daemon=True, name="preview-watcher")
    watcher.start()
    try:
        Server(config).run(sockets=[sock])
    finally:
        stopping.set()
        watcher.join(timeout=2)


class Guard:
    """ASGI middleware: a request whose Host is not this preview's own address and port gets 421 (a DNS-rebinding
    page sends its own name), and every response carries a Content-Security-Policy."""

    def __init__(self, app, port: int):
        self.app = app
        self.address = f"{HOST}:{port}"
        self.hosts = {self.address.encode(), f"localhost:{port}".encode()}

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        hosts = [value.lower() for key, value in scope["headers"] if key == b"host"]
        allowed = len(hosts) == 1 and hosts[0] in self.hosts
        policy = SHELL_CSP if allowed and scope["path"] == "/" else FRAME_CSP

        async def send_with_policy(message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), (b"content-security-policy", policy.encode()),
                                      (b"x-content-type-options", b"nosniff"), (b"referrer-policy", b"no-referrer")]
            await send(message)

        if not allowed:
            from starlette.responses import PlainTextResponse

            response = PlainTextResponse(f"This preview answers only at http://{self.address}/\n", status_code=421)
            return await response(scope, receive, send_with_policy)
        await self.app(scope, receive, send_with_policy)


def _error_page(message: str) -> str:
    return (f"<!doctype html><html lang=en><meta charset=utf-8><title>Build failed</title>"
            f"<body style='font:15px/1.5 sans-serif;padding:24px;color:#7a271a;background:#fee4e2'>"
            f"<h1 style='font-size:18px'>The build failed</h1><pre style='white-space:pre-wrap'>{html.escape(message)}"
            f"</pre><p>Fix it and save: this page reloads by itself.</p></body></html>")


def _frames(view: str, day: date, version: int) -> list[dict]:
    """The iframes of a view: label, source and width."""
    email, dark = f"/email/{day}?v={version}", f"/email/{day}?dark=1&v={version}"
    frames = {
        "both": [("Phone, 375 px", email, 375), ("Desktop, 600 px", email, 640)],
        "phone": [("Phone, 375 px", email, 375)],
        "desktop": [("Desktop, 600 px", email, 800)],
        "dark": [("Dark, phone", dark, 375), ("Dark, desktop", dark, 640)],
        "text": [("Text part", f"/text/{day}?v={version}", 700)],
        "headers": [("Message headers", f"/headers/{day}?v={version}", 800)],
        "web": [("Web version", f"/web/{day}?v={version}", 800)],
    }[view]
    return [{"label": label, "src": src, "width": width} for label, src, width in frames]


def _parts(config):
    """The views of a build; `config()` is the workspace's current config (the sample reader uses its base_url)."""
    """The endpoints showing one part of a build: email, text, headers, web version."""

    def pre(text: str) -> str:
        style = "padding:16px;white-space:pre-wrap"
        return f"<!doctype html><meta charset=utf-8><pre style='{style}'>{html.escape(text)}</pre>"

    def email(build: Build, dark: bool) -> str:
        page = personalise_preview(build, sample_recipient(config()).first_name)
        if dark:  # apply the dark-mode rules whatever the browser prefers
            page = page.replace("@media (prefers-color-scheme: dark)", "@media all")
        return page

    def text_part(build: Build, dark: bool) -> str:
        first = sample_recipient(config()).first_name
        return pre(build.slots.fill(build.text, first, "#unsubscribe"))

    def headers(build: Build, dark: bool) -> str:
        raw = build.template.personalise(sample_recipient(config()))
        return pre(raw.split(b"\r\n\r\n", 1)[0].decode("ascii"))

    def web(build: Build, dark: bool) -> str:
        return build.web_html

    return {"email": email, "text": text_part, "headers": headers, "web": web}


def _day(state: PreviewState, value: str | None) -> date:
    """The date asked for, else the newest issue (an invalid date is never echoed back)."""
    if value:
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    dates = state.dates()
    return dates[-1] if dates else date.today()


async def _events(state: PreviewState, day: date, request, stopping: threading.Event):
    """Server-sent events: the build version (and error) after every rebuild, until the client goes or the server
    stops (an open stream must never keep Ctrl-C waiting)."""
    seen = None
    idle = 0.0
    while not stopping.is_set() and not await request.is_disconnected():
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


def create_app(state: PreviewState, port: int, stopping: threading.Event | None = None):
    """The preview's ASGI app for a server on 127.0.0.1:PORT; `stopping` ends the live-reload streams."""
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import HTMLResponse, PlainTextResponse, Response, StreamingResponse
    from starlette.routing import Route

    stopping = stopping or threading.Event()
    script = files("newsletter").joinpath("pages/preview.js").read_text(encoding="utf-8")

    def day_of(request: Request) -> date:
        return _day(state, request.path_params.get("day") or request.query_params.get("date"))

    async def shell(request: Request) -> HTMLResponse:
        day = day_of(request)
        got = await asyncio.to_thread(state.get, day)
        view = request.query_params.get("view", "both")
        view = view if view in VIEW_KEYS else "both"
        body = pages.render("preview.html.j2", name=state.name(), date=day.isoformat(),
                            dates=[d.isoformat() for d in reversed(state.dates())], views=VIEWS, view=view,
                            version=state.version, error=got.error, sandbox=FRAME_SANDBOX,
                            frames=_frames(view, day, state.version))
        return HTMLResponse(body, headers={"Cache-Control": "no-store"})

    def part(render):
        async def endpoint(request: Request) -> HTMLResponse:
            got = await asyncio.to_thread(state.get, day_of(request))
            if got.build is None:
                return HTMLResponse(_error_page(got.error or ""), status_code=500)
            return HTMLResponse(render(got.build, bool(request.query_params.get("dark"))),
                                headers={"Cache-Control": "no-store"})
        return endpoint

    async def events(request: Request) -> StreamingResponse:
        return StreamingResponse(_events(state, day_of(request), request, stopping), media_type="text/event-stream",
                                 headers={"Cache-Control": "no-cache"})

    async def preview_js(request: Request) -> Response:
        return Response(script, media_type="text/javascript", headers={"Cache-Control": "no-cache"})

    async def health(request: Request) -> PlainTextResponse:
        return PlainTextResponse("ok")

    routes = [Route("/", shell), Route("/preview.js", preview_js), Route("/events", events),
              Route("/health", health)]
    routes += [Route(f"/{name}/{{day}}", part(render)) for name, render in _parts(lambda: state.ws.config).items()]
    return Guard(Starlette(routes=routes), port)
