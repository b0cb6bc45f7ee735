"""A local HTTP server that speaks SendGrid's v3 mail/send contract, for the real SDK to talk to.

It checks what SendGrid checks (auth, limits, types, reserved headers) and answers as SendGrid does:
202 with X-Message-Id, 400 with an {"errors": [...]} body, 401, 413, 429 with X-RateLimit-* headers,
5xx. A fault schedule makes the next requests fail on purpose ("429", "500", "503", "timeout", "400").
Scheduled sends: POST /v3/mail/batch makes a batch id; mail/send takes `send_at` (a UNIX time at most 72 hours
ahead) and `batch_id` (one it made); POST /v3/user/scheduled_sends cancels or pauses a batch, not later than
10 minutes before its send_at.
"""

from __future__ import annotations

import json
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler

from tests import loopback

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
    batches: dict[str, str] = field(default_factory=dict)
    """Batch ids made by POST /v3/mail/batch, with their status: `none`, `cancel` or `pause`."""
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
    if "send_at" in body:
        send_at = body["send_at"]
        if not isinstance(send_at, int) or isinstance(send_at, bool):
            bad("The send_at parameter must be a UNIX timestamp (an integer).", "send_at")
        elif send_at > time.time() + 72 * 3600:
            bad("The send_at parameter cannot be more than 72 hours in the future.", "send_at")
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
        try:
            self.end_headers()
            self.wfile.write(data)
        except OSError:  # the client gave up waiting (a timeout test): nobody to answer
            self.close_connection = True

    def do_POST(self):
        state = self.state
        length = int(self.headers.get("Content-Length", 0))
        raw = self.rfile.read(length)
        with state.lock:
            state.requests += 1
            fault = state.faults.pop(0) if state.faults else None
        if self.path not in ("/v3/mail/send", "/v3/mail/batch", "/v3/user/scheduled_sends"):
            return self.answer(404, {"errors": [{"message": "not found"}]})
        if self.headers.get("Authorization") != f"Bearer {state.api_key}":
            return self.answer(401, {"errors": [{"field": None, "message": "The provided authorization grant is "
                                                 "invalid, expired, or revoked"}]})
        if length > MAX_BYTES:
            return self.answer(413, {"errors": [{"message": "Payload Too Large"}]})
        if fault == "timeout":  # answer after the client gave up; the request is not accepted
            time.sleep(state.timeout_seconds)
            return self.answer(503)
        if fault == "429":
            reset = int(time.time()) + 1
            limits = {"X-RateLimit-Limit": "600", "X-RateLimit-Remaining": "0", "X-RateLimit-Reset": str(reset)}
            return self.answer(429, {"errors": [{"field": None, "message": "too many requests"}]}, limits)
        if fault == "echo":  # a misbehaving gateway that echoes the request headers in its error body
            return self.answer(502, {"errors": [{"message": f"bad gateway: {dict(self.headers)}"}]})
        if fault in ("500", "502", "503", "504"):
            return self.answer(int(fault), {"errors": [{"message": "internal error"}]})
        if self.path == "/v3/mail/batch":  # a new batch id: 201 {"batch_id": …}
            batch = uuid.uuid4().hex
            with state.lock:
                state.batches[batch] = "none"
            return self.answer(201, {"batch_id": batch})
        if self.path == "/v3/user/scheduled_sends":
            return self.scheduled_send(raw)
        try:
            body = json.loads(raw)
        except ValueError:
            return self.answer(400, {"errors": [{"message": "Bad Request", "field": None}]})
        errors = problems(body)
        if fault == "400":
            errors.append({"message": "The from address does not match a verified Sender Identity.", "field": "from"})
        if "batch_id" in body and body["batch_id"] not in state.batches:
            errors.append({"message": "The batch ID is not valid.", "field": "batch_id"})
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


    def scheduled_send(self, raw: bytes):
        """POST /v3/user/scheduled_sends {"batch_id", "status": "cancel"|"pause"}: 201, or 400 as SendGrid says."""
        state = self.state
        try:
            body = json.loads(raw)
        except ValueError:
            return self.answer(400, {"errors": [{"message": "Bad Request", "field": None}]})
        batch, status = body.get("batch_id"), body.get("status")
        if status not in ("cancel", "pause"):
            return self.answer(400, {"errors": [{"message": "status must be cancel or pause", "field": "status"}]})
        if batch not in state.batches:
            return self.answer(400, {"errors": [{"message": "The batch ID is not valid.", "field": "batch_id"}]})
        times = [b["send_at"] for b in state.accepted if b.get("batch_id") == batch and "send_at" in b]
        if times and min(times) - time.time() < 600:
            return self.answer(400, {"errors": [{"message": "A batch cannot be cancelled or paused less than 10 "
                                                 "minutes before its send_at time.", "field": "batch_id"}]})
        with state.lock:
            state.batches[batch] = status
        return self.answer(201, {"batch_id": batch, "status": status})


class FakeSendGrid:
    def __init__(self, api_key: str = "SG.test-key-not-real"):
        self.state = State(api_key)
        handler = type("BoundHandler", (Handler,), {"state": self.state})
        self.handler = handler
        self.server = None

    @property
    def url(self) -> str:
        return loopback.url(self.server)

    def __enter__(self) -> FakeSendGrid:
        self.server = loopback.start(self.handler)
        return self

    def __exit__(self, *exc) -> None:
        loopback.stop(self.server)

    def recipients(self) -> list[tuple[str, dict]]:
        return [(p["to"][0]["email"], p) for body in self.state.accepted for p in body["personalizations"]]

    def delivered(self) -> dict[str, dict[str, str]]:
        """What each recipient gets: SendGrid replaces every substitution key, as plain text, in the subject and
        each content value of the request (key by key, in the order given)."""
        out = {}
        for body in self.state.accepted:
            for p in body["personalizations"]:
                parts = {"subject": p.get("subject", body["subject"]),
                         **{c["type"]: c["value"] for c in body["content"]}}
                for key, value in (p.get("substitutions") or {}).items():
                    parts = {name: text.replace(key, value) for name, text in parts.items()}
                out[p["to"][0]["email"]] = parts
        return out
