"""newsletter/errors.py: `redact` keeps every secret of the environment out of what the tool prints, and the
messages of the error classes name what they are about."""

from __future__ import annotations

from pathlib import Path

from newsletter.errors import ConfigError, IssueFileError, ProviderError, TransientProviderError, redact, suggest


def test_every_secret_variable_and_every_key_of_a_list_is_redacted(monkeypatch):
    monkeypatch.setenv("SENDGRID_API_KEY", "SG.key-one")
    monkeypatch.setenv("NEWSLETTER_SMTP_PASSWORD", "p@ss word!")  # a space splits it: both halves are secret
    monkeypatch.setenv("NEWSLETTER_SECRET", "new-signing-key, old-signing-key\tolder-key")
    text = ("auth SG.key-one failed; password p@ss word!; keys new-signing-key old-signing-key older-key; "
            "Bearer SG.key-one")
    assert redact(text) == ("auth [redacted] failed; password [redacted] [redacted]; keys [redacted] [redacted] "
                            "[redacted]; Bearer [redacted]")


def test_short_or_empty_values_are_not_secrets_worth_blanking_the_message_for(monkeypatch):
    monkeypatch.setenv("SENDGRID_API_KEY", "")
    monkeypatch.setenv("NEWSLETTER_SMTP_PASSWORD", "abc")
    monkeypatch.setenv("NEWSLETTER_SECRET", ",,,")
    assert redact("abc: cannot connect to the server") == "abc: cannot connect to the server"
    monkeypatch.delenv("NEWSLETTER_SECRET")
    assert redact("nothing to hide") == "nothing to hide"


def test_a_secret_inside_a_provider_body_is_redacted_by_whoever_prints_it(monkeypatch):
    monkeypatch.setenv("SENDGRID_API_KEY", "SG.abcdef")
    exc = ProviderError("sendgrid", "unauthorized: key SG.abcdef", status=401, body='{"key": "SG.abcdef"}')
    assert str(exc) == "sendgrid (status 401): unauthorized: key SG.abcdef"  # the library keeps the facts
    assert redact(str(exc)) == "sendgrid (status 401): unauthorized: key [redacted]"
    assert redact(exc.body) == '{"key": "[redacted]"}'


def test_messages_name_the_file_line_key_or_provider():
    path = Path("issues/2026-11-28.toml")
    assert str(IssueFileError(path, "missing 'date'", 3)) == "issues/2026-11-28.toml:3: missing 'date'"
    assert str(IssueFileError(path, "no such issue file")) == "issues/2026-11-28.toml: no such issue file"
    config = ConfigError(Path("newsletter.toml"), ["Config value 'a': x", "Config value 'b': y"])
    assert str(config) == "newsletter.toml: Config value 'a': x; Config value 'b': y" and len(config.problems) == 2
    transient = TransientProviderError("smtp", "timed out", retry_after=2.5)
    assert str(transient) == "smtp: timed out" and transient.retry_after == 2.5 and transient.status is None


def test_suggest_offers_only_a_close_match():
    assert suggest("sendgird", ["smtp", "sendgrid", "dry-run"]) == " (did you mean 'sendgrid'?)"
    assert suggest("postmark", ["smtp", "sendgrid", "dry-run"]) == ""


def test_an_error_line_holds_no_control_character():
    """What a message quotes from outside (an SMTP server's reply, a page's title) never drives the terminal."""
    from newsletter.cli import format_error

    message = ProviderError("smtp", "550 \x1b]0;owned\x07mailbox\r\nunavailable\x1b[2J\x9b31m")
    assert format_error(message) == "Error: smtp: 550 ]0;ownedmailbox unavailable[2J31m"  # (U+009B: CSI)
