"""Email addresses: validation, the form we store, and the key that says who a person is.

An address is stored as the person typed it (the domain lower-cased, IDN domains as punycode), and compared
through its key: the whole ASCII address lower-cased, as every large mailbox provider treats it.

email-validator takes about 60 µs an address, a minute for a million-row import, so the common shape
(`word.word+tag@host.example`) is checked by one regular expression and everything else (quotes, unusual
characters, IDN, special-use domains, long labels) goes to email-validator. `tests/test_subscribers.py` checks
that the fast path never accepts what email-validator refuses and normalises the same way.
"""

from __future__ import annotations

import re

from newsletter.errors import SubscriberError

# Local part: dot-separated atoms of the most common characters; domain: two or more LDH labels without `--`
# (IDNA rules apply there), a letters-only TLD. Lengths: local part 64, address 254 (RFC 5321, email-validator).
_COMMON = re.compile(
    r"([A-Za-z0-9_+-]+(?:\.[A-Za-z0-9_+-]+)*)@"
    r"((?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63})"
)
_SPECIAL_USE = frozenset(("arpa", "invalid", "local", "localhost", "onion", "test"))


def _fast(address: str) -> str | None:
    """The normalised address when it has the common shape, else None (ask email-validator)."""
    match = _COMMON.fullmatch(address) if len(address) <= 254 else None
    if match is None:
        return None
    local, domain = match.groups()
    domain = domain.lower()
    if len(local) > 64 or "--" in domain or domain[domain.rfind(".") + 1:] in _SPECIAL_USE:
        return None
    return f"{local}@{domain}"


def normalise_slow(address: str) -> str:
    """email-validator's verdict (syntax only, no DNS)."""
    from email_validator import EmailNotValidError, validate_email

    try:
        # No SMTPUTF8: an address must be deliverable by any server (IDN domains become punycode).
        result = validate_email(address, check_deliverability=False, allow_smtputf8=False)
    except EmailNotValidError as exc:
        raise SubscriberError(f"'{address}' is not a valid email address: {exc}") from None
    local, _, domain = result.ascii_email.rpartition("@")
    return f"{local}@{domain.lower()}"


def normalise(address: str) -> str:
    """The address validated and normalised; SubscriberError says why it is not valid."""
    address = address.strip()
    return _fast(address) or normalise_slow(address)


def key(address: str) -> str:
    """Who the address belongs to: the normalised address, lower-cased (raises SubscriberError when invalid)."""
    return normalise(address).lower()
