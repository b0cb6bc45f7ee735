"""The commented newsletter.toml that `newsletter init` writes, generated from the schema's docstrings."""

from __future__ import annotations

import ast
import dataclasses
import inspect
import itertools
import json
from functools import cache

from newsletter import config as schema

SECTIONS = {
    "newsletter": schema.NewsletterSettings,
    "selection": schema.SelectionSettings,
    "build": schema.BuildSettings,
    "delivery": schema.DeliverySettings,
    "delivery.smtp": schema.SmtpSettings,
    "delivery.sendgrid": schema.SendgridSettings,
    "web": schema.WebSettings,
    "database": schema.DatabaseSettings,
    "theme": schema.ThemeSettings,
}


@cache
def field_docs(cls: type) -> dict[str, str]:
    """The docstring under each field of a dataclass (attribute docstrings, PEP 257 style)."""
    tree = ast.parse(inspect.getsource(cls))
    body = tree.body[0].body  # type: ignore[attr-defined]
    docs: dict[str, str] = {}
    for node, following in itertools.pairwise(body):
        if isinstance(node, ast.AnnAssign) and isinstance(following, ast.Expr):
            value = following.value
            if isinstance(value, ast.Constant) and isinstance(value.value, str):
                docs[node.target.id] = value.value  # type: ignore[union-attr]
    return docs


def _toml(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return json.dumps(value, ensure_ascii=False)


def config_text(name: str) -> str:
    lines = ["# newsletter workspace settings. Secrets (API keys, the SMTP password, NEWSLETTER_SECRET)",
             "# come from the environment, never from this file.", ""]
    for section, cls in SECTIONS.items():
        lines.append(f"[{section}]")
        docs = field_docs(cls)
        for f in dataclasses.fields(cls):
            if dataclasses.is_dataclass(f.type) or f.name in ("smtp", "sendgrid"):
                continue
            default = f.default if f.default is not dataclasses.MISSING else f.default_factory()  # type: ignore[misc]
            if section == "newsletter" and f.name == "name":
                default = name
            if f.name in docs:
                lines.append(f"# {docs[f.name]}")
            lines.append(f"{f.name} = {_toml(default)}")
        lines.append("")
    return "\n".join(lines + SOURCES_EXAMPLE)


# `[[sources]]`: read by a bare `newsletter ingest` (and `newsletter daily`); one table per source.
SOURCES_EXAMPLE = [
    "# Sources read by a bare `newsletter ingest`, one [[sources]] table each: `url` (a feed or page, http(s)) or",
    "# `path` (a file or folder, relative to this file), and optionally `name` (the publication shown on its",
    "# items), `section` (where its articles go when they name none) and `format` (text, markdown, html, feed, json).",
    "# [[sources]]",
    "# url = \"https://example.com/feed.xml\"",
    "# name = \"Example Wire\"",
    "# section = \"World\"",
    "",
]
