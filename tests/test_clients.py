"""newsletter/web/clients.py: which address a request comes from, believing X-Forwarded-For only from the
proxies named in `[web] trusted_proxies` (the address the sign-up rate limit counts)."""

from __future__ import annotations

import pytest

from newsletter.web.clients import client_address, networks

TRUSTED = networks(["10.0.0.1", " 192.168.0.0/16 ", "fd00::/8"])


@pytest.mark.parametrize(("peer", "forwarded", "expected"), [
    ("203.0.113.9", None, "203.0.113.9"),
    ("203.0.113.9", "198.51.100.7", "203.0.113.9"),  # an untrusted peer cannot claim another address
    ("10.0.0.1", None, "10.0.0.1"),
    ("10.0.0.1", "198.51.100.7", "198.51.100.7"),
    ("10.0.0.1", "1.1.1.1, 198.51.100.7", "198.51.100.7"),  # the left entry was written by the client
    ("10.0.0.1", "198.51.100.7, 192.168.4.4", "198.51.100.7"),  # our own proxies in the chain are skipped
    ("10.0.0.1", "192.168.1.1, 192.168.4.4", "192.168.1.1"),  # every hop ours: the first
    ("10.0.0.1", " , ", "10.0.0.1"),  # an empty header says nothing
    ("10.0.0.1", "not-an-ip, 192.168.4.4", "not-an-ip"),  # garbage is its own (rate-limited) client
    ("fd00::5", "2001:db8::1", "2001:db8::1"),
    ("[fd00::5]", "2001:db8::1", "2001:db8::1"),
    ("10.0.0.2", "198.51.100.7", "10.0.0.2"),  # next to a trusted proxy is not a trusted proxy
    ("proxy.local", "198.51.100.7", "proxy.local"),
    (None, "198.51.100.7", "unknown"),
    ("", None, "unknown"),
])
def test_client_address(peer, forwarded, expected):
    assert client_address(peer, forwarded, TRUSTED) == expected


def test_an_ipv4_proxy_list_never_trusts_an_ipv6_peer():
    assert client_address("::ffff:10.0.0.1", "198.51.100.7", networks(["10.0.0.0/8"])) == "::ffff:10.0.0.1"


def test_a_bad_entry_is_a_value_error():
    with pytest.raises(ValueError, match="not-a-network"):
        networks(["10.0.0.1", "not-a-network"])
