"""dry-run: contacts nobody; writes every message, exactly as it would be sent, to the outbox."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from newsletter.deliver.providers.base import BeforeBatch, Job, Provider, Result
from newsletter.render.message import Recipient


class DryRunProvider(Provider):
    name = "dry-run"
    records = False

    def __init__(self, outbox: Path, sample: int | None = None):
        self.outbox = outbox
        self.sample = sample
        self.written: list[Path] = []
        self.folder: Path | None = None
        self.bytes = 0

    def describe(self) -> str:
        return f"dry-run (writes to {self.outbox})"

    def deliver(self, job: Job, recipients: list[Recipient], before: BeforeBatch | None = None) -> Iterator[Result]:
        folder = self.folder = self.outbox / (job.day + ("-test" if job.test else ""))
        folder.mkdir(parents=True, exist_ok=True)
        for old in folder.glob("*.eml"):  # a previous dry run of the same issue
            old.unlink()
        for number, recipient in enumerate(recipients, 1):
            message = job.template.personalise(recipient)
            self.bytes += len(message)
            if self.sample is None or number <= self.sample:
                safe = re.sub(r"[^A-Za-z0-9@._+-]", "_", recipient.email)
                path = folder / f"{number:06d}-{safe}.eml"
                path.write_bytes(message)
                self.written.append(path)
            yield Result(recipient.email, ok=True)
