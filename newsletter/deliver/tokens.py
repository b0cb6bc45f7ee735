"""Signed tokens (itsdangerous, HMAC-SHA256) for unsubscribe and sign-up confirmation links.

The key comes from NEWSLETTER_SECRET. Unsubscribe tokens never expire (an old email must still let the
reader leave); confirmation tokens do.
"""

from __future__ import annotations

from itsdangerous import BadSignature, SignatureExpired, URLSafeSerializer, URLSafeTimedSerializer

from newsletter.config import Config, secret
from newsletter.errors import NewsletterError


class InvalidToken(NewsletterError):
    """A forged, altered, truncated or expired token."""


def _key() -> str:
    return secret("NEWSLETTER_SECRET", "signing unsubscribe and confirmation links")


def signing_key(throwaway_ok: bool) -> tuple[str, bool]:
    """(key, is_throwaway): NEWSLETTER_SECRET, or for a dry run a random key used once."""
    import os
    import secrets

    if os.environ.get("NEWSLETTER_SECRET") or not throwaway_ok:
        return _key(), False
    return secrets.token_urlsafe(32), True


def unsubscribe_token(email: str, key: str | None = None) -> str:
    return URLSafeSerializer(key or _key(), salt="unsubscribe").dumps(email)


def unsubscribe_url(config: Config, email: str, key: str | None = None) -> str:
    return f"{config.newsletter.base_url.rstrip('/')}/unsubscribe/{unsubscribe_token(email, key)}"


def read_unsubscribe_token(token: str, key: str | None = None) -> str:
    try:
        value = URLSafeSerializer(key or _key(), salt="unsubscribe").loads(token)
    except BadSignature:
        raise InvalidToken("invalid unsubscribe link") from None
    if not isinstance(value, str):
        raise InvalidToken("invalid unsubscribe link")
    return value


def confirm_token(email: str, key: str | None = None) -> str:
    return URLSafeTimedSerializer(key or _key(), salt="confirm").dumps(email)


def read_confirm_token(token: str, max_age_seconds: int, key: str | None = None) -> str:
    try:
        value = URLSafeTimedSerializer(key or _key(), salt="confirm").loads(token, max_age=max_age_seconds)
    except SignatureExpired:
        raise InvalidToken("this confirmation link has expired") from None
    except BadSignature:
        raise InvalidToken("invalid confirmation link") from None
    if not isinstance(value, str):
        raise InvalidToken("invalid confirmation link")
    return value
