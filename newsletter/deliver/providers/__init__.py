"""The provider registry: name -> class. Config validation, `--provider` help, `make_provider` and the
sign-up mail all read it, so a new provider is one module plus one line here."""

from __future__ import annotations

from pathlib import Path

from newsletter.deliver.providers.base import Capabilities, Job, Options, Provider, Result
from newsletter.deliver.providers.dryrun import DryRunProvider
from newsletter.deliver.providers.sendgrid import SendgridProvider
from newsletter.deliver.providers.smtp import SmtpProvider
from newsletter.errors import NewsletterError, suggest

REGISTRY: dict[str, type[Provider]] = {
    "dry-run": DryRunProvider,
    "smtp": SmtpProvider,
    "sendgrid": SendgridProvider,
}

__all__ = ["REGISTRY", "Capabilities", "Job", "Options", "Provider", "Result", "make_provider", "provider_class"]


def provider_class(name: str) -> type[Provider]:
    try:
        return REGISTRY[name]
    except KeyError:
        raise NewsletterError(f"unknown provider '{name}'{suggest(name, REGISTRY)}; choose one of "
                              f"{', '.join(REGISTRY)}") from None


def make_provider(name: str, config, root: Path, options: Options | None = None) -> Provider:
    """The provider called `name`, configured from newsletter.toml and secrets from the environment."""
    options = options or Options()
    cls = provider_class(name)
    if options.sample is not None and cls.capabilities.records:
        raise NewsletterError(f"--sample is a dry-run option: a {name} send goes to every recipient or none "
                              f"(use --to-test to try a real provider)")
    if options.sandbox and not cls.capabilities.sandbox:
        raise NewsletterError(f"--sandbox: the {name} provider has no sandbox mode")
    return cls.from_config(config, root, options)
