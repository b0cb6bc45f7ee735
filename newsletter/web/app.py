"""The subscriber-facing web application: an ASGI app (Starlette) on the workspace's database.

    GET  /unsubscribe/{token}   a page naming the newsletter and the address, with one button
    POST /unsubscribe/{token}   RFC 8058 one-click: unsubscribes at once, 200, no redirect, no cookies
    GET  /subscribe, POST       sign-up form (honeypot, rate limit) -> confirmation email (double opt-in)
    GET  /confirm/{token}       a page with one button (link scanners fetch GETs and must not subscribe anyone)
    POST /confirm/{token}       activates the address (signed link, expires, works once)
    POST /events/sendgrid       SendGrid's signed Event Webhook: bounces, complaints, unsubscribes

Mount it in a larger site or run it behind any reverse proxy (name it in `[web] trusted_proxies` so that its
X-Forwarded-For is believed); `newsletter serve` runs it with uvicorn. Mail goes out on a worker thread, so a
slow mail server delays only the sign-up that waits for it.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from urllib.parse import parse_qsl

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.formparsers import MultiPartParser
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Route

from newsletter import pages
from newsletter.deliver import subscribers, tokens
from newsletter.deliver.transactional import Mailer
from newsletter.errors import SubscriberError
from newsletter.web import events
from newsletter.web.clients import client_address, networks
from newsletter.web.headers import SecurityHeaders
from newsletter.web.ratelimit import RateLimit
from newsletter.workspace import Workspace

FORM_LIMIT = 16 * 1024
WEBHOOK_LIMIT = 1024 * 1024
log = logging.getLogger("newsletter.web")


class TooLarge(Exception):
    pass


async def read_body(request: Request, limit: int) -> bytes:
    """The request body, refusing more than `limit` bytes whether or not Content-Length says so."""
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise TooLarge
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > limit:
            raise TooLarge
    return bytes(body)


async def read_form(request: Request, limit: int = FORM_LIMIT) -> dict[str, str]:
    """Form fields from an urlencoded or multipart body (RFC 8058 allows both)."""
    body = await read_body(request, limit)
    ctype = request.headers.get("content-type", "")
    if ctype.startswith("multipart/form-data"):
        async def stream():
            yield body

        form = await MultiPartParser(request.headers, stream(), max_files=0, max_fields=20).parse()
        return {k: v for k, v in form.items() if isinstance(v, str)}
    return dict(parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True))


def create_app(ws: Workspace, mailer: Mailer | None = None, clock: Callable[[], float] = time.time) -> Starlette:
    """The app on `ws`; `clock` (seconds since the epoch) decides link expiry and the sign-up limits."""
    site = SubscriberPages(ws, mailer or Mailer(ws), clock)
    return Starlette(routes=[
        Route("/unsubscribe/{token}", site.unsubscribe, methods=["GET", "POST"]),
        Route("/subscribe", site.subscribe, methods=["GET", "POST"]),
        Route("/confirm/{token}", site.confirm, methods=["GET", "POST"]),
        Route("/events/sendgrid", site.sendgrid_events, methods=["POST"]),
    ], middleware=[Middleware(SecurityHeaders)])


def too_large() -> Response:
    return Response("Request body too large", status_code=413)


class SubscriberPages:
    """The request handlers, sharing the workspace, the mailer, the clock and the sign-up rate limit."""

    def __init__(self, ws: Workspace, mailer: Mailer, clock: Callable[[], float]):
        self.ws, self.config, self.mailer, self.clock = ws, ws.config, mailer, clock
        self.limiter = RateLimit(self.config.web.signup_rate_limit, clock=clock)
        self.proxies = networks(self.config.web.trusted_proxies)
        n = self.config.newsletter
        self.name = n.name
        self.common = {"name": n.name, "language": n.language, "postal_address": n.postal_address,
                       **pages.brand(ws.config.theme)}

    def page(self, template: str, status: int = 200, **context) -> HTMLResponse:
        return HTMLResponse(pages.render(template, **self.common, **context), status_code=status)

    def message(self, heading: str, *lines: str, status: int = 200, link: dict | None = None) -> HTMLResponse:
        return self.page("message.html.j2", status, heading=heading, lines=list(lines), link=link)

    def invalid_link(self) -> HTMLResponse:
        # The same answer for a forged, altered or truncated token, and for any address: nothing leaks.
        return self.message("This link is not valid", "Copy the whole link from the email, or use the link in a "
                            "more recent email.", status=400)

    def sign_up_again(self, heading: str, line: str) -> HTMLResponse:
        return self.message(heading, line, status=400, link={"href": "/subscribe", "text": "Sign up"})

    async def unsubscribe(self, request: Request) -> Response:
        try:
            who = tokens.read_unsubscribe_token(request.path_params["token"])
        except tokens.InvalidToken:
            return self.invalid_link()
        conn = self.ws.connect()
        # By id, or (old links) by address in any letter case: the link for bob@… also unsubscribes BOB@….
        current = subscribers.get_by_id(conn, who.id) if who.id else subscribers.get(conn, who.email or "")
        if who.id and current is None:
            return self.invalid_link()
        try:  # an address the list does not hold (a test copy's reader) is one we signed: valid unless tampered with
            email = current.email if current else subscribers.normalise(who.email or "")
        except SubscriberError:
            return self.invalid_link()
        if request.method == "GET":
            return self.page("unsubscribe.html.j2", email=email, action=str(request.url.path))
        try:
            await read_form(request)
        except TooLarge:
            return too_large()
        if current is None or current.status in ("active", "pending"):
            # Not on the list: kept as a suppression, so no later import, sign-up or send mails the address.
            subscribers.suppress(conn, email, "unsubscribed", joined_via="unsubscribe")
        return self.message("You are unsubscribed", f"{email} will get no more emails from {self.name}.")

    async def subscribe(self, request: Request) -> Response:
        if request.method == "GET":
            return self.page("subscribe.html.j2", action="/subscribe", error=None, email="", person="")
        try:
            form = await read_form(request)
        except TooLarge:
            return too_large()
        address, name = form.get("email", "").strip(), form.get("name", "").strip()[:200]
        done = self.message("Check your inbox", f"If {address} can subscribe, a confirmation link is on its way. "
                            f"Open it to start receiving {self.name}.")
        if form.get("website"):  # the honeypot: a person never fills it in
            return done
        client = client_address(request.client.host if request.client else None,
                                request.headers.get("x-forwarded-for"), self.proxies)
        if not self.limiter.allow(client):
            return self.message("Too many sign-ups", "Please try again in an hour.", status=429)
        try:
            subscribers.normalise(address)
        except SubscriberError:
            return self.page("subscribe.html.j2", 400, action="/subscribe", email=address, person=name,
                             error="Enter a valid email address, like name@example.com.")
        conn = self.ws.connect()
        # At most one confirmation per address per confirm_hours, whoever asks: a victim is not mail-bombed.
        confirmation = subscribers.request_confirmation(conn, address, name, self.clock(),
                                                        self.config.web.confirm_hours)
        if confirmation is not None:
            try:
                # On a worker thread: a mail server that never answers must not stall the other requests.
                await run_in_threadpool(self.send_confirmation, confirmation)
            except Exception as exc:  # any provider failure: the reader is told to come back later
                subscribers.release_confirmation(conn, confirmation)
                log.warning("sign-up: the confirmation mail could not be sent: %s: %s", type(exc).__name__, exc)
                return self.message("Please try again later", "We cannot send the confirmation email right now. "
                                    "Nothing was lost; try again in a few minutes.", status=503)
        return done

    def send_confirmation(self, confirmation: subscribers.Confirmation) -> None:
        s = confirmation.subscriber
        token = tokens.confirm_token(s.id, confirmation.nonce, confirmation.issued)
        url = f"{self.config.newsletter.base_url.rstrip('/')}/confirm/{token}"
        lines = [f"Confirm that you want {self.name} at {s.email}.",
                 f"The link works for {self.config.web.confirm_hours} hours. If you did not sign up, ignore this "
                 "email."]
        text = f"{lines[0]}\n\n{url}\n\n{lines[1]}\n\n{self.config.newsletter.postal_address}\n"
        html = pages.render("message.html.j2", **self.common, heading="Confirm your subscription", lines=lines,
                            link={"href": url, "text": "Confirm my subscription"})
        self.mailer.send(s.email, f"Confirm your subscription to {self.name}", text, html)

    async def confirm(self, request: Request) -> Response:
        try:
            wanted = tokens.read_confirm_token(request.path_params["token"], self.config.web.confirm_hours * 3600,
                                               self.clock())
        except tokens.InvalidToken as exc:
            expired = "expired" in str(exc)
            return self.sign_up_again("This link has expired" if expired else "This link is not valid",
                                      "Sign up again to get a new confirmation link.")
        conn = self.ws.connect()
        current = subscribers.get_by_id(conn, wanted.id)
        if current is None:
            return self.invalid_link()
        if request.method == "GET":  # a page with a button: mail scanners prefetch links, a person presses it
            return self.page("confirm.html.j2", email=current.email, action=str(request.url.path))
        try:
            await read_form(request)
        except TooLarge:
            return too_large()
        if subscribers.confirm(conn, wanted.id, wanted.nonce) is not None or current.status == "active":
            return self.message("You are subscribed", f"{current.email} will get {self.name} from the next issue on.")
        return self.sign_up_again("This link no longer works", "It was used already, or the address left the list "
                                  "after it was sent. Sign up again to get a new confirmation link.")

    async def sendgrid_events(self, request: Request) -> Response:
        key = self.config.web.sendgrid_webhook_public_key
        if not key:
            return JSONResponse({"error": "the event webhook is not configured"}, status_code=503)
        try:
            raw = await read_body(request, WEBHOOK_LIMIT)
            events.verify(key, raw, request.headers.get("X-Twilio-Email-Event-Webhook-Signature"),
                          request.headers.get("X-Twilio-Email-Event-Webhook-Timestamp"))
            applied = events.apply(self.ws.connect(), raw)
        except TooLarge:
            return too_large()
        except events.Rejected as exc:
            return JSONResponse({"error": str(exc)}, status_code=exc.status)
        return JSONResponse({"processed": applied.processed, "duplicates": applied.duplicates,
                             "ignored": applied.ignored})
