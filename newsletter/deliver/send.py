"""Sending an issue: the whole policy in one function, `run`, and the delivery loop it ends with.

    run(ws, day, provider_name, ...)
        prepare   the build in dist/ when current, else a fresh one; the issue file's own checks
        refuse    build errors, too few items, a finished send, a send already under way, an unfit provider option
        approve   a real send only of exactly what the editor approved (newsletter/approval.py)
        sign      the key for unsubscribe links (a dry run may use a throwaway one)
        choose    active subscribers, one per person (or the --to-test addresses)
        confirm   the caller's callback sees what would happen and may say no
        deliver   batch by batch under a lease in the database, each unit of work recorded at once
        finish    only when nobody is owed the issue any more
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable
from contextlib import nullcontext
from dataclasses import dataclass, field
from datetime import date

from newsletter import approval, clock, issuefile
from newsletter.deliver import ledger, subscribers, tokens
from newsletter.deliver.providers import Job, Options, Provider, Result, make_provider
from newsletter.deliver.retry import RetryPolicy
from newsletter.errors import DeliveryError, redact
from newsletter.render.message import Recipient, make_template, with_subject_prefix
from newsletter.workspace import Workspace


@dataclass
class Prepared:
    job: Job
    warnings: list[str]
    items: int
    rebuilt: bool


def prepare(ws: Workspace, day: date, force: bool = False) -> Prepared:
    """The built issue as a Job, refused when the issue is not fit to send."""
    from newsletter.compose import known_sections
    from newsletter.render.build import current_outputs

    config = ws.config
    # What `issue check` calls an error is never sent, --force or not.
    issue = issuefile.load_checked(issuefile.issue_path(ws.issues_dir, day), known_sections(ws))
    built = current_outputs(ws, day)
    if built.blocking and not force:
        raise DeliveryError(f"the build of {day} has errors: {'; '.join(built.blocking)} (fix them, or --force)")
    minimum = config.selection.min_items
    if len(issue.items) < minimum and not force:
        raise DeliveryError(f"the issue of {day} has {len(issue.items)} items, fewer than the minimum of {minimum} "
                            f"(add items, or --force)")
    n = config.newsletter
    # The Date header is the moment the send starts, not the moment of the build.
    template = make_template(subject=issue.subject, sender=n.sender, reply_to=n.reply_to, list_id=config.list_id,
                             text=built.text, html_body=built.html, sent_at=clock.now(), issue_key=day.isoformat(),
                             unsubscribe_mailto=config.delivery.unsubscribe_mailto)
    job = Job(day=day, template=template, subject=issue.subject, html=built.html, text=built.text, sender=n.sender,
              reply_to=n.reply_to, list_id=config.list_id, unsubscribe_mailto=config.delivery.unsubscribe_mailto)
    return Prepared(job, built.warnings, len(issue.items), built.rebuilt)


def as_test(job: Job) -> Job:
    """The job for `--to-test`: `[TEST]` before the subject."""
    return Job(**{**job.__dict__, "template": with_subject_prefix(job.template, "[TEST] "),
                  "subject": "[TEST] " + job.subject, "test": True})


class Signer:
    """Per-recipient values: first name (or the fallback) and a signed unsubscribe URL."""

    def __init__(self, ws: Workspace, key: str):
        self.config = ws.config
        self.key = key

    def __call__(self, email: str, name: str, subscriber_id: str | None = None) -> Recipient:
        """A subscriber's link carries their opaque id; an address that is on no list carries itself."""
        first = name.split()[0] if name.strip() else self.config.build.first_name_fallback
        url = tokens.unsubscribe_url(self.config, subscriber_id or email, self.key)
        return Recipient(email=email, first_name=first, name=name, unsubscribe_url=url)


def list_recipients(ws: Workspace, conn, key: str) -> list[Recipient]:
    """Every active subscriber, one per person whatever the letter case of their address."""
    sign = Signer(ws, key)
    return [sign(s.email, s.name, s.id) for page in subscribers.active_pages(conn) for s in page]


def test_recipients(ws: Workspace, conn, addresses: list[str], key: str) -> list[Recipient]:
    sign = Signer(ws, key)
    out: dict[str, Recipient] = {}
    for address in addresses:
        email = subscribers.normalise(address)
        known = subscribers.get(conn, email)
        out.setdefault(email.lower(), sign(known.email, known.name, known.id) if known else sign(email, ""))
    return list(out.values())


@dataclass
class Summary:
    recipients: int = 0
    sent: int = 0
    failed: int = 0
    skipped: int = 0
    """Already had it (a resumed send)."""
    left: int = 0
    """Unsubscribed, bounced or complained while the send ran: not mailed."""
    seconds: float = 0.0
    bytes: int = 0
    finished: bool = True
    cancelled: bool = False
    failures: list[tuple[str, str]] = field(default_factory=list)

    def to_json(self) -> dict:
        return {"recipients": self.recipients, "sent": self.sent, "failed": self.failed, "skipped": self.skipped,
                "left": self.left, "finished": self.finished, "seconds": round(self.seconds, 3),
                "failures": [{"email": e, "reason": r} for e, r in self.failures]}


@dataclass
class Plan:
    """What is about to happen, for the confirmation callback and the report."""
    day: date
    job: Job
    provider: Provider
    recipients: list[Recipient]
    prepared: Prepared
    throwaway_key: bool


def refuse_finished(conn, day: date, resume: bool) -> None:
    """A finished send is never repeated; a started one continues only with --resume."""
    done = ledger.finished_at(conn, day)
    if done:
        raise DeliveryError(f"the issue of {day} was sent already: the send finished at {done} "
                            f"(see `newsletter send status {day}`)")
    if ledger.started(conn, day) and not resume:
        raise DeliveryError(f"a send of the issue of {day} started and did not finish (see `newsletter send status "
                            f"{day}`); continue it with --resume")


def run(ws: Workspace, day: date, provider_name: str | None = None, *, to_test: list[str] | None = None,
        resume: bool = False, force: bool = False, options: Options | None = None,
        confirm: Callable[[Plan], bool] | None = None, on_result: Callable[[Result], None] | None = None,
        on_plan: Callable[[Plan], None] | None = None, policy: RetryPolicy | None = None,
        sleep: Callable[[float], None] = time.sleep) -> Summary:
    """Send the issue of `day` (the policy, step by step: see the module docstring)."""
    conn = ws.connect()
    provider = make_provider(provider_name or ws.config.delivery.provider, ws.config, ws.root, options)
    records = provider.records and not to_test
    if records:
        refuse_finished(conn, day, resume)
    prepared = prepare(ws, day, force=force)
    approval.require(ws, conn, day, prepared.job, provider, test=bool(to_test))  # sign-off: approved == sent
    key, throwaway = tokens.signing_key(throwaway_ok=not records)
    job = prepared.job
    if to_test:
        job = as_test(job)
        recipients = test_recipients(ws, conn, to_test, key)
    else:
        recipients = list_recipients(ws, conn, key)
        if not recipients:
            raise DeliveryError("no active subscribers (add some with `newsletter subscribers add` or `import`)")
    plan = Plan(day, job, provider, recipients, prepared, throwaway)
    if on_plan:
        on_plan(plan)
    if confirm is not None and not confirm(plan):
        provider.close()
        return Summary(recipients=len(recipients), cancelled=True, finished=False)
    policy = policy or RetryPolicy(attempts=ws.config.delivery.retries)
    with provider:
        return deliver(conn, provider, job, recipients, records=records, policy=policy, on_result=on_result,
                       sleep=sleep)


def deliver(conn, provider: Provider, job: Job, recipients: list[Recipient], *, records: bool,
            policy: RetryPolicy, on_result: Callable[[Result], None] | None = None,
            sleep: Callable[[float], None] = time.sleep) -> Summary:
    """Deliver `job` to `recipients` in rounds (transient failures retried with backoff), keeping the ledger."""
    from newsletter.locks import lease

    start = time.perf_counter()
    summary = Summary(recipients=len(recipients))
    guard = lease(conn, ledger.lock_name(job.day), f"the send of {job.day}") if records else nullcontext()
    with guard as held:
        pending = recipients
        if records:
            ledger.start(conn, job.day, provider.name, job.subject, (r.email for r in recipients))
            owed = set(ledger.owed(conn, job.day))
            summary.skipped = sum(1 for r in recipients if r.email not in owed)
            pending = [r for r in recipients if r.email in owed]
        by_email = {r.email: r for r in pending}
        numbers = itertools.count(1)

        def before(batch: list[Recipient]) -> list[Recipient]:
            if not records:
                return batch
            still = subscribers.still_active(conn, [r.email for r in batch])
            gone = [r.email for r in batch if r.email.lower() not in still]
            if gone:
                ledger.mark_skipped(conn, job.day, gone, "left before delivery")
                summary.left += len(gone)
            batch = [r for r in batch if r.email.lower() in still]
            ledger.mark_batch(conn, job.day, [r.email for r in batch], next(numbers))
            held.beat()
            return batch

        attempt = 0
        while pending:
            final = attempt >= policy.attempts
            retry, floor = [], 0.0
            for results in provider.deliver(job, pending, before=before):
                outcomes = []
                for result in results:
                    outcomes.append(_outcome(job, result, final, attempt))
                    if result.ok:
                        summary.sent += 1
                    elif result.transient and not final:
                        retry.append(by_email[result.email])
                        floor = max(floor, result.retry_after or 0.0)
                    else:
                        summary.failed += 1
                        summary.failures.append((result.email, outcomes[-1].error or ""))
                if records:
                    ledger.record(conn, job.day, outcomes)
                for result in results:
                    if on_result:
                        on_result(result)
            if retry:
                attempt += 1
                sleep(policy.delay(attempt, floor))
            pending = retry
        summary.finished = ledger.finish(conn, job.day) if records else True
    summary.seconds = time.perf_counter() - start
    summary.bytes = getattr(provider, "bytes", 0)
    return summary


def _outcome(job: Job, result: Result, final: bool, attempt: int) -> ledger.Outcome:
    if result.ok:
        return ledger.Outcome(result.email, "sent", None, result.provider_id,
                              job.template.message_id(result.email))
    reason = redact(result.reason)
    if result.transient and not final:
        return ledger.Outcome(result.email, "failed", ledger.TRANSIENT + reason)
    if result.transient:
        reason = f"gave up after {attempt + 1} attempts: {reason}"
    return ledger.Outcome(result.email, "failed", reason)
