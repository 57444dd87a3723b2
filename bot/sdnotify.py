"""systemd's notify protocol (sd_notify(3)): datagrams of `KEY=value` lines to the socket in $NOTIFY_SOCKET.

Written here rather than taken from a package: it is one sendto(). Without $NOTIFY_SOCKET (not under systemd,
or Type= is not notify) every call is a no-op.
"""

from __future__ import annotations

import logging
import os
import socket
from collections.abc import Mapping, MutableMapping
from dataclasses import dataclass

log = logging.getLogger(__name__)

ENV_KEYS = ("NOTIFY_SOCKET", "WATCHDOG_USEC", "WATCHDOG_PID")


@dataclass(frozen=True)
class NotifySettings:
    """Where to notify and how often systemd wants a WATCHDOG=1 (half its WatchdogSec=), if at all."""

    address: str | None = None  # a path, or "@name" for an abstract socket
    watchdog_period: float | None = None  # seconds between two WATCHDOG=1

    @classmethod
    def from_env(cls, environ: Mapping[str, str], pid: int) -> NotifySettings:
        address = environ.get("NOTIFY_SOCKET") or None
        period = None
        usec = environ.get("WATCHDOG_USEC", "")
        watched = environ.get("WATCHDOG_PID", str(pid)) == str(pid)  # set for another process: not ours
        if usec.isdigit() and int(usec) > 0 and watched:
            period = int(usec) / 1e6 / 2
        return cls(address, period)

    @classmethod
    def take_from_env(cls, environ: MutableMapping[str, str]) -> NotifySettings:
        """Read and unset them, so that no child process (a parse worker) notifies in our name."""
        settings = cls.from_env(environ, os.getpid())
        for key in ENV_KEYS:
            environ.pop(key, None)
        return settings


class Notifier:
    def __init__(self, address: str | None):
        self.enabled = bool(address)
        self._address = "\0" + address[1:] if address and address.startswith("@") else address
        self._warned = False  # a socket that fails fails at every watchdog tick: say it once

    def send(self, *lines: str) -> bool:
        """Send `lines` as one datagram; False (logged, never raised) when systemd cannot be told."""
        if not self._address:
            return False
        try:
            with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC) as sock:
                sock.sendto("\n".join(lines).encode("utf-8"), self._address)
            return True
        except OSError as exc:  # systemd gone or the socket not writable: the daemon works on regardless
            log.log(logging.DEBUG if self._warned else logging.WARNING, "cannot notify systemd at %s: %s",
                    self._address.replace("\0", "@"), exc)
            self._warned = True
            return False
