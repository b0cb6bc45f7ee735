"""The provider interface: a real backend that delivers a built issue to a list of recipients.

A provider yields one Result per recipient. A transient failure (timeout, dropped connection, 4xx SMTP
reply, HTTP 429/5xx) comes back as a Result with `transient=True`, and the send retries it with backoff;
a permanent failure for one recipient comes back as `ok=False`; a failure of the whole request that
retrying cannot fix (bad credentials, a rejected payload) raises ProviderError and stops the send.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from newsletter.render.message import MessageTemplate, Recipient


@dataclass
class Job:
    """What every provider gets: the built issue, once."""
    day: str
    template: MessageTemplate
    subject: str
    html: str
    text: str
    sender: str
    reply_to: str
    list_id: str
    unsubscribe_mailto: str = ""
    test: bool = False


@dataclass
class Result:
    email: str
    ok: bool
    transient: bool = False
    reason: str = ""
    provider_id: str | None = None
    retry_after: float | None = None


BeforeBatch = Callable[[list[str], int], None]


class Provider(ABC):
    name: str = ""
    records: bool = True
    """Whether what it does is a real delivery that the ledger records (dry-run and sandbox are not)."""

    def __enter__(self) -> Provider:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:  # noqa: B027 - optional hook, most providers hold nothing open
        """Release connections."""

    def describe(self) -> str:
        return self.name

    @abstractmethod
    def deliver(self, job: Job, recipients: list[Recipient], before: BeforeBatch | None = None) -> Iterator[Result]:
        """Deliver to `recipients`, yielding a Result for each as it is known."""
