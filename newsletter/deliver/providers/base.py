"""The provider interface: a template method that every backend fills in (django-anymail's shape).

    deliver(job, recipients, before)
        for each batch of at most `capabilities.max_batch` recipients:
            before(batch)                       the ledger marks the batch; it may drop people who left meanwhile
            payload  = build_payload(job, batch)
            response = post(payload)            the only step that talks to the outside world
            yield parse_results(response, batch)   one list of Results, recorded by the caller in one transaction
        an exception from those steps goes through classify(): transient -> every recipient of the batch is
        retried later; unanswered (the request went out, no answer came) -> the batch is recorded as such and the
        send stops, as a retry could deliver it twice; anything else stops the send (ProviderError), never a
        silent success

A provider whose unit of work is one message (SMTP) overrides `deliver`: each message is a batch of its own,
checked by `before` when a connection is free for it, and its result is yielded (and recorded by the caller) before
that connection starts the next.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from email.message import EmailMessage
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from newsletter.errors import ProviderError, TransientProviderError, UnansweredProviderError, redact

if TYPE_CHECKING:
    from newsletter.render.build import Build
    from newsletter.render.message import MessageTemplate, Recipient


@dataclass
class Job:
    """What every provider gets, once: the build (the artefact `render` made), the MIME template dated for this
    send, and who it is from."""
    day: date
    build: Build
    template: MessageTemplate
    subject: str
    sender: str
    reply_to: str
    list_id: str
    unsubscribe_mailto: str = ""
    test: bool = False
    first_name_fallback: str = ""
    """What a reader without a name is called where the theme greets by first name (part of what is approved)."""

    @property
    def html(self) -> str:
        return self.build.html

    @property
    def text(self) -> str:
        return self.build.text


@dataclass
class Result:
    email: str
    ok: bool
    transient: bool = False
    reason: str = ""
    provider_id: str | None = None
    retry_after: float | None = None
    unanswered: bool = False
    """The request went out and no answer came back: the provider may have delivered it."""


@dataclass(frozen=True)
class Capabilities:
    """What a provider can honour; a request beyond it fails loudly instead of being dropped."""
    max_batch: int = 1
    """Recipients per request."""
    sandbox: bool = False
    """It can validate a send without delivering."""
    schedule: bool = False
    """It can hold a send until a given time."""
    max_categories: int | None = None
    """How many categories (tags) a message may carry; None: categories are not supported."""
    records: bool = True
    """Whether what it does is a real delivery that the ledger records (dry-run is not)."""


BeforeBatch = Callable[[list["Recipient"]], list["Recipient"]]


@dataclass
class Options:
    """Per-send choices from the command line, checked against the provider's capabilities."""
    sample: int | None = None
    sandbox: bool | None = None
    extra: dict[str, Any] = field(default_factory=dict)


class Provider(ABC):
    name: ClassVar[str] = ""
    capabilities: ClassVar[Capabilities] = Capabilities()

    # -- construction -------------------------------------------------------------------------------------------
    @classmethod
    @abstractmethod
    def from_config(cls, config: Any, root: Path, options: Options) -> Provider:
        """The provider configured from newsletter.toml, secrets from the environment."""

    @property
    def records(self) -> bool:
        return self.capabilities.records

    def __enter__(self) -> Provider:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:  # noqa: B027 - optional hook, most providers hold nothing open
        """Release connections."""

    def drain(self) -> Iterator[list[Result]]:
        """The send stops: start nothing new, and yield the results of the work still under way (a provider that
        works on one unit at a time has none: its caller already has every result)."""
        return iter(())

    def describe(self) -> str:
        return self.name

    def kept(self) -> str | None:
        """For a provider that delivers nothing: where it kept the messages (shown instead of 'sent')."""
        return None

    @property
    def batch_size(self) -> int:
        return self.capabilities.max_batch

    # -- the template method ------------------------------------------------------------------------------------
    def deliver(self, job: Job, recipients: list[Recipient],
                before: BeforeBatch | None = None) -> Iterator[list[Result]]:
        """Deliver to `recipients`, yielding the Results of each unit of work as soon as they are known."""
        size = max(1, self.batch_size)
        for start in range(0, len(recipients), size):
            batch = recipients[start:start + size]
            if before is not None:
                batch = before(batch)
            if batch:
                yield from self.send_batch(job, batch)

    def send_batch(self, job: Job, batch: list[Recipient]) -> Iterator[list[Result]]:
        """One request for the batch: payload, post, per-recipient results."""
        try:
            payload = self.build_payload(job, batch)
            response = self.post(payload)
            results = self.parse_results(response, batch)
        except Exception as exc:
            failure = self.classify(exc)
            if isinstance(failure, UnansweredProviderError):
                # recorded as such (never resent on its own), then the send stops: the editor decides
                yield [Result(r.email, ok=False, unanswered=True, reason=redact(failure.reason)) for r in batch]
                raise self.unanswered_stop(failure.reason, len(batch)) from exc
            if not isinstance(failure, TransientProviderError):
                raise failure from exc
            results = [Result(r.email, ok=False, transient=True, reason=redact(failure.reason),
                              retry_after=failure.retry_after) for r in batch]
        yield results

    def unanswered_stop(self, reason: str, count: int) -> UnansweredProviderError:
        """What stops a send after a request that got no answer (its results are recorded first)."""
        whom = "its recipient is" if count == 1 else f"its {count} recipients are"
        return UnansweredProviderError(self.name, f"{reason}; {whom} not sent it again unless you ask: check the "
                                       f"provider's log, then continue with --resume (the others only: once that "
                                       f"send finishes, they are left out for good) or --resume --resend-unanswered "
                                       f"(them too)")

    def build_payload(self, job: Job, batch: list[Recipient]) -> Any:
        raise NotImplementedError(f"{self.name} implements send_batch instead")

    def post(self, payload: Any) -> Any:
        raise NotImplementedError(f"{self.name} implements send_batch instead")

    def parse_results(self, response: Any, batch: list[Recipient]) -> list[Result]:
        raise NotImplementedError(f"{self.name} implements send_batch instead")

    def classify(self, exc: Exception) -> ProviderError:
        """An exception raised while sending, as a ProviderError: transient ones are retried, others stop."""
        if isinstance(exc, ProviderError):
            return exc
        return ProviderError(self.name, f"unexpected failure: {type(exc).__name__}: {exc}")

    # -- one message on its own (sign-up confirmations) ---------------------------------------------------------
    @abstractmethod
    def send_message(self, message: EmailMessage) -> None:
        """Send one complete message (a transactional mail), raising ProviderError when it is refused."""
