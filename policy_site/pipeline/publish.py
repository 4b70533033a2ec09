"""A publishing build (PUBLISH=1) needs the real site address in SITE_URL.

Canonical links, the sitemap, Open Graph and the JSON exports all carry SITE_URL; built
with the local default they would point every reader and search engine at 127.0.0.1.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Mapping
from urllib.parse import urlsplit

TRUE = {"1", "true", "yes", "on"}


def is_publishing(env: Mapping[str, str]) -> bool:
    return env.get("PUBLISH", "").strip().lower() in TRUE


def is_loopback(host: str) -> bool:
    """localhost, 127.0.0.1 and ::1, and every other spelling a resolver accepts for them:
    127.1, 2130706433, 0x7f.1 (inet_aton's shorthand forms) and ::ffff:127.0.0.1."""
    host = host.strip("[]").rstrip(".").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        address: ipaddress.IPv4Address | ipaddress.IPv6Address = ipaddress.ip_address(host)
    except ValueError:
        try:
            address = ipaddress.IPv4Address(socket.inet_aton(host))  # the C library's forms: 127.1, 2130706433
        except OSError:
            return False
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return address.is_loopback or address.is_unspecified


def site_url_problem(env: Mapping[str, str]) -> str | None:
    """Why a publishing build must not run with this environment, or None."""
    if not is_publishing(env):
        return None
    url = env.get("SITE_URL", "").strip()
    if not url:
        return "PUBLISH=1 but SITE_URL is not set: set it to the address readers use, e.g. SITE_URL=https://example.org/"
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return f"PUBLISH=1 but SITE_URL={url!r} is not an http(s) address with a host"
    if is_loopback(parts.hostname):
        return f"PUBLISH=1 but SITE_URL={url!r} is a loopback address: set it to the address readers use"
    return None
