"""Sending an issue: reuse (or make) the build, pick the recipients, deliver through a provider, keep the ledger.

    prepare()  -> a Job from an up-to-date build, refused when the issue is not fit to send
    recipients -> active subscribers (or the --to-test addresses), personalised cheaply
    send()     -> provider.deliver() in rounds: transient failures are retried with backoff and jitter
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from newsletter import issuefile
from newsletter.config import Config
from newsletter.deliver import ledger, subscribers, tokens
from newsletter.deliver.providers import Job, Provider, Result
from newsletter.deliver.retry import RetryPolicy
from newsletter.errors import DeliveryError
from newsletter.render.build import current_outputs
from newsletter.render.message import Recipient, make_template, with_subject_prefix
from newsletter.workspace import Workspace


@dataclass
class Prepared:
    job: Job
    warnings: list[str]
    items: int
    rebuilt: bool


def prepare(ws: Workspace, day: date, force: bool = False) -> Prepared:
    """The built issue as a Job: the build in dist/ when it is up to date, else a fresh build."""
    config = ws.config
    issue = issuefile.load(issuefile.issue_path(ws.issues_dir, day))
    built = current_outputs(ws, day)
    html, text = built.html, built.text
    if built.blocking and not force:
        raise DeliveryError(f"the build of {day} has errors: {'; '.join(built.blocking)} (fix them, or --force)")
    minimum = config.selection.min_items
    if len(issue.items) < minimum and not force:
        raise DeliveryError(f"the issue of {day} has {len(issue.items)} items, fewer than the minimum of {minimum} "
                            f"(add items, or --force)")
    template = make_template(subject=issue.subject, sender=config.newsletter.sender,
                             reply_to=config.newsletter.reply_to, list_id=config.list_id, text=text, html_body=html,
                             sent_at=datetime.now(UTC), issue_key=day.isoformat(),
                             unsubscribe_mailto=config.delivery.unsubscribe_mailto)
    job = Job(day=day.isoformat(), template=template, subject=issue.subject, html=html, text=text,
              sender=config.newsletter.sender, reply_to=config.newsletter.reply_to, list_id=config.list_id,
              unsubscribe_mailto=config.delivery.unsubscribe_mailto)
    return Prepared(job, built.warnings, len(issue.items), built.rebuilt)


def as_test(job: Job) -> Job:
    """The job for `--to-test`: `[TEST]` before the subject."""
    return Job(**{**job.__dict__, "template": with_subject_prefix(job.template, "[TEST] "),
                  "subject": "[TEST] " + job.subject, "test": True})


def recipient(config: Config, email: str, name: str, key: str) -> Recipient:
    first = name.split()[0] if name.strip() else config.build.first_name_fallback
    url = tokens.unsubscribe_url(config, email, key)
    return Recipient(email=email, first_name=first, name=name, unsubscribe_url=url)


def list_recipients(ws: Workspace, conn, key: str) -> list[Recipient]:
    return [recipient(ws.config, s.email, s.name, key) for s in subscribers.list_subscribers(conn, "active")]


def test_recipients(ws: Workspace, conn, addresses: list[str], key: str) -> list[Recipient]:
    out = []
    for address in addresses:
        email = subscribers.normalise(address)
        known = subscribers.get(conn, email)
        out.append(recipient(ws.config, email, known.name if known else "", key))
    return out


@dataclass
class Summary:
    recipients: int = 0
    sent: int = 0
    failed: int = 0
    skipped: int = 0
    seconds: float = 0.0
    bytes: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)

    def to_json(self) -> dict:
        return {"recipients": self.recipients, "sent": self.sent, "failed": self.failed, "skipped": self.skipped,
                "seconds": round(self.seconds, 3), "failures": [{"email": e, "reason": r} for e, r in self.failures]}


def send(conn, provider: Provider, job: Job, recipients: list[Recipient], *, resume: bool = False,
         policy: RetryPolicy | None = None, on_result: Callable[[Result], None] | None = None,
         sleep: Callable[[float], None] = time.sleep) -> Summary:
    """Deliver `job` to `recipients` through `provider`, recording each outcome in the ledger."""
    policy = policy or RetryPolicy()
    start = time.perf_counter()
    summary = Summary(recipients=len(recipients))
    records = provider.records and not job.test
    by_email = {r.email: r for r in recipients}
    if records:
        if ledger.started(conn, job.day) and not resume:
            raise DeliveryError(f"the issue of {job.day} was sent already (see `newsletter send status {job.day}`; "
                                f"--resume continues an interrupted send)")
        ledger.start(conn, job.day, provider.name, job.subject, list(by_email))
        owed = set(ledger.to_send(conn, job.day))
        summary.skipped = sum(1 for e in by_email if e not in owed)
        pending = [r for r in recipients if r.email in owed]
    else:
        pending = list(recipients)

    batch_counter = itertools.count(1)

    def before(emails: list[str], _size: int) -> None:
        if records:
            ledger.mark_batch(conn, job.day, emails, next(batch_counter))

    attempt = 0
    while pending:
        retry: list[Recipient] = []
        floor = 0.0
        for result in provider.deliver(job, pending, before=before):
            if result.ok:
                if records:
                    ledger.mark_sent(conn, job.day, [result.email], result.provider_id,
                                     {result.email: job.template.message_id(result.email)})
                summary.sent += 1
            elif result.transient and attempt < policy.attempts:
                retry.append(by_email[result.email])
                floor = max(floor, result.retry_after or 0.0)
                if records:
                    ledger.mark_failed(conn, job.day, result.email, result.reason, transient=True)
            else:
                if records:
                    ledger.mark_failed(conn, job.day, result.email, result.reason, transient=result.transient)
                summary.failed += 1
                summary.failures.append((result.email, result.reason))
            if on_result:
                on_result(result)
        if retry:
            attempt += 1
            sleep(policy.delay(attempt, floor))
        pending = retry
    if records:
        ledger.finish(conn, job.day)
    summary.seconds = time.perf_counter() - start
    summary.bytes = getattr(provider, "bytes", 0)
    return summary
