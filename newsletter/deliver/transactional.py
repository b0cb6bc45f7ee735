"""Single messages the tool sends on its own (sign-up confirmations), through the configured provider.

The provider comes from the same registry as a send, so an unknown provider is an error, never a silent
fallback to writing files.
"""

from __future__ import annotations

from email.message import EmailMessage
from email.utils import format_datetime, make_msgid, parseaddr

from newsletter import clock
from newsletter.workspace import Workspace


class Mailer:
    """Sends one message via the workspace's provider (dry-run writes it to outbox/transactional/)."""

    def __init__(self, ws: Workspace):
        self.ws = ws

    def message(self, to: str, subject: str, text: str, html: str) -> EmailMessage:
        n = self.ws.config.newsletter
        msg = EmailMessage()
        msg["From"] = n.sender
        msg["To"] = to
        msg["Subject"] = subject
        msg["Date"] = format_datetime(clock.now())
        msg["Message-ID"] = make_msgid(domain=parseaddr(n.sender)[1].rpartition("@")[2] or None)
        if n.reply_to:
            msg["Reply-To"] = n.reply_to
        msg.set_content(text)
        msg.add_alternative(html, subtype="html")
        return msg

    def send(self, to: str, subject: str, text: str, html: str) -> None:
        from newsletter.deliver.providers import make_provider

        message = self.message(to, subject, text, html)
        with make_provider(self.ws.config.delivery.provider, self.ws.config, self.ws.root) as provider:
            provider.send_message(message)
