"""Every error the library raises derives from NewsletterError.

The CLI turns them into one line, `Error: <message>`, and a non-zero exit; the library never prints.
Messages name the file, line or field at fault, so the user knows where to look.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

SECRET_VARIABLES = ("SENDGRID_API_KEY", "NEWSLETTER_SMTP_PASSWORD", "NEWSLETTER_SECRET")
"""Environment variables whose values never appear in anything the tool prints or logs."""


class NewsletterError(Exception):
    """Base class: the message is shown to the user as it is."""


def where(path: Path | str, line: int | None = None) -> str:
    """`file` or `file:line`, for messages."""
    return f"{path}:{line}" if line else str(path)


class WorkspaceError(NewsletterError):
    """No workspace found, or it cannot be created."""


class ConfigError(NewsletterError):
    """newsletter.toml is unreadable or invalid; `problems` lists every one found."""

    def __init__(self, path: Path, problems: list[str]):
        self.path = path
        self.problems = problems
        super().__init__(f"{path}: " + "; ".join(problems))


class SourceError(NewsletterError):
    """An ingestion source could not be read."""

    def __init__(self, source: str, reason: str):
        self.source = source
        self.reason = reason
        super().__init__(f"{source}: {reason}")


class NotFoundError(NewsletterError):
    """An id, date, section or address that does not exist (with a suggestion where one is close)."""


class IssueFileError(NewsletterError):
    """An issue file is malformed; names the file and line."""

    def __init__(self, path: Path, message: str, line: int | None = None):
        self.path = path
        self.line = line
        super().__init__(f"{where(path, line)}: {message}")


class ComposeError(NewsletterError):
    """An issue cannot be created or edited as asked."""


class BuildError(NewsletterError):
    """A template, MJML or check failure while building."""


class PreviewError(NewsletterError):
    """The live preview cannot start (a port out of range or in use)."""


class SubscriberError(NewsletterError):
    """An invalid address or subscriber file."""


class DeliveryError(NewsletterError):
    """A send refused or stopped."""


class ProviderError(DeliveryError):
    """The provider refused a request; carries its status and response body where it has one."""

    def __init__(self, provider: str, message: str, status: int | None = None, body: str = ""):
        self.provider = provider
        self.reason = message
        self.status = status
        self.body = body
        detail = f" (status {status})" if status is not None else ""
        super().__init__(f"{provider}{detail}: {message}")


class UnansweredProviderError(ProviderError):
    """The request went out and no answer came back (a read timeout, a dropped connection): the provider may have
    accepted it. Never retried on its own, so nobody gets a second copy by a retry."""


class TransientProviderError(ProviderError):
    """A failure worth retrying: timeouts, dropped connections, 4xx SMTP replies, 429/5xx HTTP answers."""

    def __init__(self, provider: str, message: str, status: int | None = None, body: str = "",
                 retry_after: float | None = None):
        super().__init__(provider, message, status, body)
        self.retry_after = retry_after


def suggest(word: str, choices: list[str] | set[str]) -> str:
    """` (did you mean 'x'?)` when a close match exists, else ``."""
    import difflib

    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""


def redact(text: str) -> str:
    """`text` with every secret from the environment replaced by `[redacted]`, whatever echoed it."""
    for name in SECRET_VARIABLES:
        for value in re.split(r"[\s,]+", os.environ.get(name, "")):
            if len(value) >= 4:  # a one-letter "secret" would redact half the message
                text = text.replace(value, "[redacted]")
    return text
