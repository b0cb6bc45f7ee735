"""dry-run: contacts nobody; writes every message, exactly as it would be sent, to the outbox."""

from __future__ import annotations

import re
from email.message import EmailMessage
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsletter import clock
from newsletter.deliver.providers.base import Capabilities, Job, Options, Provider, Result

if TYPE_CHECKING:
    from newsletter.render.message import Recipient

_UNSAFE = re.compile(r"[^A-Za-z0-9@._+-]")


def file_name(email: str) -> str:
    """A file-name-safe form of an address (no path separators, no leading dot)."""
    return _UNSAFE.sub("_", email).lstrip(".") or "_"


class DryRunProvider(Provider):
    name = "dry-run"
    capabilities = Capabilities(max_batch=500, records=False)

    def __init__(self, outbox: Path, sample: int | None = None):
        self.outbox = outbox
        self.sample = sample
        self.written: list[Path] = []
        self.folder: Path | None = None
        self.bytes = 0
        self.count = 0

    @classmethod
    def from_config(cls, config: Any, root: Path, options: Options) -> DryRunProvider:
        return cls(root / config.delivery.outbox, sample=options.sample)

    def describe(self) -> str:
        return f"dry-run (writes to {self.outbox})"

    def kept(self) -> str:
        return f"{len(self.written)} written to {self.folder or self.outbox}"

    def _folder(self, job: Job) -> Path:
        if self.folder is None:
            self.folder = self.outbox / (job.day.isoformat() + ("-test" if job.test else ""))
            self.folder.mkdir(parents=True, exist_ok=True)
            for old in self.folder.glob(f"{'[0-9]' * 6}-*.eml"):  # a previous dry run's files, named as it names them
                old.unlink()
        return self.folder

    def build_payload(self, job: Job, batch: list[Recipient]) -> list[tuple[Path | None, bytes | int, str]]:
        folder = self._folder(job)
        payload = []
        for recipient in batch:
            self.count += 1
            if self.sample is None or self.count <= self.sample:
                path = folder / f"{self.count:06d}-{file_name(recipient.email)}.eml"
                payload.append((path, job.template.personalise(recipient), recipient.email))
            else:  # personalised all the same, to know its exact size; only the sample is written
                payload.append((None, job.template.size(recipient), recipient.email))
        return payload

    def post(self, payload: list[tuple[Path | None, bytes | int, str]]) -> list[str]:
        for path, message, _ in payload:
            if isinstance(message, int):
                self.bytes += message
                continue
            self.bytes += len(message)
            path.write_bytes(message)  # type: ignore[union-attr]
            self.written.append(path)  # type: ignore[arg-type]
        return [email for _, _, email in payload]

    def parse_results(self, response: list[str], batch: list[Recipient]) -> list[Result]:
        return [Result(email, ok=True) for email in response]

    def send_message(self, message: EmailMessage) -> None:
        folder = self.outbox / "transactional"
        folder.mkdir(parents=True, exist_ok=True)
        stamp = clock.now().strftime("%Y%m%dT%H%M%S%f")
        (folder / f"{stamp}-{file_name(str(message['To']))}.eml").write_bytes(bytes(message))
