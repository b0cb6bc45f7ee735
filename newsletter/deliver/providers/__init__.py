"""The provider registry: name -> class. Config validation, `--provider` help, `make_provider` and the
sign-up mail all read it, so a new provider is one module plus one line here.

The names are known without importing anything: a provider's module (and the email, smtplib/ssl or HTTP code it
pulls in) is imported when its class is first looked up, so commands that only name providers, or validate
`delivery.provider`, start fast. `Options`, `Job`, `Provider`… are importable from here as before, loaded on
first use.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsletter.errors import NewsletterError, suggest

if TYPE_CHECKING:
    from newsletter.deliver.providers.base import Capabilities, Job, Options, Provider, Result

_MODULES: dict[str, tuple[str, str]] = {
    "dry-run": ("newsletter.deliver.providers.dryrun", "DryRunProvider"),
    "smtp": ("newsletter.deliver.providers.smtp", "SmtpProvider"),
    "sendgrid": ("newsletter.deliver.providers.sendgrid", "SendgridProvider"),
}
_BASE_NAMES = ("Capabilities", "Job", "Options", "Provider", "Result")


class _Registry(Mapping[str, "type[Provider]"]):
    """A read-only mapping whose keys cost nothing and whose values import their module on first access."""

    def __getitem__(self, name: str) -> type[Provider]:
        module, cls = _MODULES[name]
        return getattr(importlib.import_module(module), cls)

    def __iter__(self) -> Iterator[str]:
        return iter(_MODULES)

    def __len__(self) -> int:
        return len(_MODULES)

    def __contains__(self, name: object) -> bool:
        return name in _MODULES


REGISTRY: Mapping[str, type[Provider]] = _Registry()

__all__ = ["REGISTRY", "Capabilities", "Job", "Options", "Provider", "Result", "make_provider", "provider_class"]


def __getattr__(name: str) -> Any:
    if name in _BASE_NAMES:
        from newsletter.deliver.providers import base

        return getattr(base, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def provider_class(name: str) -> type[Provider]:
    if name not in REGISTRY:
        raise NewsletterError(f"unknown provider '{name}'{suggest(name, REGISTRY)}; choose one of "
                              f"{', '.join(REGISTRY)}")
    return REGISTRY[name]


def make_provider(name: str, config, root: Path, options: Options | None = None) -> Provider:
    """The provider called `name`, configured from newsletter.toml and secrets from the environment."""
    from newsletter.deliver.providers.base import Options

    options = options or Options()
    cls = provider_class(name)
    if options.sample is not None and cls.capabilities.records:
        raise NewsletterError(f"--sample is a dry-run option: a {name} send goes to every recipient or none "
                              f"(use --to-test to try a real provider)")
    if options.sandbox and not cls.capabilities.sandbox:
        raise NewsletterError(f"--sandbox: the {name} provider has no sandbox mode")
    return cls.from_config(config, root, options)
