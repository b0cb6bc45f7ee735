"""Who is asking: the client address, believing X-Forwarded-For only from the proxies named in the config."""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable

Network = ipaddress.IPv4Network | ipaddress.IPv6Network


def networks(entries: Iterable[str]) -> list[Network]:
    """`[web] trusted_proxies` as networks (a bare address is a /32 or /128); ValueError names a bad entry."""
    return [ipaddress.ip_network(entry.strip(), strict=False) for entry in entries]


def _trusted(address: str, trusted: list[Network]) -> bool:
    try:
        ip = ipaddress.ip_address(address.strip().strip("[]"))
    except ValueError:
        return False
    return any(ip in net for net in trusted if net.version == ip.version)


def client_address(peer: str | None, forwarded_for: str | None, trusted: list[Network]) -> str:
    """The address to rate-limit: the peer itself, unless the peer is a trusted proxy; then the nearest hop in
    X-Forwarded-For that is not one of ours (entries left of it were written by the client and prove nothing)."""
    if not peer:
        return "unknown"
    if not forwarded_for or not _trusted(peer, trusted):
        return peer
    hops = [hop.strip() for hop in forwarded_for.split(",") if hop.strip()]
    for hop in reversed(hops):
        if not _trusted(hop, trusted):
            return hop
    return hops[0] if hops else peer
