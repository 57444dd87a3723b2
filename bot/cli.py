"""Subcommands and exit codes; everything else lives in the service."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import getpass
import json
import logging
import os
import signal
import sys
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TYPE_CHECKING

from .config import Config, ConfigError, load_config
from .logs import RedactingFilter, setup_logging
from .sdnotify import NotifySettings

if TYPE_CHECKING:
    from .matcher import Matcher
    from .service import Service

log = logging.getLogger("newsbot")

EXIT_CONFIG = 2


_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version
    try:
        return version("newsbot")
    except PackageNotFoundError:  # run from a source tree that was never installed
        return "unknown (not installed)"


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if not getattr(args, "command", None):
        parser.print_help()
        return EXIT_CONFIG
    return int(args.func(args) or 0)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="newsbot", description="News-mention monitor with Telegram alerts.")
    parser.add_argument("--version", action="version", version=f"newsbot {_version()}")
    sub = parser.add_subparsers(dest="command", title="commands", metavar="COMMAND",
                                description="`newsbot COMMAND --help` tells more about each")

    def add(name: str, help_: str, func: Callable[[argparse.Namespace], int], *, config_required: bool = True,
            config_help: str = "path to the TOML config file") -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_, description=help_)
        p.add_argument("--config", type=Path, required=config_required, metavar="PATH", help=config_help)
        p.add_argument("--log-level", type=str.upper, choices=_LEVELS, metavar="LEVEL",
                       default=os.environ.get("NEWSBOT_LOG_LEVEL", "INFO").upper(),
                       help=f"one of {', '.join(_LEVELS)} (default INFO, or NEWSBOT_LOG_LEVEL)")
        p.add_argument("--log-format", choices=("text", "json"), default="text",
                       help="log lines as text (default) or as JSON objects, one a line")
        p.set_defaults(func=func)
        return p

    add("run", "run the daemon: poll the feeds, send the alerts, answer chat commands, until SIGTERM/SIGINT "
               "(SIGHUP reloads the config)", _cmd_run)
    add("once", "poll every feed once, deliver the alerts, exit (1 when no feed could be polled)", _cmd_once)
    add("check", "validate the config file: exit 0 if valid, 2 naming the key and line if not; warnings on "
                 "stderr", _cmd_check)
    watchlist = "the config whose watchlist to use (default: the bundled watchlist)"
    m = add("match", "match JSON Lines from stdin against the watchlist", _cmd_match, config_required=False,
            config_help=watchlist)
    m.add_argument("--explain", action="store_true", help="add which rule and alias fired")
    e = add("explain", "show which rule and alias fire (or not) for a headline", _cmd_explain,
            config_required=False, config_help=watchlist)
    e.add_argument("text", nargs="+", help="the headline (and summary) to explain")
    e.add_argument("--lang", default=None, help="the item's language code (en, zh, hi, ...), if known")
    s = add("same-story", "show whether two items would be one story, and why (entities, action, figures, score)",
            _cmd_same_story, config_required=False, config_help=watchlist)
    s.add_argument("a", help="the first headline")
    s.add_argument("b", help="the second headline")
    s.add_argument("--summary-a", default="", help="the first item's summary")
    s.add_argument("--summary-b", default="", help="the second item's summary")
    s.add_argument("--hours", type=float, default=0.0,
                   help="hours from the first item's story's first report to the second item (default 0: news "
                        "breaking at once; after 24 a shared setting and some words no longer make one story)")
    add("health", "ask the running daemon's /healthz (for a container HEALTHCHECK): exit 0 when ready",
        _cmd_health)
    i = add("import-opml", "add the feeds of an OPML file to the config file", _cmd_import_opml)
    i.add_argument("file", type=Path, help="the OPML file a feed reader exported")
    add("export-opml", "print the configured feeds as OPML", _cmd_export_opml)
    add("service", "print a hardened systemd unit for this install", _cmd_service, config_required=True)
    d = add("demo", "poll bundled real feed snapshots served on 127.0.0.1 and print the alerts", _cmd_demo,
            config_required=False, config_help="not used: the demo runs its own config")
    d.add_argument("--keep", action="store_true", help="keep the demo's temporary folder")
    return parser


def _load(args: argparse.Namespace) -> Config | None:
    try:
        return load_config(args.config)
    except ConfigError as exc:
        print(f"newsbot: invalid config: {exc}", file=sys.stderr)
        return None


def _warn(config: Config, *, about: str | None = None) -> None:
    """Say what is valid but probably not meant (stderr: stdout may be JSON Lines); `about`: only that key's."""
    for warning in config.warnings:
        if about is None or warning.key == about:
            print(f"newsbot: WARNING: {warning}", file=sys.stderr)


def _not_installed(config: Config) -> str | None:
    """What this config uses that is not installed here (an extra), as a config error would say it."""
    from .extras import POSTGRES, missing
    hint = missing(POSTGRES) if config.storage.url else None
    return f"newsbot: cannot use this config: {config.path}: storage.url: {hint}" if hint else None


def _logging(args: argparse.Namespace, config: Config | None = None) -> RedactingFilter:
    token = config.telegram.token if config and config.telegram.token else ""
    return setup_logging(args.log_level, args.log_format, secrets=(token,))


def _cmd_check(args: argparse.Namespace) -> int:
    config = _load(args)
    if config is None:
        return EXIT_CONFIG
    problem = _not_installed(config)
    if problem:
        print(problem, file=sys.stderr)
        return EXIT_CONFIG
    _warn(config)
    from .feedlist import feeds_for
    feeds = feeds_for(config)
    output = f"telegram {len(config.telegram.chat_ids)} chat(s)" if config.telegram.token \
        else "no token: alerts go to stdout"
    print(f"{args.config}: OK — {len(config.feeds)} configured feed(s), {len(feeds)} with search feeds, "
          f"{len(config.watchlist.topics)} topic(s) ({', '.join(config.watchlist.topic_ids)}), {output}")
    return 0


def _with_service(args: argparse.Namespace, body: Callable[[Service], Awaitable[int]], *,
                  notify: NotifySettings | None = None) -> int:
    """Load the config, set up logging, open the service, run `body(service)`, always close it."""
    config = _load(args)
    if config is None:
        return EXIT_CONFIG
    problem = _not_installed(config)
    if problem:
        print(problem, file=sys.stderr)
        return EXIT_CONFIG
    if config.routes and not config.telegram.token:
        print("newsbot: chats are configured ([telegram] chat_ids or [[chats]]) but there is no bot token: set "
              "[telegram] token or the TELEGRAM_BOT_TOKEN environment variable (with systemd, check that the "
              "EnvironmentFile exists); without chats, alerts are printed to stdout instead", file=sys.stderr)
        return EXIT_CONFIG
    _logging(args, config)
    for warning in config.warnings:
        log.warning("%s", warning)
    from .health import ListenError
    from .instance import InstanceError, only_instance
    from .service import Service
    from .store import StoreError

    async def go() -> int:
        async with Service(config, notify=notify) as service:
            return await body(service)

    try:  # one process per SQLite file; PostgreSQL is made for sharing
        with contextlib.nullcontext() if config.storage.url else only_instance(config.storage.path):
            return asyncio.run(go())
    except (StoreError, InstanceError) as exc:
        log.error("%s", exc)
        return 1
    except ListenError as exc:
        log.error("%s (in %s)", exc, config.path or "the config")
        return 1


def _cmd_once(args: argparse.Namespace) -> int:
    async def once(service: Service) -> int:
        from telegram.error import TelegramError
        if service.telegram:
            try:
                await service.telegram.app.initialize()
            except TelegramError as exc:
                log.error("cannot reach Telegram (%s); alerts stay queued for the next run", exc)
        try:
            if not await service.run_once():
                log.warning("some alerts could not be delivered yet; they stay queued for the next run")
        finally:
            if service.telegram:
                await service.telegram.close()
        polls = service.metrics.polls
        if service.feeds and not polls["ok"] + polls["not_modified"]:
            log.error("no feed could be polled (%d configured); see the errors above", len(service.feeds))
            return 1  # a cron job or a CI step must see that nothing was checked
        return 0

    return _with_service(args, once)


def _cmd_run(args: argparse.Namespace) -> int:
    async def run(service: Service) -> int:
        loop = asyncio.get_running_loop()
        stop = asyncio.Event()
        signals = {"count": 0}

        def on_stop(signame: str) -> None:
            signals["count"] += 1
            if signals["count"] > 1:
                log.warning("second %s: exiting now", signame)
                os._exit(130)  # the store is crash-safe (WAL); the outbox re-sends what was in flight
            log.info("%s received: stopping", signame)
            stop.set()

        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, on_stop, sig.name)
        loop.add_signal_handler(signal.SIGHUP, service.reload_now)
        await service.run(stop)
        log.info("stopped")
        return 0

    return _with_service(args, run, notify=NotifySettings.take_from_env(os.environ))


def _matcher(args: argparse.Namespace) -> Matcher | None:
    """The config's watchlist, or the bundled one; None (after saying why) when it cannot be loaded."""
    from .matcher import Matcher
    from .watchlist import WatchlistError, load_watchlist
    if args.config:
        config = _load(args)
        if config is None:
            return None
        _warn(config, about="entities.file")  # a config without feeds is fine for trying the watchlist
        return Matcher(config.watchlist)
    try:
        return Matcher(load_watchlist(None))
    except WatchlistError as exc:
        print(f"newsbot: {exc}", file=sys.stderr)
        return None


def _cmd_explain(args: argparse.Namespace) -> int:
    matcher = _matcher(args)
    if matcher is None:
        return EXIT_CONFIG
    text = " ".join(args.text)
    match = matcher.match(text, "", args.lang)
    print(f"topics: {', '.join(sorted(match.topics)) or '(none)'}")
    for hit in matcher.match(text, "", args.lang, all_mentions=True).hits:
        print(f"  mention: {hit.entity_id} <- {hit.text!r} (alias {hit.alias!r}) at {hit.start}-{hit.end}")
    for explanation in matcher.explain(text, "", args.lang):
        print(("✔ " if explanation.fired else "✘ ") + str(explanation))
    return 0


def _cmd_same_story(args: argparse.Namespace) -> int:
    matcher = _matcher(args)
    if matcher is None:
        return EXIT_CONFIG
    from .similarity import item_signature
    from .stories import FIRST_DAY, describe, judge, watchlist_mentions

    mentioned = watchlist_mentions(matcher)
    a, b = (item_signature(title, summary, mentioned(title))
            for title, summary in ((args.a, args.summary_a), (args.b, args.summary_b)))
    for name, sig in (("A", a), ("B", b)):
        print(f"{name}: {describe(sig)}")
    print(judge(a, b, fresh=args.hours * 3600 <= FIRST_DAY))
    return 0


def _cmd_health(args: argparse.Namespace) -> int:
    """GET /healthz on the address the config gives; 0 when it answers 200."""
    import urllib.error
    import urllib.request
    config = _load(args)
    if config is None:
        return EXIT_CONFIG
    address = config.http.host_port
    if address is None:
        print("newsbot health: [http] listen is off in this config: nothing to ask", file=sys.stderr)
        return 0
    host, port = address
    host = "127.0.0.1" if host in ("0.0.0.0", "") else "::1" if host == "::" else host  # noqa: S104
    url = f"http://{'[' + host + ']' if ':' in host else host}:{port}/healthz"
    try:
        with urllib.request.urlopen(url, timeout=4) as resp:  # the daemon's own local endpoint
            print(resp.read().decode("utf-8", "replace")[:2000])
            return 0
    except urllib.error.HTTPError as exc:  # 503: stuck or unhealthy, with the reasons in the body
        print(exc.read().decode("utf-8", "replace")[:2000], file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"newsbot health: {url}: {exc}", file=sys.stderr)
        return 1


def _cmd_match(args: argparse.Namespace) -> int:
    matcher = _matcher(args)
    if matcher is None:
        return EXIT_CONFIG
    status = 0
    for lineno, line in enumerate(sys.stdin, 1):
        if not line.strip():
            continue
        try:
            doc = json.loads(line)
        except ValueError as exc:
            problem = f"invalid JSON: {exc}"
        else:
            problem = "" if isinstance(doc, dict) else "invalid JSON: not a JSON object"
        if problem:
            print(f"newsbot: stdin line {lineno}: {problem}", file=sys.stderr)
            status = 1
            continue
        match = matcher.match(str(doc.get("title") or ""), str(doc.get("summary") or ""), doc.get("lang"))
        out = {"id": doc.get("id"), "topics": sorted(match.topics), "terms": list(match.terms)}
        if args.explain:
            out["explain"] = [str(e) for e in matcher.explain(str(doc.get("title") or ""),
                                                              str(doc.get("summary") or ""), doc.get("lang"))]
        sys.stdout.write(json.dumps(out, ensure_ascii=False) + "\n")
    sys.stdout.flush()
    return status


def _cmd_demo(args: argparse.Namespace) -> int:
    if args.config:
        print("newsbot demo: --config is not used: the demo runs its own config against bundled snapshots "
              "(use `newsbot once --config ...` to try yours)", file=sys.stderr)
        return EXIT_CONFIG
    setup_logging(args.log_level if args.log_level != "INFO" else "WARNING", args.log_format)
    from .demo import run_demo
    return asyncio.run(run_demo(keep=args.keep))


def _cmd_import_opml(args: argparse.Namespace) -> int:
    from . import config_edit
    from .opml import OpmlError, read_opml
    if _load(args) is None:
        return EXIT_CONFIG
    try:
        found = read_opml(args.file.read_bytes())
        added = set(config_edit.add_feeds(args.config, [(f.url, f.name) for f in found.feeds]))
    except (OSError, OpmlError) as exc:
        print(f"newsbot: cannot import {args.file}: {exc}", file=sys.stderr)
        return 1
    except ConfigError as exc:
        print(f"newsbot: the imported feeds would make the config invalid: {exc}", file=sys.stderr)
        return EXIT_CONFIG
    skipped = [(s.entry, s.reason) for s in found.skipped]
    skipped += [(f"{f.url} ({f.name})" if f.name else f.url, "already in the config")
                for f in found.feeds if f.url not in added]
    for entry, reason in skipped:
        print(f"skipped {entry}: {reason}")
    print(f"{args.file}: {len(found.feeds)} feed(s) found, {len(added)} added to {args.config}, "
          f"{len(skipped)} skipped")
    return 0


def _cmd_export_opml(args: argparse.Namespace) -> int:
    from .opml import write_opml
    config = _load(args)
    if config is None:
        return EXIT_CONFIG
    sys.stdout.write(write_opml(list(config.feeds)))
    return 0


def _cmd_service(args: argparse.Namespace) -> int:
    """A systemd unit for this very install: this interpreter, this config, a private state directory."""
    config = _load(args)
    if config is None:
        return EXIT_CONFIG
    exe = Path(sys.executable).absolute()  # not resolved: a venv's or pipx's python is a symlink to the base one
    state_dir = config.storage.path.parent
    user = getpass.getuser()
    if user == "root":  # a daemon reading news feeds has no business running as root
        user = "newsbot"
        account = ("# Runs as the system user 'newsbot': create it and give it the state directory first:\n"
                   f"#   sudo useradd --system --no-create-home newsbot && sudo chown -R newsbot {state_dir}\n")
    else:
        account = f"# Runs as {user}, who generated it (and owns the state directory).\n"
    print(f"""# newsbot.service — generated by `newsbot service`; install with:
#   sudo cp newsbot.service /etc/systemd/system/ && sudo systemctl daemon-reload
#   sudo systemctl enable --now newsbot && journalctl -u newsbot -f
{account}[Unit]
Description=newsbot news-mention monitor
After=network-online.target
Wants=network-online.target

[Service]
# The daemon says READY=1 once it runs, and WATCHDOG=1 every 30 s only while its scheduler and sender run:
# a daemon stuck for a minute is restarted (Restart=on-failure counts a watchdog timeout).
Type=notify
NotifyAccess=main
WatchdogSec=60
User={user}
ExecStart={exe} -m bot run --config {config.path}
ExecReload=/bin/kill -HUP $MAINPID
# Put TELEGRAM_BOT_TOKEN=... in this file (mode 600) instead of the config, if you like:
EnvironmentFile=-/etc/newsbot/env
Restart=on-failure
RestartSec=5
TimeoutStopSec=15
UMask=0077
ReadWritePaths={state_dir} {config.path.parent if config.path else state_dir}
NoNewPrivileges=yes
ProtectSystem=strict
ProtectHome=read-only
PrivateTmp=yes
PrivateDevices=yes
ProtectKernelTunables=yes
ProtectKernelModules=yes
ProtectControlGroups=yes
RestrictAddressFamilies=AF_INET AF_INET6 AF_UNIX
RestrictNamespaces=yes
LockPersonality=yes
MemoryDenyWriteExecute=yes
SystemCallArchitectures=native
SystemCallFilter=@system-service
SystemCallFilter=~@privileged @resources
CapabilityBoundingSet=
AmbientCapabilities=
ProtectClock=yes
ProtectHostname=yes
ProtectKernelLogs=yes
ProtectProc=invisible
ProcSubset=pid
RestrictRealtime=yes
RestrictSUIDSGID=yes
RemoveIPC=yes
MemoryMax=512M

[Install]
WantedBy=multi-user.target
""")
    return 0
