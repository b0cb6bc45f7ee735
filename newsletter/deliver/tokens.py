"""Signed tokens for unsubscribe and sign-up confirmation links (HMAC-SHA256, standard library).

    unsubscribe:  <subscriber id>.<mac>                     never expires (an old email must still let its reader go)
    confirm:      <subscriber id>.<nonce>.<issued>.<mac>    expires after [web] confirm_hours, works once

A token carries the subscriber's opaque id, never the address. The MAC is HMAC-SHA256 over a purpose label and
the fields, truncated to 128 bits, in hex.

Keys come from NEWSLETTER_SECRET, which may hold several separated by commas or spaces: the first signs, every
one verifies. To rotate, put the new key first and keep the old ones after it for as long as old emails matter.
Older unsubscribe links (itsdangerous, carrying the address) are still accepted, with every key.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import re
import time
from dataclasses import dataclass

from newsletter.config import Config, secret
from newsletter.errors import NewsletterError

_ID = re.compile(r"[0-9a-f]{24}")
_NONCE = re.compile(r"[0-9a-f]{16}")


class InvalidToken(NewsletterError):
    """A forged, altered, truncated or expired token."""


def keys() -> list[str]:
    """Every key in NEWSLETTER_SECRET, the signing one first."""
    value = secret("NEWSLETTER_SECRET", "signing unsubscribe and confirmation links")
    found = [k for k in re.split(r"[,\s]+", value) if k]
    if not found:
        raise NewsletterError("NEWSLETTER_SECRET holds no key (keys are separated by commas or spaces)")
    return found


def signing_key(throwaway_ok: bool) -> tuple[str, bool]:
    """(key, is_throwaway): the first key of NEWSLETTER_SECRET, or for a dry run a random key used once."""
    import secrets

    if os.environ.get("NEWSLETTER_SECRET", "").strip(", \t\n") or not throwaway_ok:
        return keys()[0], False
    return secrets.token_urlsafe(32), True


_KEYED: dict[tuple[str, bytes], hmac.HMAC] = {}


def _mac(key: str, purpose: bytes, message: str) -> str:
    """HMAC-SHA256 of purpose + message, first 128 bits in hex. The state after the key and the purpose is kept
    per key, so a token costs one copy, one short update and one digest."""
    keyed = _KEYED.get((key, purpose))
    if keyed is None:
        keyed = _KEYED[key, purpose] = hmac.new(key.encode(), purpose, hashlib.sha256)
    mac = keyed.copy()
    mac.update(message.encode())
    return mac.hexdigest()[:32]


def _verify(purpose: bytes, message: str, mac: str, verify_keys: list[str]) -> bool:
    return any(hmac.compare_digest(_mac(k, purpose, message), mac) for k in verify_keys)


def unsubscribe_token(subscriber_id: str, key: str | None = None) -> str:
    if len(subscriber_id) != 24 or "@" in subscriber_id:
        raise ValueError("an unsubscribe token carries the subscriber's id (Subscriber.id), not an address")
    return f"{subscriber_id}.{_mac(key or keys()[0], b'unsubscribe:', subscriber_id)}"


def unsubscribe_url(config: Config, subscriber: str, key: str | None = None) -> str:
    """The link for a subscriber's id. An address (containing @) gets an old-style token that carries it: only for
    callers that have no id (a test recipient who is not on the list)."""
    token = _legacy_token(subscriber, key or keys()[0]) if "@" in subscriber else unsubscribe_token(subscriber, key)
    return f"{config.newsletter.base_url.rstrip('/')}/unsubscribe/{token}"


@dataclass(frozen=True)
class Unsubscriber:
    """Whom an unsubscribe token names: a subscriber id, or (old-style links) an address."""
    id: str | None = None
    email: str | None = None


def read_unsubscribe_token(token: str, verify_keys: list[str] | None = None) -> Unsubscriber:
    verify_keys = verify_keys or keys()
    subscriber_id, _, mac = token.partition(".")
    if _ID.fullmatch(subscriber_id):
        if _verify(b"unsubscribe:", subscriber_id, mac, verify_keys):
            return Unsubscriber(id=subscriber_id)
        raise InvalidToken("invalid unsubscribe link")
    return Unsubscriber(email=_read_legacy_token(token, verify_keys))


def _legacy_token(email: str, key: str) -> str:
    from itsdangerous import URLSafeSerializer

    return URLSafeSerializer(key, salt="unsubscribe").dumps(email)


def _read_legacy_token(token: str, verify_keys: list[str]) -> str:
    from itsdangerous import BadSignature, URLSafeSerializer

    for key in verify_keys:
        try:
            value = URLSafeSerializer(key, salt="unsubscribe").loads(token)
        except BadSignature:
            continue
        if isinstance(value, str):
            return value
    raise InvalidToken("invalid unsubscribe link")


def confirm_token(subscriber_id: str, nonce: str, issued: int, key: str | None = None) -> str:
    message = f"{subscriber_id}.{nonce}.{issued}"
    return f"{message}.{_mac(key or keys()[0], b'confirm:', message)}"


@dataclass(frozen=True)
class ConfirmRequest:
    id: str
    nonce: str
    issued: int


def read_confirm_token(token: str, max_age_seconds: float, now: float | None = None,
                       verify_keys: list[str] | None = None) -> ConfirmRequest:
    """The request a confirmation link carries; InvalidToken when it is forged or older than max_age_seconds."""
    parts = token.split(".")
    if (len(parts) != 4 or not _ID.fullmatch(parts[0]) or not _NONCE.fullmatch(parts[1])
            or not parts[2].isascii() or not parts[2].isdigit() or len(parts[2]) > 12):
        raise InvalidToken("invalid confirmation link")
    if not _verify(b"confirm:", ".".join(parts[:3]), parts[3], verify_keys or keys()):
        raise InvalidToken("invalid confirmation link")
    issued = int(parts[2])
    if (now if now is not None else time.time()) - issued > max_age_seconds:
        raise InvalidToken("this confirmation link has expired")
    return ConfirmRequest(parts[0], parts[1], issued)
