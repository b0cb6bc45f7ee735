"""Personalising a message serialised once: every recipient's bytes parse back cleanly and carry their values."""

from __future__ import annotations

import email
import email.policy
from datetime import UTC, datetime

import pytest

from newsletter.render.message import Recipient, header, make_template, with_subject_prefix
from newsletter.render.placeholders import Slots

SLOTS = Slots("0123456789abcdef01234567")
NAME, URL = SLOTS.first_name, SLOTS.unsubscribe_url
LONG = "x" * 200
# `%%first_name%%` as written in an article's text is not a placeholder: only the build's slots are.
TEXT = (f"Hi {NAME},\n\n{LONG} = equals, trailing space \nArticle: %%first_name%% %%unsubscribe_url%%\n"
        f"Unsubscribe: {URL}\n")
HTML = (f"<p>Hi {NAME},</p><p>{'y' * 75}{NAME}{'z' * 90}</p><p>%%first_name%%</p>"
        f'<img src="https://t.example/px.gif?u=%%unsubscribe_url%%"><a href="{URL}">Unsubscribe</a>\n'
        '<p>caf\u00e9 \u2014 \U0001f600</p>')


def template(subject="Today: caf\u00e9 news"):
    return make_template(subject=subject, sender="Daily Brief <brief@example.com>", reply_to="", list_id="Brief "
                         "<brief.example.com>", text=TEXT, html_body=HTML, sent_at=datetime(2026, 11, 28, tzinfo=UTC),
                         issue_key="2026-11-28", unsubscribe_mailto="leave@example.com", slots=SLOTS)


@pytest.mark.parametrize("name", ["Ann", "", "Zoë", "A=B =3D", "<script>&amp;", "O'Brien, Jr.", "\u5c71\u7530",
                                  "x" * 120, "Line\r\nBcc: evil@example.com"])
def test_personalised_message_parses_and_carries_the_values(name):
    url = "https://brief.example.com/unsubscribe/" + "t" * 140 + "=.-_"
    first = name.split()[0] if name.split() else "there"
    raw = template().personalise(Recipient(email="ann@example.com", first_name=first, name=name,
                                           unsubscribe_url=url))
    assert all(len(line) <= 998 for line in raw.split(b"\r\n"))
    assert b"\n" not in raw.replace(b"\r\n", b"")  # CRLF only
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    assert not msg.defects
    assert msg["To"].addresses[0].addr_spec == "ann@example.com"
    assert "Bcc" not in msg and len(msg["To"].addresses) == 1  # CR/LF in a name cannot add a header
    assert msg["Subject"] == "Today: caf\u00e9 news"
    assert msg["List-Unsubscribe"] == f"<{url}>, <mailto:leave@example.com?subject=unsubscribe>"
    text = msg.get_body(("plain",)).get_content()
    html = msg.get_body(("html",)).get_content()
    assert text.replace("\r\n", "\n") == TEXT.replace(NAME, first).replace(URL, url)
    assert "Article: %%first_name%% %%unsubscribe_url%%\r\n" in text
    escaped = first.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;").replace(
        "'", "&#x27;")
    assert html.replace("\r\n", "\n") == HTML.replace(NAME, escaped).replace(URL, url)
    assert "<p>%%first_name%%</p>" in html and "px.gif?u=%%unsubscribe_url%%" in html


def test_each_message_id_is_stable_and_distinct():
    t = template()
    a = t.message_id("a@example.com")
    assert a == t.message_id("A@example.com") == template().message_id("a@example.com")
    assert a != t.message_id("b@example.com")


def test_test_subject_prefix_and_header_safety():
    subject = ("A long subject " * 8).strip() + " caf\u00e9"
    prefixed = with_subject_prefix(template(subject), "[TEST] ")
    raw = prefixed.personalise(Recipient("ann@example.com", "Ann", "https://x.example.com/u/1"))
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    assert msg["Subject"] == "[TEST] " + subject
    assert header("X-Test", "a\r\nBcc: b") == b"X-Test: a Bcc: b\r\n"
