"""sendgrid: the official SDK (SendGridAPIClient), one request per 1000 recipients.

The request body is built here rather than with `Mail`, which reverses personalizations: each recipient is
one personalization with its own substitutions and List-Unsubscribe header; the HTML and text go once per
request. The SDK sets no timeout and retries nothing, so both are done here: 429 waits for
X-RateLimit-Reset, 5xx and failures to connect are transient; no answer to a request that went out (a read
timeout, a dropped connection) may mean SendGrid accepted it, so it is never retried on its own (base.py);
400/401/403/413 stop the send with SendGrid's own messages. The API key is never logged or shown.
"""

from __future__ import annotations

import html
import http.client
import json
import logging
import time
import urllib.error
from email.message import EmailMessage
from email.utils import parseaddr
from pathlib import Path
from typing import Any

from newsletter.config import SENDGRID_MAX_CATEGORIES, SendgridSettings
from newsletter.deliver.providers.base import Capabilities, Job, Options, Provider, Result
from newsletter.errors import ProviderError, TransientProviderError, UnansweredProviderError, redact
from newsletter.render.message import Recipient

MAX_PER_REQUEST = 1000
MAX_CATEGORIES = SENDGRID_MAX_CATEGORIES
PERMANENT = {400: "bad request", 401: "the API key was refused", 403: "forbidden", 413: "the request is too large"}


def address_object(value: str) -> dict:
    name, email = parseaddr(value)
    return {"email": email, "name": name} if name else {"email": email}


def request_body(job: Job, batch: list[Recipient], categories: list[str], sandbox: bool) -> dict:
    """The v3 mail/send body for one batch, personalizations in the batch's order. The substitution keys are the
    build's slots (which article text cannot spell); SendGrid substitutes one value into text and HTML alike, so
    the HTML's first name has a slot of its own, filled with the escaped name."""
    slots = job.build.slots
    personalizations = []
    for r in batch:
        unsubscribe = f"<{r.unsubscribe_url}>"
        if job.unsubscribe_mailto:
            unsubscribe += f", <mailto:{job.unsubscribe_mailto}?subject=unsubscribe>"
        to = {"email": r.email, "name": r.name} if r.name else {"email": r.email}
        personalizations.append({
            "to": [to],
            "substitutions": {slots.first_name: r.first_name, slots.first_name_html: html.escape(r.first_name),
                              slots.unsubscribe_url: r.unsubscribe_url},
            "headers": {"List-Unsubscribe": unsubscribe},
        })
    body: dict = {
        "personalizations": personalizations,
        "from": address_object(job.sender),
        "subject": job.subject,
        "content": [{"type": "text/plain", "value": job.text},
                    {"type": "text/html", "value": job.html.replace(slots.first_name, slots.first_name_html)}],
        "headers": {"List-Id": job.list_id, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"},
        "custom_args": {"issue_date": job.day.isoformat()},
    }
    if job.reply_to:
        body["reply_to"] = address_object(job.reply_to)
    if categories:
        body["categories"] = categories
    if sandbox:
        body["mail_settings"] = {"sandbox_mode": {"enable": True}}
    return body


def error_messages(body: bytes | str) -> str:
    """SendGrid's error messages from an `{"errors": [...]}` body, or the body itself, short."""
    text = body.decode("utf-8", "replace") if isinstance(body, bytes) else str(body or "")
    try:
        errors = json.loads(text).get("errors", [])
        messages = [f"{e.get('message', '')}" + (f" (field {e['field']})" if e.get("field") else "") for e in errors]
        return "; ".join(m for m in messages if m) or text[:300]
    except (ValueError, AttributeError):
        return text[:300]


class SendgridProvider(Provider):
    name = "sendgrid"
    capabilities = Capabilities(max_batch=MAX_PER_REQUEST, sandbox=True, schedule=True,
                                max_categories=MAX_CATEGORIES)

    def __init__(self, settings: SendgridSettings, api_key: str, sandbox: bool = False,
                 schedule: tuple[int, str] | None = None):
        from sendgrid import SendGridAPIClient

        # The SDK's HTTP client logs request headers, the Authorization header with the API key among them, at
        # DEBUG: keep that logger quiet whatever the application's logging level.
        logging.getLogger("python_http_client").setLevel(logging.WARNING)
        if len(settings.categories) > MAX_CATEGORIES:
            raise ProviderError("sendgrid", f"[delivery.sendgrid] categories lists {len(settings.categories)}; "
                                f"SendGrid accepts at most {MAX_CATEGORIES}")
        self.settings = settings
        self.sandbox = sandbox
        self.client = SendGridAPIClient(api_key=api_key, host=settings.api_host.rstrip("/"))
        self.requests = 0
        self.schedule = schedule

    @classmethod
    def from_config(cls, config: Any, root: Path, options: Options) -> SendgridProvider:
        from newsletter.config import secret

        settings = config.delivery.sendgrid
        sandbox = settings.sandbox if options.sandbox is None else options.sandbox
        schedule = (int(options.extra["send_at"]), str(options.extra["batch_id"])) if "send_at" in options.extra \
            else None
        return cls(settings, secret("SENDGRID_API_KEY", "the sendgrid provider"), sandbox=sandbox, schedule=schedule)

    @property
    def records(self) -> bool:
        return not self.sandbox  # a sandbox send delivers nothing, so nobody is marked sent

    @property
    def batch_size(self) -> int:
        return min(self.settings.batch_size, MAX_PER_REQUEST)

    def describe(self) -> str:
        return f"sendgrid ({self.settings.api_host}{', sandbox' if self.sandbox else ''})"

    def build_payload(self, job: Job, batch: list[Recipient]) -> dict:
        return self.scheduled(request_body(job, batch, self.settings.categories, self.sandbox))

    # -- scheduled sends: SendGrid holds the requests of one batch id until send_at ----------------------------
    def scheduled(self, body: dict) -> dict:
        """The request body with `send_at` (a UNIX time) and `batch_id`, when this send is handed over early."""
        if self.schedule is not None:
            body["send_at"], body["batch_id"] = self.schedule
        return body

    def create_batch(self) -> str:
        """A new batch id (POST /v3/mail/batch), which groups a scheduled send's requests for cancelling."""
        response = self._call(lambda: self.client.client.mail.batch.post(timeout=self.settings.timeout))
        try:
            return str(json.loads(response.body)["batch_id"])
        except (ValueError, KeyError, TypeError):
            raise ProviderError("sendgrid", "no batch_id in the answer to POST /v3/mail/batch") from None

    def cancel_batch(self, batch_id: str) -> None:
        """Cancel every request of a batch before its send_at (POST /v3/user/scheduled_sends, status cancel)."""
        self._call(lambda: self.client.client.user.scheduled_sends.post(
            request_body={"batch_id": batch_id, "status": "cancel"}, timeout=self.settings.timeout))

    def _call(self, request: Any) -> Any:
        try:
            return request()
        except Exception as exc:
            raise self.classify(exc) from None

    def post(self, payload: dict) -> Any:
        self.requests += 1
        response = self.client.client.mail.send.post(request_body=payload, timeout=self.settings.timeout)
        if response.status_code not in (200, 202):
            raise TransientProviderError("sendgrid", f"unexpected HTTP {response.status_code}", response.status_code)
        return response

    def parse_results(self, response: Any, batch: list[Recipient]) -> list[Result]:
        message_id = response.headers.get("X-Message-Id") if response.headers else None
        return [Result(r.email, ok=True, provider_id=message_id) for r in batch]

    def classify(self, exc: Exception) -> ProviderError:
        from python_http_client.exceptions import HTTPError

        if isinstance(exc, HTTPError):
            status = exc.status_code
            detail = redact(error_messages(exc.body))
            if status in PERMANENT:
                return ProviderError("sendgrid", f"{PERMANENT[status]}: {detail}", status, detail)
            if status == 429 or status >= 500:
                return TransientProviderError("sendgrid", f"HTTP {status}: {detail}", status, detail,
                                              retry_after=_reset_in(exc.headers) if status == 429 else None)
            return ProviderError("sendgrid", f"HTTP {status}: {detail}", status, detail)
        # urllib wraps what fails before the request is out (connecting, sending) in URLError: safe to retry.
        # What fails after it (waiting for the answer) comes raw: SendGrid may have accepted the request.
        if isinstance(exc, urllib.error.URLError):
            reason = exc.reason
            if isinstance(reason, TimeoutError) or "timed out" in str(reason):
                return TransientProviderError("sendgrid", f"no answer within {self.settings.timeout:g} s")
            return TransientProviderError("sendgrid", f"cannot connect: {reason}")
        if isinstance(exc, (TimeoutError, ConnectionError, http.client.HTTPException)):
            what = f"no answer within {self.settings.timeout:g} s" if isinstance(exc, TimeoutError) \
                else f"the connection broke ({type(exc).__name__})"
            return UnansweredProviderError("sendgrid", f"{what} after a request went out: SendGrid may have "
                                           f"accepted it")
        return super().classify(exc)

    def send_message(self, message: EmailMessage) -> None:
        text = message.get_body(("plain",))
        html_part = message.get_body(("html",))
        body = {"personalizations": [{"to": [{"email": str(message["To"])}]}],
                "from": address_object(str(message["From"])), "subject": str(message["Subject"]),
                "content": [{"type": "text/plain", "value": text.get_content() if text else ""},
                            {"type": "text/html", "value": html_part.get_content() if html_part else ""}]}
        if self.sandbox:
            body["mail_settings"] = {"sandbox_mode": {"enable": True}}
        try:
            self.post(body)
        except Exception as exc:
            raise self.classify(exc) from None


def _reset_in(headers) -> float:
    """Seconds until X-RateLimit-Reset (an epoch time), at least 0; 1 s when the header is missing."""
    try:
        reset = float(headers.get("X-RateLimit-Reset"))
    except (TypeError, ValueError, AttributeError):
        return 1.0
    return max(0.0, reset - time.time())
