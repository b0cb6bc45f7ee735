"""A local HTTP server that speaks SendGrid's v3 mail/send contract, for the real SDK to talk to.

It checks what SendGrid checks (auth, limits, types, reserved headers) and answers as SendGrid does:
202 with X-Message-Id, 400 with an {"errors": [...]} body, 401, 413, 429 with X-RateLimit-* headers,
5xx. A fault schedule makes the next requests fail on purpose ("429", "500", "503", "timeout", "400").
"""

from __future__ import annotations

import json
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

RESERVED = {"x-sg-id", "x-sg-eid", "received", "dkim-signature", "content-type", "content-transfer-encoding", "to",
            "from", "subject", "reply-to", "cc", "bcc"}
MAX_BYTES = 30 * 1024 * 1024


@dataclass
class State:
    api_key: str
    faults: list[str] = field(default_factory=list)
    accepted: list[dict] = field(default_factory=list)
    requests: int = 0
    timeout_seconds: float = 2.0
    on_accept: Callable[[int, dict], None] | None = None
    """Called with (number, body) for each accepted request, before the 202 goes out."""
    lock: threading.Lock = field(default_factory=threading.Lock)


def problems(body: dict) -> list[dict]:
    errors = []

    def bad(message, fieldname=None):
        errors.append({"message": message, "field": fieldname, "help": None})

    personalizations = body.get("personalizations")
    if not isinstance(personalizations, list) or not personalizations:
        bad("The personalizations field is required and must have at least one personalization.", "personalizations")
        return errors
    if len(personalizations) > 1000:
        bad("The personalizations field cannot have more than 1000 objects.", "personalizations")
    recipients = sum(len(p.get("to", [])) + len(p.get("cc", [])) + len(p.get("bcc", [])) for p in personalizations)
    if recipients > 1000:
        bad("The total number of recipients must be no more than 1000.", "personalizations")
    for n, p in enumerate(personalizations):
        if not p.get("to"):
            bad("The to array is required for all personalization objects.", f"personalizations.{n}.to")
        for key in ("headers", "substitutions", "custom_args"):
            for name, value in (p.get(key) or {}).items():
                if not isinstance(value, str):
                    bad(f"Values of {key} must be strings.", f"personalizations.{n}.{key}.{name}")
                if key == "headers" and name.lower() in RESERVED:
                    bad(f"The header {name} is reserved.", f"personalizations.{n}.headers")
    for name in (body.get("headers") or {}):
        if name.lower() in RESERVED:
            bad(f"The header {name} is reserved.", "headers")
    if not body.get("from", {}).get("email"):
        bad("The from object must be provided for every email send.", "from.email")
    if not body.get("subject"):
        bad("The subject is required.", "subject")
    if not body.get("content"):
        bad("Unless a valid template_id is provided, the content parameter is required.", "content")
    return errors


class Handler(BaseHTTPRequestHandler):
    state: State
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def answer(self, status: int, body: dict | None = None, headers: dict | None = None) -> None:
        data = json.dumps(body).encode() if body is not None else b""
        self.send_response(status)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_POST(self):
        state = self.state
        length = int(self.headers.get("Content-Length", 0))
        raw = self.rfile.read(length)
        with state.lock:
            state.requests += 1
            fault = state.faults.pop(0) if state.faults else None
        if self.path != "/v3/mail/send":
            return self.answer(404, {"errors": [{"message": "not found"}]})
        if self.headers.get("Authorization") != f"Bearer {state.api_key}":
            return self.answer(401, {"errors": [{"field": None, "message": "The provided authorization grant is "
                                                 "invalid, expired, or revoked"}]})
        if length > MAX_BYTES:
            return self.answer(413, {"errors": [{"message": "Payload Too Large"}]})
        if fault == "timeout":  # answer after the client gave up; the request is not accepted
            time.sleep(state.timeout_seconds)
            try:
                return self.answer(503)
            except OSError:
                return None
        if fault == "429":
            reset = int(time.time()) + 1
            limits = {"X-RateLimit-Limit": "600", "X-RateLimit-Remaining": "0", "X-RateLimit-Reset": str(reset)}
            return self.answer(429, {"errors": [{"field": None, "message": "too many requests"}]}, limits)
        if fault == "echo":  # a misbehaving gateway that echoes the request headers in its error body
            return self.answer(502, {"errors": [{"message": f"bad gateway: {dict(self.headers)}"}]})
        if fault in ("500", "502", "503", "504"):
            return self.answer(int(fault), {"errors": [{"message": "internal error"}]})
        try:
            body = json.loads(raw)
        except ValueError:
            return self.answer(400, {"errors": [{"message": "Bad Request", "field": None}]})
        errors = problems(body)
        if fault == "400":
            errors.append({"message": "The from address does not match a verified Sender Identity.", "field": "from"})
        if errors:
            return self.answer(400, {"errors": errors})
        sandbox = body.get("mail_settings", {}).get("sandbox_mode", {}).get("enable")
        if sandbox:
            return self.answer(200)
        with state.lock:
            state.accepted.append(body)
            number = len(state.accepted)
        if state.on_accept:
            state.on_accept(number, body)
        return self.answer(202, None, {"X-Message-Id": uuid.uuid4().hex[:22]})


class FakeSendGrid:
    def __init__(self, api_key: str = "SG.test-key-not-real"):
        self.state = State(api_key)
        handler = type("BoundHandler", (Handler,), {"state": self.state})
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def __enter__(self) -> FakeSendGrid:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()

    def recipients(self) -> list[tuple[str, dict]]:
        return [(p["to"][0]["email"], p) for body in self.state.accepted for p in body["personalizations"]]
