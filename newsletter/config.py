"""newsletter.toml: a small typed schema, validated on load, every problem reported at once.

Each section is a dataclass; each field's docstring is the comment that `newsletter init` writes.
Secrets never live here: they come from the environment (see `secret()`).
"""

from __future__ import annotations

import dataclasses
import functools
import os
import re
import tomllib
import typing
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from newsletter.errors import ConfigError, NewsletterError, suggest
from newsletter.printable import control_character


@dataclass
class NewsletterSettings:
    name: str = "My Newsletter"
    """The newsletter's name, shown in the header and the From line."""
    sender: str = "newsletter@example.com"
    """The From address, optionally with a display name: `Name <address>`."""
    reply_to: str = ""
    """Where replies go (empty: to the sender)."""
    postal_address: str = ""
    """The sender's postal address; anti-spam law requires it in every email."""
    base_url: str = "https://example.com/newsletter"
    """Where the web archive and the subscriber pages live (https)."""
    timezone: str = "UTC"
    """The editor's time zone: it decides what 'today' is."""
    language: str = "en"
    """The language of the email, for the `lang` attribute."""
    reason: str = "You are receiving this email because you subscribed to our newsletter."
    """Why the reader gets this email, printed in the footer."""
    editors: list[str] = field(default_factory=list)
    """Addresses that get the [TEST] copy of each issue from `newsletter daily`."""


@dataclass
class SelectionSettings:
    window_hours: int = 24
    """Only articles published this many hours before the issue's cut-off are picked."""
    cutoff: str = "06:00"
    """The issue's cut-off time of day (HH:MM, workspace time zone)."""
    sections: list[str] = field(default_factory=lambda: ["World", "Business", "Technology", "Science"])
    """The order of sections; articles from other sections go into the last one, `More`."""
    max_per_section: int = 4
    """At most this many items per section."""
    max_total: int = 12
    """At most this many items in an issue."""
    min_items: int = 3
    """Fewer items than this: a warning when composing, and `send` refuses without --force."""
    similarity: float = 0.8
    """Titles this similar (0-1) count as the same story and only the newest is kept."""
    aliases: dict[str, str] = field(default_factory=dict)
    """Incoming sections mapped to one of `sections` (any case), e.g. `{ Europe = "World", Funding = "Business" }`."""


@dataclass
class BuildSettings:
    first_name_fallback: str = "there"
    """Greeting used when a subscriber has no name (`Hi there`)."""
    max_html_kb: int = 102
    """Warn when the final HTML is larger than this (Gmail clips messages over 102 KB)."""
    archive_path: str = "archive/{date}.html"
    """The issue's web page under base_url; the email's view-in-browser link points there."""
    utm_source: str = ""
    """Link tagging: set utm_source (and optionally medium and campaign) to tag article links; empty: off."""
    utm_medium: str = "email"
    """utm_medium added to article links when tagging is on."""
    utm_campaign: str = "{date}"
    """utm_campaign added to article links when tagging is on; `{date}` is the issue date."""


@dataclass
class SmtpSettings:
    host: str = "localhost"
    """SMTP server host."""
    port: int = 587
    """SMTP server port."""
    security: str = "starttls"
    """`ssl`, `starttls` or `none`."""
    username: str = ""
    """Login name; the password comes from NEWSLETTER_SMTP_PASSWORD."""
    connections: int = 4
    """Parallel connections, each reused for many messages."""
    timeout: float = 30.0
    """Seconds before a network operation gives up."""


SENDGRID_MAX_CATEGORIES = 10
"""SendGrid accepts at most this many categories on a message (the provider's capabilities say the same)."""


@dataclass
class SendgridSettings:
    api_host: str = "https://api.sendgrid.com"
    """The API endpoint; the key comes from SENDGRID_API_KEY."""
    sandbox: bool = False
    """True: SendGrid validates every request and delivers nothing."""
    timeout: float = 30.0
    """Seconds before a request gives up."""
    categories: list[str] = field(default_factory=lambda: ["daily"])
    """Categories attached to every message, for SendGrid's statistics."""
    batch_size: int = 1000
    """Recipients per API request (SendGrid's limit is 1000)."""


@dataclass
class DeliverySettings:
    provider: str = "dry-run"
    """`dry-run` (contacts nobody, writes every message to the outbox), `smtp` or `sendgrid`."""
    outbox: str = "outbox"
    """Where the dry-run provider writes messages, relative to the workspace."""
    unsubscribe_mailto: str = ""
    """An address for mailto: unsubscribes in List-Unsubscribe (empty: https only)."""
    retries: int = 5
    """How often a transient failure is retried before the recipient is recorded as failed."""
    require_approval: bool = True
    """A real send needs `newsletter issue approve DATE` of exactly what goes out (dry-run never does)."""
    send_time: str = "06:30"
    """When `newsletter daily --send` schedules the issue (HH:MM, workspace time zone)."""
    smtp: SmtpSettings = field(default_factory=SmtpSettings)
    sendgrid: SendgridSettings = field(default_factory=SendgridSettings)


@dataclass
class WebSettings:
    signup_rate_limit: int = 5
    """Sign-ups accepted per client address per hour."""
    confirm_hours: int = 48
    """Hours a double opt-in link stays valid; also the least time between two confirmation emails to one address."""
    sendgrid_webhook_public_key: str = ""
    """SendGrid Event Webhook verification key (base64 DER, as SendGrid shows it)."""
    trusted_proxies: list[str] = field(default_factory=list)
    """Reverse proxies (IPs or CIDR networks) whose X-Forwarded-For header is believed; empty: none."""


@dataclass
class DatabaseSettings:
    """Where the pool, subscribers and ledger live: SQLite in the workspace, or a PostgreSQL server for a team."""
    url: str = ""
    ("""Empty: SQLite (newsletter.db in the workspace). `postgresql://user@host/db`: a shared server; its password """
     """goes in PGPASSWORD or ~/.pgpass, or the whole URL in NEWSLETTER_DATABASE_URL (which wins over this).""")


@dataclass
class ThemeSettings:
    logo_url: str = ""
    """An https URL of the logo shown above the issue (empty: the newsletter's name in text)."""
    logo_width: int = 160
    """The logo's width in pixels (its height follows the image)."""
    logo_alt: str = ""
    """The logo's alt text (empty: the newsletter's name)."""
    accent_color: str = "#b42318"
    """The brand colour of kickers, rules and buttons: a CSS hex colour such as #b42318."""
    heading_font: str = "Georgia, 'Times New Roman', serif"
    """A web-safe font stack for headlines (no web fonts are loaded)."""
    body_font: str = "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif"
    """A web-safe font stack for the text."""
    read_more: str = ""
    """A label such as `Read more` after each summary (empty: the headline is the only link)."""
    table_of_contents: bool = True
    """Show "In today's issue" under the intro, linking to the sections."""
    first_number: int = 1
    """The number of the first issue: issue `No. N` counts the issue files up to its date from here."""


@dataclass
class SourceSettings:
    """One `[[sources]]` table: a feed or page (`url`) or a file or folder (`path`), read by a bare `ingest`."""
    url: str = ""
    """A feed or web page (http or https)."""
    path: str = ""
    """A file or folder, relative to the workspace."""
    name: str = ""
    """The publication's name, shown on its items (e.g. "Example Wire")."""
    section: str = ""
    """The section its articles go into when they name none (an alias target)."""
    format: str = ""
    """Read it as text, markdown, html, feed or json instead of guessing."""

    @property
    def where(self) -> str:
        return self.url or self.path

    @property
    def label(self) -> str:
        return self.name or self.where


@dataclass
class Config:
    newsletter: NewsletterSettings = field(default_factory=NewsletterSettings)
    selection: SelectionSettings = field(default_factory=SelectionSettings)
    build: BuildSettings = field(default_factory=BuildSettings)
    delivery: DeliverySettings = field(default_factory=DeliverySettings)
    web: WebSettings = field(default_factory=WebSettings)
    database: DatabaseSettings = field(default_factory=DatabaseSettings)
    theme: ThemeSettings = field(default_factory=ThemeSettings)
    sources: list[SourceSettings] = field(default_factory=list)

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.newsletter.timezone)

    @property
    def list_id(self) -> str:
        """RFC 2919 List-Id: `<name.host>`."""
        host = urlsplit(self.newsletter.base_url).hostname or "localhost"
        slug = re.sub(r"[^a-z0-9]+", "-", self.newsletter.name.lower()).strip("-") or "newsletter"
        return f"{self.newsletter.name} <{slug}.{host}>"


# Numeric settings and their allowed ranges (inclusive), each with why the bound is there.
RANGES: dict[str, tuple[float, float, str]] = {
    "selection.window_hours": (1, 24 * 31, "at most a month of articles"),
    "selection.max_per_section": (1, 100, ""),
    "selection.max_total": (1, 200, "an email over 200 items is clipped by every inbox"),
    "selection.min_items": (0, 200, ""),
    "build.max_html_kb": (1, 10_000, ""),
    "delivery.retries": (0, 20, "backoff doubles each time: 20 retries already wait hours"),
    "delivery.smtp.port": (1, 65535, "a TCP port"),
    "delivery.smtp.connections": (1, 32, ""),
    "delivery.smtp.timeout": (0.1, 600, "seconds; 0 or less would never wait"),
    "delivery.sendgrid.timeout": (0.1, 600, "seconds; 0 or less would never wait"),
    "delivery.sendgrid.batch_size": (1, 1000, "SendGrid's limit per request"),
    "web.signup_rate_limit": (1, 10_000, ""),
    "web.confirm_hours": (1, 24 * 30, "a confirmation link should not live longer than a month"),
}
PLACEHOLDERS = {"build.archive_path": {"date"}, "build.utm_campaign": {"date"}}
REQUIRED = ("newsletter.sender",)


def _lookup(cfg: Config, dotted: str) -> object:
    value: object = cfg
    for part in dotted.split("."):
        value = getattr(value, part)
    return value


def _placeholder_problem(template: str, allowed: set[str]) -> str | None:
    import string

    try:
        names = {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}
    except ValueError as exc:
        return f"'{template}' is not a valid template ({exc}); write braces as {{{{ and }}}}"
    unknown = sorted(n for n in names if n not in allowed)
    if unknown:
        return f"unknown placeholder {{{unknown[0]}}} in '{template}'; only {{date}} is known"
    return None


def _ascii_address(value: str, bare: bool = False) -> str | None:
    """The one address `value` holds (`Name <address>`, or the address alone when `bare`), validated, with its domain
    in IDNA (punycode) form; None when it holds anything else: no address, two, a control character (a header's line
    break), a display name where none may be, or an address not every server accepts (no SMTPUTF8)."""
    from email.errors import HeaderParseError
    from email.policy import default
    from email.utils import formataddr

    from newsletter.deliver.addresses import normalise
    from newsletter.errors import SubscriberError

    if not value.strip() or any(ord(c) < 32 or ord(c) == 127 for c in value):
        return None
    try:
        header = default.header_factory("To", value)
        [address] = header.addresses
    except (HeaderParseError, ValueError, IndexError, TypeError):  # (no address, or more than one)
        return None
    if header.defects or not address.username or (bare and value.strip() != address.addr_spec):
        return None
    try:
        ascii_address = normalise(address.addr_spec)
    except SubscriberError:
        return None
    return formataddr((address.display_name, ascii_address)) if address.display_name else ascii_address


# What a base_url may hold: RFC 3986's characters without a query or fragment (the links append paths to it); a
# space, a quote or an angle bracket would break the List-Unsubscribe header and every link built on it.
_URL_CHARS = re.compile(r"[A-Za-z0-9\-._~:/?#\[\]@!$&()*+,;=%]+")
_HOST = re.compile(r"(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)*[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                   r"|\d{1,3}(?:\.\d{1,3}){3}|\[[0-9A-Fa-f:.]+\]")


def _base_url_problem(url: str) -> str | None:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return "is not an http(s) URL"
    bad = next((c for c in url if not _URL_CHARS.fullmatch(c)), None)
    if bad is not None:
        return (f"holds {bad!r}, which a link cannot carry as it is (write a non-ASCII host in its xn-- form, "
                f"percent-encode the path)")
    if parts.query or parts.fragment or url.endswith(("?", "#")):
        return "has a query or fragment (the links add their paths to it)"
    if "@" in parts.netloc:
        return "holds a login"
    try:
        parts.port  # noqa: B018 (raises on a port out of range)
    except ValueError:
        return "has a port out of range"
    if not _HOST.fullmatch(parts.hostname or "") and not _HOST.fullmatch(f"[{parts.hostname}]"):
        return "has no valid host name"
    return None


def _check_values(cfg: Config) -> list[str]:
    """Checks beyond types, section by section; each problem names its key."""
    return (_check_newsletter(cfg.newsletter) + _check_selection(cfg.selection) + _check_ranges(cfg)
            + _check_delivery(cfg.delivery) + _check_placeholders(cfg) + _check_web(cfg.web)
            + _check_archive_path(cfg.build.archive_path) + _check_theme(cfg.theme)
            + check_database_url(cfg.database.url, "Config value 'database.url'", in_file=True))


def _check_newsletter(n: NewsletterSettings) -> list[str]:
    """The name, the sender and reply-to addresses (an IDN domain is converted to punycode), base_url, the time zone."""
    problems = []
    if not n.name.strip():
        problems.append("Config value 'newsletter.name': is empty (the header, the subject and the From line show it)")
    for key in ("sender", "reply_to"):
        value = getattr(n, key)
        if not value and key == "reply_to":
            continue
        converted = _ascii_address(value)
        if converted is None:
            problems.append(f"Config value 'newsletter.{key}': '{value}' is not an email address that every "
                            f"server accepts")
        else:
            setattr(n, key, converted)  # an IDN domain goes out as punycode
    problem = _base_url_problem(n.base_url)
    if problem:
        problems.append(f"Config value 'newsletter.base_url': '{n.base_url}' {problem}")
    try:
        ZoneInfo(n.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        problems.append(f"Config value 'newsletter.timezone': unknown time zone '{n.timezone}'")
    return problems


def _check_selection(s: SelectionSettings) -> list[str]:
    """The cut-off time, the similarity, sections named once, and aliases that point at a section."""
    problems = []
    if not re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d", s.cutoff):
        problems.append(f"Config value 'selection.cutoff': '{s.cutoff}' is not a time HH:MM")
    if not 0 < s.similarity <= 1:
        problems.append("Config value 'selection.similarity': must be between 0 and 1")
    if len(set(map(str.casefold, s.sections))) != len(s.sections):
        problems.append("Config value 'selection.sections': lists a section twice")
    known = {name.casefold() for name in s.sections}
    for alias, target in s.aliases.items():
        if target.casefold() not in known:
            problems.append(f"Config value 'selection.aliases.{alias}': '{target}' is not one of the sections "
                            f"({', '.join(s.sections)}){suggest(target, s.sections)}")
    if len({alias.casefold() for alias in s.aliases}) != len(s.aliases):
        problems.append("Config value 'selection.aliases': names a section twice (aliases match case-insensitively)")
    return problems


def _check_ranges(cfg: Config) -> list[str]:
    """Every numeric setting of RANGES inside its bounds."""
    problems = []
    for key, (low, high, why) in RANGES.items():
        value = _lookup(cfg, key)
        if not low <= value <= high:  # type: ignore[operator]
            problems.append(f"Config value '{key}': {value!r} is out of range: {low:g} to {high:g}"
                            + (f" ({why})" if why else ""))
    return problems


def _check_delivery(d: DeliverySettings) -> list[str]:
    """A registered provider, an SMTP security mode, SendGrid's category limit, the unsubscribe address."""
    from newsletter.deliver.providers import REGISTRY

    problems = []
    if d.provider not in REGISTRY:
        problems.append(f"Config value 'delivery.provider': unknown provider '{d.provider}'"
                        f"{suggest(d.provider, REGISTRY)}; choose one of {', '.join(REGISTRY)}")
    if d.smtp.security not in ("ssl", "starttls", "none"):
        problems.append(f"Config value 'delivery.smtp.security': '{d.smtp.security}' is not one of ssl, starttls, "
                        f"none")
    limit = SENDGRID_MAX_CATEGORIES  # not read from the provider class: that would import the SendGrid module
    if len(d.sendgrid.categories) > limit:
        problems.append(f"Config value 'delivery.sendgrid.categories': {len(d.sendgrid.categories)} categories; "
                        f"SendGrid accepts at most {limit}")
    if d.unsubscribe_mailto:
        converted = _ascii_address(d.unsubscribe_mailto, bare=True)
        if converted is None:
            problems.append(f"Config value 'delivery.unsubscribe_mailto': '{d.unsubscribe_mailto}' is not an email "
                            f"address (write the address alone)")
        else:
            d.unsubscribe_mailto = converted  # (the form every List-Unsubscribe header then carries)
    return problems


def _check_placeholders(cfg: Config) -> list[str]:
    problems = []
    for key, allowed in PLACEHOLDERS.items():
        problem = _placeholder_problem(str(_lookup(cfg, key)), allowed)
        if problem:
            problems.append(f"Config value '{key}': {problem}")
    return problems


def check_database_url(url: str, what: str, in_file: bool = False) -> list[str]:
    """Empty or a postgresql:// URL; a password only outside the file (the URL is shown with it masked)."""
    from urllib.parse import urlsplit as split

    if not url:
        return []
    if not url.startswith(("postgresql://", "postgres://")):
        shown = re.sub(r"^([a-z]+://[^:/@]*):[^@/]*@", r"\1:***@", url)
        return [f"{what}: '{shown}' is not a postgresql:// URL (leave it empty for SQLite in the workspace)"]
    try:
        password = split(url).password
    except ValueError as exc:
        return [f"{what}: not a valid URL ({exc})"]
    if in_file and password:
        return [f"{what}: holds a password; newsletter.toml is no place for it: put it in PGPASSWORD or ~/.pgpass, "
                "or the whole URL in NEWSLETTER_DATABASE_URL"]
    return []


def _check_archive_path(path: str) -> list[str]:
    """The archive page's path must stay inside the archive folder: relative, no `..`, no backslash."""
    why = ""
    if "{date}" not in path:
        why = "must contain {date}"
    elif path.startswith(("/", "~")) or "\\" in path or ":" in path:
        why = f"'{path}' must be a relative path such as archive/{{date}}.html"
    elif any(part in ("..", ".", "") for part in path.split("/")):
        why = f"'{path}' must not contain '..', '.' or empty parts: pages are written inside the archive folder"
    elif not path.endswith(".html"):
        why = f"'{path}' must end in .html"
    elif path.split("/")[0] in ("index.html", "feed.xml"):
        why = f"'{path}' would collide with the archive's own index.html or feed.xml"
    return [f"Config value 'build.archive_path': {why}"] if why else []


def _check_theme(theme: ThemeSettings) -> list[str]:
    from newsletter.urls import safe_image

    problems = []
    if not re.fullmatch(r"#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})", theme.accent_color):
        problems.append(f"Config value 'theme.accent_color': '{theme.accent_color}' is not a CSS hex colour "
                        f"such as #b42318")
    if theme.logo_url and not safe_image(theme.logo_url):
        problems.append(f"Config value 'theme.logo_url': '{theme.logo_url}' is not an http(s) image URL")
    if not 16 <= theme.logo_width <= 552:
        problems.append("Config value 'theme.logo_width': must be between 16 and 552 pixels")
    for key in ("heading_font", "body_font"):
        if not re.fullmatch(r"[\w\s,'-]+", getattr(theme, key)):
            problems.append(f"Config value 'theme.{key}': only font names, single quotes, commas and spaces are "
                            f"allowed")
    if theme.first_number < 1:
        problems.append("Config value 'theme.first_number': must be at least 1")
    return problems


def _key_lines(text: str) -> dict[str, int]:
    """The line of every `key = …` in the file, by dotted key (for messages)."""
    lines: dict[str, int] = {}
    arrays: dict[str, int] = {}
    table = ""
    for number, line in enumerate(text.splitlines(), 1):
        stripped = line.strip()
        if m := re.match(r"^\[\[\s*([A-Za-z0-9_.-]+)\s*\]\]", stripped):  # an array of tables: sources[1], [2]…
            arrays[m[1]] = arrays.get(m[1], 0) + 1
            table = f"{m[1]}[{arrays[m[1]]}]."
            lines.setdefault(table[:-1], number)
        elif m := re.match(r"^\[\s*([A-Za-z0-9_.-]+)\s*\]", stripped):
            table = m[1] + "."
            lines.setdefault(m[1], number)
        elif m := re.match(r"^([A-Za-z0-9_-]+)\s*=", stripped):
            lines.setdefault(table + m[1], number)
    return lines


def _with_lines(problems: list[str], text: str, path: Path) -> list[str]:
    """`Config value 'a.b' (line 12): …`, where the key is written in the file."""
    lines = _key_lines(text)

    def place(problem: str) -> str:
        m = re.match(r"Config value '([^']+)'", problem)
        line = lines.get(m[1]) if m else None
        return problem.replace(f"'{m[1]}'", f"'{m[1]}' (line {line})", 1) if m and line else problem

    return [place(p) for p in problems]


def _missing(data: dict) -> list[str]:
    problems = []
    for dotted in REQUIRED:
        table: object = data
        for part in dotted.split("."):
            table = table.get(part) if isinstance(table, dict) else None
        if table is None:
            problems.append(f"Config value '{dotted}': missing (it is required; see `newsletter init` for an "
                            f"example)")
    return problems


def _check_web(web: WebSettings) -> list[str]:
    return [f"Config value 'web.trusted_proxies': '{entry}' is not an IP address or network"
            for entry in web.trusted_proxies if not _is_network(entry)]


def _is_network(entry: str) -> bool:
    import ipaddress

    try:
        ipaddress.ip_network(entry.strip(), strict=False)
    except ValueError:
        return False
    return True


def _type_name(tp: object) -> str:
    if typing.get_origin(tp) is dict:
        return "a table of strings (name = \"value\")"
    return {str: "a string", int: "an integer", float: "a number", bool: "true or false"}.get(
        tp, "a list of strings"  # type: ignore[arg-type]
    )


def _type_ok(tp: object, value: object) -> bool:
    """Whether a TOML value has the field's type: str, int, float, bool, list[str] or dict[str, str]."""
    origin = typing.get_origin(tp)
    if origin is list:
        return isinstance(value, list) and all(isinstance(v, str) for v in value)
    if origin is dict:  # a table of strings; its keys are strings by TOML's grammar
        return isinstance(value, dict) and all(isinstance(v, str) for v in value.values())
    if tp is float:
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    return isinstance(value, tp) and not (tp is int and isinstance(value, bool))  # type: ignore[arg-type]


@functools.cache
def _hints(cls: type) -> dict[str, typing.Any]:
    """A settings class's field types, resolved once per process (about 0.6 ms a class, ten classes a load)."""
    return typing.get_type_hints(cls)


def _fill(obj: object, data: dict, prefix: str, problems: list[str]) -> None:
    """Copy `data` into the dataclass `obj`, checking keys and types."""
    hints = _hints(type(obj))
    names = [f.name for f in dataclasses.fields(obj)]  # type: ignore[arg-type]
    for key, value in data.items():
        dotted = f"{prefix}{key}"
        if key not in names:
            problems.append(f"Config value '{dotted}': unknown key{suggest(key, names)}")
            continue
        tp = hints[key]
        if typing.get_origin(tp) is list and dataclasses.is_dataclass(typing.get_args(tp)[0]):
            _fill_tables(obj, key, typing.get_args(tp)[0], value, problems)
            continue
        if dataclasses.is_dataclass(tp):
            if not isinstance(value, dict):
                problems.append(f"Config value '{dotted}': expected a table")
            else:
                _fill(getattr(obj, key), value, dotted + ".", problems)
            continue
        if not _type_ok(tp, value):
            problems.append(f"Config value '{dotted}': expected {_type_name(tp)}, got {value!r}")
            continue
        setattr(obj, key, float(value) if tp is float else value)


def _fill_tables(obj: object, key: str, cls: type, value: object, problems: list[str]) -> None:
    """An array of tables (`[[sources]]`): one dataclass each, problems named `sources[2].url` (counted from 1)."""
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        problems.append(f"Config value '{key}': expected tables, each written [[{key}]]")
        return
    items = []
    for number, table in enumerate(value, 1):
        item = cls()
        _fill(item, table, f"{key}[{number}].", problems)
        items.append(item)
    setattr(obj, key, items)


def _check_daily(cfg: Config) -> list[str]:
    """The daily loop's settings: the send time and the editors who get the test copy."""
    problems = []
    if not re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d", cfg.delivery.send_time):
        problems.append(f"Config value 'delivery.send_time': '{cfg.delivery.send_time}' is not a time HH:MM")
    for editor in cfg.newsletter.editors:
        if _ascii_address(editor, bare=True) is None:
            problems.append(f"Config value 'newsletter.editors': '{editor}' is not an email address (write the "
                            f"address alone)")
    return problems


def _check_sources(cfg: Config, root: Path) -> list[str]:
    """Each `[[sources]]` table: a url (http or https, through the one URL gate) or a path that exists."""
    from newsletter.urls import safe_link

    problems: list[str] = []
    formats = ("text", "markdown", "html", "feed", "json")
    sections = [s.casefold() for s in cfg.selection.sections]
    seen: set[str] = set()
    for number, source in enumerate(cfg.sources, 1):
        key = f"sources[{number}]"
        if bool(source.url) == bool(source.path):
            problems.append(f"Config value '{key}': give either url or path")
        if source.url and (safe_link(source.url) is None or urlsplit(source.url).scheme.lower() not in
                           ("http", "https")):
            problems.append(f"Config value '{key}.url': '{source.url}' is not an http(s) URL")
        if source.path and not (root / source.path).exists():
            problems.append(f"Config value '{key}.path': '{source.path}' does not exist (paths are relative to "
                            f"the workspace, {root})")
        if source.format and source.format not in formats:
            problems.append(f"Config value '{key}.format': '{source.format}' is not one of {', '.join(formats)}"
                            f"{suggest(source.format, formats)}")
        if source.section and source.section.casefold() not in sections:
            problems.append(f"Config value '{key}.section': '{source.section}' is not one of the sections "
                            f"({', '.join(cfg.selection.sections)}){suggest(source.section, cfg.selection.sections)}")
        for part in ("name", "section", "path"):
            value = getattr(source, part) or ""
            if control_character(value) or any(ch in "\t\n\r" for ch in value):  # (one line each)
                problems.append(f"Config value '{key}.{part}': holds a control character (a terminal would obey it)")
        if source.where and source.where in seen:
            problems.append(f"Config value '{key}': '{source.where}' is configured twice")
        seen.add(source.where)
    return problems


def parse_config(text: str, path: Path) -> Config:
    """Parse and validate config text; raise ConfigError listing every problem."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(path, [f"not valid TOML ({exc})"]) from exc
    cfg = Config()
    problems: list[str] = _missing(data)
    _fill(cfg, data, "", problems)
    problems += _check_values(cfg)  # a value of the wrong type was not copied: its default is checked
    problems += _check_sources(cfg, path.parent) + _check_daily(cfg)
    if problems:
        raise ConfigError(path, _with_lines(problems, text, path))
    return cfg


def load_config(path: Path) -> Config:
    try:
        text = path.read_text(encoding="utf-8-sig")  # (an editor on Windows may save a byte-order mark first)
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(path, [f"cannot be read ({exc})"]) from exc
    return parse_config(text, path)


def secret(name: str, what: str) -> str:
    """A secret from the environment, or an error naming the variable."""
    value = os.environ.get(name, "")
    if not value:
        raise NewsletterError(f"{what} needs the environment variable {name}")
    return value
