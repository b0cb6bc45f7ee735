"""Sending an issue: the whole policy in one function, `run`, and the delivery loop it ends with.

    run(ws, day, provider_name, ...)
        prepare   the build in dist/ when current, else a fresh one; the issue file's own checks
        refuse    build errors, too few items, a finished send, a send already under way, an unfit provider option
        approve   a real send only of exactly what the editor approved (newsletter/approval.py)
        sign      the key for unsubscribe links (a dry run may use a throwaway one)
        choose    active subscribers, one per person (or the --to-test addresses, less any that left the list)
        confirm   the caller's callback sees what would happen and may say no
        deliver   batch by batch under a lease in the database, each unit of work recorded at once
        finish    only when nobody is owed the issue any more
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable, Iterator
from contextlib import nullcontext
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from newsletter import approval, clock, issuefile
from newsletter.deliver import ledger, subscribers, tokens
from newsletter.deliver.providers import Job, Options, Provider, Result, make_provider
from newsletter.deliver.retry import RetryPolicy
from newsletter.deliver.stopping import StopRequest, stop_on_signals
from newsletter.errors import DeliveryError, redact
from newsletter.render.message import Recipient, make_template, with_subject_prefix
from newsletter.workspace import Workspace

if TYPE_CHECKING:
    from newsletter.render.build import Build


def prepare(ws: Workspace, day: date, force: bool = False, built: Build | None = None) -> Job:
    """The built issue (`built`, else the current build) as a Job, refused when the issue is not fit to send."""
    from newsletter.compose import known_sections
    from newsletter.render.build import current_build

    config = ws.config
    # What `issue check` calls an error is never sent, --force or not.
    issue = issuefile.load_checked(issuefile.issue_path(ws.issues_dir, day), known_sections(ws))
    built = built or current_build(ws, day)
    if built.unsafe:
        raise DeliveryError(f"the build of {day} carries what no reader may get: {'; '.join(built.unsafe)} (--force "
                            f"does not override this)")
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
                             unsubscribe_mailto=config.delivery.unsubscribe_mailto, slots=built.slots)
    return Job(day=day, build=built, template=template, subject=issue.subject, sender=n.sender, reply_to=n.reply_to,
               list_id=config.list_id, unsubscribe_mailto=config.delivery.unsubscribe_mailto,
               first_name_fallback=config.build.first_name_fallback)


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
    """Every active subscriber, one per person whatever the letter case of their address (held in memory: for
    tests and small lists; a send streams them page by page)."""
    sign = Signer(ws, key)
    return [sign(s.email, s.name, s.id) for page in subscribers.active_pages(conn) for s in page]


def test_recipients(ws: Workspace, conn, addresses: list[str],
                    key: str) -> tuple[list[Recipient], list[tuple[str, str]]]:
    """(recipients, withheld): one test copy per person among `addresses`, and (address, status) for each that
    unsubscribed, bounced or complained, who gets none. An address the list does not hold gets its copy (an
    editor's own inbox)."""
    sign = Signer(ws, key)
    out: dict[str, Recipient] = {}
    withheld: dict[str, tuple[str, str]] = {}
    for address in addresses:
        email = subscribers.normalise(address)
        if email.lower() in out or email.lower() in withheld:
            continue
        known = subscribers.get(conn, email)
        if known and known.status in subscribers.SUPPRESSED:
            withheld[email.lower()] = (email, known.status)
        else:
            out[email.lower()] = sign(known.email, known.name, known.id) if known else sign(email, "")
    return list(out.values()), list(withheld.values())


def withheld_line(email: str, status: str) -> str:
    """Why an address got no test copy, in one line."""
    return f"skipped {email}: it {status}, and an address that left the list gets no test copy"


PAGE = 1000
"""Recipients read from the database at a time: memory stays flat whatever the size of the list."""


class Audience:
    """Who a send goes to, one page at a time, round after round (a round retries transient failures)."""

    unanswered = False
    """Whether the recipients of requests the provider never answered are owed the issue again."""

    def pages(self) -> Iterator[list[Recipient]]:
        raise NotImplementedError

    def retry_later(self, recipient: Recipient) -> None:
        """A transient failure: the recipient is owed another try in the next round."""

    def retries(self) -> bool:
        raise NotImplementedError


class ListAudience(Audience):
    """An explicit list (test sends, tests), held in memory."""

    def __init__(self, recipients: list[Recipient]):
        self.current = recipients
        self.next: list[Recipient] = []

    def pages(self) -> Iterator[list[Recipient]]:
        current, self.next = self.current, []
        for start in range(0, len(current), PAGE):
            yield current[start:start + PAGE]
        self.current = self.next

    def retry_later(self, recipient: Recipient) -> None:
        self.next.append(recipient)

    def retries(self) -> bool:
        return bool(self.current)


class SubscriberAudience(Audience):
    """Every active subscriber, read in pages (a dry run: nothing is recorded, nothing is retried)."""

    def __init__(self, conn, sign: Signer):
        self.conn, self.sign = conn, sign

    def pages(self) -> Iterator[list[Recipient]]:
        for page in subscribers.active_pages(self.conn, PAGE):
            yield [self.sign(s.email, s.name, s.id) for s in page]

    def retries(self) -> bool:
        return False


class LedgerAudience(Audience):
    """Everyone the ledger says is owed the issue, read in pages; a round's transient failures are owed again."""

    def __init__(self, conn, day: date, sign: Signer, unanswered: bool = False):
        self.conn, self.day, self.sign, self.unanswered = conn, day, sign, unanswered
        self.owed_again = 0

    def pages(self) -> Iterator[list[Recipient]]:
        self.owed_again = 0
        for page in ledger.owed_pages(self.conn, self.day, PAGE, self.unanswered):
            yield [self.sign(email, name, subscriber_id) for email, name, subscriber_id in page]

    def retry_later(self, recipient: Recipient) -> None:
        self.owed_again += 1

    def retries(self) -> bool:
        return self.owed_again > 0


@dataclass
class Summary:
    recipients: int = 0
    sent: int = 0
    failed: int = 0
    skipped: int = 0
    """Already had it (a resumed send)."""
    left: int = 0
    """Unsubscribed, bounced or complained while the send ran: not mailed."""
    withheld: list[tuple[str, str]] = field(default_factory=list)
    """A test send's (address, status) for each address that unsubscribed, bounced or complained: not mailed."""
    seconds: float = 0.0
    bytes: int = 0
    finished: bool = True
    cancelled: bool = False
    failures: list[tuple[str, str]] = field(default_factory=list)

    def to_json(self) -> dict:
        return {"recipients": self.recipients, "sent": self.sent, "failed": self.failed, "skipped": self.skipped,
                "left": self.left, "finished": self.finished, "seconds": round(self.seconds, 3),
                "withheld": [{"email": e, "status": s} for e, s in self.withheld],
                "failures": [{"email": e, "reason": r} for e, r in self.failures]}


@dataclass
class Plan:
    """What is about to happen, for the confirmation callback and the report."""
    day: date
    job: Job
    provider: Provider
    count: int
    """How many people it goes to (still owed it, on a resumed send)."""
    throwaway_key: bool
    audience: Audience
    withheld: list[tuple[str, str]] = field(default_factory=list)
    """A test send's addresses that left the list (address, status): they get no copy."""


def refuse_finished(conn, day: date, resume: bool) -> None:
    """A finished send is never repeated; a started one continues only with --resume."""
    done = ledger.finished_at(conn, day)
    if done:
        raise DeliveryError(f"the issue of {day} was sent already: the send finished at {done} "
                            f"(see `newsletter send status {day}`)")
    if ledger.started(conn, day) and not resume:
        from newsletter.locks import LockedError, held_by

        if holder := held_by(conn, ledger.lock_name(day)):  # (not interrupted: under way in another process)
            raise LockedError(f"the send of {day} is already running: {holder} (wait for it, or stop that process)")
        raise DeliveryError(f"a send of the issue of {day} started and did not finish (see `newsletter send status "
                            f"{day}`); continue it with --resume")


def run(ws: Workspace, day: date, provider_name: str | None = None, *, to_test: list[str] | None = None,
        resume: bool = False, resend_unanswered: bool = False, force: bool = False, send_changed: bool = False,
        options: Options | None = None,
        confirm: Callable[[Plan], bool] | None = None, on_result: Callable[[Result], None] | None = None,
        on_plan: Callable[[Plan], None] | None = None, policy: RetryPolicy | None = None,
        sleep: Callable[[float], None] | None = None, on_stop: Callable[[], None] | None = None) -> Summary:
    """Send the issue of `day` (the policy, step by step: see the module docstring)."""
    for flag, given in (("--resend-unanswered", resend_unanswered), ("--send-changed", send_changed)):
        if given and (not resume or to_test):
            raise DeliveryError(f"{flag} goes with --resume, on a real send")
    conn = ws.connect()
    provider = make_provider(provider_name or ws.config.delivery.provider, ws.config, ws.root, options)
    records = provider.records and not to_test
    if records:
        refuse_finished(conn, day, resume)
    job = prepare(ws, day, force=force)
    if records and resume:
        _same_as_started(ws, conn, day, job, send_changed)
    approval.require(ws, conn, day, job, provider, test=bool(to_test))  # sign-off: approved == sent
    key, throwaway = tokens.signing_key(throwaway_ok=not records)
    plan = _plan(ws, conn, day, job, provider, to_test, records, Signer(ws, key), throwaway, resend_unanswered)
    if on_plan:
        on_plan(plan)
    if confirm is not None:
        if not confirm(plan):
            provider.close()
            return Summary(recipients=plan.count, cancelled=True, finished=False, withheld=list(plan.withheld))
        try:
            _unchanged_since_asked(ws, conn, day, plan.job, provider, test=bool(to_test))
        except DeliveryError:
            provider.close()
            raise
    policy = policy or RetryPolicy(attempts=ws.config.delivery.retries)
    with provider:
        summary = deliver(conn, provider, plan.job, plan.audience, records=records, policy=policy,
                          on_result=on_result, sleep=sleep, on_stop=on_stop)
    summary.withheld[:0] = plan.withheld
    return summary


def _same_as_started(ws: Workspace, conn, day: date, job: Job, send_changed: bool) -> None:
    """A resumed send goes on with the email it started with: an issue edited since would reach the rest of the list
    as another version than the first part got. --send-changed sends the rest the new one, where no approval is
    required (an approval is of one email, and a sent issue is never approved again); --force, which overrides a
    build's errors, never says yes to this too."""
    started = ledger.started_with(conn, day)
    if not started or started == approval.fingerprint(job):
        return
    approved = ws.config.delivery.require_approval
    if send_changed and not approved:
        return
    if approved:  # (`issue diff` compares with the approval, which is of the email the send started with)
        way = f" (`newsletter issue diff {day}` shows it)" + (
            "; --send-changed does not apply: [delivery] require_approval is on, and an approval is of one email"
            if send_changed else "")
    else:
        way = f", or send the rest the new one with `newsletter send {day} --resume --send-changed`"
    raise DeliveryError(f"the email of {day} differs from the one its send started with (the issue file, templates/, "
                        f"newsletter.toml or the tool changed since): the people it reached got the earlier one; undo "
                        f"the change{way}")


def _unchanged_since_asked(ws: Workspace, conn, day: date, job: Job, provider: Provider, test: bool) -> None:
    """While the editor was asked, another editor may have changed or approved the issue again: what was shown
    is sent only if it is still the issue, and still what is approved."""
    from newsletter.render.build import fingerprint

    if fingerprint(ws, day) != job.build.fingerprint:
        raise DeliveryError(f"the issue of {day} changed while the send waited for your answer; nothing was sent: "
                            f"run the send again")
    if not test:
        approval.require(ws, conn, day, job, provider, test=False)


def _plan(ws: Workspace, conn, day: date, job: Job, provider: Provider, to_test: list[str] | None,
          records: bool, sign: Signer, throwaway: bool, unanswered: bool = False) -> Plan:
    """Who the send goes to: the test addresses, the ledger (a real send) or every active subscriber (a dry run)."""
    audience: Audience
    withheld: list[tuple[str, str]] = []
    if to_test:
        job = as_test(job)
        people, withheld = test_recipients(ws, conn, to_test, sign.key)
        if not people:
            raise DeliveryError("no test copy sent: every address left the list ("
                                + ", ".join(f"{e} {s}" for e, s in withheld) + ")")
        audience, count = ListAudience(people), len(people)
    elif records:
        audience = LedgerAudience(conn, day, sign, unanswered)
        count = ledger.count_owed(conn, day, unanswered) if ledger.started(conn, day) \
            else subscribers.count_active(conn)
    else:
        audience, count = SubscriberAudience(conn, sign), subscribers.count_active(conn)
    if not count and not ledger.started(conn, day):
        raise DeliveryError("no active subscribers (add some with `newsletter subscribers add` or `import`)")
    return Plan(day, job, provider, count, throwaway, audience, withheld)


def deliver(conn, provider: Provider, job: Job, audience: Audience, *, records: bool,
            policy: RetryPolicy, on_result: Callable[[Result], None] | None = None,
            sleep: Callable[[float], None] | None = None, on_stop: Callable[[], None] | None = None) -> Summary:
    """Deliver `job` to the audience in rounds (transient failures retried with backoff), keeping the ledger.
    Ctrl-C or SIGTERM stops it after recording what was under way (stopping.py; `on_stop` hears of it first),
    with KeyboardInterrupt."""
    from newsletter.locks import lease

    start = time.perf_counter()
    summary = Summary()
    guard = lease(conn, ledger.lock_name(job.day), f"the send of {job.day}") if records else nullcontext()
    with guard as held, stop_on_signals(on_stop) as stop:
        if records:
            ledger.start(conn, job.day, provider.name, job.subject, approval.fingerprint(job))
            state = ledger.status(conn, job.day)
            summary.recipients = sum(state.counts.values())
            summary.skipped = summary.recipients - ledger.count_owed(conn, job.day, audience.unanswered)
        before = _before(conn, job, summary, held) if records else None
        if job.test:
            before = _test_before(conn, summary)
        attempt = 0
        while True:
            final = attempt >= policy.attempts
            floor = _round(provider, job, audience, before, records, final, attempt, summary, conn, on_result, stop)
            if not audience.retries():
                break
            attempt += 1
            (sleep or stop.sleep)(policy.delay(attempt, floor))
            if stop.requested:
                stop.announce()
                raise KeyboardInterrupt
        summary.finished = ledger.finish(conn, job.day) if records else True
    if not records:
        summary.recipients = summary.sent + summary.failed
    summary.seconds = time.perf_counter() - start
    summary.bytes = getattr(provider, "bytes", 0)
    return summary


def _before(conn, job: Job, summary: Summary, held) -> Callable[[list[Recipient]], list[Recipient]]:
    """Just before a batch goes out: drop those who left meanwhile, number the batch, show the lease is alive."""
    numbers = itertools.count(1)

    def before(batch: list[Recipient]) -> list[Recipient]:
        still = subscribers.still_active(conn, [r.email for r in batch])
        gone = [r.email for r in batch if r.email.lower() not in still]
        if gone:
            ledger.mark_skipped(conn, job.day, gone, "left before delivery")
            summary.left += len(gone)
        batch = [r for r in batch if r.email.lower() in still]
        ledger.mark_batch(conn, job.day, [r.email for r in batch], next(numbers))
        held.beat()
        return batch

    return before


def _test_before(conn, summary: Summary) -> Callable[[list[Recipient]], list[Recipient]]:
    """Just before a test batch goes out: drop any address that unsubscribed, bounced or complained meanwhile."""

    def before(batch: list[Recipient]) -> list[Recipient]:
        gone = subscribers.suppressed_among(conn, [r.email for r in batch])
        summary.withheld += [(r.email, gone[r.email.lower()]) for r in batch if r.email.lower() in gone]
        return [r for r in batch if r.email.lower() not in gone]

    return before


def _round(provider: Provider, job: Job, audience: Audience, before, records: bool, final: bool, attempt: int,
           summary: Summary, conn, on_result, stop: StopRequest) -> float:
    """One pass over everyone owed the issue; returns the least wait a server asked for before the next. Asked to
    stop, it records what the provider still had under way, then raises KeyboardInterrupt."""
    floor = 0.0

    def take(results: list[Result], by_email: dict[str, Recipient]) -> None:
        nonlocal floor
        outcomes = [_outcome(job, result, final, attempt) for result in results]
        for result, outcome in zip(results, outcomes, strict=True):
            if result.ok:
                summary.sent += 1
            elif result.transient and not final:
                audience.retry_later(by_email[result.email])
                floor = max(floor, result.retry_after or 0.0)
            else:
                summary.failed += 1
                summary.failures.append((result.email, outcome.error or ""))
        if records:
            ledger.record(conn, job.day, outcomes)
        if on_result:
            for result in results:
                on_result(result)

    for page in audience.pages():
        by_email = {r.email: r for r in page}
        for results in provider.deliver(job, page, before=before):
            take(results, by_email)
            if stop.requested:
                stop.announce()
                for results in provider.drain():
                    take(results, by_email)
                raise KeyboardInterrupt
    return floor


def _outcome(job: Job, result: Result, final: bool, attempt: int) -> ledger.Outcome:
    if result.ok:
        return ledger.Outcome(result.email, "sent", None, result.provider_id,
                              job.template.message_id(result.email))
    reason = redact(result.reason)
    if result.unanswered:
        return ledger.Outcome(result.email, "failed", ledger.UNANSWERED + reason)
    if result.transient and not final:
        return ledger.Outcome(result.email, "failed", ledger.TRANSIENT + reason)
    if result.transient:
        reason = f"gave up after {attempt + 1} attempts: {reason}"
    return ledger.Outcome(result.email, "failed", reason)
