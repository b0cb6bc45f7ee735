"""A real SMTP server on loopback (aiosmtpd) that stores what it receives and can misbehave on purpose."""

from __future__ import annotations

import email
import email.policy
import socket
import threading
from collections.abc import Callable
from dataclasses import dataclass, field

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP as SMTPProtocol


@dataclass
class Received:
    mail_from: str
    rcpt_tos: list[str]
    data: bytes

    @property
    def message(self) -> email.message.EmailMessage:
        return email.message_from_bytes(self.data, policy=email.policy.default)  # type: ignore[return-value]


@dataclass
class Handler:
    """Stores messages; `on_mail`, `on_rcpt` and `on_data` may return an SMTP reply to refuse, or 'DROP'."""
    received: list[Received] = field(default_factory=list)
    on_mail: Callable[[str, int], str | None] | None = None
    on_rcpt: Callable[[str], str | None] | None = None
    on_data: Callable[[Received, int], str | None] | None = None
    mails: int = 0
    connections: set = field(default_factory=set)
    lock: threading.Lock = field(default_factory=threading.Lock)

    async def handle_MAIL(self, server, session, envelope, address, mail_options):
        with self.lock:
            self.mails += 1
            count = self.mails
        self.connections.add(id(session))
        reply = self.on_mail(address, count) if self.on_mail else None
        if reply == "DROP":
            server.transport.close()
            return "421 closing"
        if reply:
            return reply
        envelope.mail_from = address
        return "250 OK"

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        reply = self.on_rcpt(address) if self.on_rcpt else None
        if reply:
            return reply
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        item = Received(envelope.mail_from, list(envelope.rcpt_tos), envelope.original_content or envelope.content)
        reply = self.on_data(item, len(self.received)) if self.on_data else None
        if reply == "DROP":  # the connection dies before the server says it accepted the message
            server.transport.close()
            return "421 closing"
        if reply:
            return reply
        with self.lock:
            self.received.append(item)
        return "250 Message accepted"

    def by_recipient(self) -> dict[str, list[Received]]:
        out: dict[str, list[Received]] = {}
        for item in self.received:
            for rcpt in item.rcpt_tos:
                out.setdefault(rcpt, []).append(item)
        return out


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Server:
    def __init__(self, handler: Handler | None = None):
        self.handler = handler or Handler()
        # decode_data=False keeps the raw bytes as sent
        self.controller = Controller(self.handler, hostname="127.0.0.1", port=free_port(), decode_data=False,
                                     data_size_limit=10_000_000)

    def __enter__(self) -> Server:
        self.controller.start()
        return self

    def __exit__(self, *exc) -> None:
        self.controller.stop()

    @property
    def port(self) -> int:
        return self.controller.port


__all__ = ["Handler", "Received", "SMTPProtocol", "Server"]
