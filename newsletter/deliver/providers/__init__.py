"""Providers by name: dry-run, smtp, sendgrid."""

from __future__ import annotations

from pathlib import Path

from newsletter.config import PROVIDERS, Config
from newsletter.deliver.providers.base import Job, Provider, Result
from newsletter.errors import NewsletterError, suggest

__all__ = ["Job", "Provider", "Result", "make_provider"]


def make_provider(name: str, config: Config, root: Path, *, sample: int | None = None,
                  sandbox: bool | None = None) -> Provider:
    """The provider called `name`, configured from newsletter.toml and secrets from the environment."""
    import os

    if name == "dry-run":
        from newsletter.deliver.providers.dryrun import DryRunProvider

        return DryRunProvider(root / config.delivery.outbox, sample=sample)
    if name == "smtp":
        from newsletter.deliver.providers.smtp import SmtpProvider

        return SmtpProvider(config.delivery.smtp, password=os.environ.get("NEWSLETTER_SMTP_PASSWORD", ""))
    if name == "sendgrid":
        from newsletter.config import secret
        from newsletter.deliver.providers.sendgrid import SendgridProvider

        settings = config.delivery.sendgrid
        return SendgridProvider(settings, secret("SENDGRID_API_KEY", "the sendgrid provider"),
                                sandbox=settings.sandbox if sandbox is None else sandbox)
    raise NewsletterError(f"unknown provider '{name}'{suggest(name, PROVIDERS)}; choose one of {', '.join(PROVIDERS)}")
